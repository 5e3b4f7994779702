/// Output gathered as UTF-8 bytes and handed to a sink in large chunks, so a long list
/// costs a few writes rather than a `String` and a write per line.
struct OutputBytes {
    private var bytes: [UInt8] = []
    private let sink: TextSink
    /// Whether any bytes have reached the sink.
    private(set) var hasWritten = false

    /// How many bytes are gathered before they are written.
    static let chunk = 1 << 16

    init(_ sink: TextSink) {
        self.sink = sink
        bytes.reserveCapacity(OutputBytes.chunk + 4_096)
    }

    /// Appends text as it is: it must hold no control character but Docket's own.
    mutating func append(_ text: String) {
        bytes.append(contentsOf: text.utf8)
    }

    /// Appends text from a file, escaped as `TerminalText` does in `mode`.
    mutating func append(_ text: String, escapedAs mode: TerminalText.Mode) {
        TerminalText.append(text, as: mode, to: &bytes)
    }

    /// Appends UTF-8 text from the index, escaped as `TerminalText` does in `mode`.
    mutating func append(utf8 text: UnsafeBufferPointer<UInt8>, escapedAs mode: TerminalText.Mode) {
        TerminalText.append(utf8: text, as: mode, to: &bytes)
    }

    /// Appends a decimal number.
    mutating func append(_ number: Int) {
        var value = number.magnitude
        if number < 0 { bytes.append(UInt8(ascii: "-")) }
        let start = bytes.count
        repeat {
            bytes.append(UInt8(ascii: "0") + UInt8(value % 10))
            value /= 10
        } while value > 0
        bytes[start...].reverse()
    }

    /// Appends a tab, between the fields of a tab-separated line.
    mutating func appendTab() {
        bytes.append(0x09)
    }

    /// Ends a line, writing what was gathered once it fills a chunk.
    mutating func endLine() {
        bytes.append(0x0A)
        if bytes.count >= OutputBytes.chunk { flush() }
    }

    /// Writes what was gathered; call it once at the end.
    mutating func flush() {
        guard !bytes.isEmpty else { return }
        sink.write(utf8: bytes)
        hasWritten = true
        bytes.removeAll(keepingCapacity: true)
    }
}
