/// The follow-up commit Docket makes after a commit that closes issues, and the trailer
/// that ties it to that commit.
///
/// Its message is `Close #1, #2 (fixed in abc1234)`, a blank line and
/// `Docket-Closes-For: <full SHA>`. The trailer is how the hooks recognise Docket's own
/// commits without guessing from the subject: such a commit closes nothing itself, and after
/// `git commit --amend` or a rebase it is rebuilt to name the rewritten commit.
enum FollowUp {
    static let trailer = "Docket-Closes-For"

    /// The message of the follow-up that closes `keys` for commit `sha`.
    static func message(closing keys: [IssueKey], for sha: String) -> String {
        "Close \(keys.map(\.description).joined(separator: ", ")) (fixed in \(sha.prefix(7)))\n\n\(trailer): \(sha)\n"
    }

    /// The SHA a follow-up's trailer names; `nil` when `message` is not a follow-up's.
    static func target(of message: String) -> String? {
        for line in message.split(separator: "\n").reversed() {
            guard line.hasPrefix(trailer + ": ") else { continue }
            let value = line.dropFirst(trailer.count + 2).trimmingCharacters(in: .whitespaces)
            if (40...64).contains(value.count), value.allSatisfy(\.isHexDigit) { return value }
        }
        return nil
    }

    /// `message` naming `new` wherever it named `old`: the trailer and `(fixed in SHORT)`.
    static func retargeted(_ message: String, from old: String, to new: String) -> String {
        message
            .replacingOccurrences(of: "\(trailer): \(old)", with: "\(trailer): \(new)")
            .replacingOccurrences(of: "(fixed in \(old.prefix(7)))", with: "(fixed in \(new.prefix(7)))")
    }
}
