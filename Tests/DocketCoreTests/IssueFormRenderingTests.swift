import Testing
@testable import DocketCore

/// The body an issue form renders to, element type by element type, as GitHub renders a submitted form.
@Suite struct IssueFormRenderingTests {
    private static func form(_ element: String) throws -> IssueForm {
        try IssueForm(text: "name: T\ndescription: D\nbody:\n" + element, path: "t.yml")
    }

    @Test(arguments: [
        ("input filled", "  - type: input\n    id: v\n    attributes: {label: Version}\n", ["v=1.2"], "### Version\n\n1.2\n"),
        ("input empty", "  - type: input\n    id: v\n    attributes: {label: Version}\n", [], "### Version\n\n_No response_\n"),
        ("input prefilled", "  - type: input\n    id: v\n    attributes: {label: Version, value: '0.9'}\n", [], "### Version\n\n0.9\n"),
        ("textarea over lines", "  - type: textarea\n    id: t\n    attributes: {label: Steps}\n", ["t=1. a\n2. b"], "### Steps\n\n1. a\n2. b\n"),
        ("textarea rendered as code", "  - type: textarea\n    id: t\n    attributes: {label: Logs, render: shell}\n", ["t=$ make"], "### Logs\n\n```shell\n$ make\n```\n"),
        ("textarea as code with backticks", "  - type: textarea\n    id: t\n    attributes: {label: Logs, render: md}\n", ["t=```x```"], "### Logs\n\n````md\n```x```\n````\n"),
        ("textarea as code left empty", "  - type: textarea\n    id: t\n    attributes: {label: Logs, render: shell}\n", [], "### Logs\n\n_No response_\n"),
        ("dropdown chosen", "  - type: dropdown\n    id: d\n    attributes: {label: OS, options: [Linux, macOS]}\n", ["d=macos"], "### OS\n\nmacOS\n"),
        ("dropdown default", "  - type: dropdown\n    id: d\n    attributes: {label: OS, options: [Linux, macOS], default: 1}\n", [], "### OS\n\nmacOS\n"),
        ("dropdown unchosen", "  - type: dropdown\n    id: d\n    attributes: {label: OS, options: [Linux, macOS]}\n", [], "### OS\n\n_No response_\n"),
        ("dropdown multiple", "  - type: dropdown\n    id: d\n    attributes: {label: OS, multiple: true, options: [Linux, macOS, BSD]}\n", ["d=BSD, Linux"], "### OS\n\nLinux, BSD\n"),
        ("checkboxes", "  - type: checkboxes\n    id: c\n    attributes:\n      label: Checks\n      options: [{label: One}, {label: Two}, {label: Three}]\n", ["c=Three,One"], "### Checks\n\n- [X] One\n- [ ] Two\n- [X] Three\n"),
        ("markdown is not part of the issue", "  - type: markdown\n    attributes: {value: Hello}\n  - type: input\n    attributes: {label: Name}\n", ["Name=Al"], "### Name\n\nAl\n"),
    ])
    func elementRendersAsGitHubRendersIt(name: String, element: String, fields: [String], expected: String) throws {
        let form = try IssueFormRenderingTests.form(element)
        #expect(form.body(try form.answers(fields: fields, text: nil, allowingMissing: false)) == expected, "\(name)")
    }

    @Test func sectionsAreSeparatedByABlankLine() throws {
        let form = try IssueFormRenderingTests.form("  - type: input\n    attributes: {label: A}\n  - type: input\n    attributes: {label: B}\n")
        #expect(form.body(form.defaultAnswers) == "### A\n\n_No response_\n\n### B\n\n_No response_\n")
    }

    @Test func aRequiredCheckboxLeftUntickedIsMissing() throws {
        let form = try IssueFormRenderingTests.form("  - type: checkboxes\n    id: c\n    attributes:\n      label: Terms\n      options:\n        - label: I agree\n          required: true\n")
        #expect(throws: DocketError.usage("t.yml requires: c (Terms); fill them with --field ID=VALUE, or use -e to edit the issue")) {
            try form.answers(fields: [], text: nil, allowingMissing: false)
        }
    }

    @Test func oneOptionOnlyForASingleChoiceDropdown() throws {
        let form = try IssueFormRenderingTests.form("  - type: dropdown\n    id: d\n    attributes: {label: OS, options: [Linux, macOS]}\n")
        #expect(throws: DocketError.usage("'d' takes one option, not 2")) {
            try form.answers(fields: ["d=Linux,macOS"], text: nil, allowingMissing: false)
        }
    }

    @Test func aDropdownOptionContainingACommaIsOneChoice() throws {
        let form = try IssueFormRenderingTests.form("  - type: dropdown\n    id: d\n    attributes: {label: Size, options: ['Small, cheap', Large]}\n")
        #expect(form.body(try form.answers(fields: ["d=Small, cheap"], text: nil, allowingMissing: false)) == "### Size\n\nSmall, cheap\n")
    }
}
