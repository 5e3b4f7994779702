/// The branch and commit a new issue was filed on, for templates; empty outside git.
struct GitContext {
    var branch: String
    var commit: String

    init(directory: String, environment: [String: String]) {
        guard GitCommonDirectory.find(from: directory) != nil else {
            branch = ""
            commit = ""
            return
        }
        let git = Git(directory: directory, environment: environment)
        branch = (try? git.currentBranch()) ?? ""
        commit = (try? git.headCommit()) ?? ""
    }
}
