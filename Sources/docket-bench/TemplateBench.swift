import DocketCore
import Foundation

/// Times DocketCore's Mustache engine on the default issue template, in-process: parse and
/// render once, parse and render 10,000 times, and render 10,000 times from one parse.
///
/// `DefaultTemplate` and `IssueTemplate` are internal to DocketCore, so this takes the template
/// text read from disk and uses the public `Template(parsing:path:)` and `render(_:escaping:)`,
/// rendering the body after the front matter with the context `docket new` gives it.
enum TemplateBench {
    static let iterations = 10_000

    /// The default template for `--render`: `Templates/ISSUE_TEMPLATE.md` in the current
    /// directory or in a folder above the executable (the package root when built with SwiftPM).
    /// A full run uses the copy `docket init` wrote into the first corpus instead.
    static func locate(selfPath: String) -> String? {
        var paths = [FileManager.default.currentDirectoryPath + "/Templates/ISSUE_TEMPLATE.md"]
        var directory = (selfPath as NSString).deletingLastPathComponent
        while directory.count > 1 {
            paths.append(directory + "/Templates/ISSUE_TEMPLATE.md")
            directory = (directory as NSString).deletingLastPathComponent
        }
        return paths.first { access($0, R_OK) == 0 }
    }

    /// The Markdown section for the template timings, or a line saying why they were skipped.
    static func report(path: String?, text: String?) -> String {
        guard let path, let text else { return "## Template\n\nskipped: no ISSUE_TEMPLATE.md found\n" }
        let source = body(of: text)
        let context = sampleContext
        var bytes = 0
        do {
            let once = try time { bytes += try Template(parsing: source, path: path).render(context, escaping: .none).utf8.count }
            let parseAndRender = try time {
                for _ in 0..<iterations { bytes += try Template(parsing: source, path: path).render(context, escaping: .none).utf8.count }
            }
            let parsed = try Template(parsing: source, path: path)
            let renderOnly = try time {
                for _ in 0..<iterations { bytes += try parsed.render(context, escaping: .none).utf8.count }
            }
            return """
                ## Template (in-process, `\(path)`)

                | operation | total (ms) | per template (µs) |
                |---|--:|--:|
                | parse + render once (first use) | \(String(format: "%.3f", once)) | \(String(format: "%.1f", once * 1000)) |
                | parse + render × \(iterations) | \(String(format: "%.1f", parseAndRender)) | \(String(format: "%.2f", parseAndRender * 1000 / Double(iterations))) |
                | render × \(iterations) (parsed once) | \(String(format: "%.1f", renderOnly)) | \(String(format: "%.2f", renderOnly * 1000 / Double(iterations))) |

                \(bytes) bytes rendered in all.

                """
        } catch {
            return "## Template\n\nskipped: \(path) did not parse or render: \(error)\n"
        }
    }

    /// The text after the front matter, without the blank line that follows it, as `docket new` renders it.
    private static func body(of text: String) -> String {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        guard lines.first == "---", let closing = lines.dropFirst().firstIndex(of: "---") else { return text }
        var rest = lines[(closing + 1)...]
        if rest.first == "" { rest = rest.dropFirst() }
        return rest.joined(separator: "\n")
    }

    /// The values `docket new` passes, with a body so the `{{#body}}` section renders.
    private static let sampleContext: JSONValue = .object([
        ("id", .int(12345)), ("key", .string("12345")), ("title", .string("Crash when the database is locked")),
        ("date", .string("2026-11-25")), ("timestamp", .string("2026-11-25T12:00:00Z")), ("author", .string("alice")),
        ("labels", .array([.string("bug"), .string("cli")])), ("priority", .string("high")), ("assignee", .string("bob")),
        ("body", .string("It fails with an error after the second run.")), ("branch", .string("main")),
        ("commit", .string("a8debfd")), ("docket_version", .string(Docket.version)),
    ])

    /// Milliseconds `work` took on the monotonic clock.
    private static func time(_ work: () throws -> Void) rethrows -> Double {
        let start = ProcessTimer.now()
        try work()
        return (ProcessTimer.now() - start) * 1000
    }
}
