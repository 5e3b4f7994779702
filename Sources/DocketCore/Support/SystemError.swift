import Foundation

/// A failed system call, said in a sentence: which call, on what path, and why.
public struct SystemError: Error, Sendable, CustomStringConvertible {
    public var call: String
    public var path: String
    public var code: Int32

    public init(_ call: String, path: String, code: Int32 = errno) {
        self.call = call
        self.path = path
        self.code = code
    }

    public var description: String {
        "\(call) '\(path)' failed: \(String(cString: strerror(code)))"
    }
}
