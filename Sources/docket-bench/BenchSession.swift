import Foundation

/// What the command line asked for.
struct BenchOptions {
    var sizes = [1_000, 10_000, 100_000]
    var runs = 5
    var docket: String?
    var keep: String?
    var seed: UInt64 = 42
    /// Only the in-process template timings.
    var renderOnly = false
    /// Only the `list --everywhere` rows.
    var everywhereOnly = false
}

/// One benchmark run: finds the tools, then for each size generates a corpus, measures every
/// operation and prints its table, and finally times the template engine.
struct BenchSession {
    let options: BenchOptions
    let commandLine: [String]

    func run() throws {
        let selfPath = try Self.executablePath()
        if options.renderOnly {
            let path = TemplateBench.locate(selfPath: selfPath)
            let text = path.flatMap { FileManager.default.contents(atPath: $0) }.map { String(decoding: $0, as: UTF8.self) }
            print(TemplateBench.report(path: path, text: text))
            return
        }
        let docket = options.docket ?? (selfPath as NSString).deletingLastPathComponent + "/docket"
        guard access(docket, X_OK) == 0 else {
            throw BenchError.failure("no docket binary at \(docket): build it with `swift build -c release --product docket` or pass --docket PATH")
        }
        let work = try workDirectory()
        let scratch = work + "/.docket-bench-output"
        let rg = Self.findOnPath("rg")
        let rgVersion = rg.flatMap { ProcessTimer.capture([$0, "--version"], scratch: scratch) }?.split(separator: "\n").first.map(String.init)
        let help = ProcessTimer.capture([docket, "--help"], scratch: scratch) ?? ""
        let commands = Set(help.split(separator: "\n").compactMap { line in
            line.hasPrefix("  ") && !line.hasPrefix("   ") ? line.split(separator: " ").first.map(String.init) : nil
        })
        print(BenchReport.header(commandLine: commandLine, docket: docket, rgVersion: rgVersion))
        if options.everywhereOnly {
            try printEverywhere(docket: docket, selfPath: selfPath, work: work, scratch: scratch)
            try removeWorkDirectory(work)
            return
        }
        var template: (path: String, text: String)?
        var baseline: [OperationTimings] = []
        for size in options.sizes {
            let root = work + "/corpus-\(size)"
            let runner = BenchRunner(
                docketPath: docket, selfPath: selfPath, rgPath: rg, runs: options.runs,
                scratch: scratch, cacheDirectory: root + "/.project/.docket"
            )
            let templatePath = root + "/.project/issues/ISSUE_TEMPLATE.md"
            let timings = try measure(size: size, root: root, runner: runner, commands: commands, baseline: baseline) {
                if template == nil, let data = FileManager.default.contents(atPath: templatePath) {
                    template = (".project/issues/ISSUE_TEMPLATE.md", String(decoding: data, as: UTF8.self))
                }
            }
            if size == 1_000 { baseline = timings }
            fflush(nil)
            guard chdir(work) == 0 else { throw BenchError.system("chdir", work) }
            if options.keep == nil { try FileManager.default.removeItem(atPath: root) }
        }
        try printEverywhere(docket: docket, selfPath: selfPath, work: work, scratch: scratch)
        print(TemplateBench.report(path: template?.path, text: template?.text))
        try removeWorkDirectory(work)
    }

    private func removeWorkDirectory(_ work: String) throws {
        if options.keep == nil {
            guard chdir("/") == 0 else { throw BenchError.system("chdir", "/") }
            try FileManager.default.removeItem(atPath: work)
        } else {
            print("Corpora kept in \(work).")
        }
    }

    /// The `list --everywhere` section, or a line saying why it was skipped.
    private func printEverywhere(docket: String, selfPath: String, work: String, scratch: String) throws {
        guard let git = Self.findOnPath("git") else {
            print("## list --everywhere\n\nskipped: git not found on PATH\n")
            return
        }
        progress("list --everywhere: \(EverywhereBench.worktrees) worktrees and \(EverywhereBench.branches) branches of \(EverywhereBench.issuesEach) issues")
        let bench = EverywhereBench(docketPath: docket, selfPath: selfPath, gitPath: git, runs: options.runs, seed: options.seed, scratch: scratch)
        print(try bench.report(in: work))
        fflush(nil)
    }

    /// Creates the project with `docket init` (then calls `initialized`), generates `size`
    /// issues into it, measures every operation from its `.project/issues/`, prints the table
    /// (checked against `baseline`, the 1,000-issue timings) and returns the timings.
    private func measure(
        size: Int, root: String, runner: BenchRunner, commands: Set<String>, baseline: [OperationTimings], initialized: () -> Void
    ) throws -> [OperationTimings] {
        guard mkdir(root, 0o755) == 0 else { throw BenchError.system("mkdir", root) }
        guard chdir(root) == 0 else { throw BenchError.system("chdir", root) }
        let setUp = try ProcessTimer.run([runner.docketPath, "init"])
        guard setUp.status == 0 else { throw BenchError.failure("`docket init` in \(root) exited \(setUp.status)") }
        initialized()
        progress("generating \(size) issues in \(root)")
        let generator = [runner.selfPath, Corpus.command, root, String(size), String(options.seed), String(options.runs)]
        let generated = try ProcessTimer.run(generator, output: runner.scratch)
        let picks = ProcessTimer.read(runner.scratch).split(separator: "\n").compactMap { Int($0) }
        unlink(runner.scratch)
        guard generated.status == 0 else { throw BenchError.failure("generating the corpus in \(root) failed (exit \(generated.status))") }
        let issues = root + "/.project/issues"
        guard chdir(issues) == 0 else { throw BenchError.system("chdir", issues) }
        let worktrees = Self.findOnPath("git").map { git in
            NewWorktrees(gitPath: git, docketPath: runner.docketPath, root: root, folder: root + "-worktrees")
        }
        var timings: [OperationTimings] = []
        for operation in Operation.all(commands: commands, closable: picks, worktrees: worktrees) {
            progress("  \(size): \(operation.name)")
            timings.append(try runner.measure(operation))
        }
        print(BenchReport.table(size: size, generationSeconds: generated.milliseconds / 1000, runs: options.runs, timings: timings, baseline: baseline))
        return timings
    }

    /// `--keep DIR` (created if missing), or a fresh folder under the temporary directory.
    /// Refuses a folder inside a git work tree, where Docket would keep its counter in `.git`.
    private func workDirectory() throws -> String {
        if let keep = options.keep {
            let absolute = ((keep.hasPrefix("/") ? keep : FileManager.default.currentDirectoryPath + "/" + keep) as NSString).standardizingPath
            try Self.refuseGitWorkTree(absolute)
            guard mkdir(absolute, 0o755) == 0 || errno == EEXIST else { throw BenchError.system("mkdir", absolute) }
            return absolute
        }
        let temporary = (NSTemporaryDirectory() as NSString).standardizingPath
        try Self.refuseGitWorkTree(temporary)
        var template = Array((temporary + "/docket-bench-XXXXXX").utf8CString)
        guard let made = mkdtemp(&template) else { throw BenchError.system("mkdtemp", temporary) }
        return String(cString: made)
    }

    private static func refuseGitWorkTree(_ path: String) throws {
        var directory = path
        while directory.count > 1 {
            if access(directory + "/.git", F_OK) == 0 {
                throw BenchError.failure("\(path) is inside a git work tree (\(directory)); pick a folder outside one")
            }
            directory = (directory as NSString).deletingLastPathComponent
        }
    }

    private func progress(_ message: String) {
        FileHandle.standardError.write(Data("docket-bench: \(message)\n".utf8))
    }

    /// This executable's absolute path, from `/proc/self/exe`.
    static func executablePath() throws -> String {
        var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
        let length = readlink("/proc/self/exe", &buffer, buffer.count - 1)
        guard length > 0 else { throw BenchError.system("readlink", "/proc/self/exe") }
        return String(decoding: buffer[..<length].map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    /// The first executable `name` in `$PATH`.
    static func findOnPath(_ name: String) -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin"
        return path.split(separator: ":").map { "\($0)/\(name)" }.first { access($0, X_OK) == 0 }
    }
}
