/// How interpolated values are escaped. `{{{name}}}` and `{{&name}}` are never escaped.
public enum TemplateEscaping: Sendable {
    /// No escaping, for Markdown and plain text (what Docket writes).
    case none
    /// HTML escaping of `&`, `<`, `>`, `"` and `'`, as the Mustache spec requires.
    case html

    /// Appends `text` to `out`, escaped.
    func append(_ text: String, to out: inout String) {
        guard self == .html, text.utf8.contains(where: Self.needsEscaping) else {
            out += text
            return
        }
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.unicodeScalars.append(scalar)
            }
        }
    }

    private static func needsEscaping(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: "&") || byte == UInt8(ascii: "<") || byte == UInt8(ascii: ">")
            || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'")
    }
}
