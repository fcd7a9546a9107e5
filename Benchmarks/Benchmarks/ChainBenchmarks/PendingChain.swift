// The PureX509 side of chain building (pending: path building is not written yet). The
// code against the expected API waits in Benchmarks/Pending/PureX509Chain.swift.

/// PureX509 chain building over the same fixture (pending).
func registerPureX509ChainBuilding() {}
