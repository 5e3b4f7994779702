import Foundation

/// Where the build put what tests run as other processes: the `docket` executable (for a
/// stand-in editor or hook), and the Python that `.ci/setup` prepares.
enum BuiltBinary {
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().path

    static let directory = packageRoot + "/.build/debug"

    /// `.build/python/bin/python3` (with PyYAML) when `.ci/setup` made it, else `python3`.
    static let python: String = {
        let venv = packageRoot + "/.build/python/bin/python3"
        return access(venv, X_OK) == 0 ? venv : "python3"
    }()
}
