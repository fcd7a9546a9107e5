import PureX509

/// Retained heap per certificate for PureX509's `Certificate(derEncoded:)`.
func retainedPureX509(_ ders: [[UInt8]]) -> Double? {
    RetainedMemory.perItem(ders) { try PureX509.Certificate(derEncoded: $0) }
}

/// Lists the certificates PureX509 rejects (for `bench-info --check`).
func checkPureX509(_ ders: [[UInt8]]) {
    for (index, der) in ders.enumerated() {
        do { _ = try PureX509.Certificate(derEncoded: der) } catch { print("PureX509 rejects #\(index): \(error)") }
    }
}
