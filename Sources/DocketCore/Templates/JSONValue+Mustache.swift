/// How JSON values behave in Mustache templates.
extension JSONValue {
    /// Mustache truthiness: only `false`, `null` and the empty list are falsey, so `""` and
    /// `0` are truthy, as in the spec's reference implementation.
    var isMustacheTruthy: Bool {
        switch self {
        case .null, .bool(false): return false
        case .array(let items): return !items.isEmpty
        default: return true
        }
    }

    /// How a value prints: `null` as nothing, whole doubles without `.0` (`1.21` stays `1.21`),
    /// lists as their items joined by `, `, and objects as compact JSON.
    var mustacheText: String {
        switch self {
        case .null: return ""
        case .bool(let flag): return flag ? "true" : "false"
        case .int(let number): return String(number)
        case .double(let number):
            return number == number.rounded() && abs(number) < 1e15 ? String(Int(number)) : String(number)
        case .string(let text): return text
        case .array(let items): return items.map(\.mustacheText).joined(separator: ", ")
        case .object: return compactText
        }
    }
}
