/// The tables of the index at `.project/.docket/index.sqlite`, a disposable cache of the
/// issue files. The schema's version lives in `PRAGMA user_version`; any other version is
/// rebuilt from the files.
enum IndexSchema {
    /// Bump whenever a table, a column or the meaning of a stored value changes.
    static let version: Int32 = 9

    /// `files` holds one row per Markdown file seen in `open/` (folder 0) or `closed/`
    /// (folder 1), with what was seen of it (size, mtime and ctime in nanoseconds, inode) and either
    /// the parsed issue's fields or, for a file that could not be read, `problem`. It holds no
    /// body, so the rows a list reads stay small. `labels` (lower-cased) and `blockers` serve the
    /// filters, and a trigger deletes them with their file.
    /// `files_list` covers what a list prints, in key order, so a long list reads only it.
    ///
    /// The full text is built only when a query needs it (see `IssueIndex+Text`): `fts` holds
    /// title, body and labels (with the other fields' values) of readable files under their
    /// row ids, in its own content table, and `texted` says a row's text is there;
    /// `files_untexted` holds the readable rows still without it, so a search finds them (or
    /// that there are none) without reading the table. `fts_substrings` holds the same text,
    /// tokenized with `trigram`, of the rows whose text has a character of a script written
    /// without spaces (see `Query+Substring`): only those can contain a word of such a script.
    /// It keeps no positions (`detail = none`, 40% smaller): its `MATCH` only narrows the rows,
    /// and `LIKE` on the stored text decides.
    ///
    /// `files_key` and `blockers_file` cover what `is:ready` and `is:blocked` read of a
    /// blocker, and `files_ready` holds the open, unassigned, readable issues in key order,
    /// so `ready` visits only those rows (through `INDEXED BY`: without statistics the
    /// planner would pick `files_stamp`).
    /// `blob` is the git blob id of the bytes a row was parsed from, when git's index vouched
    /// for it (see `IssueIndex+SharedRows`): another worktree of the clone whose file is that
    /// blob copies the row instead of parsing the file.
    /// `folders` remembers a signature of each folder's last listing and, when that listing
    /// was applied or found unchanged, the folder directory's own stamp from just before it
    /// (`FolderListing.DirectoryStamp`): while the directory still has it, the names in
    /// `files` are the folder's names. `files_stamp` lets a
    /// refresh compare a listing without reading the rows; it is not declared
    /// unique because it covers the stamp too, but the refresh, the only writer, keeps one
    /// row per folder and name.
    static let script = """
        CREATE TABLE folders (folder INTEGER PRIMARY KEY, signature INTEGER, directory_mtime INTEGER, directory_ctime INTEGER, directory_inode INTEGER);
        CREATE TABLE files (
            id INTEGER PRIMARY KEY,
            folder INTEGER NOT NULL,
            name TEXT NOT NULL,
            size INTEGER NOT NULL,
            mtime INTEGER NOT NULL,
            inode INTEGER NOT NULL,
            ctime INTEGER NOT NULL,
            blob TEXT,
            texted INTEGER NOT NULL,
            problem TEXT,
            prefix TEXT,
            number INTEGER,
            title TEXT,
            label_list TEXT,
            status TEXT,
            priority TEXT,
            assignee TEXT,
            assignee_key TEXT,
            author TEXT,
            created TEXT,
            updated TEXT,
            closed TEXT,
            closed_reason TEXT,
            closed_by TEXT,
            claimed TEXT,
            blocked_by TEXT,
            fields TEXT,
            status_key TEXT,
            author_key TEXT
        );
        CREATE INDEX files_stamp ON files (folder, name, size, mtime, inode, ctime);
        CREATE INDEX files_key ON files (prefix, number, folder, problem);
        CREATE INDEX files_ready ON files (prefix, number) WHERE folder = 0 AND problem IS NULL AND assignee IS NULL;
        CREATE INDEX files_list ON files (folder, prefix, number, name, problem, priority, title, label_list, assignee, created);
        CREATE INDEX files_problem ON files (folder) WHERE problem IS NOT NULL;
        CREATE INDEX files_untexted ON files (folder) WHERE texted = 0 AND problem IS NULL;
        CREATE TABLE labels (label TEXT NOT NULL, file INTEGER NOT NULL, PRIMARY KEY (label, file)) WITHOUT ROWID;
        CREATE INDEX labels_file ON labels (file);
        CREATE TABLE blockers (file INTEGER NOT NULL, prefix TEXT NOT NULL, number INTEGER NOT NULL);
        CREATE INDEX blockers_file ON blockers (file, prefix, number);
        CREATE VIRTUAL TABLE fts USING fts5 (title, body, labels, tokenize = 'unicode61 remove_diacritics 2');
        CREATE VIRTUAL TABLE fts_substrings USING fts5 (title, body, labels, tokenize = 'trigram', detail = none);
        CREATE TRIGGER files_deleted AFTER DELETE ON files BEGIN
            DELETE FROM labels WHERE file = old.id;
            DELETE FROM blockers WHERE file = old.id;
            DELETE FROM fts WHERE rowid = old.id;
            DELETE FROM fts_substrings WHERE rowid = old.id;
        END;
        """

    /// Drops every table, index and trigger of whatever schema the file holds, then creates
    /// the current one and stamps its version. Call inside a transaction.
    static func recreate(in database: Database) throws {
        var tables: [String] = []
        var virtualTables: [String] = []
        let listing = try database.prepare(
            "SELECT name, sql FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
        try listing.forEachRow { row in
            if row.text(1).uppercased().hasPrefix("CREATE VIRTUAL TABLE") {
                virtualTables.append(row.text(0))
            } else {
                tables.append(row.text(0))
            }
        }
        // Dropping a virtual table drops its shadow tables, so those go first; triggers
        // and indexes go with their tables.
        for name in virtualTables + tables {
            try database.execute("DROP TABLE IF EXISTS \"\(name.replacing("\"", with: "\"\""))\"")
        }
        try database.execute(script)
        try database.setUserVersion(version)
    }
}
