import Foundation

/// The few YAML and file-name rules of Docket's writer that generated issues need, mirrored
/// here because Docket's own (`YAMLScalar`, `Slug`) are internal to DocketCore.
enum YAMLText {
    private static let reservedWords: Set<String> = ["y", "n", "yes", "no", "true", "false", "on", "off", "null", "~"]
    private static let plainPunctuation = Set("_.-/()'!?&+%@=;$".unicodeScalars)

    /// `text` written plain when every YAML 1.1 reader reads it back as the same string,
    /// double-quoted otherwise, as Docket writes it.
    static func scalar(_ text: String) -> String {
        isSafePlain(text) ? text : quoted(text)
    }

    private static func isSafePlain(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first, let last = text.unicodeScalars.last,
              first.isASCII, first.properties.isAlphabetic, last != " ", !reservedWords.contains(text.lowercased())
        else { return false }
        var previous: Unicode.Scalar = " "
        for scalar in text.unicodeScalars {
            let isWordCharacter = scalar.isASCII && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar))
            guard isWordCharacter || plainPunctuation.contains(scalar) || (scalar == " " && previous != " ") else {
                return false
            }
            previous = scalar
        }
        return true
    }

    /// A double-quoted scalar; generated text has no control characters, so only `"` and `\` need escapes.
    private static func quoted(_ text: String) -> String {
        "\"" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }

    /// `0012-slug.md`: the number padded to four digits and the title folded to lowercase ASCII.
    static func fileName(number: Int, title: String) -> String {
        let digits = String(number)
        return String(repeating: "0", count: max(0, 4 - digits.count)) + digits + "-" + slug(title) + ".md"
    }

    private static func slug(_ title: String) -> String {
        let folded = title.utf8.allSatisfy { $0 < 0x80 }
            ? title.lowercased()
            : title.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil).lowercased()
        var slug = ""
        for scalar in folded.unicodeScalars {
            if scalar.isASCII, scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) {
                slug.unicodeScalars.append(scalar)
            } else if !slug.isEmpty, !slug.hasSuffix("-") {
                slug += "-"
            }
        }
        slug = String(slug.prefix(50))
        while slug.hasSuffix("-") { slug.removeLast() }
        return slug.isEmpty ? "issue" : slug
    }
}
