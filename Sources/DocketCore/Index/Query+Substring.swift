/// Words in scripts written without spaces between words (Han, Hiragana, Katakana, Hangul,
/// Thai, Lao, Khmer, Myanmar): `unicode61` makes `日本語のタイトル` one token, so such a
/// word is matched as a substring of the text instead, through the `fts_substrings` table
/// (tokenized with `trigram`) in the index and by `substringMatches` in memory.
///
/// A substring match compares the term's text as typed with the text, folding ASCII letters
/// only, as SQLite's `LIKE` does: the index narrows with a trigram `MATCH` (which folds more)
/// and then checks with `LIKE`, so both give the same answer.
extension Query {
    /// Whether `scalar` belongs to a script written without spaces.
    static func isUnspacedScript(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x0E00...0x0EFF,  // Thai, Lao
            0x1000...0x109F,  // Myanmar
            0x1100...0x11FF,  // Hangul Jamo
            0x1780...0x17FF,  // Khmer
            0x2E80...0x2FDF,  // CJK and Kangxi radicals
            0x3040...0x31FF,  // Hiragana, Katakana, Bopomofo, Hangul compatibility Jamo, …
            0x3400...0x4DBF,  // CJK Extension A
            0x4E00...0x9FFF,  // CJK Unified Ideographs
            0xA960...0xA97F,  // Hangul Jamo Extended-A
            0xAC00...0xD7FF,  // Hangul Syllables, Hangul Jamo Extended-B
            0xF900...0xFAFF,  // CJK Compatibility Ideographs
            0xFF66...0xFFDC,  // halfwidth Katakana and Hangul
            0x20000...0x3FFFF:  // CJK Extensions B and later
            return true
        default:
            return false
        }
    }

    /// Whether `text` holds a character of a script written without spaces. Text whose bytes
    /// are all below 0xE0 (ASCII, Latin, Cyrillic, …) holds none, which spares most text the
    /// scalar walk.
    static func hasUnspacedScript(_ text: String) -> Bool {
        text.utf8.contains { $0 >= 0xE0 } && text.unicodeScalars.contains(where: isUnspacedScript)
    }

    /// Whether a term is matched as a substring rather than by `unicode61` tokens.
    static func isSubstringTerm(_ term: TextTerm) -> Bool {
        hasUnspacedScript(term.text)
    }

    /// The terms matched as substrings.
    var substringTerms: [TextTerm] { terms.filter(Query.isSubstringTerm) }

    /// Whether `needle` occurs in `text`, folding ASCII letters only (as `LIKE` does), byte
    /// by byte in UTF-8 (as SQLite compares).
    static func substringMatches(_ needle: String, in text: String) -> Bool {
        let needle = asciiLowercased(needle)
        guard !needle.isEmpty else { return true }
        return asciiLowercased(text).firstRange(of: needle) != nil
    }

    /// The UTF-8 offsets of the first occurrence of `needle` in `text`, folding as
    /// `substringMatches` does.
    static func substringRange(of needle: String, in text: String) -> Range<Int>? {
        let needle = asciiLowercased(needle)
        guard !needle.isEmpty else { return nil }
        return asciiLowercased(text).firstRange(of: needle)
    }

    /// The UTF-8 bytes of `text` with ASCII capitals lower-cased.
    static func asciiLowercased(_ text: String) -> [UInt8] {
        text.utf8.map { $0 >= 0x41 && $0 <= 0x5A ? $0 + 0x20 : $0 }
    }

    /// A `LIKE` pattern (with `ESCAPE '\'`) matching text that contains `needle`; `%`, `_` and
    /// `\` in it stand for themselves.
    static func likePattern(containing needle: String) -> String {
        var escaped = String.UnicodeScalarView()
        for scalar in needle.unicodeScalars {
            if scalar == "%" || scalar == "_" || scalar == "\\" { escaped.append("\\") }
            escaped.append(scalar)
        }
        return "%" + String(escaped) + "%"
    }

    /// A condition on `fts_substrings` that holds for the rows with `needle` in a column, and
    /// the values for its placeholders: a trigram `MATCH` narrows (when `needle` is long
    /// enough), `LIKE` decides.
    static func substringRowCondition(_ needle: String) -> (sql: String, bindings: [SQLiteValue]) {
        let pattern = SQLiteValue.text(likePattern(containing: needle))
        let like = "(title LIKE ? ESCAPE '\\' OR body LIKE ? ESCAPE '\\' OR labels LIKE ? ESCAPE '\\')"
        guard let match = trigramMatch(containing: needle) else { return (like, [pattern, pattern, pattern]) }
        return ("fts_substrings MATCH ? AND " + like, [.text(match), pattern, pattern, pattern])
    }

    /// The trigram `MATCH` expression that narrows the rows to those that may contain
    /// `needle`, or nil when it is shorter than a trigram (then only `LIKE` can tell).
    static func trigramMatch(containing needle: String) -> String? {
        guard needle.unicodeScalars.count >= 3 else { return nil }
        return "\"" + needle.replacing("\"", with: "\"\"") + "\""
    }
}
