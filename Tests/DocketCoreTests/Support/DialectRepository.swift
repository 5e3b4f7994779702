import Foundation
import Testing
@testable import DocketCore

/// Projects for the dialect-repo fixtures: a hand-kept repository with two prefixes (`AUTH`,
/// `CACHE`, both with a number 2), closed issues with each status word, free-text severities and
/// fields naming files; and a front matter project holding the same open issues, so behaviour
/// the formats share is tested on both.
enum IssueFormatKind: String, CaseIterable, CustomTestStringConvertible {
    case dialect, frontMatter

    var testDescription: String { rawValue }

    /// A project of this format.
    func project() throws -> TestProject {
        switch self {
        case .dialect: try DialectRepository.project()
        case .frontMatter: DialectRepository.frontMatterProject()
        }
    }
}

enum DialectRepository {
    /// The dialect-repo fixture, set up with `init --style protocol`.
    static func project() throws -> TestProject {
        let project = TestProject(initialized: false)
        project.run("init", "--style", "protocol")
        for folder in ["open", "closed"] {
            for name in try FileManager.default.contentsOfDirectory(atPath: Fixtures.url("dialect-repo/\(folder)").path) {
                project.write(".project/issues/\(folder)/\(name)", try Fixtures.text("dialect-repo/\(folder)/\(name)"))
            }
        }
        return project
    }

    /// Only the fixture files whose names start with `prefix`, so the project has one prefix.
    static func project(onlyPrefix prefix: String) throws -> TestProject {
        let project = try project()
        for folder in ["open", "closed"] {
            for name in project.files(folder) where !name.hasPrefix(prefix + "-") {
                try FileManager.default.removeItem(atPath: project.path(".project/issues/\(folder)/\(name)"))
            }
        }
        return project
    }

    /// Front matter issues 1 to 3 saying what the dialect's open issues say, with dates without a time.
    static func frontMatterProject() -> TestProject {
        let project = TestProject()
        let issues = [
            ("0001-password-reset-never-expires.md", "Password reset link never expires", "2026-02-24", "blocked", "dana (pairing with ops)",
             "affected_files: services/auth/reset_token.py\n"),
            ("0002-login-form-leaks-usernames.md", "Login form tells which usernames exist", "2026-02-23", "in-progress", nil,
             "affected_files: web/templates/login.html\n"),
            ("0003-stale-thumbnails.md", "Thumbnails stay stale after an upload", "2026-02-25", "open", nil,
             "affected_files: media/thumbs/cache_keys.rs\n"),
        ]
        for (number, issue) in issues.enumerated() {
            let assignee = issue.4.map { "assignee: \($0)\n" } ?? ""
            project.write(".project/issues/open/\(issue.0)", """
                ---
                id: \(number + 1)
                title: \(issue.1)
                status: \(issue.3)
                priority: medium
                \(assignee)created: \(issue.2)
                \(issue.5)---

                Body.

                """)
        }
        return project
    }
}

extension TestProject {
    /// What `list QUERY --format FORMAT` prints, one line each, through the index; all
    /// issues unless the query says `is:`.
    func listed(_ query: String, format: String = "{{key}}") -> [String] {
        let state = query.contains("is:") ? [] : ["--state", "all"]
        return run(["list", query, "--format", format] + state).stdout.split(separator: "\n").map(String.init)
    }

    /// The keys `listed` prints.
    func keys(_ query: String) -> [String] { listed(query) }

    /// The keys the in-memory evaluation of `query` accepts (what the index must agree with).
    func keysInMemory(_ query: String) throws -> [String] {
        let snapshot = try IssueStore(layout: ProjectLayout(root: root)).load()
        var parsed = try Query(parsing: query)
        if parsed.state == nil { parsed.state = .all }
        let open = Set(snapshot.issues.filter { $0.state == .open }.map(\.key))
        return snapshot.issues.filter { parsed.matches($0, isOpen: open.contains) }.sorted { $0.key < $1.key }.map(\.key.plain)
    }
}
