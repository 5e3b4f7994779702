import Foundation

extension FileSystem {
    /// The names of the files `markdownFiles` lists (regular `.md` files, not hidden, not
    /// symlinks), without a stat per file: readdir's `d_type` tells a regular file, and only
    /// an entry whose type the file system does not report is stat'ed. `include` sees each
    /// `.md` name first, so a caller after a few names pays for no other.
    static func markdownNames(in directory: String, where include: (String) -> Bool = { _ in true }) throws(SystemError) -> [String] {
        guard let dir = opendir(directory) else {
            if errno == ENOENT { return [] }
            throw SystemError("opendir", path: directory)
        }
        defer { closedir(dir) }
        let fd = dirfd(dir)
        var names: [String] = []
        while let entry = readdir(dir) {
            let name = withUnsafePointer(to: entry.pointee.d_name) {
                $0.withMemoryRebound(to: CChar.self, capacity: 256) { String(cString: $0) }
            }
            guard name.hasSuffix(".md"), !name.hasPrefix("."), include(name) else { continue }
            switch Int(entry.pointee.d_type) {
            case Int(DT_REG):
                names.append(name)
            case Int(DT_UNKNOWN):
                var info = stat()
                if fstatat(fd, name, &info, AT_SYMLINK_NOFOLLOW) == 0, (info.st_mode & S_IFMT) == S_IFREG { names.append(name) }
            default:
                continue
            }
        }
        return names
    }
}
