// Invariants shared by the harnesses that parse certificates (certificate, chain,
// diagnose, ...): a parsed certificate keeps its input byte for byte, every accessor works,
// and every extension the parser accepted also decodes in full (the parser validates
// extensions without materializing them; `decoded` materializes them: the two must agree).
import PureX509

func exercise(_ certificate: Certificate, from input: [UInt8]? = nil) {
    if let input { fuzzCheck(certificate.derEncoded == input, "derEncoded differs from the input") }
    let der = certificate.derEncoded
    fuzzCheck(certificate.tbsCertificateBytes.startIndex >= 0 && certificate.tbsCertificateBytes.endIndex <= der.count,
              "tbsCertificate range outside the DER")
    _ = certificate.version
    let serial = certificate.serialNumber
    _ = (serial.hexString, serial.decimalString, serial.colonHexString, serial.isNegative, serial.isZero)
    _ = certificate.signatureAlgorithm
    for name in [certificate.subject, certificate.issuer] {
        _ = (name.rfc4514String, name.opensslOneLine, name.opensslSlashForm, name.comparisonKey)
        _ = (name.commonName, name.relativeNameCount)
        for attribute in name.attributes { _ = (attribute.type.dotted, attribute.stringValue, attribute.valueTag) }
        fuzzCheck(name.matches(name), "a name does not match itself")
    }
    _ = certificate.isSelfIssued
    fuzzCheck(certificate.notBefore.rfc3339.count >= 20, "notBefore rendering")
    _ = certificate.notAfter.rfc3339
    _ = certificate.isValid(at: 1_800_000_000)
    let spki = certificate.subjectPublicKeyInfo
    _ = (spki.summary, spki.bitCount, spki.details.typeName)
    _ = certificate.issuerUniqueID
    _ = certificate.subjectUniqueID
    _ = certificate.signature.count
    _ = certificate.leniencies.names
    fuzzCheck(certificate.fingerprint(.sha256).count == 32, "fingerprint length")
    _ = certificate.isCA
    let extensions = certificate.extensions
    for ext in extensions {
        _ = (ext.oid.dotted, ext.isCritical, ext.value.count)
        if let kind = ext.kind {
            let decoded = ext.decoded
            fuzzCheck(decoded != .unknown, "accepted \(kind) extension does not decode")
        }
    }
    _ = extensions.unhandledCritical.count
    if let san = extensions.subjectAlternativeName {
        _ = (san.dnsNames, san.ipAddresses, san.emailAddresses, san.uris)
        for name in san.names { _ = (name.typeName, name.valueDescription, name.description) }
    }
    _ = extensions.nameConstraints
    _ = extensions.certificatePolicies
    _ = extensions.authorityKeyIdentifier
    _ = extensions.basicConstraints
    // Equal DER, equal value, equal hash.
    if let again = try? Certificate(derEncoded: der) {
        fuzzCheck(again == certificate && again.hashValue == certificate.hashValue, "re-parse is not equal")
    } else {
        fuzzCheck(false, "the certificate's own DER does not re-parse")
    }
}
