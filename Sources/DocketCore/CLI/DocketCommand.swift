/// A command: its declaration and what it does.
protocol DocketCommand: Sendable {
    static var spec: CommandSpec { get }
    /// Runs the command; returns the exit code, or throws a `DocketError` or another error.
    static func run(_ context: CommandContext) throws -> Int32
}
