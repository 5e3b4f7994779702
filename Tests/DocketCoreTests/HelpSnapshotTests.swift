import Foundation
import Testing
@testable import DocketCore

/// Every command's and subcommand's `--help` against `Fixtures/help/<command>.txt` (`hooks-install.txt`
/// for `hooks install`), so a change of wording is
/// a visible diff. `DOCKET_UPDATE_SNAPSHOTS=1 swift test --filter HelpSnapshotTests` rewrites
/// the files from the current output.
@Suite struct HelpSnapshotTests {
    /// `list`, `hooks`, `hooks install`, ...
    static let paths = CommandRegistry.all.flatMap { [$0.spec.path] + $0.spec.subcommands.map(\.path) }

    @Test(arguments: paths)
    func helpMatchesItsSnapshot(_ command: String) throws {
        let help = TestProject(initialized: false).run(command.split(separator: " ").map(String.init) + ["--help"]).stdout
        let file = Fixtures.url("help/\(command.replacingOccurrences(of: " ", with: "-")).txt")
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
        #expect(Set(files) == Set(Self.paths.map { $0.replacingOccurrences(of: " ", with: "-") + ".txt" }))
    }
}
