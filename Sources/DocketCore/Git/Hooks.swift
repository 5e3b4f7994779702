import Foundation

/// Installs, removes and inspects Docket's git hooks (`commit-msg`, `post-commit` and
/// `post-rewrite`) in a hooks directory (see `Git.hooksDirectory()`).
///
/// A hook file is Docket's when it contains the `# docket-hook:` marker line. Any other file
/// at a hook's name is foreign and is never overwritten or removed: `install` refuses it, or
/// with `force` renames it to `NAME.docket-chained` (bytes and mode untouched), and Docket's
/// hook runs it first; `uninstall` renames it back.
public enum Hooks {
    /// The hooks Docket installs, in the order they are reported.
    public static let names = ["commit-msg", "post-commit", "post-rewrite"]
    /// Appended to a foreign hook's name when Docket's hook chains it.
    public static let chainedSuffix = ".docket-chained"

    /// Installs every hook, creating `directory` if needed; returns what happened to each.
    ///
    /// Re-installing updates Docket's own hooks in place. Every hook is checked before any
    /// file is written, so a refusal leaves the directory untouched. `mode` is passed to
    /// `docket hook post-commit --mode`, `strict` adds `--strict` to `docket hook commit-msg`;
    /// `executable` is the docket command the scripts run (a name on `PATH` or a path);
    /// `project` is the Docket project's folder relative to the top of the working tree
    /// (`.` when it is the top), which the scripts pass to `docket -C`.
    @discardableResult
    public static func install(
        in directory: String, mode: String, strict: Bool, force: Bool, executable: String = "docket", project: String = "."
    ) throws -> [HookChange] {
        guard isValidMode(mode) else { throw HooksError.invalidMode(mode) }
        var plan: [(name: String, script: String, action: HookChange.Action)] = []
        for name in names {
            let path = directory + "/" + name
            let script = script(for: name, mode: mode, strict: strict, executable: executable, project: project)
            switch HookFile.read(path) {
            case nil:
                plan.append((name, script, .installed))
            case let content? where content.contains(marker):
                let current = content == script && HookFile.isExecutable(path)
                plan.append((name, script, current ? .unchanged : .updated))
            case _?:
                guard force else { throw HooksError.foreignHook(display(directory, name)) }
                guard !HookFile.exists(path + chainedSuffix) else {
                    throw HooksError.chainedHookExists(display(directory, name + chainedSuffix))
                }
                plan.append((name, script, .chained))
            }
        }
        try HookFile.makeDirectories(directory)
        for step in plan where step.action != .unchanged {
            let path = directory + "/" + step.name
            if step.action == .chained { try HookFile.rename(path, to: path + chainedSuffix) }
            do {
                try HookFile.writeExecutable(step.script, to: path)
            } catch {
                if step.action == .chained { try? HookFile.rename(path + chainedSuffix, to: path) }
                throw error
            }
        }
        return plan.map { HookChange(name: $0.name, action: $0.action) }
    }

    /// Removes Docket's hooks and puts chained foreign hooks back under their own names,
    /// exactly as they were; returns what happened to each. Running it twice is harmless.
    ///
    /// A foreign hook is never removed. Throws, before changing anything, when a chained
    /// hook cannot go back because a foreign hook now holds its name.
    @discardableResult
    public static func uninstall(in directory: String) throws -> [HookChange] {
        var plan: [(name: String, isDocket: Bool, action: HookChange.Action)] = []
        for name in names {
            let path = directory + "/" + name
            let chained = HookFile.exists(path + chainedSuffix)
            switch HookFile.read(path) {
            case nil:
                plan.append((name, false, chained ? .restored : .notInstalled))
            case let content? where content.contains(marker):
                plan.append((name, true, chained ? .restored : .removed))
            case _?:
                guard !chained else {
                    throw HooksError.cannotRestore(display(directory, name + chainedSuffix), display(directory, name))
                }
                plan.append((name, false, .keptForeign))
            }
        }
        for step in plan {
            let path = directory + "/" + step.name
            if step.isDocket { try HookFile.remove(path) }
            if step.action == .restored { try HookFile.rename(path + chainedSuffix, to: path) }
        }
        return plan.map { HookChange(name: $0.name, action: $0.action) }
    }

    /// The state of each hook in `directory`.
    public static func status(in directory: String) -> [HookStatus] {
        names.map { name in
            let path = directory + "/" + name
            guard let content = HookFile.read(path) else { return HookStatus(name: name, state: .notInstalled) }
            guard content.contains(marker) else { return HookStatus(name: name, state: .foreign) }
            let settings = settings(in: content)
            return HookStatus(name: name, state: .docket(
                mode: settings?.mode ?? "", strict: settings?.strict ?? false, chained: HookFile.exists(path + chainedSuffix)
            ))
        }
    }

    /// `hooks/post-commit`: the hooks directory's own name and the file, as messages show it.
    private static func display(_ directory: String, _ name: String) -> String {
        let last = directory.split(separator: "/").last.map(String.init) ?? directory
        return last + "/" + name
    }
}

/// One hook and its state, as `Hooks.status(in:)` reports it.
public struct HookStatus: Sendable, Equatable {
    public enum State: Sendable, Equatable {
        case notInstalled
        /// Docket's hook, with the settings it was installed with, and whether it chains a
        /// hook that was there before.
        case docket(mode: String, strict: Bool, chained: Bool)
        /// Someone else's hook.
        case foreign
    }

    public var name: String
    public var state: State
}

/// What `install` or `uninstall` did to one hook.
public struct HookChange: Sendable, Equatable {
    public enum Action: Sendable, Equatable {
        /// Docket's hook written where there was none.
        case installed
        /// Docket's hook rewritten with new settings.
        case updated
        /// Docket's hook already as wanted; not touched.
        case unchanged
        /// A foreign hook renamed to `NAME.docket-chained` and Docket's hook written.
        case chained
        /// Docket's hook removed.
        case removed
        /// Docket's hook (if any) removed and the chained hook put back under its name.
        case restored
        /// Nothing to uninstall.
        case notInstalled
        /// A foreign hook left alone by `uninstall`.
        case keptForeign
    }

    public var name: String
    public var action: Action
}
