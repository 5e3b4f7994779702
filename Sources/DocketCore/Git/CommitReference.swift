/// An issue named in a commit message, and whether the message closes it.
///
/// Built by `CommitMessage.references(in:knownPrefixes:)`.
public struct CommitReference: Sendable, Hashable, CustomStringConvertible {
    /// The issue a reference points at: `#12` is `Key(prefix: nil, number: 12)`, `sec-002` is
    /// `Key(prefix: "SEC", number: 2)`. Leading zeros are gone, so `#0012` and `#12` are equal.
    /// The key of the referenced issue (`#12` or `SEC-002`).
    public typealias Key = IssueKey

    public var key: Key
    /// `true` when a closing keyword (`fixes`, `closes`, ...) names the issue.
    public var isClosing: Bool

    /// A reference to `key`, closing it or only mentioning it.
    public init(key: Key, isClosing: Bool) {
        self.key = key
        self.isClosing = isClosing
    }

    /// `#12` for a mention, `closes #12` for a closing reference.
    public var description: String {
        isClosing ? "closes \(key)" : key.description
    }
}
