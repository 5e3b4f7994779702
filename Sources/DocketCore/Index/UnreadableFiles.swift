/// The issue files a read could not parse, as warned about on stderr: the first few by
/// path, each as `path:line: message`, and how many there are in all.
struct UnreadableFiles: Sendable, Equatable {
    /// How many files are named; the rest are counted.
    static let named = 3

    /// The first `named` problems' headlines, in path order.
    var first: [String]
    var count: Int

    /// The problems of a read of the files themselves.
    init(_ problems: [Diagnostic]) {
        let sorted = problems.sorted { ($0.location.path, $0.location.line) < ($1.location.path, $1.location.line) }
        first = sorted.prefix(UnreadableFiles.named).map(\.headline)
        count = problems.count
    }

    init(first: [String], count: Int) {
        self.first = first
        self.count = count
    }
}
