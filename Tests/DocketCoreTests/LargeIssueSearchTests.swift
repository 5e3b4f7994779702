import Foundation
import Testing

@testable import DocketCore

/// Search time grows with the size of the matching issues, not with its square: FTS5's
/// `snippet()` compares every match with every other, so long bodies get `LongTextSnippet`.
/// Quadratic, the 4 MB issue here took over a minute; these tests would time out.
@Suite struct LargeIssueSearchTests {
    /// About 4 MB of lines in which every eighth word is `needle`.
    static let body: String = {
        let words = ["alpha", "beta", "gamma", "delta", "zeta", "omega", "kappa"]
        var line = ""
        for index in 0..<96 { line += (index % 8 == 5 ? "needle" : words[index % words.count]) + " " }
        line += "\n"
        return String(repeating: line, count: 4_000_000 / line.utf8.count + 1)
    }()

    private func project() -> TestProject {
        let project = TestProject()
        project.write(".project/issues/open/0001-big.md", "---\nid: 1\ntitle: Big issue\n---\n" + LargeIssueSearchTests.body)
        return project
    }

    @Test func aFourMegabyteIssueFullOfTheWordIsFoundWithASnippet() {
        let outcome = project().run("search", "needle")
        #expect(outcome.exitCode == 0)
        #expect(outcome.stdout == "1\topen\tBig issue\t…gamma delta zeta needle kappa alpha beta gamma delta zeta omega needle…\n")
    }

    @Test func theSnippetOfALongBodyIsMarkedOnATerminal() {
        let project = project()
        let outcome = Docket.run(Invocation(
            arguments: ["search", "needle"], environment: ["USER": "tester"], currentDirectory: project.root, stdoutIsTerminal: true))
        let marked = "\u{1B}[1mneedle\u{1B}[0m"
        #expect(outcome.stdout.contains("    …gamma delta zeta \(marked) kappa alpha beta gamma delta zeta omega \(marked)…"))
    }

    @Test func aMatchInTheTitleIsTheSnippetWithoutReadingTheBody() {
        let outcome = project().run("search", "big")
        #expect(outcome.stdout == "1\topen\tBig issue\tBig issue\n")
    }

    @Test func aPrefixTermMarksTheWordsItBegins() throws {
        let snippet = LongTextSnippet(try Query(parsing: "nee*")).snippet(of: "one two needles three", highlight: ("[", "]"))
        #expect(snippet == "one two [needles] three")
    }

    @Test func aWindowStartsAFewTokensBeforeTheMatch() throws {
        let text = (1...20).map { "w\($0)" }.joined(separator: " ") + " needle " + (1...20).map { "v\($0)" }.joined(separator: " ")
        let snippet = LongTextSnippet(try Query(parsing: "needle")).snippet(of: text, highlight: ("[", "]"))
        #expect(snippet == "…w18 w19 w20 [needle] v1 v2 v3 v4 v5 v6 v7 v8…")
    }
}
