/// Parses a command's arguments against its `CommandSpec`.
///
/// Accepts `--long VALUE`, `--long=VALUE`, `-s VALUE`, `-sVALUE`, bundled short flags
/// (`-qe`), and `--` to end options. `-` alone is a positional (standard input).
enum ArgumentParser {
    static func parse(_ arguments: [String], spec: CommandSpec) throws(DocketError) -> ParsedArguments {
        var parsed = ParsedArguments()
        var index = 0
        var optionsEnded = false
        func take(_ option: OptionSpec, inline: String?) throws(DocketError) {
            guard option.valueName != nil else {
                if inline != nil { throw DocketError.usage("option '--\(option.long)' takes no value") }
                parsed.flags.insert(option.long)
                return
            }
            var value = inline
            if value == nil {
                index += 1
                guard index < arguments.count else { throw DocketError.usage("option '--\(option.long)' needs a value") }
                value = arguments[index]
            }
            parsed.values[option.long, default: []].append(value ?? "")
        }
        while index < arguments.count {
            let argument = arguments[index]
            if optionsEnded || argument == "-" || !argument.hasPrefix("-") || isNegatedQualifier(argument, spec: spec) {
                parsed.positionals.append(argument)
            } else if argument == "--" {
                optionsEnded = true
            } else if argument.hasPrefix("--") {
                let body = argument.dropFirst(2)
                let name = body.split(separator: "=", maxSplits: 1).first.map(String.init) ?? ""
                let inline = body.contains("=") ? String(body.drop { $0 != "=" }.dropFirst()) : nil
                guard let option = spec.options.first(where: { $0.long == name }) else {
                    throw unknownOption("--" + name, spec: spec)
                }
                try take(option, inline: inline)
            } else {
                var letters = Array(argument.dropFirst())
                while !letters.isEmpty {
                    let letter = letters.removeFirst()
                    guard let option = spec.options.first(where: { $0.short == letter }) else {
                        throw unknownOption("-\(letter)", spec: spec)
                    }
                    if option.valueName != nil {
                        try take(option, inline: letters.isEmpty ? nil : String(letters))
                        letters = []
                    } else {
                        try take(option, inline: nil)
                    }
                }
            }
            index += 1
        }
        if parsed.flag("help") { return parsed }
        try checkPositionals(parsed.positionals, spec: spec)
        return parsed
    }

    /// `-label:wontfix` is a query term, not options, for commands that take a query.
    private static func isNegatedQualifier(_ argument: String, spec: CommandSpec) -> Bool {
        guard spec.arguments.contains(where: { $0.name == "QUERY" }), let colon = argument.firstIndex(of: ":") else { return false }
        return argument[argument.index(after: argument.startIndex)..<colon].allSatisfy { $0.isLetter || $0 == "-" }
    }

    /// `unknown option '--lable'; did you mean '--label'?`, or, with nothing close, how to
    /// give a value that starts with `-` (a title such as `-dash`).
    private static func unknownOption(_ name: String, spec: CommandSpec) -> DocketError {
        let candidates = spec.options.map { "--" + $0.long }
        let hint = EditDistance.closest(to: name, in: candidates).map { "; did you mean '\($0)'?" }
            ?? "; to give a value that starts with '-', put it after '--'"
        return .usage("unknown option '\(name)'\(hint)")
    }

    private static func checkPositionals(_ positionals: [String], spec: CommandSpec) throws(DocketError) {
        let required = spec.arguments.filter { $0.arity == .required || $0.arity == .requiredVariadic }.count
        let unlimited = spec.arguments.contains { $0.arity == .variadic || $0.arity == .requiredVariadic }
        if positionals.count < required {
            let missing = spec.arguments.filter { $0.arity == .required || $0.arity == .requiredVariadic }[positionals.count]
            throw .usage("missing \(missing.name)")
        }
        if !unlimited, positionals.count > spec.arguments.count {
            throw .usage("unexpected argument '\(positionals[spec.arguments.count])'")
        }
    }
}
