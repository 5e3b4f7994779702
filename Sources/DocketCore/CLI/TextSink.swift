import Foundation

/// Where a command's output goes: the process's stdout/stderr, or a buffer in tests.
public protocol TextSink: AnyObject, Sendable {
    func write(_ text: String)
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

    public func write(_ text: String) {
        var bytes = Array(text.utf8)
        var offset = 0
        while offset < bytes.count {
            let written = bytes.withUnsafeMutableBytes { Glibc.write(descriptor, $0.baseAddress! + offset, $0.count - offset) }
            if written < 0, errno == EINTR { continue }
            guard written > 0 else { return }
            offset += written
        }
    }
}
