import Foundation
import Testing
@testable import DocketCore

/// The `building the index` notice: on a terminal, when the build has enough files to
/// parse to take noticeable time; never in a pipe, never for a quick build, never inside an
/// MCP tool's text.
@Suite struct IndexNoticeTests {
    static let notice = "docket: building the index .project/.docket/index.sqlite from the issue files\n"

    /// A project with `count` small issues and no index yet.
    private func project(issues count: Int) -> TestProject {
        let project = TestProject()
        for id in 1...count {
            project.write(".project/issues/open/\(IssueKey.pad(id, to: 4))-i.md", "---\nid: \(id)\ntitle: Issue \(id)\n---\n")
        }
        return project
    }

    private func list(_ project: TestProject, stderrIsTerminal: Bool) -> Outcome {
        let now = project.now
        return Docket.run(Invocation(
            arguments: ["list"], environment: project.environment, currentDirectory: project.root,
            stderrIsTerminal: stderrIsTerminal, now: { now }
        ))
    }

    @Test func aLargeBuildOnATerminalSaysSoOnce() {
        let project = project(issues: IssueIndex.noticeThreshold)
        let first = list(project, stderrIsTerminal: true)
        #expect(first.exitCode == 0)
        #expect(first.stderr == Self.notice)
        #expect(list(project, stderrIsTerminal: true).stderr == "")
    }

    @Test func aLargeBuildInAPipeIsQuiet() {
        let outcome = list(project(issues: IssueIndex.noticeThreshold), stderrIsTerminal: false)
        #expect(outcome.exitCode == 0)
        #expect(outcome.stderr == "")
    }

    @Test func aQuickBuildOnATerminalIsQuiet() {
        let outcome = list(project(issues: IssueIndex.noticeThreshold - 1), stderrIsTerminal: true)
        #expect(outcome.exitCode == 0)
        #expect(outcome.stderr == "")
    }

    @Test func anMCPToolNeverCarriesTheNoticeEvenWhenTheServerRunsOnATerminal() throws {
        let project = project(issues: IssueIndex.noticeThreshold)
        let server = Invocation(arguments: ["mcp"], environment: project.environment, currentDirectory: project.root, stderrIsTerminal: true)
        let result = MCPToolRunner(server: server, projectDirectory: project.root).call(try #require(MCPTools.named("list")), arguments: nil)
        #expect(!result.compactText.contains("building the index"))
        #expect(result.compactText.contains("Issue 1"))
    }
}
