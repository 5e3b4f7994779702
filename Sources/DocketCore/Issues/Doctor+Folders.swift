import Foundation

/// The doctor's own listing of a folder, which (unlike `FileSystem.markdownFiles`) skips
/// nothing silently: it reads the raw bytes of each name, so a name that is not UTF-8 is
/// seen, and it does not follow symlinks.
enum DoctorFolder {
    /// What one directory entry is, to the doctor.
    enum Entry: Equatable {
        /// A regular, not hidden `.md` file with a UTF-8 name: an issue file to read.
        case issueFile(String)
        /// Anything the doctor reports: `name` as printed (invalid bytes as `\xNN`), and why.
        case stray(name: String, why: String)
        /// A Docket temporary file (`.docket-<pid>-<random>.tmp`), with its mtime; in any
        /// folder and of any type, as a rewrite may put them elsewhere.
        case temporary(name: String, modified: Date)
    }

    /// A temporary file whose mtime is more than this before now is stale: a write takes
    /// milliseconds between creating its temporary file and renaming or removing it, so one
    /// this old was left by a write that was killed.
    static let staleAfter: TimeInterval = 60

    /// The entries of `directory` the doctor reads or reports, unsorted; a missing
    /// directory lists as empty. `issueFolder` says whether `.md` files count as issues
    /// (in `.project/.docket/` only temporary files are looked for).
    static func list(_ directory: String, issueFolder: Bool) throws(SystemError) -> [Entry] {
        var entries: [Entry] = []
        try FileSystem.forEachEntry(in: directory) { bytes, _, fd in
            var info = stat()
            guard fstatat(fd, FileSystem.cName(bytes), &info, AT_SYMLINK_NOFOLLOW) == 0,
                  let classified = classify(Array(bytes), info: info, issueFolder: issueFolder)
            else { return }
            entries.append(classified)
        }
        return entries
    }

    /// What an entry is, or nil for one that is none of the doctor's business (a
    /// directory, `.gitkeep`, a file that is not `.md`).
    private static func classify(_ bytes: [UInt8], info: stat, issueFolder: Bool) -> Entry? {
        guard let name = String(validating: bytes, as: UTF8.self) else {
            return issueFolder ? .stray(name: printable(bytes), why: "the file name is not valid UTF-8; rename it") : nil
        }
        if name.hasPrefix(".docket-"), name.hasSuffix(".tmp") {
            let seconds = TimeInterval(info.st_mtim.tv_sec) + TimeInterval(info.st_mtim.tv_nsec) / 1_000_000_000
            return .temporary(name: name, modified: Date(timeIntervalSince1970: seconds))
        }
        guard issueFolder else { return nil }
        switch info.st_mode & S_IFMT {
        case S_IFREG:
            return name.hasSuffix(".md") && !name.hasPrefix(".") ? .issueFile(name) : nil
        case S_IFLNK:
            return name.hasSuffix(".md") ? .stray(name: printable(bytes), why: "a symlink, which docket does not follow; put the file itself here") : nil
        case S_IFIFO:
            return .stray(name: printable(bytes), why: "a FIFO, not an issue file; remove it")
        case S_IFSOCK:
            return .stray(name: printable(bytes), why: "a socket, not an issue file; remove it")
        case S_IFCHR, S_IFBLK:
            return .stray(name: printable(bytes), why: "a device, not an issue file; remove it")
        default:
            return nil
        }
    }

    /// The name as printed: valid UTF-8 as is, but each byte that is not part of a valid
    /// sequence, and each control character, as `\xNN`.
    static func printable(_ bytes: [UInt8]) -> String {
        var result = ""
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            let length = byte < 0x80 ? 1 : byte >= 0xC2 && byte < 0xE0 ? 2 : byte >= 0xE0 && byte < 0xF0 ? 3 : byte >= 0xF0 && byte < 0xF5 ? 4 : 0
            if length > 0, index + length <= bytes.count, let text = String(validating: bytes[index..<index + length], as: UTF8.self),
               let scalar = text.unicodeScalars.first, scalar.properties.generalCategory != .control {
                result += text
                index += length
            } else if length > 0, index + length <= bytes.count, String(validating: bytes[index..<index + length], as: UTF8.self) != nil {
                for control in bytes[index..<index + length] { result += String(format: "\\x%02X", control) }
                index += length
            } else {
                result += String(format: "\\x%02X", byte)
                index += 1
            }
        }
        return result
    }
}

/// The entries the doctor reports rather than reads, and the removal of stale temporary files.
extension Doctor {
    /// Each folder the doctor lists, relative to the root as printed, and whether it holds issues.
    private var folders: [(directory: String, relative: String, issueFolder: Bool)] {
        IssueState.allCases.map { state in
            (store.layout.directory(for: state), store.layout.relative(store.layout.directory(for: state)), true)
        } + [store.layout.cacheDirectory, store.layout.temporaryDirectory].map { ($0, store.layout.relative($0), false) }
    }

    /// A problem for every entry of `open/`, `closed/` and `.project/.docket/` that is not an
    /// issue file to read: names that are not UTF-8, symlinks, FIFOs, sockets, devices and
    /// Docket's temporary files, each as `path: why`.
    func strays() -> [DoctorProblem] {
        var problems: [DoctorProblem] = []
        for folder in folders {
            let entries: [DoctorFolder.Entry]
            do { entries = try DoctorFolder.list(folder.directory, issueFolder: folder.issueFolder) } catch {
                problems.append(DoctorProblem(.strayEntry, "cannot list: \(String(cString: strerror(error.code)))", path: folder.relative, line: 0))
                continue
            }
            for entry in entries {
                switch entry {
                case .issueFile:
                    continue
                case .stray(let name, let why):
                    problems.append(DoctorProblem(.strayEntry, why, path: folder.relative + "/" + name, line: 0))
                case .temporary(let name, let modified):
                    let why = isStale(name, modified: modified)
                        ? "a temporary file left by an interrupted write; 'docket doctor --fix' removes it"
                        : "a temporary file of a write under way (or interrupted less than \(Int(DoctorFolder.staleAfter)) s ago)"
                    problems.append(DoctorProblem(.temporaryFile, why, path: folder.relative + "/" + DoctorFolder.printable(Array(name.utf8)), line: 0))
                }
            }
        }
        return problems
    }

    /// Whether a temporary file is stale: the process its name records (`.docket-PID-…`) is
    /// gone, or its mtime is older than `DoctorFolder.staleAfter` (a pid can be reused).
    private func isStale(_ name: String, modified: Date) -> Bool {
        if now.timeIntervalSince(modified) > DoctorFolder.staleAfter { return true }
        let digits = name.dropFirst(FileSystem.temporaryPrefix.count).prefix { $0.isASCII && $0.isNumber }
        guard let pid = pid_t(digits), pid > 0 else { return false }
        return kill(pid, 0) == -1 && errno == ESRCH
    }

    /// Removes every stale temporary file: it holds a copy of text that was never renamed
    /// into place (the write was killed), so nothing given is lost with it.
    func removeStaleTemporaries(warn: (String) -> Void) -> [DoctorFix] {
        var fixes: [DoctorFix] = []
        for folder in folders {
            for case .temporary(let name, let modified) in (try? DoctorFolder.list(folder.directory, issueFolder: folder.issueFolder)) ?? [] where isStale(name, modified: modified) {
                let path = folder.relative + "/" + DoctorFolder.printable(Array(name.utf8))
                if unlink(folder.directory + "/" + name) == 0 {
                    fixes.append(DoctorFix(path: path, newPath: "", message: "removed \(path): a temporary file left by an interrupted write"))
                } else {
                    warn("docket: cannot remove \(path): \(String(cString: strerror(errno)))")
                }
            }
        }
        return fixes
    }
}
