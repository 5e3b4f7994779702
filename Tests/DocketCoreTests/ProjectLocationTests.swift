import Foundation
import Testing
@testable import DocketCore

/// Where a command works: `-C DIR` must name a directory, values may start with `-` after
/// `--`, and no project folder may lead outside the project through a symlink.
@Suite struct ProjectLocationTests {
    @Test func changingToAMissingDirectoryFailsLikeGit() {
        let project = TestProject()
        let outcome = project.run("-C", "missing", "list")
        #expect(outcome.exitCode == ExitCode.failure)
        #expect(outcome.stderr == "docket: cannot change to 'missing': No such file or directory\n")
    }

    @Test func changingToAFileFailsAsNotADirectory() {
        let project = TestProject()
        project.write("notes.txt", "x\n")
        let outcome = project.run("-C", "notes.txt", "list")
        #expect(outcome.exitCode == ExitCode.failure)
        #expect(outcome.stderr == "docket: cannot change to 'notes.txt': Not a directory\n")
    }

    @Test func changingToAMissingDirectoryReportsJSONWhenAskedTo() {
        let outcome = TestProject().run("-C", "missing", "list", "--json")
        #expect(outcome.exitCode == ExitCode.failure)
        #expect(outcome.stderr.contains("\"message\":\"cannot change to 'missing': No such file or directory\""))
    }

    @Test func initIntoAMistypedDirectoryCreatesNothing() {
        let project = TestProject(initialized: false)
        #expect(project.run("-C", "typo", "init").exitCode == ExitCode.failure)
        #expect(!FileManager.default.fileExists(atPath: project.path("typo")))
        #expect(!FileManager.default.fileExists(atPath: project.path(".project")))
    }

    @Test func changingToAnExistingDirectoryStillWorks() throws {
        let project = TestProject()
        try FileManager.default.createDirectory(atPath: project.path("sub/deeper"), withIntermediateDirectories: true)
        #expect(project.run("-C", "sub", "-C", "deeper", "new", "Found from below").exitCode == 0)
        #expect(project.files("open") == ["0001-found-from-below.md"])
    }

    @Test func aTitleThatStartsWithADashGoesAfterDoubleDash() {
        let project = TestProject()
        #expect(project.run("new", "--", "- dash").exitCode == 0)
        #expect(project.run("list", "--format", "{{title}}").stdout == "- dash\n")
    }

    static let unknownOptions: [(arguments: [String], message: String)] = [
        (["new", "-x"], "unknown option '-x'; to give a value that starts with '-', put it after '--'"),
        (["new", "-dash title"], "unknown option '-d'; to give a value that starts with '-', put it after '--'"),
        (["new", "--dash"], "unknown option '--dash'; to give a value that starts with '-', put it after '--'"),
        (["new", "--lable", "x", "Title"], "unknown option '--lable'; did you mean '--label'?"),
    ]

    @Test(arguments: unknownOptions)
    func anUnknownOptionSaysHowToGiveADashValue(_ example: (arguments: [String], message: String)) {
        let outcome = TestProject().run(example.arguments)
        #expect(outcome.exitCode == ExitCode.usage)
        #expect(outcome.stderr.hasPrefix("docket: error: \(example.message)\n"))
    }

    /// The project folders a symlink must not lead out of.
    static let projectFolders = [".project", ".project/issues", ".project/issues/open", ".project/issues/closed", ".project/.docket"]

    @Test(arguments: projectFolders)
    func aProjectFolderSymlinkedOutsideIsRefusedForReadsAndWrites(_ folder: String) throws {
        let project = TestProject()
        let outside = TestProject(initialized: false)
        let target = try moveOutside(folder, of: project, to: outside)
        let message = "docket: \(folder) is a symlink to \(target), outside the project; refusing to use it\n"
        let before = try listing(outside.root)
        for arguments in [["list"], ["new", "Escapee"], ["show", "1"], ["search", "x"], ["init"]] {
            let outcome = project.run(arguments)
            #expect(outcome.exitCode == ExitCode.failure, "\(arguments)")
            #expect(outcome.stderr == message, "\(arguments)")
        }
        #expect(try listing(outside.root) == before)
    }

    @Test func aDanglingSymlinkOutsideIsRefused() throws {
        let project = TestProject()
        try FileManager.default.removeItem(atPath: project.path(".project/.docket"))
        try FileManager.default.createSymbolicLink(atPath: project.path(".project/.docket"), withDestinationPath: "/nonexistent-docket-target")
        let outcome = project.run("list")
        #expect(outcome.exitCode == ExitCode.failure)
        #expect(outcome.stderr == "docket: .project/.docket is a symlink to /nonexistent-docket-target, outside the project; refusing to use it\n")
    }

    @Test func initRefusesAProjectFolderSymlinkedOutside() throws {
        let project = TestProject(initialized: false)
        let outside = TestProject(initialized: false)
        try FileManager.default.createSymbolicLink(atPath: project.path(".project"), withDestinationPath: outside.root)
        #expect(project.run("init").exitCode == ExitCode.failure)
        #expect(try listing(outside.root).isEmpty)
    }

    @Test func aSymlinkThatStaysInsideTheProjectWorks() throws {
        let project = TestProject()
        try FileManager.default.createDirectory(atPath: project.path("store"), withIntermediateDirectories: true)
        try FileManager.default.moveItem(atPath: project.path(".project/issues/open"), toPath: project.path("store/open"))
        try FileManager.default.createSymbolicLink(atPath: project.path(".project/issues/open"), withDestinationPath: "../../store/open")
        #expect(project.run("new", "Kept inside").exitCode == 0)
        #expect(project.run("list", "--format", "{{title}}").stdout == "Kept inside\n")
        #expect(FileManager.default.fileExists(atPath: project.path("store/open/0001-kept-inside.md")))
    }

    static let templateFolders = [".project/issues/ISSUE_TEMPLATE", ".github/ISSUE_TEMPLATE", ".github"]

    @Test(arguments: templateFolders)
    func aTemplateFolderSymlinkedOutsideIsRefused(_ folder: String) throws {
        let project = TestProject()
        let outside = TestProject(initialized: false)
        let templates = folder == ".github" ? "ISSUE_TEMPLATE/" : ""
        outside.write(templates + "bug.md", "---\nname: Bug\n---\n")
        try FileManager.default.createDirectory(atPath: (project.path(folder) as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: project.path(folder), withDestinationPath: outside.root)
        let message = "docket: \(folder) is a symlink to \(FileSystem.realPath(outside.root)), outside the project; refusing to use it\n"
        for arguments in [["templates"], ["new", "-t", "bug", "Escapee"]] {
            let outcome = project.run(arguments)
            #expect(outcome.exitCode == ExitCode.failure, "\(arguments)")
            #expect(outcome.stderr == message, "\(arguments)")
        }
        #expect(project.files("open").isEmpty)
    }

    @Test func theDefaultTemplateSymlinkedOutsideIsRefused() throws {
        let project = TestProject()
        let outside = TestProject(initialized: false)
        outside.write("secret.md", "---\ntitle: {{title}}\n---\n")
        let template = project.path(".project/issues/ISSUE_TEMPLATE.md")
        try FileManager.default.removeItem(atPath: template)
        try FileManager.default.createSymbolicLink(atPath: template, withDestinationPath: outside.path("secret.md"))
        let outcome = project.run("new", "Escapee")
        #expect(outcome.exitCode == ExitCode.failure)
        #expect(outcome.stderr == "docket: .project/issues/ISSUE_TEMPLATE.md is a symlink to \(FileSystem.realPath(outside.path("secret.md"))), outside the project; refusing to use it\n")
        #expect(project.files("open").isEmpty)
    }

    /// Moves a project folder into `outside` and leaves a symlink to it; returns its real path.
    private func moveOutside(_ folder: String, of project: TestProject, to outside: TestProject) throws -> String {
        let destination = outside.path("moved")
        try FileManager.default.moveItem(atPath: project.path(folder), toPath: destination)
        try FileManager.default.createSymbolicLink(atPath: project.path(folder), withDestinationPath: destination)
        return FileSystem.realPath(destination)
    }

    /// Every path below `directory`, sorted.
    private func listing(_ directory: String) throws -> [String] {
        (FileManager.default.subpaths(atPath: directory) ?? []).sorted()
    }
}
