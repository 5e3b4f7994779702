import Foundation
import Testing
@testable import DocketCore

/// `new -e` with a dialect template, with small shell scripts standing in for the editor.
@Suite struct DialectEditorTests {
    private func project(editor body: String) throws -> TestProject {
        let project = try DialectRepository.project(onlyPrefix: "AUTH")
        project.useEditor(body)
        return project
    }

    private func run(_ project: TestProject, _ arguments: String...) -> Outcome {
        project.runStartingTheEditor(arguments)
    }

    private func drafts(_ project: TestProject) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: project.path(".project/.docket"))) ?? []).filter { $0.hasPrefix("new-issue-") }
    }

    @Test func theEditorOpensOnTheFilledTemplateAndTheResultIsFiledUnderTheAllocatedKey() throws {
        // The editor checks it sees the filled template, sets the Type, and meanwhile someone files AUTH-006.
        let project = try project(editor: #"""
            grep -q '^# AUTH-006: Weak hashing$' "$1" || exit 3
            sed -i 's/^\*\*Type\*\*: .*/**Type**: Security/' "$1"
            printf '# AUTH-006: Meanwhile\n' > "$(dirname "$1")/../issues/open/AUTH-006-meanwhile.md"
            """#)
        let outcome = run(project, "new", "Weak hashing", "-e")
        #expect(outcome.stdout == "Created AUTH-007 .project/issues/open/AUTH-007-weak-hashing.md\n")
        let text = project.read(".project/issues/open/AUTH-007-weak-hashing.md")
        #expect(text.hasPrefix("# AUTH-007: Weak hashing\n"))
        #expect(text.contains("**Type**: Security\n"))
        #expect(drafts(project).isEmpty)
    }

    @Test func aResultWithoutItsHeadingIsKeptAndFiledOnceFixed() throws {
        let project = try project(editor: #"sed -i '1d' "$1""#)
        let outcome = run(project, "new", "Weak hashing", "-e")
        #expect(outcome.exitCode == 1)
        #expect(outcome.stderr.contains("no longer starts with a '# PREFIX-NNN: Title' heading"))
        let kept = try #require(drafts(project).first)
        let path = ".project/.docket/" + kept
        project.write(path, "# AUTH-001: Weak hashing\n" + project.read(path))
        #expect(project.run("new", "-F", path, "-q").stdout == "AUTH-006\n")
        #expect(project.read(".project/issues/open/AUTH-006-weak-hashing.md").hasPrefix("# AUTH-006: Weak hashing\n"))
    }
}
