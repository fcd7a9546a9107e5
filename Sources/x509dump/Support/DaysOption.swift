/// Options that take a number of days (`--warn-days`, `--error-days`, `--soon-days`): 0 to
/// 99,999, else a usage error naming the option.
enum DaysOption {
    /// The value of `option`, or nil when it was not given.
    static func value(_ arguments: ParsedArguments, _ option: String) throws -> Int64? {
        guard let text = arguments.value(option) else { return nil }
        guard let days = Int64(text), days >= 0, days < 100_000 else {
            throw UsageError(message: "\(option) takes a number of days, not '\(text)'")
        }
        return days
    }
}
