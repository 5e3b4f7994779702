import Testing

@testable import DocketCore

private typealias Term = Query.TextTerm

/// Term lists and the `MATCH` expressions built from them: (terms, required, excluded).
private let matchTable: [([Term], String?, String?)] = [
    ([], nil, nil),
    ([Term(.word, "crash")], #""crash""#, nil),
    ([Term(.word, "null"), Term(.word, "pointer")], #""null" AND "pointer""#, nil),
    ([Term(.phrase, "null pointer")], #""null pointer""#, nil),
    ([Term(.prefix, "seg")], #""seg" *"#, nil),
    ([Term(.prefix, "foo-ba")], #""foo ba" *"#, nil),
    ([Term(.word, "foo-bar")], #""foo bar""#, nil),
    ([Term(.word, "foo_bar.baz")], #""foo bar baz""#, nil),
    ([Term(.word, "say\"hi\"")], #""say hi""#, nil),
    ([Term(.word, "AND"), Term(.word, "NEAR(a")], #""AND" AND "NEAR a""#, nil),
    ([Term(.word, "col:val"), Term(.word, "^start")], #""col val" AND "start""#, nil),
    ([Term(.word, "café")], #""café""#, nil),
    ([Term(.word, "x❤️y")], #""x y""#, nil),
    ([Term(.word, "\u{301}z")], #""z""#, nil),
    ([Term(.word, "---"), Term(.word, "🐛"), Term(.prefix, "")], nil, nil),
    ([Term(.word, "a"), Term(.word, "b", excluded: true)], #""a""#, #""b""#),
    (
        [Term(.word, "b", excluded: true), Term(.phrase, "c d", excluded: true), Term(.prefix, "e", excluded: true)],
        nil, #""b" OR "c d" OR "e" *"#
    ),
]

@Test(arguments: matchTable)
private func buildsMatchExpressions(_ terms: [Term], _ required: String?, _ excluded: String?) {
    #expect(Query.fullTextMatch(for: terms) == Query.FullTextMatch(required: required, excluded: excluded))
}

@Test func tokenizerSplitsLikeUnicode61() {
    #expect(Query.ftsTokens("Crème-brûlée v2.0 ½ ⅠⅡ a\u{200D}b") == ["Crème", "brûlée", "v2", "0", "½", "ⅠⅡ", "a", "b"])
}

/// An FTS5 table like the index's, holding five issues (rowids 1–5).
private func sampleIndex() throws -> Database {
    let db = try Database.inMemory()
    try db.execute("CREATE VIRTUAL TABLE fts USING fts5(title, body, tokenize = 'unicode61 remove_diacritics 2')")
    let rows = [
        ("Café crash in parser", "stack trace attached"),
        ("NEAR the AND gate", "OR NOT logic"),
        ("null pointer", "dereference (segfault)"),
        ("emoji 🐛 bug", "report"),
        ("title: colon", "^caret \"quoted\""),
    ]
    for (title, body) in rows {
        try db.run("INSERT INTO fts (title, body) VALUES (?, ?)", [.text(title), .text(body)])
    }
    return db
}

/// The rowids matching `text` the way the index will query: the required expression with
/// MATCH, the excluded one with `rowid NOT IN (…)`.
private func search(_ db: Database, _ text: String) throws -> [Int64] {
    let match = try Query(parsing: text).fullTextMatch
    var sql = "SELECT rowid FROM fts WHERE 1"
    var bindings: [SQLiteValue] = []
    if let required = match.required {
        sql += " AND fts MATCH ?"
        bindings.append(.text(required))
    }
    if let excluded = match.excluded {
        sql += " AND rowid NOT IN (SELECT rowid FROM fts WHERE fts MATCH ?)"
        bindings.append(.text(excluded))
    }
    let statement = try db.prepare(sql + " ORDER BY rowid")
    try statement.bind(bindings)
    var rowids: [Int64] = []
    try statement.forEachRow { rowids.append($0.int64(0)) }
    return rowids
}

/// Hostile or tricky searches and the rows they must find.
private let hostileSearches: [(String, [Int64])] = [
    ("cafe", [1]),
    ("café CRASH", [1]),
    ("\"cafe crash\"", [1]),
    ("NEAR", [2]),
    ("near(the", [2]),
    ("AND", [2]),
    ("OR NOT", [2]),
    ("NOT crash", []),
    ("(segfault)", [3]),
    ("poin*", [3]),
    ("🐛 bug", [4]),
    ("🐛", [1, 2, 3, 4, 5]),
    ("*", [1, 2, 3, 4, 5]),
    ("\"title:\" colon", [5]),
    ("^caret", [5]),
    ("\"\"\"quoted\"", [5]),
    ("a\"b", []),
    ("-crash", [2, 3, 4, 5]),
    ("bug -\"bug report\"", [4]),
    ("bug -\"emoji bug\"", []),
    ("-near* -🐛 cafe", [1]),
    ("{title}:x", []),
    ("+ - ^ * ( ) :", [1, 2, 3, 4, 5]),
]

@Test(arguments: hostileSearches)
private func hostileSearchFindsExactlyItsRows(_ text: String, _ expected: [Int64]) throws {
    let db = try sampleIndex()
    #expect(try search(db, text) == expected)
}

@Test func generatedHostileSearchesNeverFailInSQLite() throws {
    let db = try sampleIndex()
    let pieces = ["\"", "*", "(", ")", ":", "^", "-", "+", "NEAR", "AND", "OR", "NOT", "{", "}", ",", "🐛", "é", "a", " "]
    var seed: UInt64 = 0x9E37_79B9_7F4A_7C15
    var searchesRun = 0
    for _ in 0..<400 {
        var text = ""
        for _ in 0..<8 {
            seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            text += pieces[Int(seed >> 33) % pieces.count]
        }
        do {
            _ = try search(db, text)
            searchesRun += 1
        } catch is QueryError {
            continue
        }
    }
    #expect(searchesRun > 100)
}
