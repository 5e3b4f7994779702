/// The tools `docket mcp` offers, each a thin mapping onto one `docket` command.
enum MCPTools {
    static let all: [MCPTool] = [create, list, search, show, update, comment, close, reopen, claim, ready, dep]

    /// The tool with this name, if there is one.
    static func named(_ name: String) -> MCPTool? {
        all.first { $0.name == name }
    }

    private static let priorities = MCPParameter.Kind.choice(Priority.levels)
    private static let issueID = MCPParameter("id", .id, required: true, "The issue's ID, such as \"12\", \"#12\" or \"SEC-002\".")
    private static let limit = MCPParameter("limit", .count, "Return at most this many issues.")

    static let create = MCPTool(
        name: "create", title: "File an issue",
        description: "File a new issue in this project from its issue template. Returns the new issue.",
        readOnly: false,
        parameters: [
            MCPParameter("title", .string, required: true, "The issue's title: one line of text."),
            MCPParameter("labels", .strings, "Labels to give the issue, e.g. [\"bug\", \"cli\"]."),
            MCPParameter("priority", priorities, "How urgent it is: critical, high, medium (the default) or low."),
            MCPParameter("assignee", .string, "Who the issue is assigned to."),
            MCPParameter("body", .string, "The description in Markdown, placed into the template's body."),
            MCPParameter("template", .string, "The name of a named issue template (see 'docket templates'); the default template when omitted."),
        ],
        commandLine: { arguments in
            var line = DocketCommandLine("new")
            line.option("-l", each: arguments.list("labels"))
            line.option("-p", arguments.text("priority"))
            line.option("-a", arguments.text("assignee"))
            line.option("-m", arguments.text("body"))
            line.option("-t", arguments.text("template"))
            line.positional([arguments.text("title") ?? ""])
            return line.arguments
        },
        summary: MCPSummary.issue("Created")
    )

    static let list = MCPTool(
        name: "list", title: "List issues",
        description: "List issues, open ones by default, filtered by a query in Docket's search syntax and by state and labels.",
        readOnly: true,
        parameters: [
            MCPParameter("query", .string, "Words to match and qualifiers, e.g. \"crash label:bug -label:wontfix assignee:alice priority:high is:closed\"."),
            MCPParameter("state", .choice(["open", "closed", "all"]), "Which issues: open (the default), closed or all."),
            MCPParameter("labels", .strings, "Only issues that have every one of these labels."),
            limit,
        ],
        commandLine: { arguments in
            var line = DocketCommandLine("list")
            line.option("--state", arguments.text("state"))
            line.option("-l", each: arguments.list("labels"))
            line.option("-n", arguments.count("limit"))
            if let query = arguments.text("query"), !query.isEmpty { line.positional([query]) }
            return line.arguments
        },
        summary: MCPSummary.issues { "Found \($0)" }
    )

    static let search = MCPTool(
        name: "search", title: "Search issues",
        description: "Full-text search over issues' titles and bodies, best matches first. The query takes the same qualifiers as list.",
        readOnly: true,
        parameters: [MCPParameter("query", .string, required: true, "What to search for, e.g. \"login timeout label:bug\"."), limit],
        commandLine: { arguments throws(MCPToolError) in
            guard let query = arguments.text("query"), !query.trimmingSpacesAndNewlines.isEmpty else {
                throw MCPToolError("'query' must not be empty; to list issues, use the list tool")
            }
            var line = DocketCommandLine("search")
            line.option("--limit", arguments.count("limit"))
            line.positional([query])
            return line.arguments
        },
        summary: MCPSummary.issues { "Found \($0)" }
    )

    static let show = MCPTool(
        name: "show", title: "Show an issue",
        description: "One issue's fields and full Markdown body, comments included.",
        readOnly: true,
        parameters: [issueID],
        commandLine: { arguments in
            var line = DocketCommandLine("show")
            line.positional([arguments.text("id") ?? ""])
            return line.arguments
        },
        summary: MCPSummary.issue("Issue")
    )

    static let update = MCPTool(
        name: "update", title: "Update an issue",
        description: "Change an issue's title, labels, priority or assignee. Give at least one change.",
        readOnly: false,
        parameters: [
            issueID,
            MCPParameter("title", .string, "A new title (one line)."),
            MCPParameter("add_labels", .strings, "Labels to add."),
            MCPParameter("remove_labels", .strings, "Labels to remove (case-insensitive)."),
            MCPParameter("priority", priorities, "The new priority: critical, high, medium or low."),
            MCPParameter("assignee", .string, "The new assignee; an empty string unassigns."),
        ],
        commandLine: { arguments in
            var line = DocketCommandLine("update")
            line.option("--title", arguments.text("title"))
            line.option("--add-label", each: arguments.list("add_labels"))
            line.option("--remove-label", each: arguments.list("remove_labels"))
            line.option("-p", arguments.text("priority"))
            line.option("-a", arguments.text("assignee"))
            line.positional([arguments.text("id") ?? ""])
            return line.arguments
        },
        summary: MCPSummary.issues { "Updated \($0)" }
    )

    static let comment = MCPTool(
        name: "comment", title: "Comment on an issue",
        description: "Append a dated comment, attributed to the current actor, to an issue's body.",
        readOnly: false,
        parameters: [issueID, MCPParameter("body", .string, required: true, "The comment in Markdown.")],
        commandLine: { arguments in
            var line = DocketCommandLine("comment")
            line.option("-m", arguments.text("body"))
            line.positional([arguments.text("id") ?? ""])
            return line.arguments
        },
        summary: MCPSummary.issue("Commented on")
    )

    static let close = MCPTool(
        name: "close", title: "Close issues",
        description: "Close one or more issues (give id or ids), optionally with a reason and the commit that fixed them. Closing a closed issue changes nothing.",
        readOnly: false,
        parameters: [
            MCPParameter("ids", .ids, "The issues to close."),
            MCPParameter("id", .id, "The issue to close, when there is just one."),
            MCPParameter("reason", .string, "Why it is closed, in one line (e.g. fixed, duplicate, wontfix)."),
            MCPParameter("commit", .string, "The SHA of the commit that fixed it."),
        ],
        commandLine: { arguments throws(MCPToolError) in
            let ids = (arguments.text("id").map { [$0] } ?? []) + arguments.list("ids")
            guard !ids.isEmpty else { throw MCPToolError("give the issue to close as 'id' or the issues as 'ids'") }
            var line = DocketCommandLine("close")
            line.option("-r", arguments.text("reason"))
            line.option("--commit", arguments.text("commit"))
            line.positional(ids)
            return line.arguments
        },
        summary: MCPSummary.issues { "Closed \($0)" }
    )

    static let reopen = MCPTool(
        name: "reopen", title: "Reopen an issue",
        description: "Reopen a closed issue.",
        readOnly: false,
        parameters: [issueID],
        commandLine: { arguments in
            var line = DocketCommandLine("reopen")
            line.positional([arguments.text("id") ?? ""])
            return line.arguments
        },
        summary: MCPSummary.issues { "Reopened \($0)" }
    )

    static let claim = MCPTool(
        name: "claim", title: "Claim an issue",
        description: "Claim an open issue before starting work on it, so others know it is taken. Fails if someone else holds it.",
        readOnly: false,
        parameters: [issueID, MCPParameter("as", .string, "Who claims it; by default the server's actor ($DOCKET_ACTOR, git user.name or $USER).")],
        commandLine: { arguments in
            var line = DocketCommandLine("claim")
            line.option("--as", arguments.text("as"))
            line.positional([arguments.text("id") ?? ""])
            return line.arguments
        },
        summary: MCPSummary.issue("Claimed")
    )

    static let ready = MCPTool(
        name: "ready", title: "Issues ready to work on",
        description: "Open issues that nobody has claimed and that no open issue blocks, most urgent first.",
        readOnly: true,
        parameters: [limit],
        commandLine: { arguments in
            var line = DocketCommandLine("ready")
            line.option("--limit", arguments.count("limit"))
            return line.arguments
        },
        summary: MCPSummary.issues { "\($0) ready to work on" }
    )

    static let dep = MCPTool(
        name: "dep", title: "Change dependencies",
        description: "Record (add) or drop (rm) that an issue is blocked by other issues. A blocked issue is not ready until its blockers close.",
        readOnly: false,
        parameters: [
            MCPParameter("action", .choice(["add", "rm"]), required: true, "add or rm."),
            issueID,
            MCPParameter("blocked_by", .ids, required: true, "The issues that block it."),
        ],
        commandLine: { arguments in
            var line = DocketCommandLine("dep", arguments.text("action") ?? "")
            line.option("--blocked-by", each: arguments.list("blocked_by"))
            line.positional([arguments.text("id") ?? ""])
            return line.arguments
        },
        summary: MCPSummary.issue("Updated dependencies of")
    )
}
