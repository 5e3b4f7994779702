import Foundation

/// Reads the issues a commit message mentions and closes.
///
/// Closing follows GitHub's keywords: `close`, `closes`, `closed`, `fix`, `fixes`, `fixed`,
/// `resolve`, `resolves`, `resolved`, in any case, as whole words, optionally followed by a
/// colon (`Closes: #12`), then whitespace, then a reference on the same line. Every other
/// reference is a mention. Where Docket differs from GitHub:
/// - A list after one keyword closes every issue in it. Items are separated by `,`, `and`
///   or `&` (`fixes #1, #2 and #3`, `fixes #1,#2`, `closes #4 & #5`, `fixes #1, #2, and #3`);
///   plain whitespace does not continue a list (`fixes #1 #2` closes only #1).
/// - Prefixed keys (`SEC-002`, `closes issue-2`) are references when their upper-cased prefix
///   is one the project knows.
/// - Quoted text never closes, because it describes another commit: the quoted subject of a
///   `Revert "…"` or `Reapply "…"` subject line, and lines starting with `>`. The rest of a
///   revert's message is read normally, so `fixes #13` written in its body still closes.
/// - A merge commit whose subject is one git or GitHub generates (`Merge branch 'x'`,
///   `Merge pull request #5 from x/y`, `Merge remote-tracking branch`, `Merge tag`,
///   `Merge commit`) closes nothing: its body only repeats merged commits, which closed
///   their issues when they were made. Its references are still mentions.
/// - Git comment lines (`#` alone or followed by whitespace, as in git's editor template) are
///   skipped, and reading stops at the scissors line `# ---…--- >8 ---…---`, so the raw file a
///   `commit-msg` hook receives reads like the cleaned-up message. A line such as `#12 done`
///   is not a comment: `git commit -m` keeps it, so it is read.
public enum CommitMessage {
    /// The issues `message` references, deduplicated, in order of first appearance.
    ///
    /// A key both mentioned and closed is reported once, as closing, at its first position.
    /// `knownPrefixes` are the project's key prefixes (`["SEC"]`), compared case-insensitively;
    /// `PREFIX-N` with any other prefix (`UTF-8`) is plain text.
    public static func references(in message: String, knownPrefixes: Set<String> = []) -> [CommitReference] {
        let prefixes = Set(knownPrefixes.map { $0.uppercased() })
        let lines = contentLines(of: message)
        let subject = lines.first { !$0.allSatisfy(\.isWhitespace) }
        let isMerge = subject.map(isGeneratedMergeSubject) ?? false
        var collector = Collector()
        var seenSubject = false
        for line in lines {
            let isSubject = !seenSubject && !line.allSatisfy(\.isWhitespace)
            seenSubject = seenSubject || isSubject
            let quoted = isMerge || (isSubject && isRevertSubject(line)) || isQuotedLine(line)
            scan(tokens(in: line, knownPrefixes: prefixes), closingAllowed: !quoted, into: &collector)
        }
        return collector.references
    }

    /// The first line of the message that is neither blank nor a git comment, without
    /// surrounding whitespace; empty when there is none.
    public static func subject(of message: String) -> String {
        let line = contentLines(of: message).first { !$0.allSatisfy(\.isWhitespace) } ?? ""
        return line.trimmingCharacters(in: .whitespaces)
    }

    /// The lines git would keep: up to the scissors line, without comment lines.
    static func contentLines(of message: String) -> [Substring] {
        var lines: [Substring] = []
        for line in message.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" }) {
            if isScissorsLine(line) { break }
            if isCommentLine(line) { continue }
            lines.append(line)
        }
        return lines
    }

    private static let closingKeywords: Set<String> = [
        "close", "closes", "closed", "fix", "fixes", "fixed", "resolve", "resolves", "resolved",
    ]

    private static let mergeSubjectPrefixes = [
        "Merge branch '", "Merge branches '", "Merge remote-tracking branch '", "Merge remote-tracking branches '",
        "Merge tag '", "Merge tags '", "Merge commit '", "Merge pull request #",
    ]

    private static func isScissorsLine(_ line: Substring) -> Bool {
        line.trimmingCharacters(in: .whitespaces) == "# ------------------------ >8 ------------------------"
    }

    private static func isCommentLine(_ line: Substring) -> Bool {
        guard line.first == "#" else { return false }
        return line.dropFirst().first.map(\.isWhitespace) ?? true
    }

    private static func isQuotedLine(_ line: Substring) -> Bool {
        line.drop(while: \.isWhitespace).first == ">"
    }

    private static func isRevertSubject(_ line: Substring) -> Bool {
        let trimmed = line.drop(while: \.isWhitespace)
        return trimmed.hasPrefix("Revert \"") || trimmed.hasPrefix("Reapply \"")
    }

    private static func isGeneratedMergeSubject(_ line: Substring) -> Bool {
        mergeSubjectPrefixes.contains { line.hasPrefix($0) }
    }

    /// Records the references in one line's tokens.
    private static func scan(_ tokens: [Token], closingAllowed: Bool, into collector: inout Collector) {
        var index = 0
        while index < tokens.count {
            switch tokens[index] {
            case .reference(let key):
                collector.add(key, closing: false)
                index += 1
            case .word(let word) where closingAllowed && closingKeywords.contains(word.lowercased())
                && isBoundary(before: index, in: tokens):
                let (keys, next) = closingList(in: tokens, afterKeywordAt: index)
                for key in keys { collector.add(key, closing: true) }
                index = max(next, index + 1)
            default:
                index += 1
            }
        }
    }

    /// The references a keyword at `keywordIndex` closes, and the token index after them.
    private static func closingList(in tokens: [Token], afterKeywordAt keywordIndex: Int) -> ([CommitReference.Key], Int) {
        var index = keywordIndex + 1
        if token(tokens, index) == .symbol(":") { index += 1 }
        guard token(tokens, index) == .space, case .reference(let first)? = token(tokens, index + 1) else { return ([], index) }
        var keys = [first]
        index += 2
        while true {
            var cursor = index
            var separated = false
            if token(tokens, cursor) == .space { cursor += 1 }
            if token(tokens, cursor) == .symbol(",") {
                separated = true
                cursor += 1
                if token(tokens, cursor) == .space { cursor += 1 }
            }
            if case .word(let word)? = token(tokens, cursor), word.lowercased() == "and", token(tokens, cursor + 1) == .space {
                separated = true
                cursor += 2
            } else if token(tokens, cursor) == .symbol("&") {
                separated = true
                cursor += 1
                if token(tokens, cursor) == .space { cursor += 1 }
            }
            guard separated, case .reference(let key)? = token(tokens, cursor) else { return (keys, index) }
            keys.append(key)
            index = cursor + 1
        }
    }

    private static func isBoundary(before index: Int, in tokens: [Token]) -> Bool {
        switch token(tokens, index - 1) {
        case nil, .space?: return true
        case .symbol(let scalar)?: return isOpeningBoundary(scalar)
        default: return false
        }
    }

    private static func token(_ tokens: [Token], _ index: Int) -> Token? {
        tokens.indices.contains(index) ? tokens[index] : nil
    }

    /// Deduplicates keys in order of first appearance; closing wins over mention.
    private struct Collector {
        var references: [CommitReference] = []
        var positions: [CommitReference.Key: Int] = [:]

        mutating func add(_ key: CommitReference.Key, closing: Bool) {
            if let position = positions[key] {
                references[position].isClosing = references[position].isClosing || closing
            } else {
                positions[key] = references.count
                references.append(CommitReference(key: key, isClosing: closing))
            }
        }
    }
}
