/// Flow collections: `[a, "b", [c]]` and `{key: value}`, over one line or several.
extension YAMLReader {
    /// A flow sequence or mapping; the cursor is at its `[` or `{`.
    mutating func readFlowCollection() throws(Diagnostic) -> YAMLNode {
        let startLine = line
        let isSequence = peek() == "["
        let closing: Unicode.Scalar = isSequence ? "]" : "}"
        advance()
        var items: [YAMLNode] = []
        var entries: [(key: YAMLNode, value: YAMLNode)] = []
        var seen: Set<String> = []
        while true {
            try skipToContent()
            if peek() == closing {
                advance()
                break
            }
            let entry = try readFlowNode()
            try skipToContent()
            if isSequence {
                if peek() == ":" { throw error("a 'key: value' pair inside a flow sequence is not supported; use a flow mapping { }") }
                items.append(entry)
            } else {
                var value = YAMLNode.empty(line: line)
                if peek() == ":" {
                    advance()
                    try skipToContent()
                    if peek() != "," && peek() != closing { value = try readFlowNode() }
                    try skipToContent()
                }
                guard seen.insert(YAMLResolution.keyText(entry.json)).inserted else {
                    throw error("duplicate key '\(entry.text ?? "")'", line: entry.line)
                }
                entries.append((entry, value))
            }
            if peek() == "," {
                advance()
            } else if peek() == closing {
                advance()
                break
            } else if atEnd {
                throw error("the flow collection opened here is not closed with '\(closing)'", line: startLine)
            } else {
                throw error("expected ',' or '\(closing)' in the flow collection")
            }
        }
        return YAMLNode(value: isSequence ? .sequence(items) : .mapping(entries), line: startLine)
    }

    /// One entry of a flow collection: a nested collection, a quoted scalar or a plain one.
    private mutating func readFlowNode() throws(Diagnostic) -> YAMLNode {
        if atEnd { throw error("a flow collection is not closed") }
        switch current {
        case "[", "{":
            return try readFlowCollection()
        case "\"", "'":
            return try readQuotedScalar()
        case "-" where YAMLReader.isBlank(peek(1)):
            throw error("a block sequence item cannot be inside a flow collection")
        case "?", ":":
            throw error("'\(current)' cannot start a value inside a flow collection; quote the value")
        default:
            try rejectUnsupportedStart()
            let startLine = line
            let first = try readPlainSegment(flow: true)
            return try readPlainContinuation(first, line: startLine, parentIndent: -1, flow: true)
        }
    }
}
