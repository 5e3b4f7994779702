/// A failure a command reports to its user, with the exit code and the JSON error code it maps to.
public enum DocketError: Error, Sendable, Equatable, CustomStringConvertible {
    /// Wrong arguments: exit 64, printed with the command's usage.
    case usage(String)
    /// The named issue does not exist: exit 1.
    case notFound(String)
    /// The request conflicts with the current state (claimed by someone else, a cycle): exit 1.
    case conflict(String)
    /// Anything else that went wrong: exit 1.
    case failure(String)

    public var message: String {
        switch self {
        case .usage(let text), .notFound(let text), .conflict(let text), .failure(let text): return text
        }
    }

    public var description: String { message }

    public var exitCode: Int32 {
        if case .usage = self { return ExitCode.usage }
        return ExitCode.failure
    }

    /// The stable code printed in JSON errors.
    public var code: String {
        switch self {
        case .usage: return "USAGE"
        case .notFound: return "NOT_FOUND"
        case .conflict: return "CONFLICT"
        case .failure: return "FAILED"
        }
    }
}

/// Process exit codes, as swift-argument-parser and sysexits use them.
public enum ExitCode {
    public static let success: Int32 = 0
    public static let failure: Int32 = 1
    public static let usage: Int32 = 64
}
