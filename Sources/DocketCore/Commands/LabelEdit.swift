/// What `update` does to labels: add and remove some (`--add-label`, `--remove-label`), or
/// replace them all (`--set-labels`).
struct LabelEdit {
    var added: [String]
    /// Lower-cased: removal ignores case.
    var removed: Set<String>
    var set: [String]?

    init(_ context: CommandContext) throws(DocketError) {
        let arguments = context.arguments
        added = try context.labels(arguments.all("add-label"))
        removed = Set(try context.labels(arguments.all("remove-label")).map { $0.lowercased() })
        set = try arguments.value("set-labels").map { value throws(DocketError) in
            value.trimmingSpacesAndNewlines.isEmpty ? [] : try context.labels([value])
        }
        if set != nil, !added.isEmpty || !removed.isEmpty {
            throw .usage("--set-labels replaces every label; give it without --add-label and --remove-label")
        }
    }

    var isEmpty: Bool { added.isEmpty && removed.isEmpty && set == nil }

    /// The labels after the edit, and a note for each label to add that is already there or
    /// to remove that is not (`#1 already has the label 'x'`).
    func apply(to labels: [String], key: IssueKey) -> (labels: [String], notes: [String]) {
        if let set { return (NewCommand.mergeLabels([], set), []) }
        let present = Set(labels.map { $0.lowercased() })
        var notes = added.filter { present.contains($0.lowercased()) }.map { "\(key) already has the label '\($0)'" }
        notes += removed.sorted().filter { !present.contains($0) }.map { "\(key) does not have the label '\($0)'" }
        let kept = labels.filter { !removed.contains($0.lowercased()) }
        return (NewCommand.mergeLabels(kept, added), notes)
    }
}
