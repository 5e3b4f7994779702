import Foundation
import Testing
@testable import DocketCore

/// A temporary directory holding `hooks/`, a `bin/` with a fake `docket` that logs its
/// arguments, and the log both it and foreign hooks append to.
private final class HookSandbox {
    let root: String
    var hooks: String { root + "/hooks" }
    var bin: String { root + "/bin" }
    var log: String { root + "/log" }

    static let fakeDocket = "#!/bin/sh\necho \"docket $*\" >> \"$HOOK_LOG\"\n"
    static let foreignHook = "#!/bin/sh\n# caf\u{E9} hook, no trailing newline\necho \"foreign $*\" >> \"$HOOK_LOG\"\nexit ${FOREIGN_STATUS:-0}"

    init() throws {
        var template = Array((NSTemporaryDirectory() + "/docket-hooks-XXXXXX").utf8CString)
        root = String(cString: try #require(mkdtemp(&template)))
        try write(bin + "/docket", Self.fakeDocket, mode: 0o755)
    }

    deinit { try? FileManager.default.removeItem(atPath: root) }

    /// Writes through a close-on-exec descriptor, so a process another test spawns meanwhile
    /// cannot hold the script open for writing when it is executed (`ETXTBSY`).
    func write(_ path: String, _ text: String, mode: mode_t) throws {
        try HookFile.makeDirectories((path as NSString).deletingLastPathComponent)
        try HookFile.writeExecutable(text, to: path)
        chmod(path, mode)
    }

    func writeForeign(_ name: String, mode: mode_t = 0o700) throws {
        try write(hooks + "/" + name, Self.foreignHook, mode: mode)
    }

    func contents(_ path: String) -> Data? { FileManager.default.contents(atPath: path) }

    func permissions(_ path: String) -> mode_t {
        var info = stat()
        return stat(path, &info) == 0 ? info.st_mode & 0o7777 : 0
    }

    /// Runs hook `name` for real, with `bin` (or only the system directories) on PATH.
    ///
    /// Retries on `ETXTBSY`: a child another test is spawning holds, until it execs, copies
    /// of every descriptor open at that moment, including one still writing this script.
    func runHook(_ name: String, _ arguments: [String] = [], docketOnPath: Bool = true,
                 foreignStatus: Int = 0) throws -> GitResult {
        let path = (docketOnPath ? bin + ":" : "") + "/usr/bin:/bin"
        let environment = ["PATH": path, "HOOK_LOG": log, "FOREIGN_STATUS": String(foreignStatus)]
        for _ in 0..<50 {
            do {
                let result = try GitProcess.run(hooks + "/" + name, arguments, environment: environment, input: nil)
                // The script's own exec of a chained hook or fake docket can hit the same race.
                guard result.status == 126, String(decoding: result.standardError, as: UTF8.self).contains("busy") else { return result }
            } catch let failure as GitProcess.Failure where failure.code == ETXTBSY {}
            usleep(10_000)
        }
        return try GitProcess.run(hooks + "/" + name, arguments, environment: environment, input: nil)
    }

    var logLines: [String] {
        (try? String(contentsOfFile: log, encoding: .utf8))?.split(separator: "\n").map(String.init) ?? []
    }
}

@Test private func installCreatesTheDirectoryAndExecutableDocketHooks() throws {
    let sandbox = try HookSandbox()
    let changes = try Hooks.install(in: sandbox.hooks, mode: "stage", strict: false, force: false)
    #expect(changes.map(\.action) == [.installed, .installed, .installed])
    for name in Hooks.names {
        #expect(sandbox.permissions(sandbox.hooks + "/" + name) == 0o755)
    }
    #expect(Hooks.status(in: sandbox.hooks).map(\.state) == Array(repeating: .docket(mode: "stage", strict: false, chained: false), count: 3))
}

@Test private func reinstallingIsIdempotentAndUpdatesSettingsInPlace() throws {
    let sandbox = try HookSandbox()
    try Hooks.install(in: sandbox.hooks, mode: "stage", strict: false, force: false)
    let first = sandbox.contents(sandbox.hooks + "/post-commit")
    #expect(try Hooks.install(in: sandbox.hooks, mode: "stage", strict: false, force: false).map(\.action) == [.unchanged, .unchanged, .unchanged])
    #expect(sandbox.contents(sandbox.hooks + "/post-commit") == first)
    #expect(try Hooks.install(in: sandbox.hooks, mode: "commit", strict: true, force: false).map(\.action) == [.updated, .updated, .updated])
    #expect(Hooks.status(in: sandbox.hooks).first?.state == .docket(mode: "commit", strict: true, chained: false))
}

@Test private func installRefusesAForeignHookAndWritesNothing() throws {
    let sandbox = try HookSandbox()
    try sandbox.writeForeign("post-commit")
    let error = #expect(throws: HooksError.self) {
        try Hooks.install(in: sandbox.hooks, mode: "stage", strict: false, force: false)
    }
    #expect(error?.description == "hooks/post-commit exists and is not Docket's; rerun with --force to chain it (it will run first)")
    #expect(sandbox.contents(sandbox.hooks + "/post-commit") == Data(HookSandbox.foreignHook.utf8))
    #expect(sandbox.permissions(sandbox.hooks + "/post-commit") == 0o700)
    #expect(Hooks.status(in: sandbox.hooks).map(\.state) == [.notInstalled, .foreign, .notInstalled])
}

@Test private func forceChainsTheForeignHookUnchangedAndRunsItFirst() throws {
    let sandbox = try HookSandbox()
    try sandbox.writeForeign("post-commit")
    let changes = try Hooks.install(in: sandbox.hooks, mode: "stage", strict: false, force: true)
    #expect(changes.map(\.action) == [.installed, .chained, .installed])
    let chained = sandbox.hooks + "/post-commit" + Hooks.chainedSuffix
    #expect(sandbox.contents(chained) == Data(HookSandbox.foreignHook.utf8))
    #expect(sandbox.permissions(chained) == 0o700)
    let result = try sandbox.runHook("post-commit", ["x"])
    #expect(result.status == 0)
    #expect(sandbox.logLines == ["foreign x", "docket hook post-commit --mode stage x"])
    #expect(Hooks.status(in: sandbox.hooks)[1].state == .docket(mode: "stage", strict: false, chained: true))
}

@Test private func failingChainedCommitMsgHookStopsTheCommitBeforeDocketRuns() throws {
    let sandbox = try HookSandbox()
    try sandbox.writeForeign("commit-msg")
    try Hooks.install(in: sandbox.hooks, mode: "stage", strict: true, force: true)
    let result = try sandbox.runHook("commit-msg", ["MSG"], foreignStatus: 3)
    #expect(result.status == 3)
    #expect(sandbox.logLines == ["foreign MSG"])
}

@Test private func failingChainedPostCommitHookStillLetsDocketRunAndKeepsItsStatus() throws {
    let sandbox = try HookSandbox()
    try sandbox.writeForeign("post-commit")
    try Hooks.install(in: sandbox.hooks, mode: "stage", strict: false, force: true)
    let result = try sandbox.runHook("post-commit", foreignStatus: 4)
    #expect(result.status == 4)
    #expect(sandbox.logLines == ["foreign ", "docket hook post-commit --mode stage"])
}

@Test private func commitMsgHookPassesStrictAndTheMessageFile() throws {
    let sandbox = try HookSandbox()
    try Hooks.install(in: sandbox.hooks, mode: "stage", strict: true, force: false)
    #expect(try sandbox.runHook("commit-msg", [".git/COMMIT_EDITMSG"]).status == 0)
    #expect(sandbox.logLines == ["docket hook commit-msg --strict .git/COMMIT_EDITMSG"])
}

@Test(arguments: Hooks.names)
private func missingDocketExitsZeroWithAMessage(hook: String) throws {
    let sandbox = try HookSandbox()
    try Hooks.install(in: sandbox.hooks, mode: "stage", strict: true, force: false)
    let result = try sandbox.runHook(hook, ["MSG"], docketOnPath: false)
    #expect(result.status == 0)
    #expect(result.errorText == "docket: not on PATH; skipping the \(hook) hook (install docket or run 'docket hooks uninstall')")
}

@Test private func executablePathIsQuotedAndCheckedForExistence() throws {
    let sandbox = try HookSandbox()
    let executable = sandbox.root + "/my 'tools'/docket"
    try sandbox.write(executable, HookSandbox.fakeDocket, mode: 0o755)
    try Hooks.install(in: sandbox.hooks, mode: "stage", strict: false, force: false, executable: executable)
    #expect(try sandbox.runHook("post-commit", docketOnPath: false).status == 0)
    #expect(sandbox.logLines == ["docket hook post-commit --mode stage"])
    try FileManager.default.removeItem(atPath: executable)
    let result = try sandbox.runHook("post-commit", docketOnPath: false)
    #expect(result.status == 0)
    #expect(result.errorText.hasPrefix("docket: \(executable) not found; skipping the post-commit hook"))
}

@Test private func uninstallRestoresTheChainedHookByteForByte() throws {
    let sandbox = try HookSandbox()
    try sandbox.writeForeign("post-commit")
    try Hooks.install(in: sandbox.hooks, mode: "stage", strict: false, force: true)
    #expect(try Hooks.uninstall(in: sandbox.hooks).map(\.action) == [.removed, .restored, .removed])
    #expect(sandbox.contents(sandbox.hooks + "/post-commit") == Data(HookSandbox.foreignHook.utf8))
    #expect(sandbox.permissions(sandbox.hooks + "/post-commit") == 0o700)
    #expect(!FileManager.default.fileExists(atPath: sandbox.hooks + "/post-commit" + Hooks.chainedSuffix))
    #expect(!FileManager.default.fileExists(atPath: sandbox.hooks + "/commit-msg"))
    #expect(try Hooks.uninstall(in: sandbox.hooks).map(\.action) == [.notInstalled, .keptForeign, .notInstalled])
}

@Test private func uninstallRefusesToRestoreOverAForeignHook() throws {
    let sandbox = try HookSandbox()
    try sandbox.writeForeign("post-commit")
    try Hooks.install(in: sandbox.hooks, mode: "stage", strict: false, force: true)
    try sandbox.write(sandbox.hooks + "/post-commit", "#!/bin/sh\n", mode: 0o755)
    #expect(throws: HooksError.cannotRestore("hooks/post-commit.docket-chained", "hooks/post-commit")) {
        try Hooks.uninstall(in: sandbox.hooks)
    }
    #expect(FileManager.default.fileExists(atPath: sandbox.hooks + "/commit-msg"))
}

@Test private func invalidModeIsRefused() throws {
    let sandbox = try HookSandbox()
    #expect(throws: HooksError.invalidMode("a b")) { try Hooks.install(in: sandbox.hooks, mode: "a b", strict: false, force: false) }
}

@Test private func gitRunsTheInstalledHooksOnCommit() throws {
    let sandbox = try HookSandbox()
    let repo = sandbox.root + "/repo"
    try FileManager.default.createDirectory(atPath: repo, withIntermediateDirectories: true)
    let git = Git(directory: repo, environment: [
        "GIT_CONFIG_GLOBAL": "/dev/null", "GIT_CONFIG_NOSYSTEM": "1", "GIT_CEILING_DIRECTORIES": sandbox.root,
        "PATH": sandbox.bin + ":/usr/bin:/bin", "HOOK_LOG": sandbox.log,
        "GIT_AUTHOR_NAME": "T", "GIT_AUTHOR_EMAIL": "t@example.com", "GIT_COMMITTER_NAME": "T", "GIT_COMMITTER_EMAIL": "t@example.com",
    ])
    try git.output(["init", "-q"])
    try FileManager.default.createDirectory(atPath: repo + "/.project/issues", withIntermediateDirectories: true)
    try Hooks.install(in: #require(try git.hooksDirectory()), mode: "stage", strict: false, force: false)
    try git.output(["commit", "-q", "--allow-empty", "-m", "Fix crash (fixes #12)"])
    #expect(sandbox.logLines == ["docket hook commit-msg .git/COMMIT_EDITMSG", "docket hook post-commit --mode stage"])
}

@Test private func hooksOfAProjectInASubdirectoryPassItToDocketAndSkipCommitsWithoutIt() throws {
    let sandbox = try HookSandbox()
    try Hooks.install(in: sandbox.hooks, mode: "stage", strict: false, force: false, project: "sub dir")
    let top = sandbox.root + "/top"
    try FileManager.default.createDirectory(atPath: top, withIntermediateDirectories: true)
    let script = sandbox.hooks + "/commit-msg"
    let environment = ["PATH": sandbox.bin + ":/usr/bin:/bin", "HOOK_LOG": sandbox.log]
    let run = { try GitProcess.run("/bin/sh", ["-c", "cd \"$1\" && exec \"$2\" MSG", "sh", top, script], environment: environment, input: nil) }
    #expect(try run().status == 0)
    #expect(sandbox.logLines.isEmpty)
    try FileManager.default.createDirectory(atPath: top + "/sub dir/.project/issues", withIntermediateDirectories: true)
    #expect(try run().status == 0)
    #expect(sandbox.logLines == ["docket -C sub dir hook commit-msg MSG"])
}
