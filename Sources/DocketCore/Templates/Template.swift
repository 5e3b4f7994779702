/// A parsed Mustache template: parse once with `init(parsing:path:)`, render many times.
///
/// Implements the spec's required modules (interpolation, sections, inverted sections,
/// comments, partials and set delimiters) without lambdas.
public struct Template: Sendable {
    let program: TemplateProgram

    /// Parses `source`; `path` is what diagnostics name.
    ///
    /// Throws a `Diagnostic` pointing at the offending tag for an unclosed, mismatched or
    /// unexpected section tag, an unterminated tag, a malformed delimiter change, or an empty
    /// tag name (or one containing whitespace).
    public init(parsing source: String, path: String = "<template>") throws(Diagnostic) {
        let text = TemplateSource(source, path: path)
        program = TemplateProgram(source: text, nodes: try TemplateParser.parse(text))
    }

    /// The path given when parsing.
    public var path: String { program.source.path }

    /// Renders against `context`. Missing names render as empty.
    ///
    /// Throws what `partials` throws, a `Diagnostic` when partials nest deeper than 256
    /// (a partial including itself without end), and one as soon as the output would be longer
    /// than `maximumLength` UTF-8 bytes, so a template that multiplies its text stops early.
    public func render(
        _ context: JSONValue, escaping: TemplateEscaping = .none, partials: PartialResolver = .none,
        maximumLength: Int = .max
    ) throws -> String {
        var renderer = TemplateRenderer(escaping: escaping, partials: partials, maximumLength: maximumLength)
        return try renderer.render(program, context: context)
    }

    /// Whether `source` has a Mustache tag with the default delimiters: a `{{` with a `}}`
    /// after it. Tells a Mustache template from a plain bracket-placeholder one.
    public static func containsTags(_ source: String) -> Bool {
        guard let open = source.firstRange(of: "{{") else { return false }
        return source[open.upperBound...].contains("}}")
    }
}
