/// Finding an issue's files through the index, for one whose file name does not carry its key.
extension IssueIndex {
    /// The readable files whose parsed key is `key`, in both folders, as the index holds
    /// them (the caller refreshes first and reads the files again).
    func files(withKey key: IssueKey) throws -> [IssueStore.FileRef] {
        let select = try database.prepare("SELECT folder, name FROM files WHERE prefix = ? AND number = ? AND problem IS NULL ORDER BY folder, name")
        try select.bind([.text(key.prefix ?? ""), .integer(Int64(key.number))])
        var refs: [IssueStore.FileRef] = []
        try select.forEachRow { row in
            refs.append(IssueStore.FileRef(state: row.int64(0) == 0 ? .open : .closed, name: row.text(1)))
        }
        return refs
    }
}

extension IssueIndex {
    /// The names in `state`'s folder that may carry `key` (`0012-*.md`, `SEC-012.md`, any
    /// zero padding), read from the rows without listing the folder; `nil` unless the
    /// folder's directory still has the stamp stored with the rows' names, when only a
    /// listing can tell.
    func namesCarrying(_ key: IssueKey, in state: IssueState) throws -> [String]? {
        guard let current = FolderListing.DirectoryStamp.of(layout.directory(for: state)),
              let stored = try storedFolder(state)?.directoryStamp, stored == current
        else { return nil }
        let digits = String(key.number)
        let lead = key.prefix.map { $0 + "-" } ?? ""
        // `*`, `?` and `[` would be patterns, not text; no key that parses holds one.
        guard !lead.contains(where: { "*?[".contains($0) }) else { return nil }
        let select = try database.prepare("SELECT name FROM files WHERE folder = ? AND name GLOB ?")
        var names: [String] = []
        for width in digits.count...max(digits.count, IssueIndex.longestNumber) {
            let stem = lead + String(repeating: "0", count: width - digits.count) + digits
            for pattern in [stem + "-*", stem + ".md"] {
                try select.bind([.integer(IssueIndex.folder(state)), .text(pattern)])
                try select.forEachRow { names.append($0.text(0)) }
            }
        }
        return names.sorted()
    }

    /// The most digits a key's number may be written with in a file name (`IssueKey.number`).
    static let longestNumber = 12
}
