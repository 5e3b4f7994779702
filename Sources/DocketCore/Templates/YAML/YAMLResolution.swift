/// How YAML 1.1 reads a plain scalar, as PyYAML's `safe_load` does: null, booleans
/// (`yes`/`no`/`on`/`off` too), integers (`0x`, `0b`, leading-zero octal, `_` separators,
/// base 60 `1:30`) and floats (`1.5`, `.inf`, `.nan`). Timestamps stay text: Docket reads
/// no date out of a form.
enum YAMLResolution {
    private static let trueWords: Set<String> = ["yes", "Yes", "YES", "true", "True", "TRUE", "on", "On", "ON"]
    private static let falseWords: Set<String> = ["no", "No", "NO", "false", "False", "FALSE", "off", "Off", "OFF"]

    static func isNull(_ text: String) -> Bool {
        text.isEmpty || text == "~" || text == "null" || text == "Null" || text == "NULL"
    }

    /// The value a plain scalar stands for.
    static func resolve(_ text: String) -> JSONValue {
        if isNull(text) { return .null }
        if trueWords.contains(text) { return .bool(true) }
        if falseWords.contains(text) { return .bool(false) }
        if let number = float(text) { return .double(number) }
        if let number = integer(text) { return .int(number) }
        return .string(text)
    }

    /// A resolved key as Python's `json.dumps` writes a non-string key.
    static func keyText(_ key: JSONValue) -> String {
        switch key {
        case .string(let text): return text
        case .null: return "null"
        case .bool(let flag): return flag ? "true" : "false"
        case .int(let number): return String(number)
        case .double(let number): return String(number)
        case .array, .object: return key.compactText
        }
    }

    private static func integer(_ text: String) -> Int? {
        guard text.wholeMatch(of: #/[-+]?(0b[01_]+|0[0-7_]+|0|[1-9][0-9_]*(:[0-5]?[0-9])*|0x[0-9a-fA-F_]+)/#) != nil else { return nil }
        var digits = text.replacing("_", with: "")
        var sign = 1
        if let first = digits.first, first == "-" || first == "+" {
            sign = first == "-" ? -1 : 1
            digits.removeFirst()
        }
        let value: Int?
        if digits == "0" {
            value = 0
        } else if digits.hasPrefix("0b") {
            value = Int(digits.dropFirst(2), radix: 2)
        } else if digits.hasPrefix("0x") {
            value = Int(digits.dropFirst(2), radix: 16)
        } else if digits.hasPrefix("0") {
            value = Int(digits.dropFirst(), radix: 8)
        } else if digits.contains(":") {
            value = sexagesimal(digits).map { Int($0) }
        } else {
            value = Int(digits)
        }
        return value.map { $0 * sign }
    }

    private static func float(_ text: String) -> Double? {
        let pattern = #/[-+]?[0-9][0-9_]*\.[0-9_]*([eE][-+][0-9]+)?|\.[0-9][0-9_]*([eE][-+][0-9]+)?|[-+]?[0-9][0-9_]*(:[0-5]?[0-9])+\.[0-9_]*|[-+]?\.(inf|Inf|INF)|\.(nan|NaN|NAN)/#
        guard text.wholeMatch(of: pattern) != nil else { return nil }
        var digits = text.replacing("_", with: "").lowercased()
        var sign = 1.0
        if let first = digits.first, first == "-" || first == "+" {
            sign = first == "-" ? -1 : 1
            digits.removeFirst()
        }
        if digits == ".inf" { return sign * .infinity }
        if digits == ".nan" { return .nan }
        if digits.contains(":") { return sexagesimal(digits).map { sign * $0 } }
        if digits.hasPrefix(".") { digits = "0" + digits }
        digits = digits.replacing(".e", with: ".0e")
        if digits.hasSuffix(".") { digits += "0" }
        return Double(digits).map { sign * $0 }
    }

    /// `1:30:15` read as base 60.
    private static func sexagesimal(_ digits: String) -> Double? {
        var total = 0.0
        for part in digits.split(separator: ":", omittingEmptySubsequences: false) {
            guard let value = Double(String(part) + (part.hasSuffix(".") ? "0" : "")) else { return nil }
            total = total * 60 + value
        }
        return total
    }
}
