/// A place in a text file, counted from 1 as compilers and editors count it.
public struct SourceLocation: Sendable, Equatable, Hashable {
    public var path: String
    public var line: Int
    /// `nil` when only the line is known (front matter errors point at lines).
    public var column: Int?

    public init(path: String, line: Int, column: Int? = nil) {
        self.path = path
        self.line = line
        self.column = column
    }
}

/// An error tied to a place in a file.
///
/// Prints as `path:line:column: message` (or `path:line: message`), followed, when the
/// offending line is known, by that line and a caret under the column.
public struct Diagnostic: Error, Sendable, Equatable, CustomStringConvertible {
    public var location: SourceLocation
    public var message: String
    /// The text of the offending line, without its newline.
    public var sourceLine: String?

    public init(_ message: String, at location: SourceLocation, sourceLine: String? = nil) {
        self.message = message
        self.location = location
        self.sourceLine = sourceLine
    }

    /// The one-line form: `path:line:column: message`.
    public var headline: String {
        var text = "\(location.path):\(location.line):"
        if let column = location.column { text += "\(column):" }
        return text + " " + message
    }

    public var description: String {
        guard let sourceLine, let column = location.column else { return headline }
        let prefix: [Character] = sourceLine.prefix(max(0, column - 1)).map { $0 == "\t" ? "\t" : " " }
        return headline + "\n" + sourceLine + "\n" + String(prefix) + "^"
    }
}
