import PureX509ASN1

extension AlgorithmIdentifierRanges {
    /// The fast path of `parse`: the content of the AlgorithmIdentifier SEQUENCE `sequence`
    /// checked with index arithmetic over `buffer`, for the shapes certificates use: an OID
    /// alone, or followed by NULL or another primitive element (an EC curve's OID). It
    /// returns nil on anything else (constructed parameters, which the reference checks as
    /// nested DER, or any malformed element), and the reference parser then decides and
    /// reports. Never accepts what the reference rejects: same header rules
    /// (`DERReader.decodeHeader`), same OID rule, same NULL rule.
    @inline(__always)
    static func scan(_ buffer: UnsafeBufferPointer<UInt8>, _ sequence: DERElement) -> AlgorithmIdentifierRanges? {
        guard sequence.end <= buffer.count,
            let oid = try? DERReader.decodeHeader(buffer, at: sequence.contentStart, end: sequence.end),
            oid.tag == .objectIdentifier, isValidObjectIdentifier(buffer, oid.contentRange)
        else { return nil }
        var parameters = ByteRange.empty
        if oid.end < sequence.end {
            guard let element = try? DERReader.decodeHeader(buffer, at: oid.end, end: sequence.end),
                element.end == sequence.end, !element.tag.isConstructed,
                element.tag != .null || element.contentLength == 0
            else { return nil }
            parameters = ByteRange(element.fullRange)
        }
        return AlgorithmIdentifierRanges(
            encoded: ByteRange(sequence.fullRange), oid: ByteRange(oid.contentRange), parameters: parameters)
    }
}
