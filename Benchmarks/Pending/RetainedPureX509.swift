// Target: Sources/bench-info. Replaces RetainedPureX509.swift there.
// Expected API (branch cert): PureX509.Certificate(derEncoded: [UInt8]).
import PureX509

/// Retained heap per certificate for PureX509's `Certificate(derEncoded:)`.
func retainedPureX509(_ ders: [[UInt8]]) -> Double? {
    RetainedMemory.perItem(ders) { try PureX509.Certificate(derEncoded: $0) }
}
