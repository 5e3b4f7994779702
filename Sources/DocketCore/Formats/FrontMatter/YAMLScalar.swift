/// Reading and writing YAML scalars for the front-matter subset.
///
/// Writing is conservative: a string is written plain only when every YAML 1.1 reader
/// (PyYAML included) must read it back as the same string; anything else is double-quoted
/// with YAML escapes, so no title or label can change type or break the document.
public enum YAMLScalar {
    /// Plain words that YAML 1.1 resolves to booleans or null rather than strings.
    private static let reservedWords: Set<String> = [
        "y", "n", "yes", "no", "true", "false", "on", "off", "null", "~",
    ]

    /// `text` as it should appear after `key: ` or inside a flow list.
    public static func render(_ text: String) -> String {
        isSafePlain(text) ? text : doubleQuoted(text)
    }

    private static func isSafePlain(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first, let last = text.unicodeScalars.last,
              first.properties.isAlphabetic, first.isASCII, last != " ",
              !reservedWords.contains(text.lowercased())
        else { return false }
        var previous: Unicode.Scalar = " "
        for scalar in text.unicodeScalars {
            guard scalar.isASCII else { return false }
            switch scalar {
            case "a"..."z", "A"..."Z", "0"..."9", "_", ".", "-", "/", "(", ")", "'", "!", "?", "&", "+", "%", "@", "=", ";", "$":
                break
            case " " where previous != " ":
                break
            default:
                return false
            }
            previous = scalar
        }
        return true
    }

    /// A decimal number without leading zeros, or a UTC timestamp `2026-11-24T10:15:00Z`.
    static func isNumberOrTimestamp(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        let isDigit = { (byte: UInt8) in byte >= 48 && byte <= 57 }
        if !bytes.isEmpty, bytes.count < 10, bytes.allSatisfy(isDigit), bytes[0] != 48 { return true }
        let shape = Array("dddd-dd-ddTdd:dd:ddZ".utf8)
        guard bytes.count == shape.count else { return false }
        return zip(bytes, shape).allSatisfy { byte, expected in expected == UInt8(ascii: "d") ? isDigit(byte) : byte == expected }
    }

    /// A double-quoted YAML scalar; everything outside printable text is escaped.
    static func doubleQuoted(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            case "\r": out += "\\r"
            case _ where needsEscape(scalar): out += escape(scalar)
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }

    /// Characters YAML treats as line breaks or forbids in a stream.
    private static func needsEscape(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0..<0x20, 0x7F...0x9F, 0x2028, 0x2029, 0xFEFF, 0xFFFE, 0xFFFF, 0xD800...0xDFFF: return true
        default: return false
        }
    }

    private static func escape(_ scalar: Unicode.Scalar) -> String {
        let hex = String(scalar.value, radix: 16, uppercase: true)
        switch scalar.value {
        case 0..<0x100: return "\\x" + String(repeating: "0", count: 2 - hex.count) + hex
        case 0..<0x10000: return "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
        default: return "\\U" + String(repeating: "0", count: 8 - hex.count) + hex
        }
    }

    /// A flow list, `[a, "b c"]`.
    static func renderList(_ items: [String]) -> String {
        "[" + items.map(render).joined(separator: ", ") + "]"
    }

    /// Reads a double-quoted scalar starting at `text[start]` (the opening quote).
    /// Returns the value and the index just past the closing quote, or an error message.
    static func readDoubleQuoted(_ text: [Unicode.Scalar], from start: Int) -> Result<(String, Int), YAMLSyntaxError> {
        var index = start + 1
        var out = String.UnicodeScalarView()
        while index < text.count {
            let scalar = text[index]
            if scalar == "\"" { return .success((String(out), index + 1)) }
            if scalar == "\\" {
                guard index + 1 < text.count else { break }
                let code = text[index + 1]
                index += 2
                if let simple = simpleEscapes[code] {
                    out.append(simple)
                    continue
                }
                let width: Int
                switch code {
                case "x": width = 2
                case "u": width = 4
                case "U": width = 8
                default: return .failure(YAMLSyntaxError("unknown escape '\\\(code)' in a double-quoted string"))
                }
                guard index + width <= text.count,
                      let value = UInt32(String(String.UnicodeScalarView(text[index..<index + width])), radix: 16),
                      let decoded = Unicode.Scalar(value)
                else { return .failure(YAMLSyntaxError("invalid '\\\(code)' escape in a double-quoted string")) }
                out.append(decoded)
                index += width
                continue
            }
            out.append(scalar)
            index += 1
        }
        return .failure(YAMLSyntaxError("unterminated double-quoted string"))
    }

    /// YAML's one-character escapes in double-quoted text (`\n`, `\_` …); the issue-form
    /// reader uses the same table.
    static let simpleEscapes: [Unicode.Scalar: Unicode.Scalar] = [
        "0": "\0", "a": "\u{07}", "b": "\u{08}", "t": "\t", "\t": "\t", "n": "\n", "v": "\u{0B}",
        "f": "\u{0C}", "r": "\r", "e": "\u{1B}", " ": " ", "\"": "\"", "/": "/", "\\": "\\",
        "N": "\u{85}", "_": "\u{A0}", "L": "\u{2028}", "P": "\u{2029}",
    ]

    /// Reads a single-quoted scalar (`''` stands for one quote).
    static func readSingleQuoted(_ text: [Unicode.Scalar], from start: Int) -> Result<(String, Int), YAMLSyntaxError> {
        var index = start + 1
        var out = String.UnicodeScalarView()
        while index < text.count {
            if text[index] == "'" {
                if index + 1 < text.count, text[index + 1] == "'" {
                    out.append("'")
                    index += 2
                    continue
                }
                return .success((String(out), index + 1))
            }
            out.append(text[index])
            index += 1
        }
        return .failure(YAMLSyntaxError("unterminated single-quoted string"))
    }
}

/// A syntax problem inside one front-matter line; the caller adds the path and line.
struct YAMLSyntaxError: Error, Equatable {
    let message: String
    init(_ message: String) { self.message = message }
}
