/// How a closed dialect issue says why and by what it was closed, as `close` and the commit
/// hook write it: a note after the `*Resolved:*` date (`2026-03-02 - Resolved in 4f2a9c1: reason`),
/// else the first paragraph of `## Resolution` (`Resolved in 4f2a9c1: reason`, or the reason alone).
extension IssueNNNDocument {
    /// The closing reason and commit; both `nil` when the file says neither (an unfilled
    /// `[placeholder]` Resolution says nothing).
    public var resolution: (reason: String?, commit: String?) {
        guard let text = resolvedNote ?? resolutionParagraph else { return (nil, nil) }
        return Self.splittingCommit(from: text)
    }

    /// `Resolved in SHA: reason` → (`reason`, `SHA`); `Resolved in SHA` → (nil, `SHA`); any
    /// other text is the reason. A SHA is 7 to 40 hexadecimal digits.
    static func splittingCommit(from text: String) -> (reason: String?, commit: String?) {
        let lead = "resolved in "
        guard text.lowercased().hasPrefix(lead) else { return (text, nil) }
        let rest = text.dropFirst(lead.count)
        let sha = rest.prefix { $0.isHexDigit }
        guard (7...40).contains(sha.count), rest.dropFirst(sha.count).first.map({ $0 == ":" || $0 == " " }) ?? true else {
            return (text, nil)
        }
        var reason = rest.dropFirst(sha.count)
        if reason.first == ":" { reason = reason.dropFirst() }
        return (Substring(reason).trimmingSpaces.nonEmpty, String(sha))
    }

    /// The first paragraph under `## Resolution`, its lines joined by spaces; `nil` when the
    /// section is missing, empty or a `[placeholder]`.
    private var resolutionParagraph: String? {
        guard let section = section("Resolution") else { return nil }
        let lines = body.split(separator: "\n", omittingEmptySubsequences: false).map { $0.hasSuffix("\r") ? $0.dropLast() : $0 }
        let ends = sections.filter { $0.line > section.line && $0.level <= section.level }.map(\.line)
            + ruleLines.filter { $0 > section.line }
        let end = ends.min() ?? bodyStartLine + lines.count
        var paragraph: [String] = []
        for line in (section.line + 1)..<max(section.line + 1, end) {
            let index = line - bodyStartLine
            guard lines.indices.contains(index) else { break }
            let text = IssueNNNSyntax.trimmed(lines[index])
            if text.isEmpty {
                if paragraph.isEmpty { continue }
                break
            }
            paragraph.append(text)
        }
        let text = paragraph.joined(separator: " ")
        return text.isEmpty || IssueNNNSyntax.isPlaceholder(text) ? nil : text
    }
}
