/// The parser behind `YAMLDocument`: a cursor over the text's scalars (line breaks already
/// `\n`) that reads block collections by the column their entries start at.
struct YAMLReader {
    let path: String
    let scalars: [Unicode.Scalar]
    var index = 0
    /// The current line, counted from 1.
    var line = 1
    /// The current column, counted from 0 (so it is the indentation at a line's first character).
    var column = 0

    init(path: String, scalars: [Unicode.Scalar]) {
        self.path = path
        self.scalars = scalars
    }

    /// A position to go back to.
    struct Mark {
        let index: Int
        let line: Int
        let column: Int
    }

    var mark: Mark { Mark(index: index, line: line, column: column) }

    mutating func reset(to mark: Mark) {
        index = mark.index
        line = mark.line
        column = mark.column
    }

    var atEnd: Bool { index >= scalars.count }

    func peek(_ offset: Int = 0) -> Unicode.Scalar? {
        index + offset < scalars.count ? scalars[index + offset] : nil
    }

    /// The scalar at the cursor, or U+0000 at the end (which `YAMLDocument` never lets into the text).
    var current: Unicode.Scalar { peek() ?? "\u{0}" }

    mutating func advance(_ count: Int = 1) {
        for _ in 0..<count where index < scalars.count {
            if scalars[index] == "\n" {
                line += 1
                column = 0
            } else {
                column += 1
            }
            index += 1
        }
    }

    /// Whether `scalar` ends a token: a space, tab, line break or the end of the text.
    static func isBlank(_ scalar: Unicode.Scalar?) -> Bool {
        scalar == nil || scalar == " " || scalar == "\t" || scalar == "\n"
    }

    func error(_ message: String, line: Int? = nil) -> Diagnostic {
        Diagnostic(message, at: SourceLocation(path: path, line: line ?? self.line))
    }

    /// Whether the cursor is at `---` or `...` at the start of a line.
    func atDocumentMarker(_ marker: String) -> Bool {
        guard column == 0 else { return false }
        let marks = Array(marker.unicodeScalars)
        return (0..<3).allSatisfy { peek($0) == marks[$0] } && YAMLReader.isBlank(peek(3))
    }

    /// Moves past spaces on this line; a tab is an error, as it is for PyYAML.
    mutating func skipSpaces() throws(Diagnostic) {
        while let scalar = peek(), scalar == " " || scalar == "\t" {
            if scalar == "\t" { throw error("a tab cannot indent or separate YAML; use spaces") }
            advance()
        }
    }

    /// Moves past spaces, comments and line breaks to the next content (or the end).
    mutating func skipToContent() throws(Diagnostic) {
        while true {
            try skipSpaces()
            if peek() == "#" {
                while let scalar = peek(), scalar != "\n" { advance() }
            }
            guard peek() == "\n" else { return }
            advance()
        }
    }

    /// After a value on its line: only spaces and a comment may follow.
    mutating func expectLineEnd() throws(Diagnostic) {
        let start = index
        try skipSpaces()
        if atEnd || peek() == "\n" { return }
        if peek() == "#", index > start { return }
        throw error("unexpected text after the value; quote the whole value")
    }

    /// The whole document: one node, then only comments (or a closing `...`).
    mutating func readDocument() throws(Diagnostic) -> YAMLNode {
        try skipToContent()
        if peek() == "%", column == 0 { throw error("YAML directives ('%') are not supported") }
        if atDocumentMarker("---") { advance(3) }
        let root = try readBlockNode(parentIndent: -1, afterKey: false)
        try skipToContent()
        if atDocumentMarker("...") {
            advance(3)
            try skipToContent()
        }
        if atDocumentMarker("---") || !atEnd && column == 0 && peek() == "%" || atDocumentMarker("...") {
            throw error("only one YAML document is supported")
        }
        if !atEnd { throw error("unexpected text; check the indentation of this line") }
        return root
    }

    /// A node in block context. `parentIndent` is the column of the collection that holds it;
    /// `afterKey` says it follows a mapping key, where a sequence may sit at the key's own column
    /// and where no collection may start on the key's line.
    mutating func readBlockNode(parentIndent: Int, afterKey: Bool) throws(Diagnostic) -> YAMLNode {
        let startLine = line
        try skipToContent()
        if atEnd || atDocumentMarker("---") || atDocumentMarker("...") { return .empty(line: startLine) }
        let onOwnLine = line != startLine
        if onOwnLine, column <= parentIndent {
            if afterKey, column == parentIndent, atSequenceEntry { return try readBlockSequence(indent: column) }
            return .empty(line: startLine)
        }
        let sameLineAsKey = afterKey && !onOwnLine
        let indent = column
        let nodeLine = line
        switch current {
        case "-" where YAMLReader.isBlank(peek(1)):
            if sameLineAsKey { throw error("a block sequence cannot start on its key's line; start it on the next line") }
            return try readBlockSequence(indent: indent)
        case "|", ">":
            return try readBlockScalar(parentIndent: parentIndent)
        case "[", "{":
            let node = try readFlowCollection()
            try skipSpaces()
            if peek() == ":" { throw error("a flow collection as a mapping key is not supported") }
            try expectLineEnd()
            return node
        case "\"", "'":
            let node = try readQuotedScalar()
            let afterValue = mark
            try skipSpaces()
            guard peek() == ":", YAMLReader.isBlank(peek(1)) else {
                reset(to: afterValue)
                try expectLineEnd()
                return node
            }
            if line != nodeLine { throw error("a mapping key cannot span lines", line: nodeLine) }
            if sameLineAsKey { throw error("mapping values are not allowed here; start the nested mapping on the next line") }
            return try readBlockMapping(indent: indent, firstKey: node)
        default:
            try rejectUnsupportedStart()
            let first = try readPlainSegment(flow: false)
            if peek() == ":", YAMLReader.isBlank(peek(1)) {
                if sameLineAsKey { throw error("mapping values are not allowed here; start the nested mapping on the next line") }
                return try readBlockMapping(indent: indent, firstKey: YAMLNode(value: .scalar(first, plain: true), line: nodeLine))
            }
            return try readPlainContinuation(first, line: nodeLine, parentIndent: parentIndent, flow: false)
        }
    }

    var atSequenceEntry: Bool { peek() == "-" && YAMLReader.isBlank(peek(1)) }

    /// Entries `- item` at column `indent`.
    mutating func readBlockSequence(indent: Int) throws(Diagnostic) -> YAMLNode {
        let startLine = line
        var items: [YAMLNode] = []
        repeat {
            advance()
            items.append(try readBlockNode(parentIndent: indent, afterKey: false))
            try skipToContent()
            if atEnd || column < indent || atDocumentMarker("---") || atDocumentMarker("...") { break }
            if column > indent { throw error("unexpected indentation; a sequence item continues at its '-' column") }
        } while atSequenceEntry
        return YAMLNode(value: .sequence(items), line: startLine)
    }

    /// Entries `key: value` at column `indent`; the cursor is at the first key's `:`.
    mutating func readBlockMapping(indent: Int, firstKey: YAMLNode) throws(Diagnostic) -> YAMLNode {
        var entries: [(key: YAMLNode, value: YAMLNode)] = []
        var seen: Set<String> = []
        var key = firstKey
        while true {
            if case .scalar("<<", plain: true) = key.value { throw error("merge keys ('<<') are not supported", line: key.line) }
            guard seen.insert(YAMLResolution.keyText(key.json)).inserted else {
                throw error("duplicate key '\(key.text ?? "")'", line: key.line)
            }
            advance()
            entries.append((key, try readBlockNode(parentIndent: indent, afterKey: true)))
            try skipToContent()
            if atEnd || column < indent || atDocumentMarker("---") || atDocumentMarker("...") { break }
            if column > indent { throw error("unexpected indentation; a mapping's keys line up at one column") }
            key = try readKey()
        }
        return YAMLNode(value: .mapping(entries), line: firstKey.line)
    }

    /// A block mapping key on one line, with the cursor left at its `:`.
    private mutating func readKey() throws(Diagnostic) -> YAMLNode {
        let keyLine = line
        let key: YAMLNode
        switch current {
        case "\"", "'":
            key = try readQuotedScalar()
            if line != keyLine { throw error("a mapping key cannot span lines", line: keyLine) }
            try skipSpaces()
        case "[", "{":
            throw error("a flow collection as a mapping key is not supported")
        case "-" where YAMLReader.isBlank(peek(1)):
            throw error("expected 'key: value' here, not a sequence item; check the indentation")
        default:
            try rejectUnsupportedStart()
            key = YAMLNode(value: .scalar(try readPlainSegment(flow: false), plain: true), line: keyLine)
        }
        guard peek() == ":", YAMLReader.isBlank(peek(1)) else {
            throw error("expected 'key: value' (a ':' and a space after the key)", line: keyLine)
        }
        return key
    }

    /// Errors for the YAML this reader leaves out, at the character that starts it.
    mutating func rejectUnsupportedStart() throws(Diagnostic) {
        switch current {
        case "&": throw error("anchors ('&') are not supported")
        case "*": throw error("aliases ('*') are not supported")
        case "!": throw error("tags ('!') are not supported")
        case "?" where YAMLReader.isBlank(peek(1)): throw error("complex keys ('? ') are not supported")
        case ":" where YAMLReader.isBlank(peek(1)): throw error("a mapping key cannot be empty")
        case "%" where column == 0: throw error("YAML directives ('%') are not supported")
        case "|", ">": throw error("a block scalar ('\(current)') cannot be a key or sit inside a flow collection")
        case "@", "`": throw error("'\(current)' cannot start a plain value; quote the value")
        case ",", "]", "}": throw error("unexpected '\(current)'; quote the value")
        default: break
        }
    }
}
