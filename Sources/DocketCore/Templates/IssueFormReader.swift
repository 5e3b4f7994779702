/// Reads an issue form's parts out of its YAML nodes, with an error at the node's line for
/// anything GitHub would refuse.
struct IssueFormReader {
    let path: String

    func error(_ message: String, at node: YAMLNode) -> Diagnostic {
        Diagnostic(message, at: SourceLocation(path: path, line: node.line))
    }

    /// A scalar as text: its source text, so `1.10` stays `1.10`. Null is empty.
    func text(_ node: YAMLNode, _ key: String) throws(Diagnostic) -> String {
        guard let text = node.text else { throw error("'\(key)' must be text, not a list or mapping", at: node) }
        return node.isNull ? "" : text
    }

    /// A list of names, written as a YAML list or as one comma-separated string.
    func list(_ node: YAMLNode, _ key: String) throws(Diagnostic) -> [String] {
        let names: [String]
        if let items = node.items {
            names = try items.map { item throws(Diagnostic) in try text(item, key) }
        } else {
            names = try text(node, key).split(separator: ",").map(String.init)
        }
        return names.map(\.trimmingSpacesAndNewlines).filter { !$0.isEmpty }
    }

    func flag(_ node: YAMLNode?, _ key: String) throws(Diagnostic) -> Bool {
        guard let node else { return false }
        switch node.json {
        case .bool(let flag): return flag
        case .null: return false
        default: throw error("'\(key)' must be true or false", at: node)
        }
    }

    /// One entry of `body`.
    func element(_ node: YAMLNode) throws(Diagnostic) -> IssueFormElement {
        guard node.entries != nil else { throw error("each element of 'body' is a mapping with a 'type'", at: node) }
        guard let typeNode = node["type"] else { throw error("this element has no 'type'", at: node) }
        let typeName = try text(typeNode, "type")
        guard let kind = IssueFormElement.Kind(rawValue: typeName) else {
            let known = IssueFormElement.Kind.allCases.map(\.rawValue).joined(separator: ", ")
            throw error("unknown element type '\(typeName)' (expected \(known))", at: typeNode)
        }
        let attributes = node["attributes"]
        if let attributes, attributes.entries == nil { throw error("'attributes' must be a mapping", at: attributes) }
        let attribute = { (key: String) throws(Diagnostic) -> String? in
            try attributes?[key].map { value throws(Diagnostic) in try text(value, key) }
        }
        let id = try node["id"].map { value throws(Diagnostic) in try text(value, "id") }.flatMap(\.nonEmpty)
        var element = IssueFormElement(
            kind: kind, id: id, label: try attribute("label") ?? "", value: "", render: nil,
            required: try flag(node["validations"]?["required"], "required"),
            options: [], requiredOptions: [], multiple: false, defaultOption: nil, line: node.line
        )
        if kind == .markdown {
            guard let value = try attribute("value"), !value.isEmpty else { throw error("a markdown element needs 'attributes.value'", at: node) }
            element.value = value
            return element
        }
        guard !element.label.trimmingSpacesAndNewlines.isEmpty else { throw error("a \(kind.rawValue) element needs 'attributes.label'", at: node) }
        switch kind {
        case .input, .textarea:
            element.value = try attribute("value") ?? ""
            if kind == .textarea { element.render = try attribute("render").flatMap(\.nonEmpty) }
        case .dropdown:
            element.options = try options(of: node, attributes: attributes).map { item throws(Diagnostic) in try text(item, "options") }
            element.multiple = try flag(attributes?["multiple"], "multiple")
            if let defaultNode = attributes?["default"] {
                guard case .int(let index) = defaultNode.json, element.options.indices.contains(index) else {
                    throw error("'default' must be the index of an option (0 to \(element.options.count - 1))", at: defaultNode)
                }
                element.defaultOption = index
            }
        case .checkboxes:
            for option in try options(of: node, attributes: attributes) {
                guard let label = option["label"] else { throw error("each checkbox option needs a 'label'", at: option) }
                element.options.append(try text(label, "label"))
                element.requiredOptions.append(try flag(option["required"], "required"))
            }
        case .markdown:
            break
        }
        return element
    }

    private func options(of node: YAMLNode, attributes: YAMLNode?) throws(Diagnostic) -> [YAMLNode] {
        guard let list = attributes?["options"] else { throw error("this element needs 'attributes.options'", at: node) }
        guard let items = list.items, !items.isEmpty else { throw error("'options' must be a non-empty list", at: list) }
        return items
    }
}
