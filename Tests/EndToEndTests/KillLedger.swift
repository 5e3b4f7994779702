import DocketCore
import Foundation

/// One run of the kill test: a command on a target issue, and the change it tries to make.
struct KillStep {
    enum Command: CaseIterable {
        case new, close, reopen, update, comment, reindex, doctorFix
    }

    var command: Command
    var run: Int
    var target: Int
    /// The label, comment text or title the run tries to add.
    var given: String

    var arguments: [String] {
        switch command {
        case .new: ["new", given, "-q"]
        case .close: ["close", String(target)]
        case .reopen: ["reopen", String(target)]
        case .update: ["update", String(target), "--add-label", given]
        case .comment: ["comment", String(target), "-m", given]
        case .reindex: ["reindex"]
        case .doctorFix: ["doctor", "--fix"]
        }
    }

    /// Whether a kill may leave the move done and the rewrite not, to be finished by
    /// running the command again.
    var isTransition: Bool { command == .close || command == .reopen }
}

/// What the kill test knows the issue files must hold: every change any run tried, and
/// the ones that must stay because a run reported success or a check already saw them.
struct KillLedger {
    private(set) var numbers: [Int] = []
    private var titles: Set<String> = []
    private var keptTitles: Set<String> = []
    private var labels: [Int: Set<String>] = [:]
    private var keptLabels: [Int: Set<String>] = [:]
    /// The runs whose comment went to each issue.
    private var comments: [Int: [Int]] = [:]
    private var keptComments: [Int: Set<Int>] = [:]

    /// A comment long enough that a torn write would show, with a marker that starts it.
    static func comment(_ run: Int) -> String {
        "\(marker(run)) " + String(repeating: "0123456789", count: 40) + " end of \(run)"
    }

    static func marker(_ run: Int) -> String { "kill comment \(run):" }

    /// Draws the next step on one of the issues there are.
    mutating func nextStep(run: Int, using random: inout SplitMix64) -> KillStep {
        let command = KillStep.Command.allCases.randomElement(using: &random)!
        let target = numbers.randomElement(using: &random)!
        let given: String
        switch command {
        case .new:
            given = "Kill issue \(run)"
            titles.insert(given)
        case .update:
            given = "k\(run)"
            labels[target, default: []].insert(given)
        case .comment:
            given = KillLedger.comment(run)
            comments[target, default: []].append(run)
        default:
            given = ""
        }
        return KillStep(command: command, run: run, target: target, given: given)
    }

    /// A run reported success: its change must now be there, and stay.
    mutating func confirm(_ step: KillStep) {
        switch step.command {
        case .new: keptTitles.insert(step.given)
        case .update: keptLabels[step.target, default: []].insert(step.given)
        case .comment: keptComments[step.target, default: []].insert(step.run)
        default: break
        }
    }

    /// Everything wrong with the files as `snapshot` read them: unreadable files, an issue
    /// in two files, a change lost, a change only partly there or made twice, anything
    /// nobody gave. Issue `unfinished` may still have its folder and status disagree.
    func problems(in snapshot: IssueStore.Snapshot, unfinished: Int? = nil) -> [String] {
        var problems = snapshot.problems.map { "unreadable: \($0)" }
        let byNumber = Dictionary(grouping: snapshot.issues, by: \.key.number)
        for (number, files) in byNumber where files.count != 1 {
            problems.append("#\(number) is in \(files.count) files: \(files.map(\.path))")
        }
        for number in numbers where byNumber[number] == nil {
            problems.append("#\(number) is gone")
        }
        let byTitle = Dictionary(grouping: snapshot.issues, by: \.title)
        for title in titles where (byTitle[title]?.count ?? 0) > 1 {
            problems.append("'\(title)' was filed \(byTitle[title]!.count) times")
        }
        for title in keptTitles where byTitle[title] == nil {
            problems.append("'\(title)' was filed but is gone")
        }
        for issue in snapshot.issues {
            problems += self.problems(of: issue)
            if issue.isHalfMoved, issue.key.number != unfinished {
                problems.append("#\(issue.key.number) is in \(issue.state.rawValue)/ but its status is \(issue.status ?? "missing")")
            }
        }
        return problems
    }

    private func problems(of issue: Issue) -> [String] {
        let number = issue.key.number
        var problems: [String] = []
        let present = Set(issue.labels)
        if let invented = present.subtracting(labels[number] ?? []).first {
            problems.append("#\(number) has label '\(invented)' that nobody gave it")
        }
        if let lost = keptLabels[number, default: []].subtracting(present).first {
            problems.append("#\(number) lost label '\(lost)'")
        }
        for run in comments[number] ?? [] {
            let starts = issue.body.components(separatedBy: KillLedger.marker(run)).count - 1
            let whole = issue.body.components(separatedBy: "\n\(KillLedger.comment(run))\n").count - 1
            if starts != whole { problems.append("#\(number) holds part of the comment of run \(run)") }
            if whole > 1 { problems.append("#\(number) holds the comment of run \(run) \(whole) times") }
            if whole == 0, keptComments[number, default: []].contains(run) { problems.append("#\(number) lost the comment of run \(run)") }
        }
        return problems
    }

    /// Whether the change `step` tried is in the files now.
    func landed(_ step: KillStep, in snapshot: IssueStore.Snapshot) -> Bool {
        let issue = snapshot.issues.first { $0.key.number == step.target }
        switch step.command {
        case .new: return snapshot.issues.contains { $0.title == step.given }
        case .update: return issue?.labels.contains(step.given) ?? false
        case .comment: return issue?.body.contains(step.given) ?? false
        default: return false
        }
    }

    /// What a check saw is given too: it must stay from now on.
    mutating func keep(_ snapshot: IssueStore.Snapshot) {
        numbers = snapshot.issues.map(\.key.number).sorted()
        for issue in snapshot.issues {
            let number = issue.key.number
            if titles.contains(issue.title) { keptTitles.insert(issue.title) }
            keptLabels[number, default: []].formUnion(issue.labels)
            for run in comments[number] ?? [] where issue.body.contains("\n\(KillLedger.comment(run))\n") {
                keptComments[number, default: []].insert(run)
            }
        }
    }
}
