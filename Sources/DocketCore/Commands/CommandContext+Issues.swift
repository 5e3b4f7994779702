/// Argument checks shared by the commands that take issue IDs, labels and priorities.
extension CommandContext {
    /// Parses an issue ID argument; anything but `12`, `#12`, `0012` or `SEC-002` is a usage error.
    func issueKey(_ text: String) throws(DocketError) -> IssueKey {
        guard let key = IssueKey(parsing: text) else {
            throw .usage("'\(text)' is not an issue ID (expected 12, #12, 0012 or SEC-002)")
        }
        return key
    }

    /// The labels of a label option's values: each value is a comma-separated list, as
    /// `gh --label bug,docs` takes it, so a label never contains a comma. Empty items are
    /// skipped; a value with no label at all, or a label that is not printable text on one
    /// line, is a usage error.
    func labels(_ values: [String]) throws(DocketError) -> [String] {
        var labels: [String] = []
        for value in values {
            guard !value.unicodeScalars.contains(where: { $0.properties.generalCategory == .control || $0 == "\u{2028}" || $0 == "\u{2029}" }) else {
                throw .usage("a label must be printable text on one line")
            }
            let items = value.split(separator: ",").map { String($0).trimmingSpacesAndNewlines }.filter { !$0.isEmpty }
            guard !items.isEmpty else { throw .usage("a label cannot be empty") }
            labels += items
        }
        return labels
    }

    /// A title: non-empty, one line.
    func title(_ text: String) throws(DocketError) -> String {
        let trimmed = text.trimmingSpacesAndNewlines
        guard !trimmed.isEmpty else { throw .usage("the title cannot be empty") }
        guard !text.unicodeScalars.contains(where: { $0.properties.generalCategory == .control || $0 == "\u{2028}" || $0 == "\u{2029}" }) else {
            throw .usage("the title must be one line of printable text")
        }
        return trimmed
    }
}
