import Testing
import PureX509

/// Resource limits of the certificate parser: input size, extensions per certificate,
/// names per GeneralNames (subjectAltName), attributes per name. Each is tested just under
/// and just over the limit; over it is an `X509ParseError` naming the field and offset.
@Suite("Resource limits: certificates")
struct CertificateLimitTests {
    /// A subjectAltName extension with `count` dNSNames "a".
    static func subjectAltName(names count: Int) -> [UInt8] {
        var writer = DERWriter()
        writer.writeSequence { list in
            for _ in 0..<count { list.writeElement(.contextSpecificPrimitive(2), content: [0x61]) }
        }
        return CertificateBuilder.extensionElement("2.5.29.17", value: writer.bytes)
    }

    /// `count` distinct private (unknown, non-critical) extensions.
    static func privateExtensions(_ count: Int) -> [[UInt8]] {
        (0..<count).map { CertificateBuilder.extensionElement("1.3.6.1.4.1.55555.\($0)", value: [0x05, 0x00]) }
    }

    /// A name of `count` single-attribute RDNs (CN=a).
    static func name(attributes count: Int) -> [UInt8] {
        var writer = DERWriter()
        writer.writeSequence { rdns in
            for _ in 0..<count {
                rdns.writeSetOf { set in
                    set.writeSequence { pair in
                        pair.writeObjectIdentifier(OID(dotted: "2.5.4.3")!)
                        pair.writeUTF8String("a")
                    }
                }
            }
        }
        return writer.bytes
    }

    @Test("subjectAltName: 4096 names parse, 4097 are refused")
    func namesPerSubjectAltName() throws {
        var builder = CertificateBuilder()
        builder.extensions = CertificateBuilder.extensionsBlock([Self.subjectAltName(names: X509Limits.maximumGeneralNames)])
        let certificate = try Certificate(derEncoded: builder.der)
        #expect(certificate.extensions.subjectAlternativeName?.names.count == X509Limits.maximumGeneralNames)

        builder.extensions = CertificateBuilder.extensionsBlock([Self.subjectAltName(names: X509Limits.maximumGeneralNames + 1)])
        let der = builder.der
        #expect {
            try Certificate(derEncoded: der)
        } throws: { error in
            guard let error = error as? X509ParseError else { return false }
            return error.reason == .invalid("more than 4096 names")
                && error.field.hasSuffix("subjectAltName[4096]")
                && der[error.offset] == 0x82 && error.offset > der.count - 40
        }
    }

    @Test("extensions: 512 parse, 513 are refused")
    func extensionsPerCertificate() throws {
        var builder = CertificateBuilder()
        builder.extensions = CertificateBuilder.extensionsBlock(Self.privateExtensions(512))
        #expect(try Certificate(derEncoded: builder.der).extensions.count == 512)

        builder.extensions = CertificateBuilder.extensionsBlock(Self.privateExtensions(513))
        let der = builder.der
        #expect {
            try Certificate(derEncoded: der)
        } throws: { error in
            guard let error = error as? X509ParseError else { return false }
            return error.reason == .invalid("more than 512 extensions") && error.field.hasSuffix("[512]")
        }
    }

    @Test("names: 1024 attributes parse, 1025 are refused")
    func attributesPerName() throws {
        var builder = CertificateBuilder()
        builder.subject = Self.name(attributes: 1024)
        #expect(try Certificate(derEncoded: builder.der).subject.attributes.count == 1024)

        builder.subject = Self.name(attributes: 1025)
        let der = builder.der
        #expect {
            try Certificate(derEncoded: der)
        } throws: { error in
            guard let error = error as? X509ParseError else { return false }
            return error.reason == .invalid("more than 1024 attributes") && error.field.contains("subject")
        }
    }

    @Test("input over 64 MiB is refused before it is read")
    func inputSize() {
        let size = X509Limits.maximumInputSize + 1
        var input = [UInt8](repeating: 0, count: size)
        // A plausible header, so the refusal is about size, not content.
        input[0] = 0x30
        input[1] = 0x84
        #expect {
            try Certificate(derEncoded: input)
        } throws: { error in
            guard let error = error as? X509ParseError else { return false }
            return error.derError == .inputTooLarge(size: size, limit: X509Limits.maximumInputSize)
        }
    }
}
