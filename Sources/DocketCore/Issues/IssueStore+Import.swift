/// Filing many issues at once, each in its own folder and some under a number chosen for
/// them (an import keeps GitHub's numbers).
extension IssueStore {
    /// An issue to file: under `number`, or the next free number when nil.
    struct ImportedIssue {
        var number: Int?
        var issue: Issue
    }

    /// The numbers of Docket's own (unprefixed) issues, from the file names and the files.
    func takenNumbers() throws -> Set<Int> {
        var taken: Set<Int> = []
        for state in IssueState.allCases {
            for name in try FileSystem.markdownNames(in: layout.directory(for: state)) {
                if let key = Slug.key(fromFileName: name), key.prefix == nil { taken.insert(key.number) }
            }
        }
        return taken
    }

    /// Files every issue under the allocator's lock: first checks that no chosen number is
    /// taken (a conflict naming them all, with nothing written), then creates each file
    /// exclusively in its state's folder and records the highest number handed out.
    /// Returns the issues as filed, in the order given.
    func importIssues(_ imports: [ImportedIssue]) throws -> [Issue] {
        try ensureFolders()
        try layout.prepareCacheDirectory()
        let allocator = IDAllocator(layout: layout)
        return try allocator.withLock {
            var taken = try takenNumbers()
            let clashes = imports.compactMap(\.number).filter(taken.contains).sorted()
            guard clashes.isEmpty else {
                throw DocketError.conflict("numbers already taken: \(clashes.map { "#\($0)" }.joined(separator: ", ")); use --renumber to give them fresh IDs")
            }
            taken.formUnion(imports.compactMap(\.number))
            var next = max(try allocator.lastAllocated(prefix: nil), taken.max() ?? 0) + 1
            var filed: [Issue] = []
            for entry in imports {
                var issue = entry.issue
                if let number = entry.number {
                    issue.key = IssueKey(number: number)
                } else {
                    issue.key = IssueKey(number: next)
                    next += 1
                }
                let name = Slug.fileName(for: issue.key, title: issue.title)
                let path = layout.directory(for: issue.state) + "/" + name
                guard try FileSystem.createIfAbsent(IssueFile.render(issue), at: path, temporaryDirectory: layout.temporaryDirectory) else {
                    throw DocketError.conflict("cannot file \(issue.key): \(layout.relativePath(state: issue.state, name: name)) already exists")
                }
                filed.append(try read(name: name, state: issue.state).get())
            }
            let last = try allocator.lastAllocated(prefix: nil)
            if let highest = filed.map(\.key.number).max(), highest > last { try allocator.record(highest, prefix: nil) }
            return filed
        }
    }
}
