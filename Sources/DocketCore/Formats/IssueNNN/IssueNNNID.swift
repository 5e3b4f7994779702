/// The name of a dialect issue, `SEC-002`: an upper-case prefix and a number.
///
/// Each prefix is numbered on its own, so `ISSUE-002` and `SEC-002` are different issues.
public struct IssueNNNID: Sendable, Hashable, CustomStringConvertible {
    /// Upper-case ASCII letters.
    public var prefix: String
    public var number: Int

    /// An ID; the prefix is upper-cased.
    public init(prefix: String, number: Int) {
        self.prefix = prefix.uppercased()
        self.number = number
    }

    /// `SEC-002`: the number zero-padded to three digits, longer numbers as they are.
    public var description: String { "\(prefix)-\(IssueNNNID.padded(number))" }

    /// A number zero-padded to three digits (`7` → `007`, `1234` → `1234`).
    public static func padded(_ number: Int) -> String {
        let digits = String(number)
        return String(repeating: "0", count: max(0, 3 - digits.count)) + digits
    }

    /// Reads `PREFIX-digits` at the start of `text`: the ID and the text after it.
    /// The prefix may be any ASCII letters here; `nil` when there is no such start.
    static func leading(in text: Substring) -> (id: IssueNNNID, rest: Substring)? {
        let letters = text.prefix { $0.isASCII && $0.isLetter }
        guard !letters.isEmpty, letters.count <= 16 else { return nil }
        let afterLetters = text.dropFirst(letters.count)
        guard afterLetters.first == "-" else { return nil }
        let digits = afterLetters.dropFirst().prefix { $0.isASCII && $0.isNumber }
        guard let number = number(from: digits) else { return nil }
        let rest = afterLetters.dropFirst(1 + digits.count)
        if let next = rest.first, next.isLetter || next.isNumber || next == "_" { return nil }
        return (IssueNNNID(prefix: String(letters), number: number), rest)
    }

    /// A positive number of at most nine digits, leading zeros allowed.
    static func number(from digits: Substring) -> Int? {
        guard !digits.isEmpty, digits.count <= 9, let value = Int(digits), value > 0 else { return nil }
        return value
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
        guard !letters.isEmpty, let (id, rest) = IssueNNNID.leading(in: stem),
              id.prefix == String(letters)
        else { return nil }
        if rest.isEmpty { return (id.prefix, id.number, "") }
        guard rest.first == "-" else { return nil }
        return (id.prefix, id.number, String(rest.dropFirst()))
    }
}
