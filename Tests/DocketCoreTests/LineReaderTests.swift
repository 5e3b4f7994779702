import Foundation
import Testing
@testable import DocketCore

/// A pipe whose write end the test controls, read through a `LineReader`.
private final class PipeInput {
    let reader: LineReader
    private let readEnd: Int32
    private let writeEnd: Int32

    init(maximumLength: Int = 1 << 20) {
        var ends: [Int32] = [0, 0]
        pipe(&ends)
        reader = LineReader(descriptor: ends[0], maximumLength: maximumLength)
        readEnd = ends[0]
        writeEnd = ends[1]
    }

    deinit {
        Glibc.close(readEnd)
    }

    /// Writes `text` (small enough for the pipe's buffer) without closing.
    func write(_ text: String) {
        PipeInput.write(text, to: writeEnd)
    }

    /// Writes `text` from another thread, so it may exceed the pipe's buffer, then closes.
    func feed(_ text: String) {
        let descriptor = writeEnd
        Thread.detachNewThread {
            PipeInput.write(text, to: descriptor)
            Glibc.close(descriptor)
        }
    }

    private static func write(_ text: String, to descriptor: Int32) {
        var bytes = Array(text.utf8)[...]
        while !bytes.isEmpty {
            let written = bytes.withUnsafeBytes { Glibc.write(descriptor, $0.baseAddress, $0.count) }
            guard written > 0 else { return }
            bytes = bytes.dropFirst(written)
        }
    }

    /// Closes the write end: the reader sees the end of input.
    func closeWriteEnd() {
        Glibc.close(writeEnd)
    }

    /// Every remaining line as text ("<too long>" for a skipped one).
    func remaining() -> [String] {
        var lines: [String] = []
        while let line = reader.next() {
            switch line {
            case .text(let data): lines.append(String(decoding: data, as: UTF8.self))
            case .tooLong: lines.append("<too long>")
            }
        }
        return lines
    }
}

@Suite struct LineReaderTests {
    @Test func splitsLinesAndKeepsALastLineWithoutANewline() {
        let input = PipeInput()
        input.feed("a\nbb\r\n\nlast")
        #expect(input.remaining() == ["a", "bb\r", "", "last"])
    }

    @Test func skipsAnOverlongLineAndCarriesOn() {
        let input = PipeInput(maximumLength: 8)
        input.feed("short\n" + String(repeating: "x", count: 200_000) + "\nok\n" + String(repeating: "y", count: 20))
        #expect(input.remaining() == ["short", "<too long>", "ok", "<too long>"])
    }

    @Test func handsOutALineBeforeTheInputEnds() {
        let input = PipeInput()
        input.write("first\n")
        // The reader runs on a thread while the write end stays open; a reader that waited
        // for more input would still be waiting. The timeout only keeps a broken reader from
        // hanging the suite: the write end is closed after it, so the thread ends either way.
        let shared = Shared(input)
        let returned = DispatchSemaphore(value: 0)
        Thread.detachNewThread {
            shared.line = shared.input.reader.next()
            returned.signal()
        }
        let returnedWhileOpen = returned.wait(timeout: .now() + 30) == .success
        input.closeWriteEnd()
        if !returnedWhileOpen { returned.wait() }
        #expect(returnedWhileOpen)
        #expect(shared.line == .text(Data("first".utf8)))
        #expect(input.remaining() == [])
    }
}

/// The pipe and what the reading thread got, handed between the two threads of one test,
/// which take turns through a semaphore.
private final class Shared: @unchecked Sendable {
    let input: PipeInput
    var line: LineReader.Line?

    init(_ input: PipeInput) {
        self.input = input
    }
}
