/// The board as text: its columns side by side, fitted to the terminal's width, each issue
/// one line (`#12 Title`, cut with `…` when it does not fit).
extension Board {
    static let separator = " │ "

    func text(width: Int) -> [String] {
        let count = columns.count
        let columnWidth = max(4, (width - Board.separator.count * (count - 1)) / count)
        let cells = columns.map { column in
            [TerminalText.line("\(column.title) (\(column.issues.count))"), String(repeating: "─", count: columnWidth)]
                + column.issues.map { TerminalText.line("\($0.key) \($0.title)") }
        }
        let rows = cells.map(\.count).max() ?? 0
        return (0..<rows).map { row in
            let line = cells.map { column in DisplayWidth.fit(row < column.count ? column[row] : "", to: columnWidth) }
                .joined(separator: Board.separator)
            return String(line.reversed().drop { $0 == " " }.reversed())
        }
    }
}

/// How many terminal columns text takes: East Asian wide characters and emoji take two,
/// combining marks none.
enum DisplayWidth {
    static func of(_ character: Character) -> Int {
        guard let first = character.unicodeScalars.first else { return 0 }
        if character.unicodeScalars.contains("\u{FE0F}") { return 2 }
        switch first.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format: return 0
        default: break
        }
        switch first.value {
        case 0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xA000...0xA4CF,
             0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60, 0xFFE0...0xFFE6,
             0x1F300...0x1F64F, 0x1F900...0x1F9FF, 0x20000...0x3FFFD:
            return 2
        default:
            return 1
        }
    }

    static func of(_ text: String) -> Int { text.reduce(0) { $0 + of($1) } }

    /// `text` cut to `width` columns (its end replaced by `…` when cut), padded with spaces to exactly `width`.
    static func fit(_ text: String, to width: Int) -> String {
        var used = 0
        var out = ""
        if of(text) > width {
            for character in text {
                let size = of(character)
                if used + size > width - 1 { break }
                out.append(character)
                used += size
            }
            out += "…"
            used += 1
        } else {
            out = text
            used = of(text)
        }
        return out + String(repeating: " ", count: max(0, width - used))
    }
}
