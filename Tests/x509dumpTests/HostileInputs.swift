import Foundation

/// Hostile inputs for the resource-limit tests, made at test time (never committed as large
/// files): dense DER, huge values, special files, names that are not UTF-8.
enum HostileInputs {
    /// A DER length header for `length`.
    static func length(_ length: Int) -> [UInt8] {
        if length < 0x80 { return [UInt8(length)] }
        var bytes: [UInt8] = []
        var value = length
        while value > 0 {
            bytes.insert(UInt8(value & 0xFF), at: 0)
            value >>= 8
        }
        return [0x80 | UInt8(bytes.count)] + bytes
    }

    /// `SEQUENCE { NULL x (elements - 1) }`: `elements` elements in about 2 bytes each.
    static func denseSequence(elements: Int) -> [UInt8] {
        let bodyCount = 2 * (elements - 1)
        var bytes = [0x30] + length(bodyCount)
        let header = bytes.count
        bytes += [UInt8](repeating: 0, count: bodyCount)
        bytes.withUnsafeMutableBufferPointer { buffer in
            for index in stride(from: header, to: buffer.count, by: 2) { buffer[index] = 0x05 }
        }
        return bytes
    }

    /// `SEQUENCE { OCTET STRING (size bytes of 0xFF) }`: one huge value that is not DER.
    static func hugeOctetString(size: Int) -> [UInt8] {
        let octetsHeader = [0x04] + length(size)
        var bytes = [0x30] + length(octetsHeader.count + size) + octetsHeader
        let header = bytes.count
        bytes += [UInt8](repeating: 0xFF, count: size)  // one allocation, filled by memset
        precondition(bytes.count == header + size)
        return bytes
    }

    /// Writes `bytes` to a file named by the raw bytes `name` inside `directory`.
    static func write(_ bytes: [UInt8], rawName name: [UInt8], in directory: URL) throws -> [UInt8] {
        let path = Array(directory.path.utf8) + [0x2F] + name
        let descriptor = path.withUnsafeBufferPointer { buffer -> Int32 in
            var cString = Array(buffer)
            cString.append(0)
            return cString.withUnsafeBufferPointer { pointer in
                pointer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: pointer.count) {
                    open($0, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
                }
            }
        }
        guard descriptor >= 0 else { throw POSIXError(.EIO) }
        defer { close(descriptor) }
        var written = 0
        while written < bytes.count {
            let count = bytes[written...].withUnsafeBytes { Foundation.write(descriptor, $0.baseAddress, $0.count) }
            guard count > 0 else { throw POSIXError(.EIO) }
            written += count
        }
        return path
    }

    /// Makes a FIFO (named pipe) with no writer: opening it for reading blocks.
    static func fifo(named name: String, in directory: URL) throws -> String {
        let path = directory.appendingPathComponent(name).path
        guard mkfifo(path, 0o644) == 0 else { throw POSIXError(.EIO) }
        return path
    }
}
