/// The performance targets from the issue, checked against a timing so a reader sees
/// pass or miss beside each row.
///
/// The ratio and memory targets hold at 100,000 issues; "every read command under 25 ms"
/// holds at 10,000. At other sizes a row shows what it will be held to, unchecked.
enum Targets {
    /// One target and, when it applies at this size and was measured, whether it is met.
    struct Check {
        let text: String
        let passed: Bool?

        var rendered: String {
            switch passed {
            case .some(true): return "\(text): pass"
            case .some(false): return "\(text): **MISS**"
            case .none: return text
            }
        }
    }

    /// The checks for `timing` at `size` issues; `baseline` is the same operation's timing at
    /// 1,000 issues in this run, when 1,000 is among the sizes.
    static func checks(_ timing: OperationTimings, size: Int, baseline: OperationTimings? = nil) -> [Check] {
        let docket = timing.docket.medianMilliseconds
        let floor = timing.floor.medianMilliseconds
        let rg = timing.rg.medianMilliseconds
        let rss = timing.docket.maxRSSMiB
        let atLarge = size == 100_000
        func ratio(_ limit: Double, _ base: Double?, _ name: String) -> Check {
            let passed: Bool? = atLarge ? docket.flatMap { value in base.map { value <= limit * $0 } } : nil
            return Check(text: "≤ \(limit)× \(name) @100k", passed: passed)
        }
        func memory(_ limit: Double) -> Check {
            Check(text: "RSS < \(Int(limit)) MiB @100k", passed: atLarge ? rss.map { $0 < limit } : nil)
        }
        let fastRead = Check(text: "< 25 ms @10k", passed: size == 10_000 ? docket.map { $0 < 25 } : nil)
        switch timing.operation.kind {
        case .reindex:
            return [ratio(1.15, floor, "FTS5 floor"), memory(160)]
        case .freshList:
            return [ratio(2, floor, "read floor"), memory(64)]
        case .list:
            return [ratio(1.5, floor, "floor"), memory(64), fastRead]
        case .listLabel:
            return [ratio(0.5, rg, "rg"), ratio(1.3, floor, "floor"), memory(64), fastRead]
        case .search:
            return [ratio(0.4, rg, "rg"), memory(64), fastRead]
        case .searchCommon:
            return [ratio(1, rg, "rg"), memory(64), fastRead]
        case .ready:
            return [memory(64), fastRead]
        case .newWorktreeList:
            return [ratio(3, floor, "floor(open)")]
        case .show, .new, .close:
            // A command about one issue costs one issue, however many there are.
            let base = baseline?.docket.medianMilliseconds
            let scaled = size == 10_000 || size == 100_000
            return [Check(text: "≤ 2× its 1k cost @10k, @100k", passed: scaled ? docket.flatMap { value in base.map { value <= 2 * $0 } } : nil)]
        }
    }
}
