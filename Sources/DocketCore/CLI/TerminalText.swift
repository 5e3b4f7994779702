/// Makes text from files safe to print: no control character reaches a terminal or a
/// tab-separated line raw, and nothing is dropped, so what a file holds stays visible.
///
/// The scheme (the same everywhere Docket prints text):
/// - tab, line feed and carriage return: `\t`, `\n`, `\r`;
/// - every other C0 control and DEL: `\x` and two hex digits (`\x1b`, `\x07`, `\x7f`);
/// - C1 controls U+0080–U+009F, the bidirectional marks, embeddings, overrides and
///   isolates (U+061C, U+200E/F, U+202A–E, U+2066–9, which can reorder what a terminal
///   shows), and U+2028/U+2029 where a line must stay one line: `\u` and four hex digits
///   (`\u009b`, `\u202e`, `\u2028`);
/// - a byte of a file that is not UTF-8, carried as U+10FF80–U+10FFFF (byte b as
///   U+10FF00 + b): `\x` and the byte (`\xff`);
/// - in a tab-separated field only, a backslash is doubled (`\\`), so a field reads back
///   exactly.
public enum TerminalText {
    /// One line on a terminal: every control character escaped, tabs and line breaks too.
    public static func line(_ text: String) -> String {
        escape(text, mode: .line)
    }

    /// A field of a tab-separated line: as `line`, and a backslash doubled.
    public static func field(_ text: String) -> String {
        escape(text, mode: .field)
    }

    /// Text of many lines: line feeds, tabs and CR LF line ends kept, every other control
    /// character escaped.
    public static func block(_ text: String) -> String {
        escape(text, mode: .block)
    }

    /// Whether a scalar stands for a byte that was not UTF-8 (`U+10FF80`–`U+10FFFF`).
    static func isRawByte(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value >= 0x10FF80 && scalar.value <= 0x10FFFF
    }

    /// How text is escaped: as `line`, `field` or `block` do.
    enum Mode { case line, field, block }

    /// Appends `text`, escaped as `mode` says, to `bytes` as UTF-8. Text with no byte that
    /// could need escaping is copied as it is; any other text goes through the same escape
    /// as `line`, `field` and `block`, so the result is always exactly theirs.
    static func append(_ text: String, as mode: Mode, to bytes: inout [UInt8]) {
        if text.utf8.contains(where: { mayNeedEscape($0, mode: mode) }) {
            bytes.append(contentsOf: escape(text, mode: mode).utf8)
        } else {
            bytes.append(contentsOf: text.utf8)
        }
    }

    /// Appends valid UTF-8 text from the index, escaped for `mode`, as `append(_:as:to:)` does.
    static func append(utf8 text: UnsafeBufferPointer<UInt8>, as mode: Mode, to bytes: inout [UInt8]) {
        let table = mode == .field ? fieldEscapeBytes : mode == .line ? lineEscapeBytes : blockEscapeBytes
        if text.contains(where: { table[Int($0)] }) {
            bytes.append(contentsOf: escape(String(decoding: text, as: UTF8.self), mode: mode).utf8)
        } else {
            bytes.append(contentsOf: text)
        }
    }

    /// `mayNeedEscape` for every byte value, one table per mode, for text read straight from the index.
    private static let fieldEscapeBytes = (0...255).map { mayNeedEscape(UInt8($0), mode: .field) }
    private static let lineEscapeBytes = (0...255).map { mayNeedEscape(UInt8($0), mode: .line) }
    private static let blockEscapeBytes = (0...255).map { mayNeedEscape(UInt8($0), mode: .block) }

    /// Whether a UTF-8 byte may belong to a scalar that `mode` escapes: a control byte, a
    /// backslash in a field, or the lead byte of a C1 control (`C2`), of U+061C (`D8`), of
    /// U+2028/U+2029 and the other bidirectional controls (`E2`)
    /// or of a raw-byte scalar (`F4`). Other scalars with those lead bytes take the slow path
    /// too, which escapes nothing in them.
    private static func mayNeedEscape(_ byte: UInt8, mode: Mode) -> Bool {
        switch byte {
        case 0x09, 0x0A: return mode != .block
        case 0x00..<0x20, 0x7F, 0xC2, 0xD8, 0xE2, 0xF4: return true
        case 0x5C: return mode == .field
        default: return false
        }
    }

    private static func escape(_ text: String, mode: Mode) -> String {
        let scalars = Array(text.unicodeScalars)
        guard scalars.contains(where: { needsEscape($0, mode: mode) }) else { return text }
        var out = String.UnicodeScalarView()
        for (index, scalar) in scalars.enumerated() {
            guard needsEscape(scalar, mode: mode) else {
                out.append(scalar)
                continue
            }
            if mode == .block, scalar == "\r", index + 1 < scalars.count, scalars[index + 1] == "\n" {
                out.append(scalar)
                continue
            }
            out.append(contentsOf: escaped(scalar).unicodeScalars)
        }
        return String(out)
    }

    private static func needsEscape(_ scalar: Unicode.Scalar, mode: Mode) -> Bool {
        switch scalar.value {
        case 0x09, 0x0A: return mode != .block
        case 0x5C: return mode == .field
        case 0x2028, 0x2029: return mode != .block
        case 0x00..<0x20, 0x7F...0x9F: return true
        case 0x061C, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069: return true
        default: return isRawByte(scalar)
        }
    }

    private static func escaped(_ scalar: Unicode.Scalar) -> String {
        switch scalar.value {
        case 0x09: return "\\t"
        case 0x0A: return "\\n"
        case 0x0D: return "\\r"
        case 0x5C: return "\\\\"
        case 0x00..<0x20, 0x7F: return "\\x" + hex(scalar.value, digits: 2)
        case _ where isRawByte(scalar): return "\\x" + hex(scalar.value - 0x10FF00, digits: 2)
        default: return "\\u" + hex(scalar.value, digits: 4)
        }
    }

    private static func hex(_ value: UInt32, digits: Int) -> String {
        let text = String(value, radix: 16)
        return String(repeating: "0", count: max(0, digits - text.count)) + text
    }
}
