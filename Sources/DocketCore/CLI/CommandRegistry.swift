/// Every command, in the order `docket --help` lists them.
enum CommandRegistry {
    static let all: [any DocketCommand.Type] = [
        InitCommand.self, NewCommand.self, ListCommand.self, ShowCommand.self,
        CloseCommand.self, ReopenCommand.self, UpdateCommand.self, CommentCommand.self, EditCommand.self,
        HooksCommand.self, HookCommand.self, CloseCommitsCommand.self, TemplatesCommand.self,
        ClaimCommand.self, UnclaimCommand.self, ReadyCommand.self, BlockedCommand.self, DepCommand.self, PrimeCommand.self,
        MCPCommand.self, SearchCommand.self, DoctorCommand.self, ReindexCommand.self, ManCommand.self, CompletionCommand.self, HelpCommand.self, CompleteCommand.self,
        ImportCommand.self, ExportCommand.self, BoardCommand.self, LabelsCommand.self,
        ClaimsCommand.self, StatusCommand.self, NextCommand.self,
    ]
}
