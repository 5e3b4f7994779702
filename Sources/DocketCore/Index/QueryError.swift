/// Why a search query could not be understood, naming the offending part of it.
///
/// Prints as its message, e.g. `unknown qualifier 'lable:'; did you mean 'label:'?`.
public struct QueryError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The whole explanation, ready to show.
    public let message: String
    /// The part of the query at fault (a token, a value or a date).
    public let token: String

    public init(_ message: String, token: String) {
        self.message = message
        self.token = token
    }

    public var description: String { message }

    static func unterminatedQuote(_ token: String) -> QueryError {
        QueryError("unterminated quote in: \(token)", token: token)
    }

    static func unknownQualifier(_ name: String, token: String, suggestion: String?) -> QueryError {
        if let suggestion {
            return QueryError("unknown qualifier '\(name):'; did you mean '\(suggestion):'?", token: token)
        }
        return QueryError(
            "unknown qualifier '\(name):'; to search for the text, quote it: \"\(token)\"", token: token)
    }

    static func emptyValue(_ qualifier: String, token: String) -> QueryError {
        QueryError("empty value for \(qualifier):", token: token)
    }

    static func invalidValue(_ value: String, qualifier: String, allowed: [String]) -> QueryError {
        QueryError(
            "invalid value '\(value)' for \(qualifier):; expected one of: "
                + allowed.joined(separator: ", "),
            token: value)
    }

    static func singleValue(_ qualifier: String, value: String) -> QueryError {
        QueryError("\(qualifier): takes one value, got '\(value)'", token: value)
    }

    static func notNegatable(_ qualifier: String, token: String) -> QueryError {
        QueryError("\(qualifier): cannot be negated in: \(token)", token: token)
    }

    static func conflict(_ first: String, _ second: String) -> QueryError {
        QueryError("conflicting qualifiers '\(first)' and '\(second)'", token: second)
    }

    static func invalidDate(_ date: String, qualifier: String) -> QueryError {
        QueryError("invalid date '\(date)' in \(qualifier):", token: date)
    }

    static func reversedRange(_ range: String, qualifier: String) -> QueryError {
        QueryError("date range '\(range)' in \(qualifier): ends before it starts", token: range)
    }

    static func invalidIssueID(_ id: String, qualifier: String) -> QueryError {
        QueryError(
            "invalid issue id '\(id)' in \(qualifier):; expected a number (12, #12) or a key like SEC-002",
            token: id)
    }
}
