import PureX509ASN1

extension Extensions {
    /// The fast path of `parse(_:leniencies:)`: frames every `Extension` of the non-empty
    /// `Extensions` SEQUENCE `sequence` with index arithmetic over `buffer` (the storage of
    /// `bytes`), rejects repeats, and checks each known extension's value.
    ///
    /// It returns nil, without throwing, on anything out of the ordinary (a malformed element,
    /// an explicit FALSE, a repeat, too many extensions, a value its checker refuses); the
    /// caller then runs the reference parser from the start, which throws the precise error
    /// (field path and byte offset). Every check of the reference is made here too, in the
    /// same order per extension, so the scan never accepts what the reference rejects, and
    /// its entries and leniencies are the ones the reference would return (`ExtensionScanTests`
    /// compares the two on every bit flip of real certificates).
    static func scan(
        _ bytes: [UInt8], _ buffer: UnsafeBufferPointer<UInt8>, sequence: DERElement, context: inout ParseContext
    ) -> [ExtensionEntry]? {
        guard sequence.end <= buffer.count else { return nil }
        var entries: [ExtensionEntry] = []
        entries.reserveCapacity(8)  // as the reference path: same retained size
        // Known kinds seen so far, one bit per raw value (at most 203).
        var seen: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)
        var position = sequence.contentStart
        while position < sequence.end {
            // Extension ::= SEQUENCE { extnID OID, critical BOOLEAN DEFAULT FALSE, extnValue OCTET STRING }
            guard let element = try? DERReader.decodeHeader(buffer, at: position, end: sequence.end),
                element.tag == .sequence,
                let oid = try? DERReader.decodeHeader(buffer, at: element.contentStart, end: element.end),
                oid.tag == .objectIdentifier, isValidObjectIdentifier(buffer, oid.contentRange),
                oid.end < element.end,
                var next = try? DERReader.decodeHeader(buffer, at: oid.end, end: element.end)
            else { return nil }
            var isCritical = false
            if next.tag == .boolean {
                // DER forbids encoding the DEFAULT FALSE (X.690 11.5): only TRUE may appear.
                guard next.contentLength == 1, buffer[next.contentStart] == 0xFF, next.end < element.end,
                    let value = try? DERReader.decodeHeader(buffer, at: next.end, end: element.end)
                else { return nil }
                isCritical = true
                next = value
            }
            guard next.tag == .octetString, next.end == element.end else { return nil }
            let kind = ExtensionKind.identify(buffer, oid.contentRange)

            // A repeated extension is an error (RFC 5280 4.2). A known kind is one OID, so a
            // bit per kind finds its repeats; an unknown OID is compared with the earlier
            // unknown ones.
            if let kind {
                let bit = UInt64(1) << (kind.rawValue & 63)
                switch kind.rawValue >> 6 {
                case 0: if seen.0 & bit != 0 { return nil } else { seen.0 |= bit }
                case 1: if seen.1 & bit != 0 { return nil } else { seen.1 |= bit }
                case 2: if seen.2 & bit != 0 { return nil } else { seen.2 |= bit }
                default: if seen.3 & bit != 0 { return nil } else { seen.3 |= bit }
                }
            } else {
                for earlier in entries where earlier.kindRaw == 0 && earlier.oidLength == oid.contentLength {
                    if buffer[earlier.oidRange].elementsEqual(buffer[oid.contentRange]) { return nil }
                }
            }
            guard entries.count < maximumCount else { return nil }
            if let kind {
                if !kind.check(bytes, buffer, next.contentRange, context: &context) { return nil }
            }
            entries.append(ExtensionEntry(oid: oid.contentRange, value: next.contentRange, isCritical: isCritical, kind: kind))
            position = element.end
        }
        return entries
    }
}

extension ExtensionKind {
    /// Whether the extnValue `buffer[range]` is valid for this kind: the common encodings
    /// of the most frequent kinds are checked here directly, everything else by the
    /// reference checker (`validate`), whose error is dropped (the reference parser that
    /// runs next reports it).
    @inline(__always)
    func check(_ bytes: [UInt8], _ buffer: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, context: inout ParseContext) -> Bool {
        switch self {
        case .subjectKeyIdentifier:
            // SubjectKeyIdentifier ::= OCTET STRING (RFC 5280 4.2.1.2).
            if let element = try? DERReader.decodeHeader(buffer, at: range.lowerBound, end: range.upperBound),
                element.tag == .octetString, element.end == range.upperBound {
                return true
            }
        case .basicConstraints:
            // SEQUENCE { cA BOOLEAN DEFAULT FALSE, pathLenConstraint INTEGER (0..MAX) OPTIONAL }
            // (RFC 5280 4.2.1.9): the forms 30 00, 30 03 01 01 FF, and either followed by a
            // one-octet pathLen 0...127.
            let count = range.count
            let start = range.lowerBound
            if count >= 2 && count <= 8 && buffer[start] == 0x30 && Int(buffer[start + 1]) == count - 2 {
                var index = start + 2
                if index + 3 <= range.upperBound && buffer[index] == 0x01 && buffer[index + 1] == 0x01 && buffer[index + 2] == 0xFF {
                    index += 3
                }
                if index + 3 == range.upperBound && buffer[index] == 0x02 && buffer[index + 1] == 0x01 && buffer[index + 2] < 0x80 {
                    index += 3
                }
                if index == range.upperBound { return true }
            }
        case .keyUsage:
            // KeyUsage ::= BIT STRING (RFC 5280 4.2.1.3), with the BIT STRING rules of
            // `readBitString` (X.690 8.6.2, 11.2.1). A non-minimal named bit list goes the
            // reference way, which records the leniency.
            if let element = try? DERReader.decodeHeader(buffer, at: range.lowerBound, end: range.upperBound),
                element.tag == .bitString, element.end == range.upperBound, element.contentLength >= 2 {
                let unused = buffer[element.contentStart]
                let last = buffer[element.end - 1]
                if unused <= 7 && last & ((1 << unused) &- 1) == 0 && last & (1 << unused) != 0 { return true }
            }
        case .authorityKeyIdentifier:
            // SEQUENCE { keyIdentifier [0] IMPLICIT OCTET STRING } alone (RFC 5280 4.2.1.1),
            // the form CAs issue; the forms with authorityCertIssuer go the reference way.
            if let sequence = try? DERReader.decodeHeader(buffer, at: range.lowerBound, end: range.upperBound),
                sequence.tag == .sequence, sequence.end == range.upperBound,
                let keyIdentifier = try? DERReader.decodeHeader(buffer, at: sequence.contentStart, end: sequence.end),
                keyIdentifier.tag == .contextSpecificPrimitive(0), keyIdentifier.end == sequence.end {
                return true
            }
        case .extendedKeyUsage:
            // ExtKeyUsageSyntax ::= SEQUENCE SIZE (1..MAX) OF KeyPurposeId (RFC 5280 4.2.1.12).
            if let sequence = try? DERReader.decodeHeader(buffer, at: range.lowerBound, end: range.upperBound),
                sequence.tag == .sequence, sequence.end == range.upperBound, sequence.contentLength > 0 {
                var position = sequence.contentStart
                while position < sequence.end {
                    guard let oid = try? DERReader.decodeHeader(buffer, at: position, end: sequence.end),
                        oid.tag == .objectIdentifier, isValidObjectIdentifier(buffer, oid.contentRange)
                    else { break }
                    position = oid.end
                }
                if position == sequence.end { return true }
            }
        default:
            break
        }
        do {
            try validate(bytes, range, context: &context)
            return true
        } catch {
            return false
        }
    }
}
