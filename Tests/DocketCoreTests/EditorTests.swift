import Foundation
import Testing
@testable import DocketCore

/// `docket edit` and `new -e`, with small shell scripts standing in for the user's editor.
@Suite struct EditorTests {
    /// A project whose `$EDITOR` is a script running `body` (the file is its last argument),
    /// at `name` under the project's temporary folder, quoted as a user would, then `arguments`.
    private func project(editor body: String, name: String = "editor.sh", arguments: String = "") -> TestProject {
        let project = TestProject()
        project.useEditor(body, name: name, arguments: arguments)
        return project
    }

    @discardableResult
    private func run(_ project: TestProject, _ arguments: String...) -> Outcome {
        project.runStartingTheEditor(arguments)
    }

    private func drafts(_ project: TestProject) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: project.path(".project/.docket"))) ?? [])
            .filter { $0.hasPrefix("edit-") || $0.hasPrefix("new-issue-") }
    }

    @Test func anEditIsNotSavedOverAChangeMadeWhileTheEditorWasOpen() {
        // The "editor" is also another writer: it comments on the issue, then edits the draft.
        let project = project(editor: #"docket -C "$(dirname "$1")/../.." comment 1 -m "meanwhile" >/dev/null; sed -i 's/^title: A$/title: Edited/' "$1""#)
        project.environment["PATH"] = BuiltBinary.directory + ":/usr/bin:/bin"
        project.run("new", "A")
        let outcome = run(project, "edit", "1")
        #expect(outcome.exitCode == 1)
        #expect(outcome.stderr.contains("#1 changed while you were editing it"))
        let text = project.read(".project/issues/open/0001-a.md")
        #expect(text.contains("meanwhile"))
        #expect(text.contains("\ntitle: A\n"))
        #expect(drafts(project).count == 1)
    }

    @Test func editSavesAValidResult() {
        let project = project(editor: #"sed -i 's/^title: A$/title: Edited/' "$1""#)
        project.run("new", "A")
        let outcome = run(project, "edit", "1")
        #expect(outcome.stdout == "Saved #1 .project/issues/open/0001-a.md\n")
        #expect(project.read(".project/issues/open/0001-a.md").contains("\ntitle: Edited\n"))
        #expect(drafts(project).isEmpty)
    }

    @Test func editKeepsAnInvalidResultAsideAndTheIssueUnchanged() throws {
        let project = project(editor: #"sed -i 's/^id: 1$/id: one/' "$1""#)
        project.run("new", "A")
        let before = project.read(".project/issues/open/0001-a.md")
        let outcome = run(project, "edit", "1")
        #expect(outcome.exitCode == 1)
        #expect(outcome.stderr.contains(".project/issues/open/0001-a.md:2: 'id' must be a positive integer"))
        #expect(project.read(".project/issues/open/0001-a.md") == before)
        let kept = drafts(project)
        #expect(kept.count == 1)
        #expect(project.read(".project/.docket/" + (kept.first ?? "")).contains("\nid: one\n"))
    }

    @Test func newWithEditFilesWhatTheEditorLeaves() {
        let project = project(editor: #"sed -i 's/^priority: medium$/priority: high/' "$1""#)
        #expect(run(project, "new", "Edited first", "-e").stdout == "Created #1 .project/issues/open/0001-edited-first.md\n")
        #expect(project.read(".project/issues/open/0001-edited-first.md").contains("\npriority: high\n"))
        #expect(drafts(project).isEmpty)
    }

    @Test func anEditorWithArgumentsGetsThemBeforeTheFile() {
        let script = #"[ "$1" = -n ] && [ "$2" = "two words" ] || exit 3; sed -i 's/^title: A$/title: Edited/' "$3""#
        let project = project(editor: script, arguments: " -n 'two words'")
        project.run("new", "A")
        #expect(run(project, "edit", "1").exitCode == 0)
        #expect(project.read(".project/issues/open/0001-a.md").contains("\ntitle: Edited\n"))
    }

    @Test func anEditorPathWithASpaceRunsWhenQuoted() {
        let project = project(editor: #"sed -i 's/^title: A$/title: Edited/' "$1""#, name: "my editor/ed")
        project.run("new", "A")
        #expect(run(project, "edit", "1").exitCode == 0)
        #expect(project.read(".project/issues/open/0001-a.md").contains("\ntitle: Edited\n"))
    }

    @Test func visualWinsOverEditor() {
        let project = project(editor: #"sed -i 's/^title: A$/title: Edited/' "$1""#)
        project.environment["VISUAL"] = project.environment["EDITOR"]
        project.environment["EDITOR"] = "false"
        project.run("new", "A")
        #expect(run(project, "edit", "1").exitCode == 0)
    }

    @Test(arguments: [
        ([:], "vi"),
        (["EDITOR": "nano -w"], "nano -w"),
        (["VISUAL": "", "EDITOR": "ed"], "ed"),
        (["VISUAL": "code --wait", "EDITOR": "ed"], "code --wait"),
    ])
    func theEditorIsVisualThenEditorThenVi(environment: [String: String], command: String) {
        #expect(Editor.command(environment: environment) == command)
    }

    private static let aborting: [(script: String, message: String)] = [
        ("exit 1", "aborting: the editor exited with status 1; nothing changed"),
        (#": > "$1""#, "aborting: empty buffer; nothing changed"),
        (#"printf ' \n\t\n' > "$1""#, "aborting: empty buffer; nothing changed"),
    ]

    @Test(arguments: aborting)
    func editAbortsWhenTheEditorFailsOrEmptiesTheBuffer(script: String, message: String) {
        let project = project(editor: script)
        project.run("new", "A")
        let before = project.read(".project/issues/open/0001-a.md")
        let outcome = run(project, "edit", "1")
        #expect(outcome.exitCode == 1)
        #expect(outcome.stderr == "docket: \(message)\n")
        #expect(project.read(".project/issues/open/0001-a.md") == before)
        #expect(drafts(project).isEmpty)
    }

    @Test(arguments: aborting)
    func newWithEditAbortsWhenTheEditorFailsOrEmptiesTheBuffer(script: String, message: String) {
        let project = project(editor: script)
        let outcome = run(project, "new", "A", "-e")
        #expect(outcome.exitCode == 1)
        #expect(outcome.stderr == "docket: \(message)\n")
        #expect(project.files("open").isEmpty)
        #expect(drafts(project).isEmpty)
    }

    @Test func editRefusesAChangedIDAndKeepsTheEdit() {
        let project = project(editor: #"sed -i 's/^id: 1$/id: 2/' "$1""#)
        project.run("new", "A")
        let before = project.read(".project/issues/open/0001-a.md")
        let outcome = run(project, "edit", "1")
        #expect(outcome.exitCode == 1)
        #expect(outcome.stderr.hasPrefix("docket: .project/issues/open/0001-a.md:2: the ID cannot change (it is #1, the edit says #2)\n"))
        #expect(project.read(".project/issues/open/0001-a.md") == before)
        let kept = drafts(project)
        #expect(kept.count == 1)
        #expect(outcome.stderr.contains("your edit is kept in .project/.docket/\(kept.first ?? "-")\n"))
        #expect(project.read(".project/.docket/" + (kept.first ?? "")).contains("\nid: 2\n"))
    }

    @Test func editingTheStatusToClosedClosesTheIssueWithTheEditedText() {
        let project = project(editor: #"sed -i -e 's/^status: open$/status: closed/' -e 's/^title: A$/title: Edited/' "$1""#)
        project.run("new", "A")
        let outcome = run(project, "edit", "1")
        #expect(outcome.stdout == "Saved #1 .project/issues/closed/0001-a.md\n")
        #expect(project.files("open").isEmpty)
        let closed = project.read(".project/issues/closed/0001-a.md")
        #expect(closed.contains("\nstatus: closed\n") && closed.contains("\ntitle: Edited\n"))
    }

    @Test func editingTheStatusToOpenReopensTheIssue() {
        let project = project(editor: #"sed -i 's/^status: closed$/status: open/' "$1""#)
        project.run("new", "A")
        project.run("close", "1")
        #expect(run(project, "edit", "1").stdout == "Saved #1 .project/issues/open/0001-a.md\n")
        #expect(project.files("closed").isEmpty)
        #expect(project.read(".project/issues/open/0001-a.md").contains("\nstatus: open\n"))
    }

    @Test func editingAnIssueNNNStatusToResolvedClosesIt() {
        let project = project(editor: #"sed -i 's/^[*][*]Status[*][*]: Open$/**Status**: Resolved/' "$1""#)
        project.write(".project/issues/ISSUE_TEMPLATE.md", IssueNNNDefaultTemplate.text)
        project.run("new", "Crash")
        #expect(run(project, "edit", "ISSUE-001").stdout == "Saved ISSUE-001 .project/issues/closed/ISSUE-001-crash.md\n")
        #expect(project.read(".project/issues/closed/ISSUE-001-crash.md").contains("\n**Status**: Resolved\n"))
    }

    @Test func editRefusesAChangedIssueNNNHeading() {
        let project = project(editor: #"sed -i 's/^# ISSUE-001:/# ISSUE-002:/' "$1""#)
        project.write(".project/issues/ISSUE_TEMPLATE.md", IssueNNNDefaultTemplate.text)
        project.run("new", "Crash")
        let before = project.read(".project/issues/open/ISSUE-001-crash.md")
        let outcome = run(project, "edit", "ISSUE-001")
        #expect(outcome.stderr.hasPrefix("docket: .project/issues/open/ISSUE-001-crash.md:1: the ID cannot change (it is ISSUE-001, the edit says ISSUE-002)\n"))
        #expect(project.read(".project/issues/open/ISSUE-001-crash.md") == before)
    }

    @Test func theCommandPrintedForAKeptNewDraftFilesItAsKept() throws {
        let script = #"sed -i -e 's/^title: .*$/title:/' -e 's/^labels: .*$/labels: [bug, docs]/' -e 's/^priority: .*$/priority: high/' "$1"; echo 'Kept line.' >> "$1""#
        let project = project(editor: script)
        let failed = run(project, "new", "Draft", "-e")
        #expect(failed.exitCode == 1)
        #expect(project.files("open").isEmpty)
        let printed = try #require(failed.stderr.firstRange(of: "file it with 'docket ").map { failed.stderr[$0.upperBound...].dropLast(2) })
        let keptPath = try #require(drafts(project).first.map { ".project/.docket/" + $0 })
        #expect(printed == "new -F \(keptPath)")
        project.write(keptPath, project.read(keptPath).replacingOccurrences(of: "\ntitle:\n", with: "\ntitle: Kept title\n"))
        let kept = project.read(keptPath)
        #expect(project.run(printed.split(separator: " ").map(String.init)).stdout == "Created #1 .project/issues/open/0001-kept-title.md\n")
        let filed = project.read(".project/issues/open/0001-kept-title.md")
        #expect(filed.contains("\ntitle: Kept title\n") && filed.contains("\nlabels: [bug, docs]\n") && filed.contains("\npriority: high\n"))
        #expect(filed.components(separatedBy: "\n---\n").last == kept.components(separatedBy: "\n---\n").last)
        #expect(filed.hasSuffix("Kept line.\n"))
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
        // 60 cells leave the title 16 with AGE, too few: AGE is left out and the title gets 21.
        #expect(plain == "ID  STATE  PRIORITY  TITLE" + String(repeating: " ", count: 16) + "  LABELS  ASSIGNEE\n"
            + "#1  open   high      A title" + String(repeating: " ", count: 14) + "  bug\n")
        #expect(list([:]).contains("\u{1B}[31mhigh"))
    }
}
