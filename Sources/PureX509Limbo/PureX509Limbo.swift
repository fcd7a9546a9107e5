/// The x509-limbo runner (see LimboRunner).
enum PureX509Limbo {}
