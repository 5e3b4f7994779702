/// The declaration of a command's interface; parsing, usage errors, did-you-mean, help, the
/// man page and shell completions are all generated from it.
public struct CommandSpec: Sendable {
    public var name: String
    /// Other names the dispatcher takes for this command (`view` for `show`), as in gh, git-bug and beads.
    public var aliases: [String]
    public var abstract: String
    public var discussion: String?
    public var arguments: [ArgumentSpec]
    public var options: [OptionSpec]
    /// Subcommands, for command groups such as `hooks install`: each a declaration of its
    /// own, which the parser, help, did-you-mean, the man page and completions read. A group
    /// runs only through one of them (see `CommandSpec.resolve`).
    public var subcommands: [CommandSpec]
    /// The group a subcommand belongs to (`hooks` for `hooks install`); set by the group's declaration.
    public private(set) var group: String?
    /// Left out of `docket --help`, the man page and completions, but still runnable (`hook`).
    public var hidden: Bool
    /// The keys of the JSON objects the command prints, in their order; `--json FIELDS` may
    /// pick among them. Empty for a command whose `--json` takes no field list.
    public var jsonFields: [String]
    /// The keys of `jsonFields` printed whatever the options: MCP tools, which do not offer
    /// the options that add keys (`--everywhere`'s `locations`), return exactly these.
    public var baseJSONFields: [String]
    /// The MCP tool the command also is (`docket mcp`), when it is one.
    public var mcp: ToolSpec?

    public init(
        _ name: String, aliases: [String] = [], abstract: String, discussion: String? = nil,
        arguments: [ArgumentSpec] = [], options: [OptionSpec] = [], subcommands: [CommandSpec] = [],
        hidden: Bool = false, jsonFields: [String] = [], optionJSONFields: [String] = [], mcp: ToolSpec? = nil
    ) {
        self.name = name
        self.aliases = aliases
        self.abstract = abstract
        self.discussion = discussion
        self.arguments = arguments
        self.subcommands = subcommands.map { subcommand in
            var subcommand = subcommand
            subcommand.group = name
            return subcommand
        }
        self.hidden = hidden
        self.jsonFields = jsonFields + optionJSONFields
        self.baseJSONFields = jsonFields
        self.mcp = mcp
        // A command speaks JSON only when it declares `--json` (a command that cannot print
        // JSON rejects it as a usage error); with fields, `--json` takes an optional list of them.
        let fields = self.jsonFields
        let json = options.first { $0.long == "json" }.map { declared in
            var json = OptionSpec.flag("json", help: declared.help)
            if !fields.isEmpty {
                json.valueName = "FIELDS"
                json.valueIsOptional = true
                json.help += " FIELDS (comma-separated) picks keys, printed in the order given."
                json.choices = fields
            }
            return json
        }
        self.options = options.filter { $0.long != "json" } + (json.map { [$0] } ?? []) + [.flag("help", short: "h", help: "Show help for this command.")]
    }

    /// The name and the aliases.
    public var names: [String] { [name] + aliases }

    /// The option with this long name.
    func option(_ long: String) -> OptionSpec? {
        options.first { $0.long == long }
    }

    /// The positional argument with this name.
    func argument(_ name: String) -> ArgumentSpec? {
        arguments.first { $0.name == name }
    }

    /// Whether the command declares `--json`.
    public var printsJSON: Bool { options.contains { $0.long == "json" } }

    /// The words that run it after `docket`: `list`, or `hooks install` for a subcommand.
    public var path: String { group.map { "\($0) \(name)" } ?? name }
}

/// A positional argument.
public struct ArgumentSpec: Sendable {
    public enum Arity: Sendable { case required, optional, variadic, requiredVariadic }

    public var name: String
    public var help: String
    public var arity: Arity
    /// The values it accepts, when it accepts only some (`add` or `rm`); checked by the parser.
    public var choices: [String]
    /// What a shell offers for it besides `choices`; issue IDs for an argument named `ID` unless given.
    public var completion: ValueCompletion
    /// What each value is: one of `choices` when there are some, an issue ID for an argument
    /// named `ID`, else text, unless given.
    public var type: ValueType

    public init(
        _ name: String, _ arity: Arity = .required, choices: [String] = [], type: ValueType? = nil, completion: ValueCompletion? = nil, help: String
    ) {
        self.name = name
        self.help = help
        self.arity = arity
        self.type = type ?? (!choices.isEmpty ? .choice(choices) : name == "ID" ? .issueID : .text)
        self.choices = choices.isEmpty ? self.type.choices : choices
        self.completion = completion ?? (name == "ID" ? .issueIDs : .none)
    }

    /// Whether at least one value must be given.
    var isRequired: Bool { arity == .required || arity == .requiredVariadic }

    /// Whether it takes any number of values.
    var isVariadic: Bool { arity == .variadic || arity == .requiredVariadic }
}

/// The values a shell completion offers for an argument or an option, besides declared choices.
public enum ValueCompletion: String, Sendable, CaseIterable {
    /// Nothing in particular.
    case none
    /// The project's issue IDs (`docket __complete ids`).
    case issueIDs = "ids"
    /// The labels in use in the project (`docket __complete labels`).
    case labels
    /// The project's template names (`docket __complete templates`).
    case templates
    /// File names.
    case files
    /// Command names and aliases.
    case commands
}

/// An option or flag, with a long name and perhaps a one-letter short name.
public struct OptionSpec: Sendable {
    public var long: String
    public var short: Character?
    /// `nil` for a flag; otherwise the placeholder shown in help (`LABEL`).
    public var valueName: String?
    /// The value may be left out (`--json` or `--json id,title`); see `ArgumentParser`.
    public var valueIsOptional: Bool
    public var repeatable: Bool
    public var help: String
    /// The values the option accepts (case-insensitively), when it accepts only some; the
    /// parser, the help line, the man page and completions all read this one list.
    public var choices: [String]
    /// What a shell offers for the value besides `choices`.
    public var completion: ValueCompletion
    /// What the value is; its choices are `choices`.
    public var type: ValueType = .text

    /// An option that takes a value: of `type`, or one of `choices` when there are some, else text.
    public static func option(
        _ long: String, short: Character? = nil, value: String, repeatable: Bool = false, choices: [String] = [], type: ValueType? = nil,
        completion: ValueCompletion = .none, help: String
    ) -> OptionSpec {
        let type = type ?? (choices.isEmpty ? .text : .choice(choices))
        return OptionSpec(
            long: long, short: short, valueName: value, valueIsOptional: false, repeatable: repeatable, help: help,
            choices: choices.isEmpty ? type.choices : choices, completion: completion, type: type)
    }

    /// An option without a value.
    public static func flag(_ long: String, short: Character? = nil, help: String) -> OptionSpec {
        OptionSpec(long: long, short: short, valueName: nil, valueIsOptional: false, repeatable: false, help: help, choices: [], completion: .none)
    }

    /// `-l, --label LABEL`
    var synopsis: String {
        var text = short.map { "-\($0), " } ?? "    "
        text += "--" + long
        if let valueName { text += valueIsOptional ? " [\(valueName)]" : " " + valueName }
        return text
    }

    /// `[-l LABEL]...` as shown in a usage line.
    var usage: String {
        let name = short.map { "-\($0)" } ?? "--\(long)"
        let body = valueName.map { valueIsOptional ? "\(name) [\($0)]" : "\(name) \($0)" } ?? name
        return "[\(body)]" + (repeatable ? "..." : "")
    }

    /// The help line: the declared text and, for an option with choices, the choices.
    var fullHelp: String {
        var text = help
        if !choices.isEmpty { text += (long == "json" ? " Fields: " : " One of: ") + choices.joined(separator: ", ") + "." }
        if repeatable { text += " (repeatable)" }
        return text
    }

    /// What the value is called in an error: `state` for `STATE`.
    var valueNoun: String { (valueName ?? long).lowercased() }

    /// `value` with every comma-separated part spelled as its choice (`HIGH` is `high`); a
    /// usage error when a part is none of them.
    func check(_ value: String, subject: String) throws(DocketError) -> String {
        let noun = long == "json" ? "field" : valueNoun
        return try Choices.canonical(value, in: choices, caseSensitive: long == "json") { part in
            "\(subject): unknown \(noun) '\(part)' (expected \(Choices.alternatives(choices)))"
        }
    }

    /// The value's canonical text and its typed values; `subject` names the option in errors
    /// (`--priority` on the command line, `priority` in an MCP tool).
    func read(_ value: String, subject: String) throws(DocketError) -> (text: String, typed: [ArgumentValue]) {
        let text = try check(value, subject: subject)
        return (text, try type.parse(text, subject: subject, noun: valueNoun))
    }
}
