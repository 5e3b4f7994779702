import Foundation

/// Reads newline-terminated lines from a file descriptor as they arrive.
///
/// Unlike reading standard input to its end, each line is handed out as soon as its newline
/// is read, so a client can wait for the answer to one message before it sends the next.
/// A line longer than `maximumLength` is skipped to its newline and reported as `.tooLong`,
/// so a runaway client cannot make the server hold unbounded memory.
final class LineReader {
    /// One line without its newline, or the marker for a skipped over-long line.
    enum Line: Sendable, Equatable {
        case text(Data)
        case tooLong
    }

    private let descriptor: Int32
    private let maximumLength: Int
    private var buffer: [UInt8] = []
    private var start = 0
    private var scanned = 0
    private var skipping = false
    private var atEnd = false

    init(descriptor: Int32, maximumLength: Int = 16 << 20) {
        self.descriptor = descriptor
        self.maximumLength = maximumLength
    }

    /// The next line, or `nil` at end of input (or a read error). A last line without a
    /// newline is still returned.
    func next() -> Line? {
        while true {
            if let newline = buffer[scanned...].firstIndex(of: UInt8(ascii: "\n")) {
                let line = Data(buffer[start..<newline])
                start = newline + 1
                scanned = start
                if skipping {
                    skipping = false
                    return .tooLong
                }
                return .text(line)
            }
            scanned = buffer.count
            if buffer.count - start > maximumLength {
                skipping = true
                buffer.removeAll(keepingCapacity: true)
                start = 0
                scanned = 0
            }
            if atEnd {
                defer { buffer.removeAll(); start = 0; scanned = 0; skipping = false }
                if skipping { return .tooLong }
                return start < buffer.count ? .text(Data(buffer[start...])) : nil
            }
            fill()
        }
    }

    /// Reads what is available into the buffer, dropping lines already handed out.
    private func fill() {
        if start > 0 {
            buffer.removeFirst(start)
            scanned -= start
            start = 0
        }
        var chunk = [UInt8](repeating: 0, count: 65_536)
        let count = chunk.withUnsafeMutableBytes { bytes in retryingInterrupts { read(descriptor, bytes.baseAddress, bytes.count) } }
        if count <= 0 {
            atEnd = true
        } else {
            buffer.append(contentsOf: chunk[0..<count])
        }
    }
}
