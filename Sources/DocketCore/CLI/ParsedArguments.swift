/// What the argument parser found: option values by long name, flags, positionals, and the
/// typed values of both as their declared `ValueType`s read them.
public struct ParsedArguments: Sendable {
    public var values: [String: [String]] = [:]
    public var flags: Set<String> = []
    public var positionals: [String] = []
    /// Each option's typed values by long name, in order.
    public var typed: [String: [ArgumentValue]] = [:]
    /// The typed values of the positionals, in order (several for `2,3` of a list type).
    public var typedPositionals: [ArgumentValue] = []

    public init() {}

    /// The last value given for an option.
    public func value(_ long: String) -> String? { values[long]?.last }

    /// Every value given for a repeatable option, in order.
    public func all(_ long: String) -> [String] { values[long] ?? [] }

    public func flag(_ long: String) -> Bool { flags.contains(long) }

    /// A non-negative integer option such as `--limit`; a usage error when it is not one.
    public func integer(_ long: String) throws(DocketError) -> Int? {
        guard let text = value(long) else { return nil }
        guard let number = Int(text), number >= 0 else {
            throw DocketError.usage("--\(long) needs a non-negative number, not '\(text)'")
        }
        return number
    }

    /// The last value of a `.count` option.
    public func count(_ long: String) -> Int? {
        typed[long]?.reversed().lazy.compactMap { value -> Int? in
            if case .count(let number) = value { return number }
            return nil
        }.first
    }

    /// The last value of a `.priority` option.
    public func priority(_ long: String) -> Priority? {
        typed[long]?.reversed().lazy.compactMap { value -> Priority? in
            if case .priority(let priority) = value { return priority }
            return nil
        }.first
    }

    /// Every issue ID given to an `.issueID` or `.issueIDs` option, in order.
    public func issueKeys(_ long: String) -> [IssueKey] {
        (typed[long] ?? []).compactMap(\.issueKey)
    }

    /// Every issue ID among the positionals, in order.
    public var keys: [IssueKey] { typedPositionals.compactMap(\.issueKey) }
}

extension ArgumentValue {
    /// The issue ID, when the value is one.
    var issueKey: IssueKey? {
        if case .issueKey(let key) = self { return key }
        return nil
    }
}
