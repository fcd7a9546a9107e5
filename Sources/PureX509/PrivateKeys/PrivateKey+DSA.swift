import PureX509ASN1

extension PrivateKey {
    /// Parses OpenSSL's traditional DSA private key, PEM `DSA PRIVATE KEY`:
    /// `SEQUENCE { version INTEGER (0), p, q, g, y (public), x (private) }`.
    public init(traditionalDSADER bytes: [UInt8]) throws(KeyFileError) {
        var reader = DERReader(bytes)
        self = try keyField("DSA private key") {
            let key = try reader.readSequence { seq in
                _ = try keyField("version") { try seq.readKeyInteger(in: 0...0, "version") }
                let p = try seq.readUnsignedIntegerBytes()
                let q = try seq.readUnsignedIntegerBytes()
                let g = try seq.readUnsignedIntegerBytes()
                let y = try seq.readUnsignedIntegerBytes()
                let x = try seq.readUnsignedIntegerBytes()
                return PrivateKey(
                    algorithm: .dsa, encoding: .traditionalDSA, embeddedPublicKey: Array(bytes[y]),
                    dsaParameters: DSADomainParameters(p: Array(bytes[p]), q: Array(bytes[q]), g: Array(bytes[g])),
                    secret: SecretBytes(bytes[x]))
            }
            try reader.finish()
            return key
        }
    }
}
