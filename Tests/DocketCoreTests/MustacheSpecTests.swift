import Foundation
import Testing
@testable import DocketCore

/// One case of the official Mustache spec (Tests/DocketCoreTests/Fixtures/mustache-spec).
private struct SpecCase: Sendable, CustomTestStringConvertible {
    let file: String
    let name: String
    let template: String
    let data: JSONValue
    let partials: [String: String]
    let expected: String

    var testDescription: String { "\(file): \(name)" }

    static let files = ["comments", "delimiters", "interpolation", "inverted", "partials", "sections"]

    /// Every case of every file; a file that fails to load contributes none, which
    /// `allCasesLoad` reports.
    static let all: [SpecCase] = files.flatMap { (try? load($0)) ?? [] }

    static func load(_ file: String) throws -> [SpecCase] {
        let document = try JSONValue(parsing: Fixtures.data("mustache-spec/\(file).json"))
        return (document["tests"]?.arrayValue ?? []).map { test in
            var partials: [String: String] = [:]
            if case .object(let members) = test["partials"] ?? .null {
                for member in members { partials[member.key] = member.value.stringValue ?? "" }
            }
            return SpecCase(
                file: file,
                name: test["name"]?.stringValue ?? "?",
                template: test["template"]?.stringValue ?? "",
                data: test["data"] ?? .null,
                partials: partials,
                expected: test["expected"]?.stringValue ?? ""
            )
        }
    }
}

@Suite struct MustacheSpecTests {
    @Test func allCasesLoad() throws {
        let counts = try SpecCase.files.map { try SpecCase.load($0).count }
        #expect(counts == [12, 14, 42, 22, 12, 34])
        #expect(SpecCase.all.count == 136)
    }

    @Test(arguments: SpecCase.all)
    private func specCase(_ spec: SpecCase) throws {
        var partials: [String: Template] = [:]
        for (name, source) in spec.partials {
            partials[name] = try Template(parsing: source, path: name)
        }
        let template = try Template(parsing: spec.template, path: spec.testDescription)
        let output = try template.render(spec.data, escaping: .html, partials: PartialResolver(partials))
        #expect(output == spec.expected)
    }
}
