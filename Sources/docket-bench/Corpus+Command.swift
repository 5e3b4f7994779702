import Foundation

extension Corpus {
    /// The hidden subcommand that generates a corpus in a process of its own, so that the
    /// benchmark process stays small (a spawned child's RSS cannot read below its parent's).
    static let command = "generate"

    /// `docket-bench generate ROOT COUNT SEED PICKS`: generates the corpus and prints PICKS
    /// distinct open issue numbers spread over the corpus, one a line. Returns the exit code.
    static func run(_ arguments: [String]) -> Int32 {
        guard arguments.count == 4, let count = Int(arguments[1]), let seed = UInt64(arguments[2]), let picks = Int(arguments[3]) else {
            FileHandle.standardError.write(Data("usage: docket-bench \(command) ROOT COUNT SEED PICKS\n".utf8))
            return 2
        }
        do {
            let corpus = try generate(count: count, seed: seed, root: arguments[0])
            print(corpus.spread(picks).map(String.init).joined(separator: "\n"))
            return 0
        } catch {
            FileHandle.standardError.write(Data("docket-bench \(command): \(error)\n".utf8))
            return 1
        }
    }

    /// Up to `count` distinct open issue numbers, evenly spread from low to high.
    func spread(_ count: Int) -> [Int] {
        let picks = min(max(count, 0), openNumbers.count)
        return (0..<picks).map { openNumbers[(2 * $0 + 1) * openNumbers.count / (2 * picks)] }
    }
}
