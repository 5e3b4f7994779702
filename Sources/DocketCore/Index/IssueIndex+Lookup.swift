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
