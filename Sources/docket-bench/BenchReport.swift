import Foundation

/// The Markdown the benchmark prints: a header about the machine and command line, then one
/// table per corpus size with the targets beside the rows.
enum BenchReport {
    /// Machine, command line and the tools measured.
    static func header(commandLine: [String], docket: String, rgVersion: String?) -> String {
        var name = utsname()
        uname(&name)
        let system = [withUnsafeBytes(of: name.sysname, text), withUnsafeBytes(of: name.release, text)].joined(separator: " ")
        var info = stat()
        let modified = stat(docket, &info) == 0 ? " (modified \(UTCTime.iso(Int(info.st_mtim.tv_sec))))" : ""
        return """
            # docket-bench

            - machine: \(sysconf(Int32(_SC_NPROCESSORS_ONLN))) CPUs (nproc), \(system)
            - command: `\(commandLine.map(shellQuoted).joined(separator: " "))`
            - docket: `\(docket)`\(modified)
            - rg: \(rgVersion.map { "`\($0)`" } ?? "not found on PATH: rg columns skipped (`apt-get install -y ripgrep`)")

            """
    }

    /// The table for one corpus size, with notes on skipped and fallback rows; `baseline` holds
    /// the 1,000-issue timings of this run (empty when 1,000 is not among the sizes).
    static func table(size: Int, generationSeconds: Double, runs: Int, timings: [OperationTimings], baseline: [OperationTimings] = []) -> String {
        var lines = [
            "## \(size) issues",
            "",
            "Corpus generated in \(String(format: "%.2f", generationSeconds)) s; median of \(runs) runs; warm page cache.",
            "",
            "| operation | docket median (ms) | floor (ms) | rg (ms) | docket/floor | docket/rg | max RSS (MiB) | lines docket / rg | targets |",
            "|---|--:|--:|--:|--:|--:|--:|--:|---|",
        ]
        var notes: [String] = []
        for timing in timings {
            let operation = timing.operation
            let docket = timing.docket.medianMilliseconds
            let floor = timing.floor.medianMilliseconds
            let rg = timing.rg.medianMilliseconds
            let docketCell = cell(docket, timing.docket.failures(), missing: "skipped")
            let base = baseline.first { $0.operation.kind == operation.kind }
            let targets = Targets.checks(timing, size: size, baseline: base).map(\.rendered).joined(separator: "; ")
            lines.append("| " + [
                operation.name, docketCell, cell(floor, timing.floor.failures(), missing: "—"),
                cell(rg, timing.rg.failures(allowing: [0, 1]), missing: "—"),
                ratio(docket, floor), ratio(docket, rg), rss(timing.docket),
                "\(timing.docketLines.map(String.init) ?? "—") / \(timing.rgLines.map(String.init) ?? "—")",
                targets.isEmpty ? "—" : targets,
            ].joined(separator: " | ") + " |")
            if let note = operation.note { notes.append("- \(operation.name): \(note)") }
            if let seconds = timing.setUpSeconds {
                notes.append("- \(operation.name): set up once in \(String(format: "%.1f", seconds)) s, untimed (corpus committed to git, "
                    + "then one `docket list` in it); each run lists a brand-new `git worktree add --detach`, removed after it")
            }
            if let rgArguments = operation.rg, !timing.rg.isEmpty {
                notes.append("- \(operation.name): rg is `rg \(rgArguments.map(shellQuoted).joined(separator: " "))`")
            }
        }
        let parent = timings.flatMap(\.docket).map(\.parentRSSKiB).max().map { String(format: "%.1f", Double($0) / 1024) } ?? "—"
        lines += [
            "", "Floor: `docket-bench floor` on the folders the query needs (open/ for list, both otherwise): "
                + "opendir/readdir/fstatat of each .md as a whole process, reading no file. "
                + "For a fresh clone's list, `floor-read`: the same, reading every file of open/ once. "
                + "For cold reindex, `floor-fts`: every file of both folders read and its whole text inserted into a bare FTS5 table "
                + "(same tokenizer and pragmas, one transaction, the same libsqlite3).",
            "RSS: `ru_maxrss` from wait4. On Linux a spawned child's peak cannot read below docket-bench's own resident size "
                + "at the spawn (\(parent) MiB here), so values at or below it are shown as `≤`.",
        ]
        lines += notes
        return lines.joined(separator: "\n") + "\n"
    }

    /// The peak RSS in MiB, as `≤ N` when it may be docket-bench's own size.
    private static func rss(_ samples: [ProcessSample]) -> String {
        guard let value = samples.maxRSSMiB else { return "—" }
        return (samples.rssIsUpperBound ? "≤ " : "") + String(format: "%.1f", value)
    }

    /// A median in milliseconds, with any unexpected exit codes after it.
    private static func cell(_ value: Double?, _ failures: [Int32], missing: String) -> String {
        guard let value else { return missing }
        let time = String(format: value < 10 ? "%.2f" : "%.1f", value)
        return failures.isEmpty ? time : time + " (exit \(failures.map(String.init).joined(separator: ", ")))"
    }

    private static func ratio(_ numerator: Double?, _ denominator: Double?) -> String {
        guard let numerator, let denominator, denominator > 0 else { return "—" }
        return String(format: "%.2f×", numerator / denominator)
    }

    private static func text(_ bytes: UnsafeRawBufferPointer) -> String {
        String(decoding: bytes.prefix { $0 != 0 }, as: UTF8.self)
    }

    /// An argument as a POSIX shell would need it typed, for display only (nothing is run through a shell).
    static func shellQuoted(_ argument: String) -> String {
        let safe = argument.unicodeScalars.allSatisfy { $0.isASCII && ($0.properties.isAlphabetic || "0123456789-_./=:,@%+".unicodeScalars.contains($0)) }
        return safe && !argument.isEmpty ? argument : "'" + argument.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}
