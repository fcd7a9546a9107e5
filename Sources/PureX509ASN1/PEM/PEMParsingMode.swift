/// How strictly `PEMDocument` reads its input.
public enum PEMParsingMode: Hashable, Sendable {
    /// RFC 7468 section 3 `laxtextualmsg` and then some, as real files need: CR LF or CR
    /// line ends, spaces and tabs in the base64, lines of any length, blank lines, RFC 1421
    /// headers, a UTF-8 byte order mark, missing padding. Each such thing is recorded as a
    /// `PEMObservation` so a diagnosis can report it.
    case lax
    /// RFC 7468 section 3 `stricttextualmsg`: base64 lines of exactly 64 characters (the
    /// last one 1...64), no whitespace, no blank lines, no headers, correct padding with
    /// zero unused bits, no byte order mark, labels per the `label` rule. Explanatory text
    /// outside the blocks stays allowed (RFC 7468 section 2), and so do CR LF line ends
    /// (the `eol` rule).
    case strict
}
