extension OID {
    /// An identifier from DER content octets that are known to be valid: the generated
    /// constants in `OID+Constants.swift`. Invalid octets are a programming error there (the
    /// registry tests check every constant), never reachable from input data.
    init(known content: [UInt8]) {
        guard let oid = OID(derContent: content) else {
            preconditionFailure("invalid OID constant \(content)")
        }
        self = oid
    }
}
