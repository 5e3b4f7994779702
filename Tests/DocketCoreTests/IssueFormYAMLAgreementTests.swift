import Foundation
import Testing
@testable import DocketCore

/// Issue forms mean to Docket what they mean to a real YAML parser: each fixture form and each
/// tricky snippet parses to the same value as PyYAML's `safe_load` (compared as JSON).
@Suite struct IssueFormYAMLAgreementTests {
    static let formNames = [
        "bug_report.yml", "crlf.yml", "documentation.yml", "every_element.yml", "feature_request.yaml",
        "question.yml", "security.yml", "unicode.yml",
    ]

    static let snippets: [(name: String, yaml: String)] = [
        ("block mapping", "a: b\nc: d\n"),
        ("plain scalar over lines", "a: one\n  two\n\n  three\nb: x\n"),
        ("literal keep", "a: |+\n  x\n\n\nb: 1\n"),
        ("literal strip", "a: |-\n  x\n  y\n\n"),
        ("literal clip at the end", "a: |\n  x\n\n\n"),
        ("folded with more-indented lines", "a: >\n  one\n  two\n\n   indented\n   more\n  back\n"),
        ("folded keep at the end", "a: >+\n  x\n\n"),
        ("folded with leading blank lines", "a: >\n\n  x\n  y\n"),
        ("indentation indicator", "a: |1\n  two spaces\n b\n"),
        ("indicators in either order", "a: |-2\n    x\nb: >2-\n    y\n"),
        ("block scalar header comment", "a: | # note\n  x\n"),
        ("block scalars in a sequence", "- |\n  a\n  b\n- >-\n  c\n  d\n"),
        ("double-quoted escapes", #"a: "tab\there \u00e9 \x41 \U0001F600 \\ \" \/ \N\_ \0 \e \b\a""# + "\n"),
        ("double-quoted over lines", "a: \"one\n  two\n\n  three \\\n  four\"\n"),
        ("single-quoted", "a: 'it''s # not a comment'\nb: 'x\n\n  y'\n"),
        ("comments everywhere", "# c\na: b # c\n# c\nc: # c\n  - d # c\n   # c\n"),
        ("flow collections", "a: [b, 'c', \"d\", [e, f], {g: h, i}]\nb: []\nc: {}\n"),
        ("flow sequence over lines", "a: [\n  b,\n  c d,\n]\n"),
        ("flow mapping with spaces", "a: { b: [1, 2], c: {d: e} }\n"),
        ("flow with quoted commas", "a: [\"x, y\", 'z]', w]\n"),
        ("YAML 1.1 types", "a: yes\nb: No\nc: on\nd: ~\ne: null\nf: 012\ng: 0x1F\nh: 1_000\ni: 1.5\nj: -.5\nk: 1e3\nl: 190:20:30\nm: 0b101\nn: +12\no: 1.0e+3\np: TRUE\nq: y\nr: 1.10\n"),
        ("indentless sequence", "a:\n- b\n- c\nd: e\n"),
        ("nested sequences", "- - a\n  - b\n- - c\n"),
        ("sequence of mappings", "- a: 1\n  b: 2\n-\n  c: 3\n-\n"),
        ("quoted and odd keys", "\"a b\": 1\n'c:d': 2\ne:f: 3\n"),
        ("non-string keys", "2: a\ntrue: b\n~: c\n1.5: d\n"),
        ("empty values", "a:\nb: ''\nc: \"\"\nd: []\n"),
        ("a plain document", "just text\n  continued\n"),
        ("colons in plain scalars", "url: http://example.com/a#b\ntime: 12:30\nratio: a:b\n"),
        ("document markers", "---\na: 1\n...\n"),
        ("indicator characters inside plain scalars", "a: -x\nb: ?y\nc: :z\nd: x - y\ne: a#b\n"),
        ("unicode", "é: ü 日本\n🐛: \"\\u2603\"\n"),
        ("trailing spaces", "a: \"x\ty\"  \nb: c   \n"),
        ("CRLF line breaks", "a: |\r\n  x\r\n  y\r\nb: 'p\r\n  q'\r\nc: d\r\n"),
        ("byte order mark", "\u{FEFF}a: 1\n"),
        ("only a comment", "# nothing here\n"),
        ("deeper nesting", "a:\n  b:\n    c:\n      - d: |\n          text\n        e: f\n  g: h\n"),
    ]

    /// `safe_load` of each document, as JSON, or `{"error": ...}`.
    private static func pyYAML(_ documents: [String]) throws -> [JSONValue] {
        let script = """
        import json, sys, yaml
        out = []
        for doc in json.load(sys.stdin):
            try:
                out.append({"value": yaml.safe_load(doc)})
            except yaml.YAMLError as error:
                out.append({"error": str(error)})
        json.dump(out, sys.stdout)
        """
        return try BuiltBinary.pyYAML(script, documents: documents).arrayValue ?? []
    }

    @Test func fixtureFormsParseAsPyYAMLParsesThem() throws {
        let texts = try IssueFormYAMLAgreementTests.formNames.map { try Fixtures.text("issue-forms/" + $0) }
        let expected = try IssueFormYAMLAgreementTests.pyYAML(texts)
        for (name, (text, python)) in zip(IssueFormYAMLAgreementTests.formNames, zip(texts, expected)) {
            let docket = try YAMLDocument(parsing: text, path: name).root.json
            #expect(python["value"] == docket, "\(name)")
        }
    }

    @Test func fixtureFormsAreValidIssueForms() throws {
        for name in IssueFormYAMLAgreementTests.formNames {
            let form = try IssueForm(text: Fixtures.text("issue-forms/" + name), path: name)
            #expect(form.elements.contains { $0.kind != .markdown }, "\(name)")
        }
    }

    @Test func trickySnippetsParseAsPyYAMLParsesThem() throws {
        let snippets = IssueFormYAMLAgreementTests.snippets
        let expected = try IssueFormYAMLAgreementTests.pyYAML(snippets.map(\.yaml))
        for (snippet, python) in zip(snippets, expected) {
            #expect(python["error"] == nil, "PyYAML refuses '\(snippet.name)'")
            let docket = try YAMLDocument(parsing: snippet.yaml, path: "x.yml").root.json
            #expect(python["value"] == docket, "\(snippet.name)")
        }
    }

    @Test(arguments: [
        ("a: &x 1\nb: *x\n", "x.yml:1: anchors ('&') are not supported"),
        ("a: 1\nb: *x\n", "x.yml:2: aliases ('*') are not supported"),
        ("a: !!str 1\n", "x.yml:1: tags ('!') are not supported"),
        ("---\na: 1\n---\nb: 2\n", "x.yml:3: only one YAML document is supported"),
        ("%YAML 1.1\n---\na: 1\n", "x.yml:1: YAML directives ('%') are not supported"),
        ("? a\n: b\n", "x.yml:1: complex keys ('? ') are not supported"),
        ("a: 1\na: 2\n", "x.yml:2: duplicate key 'a'"),
        ("a:\tb\n", "x.yml:1: a tab cannot indent or separate YAML; use spaces"),
        ("<<: {a: 1}\n", "x.yml:1: merge keys ('<<') are not supported"),
        ("a: b: c\n", "x.yml:1: mapping values are not allowed here; start the nested mapping on the next line"),
        ("a: \"open\n", "x.yml:1: the quoted value is not closed"),
        ("a: [b, c\n", "x.yml:1: the flow collection opened here is not closed with ']'"),
        ("a: \"\\q\"\n", "x.yml:1: unknown escape '\\q' in a double-quoted value"),
        ("a: 1\n  b: 2\n", "x.yml:2: mapping values are not allowed here; a value over several lines cannot be a key"),
        ("a:\n  - b\n c: d\n", "x.yml:3: unexpected indentation; a mapping's keys line up at one column"),
        ("a: 1\n b\nc\n", "x.yml:3: expected 'key: value' (a ':' and a space after the key)"),
        ("- a\nb\n", "x.yml:2: unexpected text; check the indentation of this line"),
        ("a: x\u{2028}y\n", "x.yml:1: the line separator U+2028 is not supported; use a line break"),
        ("a: [x: y]\n", "x.yml:1: a 'key: value' pair inside a flow sequence is not supported; use a flow mapping { }"),
        ("a: [b] c\n", "x.yml:1: unexpected text after the value; quote the whole value"),
    ])
    func unsupportedYAMLIsAnErrorAtItsLine(yaml: String, message: String) {
        #expect(throws: Diagnostic.self) { try YAMLDocument(parsing: yaml, path: "x.yml") }
        do {
            _ = try YAMLDocument(parsing: yaml, path: "x.yml")
        } catch {
            #expect(error.headline == message)
        }
    }
}
