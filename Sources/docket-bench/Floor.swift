import Foundation

/// The floor: the least work any query over the files must do, run as a whole process
/// (`docket-bench floor DIR...`) so that process start-up is counted as it is for `docket`.
///
/// It lists each folder with `opendir`/`readdir` and `fstatat`s every `*.md` entry (what an
/// index needs to notice changed files), reads no file, and prints the number of files.
enum Floor {
    /// The hidden subcommand's name.
    static let command = "floor"

    /// Walks `directories` and returns the process exit code.
    static func run(_ directories: [String]) -> Int32 {
        var files = 0
        for directory in directories {
            guard let dir = opendir(directory) else {
                FileHandle.standardError.write(Data("floor: cannot open \(directory)\n".utf8))
                return 1
            }
            let fd = dirfd(dir)
            while let entry = readdir(dir) {
                let isMarkdown = withUnsafePointer(to: entry.pointee.d_name) { name in
                    name.withMemoryRebound(to: CChar.self, capacity: 256) { isMarkdownName($0) }
                }
                guard isMarkdown else { continue }
                var info = stat()
                let statted = withUnsafePointer(to: entry.pointee.d_name) { name in
                    name.withMemoryRebound(to: CChar.self, capacity: 256) { fstatat(fd, $0, &info, AT_SYMLINK_NOFOLLOW) }
                }
                if statted == 0, (info.st_mode & S_IFMT) == S_IFREG { files += 1 }
            }
            closedir(dir)
        }
        print(files)
        return 0
    }

    /// Whether a C file name ends in `.md` and does not start with a dot, without making a `String`.
    private static func isMarkdownName(_ name: UnsafePointer<CChar>) -> Bool {
        let length = strlen(name)
        guard length > 3, name[0] != CChar(UInt8(ascii: ".")) else { return false }
        return name[length - 3] == CChar(UInt8(ascii: ".")) && name[length - 2] == CChar(UInt8(ascii: "m"))
            && name[length - 1] == CChar(UInt8(ascii: "d"))
    }
}
