/// What a `**Status**:` value says, read loosely (case, `-`/`_` for spaces, curly apostrophes).
public enum IssueStatus: Sendable, Equatable {
    case open
    case inProgress
    case resolved
    case wontFix
    case closed
    /// Anything else, kept as written.
    case other(String)

    /// Reads a `Status` value; unknown text becomes `.other` with the value trimmed.
    public init(reading value: String) {
        let folded = IssueNNNSyntax.trimmed(value).lowercased()
            .replacingApostrophes()
            .map { $0 == "-" || $0 == "_" ? " " : $0 }
        switch String(folded) {
        case "open": self = .open
        case "in progress": self = .inProgress
        case "resolved": self = .resolved
        case "won't fix", "wont fix": self = .wontFix
        case "closed": self = .closed
        default: self = .other(IssueNNNSyntax.trimmed(value))
        }
    }

    /// Whether the status means the work is over: Resolved, Won't Fix or Closed.
    public var isClosed: Bool {
        switch self {
        case .resolved, .wontFix, .closed: true
        case .open, .inProgress, .other: false
        }
    }

    /// The value as the dialect's template spells it.
    public var text: String {
        switch self {
        case .open: "Open"
        case .inProgress: "In Progress"
        case .resolved: "Resolved"
        case .wontFix: "Won't Fix"
        case .closed: "Closed"
        case .other(let text): text
        }
    }
}

extension String {
    fileprivate func replacingApostrophes() -> String {
        String(map { $0 == "\u{2019}" || $0 == "\u{2018}" ? "'" : $0 })
    }
}
