import Foundation

/// Where `IssueStore.issue(_:)` looks for an issue's file, so that a command about one
/// issue costs one issue: first the files whose names carry the key (`0012-*.md`,
/// `SEC-002-*.md`), found by name alone; only when none holds it, the files whose content
/// carries it, which the index knows without reading every file.
extension IssueStore {
    /// One file to read: its folder and name.
    struct FileRef: Equatable {
        var state: IssueState
        var name: String
    }

    /// The files in both folders whose names suggest `key` (as `Slug.key(fromFileName:)`
    /// reads them), in name order: from the index's names when neither folder's directory
    /// has changed since the index last listed it, else listed without a stat per file.
    func filesNamed(for key: IssueKey) throws -> [FileRef] {
        if let files = try indexedFilesNamed(for: key) { return files }
        let digits = String(key.number)
        let lead = key.prefix.map { $0 + "-" }
        var files: [FileRef] = []
        for state in IssueState.allCases {
            let names = try FileSystem.markdownNames(in: layout.directory(for: state)) { IssueStore.mayCarry($0, digits: digits, lead: lead) }
            files += names.filter { Slug.key(fromFileName: $0) == key }.sorted().map { FileRef(state: state, name: $0) }
        }
        return files
    }

    /// `filesNamed` from the index alone (see `IssueIndex.namesCarrying`); `nil` when there
    /// is no index or a folder must be listed.
    private func indexedFilesNamed(for key: IssueKey) throws -> [FileRef]? {
        guard FileSystem.exists(layout.indexPath) else { return nil }
        let found = try IssueIndex.withIndex(layout, warn: { _ in }) { index -> [FileRef]? in
            var files: [FileRef] = []
            for state in IssueState.allCases {
                guard let names = try index.namesCarrying(key, in: state) else { return nil }
                files += names.filter { Slug.key(fromFileName: $0) == key }.map { FileRef(state: state, name: $0) }
            }
            return files
        }
        return found ?? nil
    }

    /// The files whose content may carry `key`: those the index holds under it, once it is
    /// brought up to date, when there is an index already; every file otherwise (building
    /// a whole index to look up one issue would cost far more than reading the folders).
    func filesHolding(_ key: IssueKey) throws -> [FileRef] {
        if FileSystem.exists(layout.indexPath),
           let refs = try IssueIndex.withIndex(layout, warn: { _ in }, { index in
               try index.refresh(IssueState.allCases)
               return try index.files(withKey: key)
           }) {
            return refs
        }
        var files: [FileRef] = []
        for state in IssueState.allCases {
            files += try FileSystem.markdownFiles(in: layout.directory(for: state)).map { FileRef(state: state, name: $0.name) }
        }
        return files
    }

    /// A cheap test on the name's bytes, before parsing it: an unprefixed key's number
    /// (after any leading zeros) then `-` or `.md`, or a prefixed key's `PREFIX-`.
    private static func mayCarry(_ bytes: UnsafeBufferPointer<UInt8>, digits: String, lead: String?) -> Bool {
        if let lead { return bytes.starts(with: lead.utf8) }
        guard let start = bytes.firstIndex(where: { $0 != UInt8(ascii: "0") }) else { return false }
        let rest = bytes[start...]
        guard rest.starts(with: digits.utf8) else { return false }
        let after = rest.dropFirst(digits.utf8.count)
        return after.first == UInt8(ascii: "-") || after.elementsEqual(".md".utf8)
    }
}
