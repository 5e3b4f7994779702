import Testing
@testable import DocketCore

/// `OutputBytes` writes numbers in decimal and index text escaped as `TerminalText` escapes it.
@Suite struct OutputBytesTests {
    @Test(arguments: [0, 7, 10, 99, 12_345, -3, Int.max, Int.min])
    func aNumberIsWrittenInDecimal(number: Int) {
        let sink = BufferSink()
        var out = OutputBytes(sink)
        out.append(number)
        out.flush()
        #expect(sink.text == String(number))
    }

    @Test(arguments: ["plain", "tab\there", "back\\slash", "esc\u{1B}[31m", "bidi\u{202E}x", "ünï", "line\r\nbreak"])
    func indexTextIsEscapedAsAFieldIs(text: String) {
        let sink = BufferSink()
        var out = OutputBytes(sink)
        var bytes = Array(text.utf8)
        bytes.withUnsafeMutableBufferPointer { out.append(utf8: UnsafeBufferPointer($0), escapedAs: .field) }
        out.flush()
        #expect(sink.text == TerminalText.field(text))
    }
}
