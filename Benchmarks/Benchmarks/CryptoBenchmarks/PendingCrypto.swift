// PureX509 sides of the signature benchmarks whose API is not on main yet. The code
// written against the expected API waits in Benchmarks/Pending/ (outside every target);
// when the API lands, the file moves into this folder and its stub below goes.

/// PureX509 ECDSA P-256/P-384/P-521 verify (pending: branch ec).
func registerPureX509ECDSA() {}

/// PureX509 Ed25519 verify (pending).
func registerPureX509Ed25519() {}
