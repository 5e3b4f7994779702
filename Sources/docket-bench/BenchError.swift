import Foundation

/// Why the benchmark could not go on; `description` is the message printed.
enum BenchError: Error, CustomStringConvertible {
    case usage(String)
    case failure(String)

    /// A system call that failed, with the message of the current `errno`.
    static func system(_ call: String, _ path: String) -> BenchError {
        .failure("\(call) \(path): \(String(cString: strerror(errno)))")
    }

    /// 2 for a usage error, 1 otherwise.
    var exitCode: Int32 {
        if case .usage = self { return 2 }
        return 1
    }

    var description: String {
        switch self {
        case .usage(let message): return "usage: \(message)"
        case .failure(let message): return message
        }
    }
}
