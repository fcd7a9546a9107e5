import Foundation
import PureX509Foundation
import Testing

/// `Date` forms of the library's times agree with the seconds the core takes.
@Suite struct DateInteroperabilityTests {
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static func certificate() throws -> Certificate {
        let text = try String(contentsOf: packageRoot.appendingPathComponent("TestVectors/scan/tree/site/soon.crt"), encoding: .utf8)
        let body = text.split(separator: "\n").filter { !$0.hasPrefix("-----") }.joined()
        return try Certificate(derEncoded: Array(try #require(Data(base64Encoded: body))))
    }

    @Test func certificateDatesMatchTheirSeconds() throws {
        let certificate = try Self.certificate()
        #expect(certificate.notAfterDate == Date(timeIntervalSince1970: 1_798_761_600))  // 2027-01-01T00:00:00Z
        #expect(certificate.notBeforeDate.secondsSince1970 == certificate.notBefore.secondsSince1970)
        #expect(certificate.isValid(on: Date(timeIntervalSince1970: 1_798_761_600)))
        #expect(!certificate.isValid(on: Date(timeIntervalSince1970: 1_798_761_601)))
    }

    @Test func asn1TimeRoundTripsAndRoundsDown() throws {
        let date = Date(timeIntervalSince1970: 1_780_315_200.9)
        let time = try #require(ASN1Time(date))
        #expect(time.secondsSince1970 == 1_780_315_200)
        #expect(time.date == Date(timeIntervalSince1970: 1_780_315_200))
        #expect(ASN1Time(Date(timeIntervalSince1970: 1e15)) == nil)
        #expect(ASN1Time(Date(timeIntervalSince1970: -1.5))?.secondsSince1970 == -2)
    }

    @Test func policyAndDiagnosisTakeDates() {
        var policy = VerificationPolicy(date: Date(timeIntervalSince1970: 1_000))
        #expect(policy.time == 1_000)
        policy.date = Date(timeIntervalSince1970: 2_000.7)
        #expect(policy.time == 2_000)
        var input = DiagnosisInput(certificates: [], time: 0)
        input.date = Date(timeIntervalSince1970: 86_400)
        #expect(input.time == 86_400)
    }

    @Test func nowIsNow() {
        let now = ASN1Time.nowSecondsSince1970
        #expect(abs(now - Date().secondsSince1970) <= 2)
        #expect(VerificationPolicy().time >= now)
    }
}
