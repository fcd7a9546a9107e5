import PureX509Crypto
import Testing

@Suite("SystemRandom")
struct SystemRandomTests {
    @Test("returns the requested number of bytes", arguments: [0, 1, 32, 300, 70_000])
    func counts(_ count: Int) throws {
        #expect(try SystemRandom.bytes(count: count).count == count)
    }

    @Test("two draws differ and are not all zero")
    func differs() throws {
        let a = try SystemRandom.bytes(count: 32)
        let b = try SystemRandom.bytes(count: 32)
        #expect(a != b)
        #expect(a.contains { $0 != 0 })
    }

    @Test("a negative count is a typed error")
    func negative() {
        #expect(throws: SystemRandomError.invalidCount(-1)) { try SystemRandom.bytes(count: -1) }
    }
}
