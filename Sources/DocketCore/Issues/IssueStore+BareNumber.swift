/// A bare number (`2`, `#2`, `0002`) in a project whose issues carry prefixes.
extension IssueStore {
    /// `key` as the files spell it: a key without a prefix that no prefix-less file has, but
    /// exactly one prefixed file has (`ISSUE-002-….md` for `2`), is that file's key; every other
    /// key is itself. Several prefixed files with the number is an error naming them.
    ///
    /// Returns the files named for the resolved key too, so a lookup lists the folders once
    /// when the key names its own files (the usual case).
    func located(_ key: IssueKey) throws -> (key: IssueKey, named: [FileRef]) {
        let named = try filesNamed(for: key)
        guard key.prefix == nil, named.isEmpty else { return (key, named) }
        let resolved = try resolvedKey(key)
        return resolved == key ? (key, []) : (resolved, try filesNamed(for: resolved))
    }

    private func resolvedKey(_ key: IssueKey) throws -> IssueKey {
        guard key.prefix == nil else { return key }
        var prefixed: Set<IssueKey> = []
        for state in IssueState.allCases {
            for name in try FileSystem.markdownNames(in: layout.directory(for: state)) {
                guard let found = Slug.key(fromFileName: name), found.number == key.number else { continue }
                if found.prefix == nil { return key }
                prefixed.insert(found)
            }
        }
        guard prefixed.count <= 1 else {
            let candidates = prefixed.sorted().map(\.plain).joined(separator: ", ")
            throw DocketError.failure("\(key) is ambiguous: \(candidates); name one of them")
        }
        return prefixed.first ?? key
    }
}
