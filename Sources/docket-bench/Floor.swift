import DocketCore
import Foundation

/// The floors: the least work a command over the files must do, each run as a whole process
/// (`docket-bench floor…`) so that process start-up is counted as it is for `docket`.
///
/// - `floor DIR...` lists each folder with `opendir`/`readdir` and `fstatat`s every `*.md`
///   entry (what an index needs to notice changed files), reads no file.
/// - `floor-read DIR...` also reads every file once, whole, into one reused buffer: the
///   least an index built from nothing must do.
/// - `floor-fts DATABASE DIR...` reads every file and inserts its whole text into a bare FTS5
///   table with the index's tokenizer and pragmas, in one transaction, through the same
///   libsqlite3: what the full-text half of a cold `reindex` cannot go below.
///
/// Each prints the number of files.
enum Floor {
    /// The hidden subcommands' names.
    static let command = "floor"
    static let readCommand = "floor-read"
    static let ftsCommand = "floor-fts"

    /// Runs the floor `command` names on `arguments` and returns the process exit code.
    static func run(_ command: String, _ arguments: [String]) -> Int32 {
        do {
            switch command {
            case readCommand:
                var buffer = [UInt8](repeating: 0, count: 65_536)
                print(try walk(arguments) { fd, name in _ = read(fd, name, into: &buffer) })
            case ftsCommand:
                guard let path = arguments.first else { throw BenchError.usage("usage: docket-bench \(ftsCommand) DATABASE DIR...") }
                print(try insertIntoFTS(database: path, directories: Array(arguments.dropFirst())))
            default:
                print(try walk(arguments) { _, _ in })
            }
            return 0
        } catch {
            FileHandle.standardError.write(Data("\(command): \(error)\n".utf8))
            return 1
        }
    }

    /// Reads every file and inserts its text, one row a statement, into a new FTS5 table.
    private static func insertIntoFTS(database path: String, directories: [String]) throws -> Int {
        for suffix in ["", "-wal", "-shm"] { unlink(path + suffix) }
        defer { for suffix in ["", "-wal", "-shm"] { unlink(path + suffix) } }
        let database = try Database(path: path)
        try database.execute("""
            PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA journal_size_limit = 4194304;
            PRAGMA cache_size = -32768;
            CREATE VIRTUAL TABLE fts USING fts5 (title, body, labels, tokenize = 'unicode61 remove_diacritics 2');
            """)
        let insert = try database.prepare("INSERT INTO fts (title, body, labels) VALUES ('', ?, '')")
        var buffer = [UInt8](repeating: 0, count: 65_536)
        return try database.transaction {
            try walk(directories) { fd, name in
                let count = read(fd, name, into: &buffer)
                try insert.bind([.text(String(decoding: buffer[..<max(count, 0)], as: UTF8.self))])
                try insert.run()
            }
        }
    }

    /// Calls `body` with each regular `*.md` file in `directories` (its folder's descriptor and
    /// its name) and returns how many there were.
    private static func walk(_ directories: [String], _ body: (Int32, UnsafePointer<CChar>) throws -> Void) throws -> Int {
        var files = 0
        for directory in directories {
            guard let dir = opendir(directory) else { throw BenchError.failure("cannot open \(directory)") }
            defer { closedir(dir) }
            let fd = dirfd(dir)
            while let entry = readdir(dir) {
                try withUnsafePointer(to: entry.pointee.d_name) { tuple in
                    try tuple.withMemoryRebound(to: CChar.self, capacity: 256) { name in
                        guard isMarkdownName(name) else { return }
                        var info = stat()
                        guard fstatat(fd, name, &info, AT_SYMLINK_NOFOLLOW) == 0, (info.st_mode & S_IFMT) == S_IFREG else { return }
                        files += 1
                        try body(fd, name)
                    }
                }
            }
        }
        return files
    }

    /// Reads the file `name` in folder `folder` whole into `buffer` (grown as needed) and
    /// returns its length, or -1 when it cannot be read.
    private static func read(_ folder: Int32, _ name: UnsafePointer<CChar>, into buffer: inout [UInt8]) -> Int {
        let fd = openat(folder, name, O_RDONLY | O_NOFOLLOW | O_CLOEXEC)
        guard fd >= 0 else { return -1 }
        defer { close(fd) }
        var count = 0
        while true {
            if count == buffer.count { buffer += repeatElement(0, count: buffer.count) }
            let result = buffer.withUnsafeMutableBytes { bytes in
                retryingInterrupts { Glibc.read(fd, bytes.baseAddress.map { $0 + count }, bytes.count - count) }
            }
            guard result > 0 else { return result == 0 ? count : -1 }
            count += result
        }
    }

    /// Whether a C file name ends in `.md` and does not start with a dot, without making a `String`.
    private static func isMarkdownName(_ name: UnsafePointer<CChar>) -> Bool {
        let length = strlen(name)
        guard length > 3, name[0] != CChar(UInt8(ascii: ".")) else { return false }
        return name[length - 3] == CChar(UInt8(ascii: ".")) && name[length - 2] == CChar(UInt8(ascii: "m"))
            && name[length - 1] == CChar(UInt8(ascii: "d"))
    }
}
