extension IssueNNNDocument {
    /// Reads already split lines; see `init(text:fileName:path:)` for the rules.
    init(lines: IssueNNNLines, fileName: String, path: String) {
        var parser = IssueNNNParser(lines: lines, path: path)
        parser.readFileName(fileName)
        parser.readHeading()
        parser.readMetadata()
        parser.readBody()
        self = parser.document
    }
}

/// The single pass behind `IssueNNNDocument`'s initialiser.
private struct IssueNNNParser {
    let lines: IssueNNNLines
    var document: IssueNNNDocument
    /// Index of the first line after the heading (or where the heading should have been).
    var metadataStart = 0

    init(lines: IssueNNNLines, path: String) {
        self.lines = lines
        document = IssueNNNDocument(path: path, lineCount: lines.count)
    }

    mutating func error(_ message: String, line index: Int) {
        document.errors.append(diagnostic(message, line: index))
    }

    mutating func warning(_ message: String, line index: Int) {
        document.warnings.append(diagnostic(message, line: index))
    }

    private func diagnostic(_ message: String, line index: Int) -> Diagnostic {
        let source = index < lines.count ? lines.contents[index] : nil
        return Diagnostic(message, at: SourceLocation(path: document.path, line: index + 1), sourceLine: source)
    }

    mutating func readFileName(_ fileName: String) {
        guard let parts = IssueNNNDocument.parseFileName(fileName) else {
            let name = fileName.split(separator: "/").last.map(String.init) ?? fileName
            error("file name `\(name)` does not read `PREFIX-NNN-slug.md`", line: 0)
            return
        }
        document.fileID = IssueKey(prefix: parts.prefix, number: parts.number)
        document.slug = parts.slug
    }

    mutating func readHeading() {
        var index = 0
        while index < lines.count {
            let line = lines.contents[index]
            if IssueNNNSyntax.isBlank(line) {
                index += 1
            } else if IssueNNNSyntax.trimmed(line).hasPrefix("<!--") {
                index = endOfComment(from: index) + 1
            } else {
                break
            }
        }
        metadataStart = index
        document.contentStartLine = index + 1
        guard index < lines.count else {
            error(lines.count == 0 ? "file is empty" : "missing `# PREFIX-NNN: Title` heading", line: 0)
            return
        }
        guard let heading = IssueNNNSyntax.heading(lines.contents[index]), heading.level == 1 else {
            error("missing `# PREFIX-NNN: Title` heading", line: index)
            return
        }
        document.headingLine = index + 1
        metadataStart = index + 1
        readHeadingText(heading.title, line: index)
    }

    /// The index of the line that closes the HTML comment opened on line `start`.
    private func endOfComment(from start: Int) -> Int {
        let first = lines.contents[start]
        if let open = first.firstRange(of: "<!--"), first[open.upperBound...].contains("-->") { return start }
        var index = start + 1
        while index < lines.count, !lines.contents[index].contains("-->") { index += 1 }
        return min(index, lines.count - 1)
    }

    private mutating func readHeadingText(_ text: String, line index: Int) {
        guard let (id, rest) = IssueKey.leadingPrefixed(in: Substring(text)) else {
            document.title = text
            error("heading does not start with `PREFIX-NNN:`", line: index)
            return
        }
        document.headingID = id
        var title = rest
        if title.first == ":" {
            title = title.dropFirst()
        } else {
            title = title.drop { " \t-–—".contains($0) }
            if !title.isEmpty { warning("heading should read `# \(id): Title`", line: index) }
        }
        document.title = IssueNNNSyntax.trimmed(title)
        if document.title?.isEmpty == true { warning("heading has no title", line: index) }
        if let fileID = document.fileID, fileID != id {
            warning("heading says \(id) but the file name says \(fileID)", line: index)
        }
    }

    mutating func readMetadata() {
        var block = IssueNNNMetadataScan()
        var index = metadataStart
        var terminator: Int?
        while index < lines.count {
            let line = lines.contents[index]
            if IssueNNNSyntax.isSeparator(line) || IssueNNNSyntax.heading(line) != nil
                || IssueNNNSyntax.fence(line) != nil {
                terminator = index
                break
            }
            if !block.take(line, at: index) { break }
            index += 1
        }
        let stoppedAtProse = block.stop != nil || !block.closeParagraph()
        let end = block.stop ?? terminator ?? lines.count
        if !stoppedAtProse, let terminator, IssueNNNSyntax.isSeparator(lines.contents[terminator]) {
            document.separatorLine = terminator + 1
            document.bodyStartLine = terminator + 2
        } else if block.firstParagraphHadField == false {
            block.fields = []
            block.malformed = []
            document.bodyStartLine = metadataStart + 1
        } else {
            document.bodyStartLine = end + 1
        }
        record(block)
    }

    private mutating func record(_ block: IssueNNNMetadataScan) {
        document.fields = block.fields
        for index in block.malformed {
            warning("not a `**Key**: value` field; ignored", line: index)
        }
        var firstLines: [String: Int] = [:]
        for field in block.fields {
            let key = IssueNNNSyntax.normalizedKey(field.key)
            if let first = firstLines[key] {
                warning("field `\(field.key)` appears again (first on line \(first)); the first one counts", line: field.line - 1)
            } else {
                firstLines[key] = field.line
            }
        }
        if block.fields.isEmpty {
            guard lines.count > 0 else { return }
            warning("no `**Key**: value` metadata", line: document.headingLine.map { $0 - 1 } ?? metadataStart)
        } else if document.separatorLine == nil, let last = block.fields.last {
            warning("metadata block is not closed by a `---` line", line: last.lastLine - 1)
        }
    }

    mutating func readBody() {
        let start = document.bodyStartLine - 1
        var body = ""
        var openFence: (marker: Character, length: Int)?
        var fenceLine = 0
        for index in start..<max(start, lines.count) {
            let line = lines.contents[index]
            body += line + lines.endings[index]
            if let fence = openFence {
                if IssueNNNSyntax.closesFence(line, fence) { openFence = nil }
                continue
            }
            if let fence = IssueNNNSyntax.fence(line) {
                openFence = fence
                fenceLine = index
            } else if let heading = IssueNNNSyntax.heading(line) {
                document.sections.append(IssueNNNSection(title: heading.title, level: heading.level, line: index + 1))
            } else if IssueNNNSyntax.isSeparator(line) {
                document.ruleLines.append(index + 1)
            } else {
                for item in IssueNNNFooter.items(in: line) {
                    let found = IssueNNNFooterItem(line: index + 1, value: IssueNNNSyntax.trimmed(line[item.valueRange]))
                    if item.kind == .filed { document.filed = found } else { document.resolved = found }
                }
            }
        }
        document.body = body
        if openFence != nil { warning("code block opened here is never closed", line: fenceLine) }
    }
}

/// The metadata lines seen so far, grouped in paragraphs (runs of non-blank lines).
private struct IssueNNNMetadataScan {
    var fields: [IssueNNNField] = []
    /// Indexes of lines that are neither fields nor continuations.
    var malformed: [Int] = []
    /// Where the block ended early: the first line of a paragraph without fields, after fields.
    var stop: Int?
    /// Whether the first paragraph held a field; `nil` before any paragraph ended.
    var firstParagraphHadField: Bool?
    private var paragraphStart: Int?
    private var paragraphHasField = false
    private var paragraphMalformed: [Int] = []
    private var continuing = false

    /// Takes one line; `false` when the block ends before it.
    mutating func take(_ line: String, at index: Int) -> Bool {
        if IssueNNNSyntax.isBlank(line) {
            continuing = false
            return closeParagraph()
        }
        if paragraphStart == nil { paragraphStart = index }
        if let field = IssueNNNField.parse(line, number: index + 1) {
            fields.append(field)
            paragraphHasField = true
            continuing = true
        } else if continuing, IssueNNNField.isContinuation(line), !fields.isEmpty {
            fields[fields.count - 1].continuation.append(line)
        } else {
            paragraphMalformed.append(index)
            continuing = false
        }
        return true
    }

    /// Ends the current paragraph; `false` (and `stop` set) when it ends the block.
    mutating func closeParagraph() -> Bool {
        guard let start = paragraphStart else { return true }
        let hadFieldsBefore = fields.contains { $0.line - 1 < start }
        if !paragraphHasField, hadFieldsBefore {
            stop = start
            return false
        }
        if firstParagraphHadField == nil { firstParagraphHadField = paragraphHasField }
        malformed += paragraphMalformed
        paragraphStart = nil
        paragraphHasField = false
        paragraphMalformed = []
        return true
    }
}
