/// What the harness says about one testcase, in x509-limbo's results format.
public struct LimboResult: Sendable, Hashable {
    /// SUCCESS, FAILURE or SKIPPED.
    public enum Actual: String, Sendable, Hashable, Codable {
        case success = "SUCCESS"
        case failure = "FAILURE"
        case skipped = "SKIPPED"
    }

    public let id: String
    public let actual: Actual
    /// Why (the verifier's reason for a FAILURE, the path for a SUCCESS).
    public let context: String
}
