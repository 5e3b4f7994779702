/// Finds the template for a partial tag `{{>name}}`. Returning `nil` renders the partial as
/// empty, as the spec requires for a missing partial.
///
/// A render asks once per partial name; callers loading partials from disk should still cache
/// parsed templates across renders. Partials are parsed on their own, so a delimiter change in
/// the including template does not reach them.
public struct PartialResolver: Sendable {
    private let resolve: @Sendable (String) throws -> Template?

    /// A resolver that calls `resolve` with the partial's name; errors it throws end the render.
    public init(_ resolve: @escaping @Sendable (String) throws -> Template?) {
        self.resolve = resolve
    }

    /// A resolver over parsed templates by name.
    public init(_ templates: [String: Template]) {
        resolve = { templates[$0] }
    }

    /// No partials: every partial tag renders as empty.
    public static let none = PartialResolver { _ in nil }

    func template(named name: String) throws -> Template? {
        try resolve(name)
    }
}
