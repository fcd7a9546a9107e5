/// Retained heap per certificate for PureX509's `Certificate(derEncoded:)`.
/// Pending: the certificate model is not on main yet.
func retainedPureX509(_ ders: [[UInt8]]) -> Double? {
    nil
}
