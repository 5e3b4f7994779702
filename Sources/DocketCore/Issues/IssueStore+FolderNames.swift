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
                guard let prefix = FolderNames.key(fromFileName: name)?.prefix else { return nil }
                prefixes.insert(prefix)
            }
            return prefixes.isEmpty ? nil : prefixes
        }

        /// The highest number the names use for `prefix`; 0 when none does.
        func highestNumber(prefix: String?) -> Int {
            var highest = 0
            for name in names {
                if let key = FolderNames.key(fromFileName: name), key.prefix == prefix {
                    highest = max(highest, key.number)
                }
            }
            return highest
        }

        /// `Slug.key(fromFileName:)`, read from the name's bytes: at 100,000 names splitting
        /// each into `Substring`s cost more than listing the folders.
        static func key(fromFileName name: String) -> IssueKey? {
            var name = name
            return name.withUTF8 { bytes in
                let dash = UInt8(ascii: "-")
                let stem = bytes.suffix(3).elementsEqual(".md".utf8) ? bytes.dropLast(3) : bytes[...]
                let firstDash = stem.firstIndex(of: dash)
                let first = stem[..<(firstDash ?? stem.endIndex)]
                if let number = IssueKey.number(from: String(decoding: first, as: UTF8.self)) { return IssueKey(number: number) }
                guard let firstDash, first.allSatisfy({ (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains($0) }) else { return nil }
                let rest = stem[(firstDash + 1)...]
                let second = rest[..<(rest.firstIndex(of: dash) ?? rest.endIndex)]
                guard let number = IssueKey.number(from: String(decoding: second, as: UTF8.self)) else { return nil }
                return IssueKey(prefix: String(decoding: first, as: UTF8.self), number: number)
            }
        }
    }
}
