/// Orders search results and finds snippets without the index (when it cannot be used):
/// issues whose title holds more of the words come first, and the snippet is the first
/// body line that holds one of them, unmarked.
struct FallbackRanking {
    let query: Query

    /// The words to look for, folded like the index folds them.
    private var words: [String] {
        query.terms.filter { !$0.isExcluded }.flatMap { Query.tokens(of: $0.text) }
    }

    func rank(_ issues: [Issue]) -> [IssueIndex.Hit] {
        let words = self.words
        var ordered = issues
        if !words.isEmpty, query.sort == nil || query.sort == .relevance {
            let scores = Dictionary(issues.map { ($0.path, titleScore($0, words)) }, uniquingKeysWith: max)
            ordered.sort { a, b in
                let (scoreA, scoreB) = (scores[a.path] ?? 0, scores[b.path] ?? 0)
                return scoreA != scoreB ? scoreA > scoreB : a.key < b.key
            }
        } else {
            ordered.sort(by: (query.sort ?? .id).areInIncreasingOrder)
        }
        return ordered.map { IssueIndex.Hit(issue: $0, snippet: words.isEmpty ? nil : snippet($0, words)) }
    }

    private func titleScore(_ issue: Issue, _ words: [String]) -> Int {
        let title = Set(Query.tokens(of: issue.title))
        return words.filter { word in title.contains { $0.hasPrefix(word) } }.count
    }

    private func snippet(_ issue: Issue, _ words: [String]) -> String {
        for line in issue.body.split(whereSeparator: \.isNewline) {
            let tokens = Query.tokens(of: String(line))
            if tokens.contains(where: { token in words.contains { token.hasPrefix($0) } }) {
                let text = line.trimmingSpaces
                return text.count > 100 ? String(text.prefix(99)) + "…" : text
            }
        }
        return issue.title
    }
}
