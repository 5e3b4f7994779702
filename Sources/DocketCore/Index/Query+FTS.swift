extension Query {
    /// FTS5 `MATCH` expressions built from the free-text terms (never from raw user text), for a
    /// table tokenized with `unicode61`.
    public struct FullTextMatch: Sendable, Equatable {
        /// All positive terms joined with `AND`, e.g. `"crash" AND "null pointer" AND "seg" *`;
        /// nil when there is no positive term.
        public var required: String?
        /// All excluded terms joined with `OR`; nil when there is none. FTS5 cannot express a
        /// pure negation, so use it as `rowid NOT IN (SELECT rowid FROM fts WHERE fts MATCH ?)`.
        public var excluded: String?

        public init(required: String? = nil, excluded: String? = nil) {
            self.required = required
            self.excluded = excluded
        }
    }

    /// Whether the query has positive terms and none of them has a token (`!!!`, `...`, `🎉`,
    /// `*`) or is matched as a substring: such a query matches nothing, never everything,
    /// though its terms are dropped from the `MATCH` expression.
    public var matchesNothing: Bool {
        let positive = terms.filter { !$0.isExcluded }
        return !positive.isEmpty && positive.allSatisfy { !Self.isSubstringTerm($0) && Self.ftsTokens($0.text).isEmpty }
    }

    /// Whether answering the query reads the full-text index (it has a word to match or to
    /// exclude), which the index then builds first if it lacks it.
    var needsFullText: Bool {
        let match = fullTextMatch
        return match.required != nil || match.excluded != nil || !substringTerms.isEmpty
    }

    /// The `MATCH` expressions for this query's `terms`.
    public var fullTextMatch: FullTextMatch { Self.fullTextMatch(for: terms) }

    /// The `MATCH` expressions for `terms`. Each term is split into tokens the way FTS5's
    /// `unicode61` does and written as one quoted phrase (`foo-bar` → `"foo bar"`), a prefix
    /// term as `"pre" *`. A term without tokens (`---`, an emoji) is dropped: an empty phrase
    /// would match nothing. So is a term matched as a substring (`日本`, see `Query+Substring`).
    public static func fullTextMatch(for terms: [TextTerm]) -> FullTextMatch {
        var required: [String] = []
        var excluded: [String] = []
        for term in terms where !isSubstringTerm(term) {
            guard let expression = ftsExpression(for: term) else { continue }
            if term.isExcluded {
                excluded.append(expression)
            } else {
                required.append(expression)
            }
        }
        return FullTextMatch(
            required: required.isEmpty ? nil : required.joined(separator: " AND "),
            excluded: excluded.isEmpty ? nil : excluded.joined(separator: " OR "))
    }

    /// One term as an FTS5 phrase, or nil when it has no tokens.
    static func ftsExpression(for term: TextTerm) -> String? {
        let tokens = ftsTokens(term.text)
        guard !tokens.isEmpty else { return nil }
        let phrase = "\"" + tokens.joined(separator: " ").replacing("\"", with: "\"\"") + "\""
        return term.kind == .prefix ? phrase + " *" : phrase
    }

    /// Splits text like FTS5's `unicode61` tokenizer: letters, numbers and private-use
    /// characters form tokens, a combining mark continues a token (`cafe\u{301}`), anything
    /// else separates. The tokens keep their case and accents; FTS5 folds them itself.
    static func ftsTokens(_ text: String) -> [String] {
        var tokens: [String] = []
        var current = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if isTokenScalar(scalar, continuing: !current.isEmpty) {
                current.append(scalar)
            } else if !current.isEmpty {
                tokens.append(String(current))
                current = String.UnicodeScalarView()
            }
        }
        if !current.isEmpty { tokens.append(String(current)) }
        return tokens
    }

    /// Whether `scalar` belongs to a token for `unicode61`: a letter, number or private-use
    /// character, or a combining mark `continuing` a token.
    static func isTokenScalar(_ scalar: Unicode.Scalar, continuing: Bool) -> Bool {
        if scalar.isASCII {
            let value = scalar.value | 0x20
            return (value >= 0x61 && value <= 0x7A) || (scalar.value >= 0x30 && scalar.value <= 0x39)
        }
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
            .decimalNumber, .letterNumber, .otherNumber, .privateUse:
            return true
        case .nonspacingMark:
            return continuing
        default:
            return false
        }
    }
}
