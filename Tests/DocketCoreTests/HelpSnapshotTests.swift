import Foundation
import Testing
@testable import DocketCore

/// Every command's `--help` against `Fixtures/help/<command>.txt`, so a change of wording is
/// a visible diff. `DOCKET_UPDATE_SNAPSHOTS=1 swift test --filter HelpSnapshotTests` rewrites
/// the files from the current output.
@Suite struct HelpSnapshotTests {
    @Test(arguments: CommandRegistry.all.map { $0.spec.name })
    func helpMatchesItsSnapshot(_ command: String) throws {
        let help = TestProject(initialized: false).run(command, "--help").stdout
        let file = Fixtures.url("help/\(command).txt")
        if ProcessInfo.processInfo.environment["DOCKET_UPDATE_SNAPSHOTS"] == "1" {
            try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(help.utf8).write(to: file)
        }
        let snapshot = try #require(try? String(contentsOf: file, encoding: .utf8), "no \(file.path); run with DOCKET_UPDATE_SNAPSHOTS=1 to write it")
        #expect(help == snapshot)
    }

    @Test(.disabled(if: ProcessInfo.processInfo.environment["DOCKET_UPDATE_SNAPSHOTS"] == "1", "the files are being rewritten"))
    func everySnapshotBelongsToACommand() throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: Fixtures.url("help").path)
        #expect(Set(files) == Set(CommandRegistry.all.map { $0.spec.name + ".txt" }))
    }
}
