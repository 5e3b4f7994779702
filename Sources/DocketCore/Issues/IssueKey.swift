/// What names an issue: a number, with a prefix for the `SEC-002` dialect.
///
/// Docket's own issues have no prefix and print as `#12`; protocol-dialect issues print
/// as `SEC-002`. Parsing accepts `12`, `#12`, `0012`, `SEC-002`, `sec-2`; nothing else, so
/// an ID can never smuggle a path.
public struct IssueKey: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// Upper-case letters, or `nil` for Docket's own prefix-less issues.
    public var prefix: String?
    public var number: Int

    public init(prefix: String? = nil, number: Int) {
        self.prefix = prefix?.uppercased()
        self.number = number
    }

    /// `#12` or `SEC-002`.
    public var description: String {
        guard let prefix else { return "#\(number)" }
        return "\(prefix)-\(IssueKey.pad(number, to: 3))"
    }

    /// `12` or `SEC-002`, the form used in JSON `key` and in `blocked_by` lists.
    public var plain: String {
        guard let prefix else { return String(number) }
        return "\(prefix)-\(IssueKey.pad(number, to: 3))"
    }

    /// Parses what a user types for an issue; `nil` when it is not an ID at all.
    public init?(parsing text: String) {
        var body = Substring(text)
        if body.hasPrefix("#") { body = body.dropFirst() }
        if let dash = body.firstIndex(of: "-") {
            let prefix = body[..<dash]
            let digits = body[body.index(after: dash)...]
            guard !prefix.isEmpty, prefix.count <= 16, !text.hasPrefix("#"),
                  prefix.allSatisfy({ $0.isASCII && $0.isLetter }),
                  let number = IssueKey.number(from: digits)
            else { return nil }
            self.init(prefix: String(prefix), number: number)
        } else {
            guard let number = IssueKey.number(from: body) else { return nil }
            self.init(number: number)
        }
    }

    public static func < (lhs: IssueKey, rhs: IssueKey) -> Bool {
        if lhs.prefix != rhs.prefix { return (lhs.prefix ?? "") < (rhs.prefix ?? "") }
        return lhs.number < rhs.number
    }

    /// A positive decimal number of at most 9 digits (leading zeros allowed, 12 digits in
    /// all). Read byte by byte: every row a list reads goes through here for its blockers.
    static func number<S: StringProtocol>(from digits: S) -> Int? {
        var value = 0
        var count = 0
        for byte in digits.utf8 {
            guard (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte), count < 12 else { return nil }
            value = value * 10 + Int(byte - UInt8(ascii: "0"))
            count += 1
        }
        guard count > 0, value > 0, value < 1_000_000_000 else { return nil }
        return value
    }

    static func pad(_ number: Int, to width: Int) -> String {
        let digits = String(number)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
}
