import Foundation
import Testing
@testable import DocketCore

@Suite struct JSONParserTests {
    @Test func objectKeysKeepTheirOrder() throws {
        let value = try JSONValue(parsing: Data(#"{"zeta": 1, "alpha": [true, null], "mid": {"b": 2, "a": 3}}"#.utf8))
        guard case .object(let members) = value, case .object(let inner)? = value["mid"] else {
            Issue.record("not an object")
            return
        }
        #expect(members.map(\.key) == ["zeta", "alpha", "mid"])
        #expect(inner.map(\.key) == ["b", "a"])
    }

    static let scalars: [(String, JSONValue)] = [
        (#""a\"b\\c\/d\n\u00e9\ud83c\udf89""#, .string("a\"b\\c/d\né🎉")),
        ("-12", .int(-12)),
        ("1.5e2", .double(150)),
        ("0", .int(0)),
        ("false", .bool(false)),
        (" null ", .null),
    ]

    @Test(arguments: scalars)
    func scalarsReadAsJSONSaysTheyMean(_ text: String, _ expected: JSONValue) throws {
        #expect(try JSONValue(parsing: Data(text.utf8)) == expected)
    }

    static let invalid = ["", "{", "[1,]", "{\"a\" 1}", "tru", "\"\u{1}\"", "1 2", "-", "\"\\x\"", String(repeating: "[", count: 600)]

    @Test(arguments: invalid)
    func invalidDocumentsAreRefused(_ text: String) {
        #expect(throws: JSONParser.Failure.self) { try JSONValue(parsing: Data(text.utf8)) }
    }

    @Test func whatDocketPrintsReadsBackTheSame() throws {
        let value = JSONValue.object([("b", .array([.string("x\u{1b}y"), .int(3), .null])), ("a", .bool(true))])
        #expect(try JSONValue(parsing: Data(value.prettyText.utf8)) == value)
        #expect(try JSONValue(parsing: Data(value.compactText.utf8)) == value)
    }
}
