/// The constants of an odd modulus `m < 2^(64N)` for Montgomery arithmetic with `R = 2^(64N)`.
///
/// Every limb array is little-endian (least significant 64-bit limb first). The constants are
/// literals computed once with Python; `MontgomeryConstantsTests` recomputes each of them
/// from `modulus` with a slow reference and fails if a literal is wrong.
protocol MontgomeryModulus {
    /// The limb storage, always `InlineArray<N, UInt64>` for the element type's `N`.
    associatedtype Limbs
    /// The modulus m.
    static var modulus: Limbs { get }
    /// `-m^-1 mod 2^64`.
    static var m0inv: UInt64 { get }
    /// `R mod m`: the Montgomery form of 1.
    static var rModM: Limbs { get }
    /// `R^2 mod m`: converts a plain number below R into Montgomery form.
    static var rSquared: Limbs { get }
    /// `R^3 mod m`: converts the high half of a double-width number into Montgomery form.
    static var rCubed: Limbs { get }
}
