/// Parses a command's arguments against its `CommandSpec`.
///
/// Accepts `--long VALUE`, `--long=VALUE`, `-s VALUE`, `-sVALUE`, bundled short flags
/// (`-qe`), and `--` to end options. `-` alone is a positional (standard input). An option
/// whose value is optional (`--json [FIELDS]`) takes `--json=VALUE` always, and the next
/// argument only when that is a comma-separated list of its choices (`--json id,title`);
/// otherwise the next argument stays a positional (`list --json crash`).
enum ArgumentParser {
    static func parse(_ arguments: [String], spec: CommandSpec) throws(DocketError) -> ParsedArguments {
        let (parsed, error) = scan(arguments, spec: spec)
        if let error { throw error }
        return parsed
    }

    /// Parses as far as it can: what was found, and the first problem, if any. Options after
    /// a problem are still read, so a caller can tell whether `--json` was asked for.
    static func scan(_ arguments: [String], spec: CommandSpec) -> (ParsedArguments, DocketError?) {
        var parsed = ParsedArguments()
        var problem: DocketError?
        var index = 0
        var optionsEnded = false
        func take(_ option: OptionSpec, inline: String?) throws(DocketError) {
            guard option.valueName != nil else {
                if inline != nil { throw DocketError.usage("option '--\(option.long)' takes no value") }
                parsed.flags.insert(option.long)
                return
            }
            var value = inline
            if value == nil, option.valueIsOptional {
                parsed.flags.insert(option.long)
                if index + 1 < arguments.count, isChoiceList(arguments[index + 1], option) {
                    index += 1
                    parsed.values[option.long, default: []].append(arguments[index])
                }
                return
            }
            if value == nil {
                index += 1
                guard index < arguments.count else { throw DocketError.usage("option '--\(option.long)' needs a value") }
                value = arguments[index]
            }
            if option.valueIsOptional { parsed.flags.insert(option.long) }
            let (text, typed) = try option.read(value ?? "", subject: "--\(option.long)")
            parsed.values[option.long, default: []].append(text)
            parsed.typed[option.long, default: []] += typed
        }
        while index < arguments.count {
            let argument = arguments[index]
            do throws(DocketError) {
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
            } catch {
                problem = problem ?? error
            }
            index += 1
        }
        if problem == nil, !parsed.flag("help") {
            do throws(DocketError) { parsed.typedPositionals = try checkPositionals(parsed.positionals, spec: spec) } catch { problem = error }
        }
        return (parsed, problem)
    }

    /// `id,title`: a comma-separated list of identifiers, every one of them a choice of `option`.
    private static func isChoiceList(_ argument: String, _ option: OptionSpec) -> Bool {
        let known = Set(option.choices)
        let parts = argument.split(separator: ",", omittingEmptySubsequences: false)
        return !parts.isEmpty && parts.allSatisfy { known.contains(String($0)) }
    }

    /// `-label:wontfix` and `-crash` are query terms, not options, for commands that take a query.
    private static func isNegatedQualifier(_ argument: String, spec: CommandSpec) -> Bool {
        guard spec.arguments.contains(where: { $0.name == "QUERY" }), !argument.hasPrefix("--") else { return false }
        let body = argument.dropFirst()
        if let colon = body.firstIndex(of: ":") {
            return body[..<colon].allSatisfy { $0.isLetter || $0 == "-" }
        }
        // `-crash`: a word of two or more letters whose first is no short option is a
        // negated search word, as in GitHub's syntax (`-l bug` and `-lbug` stay options).
        guard body.count >= 2, let first = body.first, first.isLetter else { return false }
        return !spec.options.contains { $0.short == first }
    }

    /// `unknown option '--lable'; did you mean '--label'?`, or, with nothing close, how to
    /// give a value that starts with `-` (a title such as `-dash`).
    private static func unknownOption(_ name: String, spec: CommandSpec) -> DocketError {
        let candidates = spec.options.map { "--" + $0.long }
        let hint = EditDistance.closest(to: name, in: candidates).map { "; did you mean '\($0)'?" }
            ?? "; to give a value that starts with '-', put it after '--'"
        return .usage("unknown option '\(name)'\(hint)")
    }

    /// Checks the count and choices of the positionals; returns their typed values.
    private static func checkPositionals(_ positionals: [String], spec: CommandSpec) throws(DocketError) -> [ArgumentValue] {
        let required = spec.arguments.filter { $0.arity == .required || $0.arity == .requiredVariadic }.count
        let unlimited = spec.arguments.contains { $0.arity == .variadic || $0.arity == .requiredVariadic }
        if positionals.count < required {
            let missing = spec.arguments.filter { $0.arity == .required || $0.arity == .requiredVariadic }[positionals.count]
            throw .usage("missing \(missing.name)")
        }
        if !unlimited, positionals.count > spec.arguments.count {
            throw .usage("unexpected argument '\(positionals[spec.arguments.count])'")
        }
        for (argument, value) in zip(spec.arguments, positionals) where !argument.choices.isEmpty {
            guard argument.choices.contains(value) else {
                throw .usage("unknown \(argument.name.lowercased()) '\(value)' (expected \(Choices.alternatives(argument.choices)))")
            }
        }
        var typed: [ArgumentValue] = []
        for (index, value) in positionals.enumerated() {
            guard let argument = spec.arguments.isEmpty ? nil : spec.arguments[min(index, spec.arguments.count - 1)] else { break }
            typed += try argument.type.parse(value, subject: nil, noun: argument.name.lowercased())
        }
        return typed
    }
}
