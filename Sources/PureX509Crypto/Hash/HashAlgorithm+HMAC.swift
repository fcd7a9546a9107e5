extension HashAlgorithm {
    /// HMAC (RFC 2104) with this hash, for callers that learn the algorithm at run time
    /// (the PKCS#12 `MacData` digest, for instance).
    public func authenticationCode(for message: ArraySlice<UInt8>, key: ArraySlice<UInt8>) -> [UInt8] {
        func run<H: HashFunction>(_: H.Type) -> [UInt8] {
            HMAC<H>.authenticationCode(for: message, key: key)
        }
        return run(hashFunction)
    }

    /// HMAC (RFC 2104) with this hash; see the slice overload.
    public func authenticationCode(for message: [UInt8], key: [UInt8]) -> [UInt8] {
        authenticationCode(for: message[...], key: key[...])
    }

    /// Checks an HMAC with this hash in time independent of where it differs; `code` must be
    /// the full digest, as in ``HMAC``.
    public func isValidAuthenticationCode(
        _ code: ArraySlice<UInt8>, for message: ArraySlice<UInt8>, key: ArraySlice<UInt8>
    ) -> Bool {
        func run<H: HashFunction>(_: H.Type) -> Bool {
            HMAC<H>.isValidAuthenticationCode(code, for: message, key: key)
        }
        return run(hashFunction)
    }
}
