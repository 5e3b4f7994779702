/// A line and column in a template, counted from 1; columns count Unicode characters.
struct TemplatePosition: Sendable, Equatable {
    var line: Int
    var column: Int
}

/// A tag name split at its dots. No components means the implicit iterator `{{.}}`.
struct TemplateName: Sendable, Equatable {
    let components: [String]

    init(_ text: String) {
        components = text == "." ? [] : text.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
    }
}

/// One node of a parsed template.
///
/// The tree is stored flat: a section's children are the nodes after it up to its `end`
/// index. Building, rendering and freeing a template therefore never recurse per nesting
/// level, so 10,000 nested sections cost memory, not stack.
enum TemplateNode: Sendable {
    case text(String)
    /// The start of a source line: where the indentation of a standalone partial goes.
    case lineStart
    case variable(TemplateName, escaped: Bool, at: TemplatePosition)
    /// Children are the nodes in `index + 1 ..< end`.
    case section(TemplateName, inverted: Bool, end: Int, at: TemplatePosition)
    /// `indentation` is `nil` for an inline partial tag and the tag's leading whitespace for a
    /// standalone one, whose every line the spec indents by it.
    case partial(String, indentation: String?, at: TemplatePosition)
}

/// What a `Template` holds: its nodes and its source, kept for render-time diagnostics.
/// A class, so that render frames and partial caches share it without copying.
final class TemplateProgram: Sendable {
    let source: TemplateSource
    let nodes: [TemplateNode]

    init(source: TemplateSource, nodes: [TemplateNode]) {
        self.source = source
        self.nodes = nodes
    }
}
