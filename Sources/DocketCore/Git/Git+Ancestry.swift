extension Git {
    /// Whether HEAD contains `commit` (`git merge-base --is-ancestor COMMIT HEAD`). A commit
    /// git does not know, or a branch with no commits, is not contained.
    func headContains(_ commit: String) throws -> Bool {
        let result = try run(["merge-base", "--is-ancestor", "--end-of-options", commit, "HEAD"])
        switch result.status {
        case 0: return true
        case 1, 128: return false
        default: throw GitError(arguments: ["merge-base", "--is-ancestor", commit, "HEAD"], result: result)
        }
    }
}
