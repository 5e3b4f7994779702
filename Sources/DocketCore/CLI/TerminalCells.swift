/// How many terminal cells text takes, and text padded or cut to a number of cells, so
/// columns line up whatever the script: an East Asian wide or fullwidth character and an
/// emoji take two cells, a combining mark or other zero-width scalar none, the rest one.
///
/// Counted per grapheme cluster (what a terminal draws as one glyph): `e` and a combining
/// acute are one cell, a flag or a family emoji joined with U+200D two. The text must
/// already be escaped (`TerminalText`): a control character is counted as one cell.
enum TerminalCells {
    /// The cells `text` takes.
    static func width(_ text: String) -> Int {
        text.reduce(0) { $0 + width(of: $1) }
    }

    /// The cells one grapheme cluster takes.
    static func width(of character: Character) -> Int {
        let scalars = character.unicodeScalars
        guard let first = scalars.first else { return 0 }
        if scalars.contains(where: isEmojiStyle) || isWide(first.value) { return 2 }
        if character.isASCII { return 1 }
        return scalars.contains(where: { !isZeroWidth($0) }) ? 1 : 0
    }

    /// `text` with spaces after it to fill `cells` (as it is when it is already that wide).
    static func pad(_ text: String, _ cells: Int) -> String {
        let width = width(text)
        return width >= cells ? text : text + String(repeating: " ", count: cells - width)
    }

    /// `text` when it fits in `cells`; otherwise as much of it as fits with `…` after it.
    static func cut(_ text: String, _ cells: Int) -> String {
        guard width(text) > cells else { return text }
        var kept = "", used = 0
        for character in text {
            let next = width(of: character)
            guard used + next <= cells - 1 else { break }
            kept.append(character)
            used += next
        }
        return cells > 0 ? kept + "…" : ""
    }

    /// An emoji shown as a picture: one with emoji presentation by default, or any emoji
    /// followed by the emoji variation selector U+FE0F (checked on the cluster as a whole).
    private static func isEmojiStyle(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isEmojiPresentation || scalar.value == 0xFE0F
    }

    /// A combining mark, a format character (U+200D, the variation selectors) or another
    /// scalar a terminal draws on the cell before it.
    private static func isZeroWidth(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format: return true
        default: return (0x1160...0x11FF).contains(scalar.value) || (0xFE00...0xFE0F).contains(scalar.value)
        }
    }

    /// East Asian Wide and Fullwidth ranges (Unicode's EastAsianWidth.txt, W and F), without
    /// the emoji, which `isEmojiStyle` counts.
    private static func isWide(_ value: UInt32) -> Bool {
        switch value {
        case 0x1100...0x115F, 0x231A...0x231B, 0x2329...0x232A, 0x2E80...0x303E, 0x3041...0x33FF,
             0x3400...0x4DBF, 0x4E00...0x9FFF, 0xA000...0xA4CF, 0xA960...0xA97F, 0xAC00...0xD7A3,
             0xF900...0xFAFF, 0xFE10...0xFE19, 0xFE30...0xFE6F, 0xFF00...0xFF60, 0xFFE0...0xFFE6,
             0x1B000...0x1B2FF, 0x1F200...0x1F2FF, 0x20000...0x2FFFD, 0x30000...0x3FFFD:
            return true
        default:
            return false
        }
    }
}
