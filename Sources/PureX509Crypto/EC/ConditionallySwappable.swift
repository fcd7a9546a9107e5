/// A field element whose limbs can be exchanged with another's under a mask, without a
/// branch: what the ECDH ladder needs to keep the secret scalar's bits out of control flow.
protocol ConditionallySwappable {
    /// Swaps `a` and `b` when `mask` is all ones, leaves them when it is zero; the same
    /// instructions run either way.
    static func conditionalSwap(_ a: inout Self, _ b: inout Self, mask: UInt64)
}

extension P256FieldElement: ConditionallySwappable {
    @inline(__always)
    static func conditionalSwap(_ a: inout Self, _ b: inout Self, mask: UInt64) {
        var t = mask & (a.l0 ^ b.l0); a.l0 ^= t; b.l0 ^= t
        t = mask & (a.l1 ^ b.l1); a.l1 ^= t; b.l1 ^= t
        t = mask & (a.l2 ^ b.l2); a.l2 ^= t; b.l2 ^= t
        t = mask & (a.l3 ^ b.l3); a.l3 ^= t; b.l3 ^= t
    }
}

extension P384FieldElement: ConditionallySwappable {
    @inline(__always)
    static func conditionalSwap(_ a: inout Self, _ b: inout Self, mask: UInt64) {
        var t = mask & (a.l0 ^ b.l0); a.l0 ^= t; b.l0 ^= t
        t = mask & (a.l1 ^ b.l1); a.l1 ^= t; b.l1 ^= t
        t = mask & (a.l2 ^ b.l2); a.l2 ^= t; b.l2 ^= t
        t = mask & (a.l3 ^ b.l3); a.l3 ^= t; b.l3 ^= t
        t = mask & (a.l4 ^ b.l4); a.l4 ^= t; b.l4 ^= t
        t = mask & (a.l5 ^ b.l5); a.l5 ^= t; b.l5 ^= t
    }
}

extension P521FieldElement: ConditionallySwappable {
    @inline(__always)
    static func conditionalSwap(_ a: inout Self, _ b: inout Self, mask: UInt64) {
        var t = mask & (a.l0 ^ b.l0); a.l0 ^= t; b.l0 ^= t
        t = mask & (a.l1 ^ b.l1); a.l1 ^= t; b.l1 ^= t
        t = mask & (a.l2 ^ b.l2); a.l2 ^= t; b.l2 ^= t
        t = mask & (a.l3 ^ b.l3); a.l3 ^= t; b.l3 ^= t
        t = mask & (a.l4 ^ b.l4); a.l4 ^= t; b.l4 ^= t
        t = mask & (a.l5 ^ b.l5); a.l5 ^= t; b.l5 ^= t
        t = mask & (a.l6 ^ b.l6); a.l6 ^= t; b.l6 ^= t
        t = mask & (a.l7 ^ b.l7); a.l7 ^= t; b.l7 ^= t
        t = mask & (a.l8 ^ b.l8); a.l8 ^= t; b.l8 ^= t
    }
}
