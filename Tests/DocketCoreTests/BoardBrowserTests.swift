import Foundation
import Testing
@testable import DocketCore

/// The HTML board in a real browser: headless Chromium loads the page with the network
/// switched off and the DOM it builds has the columns and the chips. Skipped when no
/// Chromium is installed, except in CI (`CI` set), where that is a failure.
@Suite struct BoardBrowserTests {
    static let chromium: String? = ["chromium", "chromium-browser"].lazy.compactMap { name in
        ["/usr/bin/", "/usr/local/bin/", "/snap/bin/"].map { $0 + name }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }.first
    static let inCI = ProcessInfo.processInfo.environment["CI"].map { !$0.isEmpty } ?? false

    @Test(.enabled(if: BoardBrowserTests.chromium != nil || BoardBrowserTests.inCI, "no chromium or chromium-browser installed"))
    func chromiumShowsTheColumnsAndChipsWithoutTouchingTheNetwork() throws {
        let browser = try #require(BoardBrowserTests.chromium, "CI needs chromium or chromium-browser (.ci/setup installs it)")
        let project = TestProject()
        project.run("new", "Ready work", "-l", "bug", "-m", "See [the site](https://example.com) and `code`.")
        project.run("new", "Claimed work", "-l", "área: búsqueda")
        project.run("claim", "2")
        #expect(project.run("board", "--html", "board.html").exitCode == 0)
        let html = project.read("board.html")

        // Nothing in the page can fetch: no resource attributes, and every URL is a link's target.
        for loader in ["src=", "<link", "url(", "@import", "<script", "<iframe", "<object"] { #expect(!html.contains(loader), "\(loader)") }
        let withoutLinks = html.replacingOccurrences(of: #"<a href="[^"]*""#, with: "", options: .regularExpression)
        #expect(!withoutLinks.contains("://"))

        let process = Process()
        process.executableURL = URL(fileURLWithPath: browser)
        process.arguments = [
            "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-extensions",
            "--user-data-dir=\(project.root)/chromium-profile",
            // Any request the page made would fail: no host resolves and no proxy is reachable.
            "--host-resolver-rules=MAP * ~NOTFOUND", "--proxy-server=127.0.0.1:9",
            "--dump-dom", "file://\(project.path("board.html"))",
        ]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        let dom = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        for column in ["ready", "in_progress", "blocked", "closed_recently"] {
            #expect(dom.contains("id=\"\(column)\""), "\(column)")
        }
        #expect(dom.contains("<li class=\"chip\" style=\"background-color: \(LabelColor.css(for: "bug"))\">bug</li>"))
        #expect(dom.contains(">área: búsqueda</li>"))
        #expect(dom.contains("<a href=\"https://example.com\">the site</a>"))
    }
}
