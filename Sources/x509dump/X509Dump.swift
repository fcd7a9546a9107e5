/// Subcommand dispatch. `x509dump FILE` with no subcommand means `x509dump show FILE` when
/// FILE exists (or is `-` or an option); any other word is an unknown command (exit 2, with
/// the closest command names offered).
enum X509Dump {
    /// Every subcommand, in the order `--help` lists them.
    static var commands: [any Command.Type] {
        [
            ShowCommand.self,
            ASN1Command.self,
            PEMCommand.self,
            VerifyCommand.self,
            DiagnoseCommand.self,
            FixChainCommand.self,
            BundleCommand.self,
            ScanCommand.self,
            ProbeCommand.self,
            ExplainCommand.self,
        ]
    }

    static let version = "0.3.0-dev"

    static func run(_ arguments: [String]) -> Int32 {
        guard let first = arguments.first else {
            Output.error(usage)
            return ExitCode.usage
        }
        switch first {
        case "-h", "--help", "help":
            Output.print(usage)
            return ExitCode.ok
        case "--version":
            Output.print("x509dump \(version)")
            return ExitCode.ok
        default:
            break
        }
        if let command = commands.first(where: { $0.name == first }) {
            return invoke(command, Array(arguments.dropFirst()))
        }
        if first.hasPrefix("-") || CommandSuggestion.isInput(first), let show = commands.first(where: { $0.name == "show" }) {
            return invoke(show, arguments)
        }
        Output.error(CommandSuggestion.message(for: first, among: commands.map { $0.name }))
        return ExitCode.usage
    }

    static func invoke(_ command: any Command.Type, _ arguments: [String]) -> Int32 {
        if arguments.contains("--help") || arguments.contains("-h") {
            Output.print(command.usage)
            return ExitCode.ok
        }
        do {
            let parsed = try ParsedArguments(arguments, spec: command.options)
            return command.run(parsed)
        } catch let error as UsageError {
            Output.error("x509dump \(command.name): \(error.message)\n\n\(command.usage)")
            return ExitCode.usage
        } catch {
            Output.error("x509dump \(command.name): \(error)")
            return ExitCode.usage
        }
    }

    static var usage: String {
        var text = """
            x509dump \(version): read certificates, keys and containers, and explain them.

            usage: x509dump <command> [options] [FILE...]
                   x509dump FILE...          (same as `x509dump show FILE...` for existing files)

            commands:

            """
        let width = commands.map { $0.name.count }.max() ?? 0
        for command in commands {
            text += "  " + command.name + String(repeating: " ", count: width - command.name.count + 2) + command.summary + "\n"
        }
        text += "\nRun `x509dump <command> --help` for a command's options. Exit codes: 0 ok, 1 problems found, 2 usage or unreadable input."
        return text
    }
}
