import Foundation
import PureX509

extension VerificationPolicy {
    /// A policy at `date` (now when omitted) for `purpose` under `profile`.
    public init(
        date: Date = Date(), purpose: Purpose = .serverAuth, peerNames: [PeerName] = [], profile: VerificationProfile = .client
    ) {
        self.init(time: date.secondsSince1970, purpose: purpose, peerNames: peerNames, profile: profile)
    }

    /// The validation time as a `Date`.
    public var date: Date {
        get { Date(timeIntervalSince1970: TimeInterval(time)) }
        set { time = newValue.secondsSince1970 }
    }
}

extension DiagnosisInput {
    /// The time of the diagnosis as a `Date`.
    public var date: Date {
        get { Date(timeIntervalSince1970: TimeInterval(time)) }
        set { time = newValue.secondsSince1970 }
    }
}
