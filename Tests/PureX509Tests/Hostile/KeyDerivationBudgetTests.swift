import Foundation
import Testing
@testable import PureX509

/// The total key-derivation work per file (`KeyDerivationBudget`): a PKCS#12 file of many
/// safes, each within the per-derivation cap, fails at once with `.limitExceeded` naming
/// the limit, instead of deriving for minutes. The hostile files are made here, in memory.
@Suite("Resource limits: key-derivation work per file")
struct KeyDerivationBudgetTests {
    /// `EncryptedData` under PBES2 (PBKDF2-HMAC-SHA256, AES-256-CBC) with `iterations`
    /// (RFC 5652 section 8; RFC 8018 A.4). The ciphertext is filler.
    static func encryptedDataContentInfo(iterations: Int) -> [UInt8] {
        // An EncryptedPrivateKeyInfo is { AlgorithmIdentifier, OCTET STRING }: take its
        // algorithm for the safe.
        let key = KeyFileLimitTests.encryptedKey(iterations: iterations)
        var reader = DERReader(key)
        let algorithm: [UInt8] = (try? reader.readSequence { info -> [UInt8] in
            let element = try info.readElement(.sequence)
            _ = try info.readElement()
            return Array(key[element.fullRange])
        }) ?? []
        var writer = DERWriter()
        writer.writeSequence { info in
            info.writeObjectIdentifier(.pkcs7EncryptedData)
            info.writeExplicit(0) { explicit in
                explicit.writeSequence { encryptedData in
                    encryptedData.writeInteger(0)
                    encryptedData.writeSequence { content in
                        content.writeObjectIdentifier(.pkcs7Data)
                        content.writeEncoded(algorithm)
                        content.writeElement(.contextSpecificPrimitive(0), content: [UInt8](repeating: 0x33, count: 32))
                    }
                }
            }
        }
        return writer.bytes
    }

    /// A PFX without a MAC whose AuthenticatedSafe holds `safes` encrypted safes of
    /// `iterations` each and one plain safe of `keys` shrouded keys of `iterations` each.
    static func pfx(safes: Int, keys: Int = 0, iterations: Int) -> [UInt8] {
        var items: [UInt8] = []
        for _ in 0..<safes { items += encryptedDataContentInfo(iterations: iterations) }
        if keys > 0 {
            var bags: [UInt8] = []
            for _ in 0..<keys {
                bags += KeyFileLimitTests.safeBag("1.2.840.113549.1.12.10.1.2", KeyFileLimitTests.encryptedKey(iterations: iterations))
            }
            var safeContents = DERWriter()
            safeContents.writeSequence { $0.writeEncoded(bags) }
            var info = DERWriter()
            info.writeSequence { seq in
                seq.writeObjectIdentifier(.pkcs7Data)
                seq.writeExplicit(0) { $0.writeOctetString(safeContents.bytes) }
            }
            items += info.bytes
        }
        var authenticatedSafe = DERWriter()
        authenticatedSafe.writeSequence { $0.writeEncoded(items) }
        var pfx = DERWriter()
        pfx.writeSequence { seq in
            seq.writeInteger(3)
            seq.writeSequence { info in
                info.writeObjectIdentifier(.pkcs7Data)
                info.writeExplicit(0) { $0.writeOctetString(authenticatedSafe.bytes) }
            }
        }
        return pfx.bytes
    }

    struct Case: CustomTestStringConvertible, Sendable {
        let name: String
        let safes: Int
        let keys: Int
        let iterations: Int
        var testDescription: String { name }
    }

    static let limit = KeyDerivationBudget.perFileLimit
    static let overCases: [Case] = [
        // The file: 20 safes of 10 million iterations, about 10 KB.
        Case(name: "20 safes of 10,000,000 iterations", safes: 20, keys: 0, iterations: PasswordBasedEncryption.maximumIterations),
        Case(name: "2 safes just over the budget together", safes: 2, keys: 0, iterations: limit / 2 + 1),
        Case(name: "a safe and a shrouded key over the budget together", safes: 1, keys: 1, iterations: limit / 2 + 1),
        Case(name: "200 shrouded keys of 100,000", safes: 0, keys: 200, iterations: 100_000),
    ]

    @Test("declared work over the per-file budget fails before any derivation", arguments: overCases)
    func overBudget(_ testCase: Case) throws {
        let bytes = Self.pfx(safes: testCase.safes, keys: testCase.keys, iterations: testCase.iterations)
        if testCase.safes == 20 { #expect(bytes.count < 12_000) }
        let clock = ContinuousClock()
        let started = clock.now
        #expect {
            try PKCS12Bundle(derEncoded: bytes, password: "secret")
        } throws: { error in
            guard let error = error as? ContainerError, case .limitExceeded(let text) = error.reason else { return false }
            return error.kind == .limitExceeded && text.contains("per file limit of \(KeyDerivationBudget.grouped(Self.limit)) iterations")
        }
        // No derivation ran: one PBKDF2 at the budget takes seconds even in a release build.
        #expect(clock.now - started < .seconds(1))
    }

    @Test("the same files through FileContents: a problem naming the limit, no hang")
    func throughFileContents() {
        let bytes = Self.pfx(safes: 20, iterations: PasswordBasedEncryption.maximumIterations)
        let contents = FileContents(bytes: bytes, password: "secret")
        #expect(contents.entries.isEmpty)
        #expect(contents.problems.map(\.kind) == [.limitExceeded])
        #expect(contents.problems.first?.description.contains("KeyDerivationBudget") == true)
    }

    @Test("declared work within the budget is attempted (and fails only on the password)")
    func withinBudget() {
        // Two safes of 1,000 iterations: well within; the filler ciphertext does not decrypt.
        #expect {
            try PKCS12Bundle(derEncoded: Self.pfx(safes: 2, iterations: 1_000), password: "secret")
        } throws: { error in
            (error as? ContainerError)?.kind == .wrongPassword
        }
    }

    @Test("a budget charges until its limit, then refuses without charging")
    func charging() throws {
        let budget = KeyDerivationBudget(limit: 5_000, scope: "per file")
        try budget.charge(2_048, context: "test")
        try budget.charge(2_048, context: "test")
        #expect(budget.spent == 4_096)
        #expect {
            try budget.charge(2_048, context: "test")
        } throws: { error in
            (error as? KeyFileError)?.reason
                == .limitExceeded("key derivation of 2,048 iterations after 4,096 already spent is over the per file limit of 5,000 iterations (KeyDerivationBudget)")
        }
        #expect(budget.spent == 4_096)
        #expect(throws: KeyFileError.self) { try budget.check(1_000, context: "test") }
        try budget.check(904, context: "test")
    }

    @Test("derivations inside one file share its budget; the next file gets a fresh one")
    func perFileScope() throws {
        let spent: Int = KeyDerivationBudget.perFile { () -> Int in
            try? KeyDerivationBudget.chargeDerivation(3_000, context: "test")
            let inner: Int = KeyDerivationBudget.perFile { () -> Int in
                try? KeyDerivationBudget.chargeDerivation(3_000, context: "test")
                return KeyDerivationBudget.currentFile?.spent ?? -1
            }
            return inner
        }
        #expect(spent == 6_000)
        let fresh: Int = KeyDerivationBudget.perFile { () -> Int in KeyDerivationBudget.currentFile?.spent ?? -1 }
        #expect(fresh == 0)
        #expect(KeyDerivationBudget.currentFile == nil)
    }

    @Test("the grouping of numbers in messages")
    func grouping() {
        #expect(KeyDerivationBudget.grouped(10_000_000) == "10,000,000")
        #expect(KeyDerivationBudget.grouped(999) == "999")
        #expect(KeyDerivationBudget.grouped(1_000) == "1,000")
    }
}
