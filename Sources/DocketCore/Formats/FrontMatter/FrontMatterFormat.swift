import Foundation

/// Docket's own format: YAML front matter (a documented subset) between `---` lines, then
/// the Markdown body.
struct FrontMatterFormat: IssueFileFormat {
    var name: String { "front matter" }

    func claims(_ text: String) -> Bool {
        FrontMatter.starts(text)
    }

    func read(_ text: String, path: String, state: IssueState) -> IssueReading {
        let matter: FrontMatter
        do {
            matter = try FrontMatter(parsing: text, path: path)
        } catch {
            return IssueReading(.failure(error))
        }
        var reading: IssueReading
        do {
            reading = IssueReading(.success(try IssueFile.issue(from: matter, path: path, state: state)))
        } catch {
            reading = IssueReading(.failure(error))
        }
        func line(_ key: String) -> Int? { matter.entry(key).map { $0.lines.lowerBound + 1 } }
        reading.lacksKey = matter.entry("id") == nil
        reading.keyLine = line("id") ?? 1
        reading.statusLine = line("status")
        reading.blockedByLine = line("blocked_by")
        if let issue = reading.issue {
            let name = (path as NSString).lastPathComponent
            if Slug.key(fromFileName: name) != issue.key {
                let expected = Slug.fileName(for: issue.key, title: issue.title)
                reading.fileNameProblem = "the file name does not match id \(issue.key.number) (expected \(expected))"
            }
        }
        return reading
    }

    func apply(_ changes: [IssueChange], to text: String, path: String) throws(Diagnostic) -> String {
        try IssueChange.apply(changes, toFrontMatter: text, path: path)
    }

    /// A fresh `id:` and the file name that goes with it.
    func renumbered(_ text: String, reading: IssueReading, fileName: String, to key: IssueKey) throws -> (name: String, text: String) {
        let matter = try FrontMatter(parsing: text, path: fileName)
        let title = reading.issue?.title ?? matter["title"]?.scalar?.trimmingSpacesAndNewlines ?? ""
        return (Slug.fileName(for: key, title: title), matter.applying([.text("id", String(key.number))]))
    }
}
