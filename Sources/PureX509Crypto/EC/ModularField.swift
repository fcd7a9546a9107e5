/// Arithmetic modulo a prime, as the curve code needs it: the NIST prime fields and the
/// group orders. Implemented by the generated `MontgomeryField` types (`P256FieldElement`,
/// ...); the curve code is generic over it and is specialized per curve by the optimizer.
protocol ModularField: Equatable, Sendable {
    static var zero: Self { get }
    static var one: Self { get }
    /// The modulus, little-endian 64-bit words.
    static var modulusWords: [UInt64] { get }
    static func + (a: Self, b: Self) -> Self
    static func - (a: Self, b: Self) -> Self
    static prefix func - (a: Self) -> Self
    static func * (a: Self, b: Self) -> Self
    func squared() -> Self
    func doubled() -> Self
    var isZero: Bool { get }
    /// Whether the canonical value is odd.
    var isOdd: Bool { get }
    /// The inverse; zero maps to zero.
    func inverse() -> Self
    /// A square root, or nil for a non-square.
    func squareRoot() -> Self?
    /// The canonical value as little-endian 64-bit words.
    var words: [UInt64] { get }
    /// The canonical value as exactly `count` big-endian bytes.
    func bigEndianBytes(count: Int) -> [UInt8]
    /// The value of a big-endian number below the modulus, else nil.
    init?(canonicalBigEndian bytes: ArraySlice<UInt8>)
    /// The value of a big-endian number below 2^(64·limbs), reduced modulo the modulus;
    /// nil if it does not fit the limbs.
    init?(reducingBigEndian bytes: ArraySlice<UInt8>)
    /// The value of little-endian words below the modulus, else nil.
    init?(canonicalWords: [UInt64])
}
