// PureX509 sides of the parse benchmarks whose API is still being built on other
// branches. Each function is replaced by the real benchmark when the API lands on main;
// until then compare.sh shows the PureX509 column as "pending".

/// PureX509 `Certificate(derEncoded:)` (pending: the certificate model).
func registerPureX509CertificateParse() {}

/// PureX509 PEM reader (pending: Sources/PureX509ASN1/PEM).
func registerPureX509PEMDecode() {}
