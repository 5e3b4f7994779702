import Testing
@testable import DocketCore

/// What became of one input: it must render or be rejected with a `Diagnostic`.
private struct Outcomes {
    var rendered = 0
    var diagnosed = 0
    var otherErrors: [String] = []

    var total: Int { rendered + diagnosed + otherErrors.count }

    mutating func run(_ source: String, _ context: JSONValue, partials: PartialResolver = fuzzPartials) {
        do {
            _ = try Template(parsing: source, path: "fuzz").render(context, escaping: .html, partials: partials)
            rendered += 1
        } catch is Diagnostic {
            diagnosed += 1
        } catch {
            otherErrors.append("\(error)")
        }
    }
}

/// Pieces that random templates are made of and that mutations insert.
private let tokens = [
    "{{", "}}", "{", "}", "#", "/", "^", "=", ">", "&", "!", ".", "a", "b", "list", " ", "\n", "\r\n", "\t",
    "{{{", "}}}", "{{=<% %>=}}", "<%", "%>", "{{#a}}", "{{/a}}", "{{^b}}", "{{/b}}", "{{>a}}", "{{>b}}", "é", "👍🏽",
]

/// Context for random templates: lists stay short so nested loops cannot explode.
private let fuzzContext = JSONValue.object([
    ("a", .array([.object([("a", .bool(true))]), .int(1)])),
    ("b", .string("x<y")),
    ("list", .array([.double(1.5), .null])),
])

/// Partial `a` recurses while data lasts; partial `b` includes itself forever.
private let fuzzPartials: PartialResolver = {
    do {
        return PartialResolver([
            "a": try Template(parsing: "{{#a}}({{>a}}){{/a}}", path: "a"),
            "b": try Template(parsing: "  {{>b}}\n", path: "b"),
        ])
    } catch {
        return .none
    }
}()

/// The spec's templates, data and partials, to mutate.
private let specCases: [(template: String, data: JSONValue, partials: PartialResolver)] = {
    ["comments", "delimiters", "interpolation", "inverted", "partials", "sections"].flatMap { file in
        let document = (try? JSONValue(parsing: Fixtures.data("mustache-spec/\(file).json"))) ?? .null
        return (document["tests"]?.arrayValue ?? []).map { test in
            var partials: [String: Template] = [:]
            if case .object(let members) = test["partials"] ?? .null {
                for member in members {
                    partials[member.key] = try? Template(parsing: member.value.stringValue ?? "", path: member.key)
                }
            }
            return (test["template"]?.stringValue ?? "", test["data"] ?? .null, PartialResolver(partials))
        }
    }
}()

private func randomBytes(_ count: Int, using random: inout SplitMix64) -> String {
    String(decoding: (0..<count).map { _ in UInt8.random(in: 0...255, using: &random) }, as: UTF8.self)
}

private func tokenSoup(_ count: Int, using random: inout SplitMix64) -> String {
    var text = ""
    for _ in 0..<count { text += tokens[Int.random(in: 0..<tokens.count, using: &random)] }
    return text
}

/// Deletes, duplicates or inserts a few pieces of `template`.
private func mutate(_ template: String, using random: inout SplitMix64) -> String {
    var characters = Array(template)
    for _ in 0..<Int.random(in: 1...4, using: &random) {
        let at = Int.random(in: 0...characters.count, using: &random)
        switch Int.random(in: 0..<3, using: &random) {
        case 0 where at < characters.count:
            characters.removeSubrange(at..<min(characters.count, at + Int.random(in: 1...3, using: &random)))
        case 1 where at < characters.count:
            let slice = characters[at..<min(characters.count, at + Int.random(in: 1...10, using: &random))]
            characters.insert(contentsOf: slice, at: Int.random(in: 0...characters.count, using: &random))
        default:
            characters.insert(contentsOf: tokens[Int.random(in: 0..<14, using: &random)], at: at)
        }
    }
    return String(characters)
}

@Suite struct TemplateFuzzTests {
    @Test func randomBytesRenderOrDiagnose() {
        var random = SplitMix64(seed: 1)
        var outcomes = Outcomes()
        for _ in 0..<25_000 {
            outcomes.run(randomBytes(Int.random(in: 0..<120, using: &random), using: &random), fuzzContext)
        }
        #expect(outcomes.otherErrors.isEmpty)
        #expect(outcomes.total == 25_000)
    }

    @Test func tokenSoupRendersOrDiagnoses() {
        var random = SplitMix64(seed: 2)
        var outcomes = Outcomes()
        for _ in 0..<35_000 {
            outcomes.run(tokenSoup(Int.random(in: 1..<40, using: &random), using: &random), fuzzContext)
        }
        #expect(outcomes.otherErrors.isEmpty)
        #expect(outcomes.rendered > 1_000 && outcomes.diagnosed > 1_000)
    }

    @Test func mutatedSpecTemplatesRenderOrDiagnose() {
        var random = SplitMix64(seed: 3)
        var outcomes = Outcomes()
        for _ in 0..<40_000 {
            let spec = specCases[Int.random(in: 0..<specCases.count, using: &random)]
            outcomes.run(mutate(spec.template, using: &random), spec.data, partials: spec.partials)
        }
        #expect(specCases.count == 136)
        #expect(outcomes.otherErrors.isEmpty)
        #expect(outcomes.rendered > 1_000 && outcomes.diagnosed > 1_000)
    }

    @Test(arguments: [
        (String(repeating: "{{#a}}", count: 10_000) + String(repeating: "{{/a}}", count: 10_000), false),
        (String(repeating: "{{^z}}x", count: 10_000) + String(repeating: "{{/z}}", count: 10_000), false),
        (String(repeating: "{{^a}}x", count: 10_000) + String(repeating: "{{/a}}", count: 10_000), true),
        (String(repeating: "{{#a}}\n", count: 10_000) + "{{/b}}", false),
        (String(repeating: "{{#list}}", count: 10_000), false),
        (String(repeating: "{{/a}}", count: 10_000), false),
        (String(repeating: "{{", count: 10_000), false),
        (String(repeating: "}}", count: 10_000), true),
        (String(repeating: "{{{a}}", count: 10_000), false),
        (String(repeating: "{{=<% %>=}}<%={{ }}=%>", count: 5_000), true),
        (String(repeating: "{{>b}}", count: 1_000), false),
    ])
    func deepAndUnbalancedTemplatesRenderOrDiagnose(source: String, renders: Bool) {
        var outcomes = Outcomes()
        outcomes.run(source, .object([("a", .object([("b", .bool(true))])), ("list", .array([.int(1)]))]))
        #expect(outcomes.otherErrors.isEmpty)
        #expect(outcomes.rendered == (renders ? 1 : 0))
    }

    @Test func hugeInputsRenderOrDiagnose() {
        var random = SplitMix64(seed: 4)
        var outcomes = Outcomes()
        outcomes.run(randomBytes(1 << 20, using: &random), fuzzContext)
        outcomes.run(tokenSoup(300_000, using: &random), fuzzContext)
        let valid = String(repeating: "{{#a}}\n  {{b}} {{{b}}} {{! note }}\n{{/a}}\n{{^list}}none{{/list}}\n", count: 16_000)
        outcomes.run(valid, fuzzContext)
        #expect(outcomes.otherErrors.isEmpty)
        #expect(outcomes.total == 3 && outcomes.rendered >= 1)
    }
}
