import Synchronization
import Testing
@testable import DocketCore

/// A template that must fail to parse, with where and how.
private struct ErrorCase: Sendable, CustomTestStringConvertible {
    let source: String
    let message: String
    let line: Int
    let column: Int
    /// The full printed diagnostic: headline, offending line, caret.
    let printed: String

    var testDescription: String { message }
}

private let errorCases: [ErrorCase] = [
    ErrorCase(
        source: "Title\n  {{#items}}\n{{name}}\n", message: "unclosed section 'items'", line: 2, column: 3,
        printed: "t.md:2:3: unclosed section 'items'\n  {{#items}}\n  ^"),
    ErrorCase(
        source: "{{#a}}x{{/b}}", message: "closing tag 'b' does not match open section 'a'", line: 1, column: 8,
        printed: "t.md:1:8: closing tag 'b' does not match open section 'a'\n{{#a}}x{{/b}}\n       ^"),
    ErrorCase(
        source: "one\ntext {{/a}}", message: "unexpected closing tag 'a'", line: 2, column: 6,
        printed: "t.md:2:6: unexpected closing tag 'a'\ntext {{/a}}\n     ^"),
    ErrorCase(
        source: "Hello {{name", message: "unterminated tag: no closing '}}'", line: 1, column: 7,
        printed: "t.md:1:7: unterminated tag: no closing '}}'\nHello {{name\n      ^"),
    ErrorCase(
        source: "{{{name}}", message: "unterminated tag: no closing '}}}'", line: 1, column: 1,
        printed: "t.md:1:1: unterminated tag: no closing '}}}'\n{{{name}}\n^"),
    ErrorCase(
        source: "x {{=<% %>}}", message: "bad delimiter change: expected '=' before '}}'", line: 1, column: 3,
        printed: "t.md:1:3: bad delimiter change: expected '=' before '}}'\nx {{=<% %>}}\n  ^"),
    ErrorCase(
        source: "{{=<% % %>=}}",
        message: "bad delimiter change: expected two delimiters separated by whitespace, like {{=<% %>=}}",
        line: 1, column: 1,
        printed: "t.md:1:1: bad delimiter change: expected two delimiters separated by whitespace, like {{=<% %>=}}\n{{=<% % %>=}}\n^"),
    ErrorCase(
        source: "{{=<%= =%>=}}", message: "bad delimiter change: delimiters must not contain '='", line: 1, column: 1,
        printed: "t.md:1:1: bad delimiter change: delimiters must not contain '='\n{{=<%= =%>=}}\n^"),
    ErrorCase(
        source: "a\r\nb {{#}}", message: "empty tag name", line: 2, column: 3,
        printed: "t.md:2:3: empty tag name\nb {{#}}\n  ^"),
    ErrorCase(
        source: "{{ }}", message: "empty tag name", line: 1, column: 1,
        printed: "t.md:1:1: empty tag name\n{{ }}\n^"),
    ErrorCase(
        source: "{{#each items}}{{/each items}}", message: "tag name 'each items' contains whitespace", line: 1, column: 1,
        printed: "t.md:1:1: tag name 'each items' contains whitespace\n{{#each items}}{{/each items}}\n^"),
    ErrorCase(
        source: "héllo wörld {{/x}}", message: "unexpected closing tag 'x'", line: 1, column: 13,
        printed: "t.md:1:13: unexpected closing tag 'x'\nhéllo wörld {{/x}}\n            ^"),
    ErrorCase(
        source: "👍🏽\t{{/x}}", message: "unexpected closing tag 'x'", line: 1, column: 3,
        printed: "t.md:1:3: unexpected closing tag 'x'\n👍🏽\t{{/x}}\n \t^"),
    ErrorCase(
        source: "{{=<% %>=}}\n<%#a%>{{/a}}", message: "unclosed section 'a'", line: 2, column: 1,
        printed: "t.md:2:1: unclosed section 'a'\n<%#a%>{{/a}}\n^"),
]

/// The diagnostic parsing `source` (as `t.md`) throws, or `nil` when it parses.
private func parseError(_ source: String) -> Diagnostic? {
    do throws(Diagnostic) {
        _ = try Template(parsing: source, path: "t.md")
        return nil
    } catch {
        return error
    }
}

/// Renders `source` against `context`.
private func render(
    _ source: String, _ context: JSONValue = .object([]), escaping: TemplateEscaping = .none,
    partials: [String: String] = [:]
) throws -> String {
    var templates: [String: Template] = [:]
    for (name, text) in partials { templates[name] = try Template(parsing: text, path: name) }
    return try Template(parsing: source).render(context, escaping: escaping, partials: PartialResolver(templates))
}

@Suite struct TemplateTests {
    @Test(arguments: errorCases)
    private func malformedTemplateReportsDiagnostic(_ error: ErrorCase) {
        let diagnostic = parseError(error.source)
        #expect(diagnostic?.message == error.message)
        #expect(diagnostic?.location == SourceLocation(path: "t.md", line: error.line, column: error.column))
        #expect(diagnostic?.description == error.printed)
    }

    @Test func firstErrorInSourceOrderWins() {
        #expect(parseError("{{/a}} {{b")?.message == "unexpected closing tag 'a'")
    }

    @Test func selfIncludingPartialStopsWithDiagnostic() throws {
        let loop = try Template(parsing: "x{{>loop}}", path: "loop.md")
        let template = try Template(parsing: "{{>loop}}", path: "main.md")
        #expect {
            try template.render(.null, partials: PartialResolver(["loop": loop]))
        } throws: { error in
            let diagnostic = error as? Diagnostic
            return diagnostic?.headline
                == "loop.md:1:2: partials nested deeper than 256 at 'loop'; does a partial include itself?"
        }
    }

    @Test func resolverErrorsEndTheRender() throws {
        struct Unreadable: Error {}
        let template = try Template(parsing: "a{{>p}}b")
        #expect(throws: Unreadable.self) {
            try template.render(.null, partials: PartialResolver { _ in throw Unreadable() })
        }
    }

    @Test func resolverIsAskedOncePerNamePerRender() throws {
        let calls = Mutex(0)
        let partial = try Template(parsing: "[{{.}}]")
        let resolver = PartialResolver { _ in
            calls.withLock { $0 += 1 }
            return partial
        }
        let output = try Template(parsing: "{{#list}}{{>item}}{{/list}}")
            .render(.object([("list", .array([.int(1), .int(2), .int(3)]))]), partials: resolver)
        #expect(output == "[1][2][3]")
        #expect(calls.withLock { $0 } == 1)
    }

    @Test func escapingDefaultsToNone() throws {
        #expect(try render("{{x}}", .object([("x", .string("<a href='u'>&</a>"))])) == "<a href='u'>&</a>")
    }

    @Test func htmlEscapingCoversQuotesAndApostrophes() throws {
        let output = try render("{{x}}|{{{x}}}", .object([("x", .string("<'&\">"))]), escaping: .html)
        #expect(output == "&lt;&#39;&amp;&quot;&gt;|<'&\">")
    }

    @Test(arguments: [
        (JSONValue.double(1.21), "1.21"), (.double(3.0), "3"), (.double(-2.0), "-2"), (.double(0.5), "0.5"),
        (.double(1e20), "1e+20"), (.int(42), "42"), (.bool(true), "true"), (.null, ""),
        (.array([.string("bug"), .int(2)]), "bug, 2"), (.object([("a", .int(1))]), "{\"a\":1}"),
    ])
    func valuesPrintAsTheSpecExpects(value: JSONValue, text: String) throws {
        #expect(try render("{{v}}", .object([("v", value)])) == text)
    }

    @Test(arguments: [
        (JSONValue.string(""), "yes"), (.int(0), "yes"), (.object([]), "yes"),
        (.bool(false), "no"), (.null, "no"), (.array([]), "no"),
    ])
    func onlyFalseNullAndEmptyListAreFalsey(value: JSONValue, expected: String) throws {
        #expect(try render("{{#v}}yes{{/v}}{{^v}}no{{/v}}", .object([("v", value)])) == expected)
    }

    @Test func templateRendersManyTimesWithDifferentContexts() throws {
        let template = try Template(parsing: "Hi {{name}}!")
        #expect(try template.render(.object([("name", .string("Ann"))])) == "Hi Ann!")
        #expect(try template.render(.object([("name", .string("Bo"))])) == "Hi Bo!")
    }

    @Test func standalonePartialIndentationSkipsEmptyLines() throws {
        #expect(try render("  {{>p}}\n", partials: ["p": "a\n\nb\n"]) == "  a\n\n  b\n")
    }

    @Test func nestedStandalonePartialsAccumulateIndentation() throws {
        let output = try render("  {{>outer}}\n", partials: ["outer": "o\n  {{>inner}}\n", "inner": "x\ny\n"])
        #expect(output == "  o\n    x\n    y\n")
    }

    @Test func inlinePartialIsNotIndented() throws {
        #expect(try render("  {{>outer}}\n", partials: ["outer": "<{{>inner}}>\n", "inner": "x\ny"]) == "  <x\ny>\n")
    }

    @Test func delimiterChangeDoesNotLeakIntoPartials() throws {
        let output = try render("{{=<% %>=}}<%>p%>", .object([("v", .int(1))]), partials: ["p": "{{v}}<%v%>"])
        #expect(output == "1<%v%>")
    }

    @Test func whitespaceBeforeSigilIsAllowed() throws {
        #expect(try render("{{ #a }}in{{ /a }}", .object([("a", .bool(true))])) == "in")
    }

    @Test func sectionsNestedUpToTheCapRender() throws {
        let source = String(repeating: "{{#a}}", count: 512) + "x" + String(repeating: "{{/a}}", count: 512)
        #expect(try render(source, .object([("a", .bool(true))])) == "x")
    }

    @Test func sectionsNestedBeyondTheCapStopWithDiagnostic() throws {
        let source = String(repeating: "{{#a}}", count: 10_000) + "x" + String(repeating: "{{/a}}", count: 10_000)
        let template = try Template(parsing: source, path: "deep.md")
        #expect(try template.render(.object([])) == "")
        #expect {
            try template.render(.object([("a", .bool(true))]))
        } throws: { error in
            (error as? Diagnostic)?.headline == "deep.md:1:3073: sections nested deeper than 512"
        }
    }

    @Test func pathIsKept() throws {
        #expect(try Template(parsing: "", path: "notes/t.md").path == "notes/t.md")
    }

    @Test(arguments: [
        ("Hello {{name}}", true), ("{{#a}}", true), ("{{!c}}", true), ("[title] and [id]", false),
        ("{{ unfinished", false), ("}} then {{", false), ("", false),
    ])
    func containsTagsFindsDefaultDelimiterTags(source: String, expected: Bool) {
        #expect(Template.containsTags(source) == expected)
    }
}
