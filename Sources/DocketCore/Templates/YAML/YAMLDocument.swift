/// A YAML document read for issue forms: more of YAML than front matter needs, and no more.
///
/// Reads block mappings and sequences (compact `- key: value` items included), flow
/// sequences and mappings, plain scalars over several lines, single- and double-quoted
/// scalars with every YAML escape, literal `|` and folded `>` block scalars with chomping
/// (`-`, `+`) and indentation indicators, comments, one optional `---` and a closing `...`.
/// Plain scalars resolve as YAML 1.1 does (see `YAMLResolution`), so the result is what
/// PyYAML's `safe_load` gives.
///
/// What it does not read is an error at `path:line`, never a guess: anchors, aliases, tags,
/// directives, complex (`? `) keys, merge keys, more than one document, duplicate keys, tabs
/// outside quoted and block scalars, and the line separators U+0085, U+2028 and U+2029.
struct YAMLDocument: Sendable {
    let root: YAMLNode

    /// Parses `text`; `path` is what errors name.
    init(parsing text: String, path: String) throws(Diagnostic) {
        var scalars = Array(text.unicodeScalars)
        if scalars.first == "\u{FEFF}" { scalars.removeFirst() }
        var normalized: [Unicode.Scalar] = []
        normalized.reserveCapacity(scalars.count)
        var line = 1
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            index += 1
            if scalar == "\r" {
                if index < scalars.count, scalars[index] == "\n" { index += 1 }
                normalized.append("\n")
            } else {
                if let problem = YAMLDocument.problem(with: scalar) {
                    throw Diagnostic(problem, at: SourceLocation(path: path, line: line))
                }
                normalized.append(scalar)
            }
            if normalized.last == "\n" { line += 1 }
        }
        var reader = YAMLReader(path: path, scalars: normalized)
        root = try reader.readDocument()
    }

    /// Why a character cannot be in a form, or `nil` when it can.
    private static func problem(with scalar: Unicode.Scalar) -> String? {
        switch scalar.value {
        case 0x85, 0x2028, 0x2029:
            return "the line separator \(name(scalar)) is not supported; use a line break"
        case 0x09, 0x0A:
            return nil
        case 0..<0x20, 0x7F...0x9F, 0xFFFE, 0xFFFF:
            return "control character \(name(scalar)) is not allowed in YAML"
        default:
            return nil
        }
    }

    /// `U+0085`: a character's code point as Unicode writes it.
    private static func name(_ scalar: Unicode.Scalar) -> String {
        let hex = String(scalar.value, radix: 16, uppercase: true)
        return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    }
}
