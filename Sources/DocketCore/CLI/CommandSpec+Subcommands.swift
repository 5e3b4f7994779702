/// How a command group's words pick one of its subcommands, as git does: the subcommand is
/// the first word after the group's name (`docket hooks install --force`).
extension CommandSpec {
    /// The declaration `words` run and the words left for the argument parser. A command
    /// without subcommands takes all the words; a group takes `-h`/`--help` as its own and
    /// otherwise needs a subcommand first: a missing, misplaced or unknown one is a usage error
    /// (with a did-you-mean for a near miss).
    func resolve(_ words: [String]) throws(DocketError) -> (spec: CommandSpec, words: [String]) {
        guard !subcommands.isEmpty else { return (self, words) }
        let expected = "expected " + Choices.alternatives(subcommands.map(\.name))
        guard let first = words.first else { throw .usage("missing subcommand (\(expected))") }
        if first == "-h" || first == "--help" { return (self, words) }
        if first.hasPrefix("-") { throw .usage("'\(first)' comes after the subcommand (\(expected))") }
        if let subcommand = subcommands.first(where: { $0.names.contains(first) }) {
            return (subcommand, Array(words.dropFirst()))
        }
        let hint = EditDistance.closest(to: first, in: subcommands.flatMap(\.names)).map { "; did you mean '\($0)'?" } ?? " (\(expected))"
        throw .usage("unknown subcommand '\(first)' for 'docket \(name)'\(hint)")
    }
}
