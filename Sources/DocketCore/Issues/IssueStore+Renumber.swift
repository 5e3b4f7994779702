import Foundation

extension IssueStore {
    /// Gives an existing issue file a fresh number, allocated under the same lock and
    /// counter as `create`: above the counter, above every number in a file name, and
    /// above `floor` (the caller's highest known number, for files whose names carry none).
    ///
    /// `render` gets the key and returns the file's new name (it stays in its folder) and
    /// text. The file is renamed first, never over another file (a taken name moves on to
    /// the next number), then rewritten atomically; nothing is deleted.
    /// - Parameter path: the file, relative to the project root.
    /// - Returns: the new key and the file's new relative path.
    func renumber(_ path: String, prefix: String?, above floor: Int, render: (IssueKey) throws -> (name: String, text: String)) throws -> (key: IssueKey, path: String) {
        try layout.prepareCacheDirectory()
        let allocator = IDAllocator(layout: layout)
        return try allocator.withLock {
            var number = max(try allocator.lastAllocated(prefix: prefix), try highestNumber(prefix: prefix), floor) + 1
            let folder = (path as NSString).deletingLastPathComponent
            while true {
                let key = IssueKey(prefix: prefix, number: number)
                let (name, text) = try render(key)
                let destination = folder + "/" + name
                if destination != path {
                    guard !FileSystem.exists(layout.root + "/" + destination) else {
                        number += 1
                        continue
                    }
                    try FileSystem.move(layout.root + "/" + path, to: layout.root + "/" + destination)
                }
                try FileSystem.writeAtomically(text, to: layout.root + "/" + destination, temporaryDirectory: layout.temporaryDirectory)
                try allocator.record(number, prefix: prefix)
                return (key, destination)
            }
        }
    }
}
