/// The irregularities the dialect's parser reads past (a field given twice, a stray line in
/// the metadata block, a code block never closed, a heading not in `# PREFIX-NNN: Title`
/// form, …), reported by `doctor` at their lines so they can be put right.
extension Doctor {
    /// The parser's warnings for one dialect file, as problems. Left out: a heading whose ID
    /// disagrees with the file name (`ownProblems` reports it as a file-name problem), and a
    /// file without any field, which is a short issue rather than a wrong one.
    func dialectWarnings(_ document: ProtocolDocument, path: String) -> [DoctorProblem] {
        document.warnings.compactMap { warning in
            if warning.message.hasPrefix("heading says "), document.fileID != document.headingID { return nil }
            if document.fields.isEmpty, warning.message.hasPrefix("no `**Key**") { return nil }
            return DoctorProblem(.dialectWarning, warning.message, path: path, line: warning.location.line)
        }
    }
}
