// DER reader and ASN1Node tree: any input either parses as a sequence of strict-DER
// elements that re-encode byte for byte, or throws DERError at an offset inside the input.
// Every primitive element is also read with the matching typed reader, and each decoded
// value must round-trip.
import PureX509ASN1

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzDER(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = fuzzBytes(data, size)
    do {
        let nodes = try ASN1Node.parseAll(bytes)
        var writer = DERWriter()
        for node in nodes { node.encode(from: bytes, into: &writer) }
        fuzzCheck(writer.bytes == bytes, "ASN1Node re-encoding differs from the input")
        for node in nodes { checkPrimitives(node, bytes) }
    } catch {
        fuzzCheck(error.offset >= 0 && error.offset <= bytes.count,
                  "error offset \(error.offset) outside input of \(bytes.count): \(error)")
        _ = error.description
    }
    // Shallow nesting limits must be enforced, never trapped on.
    _ = try? ASN1Node.parseAll(bytes, maximumDepth: 3)
    return 0
}

private func checkPrimitives(_ node: ASN1Node, _ bytes: [UInt8]) {
    if !node.children.isEmpty || node.tag.isConstructed {
        for child in node.children { checkPrimitives(child, bytes) }
        return
    }
    let element = node.element
    var reader = DERReader(bytes, range: element.start..<element.end)
    switch node.tag {
    case .boolean:
        if let value = try? reader.readBoolean() {
            var writer = DERWriter()
            writer.writeBoolean(value)
            fuzzCheck(writer.bytes[...] == bytes[element.start..<element.end], "BOOLEAN round trip")
        }
    case .integer:
        if let value = try? reader.readInt() {
            var writer = DERWriter()
            writer.writeInteger(value)
            fuzzCheck(writer.bytes[...] == bytes[element.start..<element.end], "INTEGER round trip \(value)")
        }
        reader = DERReader(bytes, range: element.start..<element.end)
        _ = try? reader.readUnsignedIntegerBytes()
    case .enumerated:
        _ = try? reader.readEnumerated()
    case .bitString:
        if let bits = try? reader.readBitString() {
            var writer = DERWriter()
            writer.writeBitString(bytes[bits.bytesRange], unusedBits: bits.unusedBits)
            fuzzCheck(writer.bytes[...] == bytes[element.start..<element.end], "BIT STRING round trip")
        }
    case .null:
        _ = try? reader.readNull()
    case .objectIdentifier:
        if let oid = try? reader.readObjectIdentifier() {
            fuzzCheck(oid.derContent[...] == bytes[element.contentRange], "OID content round trip")
            let dotted = oid.dotted
            fuzzCheck(OID(dotted: dotted) == oid, "OID dotted round trip \(dotted)")
            if let arcs = oid.arcs { fuzzCheck(OID(arcs: arcs) == oid, "OID arcs round trip \(dotted)") }
        }
    case .utcTime, .generalizedTime:
        if let time = try? reader.readTime() {
            fuzzCheck(time.derContent[...] == bytes[element.contentRange], "time round trip \(time)")
            fuzzCheck(ASN1Time(rfc3339: time.rfc3339)?.secondsSince1970 == time.secondsSince1970,
                      "time RFC 3339 round trip \(time.rfc3339)")
        }
    default:
        if ASN1StringKind(tag: node.tag) != nil, let string = try? reader.readString() {
            _ = string.string(in: bytes)
        }
    }
}
