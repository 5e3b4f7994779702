/// The git-ignored cache folder and what Docket keeps in it besides the index: per-issue
/// locks and the temporary files of atomic writes.
extension ProjectLayout {
    /// Where atomic writes of issue files stage their bytes: git-ignored, and on the same
    /// file system as the issue folders, so a killed write never shows in `git status`.
    public var temporaryDirectory: String { cacheDirectory + "/tmp" }

    /// One lock file per issue key.
    var locksDirectory: String { cacheDirectory + "/locks" }

    /// Creates `.project/.docket/` with the `.gitignore` that `docket init` writes there (a
    /// fresh clone has no such folder, and nothing in it belongs in `git status`), and the
    /// folders for locks and temporary files.
    func prepareCacheDirectory() throws(SystemError) {
        try FileSystem.makeDirectories(cacheDirectory)
        let ignore = cacheDirectory + "/.gitignore"
        if !FileSystem.exists(ignore) {
            _ = try? FileSystem.createIfAbsent("*\n", at: ignore)
        }
        try FileSystem.makeDirectories(temporaryDirectory)
        try FileSystem.makeDirectories(locksDirectory)
    }
}
