import Foundation

/// Something that runs git with an argument array: `Git` itself, or a stand-in in tests
/// that answers from canned output and counts what it was asked.
protocol GitRunning: Sendable {
    func run(_ arguments: [String], input: Data?, environment extra: [String: String]) throws -> GitResult
}

extension Git: GitRunning {}

extension GitRunning {
    /// Runs git and returns its standard output; throws `GitError` when git fails.
    func stdout(_ arguments: [String], input: Data? = nil) throws -> Data {
        let result = try run(arguments, input: input, environment: ["LC_ALL": "C"])
        guard result.status == 0 else { throw GitError(arguments: arguments, result: result) }
        return result.standardOutput
    }
}
