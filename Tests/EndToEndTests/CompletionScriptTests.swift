import Foundation
import Testing

/// The completion scripts `docket completion bash|zsh|fish` prints, run in the real shells
/// against the built binary on a project with issues #1 and #2.
@Suite struct CompletionScriptTests {
    enum Shell: String, CaseIterable { case bash, zsh, fish }

    /// Each shell's harness: loads the script (its first argument), completes the words that
    /// follow (the last one is the word under the cursor) and prints one candidate a line.
    /// bash calls `_docket` with COMP_WORDS and COMP_CWORD set; zsh calls `_docket` with a
    /// `compadd` that prints what it is given and matches `PREFIX`; fish asks `complete -C`.
    private static let harness: [Shell: [String]] = [
        .bash: ["bash", "--norc", "-c", #"source "$1"; shift; COMP_WORDS=("$@"); COMP_CWORD=$(($# - 1)); _docket; printf '%s\n' "${COMPREPLY[@]}""#, "bash"],
        .zsh: ["zsh", "-f", "-c", #"""
            compdef() { :; }
            _files() { print -r -- '<files>'; }
            compadd() {
                while [[ $1 == -* && $1 != -- ]]; do shift; done
                [[ $1 == -- ]] && shift
                local w
                for w; do [[ $w == ${PREFIX}* ]] && print -r -- $w; done
            }
            source "$1"; shift; words=("$@"); CURRENT=$#; PREFIX=${words[CURRENT]}; _docket
            """#, "zsh"],
        .fish: ["fish", "--no-config", "-c", #"source $argv[1]; complete -C (string join ' ' -- $argv[2..-1]) | string replace -r '\t.*' ''"#],
    ]

    private func complete(_ shell: Shell, _ words: String..., in sandbox: Sandbox) throws -> [String] {
        let script = sandbox.path("docket.\(shell.rawValue)")
        if !FileManager.default.fileExists(atPath: script) {
            try sandbox.write("docket.\(shell.rawValue)", try sandbox.must("docket", "completion", shell.rawValue) + "\n")
        }
        // fish joins the words into one command line: a last empty word is the space before the cursor.
        let arguments = try #require(Self.harness[shell]) + [script] + words
        let result = Sandbox.wait(try sandbox.start(arguments))
        #expect(result.stderr == "", "\(shell): \(result.stderr)")
        return result.stdout.split(separator: "\n").map(String.init).filter { $0 != "<files>" }
    }

    private func project() throws -> Sandbox {
        let sandbox = Sandbox()
        try sandbox.must("docket", "init")
        try sandbox.must("docket", "new", "Crash", "-l", "bug")
        try sandbox.must("docket", "new", "Slow", "-l", "perf,ui")
        return sandbox
    }

    @Test(arguments: Shell.allCases)
    func aCommandPrefixOffersTheCommandsItStarts(_ shell: Shell) throws {
        let offered = try complete(shell, "docket", "cl", in: try project())
        #expect(Set(offered) == ["claim", "claims", "close", "close-commits"])
    }

    @Test(arguments: Shell.allCases)
    func aGroupOffersItsSubcommands(_ shell: Shell) throws {
        #expect(Set(try complete(shell, "docket", "hooks", "", in: try project())) == ["install", "uninstall", "status"])
    }

    @Test(arguments: Shell.allCases)
    func aSubcommandOffersItsOwnOptions(_ shell: Shell) throws {
        let sandbox = try project()
        #expect(Set(try complete(shell, "docket", "hooks", "install", "--s", in: sandbox)) == ["--strict"])
        #expect(try complete(shell, "docket", "hooks", "status", "--s", in: sandbox) == [])
    }

    @Test(arguments: Shell.allCases)
    func aSubcommandsArgumentOffersTheProjectsIDs(_ shell: Shell) throws {
        #expect(Set(try complete(shell, "docket", "dep", "add", "", in: try project())) == ["1", "2"])
    }

    @Test(arguments: Shell.allCases)
    func theStateOptionOffersTheStates(_ shell: Shell) throws {
        #expect(Set(try complete(shell, "docket", "list", "--state", "", in: try project())) == ["open", "closed", "all"])
    }

    @Test(arguments: Shell.allCases)
    func showOffersTheProjectsIDs(_ shell: Shell) throws {
        #expect(Set(try complete(shell, "docket", "show", "", in: try project())) == ["1", "2"])
    }

    @Test(arguments: Shell.allCases)
    func anAliasCompletesAsItsCommand(_ shell: Shell) throws {
        #expect(Set(try complete(shell, "docket", "view", "", in: try project())) == ["1", "2"])
    }

    @Test(arguments: Shell.allCases)
    func theLabelOptionOffersTheProjectsLabels(_ shell: Shell) throws {
        #expect(Set(try complete(shell, "docket", "list", "-l", "", in: try project())) == ["bug", "perf", "ui"])
    }

    @Test(arguments: Shell.allCases)
    func theTemplateOptionOffersTemplateNames(_ shell: Shell) throws {
        let sandbox = try project()
        try FileManager.default.createDirectory(atPath: sandbox.path(".project/issues/ISSUE_TEMPLATE"), withIntermediateDirectories: true)
        try sandbox.write(".project/issues/ISSUE_TEMPLATE/bug.md", "---\ntitle: \"\"\n---\n")
        #expect(try complete(shell, "docket", "new", "-t", "", in: sandbox) == ["bug"])
    }

    @Test(arguments: Shell.allCases)
    func aSubcommandPlaceOffersItsChoices(_ shell: Shell) throws {
        #expect(Set(try complete(shell, "docket", "dep", "", in: try project())) == ["add", "rm"])
    }

    @Test(arguments: [Shell.bash, .zsh])
    func optionsAreOfferedForADash(_ shell: Shell) throws {
        #expect(Set(try complete(shell, "docket", "list", "--s", in: try project())) == ["--state", "--sort"])
    }

    @Test(arguments: Shell.allCases)
    func hiddenCommandsAreNotOffered(_ shell: Shell) throws {
        let offered = try complete(shell, "docket", "", in: try project())
        #expect(offered.contains("list") && offered.contains("ls"))
        #expect(!offered.contains("hook") && !offered.contains("__complete"))
    }
}
