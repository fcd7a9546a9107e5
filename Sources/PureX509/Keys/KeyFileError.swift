import PureX509ASN1
import PureX509Crypto

/// Why a key, a key container (PKCS#7, PKCS#12) or a file of unknown format could not be
/// read: what went wrong, in which structure, and where (byte offset, PEM line).
///
/// Offsets count from the start of the DER buffer being read. For data that was decrypted
/// first (a PKCS#8 key inside an encrypted PKCS#12 bag), `context` says so and the offset is
/// into the decrypted bytes. The text never contains key material: only structure names,
/// offsets, algorithm names and counts.
public struct KeyFileError: Error, Hashable, Sendable {
    /// What kind of failure, with its detail.
    public enum Reason: Hashable, Sendable {
        /// The DER is malformed (the error carries the byte offset).
        case malformed(DERError)
        /// Well-formed DER with a value the structure forbids (a wrong version, a key of the
        /// wrong length, an unknown mandatory field).
        case invalid(String)
        /// Something this library recognises but does not implement (an encryption scheme
        /// such as scrypt or RC4, a public-key-protected PKCS#12); the text names it.
        case unsupported(String)
        /// The input is encrypted and no password was given; the text names the scheme.
        case passwordRequired(String)
        /// The password does not decrypt the input (or does not verify its MAC).
        case wrongPassword(String)
        /// The password is right (it decrypts the contents) but the integrity check failed:
        /// the file was altered or damaged after it was made.
        case integrityCheckFailed(String)
        /// The PEM text is malformed (the error carries the line).
        case pem(PEMError)
        /// The input is not of the expected kind (the text says what it looks like).
        case wrongFormat(String)
        /// The PEM text given to `init(pemEncoded:)` is not one block of the expected label:
        /// none, another label, or several (the value names each block and its line).
        case pemMismatch(PEMBlockMismatch)
        /// Reading it would take more work than a limit allows (the text names the limit:
        /// for example the key-derivation budget, ``KeyDerivationBudget``).
        case limitExceeded(String)
    }

    /// Coarse categories, for callers (and tests) that branch on the kind of failure.
    public enum Kind: Hashable, Sendable {
        case malformed, invalid, unsupported, passwordRequired, wrongPassword, integrityCheckFailed, wrongFormat, limitExceeded
    }

    /// What went wrong.
    public let reason: Reason
    /// The structure or field being read: "PKCS#8 PrivateKeyInfo: privateKeyAlgorithm".
    public let context: String
    /// The byte offset the problem starts at, when there is one.
    public let offset: Int?
    /// The 1-based line of the PEM block (BEGIN line) the DER came from, when it came from PEM.
    public var pemLine: Int?
    /// What to do about it (for example the openssl command that converts the file), if
    /// there is advice to give.
    public var hint: String?

    /// Makes an error. `offset` defaults to the offset of a DER error.
    public init(_ reason: Reason, context: String, offset: Int? = nil, pemLine: Int? = nil, hint: String? = nil) {
        self.reason = reason
        self.context = context
        if let offset {
            self.offset = offset
        } else if case .malformed(let der) = reason, !isInputTooLarge(der) {
            self.offset = der.offset
        } else {
            self.offset = nil
        }
        self.pemLine = pemLine ?? { if case .pem(let error) = reason { return error.line } else { return nil } }()
        self.hint = hint
    }

    /// The category of `reason`.
    public var kind: Kind {
        switch reason {
        case .malformed, .pem: return .malformed
        case .invalid: return .invalid
        case .unsupported: return .unsupported
        case .passwordRequired: return .passwordRequired
        case .wrongPassword: return .wrongPassword
        case .integrityCheckFailed: return .integrityCheckFailed
        case .wrongFormat, .pemMismatch: return .wrongFormat
        case .limitExceeded: return .limitExceeded
        }
    }

    /// The reason as a short phrase, without the place.
    public var message: String {
        switch reason {
        case .malformed(let der): return der.reason
        case .invalid(let text), .unsupported(let text), .wrongFormat(let text), .limitExceeded(let text): return text
        case .passwordRequired(let text): return "password required: " + text
        case .wrongPassword(let text): return "wrong password: " + text
        case .integrityCheckFailed(let text): return "integrity check failed: " + text
        case .pem(let error): return error.reason
        case .pemMismatch(let mismatch): return mismatch.description
        }
    }

    /// The same error inside an enclosing structure: "PKCS#12 bag 2: " + context.
    func within(_ outer: String) -> KeyFileError {
        var copy = KeyFileError(reason, context: outer + ": " + context, offset: offset, pemLine: pemLine, hint: hint)
        copy.hint = hint
        return copy
    }

    /// The same error with advice attached (kept if one is already there).
    func hinting(_ text: String) -> KeyFileError {
        var copy = self
        if copy.hint == nil { copy.hint = text }
        return copy
    }

    /// The same error located in the PEM block starting at `line`.
    func atPEMLine(_ line: Int) -> KeyFileError {
        var copy = self
        if copy.pemLine == nil { copy.pemLine = line }
        return copy
    }
}

private func isInputTooLarge(_ error: DERError) -> Bool {
    if case .inputTooLarge = error { return true }
    return false
}

extension KeyFileError: CustomStringConvertible {
    /// "PKCS#8 PrivateKeyInfo: version: INTEGER out of range at byte 2 (PEM block at line 1)".
    public var description: String {
        var text = context.isEmpty ? message : context + ": " + message
        if let offset { text += " at byte \(offset)" }
        if let pemLine { text += " (PEM block at line \(pemLine))" }
        return text
    }
}

/// Runs `body`, turning whatever it throws into a `KeyFileError` for `context`. Errors that
/// are already `KeyFileError`s pass through unchanged (they carry a more precise context).
func keyField<T>(_ context: String, _ body: () throws -> T) throws(KeyFileError) -> T {
    do {
        return try body()
    } catch let error as KeyFileError {
        throw error
    } catch let error as DERError {
        throw KeyFileError(.malformed(error), context: context)
    } catch let error as CryptoError {
        throw KeyFileError(cryptoError: error, context: context)
    } catch {
        throw KeyFileError(.invalid("\(error)"), context: context)
    }
}

extension KeyFileError {
    /// Maps a crypto-layer error: bad padding means the key was wrong.
    init(cryptoError: CryptoError, context: String) {
        switch cryptoError {
        case .invalidPadding:
            self.init(.wrongPassword("decryption failed (bad padding)"), context: context)
        case .unsupportedAlgorithm(let text):
            self.init(.unsupported(text), context: context)
        case .malformed(let text), .weakKey(let text), .keyAlgorithmMismatch(let text):
            self.init(.invalid(text), context: context)
        }
    }
}

extension KeyFileError {
    /// A certificate (or CRL) inside a container failed to parse: the certificate's field
    /// path joins the container's context, and the offset becomes one into the container
    /// (the certificate starts at `base`).
    init(x509Error error: X509ParseError, context: String, base: Int) {
        let reason: Reason
        if case .der(let der) = error.reason {
            reason = .malformed(der)
        } else {
            reason = .invalid(error.reasonDescription)
        }
        self.init(reason, context: context + ": " + error.field, offset: base + error.offset)
    }
}
