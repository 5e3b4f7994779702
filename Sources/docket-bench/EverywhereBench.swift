import Foundation

/// The `list --everywhere` rows: a clone with 5 worktrees and 10 branches checked out
/// nowhere, 1,000 issues in each. Every place is generated from its own seed, so no two
/// share a file and every ID has 15 different titles: the worst case both for reading (no
/// blob is parsed once for several branches) and for the collision report.
///
/// Timed warm (the per-commit cache of branch contents in place, as after any earlier
/// `--everywhere`) against the 300 ms target, and cold (that cache removed before each run).
struct EverywhereBench {
    static let worktrees = 5
    static let branches = 10
    static let issuesEach = 1_000
    static let targetMilliseconds = 300.0

    let docketPath: String
    let selfPath: String
    let gitPath: String
    let runs: Int
    let seed: UInt64
    let scratch: String

    /// Builds the clone under `work/everywhere`, times both rows and returns the section.
    func report(in work: String) throws -> String {
        let base = work + "/everywhere"
        let main = base + "/main"
        guard mkdir(base, 0o755) == 0, mkdir(main, 0o755) == 0 else { throw BenchError.system("mkdir", main) }
        let start = ProcessTimer.now()
        try git(main, "init", "-q", "-b", "main")
        try check([docketPath, "-C", main, "init"], "docket init")
        try fill(main, seed: seed)
        try commit(main)
        for branch in 1...Self.branches {
            try git(main, "checkout", "-q", "-b", "branch-\(branch)", "main")
            try fill(main, seed: seed + UInt64(branch))
            try commit(main)
        }
        try git(main, "checkout", "-q", "main")
        for worktree in 2...Self.worktrees {
            let path = base + "/worktree-\(worktree)"
            try git(main, "worktree", "add", "-q", path, "-b", "worktree-\(worktree)", "main")
            try fill(path, seed: seed + 100 + UInt64(worktree))
        }
        let setUp = ProcessTimer.now() - start
        let command = [docketPath, "-C", main, "list", "--everywhere"]
        let cache = main + "/.git/docket/everywhere"
        let lines = ProcessTimer.capture(command, scratch: scratch)?.split(separator: "\n").count
        var warm: [ProcessSample] = []
        var cold: [ProcessSample] = []
        for _ in 1...runs {
            warm.append(try ProcessTimer.run(command))
            try? FileManager.default.removeItem(atPath: cache)
            cold.append(try ProcessTimer.run(command))
        }
        let passed = warm.medianMilliseconds.map { $0 < Self.targetMilliseconds }
        let target = Targets.Check(text: "< \(Int(Self.targetMilliseconds)) ms", passed: passed).rendered
        func row(_ name: String, _ samples: [ProcessSample], _ target: String) -> String {
            let median = samples.medianMilliseconds.map { String(format: "%.1f", $0) } ?? "—"
            let failures = samples.failures()
            let exits = failures.isEmpty ? "" : " (exit \(failures.map(String.init).joined(separator: ", ")))"
            let rss = samples.maxRSSMiB.map { String(format: "%.1f", $0) } ?? "—"
            return "| \(name) | \(median)\(exits) | \(rss) | \(lines.map(String.init) ?? "—") | \(target) |"
        }
        return """
            ## list --everywhere (\(Self.worktrees) worktrees + \(Self.branches) branches, \(Self.issuesEach) issues each)

            Clone set up in \(String(format: "%.1f", setUp)) s; every place from its own seed (no shared files, every ID collides); median of \(runs) runs.

            | operation | docket median (ms) | max RSS (MiB) | lines | targets |
            |---|--:|--:|--:|---|
            \(row("list --everywhere (branch cache warm)", warm, target))
            \(row("list --everywhere (branch cache removed before each run)", cold, "—"))

            Command: `\(command.map(BenchReport.shellQuoted).joined(separator: " "))`

            """
    }

    /// Replaces the issues in the worktree at `root` with a corpus generated from `seed`.
    private func fill(_ root: String, seed: UInt64) throws {
        for folder in ["open", "closed"] {
            let path = root + "/.project/issues/" + folder
            for name in (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? [] where name.hasSuffix(".md") {
                unlink(path + "/" + name)
            }
        }
        try check([selfPath, Corpus.command, root, String(Self.issuesEach), String(seed), "0"], "generating issues in \(root)")
    }

    private func commit(_ root: String) throws {
        try git(root, "add", "-A")
        try git(root, "-c", "user.name=docket-bench", "-c", "user.email=bench@example.invalid", "commit", "-q", "--no-verify", "-m", "Corpus")
    }

    private func git(_ directory: String, _ arguments: String...) throws {
        try check([gitPath, "-C", directory] + arguments, "git \(arguments.joined(separator: " "))")
    }

    private func check(_ arguments: [String], _ what: String) throws {
        let sample = try ProcessTimer.run(arguments)
        guard sample.status == 0 else { throw BenchError.failure("\(what) exited \(sample.status)") }
    }
}
