/// The identity a client expects its peer to prove (RFC 6125 "reference identifier").
public enum PeerName: Hashable, Sendable, CustomStringConvertible {
    /// A DNS host name, as typed (a trailing dot and upper case are accepted).
    case dns(String)
    /// An IP address: matched against iPAddress entries only, never against dNSName or CN.
    case ip(IPAddress)
    /// An RFC 822 mailbox (`local@domain`), for client certificates.
    case email(String)

    /// The name as text (addresses in canonical form).
    public var description: String {
        switch self {
        case .dns(let name): name
        case .ip(let address): address.description
        case .email(let mailbox): mailbox
        }
    }
}
