import Foundation

/// A local or remote-tracking branch and the commit it points at, as `for-each-ref` lists it.
struct GitRef: Sendable, Equatable {
    /// The full name: `refs/heads/main`, `refs/remotes/origin/fix`.
    var name: String
    var sha: String

    /// `main`, `origin/fix`.
    var shortName: String {
        for prefix in ["refs/heads/", "refs/remotes/"] where name.hasPrefix(prefix) {
            return String(name.dropFirst(prefix.count))
        }
        return name
    }

    var isRemote: Bool { name.hasPrefix("refs/remotes/") }

    /// The `for-each-ref` arguments whose output `parse` reads.
    static let listArguments = [
        "for-each-ref", "--format=%(objectname) %(objecttype) %(refname) %(symref)", "refs/heads", "refs/remotes",
    ]

    /// The commits among `for-each-ref` lines (`SHA TYPE REFNAME SYMREF`); symbolic refs
    /// such as `origin/HEAD` and refs to anything but a commit are left out. Ref names
    /// never hold spaces or newlines (git refuses them), so splitting on them is safe.
    static func parse(_ text: String) -> [GitRef] {
        text.split(separator: "\n").compactMap { line in
            let fields = line.split(separator: " ", omittingEmptySubsequences: false)
            guard fields.count == 4, fields[1] == "commit", fields[3].isEmpty, !fields[0].isEmpty else { return nil }
            return GitRef(name: String(fields[2]), sha: String(fields[0]))
        }
    }
}

extension GitRunning {
    /// The local and remote-tracking branches, in ref name order.
    func branchRefs() throws -> [GitRef] {
        GitRef.parse(String(decoding: try stdout(GitRef.listArguments), as: UTF8.self))
    }

    /// The files of `commit`'s tree under `paths` (relative to the top), recursively.
    func treeEntries(of commit: String, under paths: [String]) throws -> [TreeEntry] {
        let output = try stdout(["--literal-pathspecs", "ls-tree", "-r", "-z", "--full-tree", commit, "--"] + paths)
        return TreeEntry.records(in: String(decoding: output, as: UTF8.self))
    }
}
