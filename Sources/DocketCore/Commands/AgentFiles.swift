import Foundation

/// What `docket init --agents` writes: the agent guide (`prime`) into `AGENTS.md` (and
/// `CLAUDE.md` when there is one) between `<!-- docket:begin -->` and `<!-- docket:end -->`,
/// so a later run replaces only that part, and a `docket` server in `.mcp.json`, merged
/// with the servers already there. Every write is atomic.
enum AgentFiles {
    static let begin = "<!-- docket:begin -->"
    static let end = "<!-- docket:end -->"

    /// Writes the files under `root`; returns the paths it created or changed, relative to `root`.
    static func write(root: String, guide: String) throws -> [String] {
        var written: [String] = []
        for name in ["AGENTS.md", "CLAUDE.md"] {
            let path = root + "/" + name
            let existing = try FileSystem.readTextIfPresent(path)
            guard existing != nil || name == "AGENTS.md" else { continue }
            let text = try withGuide(guide, in: existing ?? "", path: name)
            if text != existing {
                try FileSystem.writeAtomically(text, to: path)
                written.append(name)
            }
        }
        let mcpPath = root + "/.mcp.json"
        let existing = try FileSystem.readTextIfPresent(mcpPath)
        let text = try withServer(in: existing, path: ".mcp.json")
        if text != existing {
            try FileSystem.writeAtomically(text, to: mcpPath)
            written.append(".mcp.json")
        }
        return written
    }

    /// `text` with its marked block replaced by the guide, or the block appended after a
    /// blank line when there is none. A begin marker without an end is an error.
    static func withGuide(_ guide: String, in text: String, path: String) throws -> String {
        let block = begin + "\n" + guide.trimmingTrailingNewlines + "\n" + end
        guard let start = text.range(of: begin) else {
            let head = text.trimmingTrailingNewlines
            return (head.isEmpty ? "" : head + "\n\n") + block + "\n"
        }
        guard let finish = text.range(of: end, range: start.upperBound..<text.endIndex) else {
            throw DocketError.failure("\(path): '\(begin)' has no '\(end)' after it; fix the file or remove the marker")
        }
        return String(text[..<start.lowerBound]) + block + String(text[finish.upperBound...])
    }

    /// The `.mcp.json` text with `mcpServers.docket` running `docket mcp`, every other key kept.
    static func withServer(in text: String?, path: String) throws -> String {
        var document: [(key: String, value: JSONValue)] = []
        if let text, !text.trimmingSpacesAndNewlines.isEmpty {
            guard case .object(let members)? = try? JSONValue(parsing: Data(text.utf8)) else {
                throw DocketError.failure("\(path):1: not a JSON object; fix it, or remove it to have docket write one")
            }
            document = members
        }
        let server: JSONValue = .object([("command", .string("docket")), ("args", .array([.string("mcp")]))])
        var servers: [(key: String, value: JSONValue)] = []
        if let index = document.firstIndex(where: { $0.key == "mcpServers" }) {
            guard case .object(let members) = document[index].value else {
                throw DocketError.failure("\(path):1: mcpServers is not an object")
            }
            servers = members
        }
        if let index = servers.firstIndex(where: { $0.key == "docket" }) { servers[index].value = server } else { servers.append(("docket", server)) }
        if let index = document.firstIndex(where: { $0.key == "mcpServers" }) {
            document[index].value = .object(servers)
        } else {
            document.append(("mcpServers", .object(servers)))
        }
        return JSONValue.object(document).prettyText + "\n"
    }
}
