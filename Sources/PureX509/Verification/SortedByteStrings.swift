/// A set of byte strings held as one buffer of lines sorted in byte order, searched by
/// binary search: no per-entry allocation, no hashing, and building it from text that is
/// already sorted costs one pass (the embedded Public Suffix List is written sorted, so
/// nothing is parsed at startup beyond finding the line ends).
struct SortedByteStrings: Sendable {
    /// The entries, each followed by a newline.
    private let bytes: [UInt8]
    /// The offset of each entry in `bytes`, in sorted order.
    private let starts: [Int]

    /// The distinct non-empty lines of `text` (newline-separated), sorted in byte order.
    /// Already-sorted input (each line greater than the one before) is taken as it is;
    /// anything else is sorted and de-duplicated.
    init(lines text: some Collection<UInt8>) {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.count + 1)
        var starts: [Int] = []
        var lineStart = 0
        var sorted = true
        func endLine() {
            if bytes.count > lineStart {
                if let previous = starts.last, !SortedByteStrings.less(bytes[previous..<(lineStart - 1)], bytes[lineStart...]) {
                    sorted = false
                }
                starts.append(lineStart)
                bytes.append(UInt8(ascii: "\n"))
                lineStart = bytes.count
            }
        }
        for byte in text {
            if byte == UInt8(ascii: "\n") { endLine() } else { bytes.append(byte) }
        }
        endLine()
        if sorted {
            self.init(bytes: bytes, starts: starts)
        } else {
            self.init(entries: starts.map { start in Array(bytes[start..<(bytes[start...].firstIndex(of: UInt8(ascii: "\n")) ?? bytes.count)]) })
        }
    }

    /// The distinct entries, in any order (none may contain a newline).
    init(entries: [[UInt8]]) {
        var bytes: [UInt8] = []
        var starts: [Int] = []
        var previous: [UInt8]?
        for entry in entries.sorted(by: { SortedByteStrings.less($0[...], $1[...]) }) where !entry.isEmpty && entry != previous {
            starts.append(bytes.count)
            bytes += entry
            bytes.append(UInt8(ascii: "\n"))
            previous = entry
        }
        self.init(bytes: bytes, starts: starts)
    }

    private init(bytes: [UInt8], starts: [Int]) {
        self.bytes = bytes
        self.starts = starts
    }

    /// The number of entries.
    var count: Int { starts.count }

    /// True when `key` is one of the entries.
    func contains(_ key: [UInt8]) -> Bool {
        var low = 0
        var high = starts.count
        while low < high {
            let middle = low + (high - low) / 2
            let start = starts[middle]
            let end = middle + 1 < starts.count ? starts[middle + 1] - 1 : bytes.count - 1
            let entry = bytes[start..<end]
            if SortedByteStrings.less(entry, key[...]) {
                low = middle + 1
            } else if SortedByteStrings.less(key[...], entry) {
                high = middle
            } else {
                return true
            }
        }
        return false
    }

    /// Byte-order comparison (a proper prefix sorts first).
    static func less(_ a: ArraySlice<UInt8>, _ b: ArraySlice<UInt8>) -> Bool {
        a.lexicographicallyPrecedes(b)
    }
}
