// OpenSSL trust settings (X509_CERT_AUX after the certificate of a TRUSTED CERTIFICATE
// block): TrustSettings or an error, never a trap; and through the one reader, a
// TRUSTED CERTIFICATE block whose settings do not parse is never an anchor without them
// (fail closed: damaged settings must not turn a restricted root into an unrestricted one).
import PureX509

/// A valid certificate (TestVectors/damaged/leaf.pem) to carry the fuzzed settings.
private let carrier: [UInt8] = fuzzHex(
    "30820207308201ada00302010202021501300a06082a8648ce3d04030230303115301306035504030c0c44616d6167656420" +
    "526f6f7431173015060355040a0c0e5075726558353039205465737473301e170d3236303130313030303030305a170d3237" +
    "313233313030303030305a3037311c301a06035504030c1364616d616765642e6578616d706c652e636f6d31173015060355" +
    "040a0c0e50757265583530392054657374733059301306072a8648ce3d020106082a8648ce3d03010703420004a37797d606" +
    "552f6f03f38737d28d2ec6a5171084667fd138709f3037870fb3f278de36210bb81853f5ad5b89f067cb9f2ec49b18479932" +
    "76b6cf44d837807b26a381af3081ac300c0603551d130101ff04023000300e0603551d0f0101ff0404030207803013060355" +
    "1d25040c300a06082b0601050507030130370603551d110430302e821364616d616765642e6578616d706c652e636f6d8217" +
    "7777772e64616d616765642e6578616d706c652e636f6d301d0603551d0e04160414ad1f93d8b224bca9ba89e47f9e261f5f" +
    "67895b74301f0603551d230418301680145ed4b1c92cf7080ab2f4f2223b403d8e1f8830bb300a06082a8648ce3d04030203" +
    "4800304502206701065dc712bb6edf99ae7bad0e5a701c4899a991e260c82f7f12ee7f0895fe022100be1be0011a6fce4f13" +
    "e79caad84f5aac7193fff96d7e8c4c46190de126597415")

private func fuzzHex(_ text: String) -> [UInt8] {
    var bytes: [UInt8] = []
    var high: UInt8?
    for scalar in text.unicodeScalars {
        guard let digit = UInt8(String(scalar), radix: 16) else { continue }
        if let value = high { bytes.append(value << 4 | digit); high = nil } else { high = digit }
    }
    return bytes
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzTrustSettings(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = fuzzBytes(data, size)
    let parsed = try? TrustSettings(derEncoded: bytes)
    if let settings = parsed {
        _ = settings.description
        let purposes: [VerificationPolicy.Purpose] = [.serverAuth, .clientAuth, .any]
        if settings.rejected.contains(ExtendedKeyUsage.anyExtendedKeyUsage) {
            for purpose in purposes { fuzzCheck(settings.refusal(for: purpose) != nil, "rejecting every use refuses \(purpose)") }
        }
        if settings.rejected.contains(ExtendedKeyUsage.serverAuth) {
            fuzzCheck(settings.refusal(for: .serverAuth) != nil, "a rejected serverAuth anchors a server chain")
        }
        if !settings.trusted.isEmpty, !settings.trusted.contains(ExtendedKeyUsage.serverAuth),
           !settings.trusted.contains(ExtendedKeyUsage.anyExtendedKeyUsage) {
            fuzzCheck(settings.refusal(for: .serverAuth) != nil, "trusted only for others, yet anchors serverAuth")
        }
    }
    // The same bytes after a certificate in a TRUSTED CERTIFICATE block, through the one
    // reader and the certificate view trust stores use.
    guard carrier.count > 100 else { return 0 }
    let pem = PEMWriter.encodeBytes(carrier + bytes, label: .trustedCertificate)
    let input = InputContents(bytes: pem)
    let contents = CertificateFile.contents(of: input)
    if bytes.isEmpty {
        fuzzCheck(contents.certificates.count == 1 && contents.unreadable.isEmpty, "a bare certificate reads")
        fuzzCheck(contents.trustSettings.isEmpty, "no settings invented")
    } else if let settings = parsed {
        fuzzCheck(contents.certificates.count == 1 && contents.unreadable.isEmpty, "settings that parse read with their certificate")
        fuzzCheck(contents.trustSettings.values.first == settings, "the settings read are the settings parsed")
    } else {
        fuzzCheck(contents.certificates.isEmpty, "a certificate whose trust settings do not parse was loaded without them")
        fuzzCheck(contents.unreadable.count == 1 && contents.unreadable[0].position == 0, "the damaged block is reported at its position")
        fuzzCheck(contents.firstBlockUnreadable, "the damaged first block is the first block")
    }
    return 0
}
