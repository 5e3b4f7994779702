import Foundation

/// Reads many blobs through one `git cat-file --batch` process, never one process per file.
enum GitBlobBatch {
    /// The contents of each blob in `shas`, by SHA; a blob git does not have is left out.
    static func read(_ shas: [String], with git: some GitRunning) throws -> [String: Data] {
        guard !shas.isEmpty else { return [:] }
        let request = Data(shas.map { $0 + "\n" }.joined().utf8)
        return parse(try git.stdout(["cat-file", "--batch"], input: request))
    }

    /// Splits `--batch` output: `SHA TYPE SIZE\n`, SIZE bytes, `\n` per object, or
    /// `NAME missing\n` for one git does not have.
    static func parse(_ output: Data) -> [String: Data] {
        var blobs: [String: Data] = [:]
        let bytes = [UInt8](output)
        var index = 0
        while index < bytes.count {
            guard let newline = bytes[index...].firstIndex(of: UInt8(ascii: "\n")) else { break }
            let header = String(decoding: bytes[index..<newline], as: UTF8.self).split(separator: " ")
            index = newline + 1
            guard header.count == 3, let size = Int(header[2]), size >= 0, size <= bytes.count - index else { continue }
            if header[1] == "blob" { blobs[String(header[0])] = Data(bytes[index..<index + size]) }
            index += size + 1
        }
        return blobs
    }
}
