extension Query {
    /// Parses a search in GitHub's syntax: words (all must match), `"phrases"`, `prefix*`,
    /// `-excluded` terms and qualifiers such as `label:bug,ui`, `-assignee:bob`,
    /// `created:>=2026-01-01` or `sort:updated-desc`.
    ///
    /// Qualifier names and the values of `is:`, `no:`, `priority:` and `sort:` are
    /// case-insensitive. Throws a `QueryError` naming the first problem found.
    public init(parsing text: String) throws(QueryError) {
        self.init()
        var scanner = QueryScanner(text)
        while let token = try scanner.next() {
            switch token {
            case .term(let term):
                terms.append(term)
            case .qualifier(let qualifier):
                try apply(qualifier)
            }
        }
    }
}

/// A qualifier as written: `-label:"needs review",bug` has name `label`, `isNegated`,
/// value `"needs review",bug` and that whole text as its token.
struct RawQualifier: Equatable {
    var name: String
    var isNegated: Bool
    var value: String
    var token: String
}

/// Splits a query into free-text terms and qualifiers. Quotes group text (in a term or in a
/// qualifier value); everything else is separated by whitespace.
struct QueryScanner {
    enum Token: Equatable {
        case term(Query.TextTerm)
        case qualifier(RawQualifier)
    }

    private let characters: [Character]
    private var position = 0

    init(_ text: String) {
        characters = Array(text)
    }

    /// The next token, or nil at the end of the text.
    mutating func next() throws(QueryError) -> Token? {
        while position < characters.count, characters[position].isWhitespace {
            position += 1
        }
        guard position < characters.count else { return nil }
        let start = position
        let isNegated = characters[position] == "-" && position + 1 < characters.count
            && !characters[position + 1].isWhitespace
        if isNegated { position += 1 }

        if characters[position] == "\"" {
            guard let close = closingQuote(after: position) else {
                throw .unterminatedQuote(String(characters[start...]))
            }
            let phrase = String(characters[(position + 1)..<close])
            position = close + 1
            return .term(Query.TextTerm(.phrase, phrase, excluded: isNegated))
        }

        let nameStart = position
        while position < characters.count, Self.isNameCharacter(characters[position]) {
            position += 1
        }
        if position < characters.count, characters[position] == ":", position > nameStart,
            characters[nameStart].isASCII, characters[nameStart].isLetter
        {
            let name = String(characters[nameStart..<position])
            position += 1
            let valueStart = position
            try skipValue(tokenStart: start)
            return .qualifier(
                RawQualifier(
                    name: name, isNegated: isNegated, value: String(characters[valueStart..<position]),
                    token: String(characters[start..<position])))
        }

        position = nameStart
        while position < characters.count, !characters[position].isWhitespace {
            position += 1
        }
        let word = String(characters[nameStart..<position])
        if word.hasSuffix("*") {
            let stem = String(word.reversed().drop(while: { $0 == "*" }).reversed())
            return .term(Query.TextTerm(.prefix, stem, excluded: isNegated))
        }
        return .term(Query.TextTerm(.word, word, excluded: isNegated))
    }

    /// Moves past a qualifier value: up to whitespace outside quotes.
    private mutating func skipValue(tokenStart: Int) throws(QueryError) {
        while position < characters.count, !characters[position].isWhitespace {
            if characters[position] == "\"" {
                guard let close = closingQuote(after: position) else {
                    throw .unterminatedQuote(String(characters[tokenStart...]))
                }
                position = close
            }
            position += 1
        }
    }

    private func closingQuote(after index: Int) -> Int? {
        characters[(index + 1)...].firstIndex(of: "\"")
    }

    private static func isNameCharacter(_ character: Character) -> Bool {
        character.isASCII && (character.isLetter || character.isNumber || character == "-" || character == "_")
    }

    /// Splits a qualifier value on commas outside quotes and removes the quotes:
    /// `"needs review",bug` gives `["needs review", "bug"]`. Quotes must be balanced.
    static func splitValues(_ value: String, token: String) throws(QueryError) -> [String] {
        var items: [String] = []
        var current = ""
        var isQuoted = false
        for character in value {
            switch character {
            case "\"": isQuoted.toggle()
            case "," where !isQuoted:
                items.append(current)
                current = ""
            default: current.append(character)
            }
        }
        guard !isQuoted else { throw .unterminatedQuote(token) }
        items.append(current)
        return items
    }
}
