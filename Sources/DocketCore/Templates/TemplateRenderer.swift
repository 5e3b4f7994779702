/// Renders a template without recursion: sections and partials push frames on an explicit
/// stack, so deeply nested sections cannot overflow the call stack.
struct TemplateRenderer {
    /// How deeply sections may nest while rendering (counting sections in partials). Parsing
    /// takes any depth; the cap bounds the work of each name lookup, which walks the context stack.
    static let maximumSectionDepth = 512

    /// How deeply partials may include partials before rendering stops with an error,
    /// which is what a partial including itself without end runs into.
    static let maximumPartialDepth = 256

    /// A run of nodes being rendered: a whole template, or the children of a section.
    private struct Frame {
        enum Kind { case root, section, partial }

        let program: TemplateProgram
        let start: Int
        let end: Int
        var index: Int
        let indentation: String
        /// The items a list section renders its children for; empty for every other frame.
        let items: [JSONValue]
        var itemIndex = 0
        let pushedContext: Bool
        let kind: Kind
        /// The section or partial tag that opened the frame; `nil` for the root.
        let opener: (source: TemplateSource, position: TemplatePosition)?

        init(
            _ program: TemplateProgram, _ range: Range<Int>, indentation: String,
            items: [JSONValue] = [], pushedContext: Bool = false, kind: Kind = .section,
            opener: (source: TemplateSource, position: TemplatePosition)? = nil
        ) {
            self.program = program
            start = range.lowerBound
            end = range.upperBound
            index = range.lowerBound
            self.indentation = indentation
            self.items = items
            self.pushedContext = pushedContext
            self.kind = kind
            self.opener = opener
        }
    }

    private let escaping: TemplateEscaping
    private let partials: PartialResolver
    /// The most UTF-8 bytes the output may hold; rendering stops with an error as soon as it would hold more.
    private let maximumLength: Int
    /// Partials resolved during this render, so the resolver is asked once per name.
    private var resolved: [String: TemplateProgram?] = [:]

    init(escaping: TemplateEscaping, partials: PartialResolver, maximumLength: Int = .max) {
        self.escaping = escaping
        self.partials = partials
        self.maximumLength = maximumLength
    }

    mutating func render(_ root: TemplateProgram, context: JSONValue) throws -> String {
        var out = ""
        var contexts = TemplateContextStack(context)
        var frames = [Frame(root, 0..<root.nodes.count, indentation: "", kind: .root)]
        var partialDepth = 0
        var sectionDepth = 0
        while let top = frames.indices.last {
            guard frames[top].index < frames[top].end else {
                if frames[top].itemIndex + 1 < frames[top].items.count {
                    frames[top].itemIndex += 1
                    contexts.replaceTop(with: frames[top].items[frames[top].itemIndex])
                    frames[top].index = frames[top].start
                } else {
                    let finished = frames.removeLast()
                    if finished.pushedContext { contexts.pop() }
                    switch finished.kind {
                    case .root: break
                    case .section: sectionDepth -= 1
                    case .partial: partialDepth -= 1
                    }
                }
                continue
            }
            let program = frames[top].program
            let node = program.nodes[frames[top].index]
            frames[top].index += 1
            switch node {
            case .text(let text):
                out += text
                try checkLength(out, root: root, frames: frames)
            case .lineStart:
                out += frames[top].indentation
                try checkLength(out, root: root, frames: frames)
            case .variable(let name, let escaped, _):
                (escaped ? escaping : .none).append(contexts.lookup(name).mustacheText, to: &out)
                try checkLength(out, root: root, frames: frames)
            case .section(let name, let inverted, let end, let position):
                let children = frames[top].index..<end
                let indentation = frames[top].indentation
                frames[top].index = end
                let value = contexts.lookup(name)
                guard inverted != value.isMustacheTruthy else { continue }
                guard sectionDepth < Self.maximumSectionDepth else {
                    throw program.source.diagnostic("sections nested deeper than \(Self.maximumSectionDepth)", at: position)
                }
                sectionDepth += 1
                if inverted {
                    frames.append(Frame(program, children, indentation: indentation, opener: (program.source, position)))
                } else if case .array(let items) = value, let first = items.first {
                    contexts.push(first)
                    frames.append(Frame(program, children, indentation: indentation, items: items, pushedContext: true, opener: (program.source, position)))
                } else {
                    contexts.push(value)
                    frames.append(Frame(program, children, indentation: indentation, pushedContext: true, opener: (program.source, position)))
                }
            case .partial(let name, let ownIndentation, let position):
                guard let partial = try resolve(name) else { continue }
                guard partialDepth < Self.maximumPartialDepth else {
                    throw program.source.diagnostic(
                        "partials nested deeper than \(Self.maximumPartialDepth) at '\(name)'; does a partial include itself?",
                        at: position)
                }
                partialDepth += 1
                let indentation = ownIndentation.map { frames[top].indentation + $0 } ?? ""
                frames.append(Frame(partial, 0..<partial.nodes.count, indentation: indentation, kind: .partial, opener: (program.source, position)))
            }
        }
        return out
    }

    /// Throws once `out` is longer than the limit, pointing at the tag in the template itself
    /// (not in a partial) whose section or partial the output grew in.
    private func checkLength(_ out: String, root: TemplateProgram, frames: [Frame]) throws {
        guard out.utf8.count > maximumLength else { return }
        let message = "the rendered text would be larger than \(Self.describe(maximumLength)); rendering stopped"
        guard frames.count > 1, let opener = frames[1].opener else {
            throw Diagnostic(message, at: SourceLocation(path: root.source.path, line: 1))
        }
        throw opener.source.diagnostic(message + " in the section or partial here", at: opener.position)
    }

    /// A byte count for a message: `10 MB` for 10 * 1024 * 1024.
    private static func describe(_ bytes: Int) -> String {
        bytes >= 1 << 20 && bytes % (1 << 20) == 0 ? "\(bytes >> 20) MB" : "\(bytes) bytes"
    }

    private mutating func resolve(_ name: String) throws -> TemplateProgram? {
        if let known = resolved[name] { return known }
        let program = try partials.template(named: name)?.program
        resolved[name] = program
        return program
    }
}
