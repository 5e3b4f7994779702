/// The declaration of a command's interface; parsing, usage and help are generated from it.
public struct CommandSpec: Sendable {
    public var name: String
    public var abstract: String
    public var discussion: String?
    public var arguments: [ArgumentSpec]
    public var options: [OptionSpec]
    /// Subcommands, for command groups such as `hooks install`.
    public var subcommands: [String]

    public init(
        _ name: String, abstract: String, discussion: String? = nil,
        arguments: [ArgumentSpec] = [], options: [OptionSpec] = [], subcommands: [String] = []
    ) {
        self.name = name
        self.abstract = abstract
        self.discussion = discussion
        self.arguments = arguments
        // Every command speaks JSON for scripts and agents.
        let json: [OptionSpec] = options.contains { $0.long == "json" } ? [] : [.flag("json", help: "Print the result as JSON.")]
        self.options = options + json + [.flag("help", short: "h", help: "Show help for this command.")]
        self.subcommands = subcommands
    }
}

/// A positional argument.
public struct ArgumentSpec: Sendable {
    public enum Arity: Sendable { case required, optional, variadic, requiredVariadic }

    public var name: String
    public var help: String
    public var arity: Arity

    public init(_ name: String, _ arity: Arity = .required, help: String) {
        self.name = name
        self.help = help
        self.arity = arity
    }
}

/// An option or flag, with a long name and perhaps a one-letter short name.
public struct OptionSpec: Sendable {
    public var long: String
    public var short: Character?
    /// `nil` for a flag; otherwise the placeholder shown in help (`LABEL`).
    public var valueName: String?
    public var repeatable: Bool
    public var help: String

    /// An option that takes a value.
    public static func option(_ long: String, short: Character? = nil, value: String, repeatable: Bool = false, help: String) -> OptionSpec {
        OptionSpec(long: long, short: short, valueName: value, repeatable: repeatable, help: help)
    }

    /// An option without a value.
    public static func flag(_ long: String, short: Character? = nil, help: String) -> OptionSpec {
        OptionSpec(long: long, short: short, valueName: nil, repeatable: false, help: help)
    }

    /// `-l, --label LABEL`
    var synopsis: String {
        var text = short.map { "-\($0), " } ?? "    "
        text += "--" + long
        if let valueName { text += " " + valueName }
        return text
    }

    /// `[-l LABEL]...` as shown in a usage line.
    var usage: String {
        let name = short.map { "-\($0)" } ?? "--\(long)"
        let body = valueName.map { "\(name) \($0)" } ?? name
        return "[\(body)]" + (repeatable ? "..." : "")
    }
}
