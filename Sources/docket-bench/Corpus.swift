import DocketCore
import Foundation

/// Generates a Docket project's issues under `ROOT/.project/issues/{open,closed}/`.
///
/// Files are rendered exactly as `docket new` and `docket close` write them (key order,
/// flow-list labels, plain timestamps, double-quoted titles when YAML needs it) and written
/// with POSIX `open`/`write`. The same seed always yields the same files.
struct Corpus {
    /// Numbers of the issues generated open, in increasing order.
    let openNumbers: [Int]

    /// Generates `count` issues into `root`, which must already hold `.project/issues/`
    /// (from `docket init`); creates `open/` and `closed/` if they are missing.
    static func generate(count: Int, seed: UInt64, root: String) throws -> Corpus {
        let issues = root + "/.project/issues"
        for folder in [root + "/.project", issues, issues + "/open", issues + "/closed"] {
            guard mkdir(folder, 0o755) == 0 || errno == EEXIST else { throw BenchError.system("mkdir", folder) }
        }
        var random = SeededRandom(seed: seed)
        var text = CorpusText(random: SeededRandom(seed: seed ^ 0xD0C_E7))
        var openNumbers: [Int] = []
        openNumbers.reserveCapacity(count)
        for number in stride(from: 1, through: count, by: 1) {
            let isOpen = !random.chance(0.2)
            let title = text.title()
            let created = 1_672_531_200 + random.below(118_000_000)
            let updated = created + random.below(90 * 86_400)
            var lines = [
                "---", "id: \(number)", "title: \(YAMLScalar.render(title))", "status: \(isOpen ? "open" : "closed")",
                "priority: \(priority(&random))", "labels: [\(labels(&random).map(YAMLScalar.render).joined(separator: ", "))]",
            ]
            // Two edges to earlier issues: 2 × N dependency edges and never a cycle.
            if number > 2 { lines.append("blocked_by: [\(1 + random.below(number - 1)), \(1 + random.below(number - 1))]") }
            let author = random.pick(CorpusText.people)
            if random.chance(0.4) { lines.append("assignee: \(random.pick(CorpusText.people))") }
            lines += ["created: \(UTCTime.iso(created))", "updated: \(UTCTime.iso(updated))"]
            if !isOpen {
                lines.append("closed: \(UTCTime.iso(updated))")
                if random.chance(0.5) { lines.append("closed_reason: \(random.pick(["fixed", "duplicate", "wontfix"]))") }
            }
            lines.append("---")
            let body = text.body(number: number, author: author, day: UTCTime.day(created))
            let name = Slug.fileName(for: IssueKey(number: number), title: title)
            try write(lines.joined(separator: "\n") + "\n" + body, to: issues + (isOpen ? "/open/" : "/closed/") + name)
            if isOpen { openNumbers.append(number) }
        }
        return Corpus(openNumbers: openNumbers)
    }

    private static func priority(_ random: inout SeededRandom) -> String {
        switch random.below(100) {
        case 0..<5: return "critical"
        case 5..<25: return "high"
        case 25..<80: return "medium"
        default: return "low"
        }
    }

    /// `bug` on about 30% of issues, plus up to two other labels, in random order.
    private static func labels(_ random: inout SeededRandom) -> [String] {
        var labels: [String] = []
        for _ in 0..<random.below(3) {
            let label = random.pick(CorpusText.otherLabels)
            if !labels.contains(label) { labels.append(label) }
        }
        if random.chance(0.3) { labels.insert("bug", at: random.below(labels.count + 1)) }
        return labels
    }

    /// Writes `text` to a new file with plain POSIX calls.
    static func write(_ text: String, to path: String) throws {
        let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw BenchError.system("open", path) }
        defer { close(fd) }
        var text = text
        let complete = text.withUTF8 { bytes -> Bool in
            guard let base = bytes.baseAddress else { return true }
            var offset = 0
            while offset < bytes.count {
                let written = retryingInterrupts { Glibc.write(fd, base + offset, bytes.count - offset) }
                guard written > 0 else { return false }
                offset += written
            }
            return true
        }
        guard complete else { throw BenchError.system("write", path) }
    }
}
