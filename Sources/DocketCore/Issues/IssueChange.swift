/// One change to an issue file, independent of the file's format.
public enum IssueChange: Sendable {
    case title(String)
    case priority(Priority)
    case labels([String])
    case assignee(String?)
    case claimed(String?)
    case blockedBy([IssueKey])
    case updated(String)
    /// Who filed the issue, and when; `new` sets them on a draft the user wrote.
    case author(String)
    case created(String)
    /// Marks the issue closed at a time, with an optional reason and closing commit.
    /// `statusWord` is what the dialect's `**Status**` then says (`Fixed`, `Closed`, …;
    /// `Resolved` when nil); front matter always says `closed`.
    case close(at: String, reason: String?, commit: String?, statusWord: String? = nil)
    case reopen
    /// Appends text to the end of the body.
    case appendToBody(String)
    /// Replaces the body; the front matter (or the dialect's heading and fields) stays byte for byte.
    case body(String)
}
