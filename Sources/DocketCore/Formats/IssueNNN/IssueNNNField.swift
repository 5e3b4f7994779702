/// How a metadata line is written, so that an edit writes back the variant it found.
public struct IssueNNNFieldStyle: Sendable, Equatable {
    /// What comes before the bold key: indentation and a list marker such as `- `; empty for a plain line.
    public var lead: String
    /// `true` for `**Key:** value`, `false` for `**Key**: value`.
    public var colonInsideBold: Bool

    /// A style; the default is the plain `**Key**: value`.
    public init(lead: String = "", colonInsideBold: Bool = false) {
        self.lead = lead
        self.colonInsideBold = colonInsideBold
    }

    /// `**Key**: value`, the form of the dialect's own template.
    public static let plain = IssueNNNFieldStyle()

    /// One metadata line in this style; an empty value leaves nothing after the colon.
    public func line(key: String, value: String) -> String {
        let label = colonInsideBold ? "**\(key):**" : "**\(key)**:"
        return lead + label + (value.isEmpty ? "" : " " + value)
    }
}

/// One `**Key**: value` line of the metadata block.
public struct IssueNNNField: Sendable, Equatable {
    /// The key as written, without the bold marks and colon.
    public var key: String
    /// The value on the key's line, trimmed.
    public var value: String
    /// Exactly what follows the colon on the key's line.
    public var rawValue: String
    /// Lines right under the key that carry on its value (indented lines or list items), as written.
    public var continuation: [String]
    /// The key's line, counted from 1.
    public var line: Int
    public var style: IssueNNNFieldStyle

    /// A field as found on `line`; `value` is `rawValue` trimmed.
    public init(key: String, rawValue: String, line: Int, style: IssueNNNFieldStyle, continuation: [String] = []) {
        self.key = key
        self.value = IssueNNNSyntax.trimmed(rawValue)
        self.rawValue = rawValue
        self.continuation = continuation
        self.line = line
        self.style = style
    }

    /// The last line that belongs to this field (its line, or its last continuation line).
    public var lastLine: Int { line + continuation.count }

    /// The value with its continuation lines, one per line, trimmed; what the field means.
    public var fullValue: String {
        ([value] + continuation.map { IssueNNNSyntax.trimmed($0) })
            .filter { !$0.isEmpty }
            .joined(separator: "\n")
    }

    /// Whether this field has `key`, compared case-insensitively.
    public func has(key other: String) -> Bool {
        IssueNNNSyntax.normalizedKey(key) == IssueNNNSyntax.normalizedKey(other)
    }

    /// Reads `**Key**: value`, `**Key:** value` or `- **Key**: value`; `nil` for any other line.
    static func parse(_ line: String, number: Int) -> IssueNNNField? {
        var rest = Substring(line)
        var lead = String(rest.prefix { $0 == " " || $0 == "\t" })
        rest = rest.dropFirst(lead.count)
        if let marker = rest.first, "-*+".contains(marker), rest.dropFirst().first == " " {
            let spaces = rest.dropFirst().prefix { $0 == " " }
            lead += String(marker) + spaces
            rest = rest.dropFirst(1 + spaces.count)
        }
        guard rest.hasPrefix("**") else { return nil }
        rest = rest.dropFirst(2)
        guard let close = rest.firstRange(of: "**") else { return nil }
        var key = rest[..<close.lowerBound]
        var after = rest[close.upperBound...]
        let colonInside = key.hasSuffix(":")
        if colonInside {
            key = key.dropLast()
        } else {
            guard after.first == ":" else { return nil }
            after = after.dropFirst()
        }
        let name = IssueNNNSyntax.trimmed(key)
        guard !name.isEmpty, !name.contains(":"), !name.contains("*") else { return nil }
        return IssueNNNField(
            key: name, rawValue: String(after), line: number,
            style: IssueNNNFieldStyle(lead: lead, colonInsideBold: colonInside)
        )
    }

    /// A line that carries on the value of the field above it: indented, or a list item.
    static func isContinuation(_ line: String) -> Bool {
        guard !IssueNNNSyntax.isBlank(line) else { return false }
        if line.first == " " || line.first == "\t" { return true }
        guard let marker = line.first, "-*+".contains(marker) else { return false }
        return line.dropFirst().first == " "
    }
}
