import Foundation

extension FileSystem {
    /// The names of the files `markdownFiles` lists (regular `.md` files, not hidden, not
    /// symlinks), without a stat per file: readdir's `d_type` tells a regular file, and only
    /// an entry whose type the file system does not report is stat'ed. `include` sees each
    /// `.md` name's bytes first, and only a name it accepts becomes a `String`, so a caller
    /// after a few names pays little for the others.
    static func markdownNames(
        in directory: String, where include: (UnsafeBufferPointer<UInt8>) -> Bool = { _ in true }
    ) throws(SystemError) -> [String] {
        guard let dir = opendir(directory) else {
            if errno == ENOENT { return [] }
            throw SystemError("opendir", path: directory)
        }
        defer { closedir(dir) }
        let fd = dirfd(dir)
        var names: [String] = []
        while let entry = readdir(dir) {
            let type = Int(entry.pointee.d_type)
            guard type == Int(DT_REG) || type == Int(DT_UNKNOWN) else { continue }
            let name: String? = withUnsafePointer(to: entry.pointee.d_name) {
                $0.withMemoryRebound(to: UInt8.self, capacity: 256) { pointer in
                    let bytes = UnsafeBufferPointer(start: pointer, count: strlen(UnsafeRawPointer(pointer).assumingMemoryBound(to: CChar.self)))
                    guard bytes.first != UInt8(ascii: "."), bytes.suffix(3).elementsEqual(".md".utf8), include(bytes) else { return nil }
                    return String(decoding: bytes, as: UTF8.self)
                }
            }
            guard let name else { continue }
            if type == Int(DT_UNKNOWN) {
                var info = stat()
                guard fstatat(fd, name, &info, AT_SYMLINK_NOFOLLOW) == 0, (info.st_mode & S_IFMT) == S_IFREG else { continue }
            }
            names.append(name)
        }
        return names
    }
}
