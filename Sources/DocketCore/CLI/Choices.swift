/// Checking a value against a declared list of choices, and naming them in messages.
enum Choices {
    /// `value` with each comma-separated part spelled as the choice it matches; an empty
    /// list of choices accepts anything. `message` words the usage error for a bad part.
    static func canonical(_ value: String, in choices: [String], caseSensitive: Bool, message: (Substring) -> String) throws(DocketError) -> String {
        guard !choices.isEmpty else { return value }
        var parts: [String] = []
        for part in value.split(separator: ",", omittingEmptySubsequences: false) {
            guard let choice = choices.first(where: { caseSensitive ? $0 == part : $0.lowercased() == part.lowercased() }) else {
                throw .usage(message(part))
            }
            parts.append(choice)
        }
        return parts.joined(separator: ",")
    }

    /// `a, b or c`
    static func alternatives(_ values: [String]) -> String {
        values.count < 2 ? values.joined() : values.dropLast().joined(separator: ", ") + " or " + values[values.count - 1]
    }
}
