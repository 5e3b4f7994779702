/// What the argument parser found: option values by long name, flags, positionals.
public struct ParsedArguments: Sendable {
    public var values: [String: [String]] = [:]
    public var flags: Set<String> = []
    public var positionals: [String] = []

    public init() {}

    /// The last value given for an option.
    public func value(_ long: String) -> String? { values[long]?.last }

    /// Every value given for a repeatable option, in order.
    public func all(_ long: String) -> [String] { values[long] ?? [] }

    public func flag(_ long: String) -> Bool { flags.contains(long) }

    /// A positive integer option such as `--limit`; a usage error when it is not one.
    public func integer(_ long: String) throws(DocketError) -> Int? {
        guard let text = value(long) else { return nil }
        guard let number = Int(text), number >= 0 else {
            throw DocketError.usage("--\(long) needs a non-negative number, not '\(text)'")
        }
        return number
    }
}
