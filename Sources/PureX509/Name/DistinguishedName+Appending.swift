import PureX509ASN1

extension DistinguishedName {
    /// This name with `rdn` appended as its last RDN (RFC 5280 4.2.1.13 and 5.2.5: a
    /// nameRelativeToCRLIssuer is appended to the CRL issuer's name), or nil if the result
    /// does not parse.
    func appending(_ rdn: RelativeDistinguishedName) -> DistinguishedName? {
        var content = DERWriter()
        content.writeEncoded(derEncoded.dropFirst(DERElementHeader.length(of: derEncoded)))
        content.writeSetOf { set in
            for attribute in rdn.attributes {
                set.writeSequence { pair in
                    pair.writeObjectIdentifier(attribute.type)
                    pair.writeEncoded(attribute.encodedValue)
                }
            }
        }
        var name = DERWriter()
        name.writeElement(.sequence, content: content.bytes)
        return try? DistinguishedName(derEncoded: name.bytes)
    }
}

/// The length of a DER element's identifier and length octets.
enum DERElementHeader {
    static func length(of element: ArraySlice<UInt8>) -> Int {
        guard element.count >= 2 else { return element.count }
        let first = element[element.startIndex + 1]
        return first < 0x80 ? 2 : 2 + Int(first & 0x7F)
    }
}
