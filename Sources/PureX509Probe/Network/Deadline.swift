#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A moment on the monotonic clock after which the probe gives up.
public struct Deadline: Sendable {
    /// Nanoseconds on CLOCK_MONOTONIC.
    let nanoseconds: Int64

    /// `seconds` from now.
    public static func after(seconds: Double) -> Deadline {
        Deadline(nanoseconds: now() + Int64(max(0, seconds) * 1_000_000_000))
    }

    static func now() -> Int64 {
        var spec = timespec()
        clock_gettime(CLOCK_MONOTONIC, &spec)
        return Int64(spec.tv_sec) * 1_000_000_000 + Int64(spec.tv_nsec)
    }

    /// Milliseconds left for poll(2), at least 0.
    var remainingMilliseconds: Int32 {
        let left = (nanoseconds - Deadline.now()) / 1_000_000
        return Int32(clamping: max(0, left))
    }

    var hasPassed: Bool { Deadline.now() >= nanoseconds }
}
