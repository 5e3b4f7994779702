/// Builds the argument array of one `docket` command for a tool call.
///
/// Options come first, then `--json`, then `--` and the positional values, so a value that
/// starts with `-` (a title such as "-x", an ID such as "-1") is always read as a value and
/// never as an option. Every value is its own array element: nothing is ever joined into a
/// command line or passed through a shell.
struct DocketCommandLine {
    private var leading: [String]
    private var positionals: [String] = []

    /// Starts with the command name (and a subcommand word the tool has already validated).
    init(_ words: String...) {
        leading = words
    }

    /// Adds `option value` when there is a value.
    mutating func option(_ option: String, _ value: String?) {
        guard let value else { return }
        leading += [option, value]
    }

    /// Adds `option value` for a number when there is one.
    mutating func option(_ option: String, _ value: Int?) {
        self.option(option, value.map(String.init))
    }

    /// Adds `option value` once for each value, for repeatable options.
    mutating func option(_ option: String, each values: [String]) {
        for value in values { leading += [option, value] }
    }

    /// Adds positional values (after `--`).
    mutating func positional(_ values: [String]) {
        positionals += values
    }

    /// The arguments, ready for `Invocation(arguments:)`.
    var arguments: [String] {
        leading + ["--json"] + (positionals.isEmpty ? [] : ["--"] + positionals)
    }
}
