/// Builds a template's nodes from its scanned tags: applies the spec's standalone-line rules,
/// matches sections with an explicit stack (no recursion per nesting level) and reports
/// structural errors.
struct TemplateParser {
    private struct OpenSection {
        let index: Int
        let name: String
        let position: TemplatePosition
    }

    private let source: TemplateSource
    private var nodes: [TemplateNode] = []

    private init(_ source: TemplateSource) {
        self.source = source
    }

    /// The nodes of `source`, or the first error in it.
    static func parse(_ source: TemplateSource) throws(Diagnostic) -> [TemplateNode] {
        var parser = TemplateParser(source)
        try parser.build()
        return parser.nodes
    }

    private mutating func build() throws(Diagnostic) {
        let (tags, scanError) = TemplateScanner.scan(source)
        var open: [OpenSection] = []
        var textStart = 0
        for (number, tag) in tags.enumerated() {
            let previousEnd = number == 0 ? 0 : tags[number - 1].range.upperBound
            let nextStart = number + 1 < tags.count ? tags[number + 1].range.lowerBound : source.bytes.count
            let line = tag.kind.canStandAlone ? standaloneLine(of: tag.range, after: previousEnd, before: nextStart) : nil
            appendText(textStart..<(line?.lowerBound ?? tag.range.lowerBound))
            textStart = line?.upperBound ?? tag.range.upperBound
            if line == nil, isLineStart(tag.range.lowerBound) { nodes.append(.lineStart) }

            switch tag.kind {
            case .variable(let escaped):
                nodes.append(.variable(TemplateName(tag.name), escaped: escaped, at: tag.position))
            case .section, .inverted:
                open.append(OpenSection(index: nodes.count, name: tag.name, position: tag.position))
                nodes.append(.section(TemplateName(tag.name), inverted: tag.kind == .inverted, end: 0, at: tag.position))
            case .close:
                guard let section = open.popLast() else {
                    throw source.diagnostic("unexpected closing tag '\(tag.name)'", at: tag.position)
                }
                guard section.name == tag.name else {
                    throw source.diagnostic(
                        "closing tag '\(tag.name)' does not match open section '\(section.name)'", at: tag.position)
                }
                close(section)
            case .partial:
                let indentation = line.map { source.text($0.lowerBound..<tag.range.lowerBound) }
                nodes.append(.partial(tag.name, indentation: indentation, at: tag.position))
            case .comment, .delimiters:
                break
            }
        }
        if let scanError { throw scanError }
        appendText(textStart..<source.bytes.count)
        if let section = open.last {
            throw source.diagnostic("unclosed section '\(section.name)'", at: section.position)
        }
    }

    /// Records where the children of an open section end.
    private mutating func close(_ section: OpenSection) {
        guard case .section(let name, let inverted, _, let position) = nodes[section.index] else { return }
        nodes[section.index] = .section(name, inverted: inverted, end: nodes.count, at: position)
    }

    /// The whole line of a standalone tag (leading blanks through the line break), or `nil`
    /// when the tag shares its line with text or other tags.
    private func standaloneLine(of tag: Range<Int>, after previousEnd: Int, before nextStart: Int) -> Range<Int>? {
        let bytes = source.bytes
        var start = tag.lowerBound
        while start > previousEnd, Self.isBlank(bytes[start - 1]) { start -= 1 }
        guard start == 0 || (start > previousEnd && bytes[start - 1] == UInt8(ascii: "\n")) else { return nil }
        var end = tag.upperBound
        while end < nextStart, Self.isBlank(bytes[end]) { end += 1 }
        if end == bytes.count { return start..<end }
        guard end < nextStart else { return nil }
        if bytes[end] == UInt8(ascii: "\n") { return start..<(end + 1) }
        if bytes[end] == UInt8(ascii: "\r"), end + 1 < nextStart, bytes[end + 1] == UInt8(ascii: "\n") {
            return start..<(end + 2)
        }
        return nil
    }

    /// Appends text, with a `lineStart` node before every line that begins in it and is not empty.
    private mutating func appendText(_ range: Range<Int>) {
        let bytes = source.bytes
        var chunkStart = range.lowerBound
        var index = range.lowerBound
        while index < range.upperBound {
            if isLineStart(index), !isEmptyLine(at: index) {
                if chunkStart < index { nodes.append(.text(source.text(chunkStart..<index))) }
                nodes.append(.lineStart)
                chunkStart = index
            }
            guard let newline = bytes[index..<range.upperBound].firstIndex(of: UInt8(ascii: "\n")) else { break }
            index = newline + 1
        }
        if chunkStart < range.upperBound { nodes.append(.text(source.text(chunkStart..<range.upperBound))) }
    }

    private func isLineStart(_ offset: Int) -> Bool {
        offset == 0 || source.bytes[offset - 1] == UInt8(ascii: "\n")
    }

    private func isEmptyLine(at offset: Int) -> Bool {
        let bytes = source.bytes
        return bytes[offset] == UInt8(ascii: "\n")
            || (bytes[offset] == UInt8(ascii: "\r") && offset + 1 < bytes.count && bytes[offset + 1] == UInt8(ascii: "\n"))
    }

    private static func isBlank(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t")
    }
}

extension ScannedTag.Kind {
    /// Whether a tag of this kind removes its line when it stands alone on it (variables never do).
    var canStandAlone: Bool {
        if case .variable = self { return false }
        return true
    }
}
