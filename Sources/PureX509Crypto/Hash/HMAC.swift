/// HMAC (RFC 2104) over any ``HashFunction``: used for PBKDF2 and for the PKCS#12 MAC.
///
/// ```swift
/// let tag = HMAC<SHA256>.authenticationCode(for: message, key: key)
///
/// var mac = HMAC<SHA1>(key: macKey)   // streaming
/// mac.update(authSafeContent)
/// let tag = mac.finalize()
/// ```
public struct HMAC<H: HashFunction>: Sendable {
    /// The hash after absorbing `K XOR ipad`, ready for the message.
    private var inner: H
    /// The hash after absorbing `K XOR opad`, ready for the inner digest.
    private let outer: H

    /// Length of the authentication code in bytes (the digest size of `H`).
    public static var codeSize: Int { H.digestSize }

    /// Keys the MAC. A key longer than the hash block is hashed first (RFC 2104 section 2);
    /// keys of any length, including empty, are accepted.
    public init(key: UnsafeRawBufferPointer) {
        let blockSize = H.blockSize
        let hashedKey: [UInt8]? = key.count > blockSize ? H.hash(key) : nil
        var inner = H()
        var outer = H()
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: blockSize) { pad in
            // K padded with zeros to the block size, then XOR ipad (0x36) / opad (0x5c).
            pad.initialize(repeating: 0)
            if let hashedKey {
                for (i, byte) in hashedKey.enumerated() { pad[i] = byte }
            } else {
                for (i, byte) in key.enumerated() { pad[i] = byte }
            }
            for i in 0..<blockSize { pad[i] ^= 0x36 }
            inner.update(UnsafeRawBufferPointer(pad))
            for i in 0..<blockSize { pad[i] ^= 0x36 ^ 0x5C }
            outer.update(UnsafeRawBufferPointer(pad))
        }
        self.inner = inner
        self.outer = outer
    }

    /// Keys the MAC with the bytes of an array.
    public init(key: [UInt8]) {
        self = key.withUnsafeBytes { HMAC(key: $0) }
    }

    /// Keys the MAC with the bytes of an array slice.
    public init(key: ArraySlice<UInt8>) {
        self = key.withUnsafeBytes { HMAC(key: $0) }
    }

    /// Absorbs message bytes.
    public mutating func update(_ bytes: UnsafeRawBufferPointer) {
        inner.update(bytes)
    }

    /// Absorbs message bytes.
    public mutating func update(_ bytes: [UInt8]) {
        bytes.withUnsafeBytes { inner.update($0) }
    }

    /// Absorbs message bytes.
    public mutating func update(_ bytes: ArraySlice<UInt8>) {
        bytes.withUnsafeBytes { inner.update($0) }
    }

    /// The authentication code `H(K XOR opad || H(K XOR ipad || message))` of everything
    /// absorbed so far; the state is left unchanged.
    public func finalize() -> [UInt8] {
        var outer = self.outer
        outer.update(inner.finalize())
        return outer.finalize()
    }

    /// Computes the authentication code of `message` under `key` in one call.
    public static func authenticationCode(for message: [UInt8], key: [UInt8]) -> [UInt8] {
        var mac = HMAC(key: key)
        mac.update(message)
        return mac.finalize()
    }

    /// Computes the authentication code of `message` under `key` in one call.
    public static func authenticationCode(for message: ArraySlice<UInt8>, key: ArraySlice<UInt8>) -> [UInt8] {
        var mac = HMAC(key: key)
        mac.update(message)
        return mac.finalize()
    }

    /// Checks `code` against the authentication code of `message`, in time that does not
    /// depend on where they differ.
    ///
    /// `code` must be the full digest: a shorter, truncated code (RFC 2104 section 5) is
    /// rejected, because accepting whatever length the input has would let a forger
    /// shorten the code. Protocols with truncated MACs compare the prefix themselves.
    public static func isValidAuthenticationCode(
        _ code: ArraySlice<UInt8>, for message: ArraySlice<UInt8>, key: ArraySlice<UInt8>
    ) -> Bool {
        guard code.count == H.digestSize else { return false }
        let expected = authenticationCode(for: message, key: key)
        var difference: UInt8 = 0
        for (a, b) in zip(code, expected) { difference |= a ^ b }
        return difference == 0
    }

    /// Checks `code` against the authentication code of `message`; see the slice overload.
    public static func isValidAuthenticationCode(_ code: [UInt8], for message: [UInt8], key: [UInt8]) -> Bool {
        isValidAuthenticationCode(code[...], for: message[...], key: key[...])
    }
}
