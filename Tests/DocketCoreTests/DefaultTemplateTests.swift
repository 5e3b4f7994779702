import Foundation
import Testing
@testable import DocketCore

@Suite struct DefaultTemplateTests {
    @Test func embeddedTemplateMatchesTemplatesFolder() throws {
        let file = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Templates/ISSUE_TEMPLATE.md")
        #expect(try String(contentsOf: file, encoding: .utf8) == DefaultTemplate.text)
    }

    @Test func embeddedIssueNNNTemplateMatchesTemplatesFolder() throws {
        let file = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Templates/ISSUE_TEMPLATE.protocol.md")
        #expect(try String(contentsOf: file, encoding: .utf8) == IssueNNNDefaultTemplate.text)
    }

    @Test func defaultTemplateParsesAndRenders() throws {
        let template = try IssueTemplate(text: DefaultTemplate.text, path: "t")
        let rendered = try template.parsedBody().render(.object([("body", .string("It broke.")), ("author", .string("a"))]))
        #expect(rendered.contains("It broke."))
        #expect(!rendered.contains("What happened"))
    }
}
