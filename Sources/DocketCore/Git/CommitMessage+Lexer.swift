extension CommitMessage {
    /// One piece of a commit message line, as the reference parser sees it.
    enum Token: Equatable {
        /// A maximal run of letters, digits and `_`.
        case word(String)
        /// `#12` or `SEC-002` (with a known prefix) standing on its own.
        case reference(CommitReference.Key)
        /// One or more whitespace characters.
        case space
        /// Any other single character.
        case symbol(Unicode.Scalar)
        /// Text that must not be read at all: a URL, or a `#0`-like non-reference.
        case opaque
    }

    /// Splits one line into tokens.
    ///
    /// A reference must start the line or follow whitespace or one of `( [ { " ' * , : ; < >`,
    /// and must not run on into a letter, digit or `_`: so `abc#12`, `owner/repo#12`,
    /// `#12abc` and `x-SEC-2` are not references. Whitespace-separated chunks containing
    /// `://` or starting with `www.` are URLs and yield a single `.opaque` token.
    static func tokens(in line: Substring, knownPrefixes: Set<String>) -> [Token] {
        let scalars = Array(line.unicodeScalars)
        var tokens: [Token] = []
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            let previous = index > 0 ? scalars[index - 1] : nil
            if scalar.properties.isWhitespace {
                while index < scalars.count, scalars[index].properties.isWhitespace { index += 1 }
                tokens.append(.space)
            } else if previous.map({ $0.properties.isWhitespace }) ?? true, let end = urlEnd(scalars, from: index) {
                tokens.append(.opaque)
                index = end
            } else if scalar == "#", isOpeningBoundary(previous) {
                let digitsEnd = asciiDigitsEnd(scalars, from: index + 1)
                guard digitsEnd > index + 1, !isWordScalar(scalars, at: digitsEnd) else {
                    tokens.append(.symbol(scalar))
                    index += 1
                    continue
                }
                let number = issueNumber(scalars[(index + 1)..<digitsEnd])
                tokens.append(number.map { .reference(CommitReference.Key(number: $0)) } ?? .opaque)
                index = digitsEnd
            } else if isWordScalar(scalar) {
                var end = index
                while isWordScalar(scalars, at: end) { end += 1 }
                let word = String(String.UnicodeScalarView(scalars[index..<end]))
                if isOpeningBoundary(previous), let (key, keyEnd) = prefixedKey(word, scalars, after: end, knownPrefixes) {
                    tokens.append(.reference(key))
                    index = keyEnd
                } else {
                    tokens.append(.word(word))
                    index = end
                }
            } else {
                tokens.append(.symbol(scalar))
                index += 1
            }
        }
        return tokens
    }

    /// Characters after which a reference or a closing keyword may start.
    static func isOpeningBoundary(_ scalar: Unicode.Scalar?) -> Bool {
        guard let scalar else { return true }
        return scalar.properties.isWhitespace || "([{\"'*,:;<>".unicodeScalars.contains(scalar)
    }

    /// `PREFIX-N` when `word` is a known prefix, `-` and digits follow and no word character
    /// follows the digits; returns the key and the index after it.
    private static func prefixedKey(
        _ word: String, _ scalars: [Unicode.Scalar], after end: Int, _ knownPrefixes: Set<String>
    ) -> (CommitReference.Key, Int)? {
        guard end < scalars.count, scalars[end] == "-", knownPrefixes.contains(word.uppercased()) else { return nil }
        let digitsEnd = asciiDigitsEnd(scalars, from: end + 1)
        guard digitsEnd > end + 1, !isWordScalar(scalars, at: digitsEnd),
              let number = issueNumber(scalars[(end + 1)..<digitsEnd]) else { return nil }
        return (CommitReference.Key(prefix: word, number: number), digitsEnd)
    }

    /// The end of a URL chunk starting at `start`, or `nil` when the chunk is not a URL.
    private static func urlEnd(_ scalars: [Unicode.Scalar], from start: Int) -> Int? {
        var end = start
        while end < scalars.count, !scalars[end].properties.isWhitespace { end += 1 }
        let chunk = String(String.UnicodeScalarView(scalars[start..<end])).lowercased()
        let isURL = chunk.contains("://") || chunk.hasPrefix("www.") || chunk.hasPrefix("<www.")
        return isURL ? end : nil
    }

    /// Digits as an issue number: leading zeros ignored; `nil` for zero or numbers too large.
    private static func issueNumber(_ digits: ArraySlice<Unicode.Scalar>) -> Int? {
        guard let number = Int(String(String.UnicodeScalarView(digits))), number > 0 else { return nil }
        return number
    }

    private static func asciiDigitsEnd(_ scalars: [Unicode.Scalar], from start: Int) -> Int {
        var end = start
        while end < scalars.count, ("0"..."9").contains(scalars[end]) { end += 1 }
        return end
    }

    private static func isWordScalar(_ scalars: [Unicode.Scalar], at index: Int) -> Bool {
        index < scalars.count && isWordScalar(scalars[index])
    }

    private static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "_" || scalar.properties.isAlphabetic || scalar.properties.numericType != nil
    }
}
