/// The full-text index, built only when a query needs it. A list, `show`, `new`, `close`,
/// `ready` and the hooks store the fields alone (rows with `texted` = 0); the first search
/// then reads the files of those rows once more and adds their text.
///
/// Freshness holds as for the fields: a row keeps the stamp of the listing it was parsed
/// after, so a file changed since is parsed anew (text and all) by the next refresh. A file
/// changed between a search's listing and its reading here gives the row the newer text until
/// that refresh, as a change between a listing and the parse of the fields does.
extension IssueIndex {
    /// How many readable rows of `state`'s folder lack their text.
    func untextedCount(_ state: IssueState) throws -> Int {
        let count = try statement(.countUntexted)
        try count.bind([.integer(IssueIndex.folder(state))])
        defer { count.reset() }
        return try count.step() ? count.int(0) : 0
    }

    /// Adds the text of every readable row of `state`'s folder that lacks it. Call inside the
    /// refresh's transaction.
    func fillText(_ state: IssueState) throws {
        let select = try database.prepare(
            "SELECT id, name, size FROM files INDEXED BY files_untexted WHERE folder = ? AND texted = 0 AND problem IS NULL ORDER BY name")
        try select.bind([.integer(IssueIndex.folder(state))])
        var ids: [Int64] = []
        var jobs: [ParsePipeline.Job] = []
        let directory = layout.directory(for: state)
        try select.forEachRow { row in
            ids.append(row.int64(0))
            let name = row.text(1)
            jobs.append(ParsePipeline.Job(directory: directory, name: name, path: layout.relativePath(state: state, name: name), state: state, size: row.int64(2)))
        }
        var filled: [Int64] = []
        try IssueIndex.parseEach(jobs) { offset, parsed in
            // A file that no longer parses has changed since it was stored: the next
            // refresh sees its new stamp and stores it again.
            guard case .success(let issue) = parsed.result else { return }
            try addText(of: issue, id: ids[offset])
            filled.append(ids[offset])
        }
        let mark = try database.prepare("UPDATE files SET texted = 1 WHERE id IN (SELECT value FROM json_each(?))")
        try mark.bind([.text("[" + filled.map(String.init).joined(separator: ",") + "]")])
        try mark.run()
    }
}
