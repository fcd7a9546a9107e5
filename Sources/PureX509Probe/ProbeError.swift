/// Why a probe stopped before it had the server's chain, in words a person can act on.
/// Every case says what was being done; parse errors carry the byte offset in the stream of
/// handshake bytes (or in the record) where the problem is.
public enum ProbeError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The host name did not resolve (getaddrinfo's reason).
    case resolve(host: String, reason: String)
    /// No address of the host accepted a TCP connection (the last address and reason).
    case connect(address: String, reason: String)
    /// The deadline passed while waiting for the named step.
    case timeout(String)
    /// The server closed the connection while the named step was waiting for bytes.
    case closed(String)
    /// A socket call failed.
    case io(String)
    /// The server's bytes break the TLS syntax (what, and where).
    case malformed(String)
    /// The server sent more than the probe accepts (what, and the limit in bytes).
    case tooLarge(String, limit: Int)
    /// The server sent a fatal alert.
    case alert(TLSAlert)
    /// The server sent a message or record the handshake does not allow here.
    case unexpected(String)
    /// The server chose something the probe does not implement, or the user asked for
    /// something it cannot do.
    case unsupported(String)
    /// A signature, AEAD tag or Finished MAC from the server did not verify: the
    /// connection cannot be trusted (fail closed).
    case verification(String)

    public var description: String {
        switch self {
        case .resolve(let host, let reason): "cannot resolve \(host): \(reason)"
        case .connect(let address, let reason): "cannot connect to \(address): \(reason)"
        case .timeout(let step): "timed out \(step)"
        case .closed(let step): "the server closed the connection \(step)"
        case .io(let reason): reason
        case .malformed(let reason): "malformed TLS from the server: \(reason)"
        case .tooLarge(let what, let limit): "\(what) is larger than the \(limit)-byte limit"
        case .alert(let alert): "the server sent a fatal alert: \(alert)"
        case .unexpected(let what): "unexpected from the server: \(what)"
        case .unsupported(let what): what
        case .verification(let what): "verification failed: \(what)"
        }
    }
}
