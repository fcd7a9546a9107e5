import PureX509

/// The options `diagnose` and `fix-chain` share, turned into a `DiagnosisInput`.
enum DiagnosisInputOptions {
    /// Options that take a value.
    static let valued: Set<String> = Set([
        "--cert", "--key", "--ca", "--repair-from", "--host", "--at", "--tf-serving-config", "--warn-days", "--error-days",
        "--config", "--config-type", "--config-base",
    ]).union(PasswordOption.names)

    /// Builds the input from `--cert` and positional files, `--key`, `--ca`, `--repair-from`,
    /// `--host`, `--at`, `--tf-serving-config`, `--warn-days` and `--error-days`. A file named
    /// `-` is standard input.
    /// `--password`, `--password-file` or `--password-env` opens encrypted keys and PKCS#12
    /// files. Without `--ca`, the trust store is the default one (`SSL_CERT_FILE`,
    /// `SSL_CERT_DIR`, the system store) read from `environment`, which also names the other
    /// stores clients use (certifi, `REQUESTS_CA_BUNDLE`, ...); `certifiPaths` replaces the
    /// search for certifi's bundle (tests). `served` (the chain `--connect` fetched) comes
    /// before the files.
    static func input(
        _ arguments: ParsedArguments, environment: [String: String] = processEnvironment(), certifiPaths: [String]? = nil,
        served: [DiagnosisSource] = []
    ) throws -> DiagnosisInput {
        let certificatePaths = arguments.all("--cert") + arguments.positionals
        let config = arguments.value("--tf-serving-config")
        guard !certificatePaths.isEmpty || config != nil || !served.isEmpty || arguments.value("--config") != nil else {
            throw UsageError(message: "name the served certificate file(s) (--cert FILE or FILE) or --tf-serving-config FILE")
        }
        // `-` (standard input) may stand for one of the certificate, key or config files.
        var stdin = StandardInputSource()
        let time = try TimeOption.resolve(arguments)
        let certificates = try certificatePaths.map { try stdin.read($0, option: "the certificate file") }
        var input = DiagnosisInput(certificates: served + certificates, time: time)
        input.tfServingConfig = try config.map { try stdin.read($0, option: "--tf-serving-config") }
        input.key = try arguments.value("--key").map { try stdin.read($0, option: "--key") }
        input.password = try PasswordOption.resolve(arguments)
        let anchors = arguments.all("--ca")
        let choice = TrustStoreChoice.resolve(caPaths: anchors, environment: environment)
        if !choice.locations.isEmpty {
            input.trustAnchors = choice.paths.flatMap(DiagnosisSource.readFileOrDirectory)
            input.trustStoreChoice = choice
        }
        if !anchors.isEmpty { input.trustAnchorNames = anchors }
        input.otherTrustStores = ClientTrustStores.locate(used: choice, environment: environment, certifiPaths: certifiPaths)
        let repair = arguments.all("--repair-from")
        input.repairPool = repair.flatMap(DiagnosisSource.readFileOrDirectory)
        if !repair.isEmpty { input.repairPoolNames = repair }
        input.host = arguments.value("--host")
        if let days = try DaysOption.value(arguments, "--warn-days") { input.thresholds.expiryWarning = days * 86_400 }
        if let days = try DaysOption.value(arguments, "--error-days") { input.thresholds.expiryError = days * 86_400 }
        return input
    }

    /// The variables the trust store choice and the comparison read, from the process.
    static func processEnvironment() -> [String: String] {
        TrustStoreChoice.processEnvironment(ClientTrustStores.environmentNames)
    }
}
