/// One element of an issue form's `body`: what it asks, what it holds by default, and
/// whether it must be answered.
struct IssueFormElement: Sendable {
    /// GitHub's element types. `markdown` is text shown on the form and never part of the issue.
    enum Kind: String, Sendable, CaseIterable {
        case markdown, input, textarea, dropdown, checkboxes
    }

    var kind: Kind
    var id: String?
    /// The heading the answer goes under (`attributes.label`); empty for `markdown`.
    var label: String
    /// The prefilled text of an `input` or `textarea` (`attributes.value`).
    var value: String
    /// The language of the code block a `textarea` with `render:` puts its answer in.
    var render: String?
    /// `validations.required`.
    var required: Bool
    /// A dropdown's options, or the labels of a checkboxes element's boxes.
    var options: [String]
    /// For checkboxes: which boxes must be ticked (each option's `required`).
    var requiredOptions: [Bool]
    /// A dropdown that allows several options.
    var multiple: Bool
    /// The dropdown option selected by default (`attributes.default`, an index).
    var defaultOption: Int?
    /// The line the element starts on.
    var line: Int

    /// What `--field` calls it: its `id`, or its label when it has none.
    var fieldName: String { id ?? label }
}
