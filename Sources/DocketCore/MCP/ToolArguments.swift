/// A tool call's arguments, checked against the tool's parameters and read into the
/// `ParsedArguments` its command works on, through the same `ValueType`s the command line
/// parses with. Values are data, never command text, and errors name the tool's arguments
/// (`add_labels: ...`). `null` counts as absent, since models often send it for optional ones.
enum ToolArguments {
    static func parse(_ value: JSONValue?, tool: ToolSpec, spec: CommandSpec) throws(MCPToolError) -> ParsedArguments {
        let members: [(key: String, value: JSONValue)]
        switch value {
        case nil, .null?: members = []
        case .object(let object)?: members = object
        default: throw MCPToolError("the arguments must be a JSON object")
        }
        var parsed = ParsedArguments()
        parsed.flags.insert("json")
        var positionals: [String: [(text: String, typed: [ArgumentValue])]] = [:]
        var given: Set<String> = []
        for (key, value) in members where value != .null {
            guard let parameter = tool.parameters.first(where: { $0.name == key }) else {
                let known = tool.parameters.map(\.name).joined(separator: ", ")
                throw MCPToolError("unknown argument '\(key)' (expected \(known.isEmpty ? "none" : known))")
            }
            given.insert(key)
            switch parameter.source {
            case .option(let long):
                guard let option = spec.option(long) else { throw MCPToolError("\(key): not an option of \(spec.name)") }
                guard option.valueName != nil else {
                    guard case .bool(let flag) = value else { throw MCPToolError("\(key): must be true or false") }
                    if flag { parsed.flags.insert(long) }
                    continue
                }
                for text in try texts(value, many: option.repeatable, type: option.type, name: key) {
                    let (canonical, typed) = try read { () throws(DocketError) in try option.read(text, subject: key) }
                    parsed.values[long, default: []].append(canonical)
                    parsed.typed[long, default: []] += typed
                }
            case .argument(let name):
                guard let argument = spec.argument(name) else { throw MCPToolError("\(key): not an argument of \(spec.name)") }
                for text in try texts(value, many: argument.isVariadic && !parameter.single, type: argument.type, name: key) {
                    let typed = try read { () throws(DocketError) in try argument.type.parse(text, subject: key, noun: argument.name.lowercased()) }
                    positionals[name, default: []].append((text, typed))
                }
            }
        }
        for parameter in tool.parameters where isRequired(parameter, spec: spec) && !given.contains(parameter.name) {
            throw MCPToolError("missing required argument '\(parameter.name)'")
        }
        for argument in spec.arguments {
            let values = positionals[argument.name] ?? []
            if argument.isRequired, values.isEmpty {
                let names = tool.parameters.filter { $0.source == .argument(argument.name) }.map { "'\($0.name)'" }
                throw MCPToolError("missing required argument \(names.joined(separator: " or "))")
            }
            parsed.positionals += values.map(\.text)
            parsed.typedPositionals += values.flatMap(\.typed)
        }
        return parsed
    }

    /// Whether the tool's schema lists the parameter as required.
    static func isRequired(_ parameter: ToolParameter, spec: CommandSpec) -> Bool {
        if let required = parameter.required { return required }
        guard case .argument(let name) = parameter.source else { return false }
        return spec.argument(name)?.isRequired ?? false
    }

    /// The texts of one value, or of each item of an array when the parameter takes several.
    private static func texts(_ value: JSONValue, many: Bool, type: ValueType, name: String) throws(MCPToolError) -> [String] {
        guard many else { return [try text(value, type: type, name: name, item: false)] }
        guard let items = value.arrayValue else {
            throw MCPToolError("\(name): must be an array of \(noun(type)), such as [\(example(type))]")
        }
        return try items.map { item throws(MCPToolError) in try text(item, type: type, name: name, item: true) }
    }

    /// A scalar as the text its `ValueType` parses: an integer for a count, a string or an
    /// integer for an issue ID, a string for anything else.
    private static func text(_ value: JSONValue, type: ValueType, name: String, item: Bool) throws(MCPToolError) -> String {
        let problem = item ? "must be an array of \(noun(type)); an item is not one" : "must be \(article(type)) \(singular(type))"
        switch type {
        case .count:
            guard let number = value.intValue, number >= 0 else { throw MCPToolError("\(name): \(problem)") }
            return String(number)
        case .issueID, .issueIDs:
            if case .int(let number) = value { return String(number) }
            guard let text = value.stringValue, !text.isEmpty else { throw MCPToolError("\(name): \(problem) such as \"12\" or \"SEC-002\"") }
            return text
        case .text, .choice, .priority:
            guard let text = value.stringValue else { throw MCPToolError("\(name): \(problem)") }
            return text
        }
    }

    /// Turns a value's usage error into the tool error it is.
    private static func read<T>(_ body: () throws(DocketError) -> T) throws(MCPToolError) -> T {
        do { return try body() } catch { throw MCPToolError(error.message) }
    }

    private static func singular(_ type: ValueType) -> String {
        switch type {
        case .count: return "non-negative integer"
        case .issueID, .issueIDs: return "issue ID"
        case .text, .choice, .priority: return "string"
        }
    }

    private static func article(_ type: ValueType) -> String {
        if case .issueID = type { return "an" }
        if case .issueIDs = type { return "an" }
        return "a"
    }

    private static func noun(_ type: ValueType) -> String { singular(type) + "s" }

    private static func example(_ type: ValueType) -> String {
        switch type {
        case .count: return "1"
        case .issueID, .issueIDs: return "\"12\""
        case .text, .choice, .priority: return "\"bug\""
        }
    }
}
