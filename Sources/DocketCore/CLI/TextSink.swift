import Foundation

/// Where a command's output goes: the process's stdout/stderr, or a buffer in tests.
public protocol TextSink: AnyObject, Sendable {
    func write(_ text: String)
    /// Writes text already encoded as UTF-8 (always valid: it comes from a `String`).
    func write(utf8 bytes: [UInt8])
}

extension TextSink {
    public func write(utf8 bytes: [UInt8]) {
        write(String(decoding: bytes, as: UTF8.self))
    }
}

/// Collects output in memory, for in-process tests.
public final class BufferSink: TextSink, @unchecked Sendable {
    private let lock = NSLock()
    private var buffer = ""

    public init() {}

    public func write(_ text: String) {
        lock.lock()
        buffer += text
        lock.unlock()
    }

    public var text: String {
        lock.lock()
        defer { lock.unlock() }
        return buffer
    }
}

/// Writes straight to a file descriptor, unbuffered, so interactive and streaming commands
/// (the editor, `mcp`) show output as it happens.
public final class FileDescriptorSink: TextSink, Sendable {
    private let descriptor: Int32

    public init(_ descriptor: Int32) {
        self.descriptor = descriptor
    }

    /// Writes the text; a closed pipe (`docket list | head`) ends the output quietly.
    public func write(_ text: String) {
        write(utf8: Array(text.utf8))
    }

    public func write(utf8 bytes: [UInt8]) {
        try? FileDescriptor.writeAll(bytes, to: descriptor, path: "standard output")
    }
}
