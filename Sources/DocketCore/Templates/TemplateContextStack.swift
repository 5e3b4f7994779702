/// The context stack of a render: the root value, then one entry per open section.
///
/// Names resolve only in objects, so the positions of object entries are kept on their own
/// stack; a lookup skips the other entries (list items, `true`) without visiting them, which
/// keeps thousands of nested `{{#flag}}` sections linear.
struct TemplateContextStack {
    private var values: [JSONValue]
    /// Indices into `values` of the entries that are objects, in increasing order.
    private var objects: [Int] = []

    init(_ root: JSONValue) {
        values = []
        push(root)
    }

    /// The innermost context: what `{{.}}` prints.
    var top: JSONValue { values[values.count - 1] }

    mutating func push(_ value: JSONValue) {
        if case .object = value { objects.append(values.count) }
        values.append(value)
    }

    /// Removes the innermost context; the root is never removed because pushes and pops pair up.
    mutating func pop() {
        values.removeLast()
        if objects.last == values.count { objects.removeLast() }
    }

    /// Replaces the innermost context, as a list section does for each of its items.
    mutating func replaceTop(with value: JSONValue) {
        pop()
        push(value)
    }

    /// Resolves a name as the spec says: the innermost context that has the first component
    /// wins, and the later components look only inside what it found. Misses are `null`.
    func lookup(_ name: TemplateName) -> JSONValue {
        guard let first = name.components.first else { return top }
        var position = objects.count
        var found: JSONValue?
        while found == nil, position > 0 {
            position -= 1
            found = values[objects[position]][first]
        }
        guard var value = found else { return .null }
        for key in name.components.dropFirst() {
            guard let next = value[key] else { return .null }
            value = next
        }
        return value
    }
}
