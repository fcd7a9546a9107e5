/// Word-level helpers for the generated fixed-width field types (`P256FieldElement`, ...).
enum ECWord {
    /// `a·b + c + d` as (low, high) words; the sum always fits 128 bits.
    ///
    /// Optimized builds use `UInt128`, which compiles to one `mul` and an add chain. In
    /// unoptimized (debug) builds the `UInt128` operators run out of line at hundreds of
    /// nanoseconds each, which made the Wycheproof suites take many minutes under `swift test`;
    /// there the equivalent `multipliedFullWidth` form is about 20 times faster. Both forms are
    /// exercised: debug by `swift test`, release by `swift test -c release` and the benchmarks.
    ///
    /// `@_transparent` (here and below): inlined even in debug builds, where a call with its
    /// local variables (each zeroed on entry) cost about ten times the arithmetic; with it a
    /// dependent's debug build verifies a P-256 chain about twice as fast
    /// (Benchmarks/README.md, "Debug builds").
    @_transparent
    static func multiplyAdd(_ a: UInt64, _ b: UInt64, _ c: UInt64, _ d: UInt64) -> (low: UInt64, high: UInt64) {
        #if DEBUG
        let (high, low) = a.multipliedFullWidth(by: b)
        let (s1, o1) = low.addingReportingOverflow(c)
        let (s2, o2) = s1.addingReportingOverflow(d)
        return (s2, high &+ (o1 ? 1 : 0) &+ (o2 ? 1 : 0))
        #else
        let r = UInt128(a) &* UInt128(b) &+ UInt128(c) &+ UInt128(d)
        return (UInt64(truncatingIfNeeded: r), UInt64(truncatingIfNeeded: r &>> 64))
        #endif
    }

    /// `a + b` as (sum, carry) with the carry 0 or 1.
    @_transparent
    static func addWithCarry(_ a: UInt64, _ b: UInt64) -> (sum: UInt64, carry: UInt64) {
        let (s, o) = a.addingReportingOverflow(b)
        return (s, o ? 1 : 0)
    }

    /// `a + b + c` for c ≤ 1 as (sum, carry) with the carry 0 or 1.
    @_transparent
    static func addWithCarry3(_ a: UInt64, _ b: UInt64, _ c: UInt64) -> (sum: UInt64, carry: UInt64) {
        let (s1, o1) = a.addingReportingOverflow(b)
        let (s2, o2) = s1.addingReportingOverflow(c)
        return (s2, (o1 ? 1 : 0) | (o2 ? 1 : 0))
    }

}
