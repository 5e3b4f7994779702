import Foundation

/// `-C DIR`: where the command starts instead of the current directory.
enum StartDirectory {
    /// `directory` taken relative to `base`; fails as git does when it is missing or not
    /// a directory (`cannot change to 'typo': No such file or directory`), so a mistyped
    /// `-C` never creates anything.
    static func resolve(_ directory: String, from base: String) throws(DocketError) -> String {
        let path = directory.hasPrefix("/") ? directory : base + "/" + directory
        var info = stat()
        var code: Int32 = 0
        if stat(path, &info) != 0 {
            code = errno
        } else if (info.st_mode & S_IFMT) != S_IFDIR {
            code = ENOTDIR
        } else if access(path, X_OK) != 0 {
            code = errno
        }
        guard code == 0 else {
            throw .failure("cannot change to '\(TerminalText.line(directory))': \(String(cString: strerror(code)))")
        }
        return path
    }
}
