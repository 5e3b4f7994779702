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
        var names: [String] = []
        try forEachEntry(in: directory) { bytes, type, fd in
            guard type == UInt8(DT_REG) || type == UInt8(DT_UNKNOWN),
                  bytes.first != UInt8(ascii: "."), isMarkdownName(bytes), include(bytes)
            else { return }
            if type == UInt8(DT_UNKNOWN) {
                var info = stat()
                guard fstatat(fd, cName(bytes), &info, AT_SYMLINK_NOFOLLOW) == 0, (info.st_mode & S_IFMT) == S_IFREG else { return }
            }
            names.append(String(decoding: bytes, as: UTF8.self))
        }
        return names
    }
}
