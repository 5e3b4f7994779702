import Foundation
import Testing
@testable import DocketCore

/// `docket man`: docket(1) generated from the declarations, checked with groff and man.
@Suite struct ManPageTests {
    private static let page = TestProject(initialized: false).run("man").stdout

    /// Runs a program with the page on disk; returns its exit status, stdout and stderr.
    private func run(_ arguments: [String]) throws -> (Int32, String, String) {
        let file = NSTemporaryDirectory() + "docket-\(UUID().uuidString).1"
        try Data(Self.page.utf8).write(to: URL(fileURLWithPath: file))
        defer { try? FileManager.default.removeItem(atPath: file) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = arguments + [file]
        process.environment = ["PATH": "/usr/bin:/bin", "MANPAGER": "cat", "MANWIDTH": "80", "LANG": "C.UTF-8"]
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let output = out.fileHandleForReading.readDataToEndOfFile(), errors = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: output, as: UTF8.self), String(decoding: errors, as: UTF8.self))
    }

    @Test func groffReportsNoWarnings() throws {
        let (status, _, errors) = try run(["groff", "-man", "-ww", "-z"])
        #expect(status == 0)
        #expect(errors == "")
    }

    @Test func manRendersThePage() throws {
        let (status, output, _) = try run(["man", "-l"])
        #expect(status == 0)
        #expect(output.contains("docket - issues as Markdown files in your repository"))
        #expect(output.contains("-s, --state STATE"))
    }

    @Test func everyVisibleCommandAndSubcommandHasASectionAndTheHiddenOneNone() {
        let sections = Self.page.split(separator: "\n").filter { $0.hasPrefix(".SS ") }.map { String($0.dropFirst(4)) }
        let visible = CommandRegistry.all.map { $0.spec }.filter { !$0.hidden }.flatMap { [$0.path] + $0.subcommands.map(\.path) }
        #expect(sections == visible)
        #expect(!sections.contains("hook"))
    }

    @Test func charactersBeyondASCIIAreEscapesThatManRendersAsWritten() throws {
        #expect(!Self.page.unicodeScalars.contains { !$0.isASCII })
        #expect(Self.page.contains("caf\\[u00E9]"))
        let (_, output, _) = try run(["man", "-l"])
        #expect(output.contains("café"))
    }

    @Test func optionChoicesAreOnThePage() {
        #expect(Self.page.contains("One of: open, closed, all."))
    }

    @Test func noTextLineStartsARequest() {
        let requests: Set<String> = [".TH", ".SH", ".SS", ".TP", ".PP", ".B"]
        for line in Self.page.split(separator: "\n") where line.hasPrefix(".") || line.hasPrefix("'") {
            #expect(requests.contains(String(line.split(separator: " ").first ?? "")), "\(line)")
        }
    }
}
