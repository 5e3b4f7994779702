/// The metadata keys the dialect's template writes, spelled as it spells them.
public enum IssueNNNFieldName {
    public static let severity = "Severity"
    public static let type = "Type"
    public static let discoveredBy = "Discovered By"
    public static let discoveredDuring = "Discovered During"
    public static let affectedFiles = "Affected Files"
    public static let assignedTo = "Assigned To"
    public static let status = "Status"
    /// Labels beyond the one `Type` holds, comma-separated; Docket adds it when needed.
    public static let labels = "Labels"

    /// The keys that map onto issue properties; every other key is an extra field.
    public static let mapped = [severity, type, labels, discoveredBy, assignedTo, status]

    /// The `Assigned To` value that means nobody.
    public static let unassigned = "unassigned"

    /// The four severity levels as the dialect writes them, most urgent first.
    public static let severities = ["CRITICAL", "HIGH", "MEDIUM", "LOW"]
}
