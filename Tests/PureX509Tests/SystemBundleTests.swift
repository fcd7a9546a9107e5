import Testing
import PureX509

@Suite("System CA bundle")
struct SystemBundleTests {
    @Test func everyCertificateParses() throws {
        guard let ders = systemBundle() else {
            print("skipped: no system CA bundle at \(systemBundlePath)")
            return
        }
        #expect(!ders.isEmpty)
        var failures: [String] = []
        for (index, der) in ders.enumerated() {
            do {
                let certificate = try Certificate(derEncoded: der)
                #expect(certificate.derEncoded == der)
                // Every known extension decodes to a typed value once parsed.
                for item in certificate.extensions where item.kind != nil {
                    #expect(item.decoded != .unknown, "certificate \(index) extension \(item.oid)")
                }
            } catch {
                failures.append("certificate \(index): \(error)")
            }
        }
        #expect(failures.isEmpty, "\(failures)")
    }

    @Test func trustwaveECCRootsNeedTheKeyUsageLeniency() throws {
        guard let ders = systemBundle() else {
            print("skipped: no system CA bundle at \(systemBundlePath)")
            return
        }
        let certificates = ders.compactMap { try? Certificate(derEncoded: $0) }
        let flagged = certificates.filter { $0.leniencies.contains(.keyUsageNotMinimal) }
        for certificate in flagged {
            #expect(certificate.extensions[kind: .keyUsage]?.value.elementsEqual([0x03, 0x03, 0x07, 0x06, 0x00]) == true)
        }
        let trustwave = certificates.filter { $0.subject.commonName?.hasPrefix("Trustwave Global ECC") == true }
        if trustwave.isEmpty {
            print("skipped: the Trustwave ECC roots are not in this bundle")
        }
        for certificate in trustwave {
            #expect(certificate.leniencies.contains(.keyUsageNotMinimal))
        }
    }
}
