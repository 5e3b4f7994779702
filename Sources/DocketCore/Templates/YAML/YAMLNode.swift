/// One node of a parsed YAML document (see `YAMLDocument`), with the line it starts on.
struct YAMLNode: Sendable {
    /// What the node holds. A scalar keeps its text; `plain` scalars are the ones YAML 1.1
    /// resolves to null, booleans and numbers (quoted and block scalars are always strings).
    enum Value: Sendable {
        case scalar(String, plain: Bool)
        case sequence([YAMLNode])
        case mapping([(key: YAMLNode, value: YAMLNode)])
    }

    var value: Value
    /// The line the node starts on, counted from 1.
    var line: Int

    /// An empty plain scalar: what `key:` with nothing after it holds.
    static func empty(line: Int) -> YAMLNode {
        YAMLNode(value: .scalar("", plain: true), line: line)
    }

    /// The scalar's text, or `nil` for a collection.
    var text: String? {
        if case .scalar(let text, _) = value { return text }
        return nil
    }

    /// Whether this is a plain scalar that YAML reads as null (`~`, `null`, or nothing).
    var isNull: Bool {
        if case .scalar(let text, plain: true) = value { return YAMLResolution.isNull(text) }
        return false
    }

    /// The items of a sequence, or `nil` for anything else.
    var items: [YAMLNode]? {
        if case .sequence(let items) = value { return items }
        return nil
    }

    /// The entries of a mapping, or `nil` for anything else.
    var entries: [(key: YAMLNode, value: YAMLNode)]? {
        if case .mapping(let entries) = value { return entries }
        return nil
    }

    /// The value under the scalar key `key` of a mapping.
    subscript(key: String) -> YAMLNode? {
        entries?.first { $0.key.text == key }?.value
    }

    /// The node as JSON, resolving plain scalars the way YAML 1.1 (and PyYAML's `safe_load`) does.
    /// Keys become strings as Python's `json.dumps` writes them (`true`, `null`, `1`).
    var json: JSONValue {
        switch value {
        case .scalar(let text, let plain):
            return plain ? YAMLResolution.resolve(text) : .string(text)
        case .sequence(let items):
            return .array(items.map(\.json))
        case .mapping(let entries):
            return .object(entries.map { entry in (YAMLResolution.keyText(entry.key.json), entry.value.json) })
        }
    }
}
