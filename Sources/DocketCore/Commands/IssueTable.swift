import Foundation

/// The table `list` prints on a terminal: a header row, then a row per issue with its ID,
/// state, priority, title, labels, assignee and age. Widths are counted in terminal cells
/// (`TerminalCells`), so wide characters and emoji keep the columns straight, and the title
/// takes what the terminal's width leaves, cut with `…` when it is longer.
struct IssueTable {
    var issues: [Issue]
    /// The terminal's width in cells.
    var width: Int
    var now: Date
    var color: Bool

    /// The state column: `in progress` for an open issue someone has claimed.
    static func state(of issue: Issue) -> String {
        if issue.state == .open, let claimed = issue.claimed, !claimed.isEmpty { return "in progress" }
        return issue.state.rawValue
    }

    /// One column: its header, a cell per issue, its width and each cell's SGR style.
    private struct Column {
        var header: String
        var cells: [String]
        var width: Int
        var styles: [String?]

        init(_ header: String, _ cells: [String], limit: Int = .max, styles: [String?]) {
            self.header = header
            self.cells = cells
            self.width = min(limit, max(TerminalCells.width(header), cells.map(TerminalCells.width).max() ?? 0))
            self.styles = styles
        }
    }

    /// The lines, header first, without trailing spaces. The title takes the width the other
    /// columns leave; on a terminal too narrow for a title of 20 cells, the age, assignee and
    /// labels columns are left out, in that order, until it fits (or they are all gone).
    func lines() -> [String] {
        let states = issues.map(IssueTable.state)
        var columns = [
            Column("ID", issues.map { TerminalText.line($0.key.prefix == nil ? "#\($0.key.number)" : $0.key.plain) }, styles: issues.map { _ in "1" }),
            Column("STATE", states, styles: states.map(IssueTable.stateStyle)),
            Column("PRIORITY", issues.map { TerminalText.line($0.priority.text) }, limit: 8, styles: issues.map { IssueTable.priorityStyle($0.priority) }),
            Column("TITLE", issues.map { TerminalText.line($0.title) }, styles: issues.map { _ in nil }),
            Column("LABELS", issues.map { TerminalText.line($0.labels.joined(separator: ", ")) }, limit: 30, styles: issues.map { _ in "36" }),
            Column("ASSIGNEE", issues.map { TerminalText.line($0.assignee ?? "") }, limit: 16, styles: issues.map { _ in nil }),
            Column("AGE", issues.map { Timestamp.age(of: $0.created, now: now) }, styles: issues.map { _ in "2" }),
        ]
        func spare() -> Int { width - columns.enumerated().filter { $0.offset != 3 }.reduce(0) { $0 + $1.element.width + 2 } }
        while spare() < 20, columns.count > 4 { columns.removeLast() }
        columns[3].width = max(10, spare())
        var lines = [row(columns.map(\.header), columns.map(\.width), styles: columns.map { _ in "1" })]
        for index in issues.indices {
            lines.append(row(columns.map { $0.cells[index] }, columns.map(\.width), styles: columns.map { $0.styles[index] }))
        }
        return lines
    }

    /// Cells cut and padded to their widths (the last one cut only), two spaces apart, each in its SGR style when in colour.
    private func row(_ cells: [String], _ widths: [Int], styles: [String?]) -> String {
        var line = zip(cells, widths).enumerated().map { index, cell in
            let cut = TerminalCells.cut(cell.0, cell.1)
            let text = index == cells.count - 1 ? cut : TerminalCells.pad(cut, cell.1)
            guard color, let style = styles[index] else { return text }
            return "\u{1B}[\(style)m\(text)\u{1B}[0m"
        }.joined(separator: "  ")
        while line.hasSuffix(" ") { line.removeLast() }
        return line
    }

    private static func stateStyle(_ state: String) -> String? {
        switch state {
        case "in progress": return "33"
        case "closed": return "2"
        default: return nil
        }
    }

    private static func priorityStyle(_ priority: Priority) -> String? {
        switch priority.rank {
        case 0: return "1;31"
        case 1: return "31"
        case 3: return "2"
        default: return nil
        }
    }
}
