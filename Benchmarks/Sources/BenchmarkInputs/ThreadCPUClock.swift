#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// CPU time consumed by the calling thread, in nanoseconds.
///
/// package-benchmark's `cpuTotal` on Linux counts scheduler ticks (10 ms), far coarser
/// than one parse or verify, and the `instructions` counter is not available in this VM
/// (`perf stat -e instructions` says "not supported"). Thread CPU time has nanosecond
/// resolution and does not count time spent descheduled while other builds share the
/// two cores, so it is the figure the comparison uses.
public enum ThreadCPUClock {
    @inline(__always)
    public static func now() -> UInt64 {
        var ts = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts)
        return UInt64(ts.tv_sec) &* 1_000_000_000 &+ UInt64(ts.tv_nsec)
    }
}
