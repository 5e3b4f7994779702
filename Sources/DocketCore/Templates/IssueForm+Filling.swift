/// Filling an issue form from the command line and rendering it as GitHub renders a submitted form.
extension IssueForm {
    /// An element's answer: the text of an input or textarea, or the options chosen in a
    /// dropdown or ticked among checkboxes.
    enum Answer: Sendable, Equatable {
        case text(String)
        case choices([String])
    }

    /// The answers an unfilled form starts with: prefilled values and the dropdown defaults.
    var defaultAnswers: [Answer?] {
        elements.map { element in
            switch element.kind {
            case .markdown: return nil
            case .input, .textarea: return .text(element.value)
            case .dropdown: return .choices(element.defaultOption.map { [element.options[$0]] } ?? [])
            case .checkboxes: return .choices([])
            }
        }
    }

    /// The answers from `--field NAME=VALUE` assignments (NAME an element's id or label) and
    /// `text` (from `-m` or `-F`), which fills the first textarea.
    ///
    /// Usage errors: an assignment without `=`, a name no element has, a dropdown or checkbox
    /// value that is not one of its options, `text` with no textarea left for it, and (unless
    /// `allowingMissing`) a required element left empty.
    func answers(fields: [String], text: String?, allowingMissing: Bool) throws(DocketError) -> [Answer?] {
        var answers = defaultAnswers
        var filled: Set<Int> = []
        for assignment in fields {
            guard let equals = assignment.firstIndex(of: "="), equals != assignment.startIndex else {
                throw .usage("--field needs ID=VALUE, not '\(assignment)'")
            }
            let name = String(assignment[..<equals]).trimmingSpacesAndNewlines
            let value = String(assignment[assignment.index(after: equals)...])
            guard let index = elementIndex(named: name) else {
                let names = elements.filter { $0.kind != .markdown }.map(\.fieldName).joined(separator: ", ")
                throw .usage("--field '\(name)': \(path) has no such element; its fields are: \(names)")
            }
            answers[index] = try answer(value, for: elements[index])
            filled.insert(index)
        }
        if let text {
            guard let index = elements.firstIndex(where: { $0.kind == .textarea }) else {
                throw .usage("\(path) has no textarea for -m/-F text; fill its fields with --field ID=VALUE")
            }
            guard !filled.contains(index) else {
                throw .usage("-m/-F text fills '\(elements[index].fieldName)', which --field fills too; use one of them")
            }
            answers[index] = .text(text.trimmingTrailingNewlines)
        }
        let missing = elements.indices.filter { isMissing(answers[$0], for: elements[$0]) }
        if !missing.isEmpty, !allowingMissing {
            let list = missing.map { "\(elements[$0].fieldName) (\(TerminalText.line(elements[$0].label)))" }.joined(separator: ", ")
            throw .usage("\(path) requires: \(list); fill them with --field ID=VALUE, or use -e to edit the issue")
        }
        return answers
    }

    /// The element `name` stands for: an id, else a label (exactly, then ignoring case).
    private func elementIndex(named name: String) -> Int? {
        let candidates = elements.indices.filter { elements[$0].kind != .markdown }
        return candidates.first { elements[$0].id == name }
            ?? candidates.first { elements[$0].label == name }
            ?? candidates.first { elements[$0].label.lowercased() == name.lowercased() }
    }

    private func answer(_ value: String, for element: IssueFormElement) throws(DocketError) -> Answer {
        switch element.kind {
        case .input, .textarea, .markdown:
            return .text(value)
        case .dropdown, .checkboxes:
            let chosen = try choices(value, of: element)
            if element.kind == .dropdown, !element.multiple, chosen.count > 1 {
                throw .usage("'\(element.fieldName)' takes one option, not \(chosen.count)")
            }
            return .choices(chosen)
        }
    }

    /// The options `value` names: the whole value when it is one option, else its comma-separated parts.
    private func choices(_ value: String, of element: IssueFormElement) throws(DocketError) -> [String] {
        let whole = value.trimmingSpacesAndNewlines
        if whole.isEmpty { return [] }
        if let option = option(whole, of: element) { return [option] }
        var chosen: [String] = []
        for part in whole.split(separator: ",").map({ String($0).trimmingSpacesAndNewlines }) where !part.isEmpty {
            guard let option = option(part, of: element) else {
                let options = element.options.map { "'\($0)'" }.joined(separator: ", ")
                throw .usage("'\(part)' is not an option of '\(element.fieldName)'; the options are: \(options)")
            }
            if !chosen.contains(option) { chosen.append(option) }
        }
        return element.options.filter(chosen.contains)
    }

    private func option(_ text: String, of element: IssueFormElement) -> String? {
        element.options.first { $0 == text } ?? element.options.first { $0.lowercased() == text.lowercased() }
    }

    private func isMissing(_ answer: Answer?, for element: IssueFormElement) -> Bool {
        switch (element.kind, answer) {
        case (.checkboxes, .choices(let ticked)?):
            return zip(element.options, element.requiredOptions).contains { option, required in required && !ticked.contains(option) }
        case (.markdown, _):
            return false
        case (_, .text(let text)?):
            return element.required && text.trimmingSpacesAndNewlines.isEmpty
        case (_, .choices(let chosen)?):
            return element.required && chosen.isEmpty
        case (_, nil):
            return element.required
        }
    }

    /// The issue body GitHub writes for these answers: a `### Label` section per element
    /// (markdown elements are not part of the issue), `_No response_` for an empty one.
    func body(_ answers: [Answer?]) -> String {
        var sections: [String] = []
        for (element, answer) in zip(elements, answers) where element.kind != .markdown {
            sections.append("### \(element.label)\n\n" + IssueForm.response(answer, for: element))
        }
        return sections.joined(separator: "\n\n") + "\n"
    }

    private static func response(_ answer: Answer?, for element: IssueFormElement) -> String {
        let noResponse = "_No response_"
        switch answer {
        case .choices(let chosen)? where element.kind == .checkboxes:
            return element.options.map { "- [\(chosen.contains($0) ? "X" : " ")] \($0)" }.joined(separator: "\n")
        case .choices(let chosen)?:
            return chosen.isEmpty ? noResponse : chosen.joined(separator: ", ")
        case .text(let text)?:
            guard !text.trimmingSpacesAndNewlines.isEmpty else { return noResponse }
            guard let language = element.render else { return text }
            let fence = codeFence(for: text)
            return fence + language + "\n" + text + "\n" + fence
        case nil:
            return noResponse
        }
    }

    /// Three backticks, or more than the longest run in `text`, so the text cannot close the block.
    private static func codeFence(for text: String) -> String {
        var longest = 0
        var run = 0
        for character in text {
            run = character == "`" ? run + 1 : 0
            longest = max(longest, run)
        }
        return String(repeating: "`", count: max(3, longest + 1))
    }
}
