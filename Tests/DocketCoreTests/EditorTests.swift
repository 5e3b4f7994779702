import Foundation
import Testing
@testable import DocketCore

/// `docket edit` and `new -e`, with `sed -i` standing in for the user's editor.
@Suite struct EditorTests {
    private func project(editor: String) -> TestProject {
        let project = TestProject()
        project.environment["EDITOR"] = editor
        project.environment["PATH"] = "/usr/bin:/bin"
        return project
    }

    @Test func editSavesAValidResult() {
        let project = project(editor: "sed -i s/^title:.A$/title:\\x20Edited/")
        project.run("new", "A")
        let outcome = project.run("edit", "1")
        #expect(outcome.stdout == "Saved #1 .project/issues/open/0001-a.md\n")
        #expect(project.read(".project/issues/open/0001-a.md").contains("\ntitle: Edited\n"))
    }

    @Test func editKeepsAnInvalidResultAsideAndTheIssueUnchanged() throws {
        let project = project(editor: "sed -i s/^id:.1$/id:\\x20one/")
        project.run("new", "A")
        let before = project.read(".project/issues/open/0001-a.md")
        let outcome = project.run("edit", "1")
        #expect(outcome.exitCode == 1)
        #expect(outcome.stderr.contains(".project/issues/open/0001-a.md:2: 'id' must be a positive integer"))
        #expect(project.read(".project/issues/open/0001-a.md") == before)
        let kept = try FileManager.default.contentsOfDirectory(atPath: project.path(".project/.docket")).filter { $0.hasPrefix("edit-1-") }
        #expect(kept.count == 1)
        #expect(project.read(".project/.docket/" + kept[0]).contains("\nid: one\n"))
    }

    @Test func newWithEditFilesWhatTheEditorLeaves() {
        let project = project(editor: "sed -i s/^priority:.medium$/priority:\\x20high/")
        #expect(project.run("new", "Edited first", "-e").stdout == "Created #1 .project/issues/open/0001-edited-first.md\n")
        #expect(project.read(".project/issues/open/0001-edited-first.md").contains("\npriority: high\n"))
    }

    @Test func terminalListIsAnAlignedTableColouredUnlessNoColor() {
        let project = TestProject()
        project.run("new", "A title", "-l", "bug", "-p", "high")
        func list(_ environment: [String: String]) -> String {
            let now = project.now
            return Docket.run(Invocation(arguments: ["list"], environment: environment, currentDirectory: project.root,
                                         stdoutIsTerminal: true, terminalWidth: 60, now: { now })).stdout
        }
        let plain = list(["NO_COLOR": "1"])
        #expect(plain == "#1  high      A title" + String(repeating: " ", count: 28) + "  bug  0m\n")
        #expect(list([:]).contains("\u{1B}[31mhigh"))
    }
}
