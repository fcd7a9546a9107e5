import PureX509

/// The options `diagnose` and `fix-chain` share, turned into a `DiagnosisInput`.
enum DiagnosisInputOptions {
    /// Options that take a value.
    static let valued: Set<String> = [
        "--cert", "--key", "--ca", "--repair-from", "--host", "--at", "--tf-serving-config", "--warn-days", "--error-days",
    ]

    /// Builds the input from `--cert` and positional files, `--key`, `--ca`, `--repair-from`,
    /// `--host`, `--at`, `--tf-serving-config`, `--warn-days` and `--error-days`. `served`
    /// (the chain `--connect` fetched) comes before the files.
    static func input(_ arguments: ParsedArguments, served: [DiagnosisSource] = []) throws -> DiagnosisInput {
        let certificatePaths = arguments.all("--cert") + arguments.positionals
        let config = arguments.value("--tf-serving-config")
        guard !certificatePaths.isEmpty || config != nil || !served.isEmpty else {
            throw UsageError(message: "name the served certificate file(s) (--cert FILE or FILE) or --tf-serving-config FILE")
        }
        var input = DiagnosisInput(certificates: served + certificatePaths.map(DiagnosisSource.read), time: try TimeOption.resolve(arguments))
        input.tfServingConfig = config.map(DiagnosisSource.read)
        input.key = arguments.value("--key").map(DiagnosisSource.read)
        let anchors = arguments.all("--ca")
        if !anchors.isEmpty {
            input.trustAnchors = anchors.flatMap(DiagnosisSource.readFileOrDirectory)
            input.trustAnchorNames = anchors
        }
        let repair = arguments.all("--repair-from")
        input.repairPool = repair.flatMap(DiagnosisSource.readFileOrDirectory)
        if !repair.isEmpty { input.repairPoolNames = repair }
        input.host = arguments.value("--host")
        if let text = arguments.value("--warn-days") {
            guard let days = Int64(text), days >= 0, days < 100_000 else { throw UsageError(message: "--warn-days takes a number of days, not '\(text)'") }
            input.thresholds.expiryWarning = days * 86_400
        }
        if let text = arguments.value("--error-days") {
            guard let days = Int64(text), days >= 0, days < 100_000 else { throw UsageError(message: "--error-days takes a number of days, not '\(text)'") }
            input.thresholds.expiryError = days * 86_400
        }
        return input
    }
}
