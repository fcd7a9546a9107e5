import PureX509ASN1

/// What was read from one source: certificates with the line of their PEM block, private
/// keys found on the way, and containers that need a library reader.
struct SourceContents {
    /// A certificate and the 1-based line of its PEM block in the file (nil for DER).
    struct Entry {
        let certificate: Certificate
        let line: Int?
    }

    /// A private key found in the source, as the one reader (``InputContents``) read it, and
    /// where it starts.
    struct KeyEntry {
        let line: Int?
        /// The key (decrypted when the password given opened it); nil when it could not be read.
        let key: PrivateKey?
        /// Why it could not be read: a password needed or wrong, or damage.
        let problem: KeyFileError?
        /// From a PKCS#12 archive or a keystore, whose own findings speak for its protection.
        var inContainer = false

        init(line: Int?, key: PrivateKey, inContainer: Bool) {
            self.line = line
            self.key = key
            self.problem = nil
            self.inContainer = inContainer
        }

        /// What the one reader made of a key block or file: its content at the block's
        /// position and the problem there.
        init(line: Int?, content: InputContents.Content?, problem: KeyFileError?) {
            self.line = line
            if case .privateKey(let key)? = content {
                self.key = key
                self.problem = nil
            } else {
                self.key = nil
                self.problem = problem ?? KeyFileError(.invalid("the reader returned no key"), context: "private key")
            }
        }
    }

    /// A certificate block that could not be read: how many certificates came before it in
    /// this source, and the index of the finding that reported it.
    struct Damaged {
        let position: Int
        let finding: Int
    }

    var certificates: [Entry] = []
    var keys: [KeyEntry] = []
    var damaged: [Damaged] = []
    /// The lines of certificate signing requests found where certificates were expected
    /// (nil for DER).
    var requests: [Int?] = []
}
