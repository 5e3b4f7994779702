import Testing
@testable import DocketCore

/// `trimmingSpacesAndNewlines` trims every Unicode space or newline at either end, and
/// returns text whose ends are printable ASCII as it is.
@Suite struct TrimmingTests {
    @Test(arguments: [
        ("Crash on empty title", "Crash on empty title"),
        ("  Crash \t", "Crash"),
        ("Crash\r\n", "Crash"),
        ("\u{00A0}Crash\u{2003}", "Crash"),
        ("Crash\u{3000}", "Crash"),
        ("x\u{0301}", "x\u{0301}"),
        ("a b", "a b"),
        (" \n ", ""),
        ("", ""),
    ])
    func trimsUnicodeSpaceAtBothEnds(text: String, trimmed: String) {
        #expect(text.trimmingSpacesAndNewlines == trimmed)
    }
}
