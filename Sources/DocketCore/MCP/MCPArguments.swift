/// A tool call's arguments, checked against the tool's parameters.
///
/// Values are data, never paths or command text: each becomes one element of the
/// `docket` argument array, and the command itself validates IDs, labels and titles.
/// `null` counts as absent, since models often send it for optional arguments.
struct MCPArguments: Sendable {
    private var texts: [String: String] = [:]
    private var lists: [String: [String]] = [:]
    private var counts: [String: Int] = [:]

    /// Checks `value` (the call's `arguments` object, or nil) against `parameters`.
    init(_ value: JSONValue?, parameters: [MCPParameter]) throws(MCPToolError) {
        let members: [(key: String, value: JSONValue)]
        switch value {
        case nil, .null?: members = []
        case .object(let object)?: members = object
        default: throw MCPToolError("the arguments must be a JSON object")
        }
        for (key, value) in members where value != .null {
            guard let parameter = parameters.first(where: { $0.name == key }) else {
                let known = parameters.map(\.name).joined(separator: ", ")
                throw MCPToolError("unknown argument '\(key)' (expected \(known.isEmpty ? "none" : known))")
            }
            try take(value, for: parameter)
        }
        for parameter in parameters where parameter.required && !has(parameter.name) {
            throw MCPToolError("missing required argument '\(parameter.name)'")
        }
    }

    /// A string, choice or ID argument.
    func text(_ name: String) -> String? { texts[name] }

    /// A list argument; empty when absent.
    func list(_ name: String) -> [String] { lists[name] ?? [] }

    /// A count argument.
    func count(_ name: String) -> Int? { counts[name] }

    /// Whether the call gave the argument (a non-null value).
    func has(_ name: String) -> Bool { texts[name] != nil || lists[name] != nil || counts[name] != nil }

    private mutating func take(_ value: JSONValue, for parameter: MCPParameter) throws(MCPToolError) {
        let name = parameter.name
        switch parameter.kind {
        case .string:
            guard let text = value.stringValue else { throw MCPToolError("'\(name)' must be a string") }
            texts[name] = text
        case .count:
            guard let number = value.intValue, number >= 0 else { throw MCPToolError("'\(name)' must be a non-negative integer") }
            counts[name] = number
        case .choice(let words):
            guard let word = value.stringValue?.lowercased(), words.contains(word) else {
                throw MCPToolError("'\(name)' must be one of \(words.joined(separator: ", "))")
            }
            texts[name] = word
        case .id:
            texts[name] = try MCPArguments.id(value, name: name)
        case .strings:
            guard let items = value.arrayValue else { throw MCPToolError("'\(name)' must be an array of strings, such as [\"bug\"]") }
            lists[name] = try items.map { item throws(MCPToolError) in
                guard let text = item.stringValue else { throw MCPToolError("'\(name)' must be an array of strings; an item is not a string") }
                return text
            }
        case .ids:
            guard let items = value.arrayValue else { throw MCPToolError("'\(name)' must be an array of issue IDs, such as [\"12\"]") }
            lists[name] = try items.map { item throws(MCPToolError) in try MCPArguments.id(item, name: name) }
        }
    }

    /// An ID given as a string or as an integer, as the string the CLI parses.
    private static func id(_ value: JSONValue, name: String) throws(MCPToolError) -> String {
        if let number = value.intValue { return String(number) }
        guard let text = value.stringValue, !text.isEmpty else {
            throw MCPToolError("'\(name)' must be an issue ID such as \"12\" or \"SEC-002\"")
        }
        return text
    }
}
