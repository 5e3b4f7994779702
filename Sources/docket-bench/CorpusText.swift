/// The vocabulary and prose of generated issues: titles, labels, people and Markdown bodies.
///
/// Bodies follow the shape of Docket's default template. Word frequencies are chosen so the
/// searched terms have known shapes: `commonWord` is in nearly every issue, `rareWord` in one
/// issue per thousand, and `phrase` in about one in fifty.
struct CorpusText {
    /// A word present in nearly every issue.
    static let commonWord = "error"
    /// A word planted in exactly the issues whose number is 500 modulo 1000.
    static let rareWord = "syzygy"
    /// A phrase planted in about 2% of issues; its words also occur on their own.
    static let phrase = "database is locked"

    /// Labels; `bug` is drawn separately so it lands on about 30% of issues.
    static let otherLabels = [
        "enhancement", "docs", "ui", "performance", "cli", "regression", "security", "question", "tests", "build",
    ]
    static let people = ["alice", "bob", "carol", "dave", "erin", "frank", "grace", "heidi", "mallory", "trent"]

    private static let common = [commonWord, "when", "the", "file", "issue", "crash", "after", "with", "using", "output"]
    private static let words = """
        a about add after again against all also an and any api app argument array as at attempt back \
        bad before being between binary both branch buffer build but by cache call can cannot case change \
        check clean cli client close code command config connection could count create current data database \
        date default delete directory does doing during edit empty entry environment even every exit expected \
        fail fails field first fix flag folder for format from get given handle has have header help how if \
        in index input instead into is it its just key label large last line list load locked log long loop \
        make many may memory message missing mode more most name need never new next no not now number of \
        old on once one only open option or order other out page parse path print process query read really \
        reason release remote report request return run same save search second see server set should show \
        since slow so some sort start state still string sync system table template test than that then there \
        this thread time title too two under unicode update upstream used user value version very was way \
        what which while window without work works would write wrong yaml yet
        """.split(separator: " ").map(String.init)
    private static let rare = ["quixotic", "xylograph", "bathysphere", "farrago", "galimatias", "pellucid", "obelisk"]
    private static let unicode = ["café", "naïve", "Über", "für", "🎉", "🐛", "漢字", "日本語のテキスト", "señor", "Ünïcödé"]

    var random: SeededRandom

    /// A title of three to seven words; some have a colon or Unicode, which Docket double-quotes.
    mutating func title() -> String {
        var parts = (0..<(3 + random.below(5))).map { _ in token() }
        if random.chance(0.02) { parts.insert(random.pick(Self.unicode), at: random.below(parts.count + 1)) }
        var text = parts.joined(separator: " ")
        if random.chance(0.1) { text = random.pick(["Crash", "Regression", "Docs", "CLI"]) + ": " + text }
        return capitalized(text)
    }

    /// A body shaped like Docket's default template, with one to three paragraphs of description.
    mutating func body(number: Int, author: String, day: String) -> String {
        var paragraphs: [String] = []
        for _ in 0..<(1 + random.below(3)) {
            paragraphs.append((0..<(2 + random.below(4))).map { _ in sentence() }.joined(separator: " "))
        }
        if number % 1000 == 500 { paragraphs[0] += " It looks like a \(Self.rareWord) of two bugs." }
        if random.chance(0.02) { paragraphs[paragraphs.count - 1] += " The log says the \(Self.phrase) again." }
        if random.chance(0.03) { paragraphs[0] += " Seen with \(random.pick(Self.unicode)) in the input." }
        return "\n## Description\n\n" + paragraphs.joined(separator: "\n\n")
            + "\n\n## Steps to reproduce\n\n1. \(sentence())\n2. \(sentence())\n\n## Notes\n\nFiled by \(author) on \(day).\n"
    }

    /// A sentence of six to fourteen words, capitalized and ending in a full stop.
    private mutating func sentence() -> String {
        capitalized((0..<(6 + random.below(9))).map { _ in token() }.joined(separator: " ")) + "."
    }

    private mutating func token() -> String {
        if random.chance(0.25) { return random.pick(Self.common) }
        if random.chance(0.002) { return random.pick(Self.rare) }
        return random.pick(Self.words)
    }

    private func capitalized(_ text: String) -> String {
        guard let first = text.first else { return text }
        return first.uppercased() + text.dropFirst()
    }
}
