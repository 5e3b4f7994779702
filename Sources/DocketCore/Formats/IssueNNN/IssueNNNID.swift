/// The dialect names issues with the one key type, `IssueKey`, always with a prefix
/// (`SEC-002`); each prefix is numbered on its own. This reads such a key out of text.
extension IssueKey {
    /// Reads `PREFIX-digits` at the start of `text`: the key and the text after it.
    /// The prefix may be any ASCII letters here (it is upper-cased); `nil` when there is no
    /// such start.
    static func leadingPrefixed(in text: Substring) -> (key: IssueKey, rest: Substring)? {
        let letters = text.prefix { $0.isASCII && $0.isLetter }
        guard !letters.isEmpty, letters.count <= 16 else { return nil }
        let afterLetters = text.dropFirst(letters.count)
        guard afterLetters.first == "-" else { return nil }
        let digits = afterLetters.dropFirst().prefix { $0.isASCII && $0.isNumber }
        guard digits.count <= 9, let number = IssueKey.number(from: digits) else { return nil }
        let rest = afterLetters.dropFirst(1 + digits.count)
        if let next = rest.first, next.isLetter || next.isNumber || next == "_" { return nil }
        return (IssueKey(prefix: String(letters), number: number), rest)
    }
}

extension IssueNNNDocument {
    /// Splits a dialect file name, `SEC-002-xss-in-search.md` → `("SEC", 2, "xss-in-search")`.
    ///
    /// The prefix must be upper-case ASCII letters and the number one to nine digits (three,
    /// zero-padded, by convention; `ISSUE-1000` is fine). The slug may be empty (`SEC-002.md`)
    /// and is returned as written; whether it is tidy kebab-case is for the caller to judge.
    /// A leading directory path is ignored. `nil` for anything else.
    public static func parseFileName(_ fileName: String) -> (prefix: String, number: Int, slug: String)? {
        let name = fileName.split(separator: "/", omittingEmptySubsequences: false).last ?? Substring(fileName)
        guard name.hasSuffix(".md") else { return nil }
        let stem = name.dropLast(3)
        let letters = stem.prefix { $0.isASCII && $0.isUppercase }
        guard !letters.isEmpty, let (key, rest) = IssueKey.leadingPrefixed(in: stem),
              let prefix = key.prefix, prefix == String(letters)
        else { return nil }
        if rest.isEmpty { return (prefix, key.number, "") }
        guard rest.first == "-" else { return nil }
        return (prefix, key.number, String(rest.dropFirst()))
    }
}
