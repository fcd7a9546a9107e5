#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Cryptographically secure random bytes from the operating system: `getentropy(3)`, which
/// glibc and musl implement with the `getrandom(2)` system call (blocking until the kernel
/// pool is initialised, never the non-blocking variant) and Apple platforms provide natively;
/// `/dev/urandom` where that call fails (`ENOSYS` on old kernels or under seccomp filters).
///
/// Used for the probe's ephemeral X25519 key and the ClientHello random. There is no
/// fallback to a weaker generator: if the kernel cannot provide bytes, the call throws.
package enum SystemRandom {
    /// `count` random bytes.
    /// - Throws: ``SystemRandomError/unavailable(systemCallErrno:deviceErrno:)`` if no
    ///   source works, ``SystemRandomError/invalidCount(_:)`` for a negative count.
    package static func bytes(count: Int) throws(SystemRandomError) -> [UInt8] {
        guard count >= 0 else { throw .invalidCount(count) }
        var output = [UInt8](repeating: 0, count: count)
        if count == 0 { return output }
        let systemCallError = output.withUnsafeMutableBytes { fillWithSystemCall($0) }
        if systemCallError == 0 { return output }
        let fileError = output.withUnsafeMutableBytes { fillFromDevice($0) }
        if fileError == 0 { return output }
        throw .unavailable(systemCallErrno: systemCallError, deviceErrno: fileError)
    }

    /// Fills `buffer` with `getentropy` (at most 256 bytes a call); returns 0 or an errno.
    private static func fillWithSystemCall(_ buffer: UnsafeMutableRawBufferPointer) -> Int32 {
        guard let base = buffer.baseAddress else { return 0 }
        var filled = 0
        while filled < buffer.count {
            let chunk = min(256, buffer.count - filled)
            if getentropy(base + filled, chunk) != 0 { return errno }
            filled += chunk
        }
        return 0
    }

    /// Fills `buffer` from `/dev/urandom`; returns 0 or an errno.
    private static func fillFromDevice(_ buffer: UnsafeMutableRawBufferPointer) -> Int32 {
        guard let base = buffer.baseAddress else { return 0 }
        let descriptor = open("/dev/urandom", O_RDONLY | O_CLOEXEC)
        if descriptor < 0 { return errno }
        defer { _ = close(descriptor) }
        var filled = 0
        while filled < buffer.count {
            let result = read(descriptor, base + filled, buffer.count - filled)
            if result < 0 {
                if errno == EINTR { continue }
                return errno
            }
            if result == 0 { return EIO }  // end of file: not a random device
            filled += result
        }
        return 0
    }
}
