import Foundation
import Testing

/// Edits by the real binary touch only the lines they must: every other byte of a file
/// (a BOM, CRLF endings, invalid UTF-8, a missing final newline) comes back as it was.
@Suite struct ByteFidelityTests {
    /// An issue file as lines without their endings, joined with CRLF.
    struct CRLFFile {
        var lines: [[UInt8]]
        var finalNewline: Bool

        var bytes: [UInt8] {
            lines.enumerated().flatMap { index, line in
                line + (index < lines.count - 1 || finalNewline ? [13, 10] : [])
            }
        }

        /// Replaces the line that starts with `key: `.
        mutating func set(_ key: String, _ value: String) {
            let index = lines.firstIndex { $0.starts(with: Array("\(key): ".utf8)) }!
            lines[index] = Array("\(key): \(value)".utf8)
        }

        /// Adds a line at the end of the front matter, before its closing `---`.
        mutating func appendToFrontMatter(_ line: String) {
            let end = lines.dropFirst().firstIndex { $0 == Array("---".utf8) }!
            lines.insert(Array(line.utf8), at: end)
        }

        mutating func remove(_ key: String) {
            lines.removeAll { $0.starts(with: Array("\(key): ".utf8)) }
        }
    }

    static let original = CRLFFile(lines: [
        [0xEF, 0xBB, 0xBF] + Array("---".utf8),
        Array("id: 1".utf8),
        Array("title: Bytes".utf8),
        Array("status: open".utf8),
        Array("priority: medium".utf8),
        Array("labels: [a]".utf8),
        Array("created: 2024-01-01T00:00:00Z".utf8),
        Array("updated: 2024-01-01T00:00:00Z".utf8),
        Array("legacy: caf".utf8) + [0xE9],
        Array("---".utf8),
        [],
        Array("Body ".utf8) + [0xFF, 0xFE] + Array(" line".utf8),
        Array("last line".utf8),
    ], finalNewline: false)

    /// A timestamp (`updated`, `closed`) as `docket show` reports it, checked for form.
    private func timestamp(_ key: String, of sandbox: Sandbox) throws -> String {
        let value = try #require(try sandbox.shown("1")[key] as? String)
        #expect(value.wholeMatch(of: /\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ/) != nil, "\(key): \(value)")
        return value
    }

    @Test func updateCommentCloseAndReopenChangeOnlyTheirOwnLines() throws {
        let sandbox = Sandbox()
        try sandbox.makeRepository(hooks: false)
        try sandbox.must("git", "config", "user.name", "Tester")
        var expected = ByteFidelityTests.original
        let open = ".project/issues/open/0001-bytes.md"
        let closed = ".project/issues/closed/0001-bytes.md"
        try sandbox.writeBytes(open, expected.bytes)

        try sandbox.must("docket", "update", "1", "--add-label", "x")
        expected.set("labels", "[a, x]")
        expected.set("updated", try timestamp("updated", of: sandbox))
        #expect(try sandbox.bytes(open) == expected.bytes, "after update")

        try sandbox.must("docket", "comment", "1", "-m", "hi")
        let commented = try timestamp("updated", of: sandbox)
        expected.set("updated", commented)
        // The actor is the git user qualified by the worktree's directory.
        let actor = "Tester@" + (sandbox.root as NSString).lastPathComponent
        expected.lines += [[], Array("### Comment by \(actor) on \(commented)".utf8), [], Array("hi".utf8)]
        expected.finalNewline = true
        #expect(try sandbox.bytes(open) == expected.bytes, "after comment")

        try sandbox.must("docket", "close", "1")
        expected.set("status", "closed")
        expected.set("updated", try timestamp("updated", of: sandbox))
        expected.appendToFrontMatter("closed: \(try timestamp("closed", of: sandbox))")
        #expect(try sandbox.bytes(closed) == expected.bytes, "after close")

        try sandbox.must("docket", "reopen", "1")
        expected.set("status", "open")
        expected.set("updated", try timestamp("updated", of: sandbox))
        expected.remove("closed")
        #expect(try sandbox.bytes(open) == expected.bytes, "after reopen")
    }

    @Test func aCommentOnACRLFFileHasCRLFLineEndings() throws {
        let sandbox = Sandbox()
        try sandbox.makeRepository(hooks: false)
        let path = ".project/issues/open/0001-bytes.md"
        try sandbox.writeBytes(path, ByteFidelityTests.original.bytes)
        try sandbox.must("docket", "comment", "1", "-m", "first line\nsecond line")
        let bytes = try sandbox.bytes(path)
        let bareLineFeeds = bytes.indices.filter { bytes[$0] == 10 && ($0 == 0 || bytes[$0 - 1] != 13) }
        #expect(bareLineFeeds == [])
        #expect(String(decoding: bytes, as: UTF8.self).contains("\r\nfirst line\r\nsecond line\r\n"))
    }
}
