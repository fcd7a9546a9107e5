// The probe's TLS record layer and handshake parser fed a whole server byte stream (what a
// hostile server sends after the ClientHello): records, handshake reassembly, ServerHello,
// Certificate, CertificateStatus, ServerKeyExchange, alerts. Every input ends in a result
// or a typed ProbeError with words; a fuzzed TLS 1.3 flight cannot pass the AEAD tags, so
// only TLS 1.2 may ever succeed.
import PureX509Probe

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzTLSServer(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = fuzzBytes(data, size)
    do {
        let result = try TLSProbe.handshake(over: MemoryByteStream(bytes), serverName: "probe.test", deadline: .after(seconds: 5))
        fuzzCheck(result.versionCode == 0x0303, "a fuzzed flight passed as \(result.version)")
        if case .proven = result.keyPossession {
            fuzzCheck(false, "a fuzzed ServerKeyExchange signature verified against a fresh client random")
        }
    } catch {
        fuzzCheck(!error.description.isEmpty, "an error without words")
    }
    return 0
}
