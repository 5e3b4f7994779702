import Foundation

/// Where `swift build` put the `docket` executable, for tests whose stand-in editor or hook
/// runs docket as another process.
enum BuiltBinary {
    static let directory = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent(".build/debug").path
}
