/// The keys `--json id,title` asks for. Objects print those keys in the order given (not in
/// the command's own order, as gh does), keys an object lacks are left out, and the `error`
/// of an ID that failed is always kept so a failure never prints as an empty object.
struct JSONFields: Sendable {
    var names: [String]

    init(list: String) {
        var seen: Set<String> = []
        names = list.split(separator: ",").map(String.init).filter { seen.insert($0).inserted }
    }

    /// The value with every top-level object (or object in a top-level array) cut to the fields.
    func filter(_ value: JSONValue) -> JSONValue {
        switch value {
        case .array(let items): return .array(items.map(filterObject))
        default: return filterObject(value)
        }
    }

    private func filterObject(_ value: JSONValue) -> JSONValue {
        guard case .object(let members) = value else { return value }
        var kept: [(key: String, value: JSONValue)] = names.compactMap { name in
            members.first { $0.key == name }
        }
        if !names.contains("error"), let error = members.first(where: { $0.key == "error" }) { kept.append(error) }
        return .object(kept)
    }
}
