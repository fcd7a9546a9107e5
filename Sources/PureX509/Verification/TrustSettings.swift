import PureX509ASN1

/// OpenSSL's trust settings, carried after the certificate in a `TRUSTED CERTIFICATE` PEM
/// block (the `X509_CERT_AUX` structure; RHEL's `ca-bundle.trust.crt` and
/// `openssl x509 -addtrust/-addreject` make them):
///
/// ```
/// X509_CERT_AUX ::= SEQUENCE {
///     trust   SEQUENCE OF OBJECT IDENTIFIER OPTIONAL,      -- uses the anchor is trusted for
///     reject  [0] SEQUENCE OF OBJECT IDENTIFIER OPTIONAL,  -- uses it is rejected for
///     alias   UTF8String OPTIONAL,
///     keyid   OCTET STRING OPTIONAL,
///     other   [1] SEQUENCE OF AlgorithmIdentifier OPTIONAL }
/// ```
///
/// Every profile honours them as `openssl verify` does: an anchor whose rejected uses
/// include the purpose (or anyExtendedKeyUsage) does not anchor the path; one with trusted
/// uses anchors only those purposes.
public struct TrustSettings: Hashable, Sendable, CustomStringConvertible {
    /// Uses the anchor is trusted for (extendedKeyUsage purpose OIDs); empty: no restriction.
    public var trusted: [OID]
    /// Uses the anchor is rejected for.
    public var rejected: [OID]
    /// The friendly name, when set.
    public var alias: String?

    /// Settings with these uses.
    public init(trusted: [OID] = [], rejected: [OID] = [], alias: String? = nil) {
        self.trusted = trusted
        self.rejected = rejected
        self.alias = alias
    }

    /// Parses the DER of an `X509_CERT_AUX` (what follows the certificate in a
    /// `TRUSTED CERTIFICATE` block).
    public init(derEncoded bytes: [UInt8]) throws(DERError) {
        var reader = DERReader(bytes)
        var trusted: [OID] = []
        var rejected: [OID] = []
        var alias: String?
        do {
            try reader.readSequence { aux in
                if try aux.peekTag() == .sequence {
                    trusted = try aux.readSequence { list in
                        var oids: [OID] = []
                        while !list.isAtEnd { oids.append(try list.readObjectIdentifier()) }
                        return oids
                    }
                }
                if let list = try aux.readOptionalConstructed(.contextSpecific(0), { list in
                    var oids: [OID] = []
                    while !list.isAtEnd { oids.append(try list.readObjectIdentifier()) }
                    return oids
                }) {
                    rejected = list
                }
                if let element = try aux.readOptionalElement(.utf8String) {
                    alias = String(decoding: aux.slice(element.contentRange), as: UTF8.self)
                }
                // keyid and other: not used for trust decisions.
                while !aux.isAtEnd { try aux.skipElement() }
            }
            if !reader.isAtEnd { throw DERError.trailingData(offset: reader.position, count: bytes.count - reader.position) }
        } catch let error as DERError {
            throw error
        } catch {
            throw .trailingData(offset: 0, count: bytes.count)
        }
        self.init(trusted: trusted, rejected: rejected, alias: alias)
    }

    /// Why this anchor may not anchor a path for `purpose`, or nil when it may.
    public func refusal(for purpose: VerificationPolicy.Purpose) -> String? {
        let any = ExtendedKeyUsage.anyExtendedKeyUsage
        let wanted = purpose.oid
        if let wanted, rejected.contains(wanted) { return "its trust settings reject \(ExtendedKeyUsage.title(of: wanted))" }
        if rejected.contains(any) { return "its trust settings reject every use" }
        if let wanted, !trusted.isEmpty, !trusted.contains(wanted), !trusted.contains(any) {
            return "its trust settings trust it only for " + trusted.map { ExtendedKeyUsage.title(of: $0) }.joined(separator: ", ")
        }
        return nil
    }

    /// "trusted for server authentication; rejected for client authentication".
    public var description: String {
        var parts: [String] = []
        if !trusted.isEmpty { parts.append("trusted for " + trusted.map { ExtendedKeyUsage.title(of: $0) }.joined(separator: ", ")) }
        if !rejected.isEmpty { parts.append("rejected for " + rejected.map { ExtendedKeyUsage.title(of: $0) }.joined(separator: ", ")) }
        if let alias { parts.append("alias \"\(alias)\"") }
        return parts.isEmpty ? "no trust settings" : parts.joined(separator: "; ")
    }
}
