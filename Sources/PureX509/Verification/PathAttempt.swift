/// One candidate path that path building tried and gave up on.
public struct PathAttempt: Sendable, CustomStringConvertible {
    /// The certificates of the path, leaf first, as far as it was built (the last one is the
    /// candidate issuer that was being tried).
    public let certificates: [Certificate]
    /// Index in `certificates` of the first certificate that fails.
    public let failingIndex: Int
    /// Why it fails.
    public let failure: VerificationFailure

    /// A path, the index of its failing certificate, and the reason.
    public init(certificates: [Certificate], failingIndex: Int, failure: VerificationFailure) {
        self.certificates = certificates
        self.failingIndex = failingIndex
        self.failure = failure
    }

    /// "certificate #1 (CN=...): expired at ...".
    public var description: String {
        let subject = certificates.indices.contains(failingIndex)
            ? certificates[failingIndex].subject.rfc4514String : "?"
        return "certificate #\(failingIndex) (\(subject)): \(failure)"
    }
}
