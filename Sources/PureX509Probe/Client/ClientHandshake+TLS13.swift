extension ClientHandshake {
    /// TLS 1.3 is not offered until the key schedule and AEADs are in place.
    mutating func continueTLS13(_ serverHello: ServerHello, suite: CipherSuite) throws(ProbeError) -> ProbeResult {
        throw .unsupported("TLS 1.3 is not built yet")
    }
}

/// Placeholder until the AEADs land: TLS 1.3 is never offered, so never reached.
struct RecordProtection {
    mutating func open(_ record: TLSRecord) throws(ProbeError) -> (UInt8, [UInt8]) {
        throw .unsupported("TLS 1.3 record protection is not built yet")
    }
}
