// PureX509 sides of the parse benchmarks still waiting for an API: none at the moment
// (certificate parse and PEM decode have landed).
