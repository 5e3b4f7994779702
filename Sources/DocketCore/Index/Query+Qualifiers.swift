extension Query {
    /// The qualifier names the syntax knows, as written before the `:`.
    enum QualifierName: String, CaseIterable {
        case `is`, no, label, assignee, author, priority, id
        case blockedBy = "blocked-by"
        case created, updated, closed, sort, status
    }

    /// Adds one qualifier as if `name:value` (or `-name:value` when `negated`) had been typed.
    ///
    /// This is how `list`'s flags join a query: `--state closed` is `("is", "closed")`,
    /// `-l bug,ui` is `("label", "bug,ui")`, `-a alice` is `("assignee", "alice")`,
    /// `-p high` is `("priority", "high")`, `--sort updated-desc` is `("sort", "updated-desc")`.
    /// Commas separate alternatives; the value may contain spaces (quote a comma to keep it).
    public mutating func apply(qualifier name: String, value: String, negated: Bool = false) throws(QueryError) {
        let token = (negated ? "-" : "") + name + ":" + value
        try apply(RawQualifier(name: name, isNegated: negated, value: value, token: token))
    }

    mutating func apply(_ qualifier: RawQualifier) throws(QueryError) {
        guard let name = QualifierName(rawValue: qualifier.name.lowercased()) else {
            throw .unknownQualifier(
                qualifier.name, token: qualifier.token, suggestion: Self.suggestion(for: qualifier.name))
        }
        let negatable: Set<QualifierName> = [.label, .assignee, .priority]
        guard !qualifier.isNegated || negatable.contains(name) else {
            throw .notNegatable(name.rawValue, token: qualifier.token)
        }
        let values = try QueryScanner.splitValues(qualifier.value, token: qualifier.token)
        guard !values.contains(where: \.isEmpty) else {
            throw .emptyValue(name.rawValue, token: qualifier.token)
        }
        let negated = qualifier.isNegated
        switch name {
        case .is: try applyIs(single(values, name))
        case .no: try applyNo(values)
        case .label:
            if negated { excludedLabels += values } else { labels.append(values) }
        case .assignee:
            if negated { excludedAssignees += values } else { assignees.append(values) }
        case .author: authors.append(values)
        case .priority:
            let parsed = try values.map { (value) throws(QueryError) in try Self.priority(value) }
            if negated { excludedPriorities += parsed } else { priorities.append(parsed) }
        case .id: ids.append(try Self.issueRefs(values, qualifier: name.rawValue))
        case .blockedBy: blockedBy.append(try Self.issueRefs(values, qualifier: name.rawValue))
        case .created: created = try narrowed(created, qualifier.value, name)
        case .updated: updated = try narrowed(updated, qualifier.value, name)
        case .closed: closed = try narrowed(closed, qualifier.value, name)
        case .sort: try applySort(single(values, name))
        case .status: statuses.append(values)
        }
    }

    private func single(_ values: [String], _ name: QualifierName) throws(QueryError) -> String {
        guard values.count == 1, let value = values.first else {
            throw .singleValue(name.rawValue, value: values.joined(separator: ","))
        }
        return value
    }

    private mutating func applyIs(_ value: String) throws(QueryError) {
        let lowered = value.lowercased()
        if let newState = State(rawValue: lowered) {
            if let state, state != newState { throw .conflict("is:\(state.rawValue)", "is:\(lowered)") }
            state = newState
        } else if lowered == Self.inProgressName {
            inProgress = true
        } else if let newReadiness = Readiness(rawValue: lowered) {
            if let readiness, readiness != newReadiness {
                throw .conflict("is:\(readiness.rawValue)", "is:\(lowered)")
            }
            readiness = newReadiness
        } else {
            let allowed = State.allCases.map(\.rawValue) + Readiness.allCases.map(\.rawValue) + [Self.inProgressName]
            throw .invalidValue(value, qualifier: "is", allowed: allowed)
        }
    }

    /// `is:in-progress`.
    static let inProgressName = "in-progress"

    private mutating func applyNo(_ values: [String]) throws(QueryError) {
        for value in values {
            switch value.lowercased() {
            case "label": requiresNoLabel = true
            case "assignee": requiresNoAssignee = true
            default: throw .invalidValue(value, qualifier: "no", allowed: ["label", "assignee"])
            }
        }
    }

    private mutating func applySort(_ value: String) throws(QueryError) {
        guard let newSort = Sort(rawValue: value.lowercased()) else {
            throw .invalidValue(value, qualifier: "sort", allowed: Sort.allCases.map(\.rawValue))
        }
        if let sort, sort != newSort { throw .conflict("sort:\(sort.rawValue)", "sort:\(newSort.rawValue)") }
        sort = newSort
    }

    private func narrowed(_ range: DateRange?, _ value: String, _ name: QualifierName) throws(QueryError)
        -> DateRange
    {
        let parsed = try DateRange(parsing: value, qualifier: name.rawValue)
        return range.map { $0.intersection(parsed) } ?? parsed
    }

    private static func priority(_ value: String) throws(QueryError) -> Priority {
        guard let priority = Priority(level: value) else {
            throw .invalidValue(value, qualifier: "priority", allowed: Priority.levels)
        }
        return priority
    }

    /// Checks each id: digits with an optional `#`, or ASCII letters, `-`, digits (`SEC-002`).
    private static func issueRefs(_ values: [String], qualifier: String) throws(QueryError) -> [IssueRef] {
        try values.map { (value) throws(QueryError) in
            let isDigit: (Character) -> Bool = { $0.isASCII && $0.isNumber }
            let number = value.hasPrefix("#") ? value.dropFirst() : Substring(value)
            let parts = value.split(separator: "-", omittingEmptySubsequences: false)
            let isNumber = !number.isEmpty && number.allSatisfy(isDigit)
            let isKey = parts.count == 2 && !parts[0].isEmpty && !parts[1].isEmpty
                && parts[0].allSatisfy { $0.isASCII && $0.isLetter } && parts[1].allSatisfy(isDigit)
            guard isNumber || isKey else { throw .invalidIssueID(value, qualifier: qualifier) }
            return IssueRef(value)
        }
    }

    /// The known qualifier closest to a mistyped one: within one edit (two for names longer
    /// than four letters, a swap of neighbours counting as one), or one it begins (`prio`).
    static func suggestion(for name: String) -> String? {
        let typed = Array(name.lowercased())
        var best: (name: String, distance: Int)?
        for known in QualifierName.allCases.map(\.rawValue) {
            let distance = EditDistance.between(typed, Array(known))
            let limit = known.count > 4 ? 2 : 1
            if distance <= limit, distance < best?.distance ?? Int.max {
                best = (known, distance)
            }
        }
        if let best { return best.name }
        guard typed.count >= 3 else { return nil }
        let extensions = QualifierName.allCases.map(\.rawValue).filter { $0.hasPrefix(String(typed)) }
        return extensions.count == 1 ? extensions.first : nil
    }
}
