/// Splits PEM text at its `-----BEGIN ` lines, so that each block can be read on its own
/// when the whole file cannot: one damaged block then hides nothing else.
enum PEMSegments {
    /// A part of the input from one BEGIN line up to the next (or the end).
    struct Segment {
        let range: Range<Int>
        /// The 1-based line of the BEGIN line.
        let firstLine: Int
        let isLast: Bool
    }

    static func split(_ bytes: [UInt8]) -> [Segment] {
        let marker = Array("-----BEGIN ".utf8)
        var starts: [(offset: Int, line: Int)] = []
        var line = 1
        var lineStart = 0
        // A byte order mark before the first line does not hide its BEGIN.
        if bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF { lineStart = 3 }
        var index = lineStart
        while index <= bytes.count {
            if index == bytes.count || bytes[index] == 0x0A {
                if index - lineStart >= marker.count && bytes[lineStart..<(lineStart + marker.count)].elementsEqual(marker) {
                    starts.append((lineStart, line))
                }
                line += 1
                lineStart = index + 1
            }
            index += 1
        }
        return starts.enumerated().map { position, start in
            let end = position + 1 < starts.count ? starts[position + 1].offset : bytes.count
            return Segment(range: start.offset..<end, firstLine: start.line, isLast: position + 1 == starts.count)
        }
    }

    /// True when the segment's BEGIN line names a certificate (not a request).
    static func isCertificate(_ bytes: [UInt8], _ segment: Segment) -> Bool {
        let line = bytes[segment.range].prefix { $0 != 0x0A }
        let text = String(decoding: line, as: UTF8.self)
        return text.contains("CERTIFICATE") && !text.contains("REQUEST")
    }
}

extension PEMSegments {
    /// The label of the segment's BEGIN line ("CERTIFICATE"), nil when the line has none.
    static func label(_ bytes: [UInt8], _ segment: Segment) -> String? {
        let line = String(decoding: bytes[segment.range].prefix { $0 != 0x0A && $0 != 0x0D }, as: UTF8.self)
        guard line.hasPrefix("-----BEGIN ") else { return nil }
        let label = line.dropFirst(11).prefix { $0 != "-" }
        return label.isEmpty ? nil : String(label)
    }
}
