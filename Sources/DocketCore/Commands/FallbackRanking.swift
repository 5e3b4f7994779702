/// Orders search results and finds snippets without the index (when it cannot be used):
/// issues whose title holds more of the words come first, and the snippet is the first
/// body line that holds one of them, unmarked. Words of scripts written without spaces
/// count as substrings (see `Query+Substring`).
struct FallbackRanking {
    let query: Query

    /// The words to look for, folded like the index folds them.
    private var words: [String] {
        query.terms.filter { !$0.isExcluded && !Query.isSubstringTerm($0) }.flatMap { Query.tokens(of: $0.text) }
    }

    /// The words to look for as substrings, as typed.
    private var needles: [String] {
        query.substringTerms.filter { !$0.isExcluded }.map(\.text)
    }

    func rank(_ issues: [Issue]) -> [IssueIndex.Hit] {
        let (words, needles) = (self.words, self.needles)
        var ordered = issues
        let searches = !words.isEmpty || !needles.isEmpty
        if searches, query.sort == nil || query.sort == .relevance {
            let scores = Dictionary(issues.map { ($0.path, titleScore($0, words, needles)) }, uniquingKeysWith: max)
            ordered.sort { a, b in
                let (scoreA, scoreB) = (scores[a.path] ?? 0, scores[b.path] ?? 0)
                return scoreA != scoreB ? scoreA > scoreB : a.key < b.key
            }
        } else {
            ordered.sort(by: (query.sort ?? .id).areInIncreasingOrder)
        }
        return ordered.map { IssueIndex.Hit(issue: $0, snippet: searches ? snippet($0, words, needles) : nil) }
    }

    private func titleScore(_ issue: Issue, _ words: [String], _ needles: [String]) -> Int {
        let title = Set(Query.tokens(of: issue.title))
        return words.filter { word in title.contains { $0.hasPrefix(word) } }.count
            + needles.filter { Query.substringMatches($0, in: issue.title) }.count
    }

    private func snippet(_ issue: Issue, _ words: [String], _ needles: [String]) -> String {
        for line in issue.body.split(whereSeparator: \.isNewline) {
            let tokens = Query.tokens(of: String(line))
            if tokens.contains(where: { token in words.contains { token.hasPrefix($0) } })
                || needles.contains(where: { Query.substringMatches($0, in: String(line)) }) {
                let text = line.trimmingSpaces
                return text.count > 100 ? String(text.prefix(99)) + "…" : text
            }
        }
        return issue.title
    }
}
