/// Which options a command accepts: `valued` take an argument (`--at TIME` or
/// `--at=TIME`; repeatable), `flags` do not.
struct OptionSpec {
    var flags: Set<String>
    var valued: Set<String>

    init(flags: Set<String> = [], valued: Set<String> = []) {
        self.flags = flags.union(["--json", "--help", "-h", "--no-color"])
        self.valued = valued
    }
}

/// A usage error: exit code 2 with this message and the command's help.
struct UsageError: Error {
    let message: String
}

/// Command-line arguments split into flags, valued options and positional arguments.
/// `--` ends option parsing; a lone `-` is a positional argument (standard input).
struct ParsedArguments {
    private(set) var flags: Set<String> = []
    private(set) var values: [String: [String]] = [:]
    private(set) var positionals: [String] = []

    init(_ arguments: [String], spec: OptionSpec) throws {
        var index = 0
        var optionsEnded = false
        while index < arguments.count {
            let argument = arguments[index]
            index += 1
            if optionsEnded || !argument.hasPrefix("-") || argument == "-" {
                positionals.append(argument)
                continue
            }
            if argument == "--" {
                optionsEnded = true
                continue
            }
            var name = argument
            var inlineValue: String?
            if let equals = argument.firstIndex(of: "="), argument.hasPrefix("--") {
                name = String(argument[..<equals])
                inlineValue = String(argument[argument.index(after: equals)...])
            }
            if spec.flags.contains(name) {
                guard inlineValue == nil else { throw UsageError(message: "\(name) takes no value") }
                flags.insert(name)
            } else if spec.valued.contains(name) {
                if let inlineValue {
                    values[name, default: []].append(inlineValue)
                } else {
                    guard index < arguments.count else { throw UsageError(message: "\(name) needs a value") }
                    values[name, default: []].append(arguments[index])
                    index += 1
                }
            } else {
                throw UsageError(message: "unknown option \(name)")
            }
        }
    }

    /// Whether a flag was given.
    func has(_ flag: String) -> Bool { flags.contains(flag) }

    /// The last value of a valued option.
    func value(_ option: String) -> String? { values[option]?.last }

    /// Every value of a repeatable option, in order.
    func all(_ option: String) -> [String] { values[option] ?? [] }

    /// `--json` was given.
    var json: Bool { has("--json") }
}
