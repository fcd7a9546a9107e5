/// Why the operating system's random source could not be read.
package enum SystemRandomError: Error, Equatable, Sendable {
    /// `getentropy` (the `getrandom(2)` system call) failed with `systemCallErrno` and
    /// `/dev/urandom` could not be opened or read either (`deviceErrno`); no bytes were
    /// produced.
    case unavailable(systemCallErrno: Int32, deviceErrno: Int32)
    /// A negative count was requested.
    case invalidCount(Int)
}
