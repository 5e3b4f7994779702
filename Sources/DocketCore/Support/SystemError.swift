import Foundation

/// A failed system call, said in a sentence: which call, on what path, and why.
///
/// `path` is always the file the user knows (the issue file), never a temporary file that
/// stood in for it.
public struct SystemError: Error, Sendable, CustomStringConvertible {
    public var call: String
    public var path: String
    /// The `errno` value, or 0 when `reason` says what went wrong instead.
    public var code: Int32
    /// Why, when it is not an errno (a FIFO where a file was expected, a file too large).
    public var reason: String?

    public init(_ call: String, path: String, code: Int32 = errno) {
        self.call = call
        self.path = path
        self.code = code
    }

    public init(_ call: String, path: String, reason: String) {
        self.init(call, path: path, code: 0)
        self.reason = reason
    }

    /// `strerror`'s sentence for the code, or the reason.
    public var explanation: String {
        reason ?? String(cString: strerror(code))
    }

    public var description: String {
        "\(call) '\(path)' failed: \(explanation)"
    }
}

/// Retries a POSIX call while it fails with `EINTR`; the result is the call's own.
@inline(__always)
public func retryingInterrupts<T: BinaryInteger>(_ call: () -> T) -> T {
    while true {
        let result = call()
        if result != -1 || errno != EINTR { return result }
    }
}
