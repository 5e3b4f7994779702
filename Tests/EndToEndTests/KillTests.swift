import DocketCore
import Foundation
import Testing

/// SIGKILL at random moments: whenever a `docket` process dies, every issue stays whole and
/// in one folder, each change is wholly there or wholly absent, and nothing given is lost.
@Suite struct KillTests {
    /// Fixed, so a failing schedule replays exactly.
    static let seed: UInt64 = 0xD0C_4E7_0001

    /// At most this many runs, and no run starts after `budget` (whichever comes first).
    static let maximumRuns = 400
    static let budget = Duration.seconds(18)

    /// What the runs came to, printed for the log.
    private struct Tally {
        var runs = 0
        var kills = 0
        /// Kills that fell between a close's (or reopen's) move and its rewrite.
        var cutShort = 0
        /// Killed runs whose change was nonetheless in the files.
        var landed = 0
    }

    @Test func killingCommandsAtRandomMomentsLosesNothingAndHalfWritesNothing() throws {
        let sandbox = Sandbox()
        try sandbox.makeRepository(hooks: false)
        for index in 0..<3 { try sandbox.must("docket", "new", "Kill issue seed \(index)", "-q") }
        var ledger = KillLedger()
        ledger.keep(try sandbox.snapshot())
        // The kill falls anywhere in a run's usual length, startup included.
        let window = try KillTests.typicalRunMicroseconds(in: sandbox)
        var random = SplitMix64(seed: KillTests.seed)
        var tally = Tally()
        let deadline = ContinuousClock.now + KillTests.budget
        while tally.runs < KillTests.maximumRuns, ContinuousClock.now < deadline {
            let step = ledger.nextStep(run: tally.runs, using: &random)
            tally.runs += 1
            let process = try ReapableProcess(docket: step.arguments, in: sandbox)
            usleep(UInt32.random(in: 0...window, using: &random))
            process.kill()
            let ending = process.wait()
            var problems: [String] = []
            if ending.signal == SIGKILL {
                tally.kills += 1
                let snapshot = try sandbox.snapshot()
                if ledger.landed(step, in: snapshot) { tally.landed += 1 }
                if step.isTransition {
                    if snapshot.issues.contains(where: { $0.key.number == step.target && $0.isHalfMoved }) { tally.cutShort += 1 }
                    // Before it is finished, a cut-short move must still leave one whole file.
                    problems += ledger.problems(in: snapshot, unfinished: step.target)
                    let again = Sandbox.wait(try sandbox.start(["docket"] + step.arguments))
                    if again.status != 0 { problems.append("running it again failed: \(again.stderr)") }
                }
            } else if ending.status == 0 {
                ledger.confirm(step)
            } else {
                problems.append("ended with \(ending.status.map { "status \($0)" } ?? "signal \(ending.signal!)"): \(ending.output)")
            }
            problems += try KillTests.check(step, sandbox: sandbox, ledger: &ledger)
            #expect(problems.isEmpty, "run \(tally.runs) (seed \(KillTests.seed)): docket \(step.arguments.joined(separator: " ")): \(problems)")
            if !problems.isEmpty { break }
        }
        print("kill test: \(tally.runs) runs, \(tally.kills) kills (\(tally.cutShort) between a move and its rewrite, \(tally.landed) whose change had landed; kills within \(window) µs of the start)")
        #expect(tally.kills > 0)
    }

    /// Everything wrong after a run: in the files, in `docket doctor`'s view, in the folder
    /// the run moved its issue to, in what `git status` shows.
    private static func check(_ step: KillStep, sandbox: Sandbox, ledger: inout KillLedger) throws -> [String] {
        let snapshot = try sandbox.snapshot()
        var problems = ledger.problems(in: snapshot)
        ledger.keep(snapshot)
        let target = snapshot.issues.first { $0.key.number == step.target }
        if step.command == .close, target?.state != .closed { problems.append("#\(step.target) is not closed") }
        if step.command == .reopen, target?.state != .open { problems.append("#\(step.target) is not open") }
        // A kill may leave a temporary file: doctor reports it, `--fix` removes it, and
        // nothing else may be wrong.
        let doctor = try sandbox.run("docket", "doctor")
        let reported = doctor.stdout.split(separator: "\n").filter { !$0.contains("a temporary file left by an interrupted write") }
        if doctor.status != 0, !reported.isEmpty || !doctor.stderr.isEmpty { problems.append("doctor: \(doctor.stdout)\(doctor.stderr)") }
        if doctor.status != 0 {
            _ = try sandbox.run("docket", "doctor", "--fix")
            let again = try sandbox.run("docket", "doctor")
            if again.status != 0 { problems.append("doctor after --fix: \(again.stdout)\(again.stderr)") }
        }
        let listed = try sandbox.run("docket", "list", "-s", "all", "--format", "{{id}} {{state}}")
        let expected = snapshot.issues.sorted { $0.key < $1.key }.map { "\($0.key.number) \($0.state.rawValue)\n" }.joined()
        if listed.stdout != expected { problems.append("list shows \(listed.stdout)\(listed.stderr), the files hold \(expected)") }
        problems += try sandbox.gitStatusPaths().filter { $0.contains(".docket") }.map { "git status shows \($0)" }
        return problems
    }

    /// The median time in microseconds from start to exit of `docket doctor` in `sandbox`.
    private static func typicalRunMicroseconds(in sandbox: Sandbox) throws -> UInt32 {
        var times: [Duration] = []
        for _ in 0..<3 {
            let start = ContinuousClock.now
            _ = try ReapableProcess(docket: ["doctor"], in: sandbox).wait()
            times.append(ContinuousClock.now - start)
        }
        let median = times.sorted()[1]
        return UInt32(median.components.seconds * 1_000_000 + median.components.attoseconds / 1_000_000_000_000)
    }
}
