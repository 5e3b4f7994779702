import Foundation

/// Finds issue templates on disk and parses each file at most once per process run.
///
/// Named templates live in `.project/issues/ISSUE_TEMPLATE/NAME.md`, falling back to
/// `.github/ISSUE_TEMPLATE/NAME.md`; `NAME.yml` and `NAME.yaml` there are GitHub issue forms
/// (but `config.yml`, GitHub's template chooser settings, is not a template). Partials resolve to files beside the template and
/// can never name a path outside it (no `/`, no leading dot). A template folder or file
/// that a symlink places outside the project is refused.
struct TemplateLoader {
    let layout: ProjectLayout

    /// The template `docket new` uses: `name` (`-t`), or the project's default, or the
    /// built-in one when the project has none.
    func load(named name: String?) throws -> IssueTemplate {
        guard let name else {
            try PathContainment.check(layout.templatePath, root: layout.root)
            guard FileSystem.exists(layout.templatePath) else {
                return try IssueTemplate(text: DefaultTemplate.text, path: "<built-in ISSUE_TEMPLATE.md>")
            }
            return try read(layout.templatePath)
        }
        guard TemplateLoader.isSafeName(name) else {
            throw DocketError.usage("'\(name)' is not a template name (letters, digits, '-', '_' and '.')")
        }
        for directory in [layout.namedTemplatesDirectory, layout.githubTemplatesDirectory] {
            for fileExtension in TemplateLoader.extensions where !(fileExtension != ".md" && name == "config") {
                let path = directory + "/" + name + fileExtension
                try PathContainment.check(path, root: layout.root)
                if FileSystem.exists(path) { return try read(path) }
            }
        }
        throw DocketError.failure("no template '\(name)' in \(layout.relative(layout.namedTemplatesDirectory))/ or \(layout.relative(layout.githubTemplatesDirectory))/; see 'docket templates'")
    }

    /// Every named template, by name, from both folders (the project's own win, and in one
    /// folder `NAME.md` wins over `NAME.yml`, which wins over `NAME.yaml`).
    func available() throws -> [(name: String, template: IssueTemplate)] {
        var found: [String: IssueTemplate] = [:]
        for directory in [layout.namedTemplatesDirectory, layout.githubTemplatesDirectory] {
            try PathContainment.check(directory, root: layout.root)
            let markdown = try FileSystem.markdownFiles(in: directory).map(\.name)
            for fileName in markdown.sorted() + formFileNames(in: directory) {
                let name = (fileName as NSString).deletingPathExtension
                if found[name] == nil { found[name] = try read(directory + "/" + fileName) }
            }
        }
        return found.keys.sorted().compactMap { name in found[name].map { (name, $0) } }
    }

    /// The issue forms in `directory`: regular `.yml` files, then `.yaml` ones, but not hidden
    /// files or `config.yml`.
    private func formFileNames(in directory: String) -> [String] {
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []).filter { name in
            !name.hasPrefix(".") && (name.hasSuffix(".yml") || name.hasSuffix(".yaml"))
                && (name as NSString).deletingPathExtension != "config" && !FileSystem.isDirectory(directory + "/" + name)
        }
        return names.filter { $0.hasSuffix(".yml") }.sorted() + names.filter { $0.hasSuffix(".yaml") }.sorted()
    }

    /// What a named template's file may end with, in the order they are looked for.
    private static let extensions = [".md", ".yml", ".yaml"]

    /// Reads a template file, refusing one that a symlink places outside the project.
    private func read(_ path: String) throws -> IssueTemplate {
        try PathContainment.check(path, root: layout.root)
        if path.hasSuffix(".md") {
            return try IssueTemplate(text: FileSystem.readText(path), path: layout.relative(path))
        }
        return IssueTemplate(form: try IssueForm(text: FileSystem.readText(path), path: layout.relative(path)))
    }

    /// Partials for a template at `templatePath`: files beside it, parsed once each.
    func partials(besides templatePath: String) -> PartialResolver {
        let directory = (templatePath as NSString).deletingLastPathComponent
        let cache = PartialCache()
        let layout = self.layout
        return PartialResolver { name in
            guard TemplateLoader.isSafeName(name) else { return nil }
            if let cached = cache.get(name) { return cached }
            for candidate in [directory + "/" + name + ".md", directory + "/" + name] where FileSystem.exists(candidate) {
                try PathContainment.check(candidate, root: layout.root)
                let text = try FileSystem.readText(candidate)
                let template = try Template(parsing: text, path: layout.relative(candidate))
                cache.set(name, template)
                return template
            }
            return nil
        }
    }

    /// A template or partial name: no path separators, no leading dot.
    static func isSafeName(_ name: String) -> Bool {
        guard let first = name.first, first != ".", name.count <= 100 else { return false }
        return name.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || "-_.".contains($0)) }
    }
}

/// Parsed partials, shared by every render of one command.
private final class PartialCache: @unchecked Sendable {
    private let lock = NSLock()
    private var templates: [String: Template] = [:]

    func get(_ name: String) -> Template? {
        lock.lock()
        defer { lock.unlock() }
        return templates[name]
    }

    func set(_ name: String, _ template: Template) {
        lock.lock()
        templates[name] = template
        lock.unlock()
    }
}
