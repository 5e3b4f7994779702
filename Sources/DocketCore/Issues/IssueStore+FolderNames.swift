/// The file names of `open/` and `closed/`, listed once without a stat per file, and what
/// `new` asks of them: whether the project keeps the PREFIX-NNN dialect, and the highest
/// number in use for a prefix.
extension IssueStore {
    /// Both folders' issue file names, as one listing found them.
    struct FolderNames: Sendable {
        let names: [String]

        init(names: [String]) {
            self.names = names
        }

        /// Lists `open/` then `closed/`.
        init(layout: ProjectLayout) throws {
            var names: [String] = []
            for state in IssueState.allCases {
                names += try FileSystem.markdownNames(in: layout.directory(for: state))
            }
            self.names = names
        }

        /// The prefixes when every file is named `PREFIX-NNN-slug.md`; `nil` when there is no
        /// file or one without a prefix (see `IssueStore.dialectPrefixes()`).
        var dialectPrefixes: Set<String>? {
            var prefixes: Set<String> = []
            for name in names {
                guard let prefix = Slug.key(fromFileName: name)?.prefix else { return nil }
                prefixes.insert(prefix)
            }
            return prefixes.isEmpty ? nil : prefixes
        }

        /// The highest number the names use for `prefix`; 0 when none does.
        func highestNumber(prefix: String?) -> Int {
            var highest = 0
            for name in names {
                if let key = Slug.key(fromFileName: name), key.prefix == prefix {
                    highest = max(highest, key.number)
                }
            }
            return highest
        }
    }
}
