import PureX509Crypto

extension PrivateKey {
    /// The EC public point derived from the private scalar (uncompressed SEC 1 encoding).
    /// Not yet available: needs the EC key derivation of PureX509Crypto.
    func derivedECPoint() -> Result<[UInt8], KeyMatchProblem> {
        .failure(KeyMatchProblem("the \(curve?.name ?? "EC") key file does not carry its public key, "
                                 + "and PureX509 cannot derive it for this curve"))
    }

    /// The EdDSA/XDH public key derived from the private key.
    func derivedRawPublicKey() -> Result<[UInt8], KeyMatchProblem> {
        .failure(KeyMatchProblem("the \(algorithm.name) key file does not carry its public key, "
                                 + "and PureX509 cannot derive \(algorithm.name) public keys"))
    }
}
