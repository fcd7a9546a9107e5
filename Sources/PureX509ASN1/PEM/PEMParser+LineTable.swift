extension PEMParser {
    /// The lines of the input, stored compactly: one 32-bit start offset per line (plus one
    /// past the end), with each line's end worked out from the line-end bytes before the
    /// next start. A hostile input of nothing but line ends (100 MB of LF) then costs 4
    /// bytes per line, allocated once at the exact size, instead of 16 bytes per line with
    /// array growth on top.
    struct LineTable {
        /// `starts[i]` is where line i begins; `starts[count]` is one past the last line's
        /// line end, or `bufferCount + 1` when the last line has none.
        private var starts: [UInt32] = []
        /// The same, for the (theoretical) inputs of 4 GiB and more.
        private var wideStarts: [Int] = []
        private let bufferCount: Int
        private let wide: Bool
        /// Lines that end without line-end bytes: an END boundary that runs straight into
        /// the next BEGIN (a missing line break), split in two by the lax reader.
        private(set) var splitLines: Set<Int> = []

        init(_ buffer: UnsafeBufferPointer<UInt8>, from start: Int) {
            bufferCount = buffer.count
            wide = buffer.count >= Int(UInt32.max)
            // Count first, so the table is allocated once at its final size.
            var lineEnds = 0
            var index = start
            while true {
                index = LineEndScan.next(buffer, from: index)
                guard index < buffer.count else { break }
                lineEnds += 1
                if buffer[index] == 0x0D && index + 1 < buffer.count && buffer[index + 1] == 0x0A { index += 1 }
                index += 1
            }
            if wide { wideStarts.reserveCapacity(lineEnds + 2) } else { starts.reserveCapacity(lineEnds + 2) }
            append(start)
        }

        private mutating func append(_ offset: Int) {
            if wide { wideStarts.append(offset) } else { starts.append(UInt32(truncatingIfNeeded: offset)) }
        }

        private func start(_ index: Int) -> Int {
            wide ? wideStarts[index] : Int(starts[index])
        }

        /// Records a line end whose bytes stop just before `next` (the next line's start).
        mutating func endLine(nextStart next: Int) { append(next) }

        /// Records a line that ends at `next` with no line-end bytes (the next line starts
        /// right there).
        mutating func endLineWithoutBreak(nextStart next: Int) {
            splitLines.insert(count)
            append(next)
        }

        /// Records that the last line has no line end.
        mutating func endUnterminated() { append(bufferCount + 1) }

        /// Number of lines.
        var count: Int { (wide ? wideStarts.count : starts.count) - 1 }

        /// Line `index`: its content offsets without the line end.
        func line(_ index: Int, in buffer: UnsafeBufferPointer<UInt8>) -> Line {
            let lineStart = start(index)
            let next = start(index + 1)
            if next > bufferCount { return Line(start: lineStart, end: bufferCount) }
            if !splitLines.isEmpty && splitLines.contains(index) { return Line(start: lineStart, end: next) }
            // The line end is LF, CR or CR LF (content never holds CR or LF).
            var end = next - 1
            if buffer[end] == 0x0A && end > lineStart && buffer[end - 1] == 0x0D { end -= 1 }
            return Line(start: lineStart, end: end)
        }
    }

    /// The lines of one input, indexable like an array of `Line`.
    struct Lines {
        let table: LineTable
        let buffer: UnsafeBufferPointer<UInt8>

        var count: Int { table.count }

        subscript(index: Int) -> Line { table.line(index, in: buffer) }
    }
}
