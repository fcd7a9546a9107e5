import CHeapStats

/// Heap bytes still held after parsing: fresh copies of every input are made and parsed
/// inside the measurement, then the copies are dropped, so the figure includes whatever
/// part of the input a parsed value keeps alive (a parser that shares the DER buffer pays
/// for it here), plus the parsed values' own storage in the result array.
enum RetainedMemory {
    static func heapInUse() -> Int {
        Int(cheapstats_heap_in_use())
    }

    /// Average retained bytes per item, or nil when a parse fails or the platform has no
    /// heap statistics.
    static func perItem<T>(_ inputs: [[UInt8]], _ parse: ([UInt8]) throws -> T) -> Double? {
        guard !inputs.isEmpty else { return nil }
        // Warm up once (lazy globals, caches) so that they are not counted.
        _ = try? inputs.map(parse)
        var samples: [Double] = []
        for _ in 0..<3 {
            let before = heapInUse()
            var parsed: [T] = []
            parsed.reserveCapacity(inputs.count)
            do {
                for input in inputs {
                    let copy = input.withUnsafeBufferPointer { [UInt8]($0) }
                    parsed.append(try parse(copy))
                }
            } catch {
                return nil
            }
            let after = heapInUse()
            withExtendedLifetime(parsed) {}
            samples.append(Double(after - before) / Double(inputs.count))
        }
        guard heapInUse() > 0 else { return nil }
        return samples.sorted()[samples.count / 2]
    }
}
