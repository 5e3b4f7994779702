/// What an issue's own status line says about its state, beside the folder that decides it.
extension Issue {
    /// The state the file's status names (`open`, `In Progress` → open; `closed`,
    /// `Resolved`, `Won't Fix` → closed), or nil when it names neither or is missing.
    public var recordedState: IssueState? {
        guard let status else { return nil }
        switch IssueStatus(reading: status) {
        case .open, .inProgress: return .open
        case .resolved, .wontFix, .closed: return .closed
        case .other: return nil
        }
    }

    /// A close or reopen that moved the file but did not rewrite it (killed, or the disk
    /// filled up, in between): the folder and the status disagree.
    public var isHalfMoved: Bool {
        recordedState.map { $0 != state } ?? false
    }
}
