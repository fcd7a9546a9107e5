import Testing
@testable import PureX509ASN1

@Suite("DER smoke")
struct SmokeTests {
    @Test func readsNestedSequence() throws {
        // SEQUENCE { INTEGER 5, SEQUENCE { BOOLEAN TRUE } }
        var reader = DERReader([0x30, 0x08, 0x02, 0x01, 0x05, 0x30, 0x03, 0x01, 0x01, 0xFF])
        let (number, flag) = try reader.readSequence { seq in
            (try seq.readInt(), try seq.readSequence { try $0.readBoolean() })
        }
        try reader.finish()
        #expect(number == 5)
        #expect(flag)
    }
}
