#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Private key material (an EC scalar, an EdDSA seed): one heap allocation of its own that
/// is overwritten with zeros when the last reference goes away, and that never prints.
///
/// Immutable after `init`, so sharing it between threads is safe. Reading goes through
/// `withUnsafeBytes`, so the bytes are not copied into arrays that would outlive it.
final class SecretBytes: @unchecked Sendable {
    private let storage: UnsafeMutableRawBufferPointer
    /// The number of bytes.
    let count: Int

    /// Copies `bytes` into a fresh allocation.
    init(_ bytes: some Collection<UInt8>) {
        count = bytes.count
        storage = UnsafeMutableRawBufferPointer.allocate(byteCount: max(count, 1), alignment: 16)
        storage.initializeMemory(as: UInt8.self, repeating: 0)
        var index = 0
        for byte in bytes {
            storage[index] = byte
            index += 1
        }
    }

    /// A copy of `other` with zeros in front, `length` bytes long (or as long as `other`).
    init(leftPadding other: SecretBytes, to length: Int) {
        count = max(length, other.count)
        storage = UnsafeMutableRawBufferPointer.allocate(byteCount: max(count, 1), alignment: 16)
        storage.initializeMemory(as: UInt8.self, repeating: 0)
        let shift = count - other.count
        for index in 0..<other.count { storage[shift + index] = other.storage[index] }
    }

    deinit {
        SecretBytes.wipe(storage)
        storage.deallocate()
    }

    /// Calls `body` with the bytes (valid only during the call).
    func withUnsafeBytes<R>(_ body: (UnsafeRawBufferPointer) throws -> R) rethrows -> R {
        try body(UnsafeRawBufferPointer(rebasing: storage[0..<count]))
    }

    /// Compares with `other` in time that depends only on the lengths.
    func constantTimeEquals(_ other: SecretBytes) -> Bool {
        guard count == other.count else { return false }
        var difference: UInt8 = 0
        for index in 0..<count { difference |= storage[index] ^ other.storage[index] }
        return difference == 0
    }

    /// Overwrites `buffer` with zeros in a way the optimizer may not drop as a dead store.
    static func wipe(_ buffer: UnsafeMutableRawBufferPointer) {
        guard let base = buffer.baseAddress, buffer.count > 0 else { return }
        #if canImport(Glibc) || canImport(Musl)
        explicit_bzero(base, buffer.count)
        #elseif canImport(Darwin)
        _ = memset_s(base, buffer.count, 0, buffer.count)
        #else
        for index in 0..<buffer.count { buffer[index] = 0 }
        #endif
    }

    /// Overwrites the contents of `array` with zeros and empties it (for decrypted
    /// plaintext and derived keys once they have been parsed or used).
    static func wipe(_ array: inout [UInt8]) {
        array.withUnsafeMutableBytes { wipe($0) }
        array.removeAll()
    }
}

extension SecretBytes: CustomStringConvertible, CustomDebugStringConvertible, CustomReflectable {
    /// "<redacted 32 bytes>": the value never prints.
    var description: String { "<redacted \(count) bytes>" }
    /// Same as `description`.
    var debugDescription: String { description }
    /// No children: `dump` shows nothing of the value.
    var customMirror: Mirror { Mirror(self, children: [], displayStyle: .class) }
}
