/// Whether a project keeps its issues in the `PREFIX-NNN` dialect, so `new` and `init` follow it.
extension IssueStore {
    /// The prefixes of a project whose issue files are all named `PREFIX-NNN-slug.md`; `nil`
    /// when it has no issue files or any file without a prefix (a front matter `0001-…`).
    /// Names alone decide, listed without a stat per file.
    public func dialectPrefixes() throws -> Set<String>? {
        try folderNames().dialectPrefixes
    }

    /// The prefix `new` files a dialect issue with when `--prefix` is not given: the project's
    /// only prefix; among several, the template heading's when it is one of them; without
    /// issues, the heading's. Several prefixes and none chosen is a usage error that lists them.
    func newIssuePrefix(headingPrefix: String) throws -> String {
        guard let prefixes = try dialectPrefixes() else { return headingPrefix }
        if prefixes.count == 1, let only = prefixes.first { return only }
        if prefixes.contains(headingPrefix) { return headingPrefix }
        throw DocketError.usage("this project uses several prefixes (\(prefixes.sorted().joined(separator: ", "))); choose one with --prefix")
    }
}
