/// What a parsed template does with a name, found by walking its nodes rather than its text.
extension Template {
    /// Whether rendering can print the value of `name`: a variable tag (`{{name}}`,
    /// `{{{name}}}`, `{{& name}}`, or a dotted name starting with it) or a section on it
    /// (`{{#name}}`), in this template or in a partial it includes. An inverted section alone
    /// (`{{^name}}`) only shows text when the value is missing, so it is no place for it.
    ///
    /// Partials are looked up through `partials` once each; a partial including itself ends the walk.
    public func hasPlace(for name: String, partials: PartialResolver = .none) throws -> Bool {
        var pending = [program]
        var visited: Set<String> = []
        while let current = pending.popLast() {
            for node in current.nodes {
                switch node {
                case .variable(let tag, _, _), .section(let tag, inverted: false, _, _):
                    if tag.components.first == name { return true }
                case .partial(let partial, _, _):
                    if visited.insert(partial).inserted, let template = try partials.template(named: partial) {
                        pending.append(template.program)
                    }
                case .text, .lineStart, .section:
                    break
                }
            }
        }
        return false
    }
}
