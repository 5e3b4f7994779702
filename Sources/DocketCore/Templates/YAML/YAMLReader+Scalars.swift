/// Plain, quoted and block scalars, folded the way the YAML spec (and PyYAML) folds them.
extension YAMLReader {
    /// The rest of a plain scalar on this line: up to a `: `, a ` #` comment, trailing spaces or
    /// the line's end (and, in a flow collection, up to `,`, `?` or a bracket).
    mutating func readPlainSegment(flow: Bool) throws(Diagnostic) -> String {
        var text = ""
        while let scalar = peek(), scalar != "\n" {
            if scalar == " " {
                var count = 0
                while peek(count) == " " { count += 1 }
                if YAMLReader.isBlank(peek(count)) || peek(count) == "#" { break }
                text += String(repeating: " ", count: count)
                advance(count)
                continue
            }
            if scalar == "\t" { throw error("a tab cannot indent or separate YAML; use spaces") }
            if scalar == ":", YAMLReader.isBlank(peek(1)) || flow && peek(1).map(YAMLReader.isFlowIndicator) == true { break }
            if flow, scalar == "?" || YAMLReader.isFlowIndicator(scalar) { break }
            text.unicodeScalars.append(scalar)
            advance()
        }
        return text
    }

    static func isFlowIndicator(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "," || scalar == "[" || scalar == "]" || scalar == "{" || scalar == "}"
    }

    /// A plain scalar that began with `first`, continued on following lines indented past
    /// `parentIndent` (any line, inside a flow collection): one line break folds to a space,
    /// each further one is kept.
    mutating func readPlainContinuation(_ first: String, line startLine: Int, parentIndent: Int, flow: Bool) throws(Diagnostic) -> YAMLNode {
        var text = first
        while true {
            let end = mark
            try skipSpaces()
            guard peek() == "\n" else {
                reset(to: end)
                break
            }
            var breaks = 0
            while peek() == "\n" {
                advance()
                breaks += 1
                try skipSpaces()
            }
            if atEnd || atDocumentMarker("---") || atDocumentMarker("...") || peek() == "#" || !flow && column <= parentIndent {
                reset(to: end)
                break
            }
            let segmentLine = line
            let segment = try readPlainSegment(flow: flow)
            if segment.isEmpty {
                reset(to: end)
                break
            }
            text += breaks == 1 ? " " : String(repeating: "\n", count: breaks - 1)
            text += segment
            if !flow, peek() == ":", YAMLReader.isBlank(peek(1)) {
                throw error("mapping values are not allowed here; a value over several lines cannot be a key", line: segmentLine)
            }
        }
        return YAMLNode(value: .scalar(text, plain: true), line: startLine)
    }

    /// A `'single'` or `"double"` quoted scalar, which may fold over lines.
    mutating func readQuotedScalar() throws(Diagnostic) -> YAMLNode {
        let startLine = line
        let double = peek() == "\""
        advance()
        var text = ""
        while true {
            guard let scalar = peek() else { throw error("the quoted value is not closed", line: startLine) }
            switch scalar {
            case "'" where !double:
                advance()
                guard peek() == "'" else { return YAMLNode(value: .scalar(text, plain: false), line: startLine) }
                text += "'"
                advance()
            case "\"" where double:
                advance()
                return YAMLNode(value: .scalar(text, plain: false), line: startLine)
            case "\\" where double:
                try readEscape(into: &text, startLine: startLine)
            case " ", "\t", "\n":
                var spaces = ""
                while let blank = peek(), blank == " " || blank == "\t" {
                    spaces.unicodeScalars.append(blank)
                    advance()
                }
                if peek() == "\n" {
                    advance()
                    let breaks = try readQuotedBreaks()
                    text += breaks.isEmpty ? " " : breaks
                } else if !atEnd {
                    text += spaces
                }
            default:
                text.unicodeScalars.append(scalar)
                advance()
            }
        }
    }

    /// The line breaks of empty lines inside a quoted scalar; the indentation before its next text goes.
    private mutating func readQuotedBreaks() throws(Diagnostic) -> String {
        var breaks = ""
        while true {
            if atDocumentMarker("---") || atDocumentMarker("...") { throw error("a document marker cannot be inside a quoted value") }
            while let blank = peek(), blank == " " || blank == "\t" { advance() }
            guard peek() == "\n" else { return breaks }
            breaks += "\n"
            advance()
        }
    }

    private mutating func readEscape(into text: inout String, startLine: Int) throws(Diagnostic) {
        advance()
        guard let code = peek() else { throw error("the quoted value is not closed", line: startLine) }
        if code == "\n" {
            advance()
            text += try readQuotedBreaks()
            return
        }
        advance()
        if let replacement = YAMLScalar.simpleEscapes[code] {
            text.unicodeScalars.append(replacement)
            return
        }
        let length: Int
        switch code {
        case "x": length = 2
        case "u": length = 4
        case "U": length = 8
        default: throw error("unknown escape '\\\(code)' in a double-quoted value")
        }
        var hex = ""
        for _ in 0..<length {
            guard let digit = peek(), digit.properties.isASCIIHexDigit else {
                throw error("'\\\(code)' needs \(length) hexadecimal digits")
            }
            hex.unicodeScalars.append(digit)
            advance()
        }
        guard let value = UInt32(hex, radix: 16), let scalar = Unicode.Scalar(value) else {
            throw error("'\\\(code)\(hex)' is not a Unicode character")
        }
        text.unicodeScalars.append(scalar)
    }

    /// How a block scalar ends: `clip` keeps one final line break, `strip` (`-`) none, `keep` (`+`) all.
    private enum Chomping {
        case clip, strip, keep
    }

    /// A literal (`|`) or folded (`>`) block scalar whose lines are indented past `parentIndent`.
    mutating func readBlockScalar(parentIndent: Int) throws(Diagnostic) -> YAMLNode {
        let startLine = line
        let folded = peek() == ">"
        advance()
        var chomping: Chomping?
        var increment: Int?
        while let scalar = peek() {
            if chomping == nil, scalar == "-" || scalar == "+" {
                chomping = scalar == "-" ? .strip : .keep
            } else if increment == nil, ("1"..."9").contains(scalar) {
                increment = Int(scalar.value) - 48
            } else if scalar == "0" {
                throw error("a block scalar's indentation indicator is 1 to 9")
            } else {
                break
            }
            advance()
        }
        try skipSpaces()
        if peek() == "#" {
            while let scalar = peek(), scalar != "\n" { advance() }
        }
        guard atEnd || peek() == "\n" else { throw error("expected a comment or a line break after '\(folded ? ">" : "|")'") }
        advance()
        let minimumIndent = max(parentIndent + 1, 1)
        var indent: Int
        var breaks: String
        if let increment {
            indent = minimumIndent + increment - 1
            breaks = readBlockBreaks(indent: indent)
        } else {
            var deepest = 0
            breaks = ""
            while let scalar = peek(), scalar == " " || scalar == "\n" {
                if scalar == "\n" { breaks += "\n" }
                advance()
                deepest = max(deepest, column)
            }
            indent = max(minimumIndent, deepest)
        }
        var text = ""
        var lineBreak = ""
        while column == indent, !atEnd {
            text += breaks
            let leadingNonSpace = peek() != " " && peek() != "\t"
            while let scalar = peek(), scalar != "\n" {
                text.unicodeScalars.append(scalar)
                advance()
            }
            lineBreak = atEnd ? "" : "\n"
            advance()
            breaks = readBlockBreaks(indent: indent)
            guard column == indent, !atEnd else { break }
            if folded, lineBreak == "\n", leadingNonSpace, peek() != " ", peek() != "\t" {
                if breaks.isEmpty { text += " " }
            } else {
                text += lineBreak
            }
        }
        if chomping != .strip { text += lineBreak }
        if chomping == .keep { text += breaks }
        return YAMLNode(value: .scalar(text, plain: false), line: startLine)
    }

    /// Empty lines before a block scalar's next line (or its end), skipping indentation up to `indent`.
    private mutating func readBlockBreaks(indent: Int) -> String {
        var breaks = ""
        while column < indent, peek() == " " { advance() }
        while peek() == "\n" {
            breaks += "\n"
            advance()
            while column < indent, peek() == " " { advance() }
        }
        return breaks
    }
}
