import Foundation
import Testing

@Suite struct CloneMergeTests {
    /// Two clones that each file the next issue get the same ID (the counter is per clone);
    /// after a merge, doctor reports the duplicate and --fix renumbers the later-created one.
    @Test func duplicateIDsFromTwoClonesAreFoundAndRenumbered() throws {
        let sandbox = Sandbox()
        try sandbox.must("mkdir", "origin")
        try sandbox.must("git", "init", "-q", "-b", "main", in: "origin")
        try sandbox.must("docket", "init", in: "origin")
        try sandbox.must("git", "add", "-A", in: "origin")
        try sandbox.must("git", "commit", "-qm", "Set up", in: "origin")
        try sandbox.must("git", "clone", "-q", "origin", "alice")
        try sandbox.must("git", "clone", "-q", "origin", "bob")
        #expect(try sandbox.must("docket", "new", "From Alice", "-q", in: "alice") == "1")
        try sandbox.must("git", "add", "-A", in: "alice")
        try sandbox.must("git", "commit", "-qm", "Alice files #1", in: "alice")
        // Bob files after Alice: his `created:` is the same second or later, and a tie goes by
        // path (0001-from-alice.md first), so his is the later-created one either way.
        #expect(try sandbox.must("docket", "new", "From Bob", "-q", in: "bob") == "1")
        try sandbox.must("git", "add", "-A", in: "bob")
        try sandbox.must("git", "commit", "-qm", "Bob files #1", in: "bob")
        try sandbox.must("git", "pull", "-q", "--no-rebase", "--no-edit", "../alice", "main", in: "bob")
        #expect(sandbox.files("bob/.project/issues/open").count == 2)

        let report = try sandbox.run("docket", "doctor", in: "bob")
        #expect(report.status == 1)
        #expect(report.stdout.contains("#1") && report.stdout.lowercased().contains("duplicate"))

        let fixed = try sandbox.run("docket", "doctor", "--fix", in: "bob")
        #expect(fixed.stdout.contains("#1 -> #2: "), "\(fixed.stdout)\(fixed.stderr)")
        let titles = try sandbox.must("docket", "list", "--format", "{{id}} {{title}}", in: "bob")
        #expect(titles == "1 From Alice\n2 From Bob")
        #expect(try sandbox.run("docket", "doctor", in: "bob").status == 0)
    }
}
