import Synchronization

/// A bound on the total password-based key-derivation work (PBKDF2, the PKCS#12 KDF)
/// spent on one file, and optionally on one process.
///
/// The per-derivation cap (`PasswordBasedEncryption.maximumIterations`) alone does not
/// bound a file: a 10 KB PKCS#12 file can hold twenty safes of ten million iterations
/// each, and a PEM file a hundred encrypted keys. Every derivation is charged, before it
/// runs, to the budget of the file being read (``perFileLimit``) and to ``process``; one
/// that would go over either fails with `KeyFileError.Reason.limitExceeded` naming the
/// limit. Work is counted in the iteration counts the file declares, summed over every
/// derivation tried (each password encoding tried, key and IV derived separately).
///
/// A PKCS#12 file is also checked up front: when the iterations its MAC, encrypted safes
/// and visible shrouded keys declare add up to more than the per-file limit, it fails
/// before any derivation runs.
public final class KeyDerivationBudget: Sendable {
    #if PUREX509_FUZZING
    // Fuzz builds keep every input fast (see `PasswordBasedEncryption.maximumIterations`).
    /// The fuzz-build value: low, so that every input stays fast.
    public static let perFileLimit = 100_000
    #else
    /// The per-file limit: 10,000,000 iterations.
    ///
    /// Real files are far below it: OpenSSL 3 writes 2,048 iterations per derivation (MAC,
    /// certificate safe, key: about 6,000 per file); Windows and Java exports use 2,000 to
    /// 100,000; password managers up to about 600,000 (OWASP's PBKDF2-SHA256 advice). Ten
    /// million allows one derivation at the per-derivation cap, or sixteen keys at 600,000,
    /// and is about 4 seconds of PBKDF2-HMAC-SHA256 on one core of a 2020s machine in a
    /// release build: a hostile file cannot make reading it take longer than that.
    public static let perFileLimit = 10_000_000
    #endif

    /// The process-wide budget. Unlimited unless a program sets one with
    /// ``setLimit(_:)`` (x509dump does: a long-running server that opens files over days
    /// would rather not); every derivation in the process is charged to it.
    public static let process = KeyDerivationBudget(limit: .max, scope: "per process")

    /// The budget of the file being read on this task or thread, if any.
    @TaskLocal static var currentFile: KeyDerivationBudget?

    private let limitValue: Atomic<Int>
    private let spentValue = Atomic<Int>(0)
    /// "per file", "per process": named in errors.
    public let scope: String

    /// A budget of `limit` iterations; `scope` names it in errors ("per file").
    public init(limit: Int, scope: String) {
        limitValue = Atomic(limit)
        self.scope = scope
    }

    /// The limit, in iterations.
    public var limit: Int { limitValue.load(ordering: .relaxed) }

    /// The iterations charged so far.
    public var spent: Int { spentValue.load(ordering: .relaxed) }

    /// Changes the limit (for ``process``: a command-line tool sets it once at start).
    public func setLimit(_ limit: Int) {
        limitValue.store(limit, ordering: .relaxed)
    }

    /// Charges `iterations`, or throws `.limitExceeded` (charging nothing) when that would
    /// go over the limit.
    func charge(_ iterations: Int, context: String) throws(KeyFileError) {
        let limit = self.limit
        while true {
            let spent = spentValue.load(ordering: .relaxed)
            let (total, overflow) = spent.addingReportingOverflow(iterations)
            guard !overflow, total <= limit else {
                throw KeyFileError(.limitExceeded(Self.message(spent: spent, adding: iterations, limit: limit, scope: scope)),
                                   context: context)
            }
            if spentValue.compareExchange(expected: spent, desired: total, ordering: .relaxed).exchanged { return }
        }
    }

    /// Throws `.limitExceeded` when `iterations` more would go over the limit, without
    /// charging them (the up-front check of a whole file's declared work).
    func check(_ iterations: Int, context: String) throws(KeyFileError) {
        let spent = self.spent
        let (total, overflow) = spent.addingReportingOverflow(iterations)
        guard !overflow, total <= limit else {
            throw KeyFileError(.limitExceeded(Self.message(spent: spent, adding: iterations, limit: limit, scope: scope)),
                               context: context)
        }
    }

    static func message(spent: Int, adding: Int, limit: Int, scope: String) -> String {
        let already = spent > 0 ? " after \(grouped(spent)) already spent" : ""
        return "key derivation of \(grouped(adding)) iterations\(already) is over the \(scope) limit of "
            + "\(grouped(limit)) iterations (KeyDerivationBudget)"
    }

    /// Charges one derivation of `iterations` to the current file's budget (if a file is
    /// being read) and to the process budget.
    static func chargeDerivation(_ iterations: Int, context: String) throws(KeyFileError) {
        if let file = currentFile { try file.charge(iterations, context: context) }
        try process.charge(iterations, context: context)
    }

    /// Checks work declared up front against what is left of the current file's and the
    /// process's budgets.
    static func checkDeclared(_ iterations: Int, context: String) throws(KeyFileError) {
        if let file = currentFile { try file.check(iterations, context: context) }
        try process.check(iterations, context: context)
    }

    /// Runs `body` with a fresh per-file budget, unless a file budget is already in force
    /// (a PKCS#12 file inside a PEM file is one file).
    static func perFile<T, E: Error>(_ body: () throws(E) -> T) throws(E) -> T {
        if currentFile != nil { return try body() }
        let budget = KeyDerivationBudget(limit: perFileLimit, scope: "per file")
        let result: Result<T, E> = $currentFile.withValue(budget) {
            Result { () throws(E) -> T in try body() }
        }
        return try result.get()
    }

    /// 10000000 as "10,000,000".
    static func grouped(_ value: Int) -> String {
        let digits = Array(String(value))
        var text = ""
        for (index, digit) in digits.enumerated() {
            if index > 0 && (digits.count - index) % 3 == 0 { text.append(",") }
            text.append(digit)
        }
        return text
    }
}
