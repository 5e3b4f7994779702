import Foundation
import Testing
@testable import DocketCore

/// A template that multiplies its text stops at a size limit instead of building it all.
@Suite struct TemplateLimitTests {
    /// Three nested sections over 200 items print a 1000-byte line 8 million times: 8 GB uncapped.
    private static let multiplying = "{{#labels}}{{#labels}}{{#labels}}\n" + String(repeating: "x", count: 999) + "\n{{/labels}}{{/labels}}{{/labels}}\n"
    private static let labels = JSONValue.object([("labels", .array((1...200).map { .string("l\($0)") }))])

    @Test func renderingPastTheLimitStopsWithADiagnosticAtTheOutermostSection() throws {
        let template = try Template(parsing: Self.multiplying, path: "t.md")
        #expect(throws: Diagnostic("the rendered text would be larger than 1000 bytes; rendering stopped in the section or partial here",
                                   at: SourceLocation(path: "t.md", line: 1, column: 1), sourceLine: "{{#labels}}{{#labels}}{{#labels}}")) {
            try template.render(Self.labels, maximumLength: 1000)
        }
    }

    @Test func renderingUpToTheLimitSucceeds() throws {
        let template = try Template(parsing: "{{#labels}}x{{/labels}}", path: "t.md")
        #expect(try template.render(Self.labels, maximumLength: 200).count == 200)
    }

    @Test func newWithATemplateRenderingOverTenMegabytesFailsAndWritesNothing() {
        let project = TestProject()
        project.write(".project/issues/ISSUE_TEMPLATE/big.md", Self.multiplying)
        let labels = (1...200).map { "l\($0)" }.joined(separator: ",")
        let outcome = project.run("new", "T", "-t", "big", "-l", labels)
        #expect(outcome.exitCode == 1)
        #expect(outcome.stderr.contains("big.md:1:1: the rendered text would be larger than 10 MB"), "\(outcome.stderr)")
        #expect(project.files("open").isEmpty)
    }
}
