import Foundation

/// `docket-bench`: times the release `docket` binary on generated corpora against a
/// readdir+stat floor and `rg`. See `usage` for the options. Hidden modes are what the
/// benchmark spawns: `floor`, `floor-read` and `floor-fts` for its floor column (see `Floor`)
/// and `generate ...` for each corpus.

let usage = """
    usage: docket-bench [--sizes 1000,10000,100000] [--runs 5] [--docket PATH] [--keep DIR] [--seed 42]
           docket-bench --render
           docket-bench --everywhere [--runs 5] [--docket PATH] [--keep DIR] [--seed 42]

      --sizes N,N,...  corpus sizes (issues) to generate and measure
      --runs N         timed runs per command; the median is reported (default 5)
      --docket PATH    the docket binary (default: the one next to docket-bench)
      --keep DIR       generate corpora in DIR/corpus-N and keep them (default: a temporary folder, removed)
      --seed N         seed of the corpus generator (default 42)
      --render         only time parsing and rendering the default issue template in-process
      --everywhere     only time `list --everywhere` on a clone of 5 worktrees and 10 branches, 1,000 issues each

    Build docket first (`swift run` builds only docket-bench): swift build -c release --product docket

    """

/// Reads the options; throws a usage error for anything it does not understand.
func parseOptions(_ arguments: ArraySlice<String>) throws -> BenchOptions {
    var options = BenchOptions()
    var rest = arguments
    func value(_ flag: String) throws -> String {
        guard let next = rest.popFirst() else { throw BenchError.usage("\(flag) needs a value") }
        return next
    }
    while let argument = rest.popFirst() {
        switch argument {
        case "--sizes":
            let text = try value(argument)
            let sizes = text.split(separator: ",").compactMap { Int($0) }
            guard !sizes.isEmpty, sizes.count == text.split(separator: ",").count, sizes.allSatisfy({ $0 > 0 }) else {
                throw BenchError.usage("--sizes takes positive numbers separated by commas, not '\(text)'")
            }
            options.sizes = sizes
        case "--runs":
            let text = try value(argument)
            guard let runs = Int(text), runs > 0 else { throw BenchError.usage("--runs takes a positive number, not '\(text)'") }
            options.runs = runs
        case "--seed":
            let text = try value(argument)
            guard let seed = UInt64(text) else { throw BenchError.usage("--seed takes a non-negative number, not '\(text)'") }
            options.seed = seed
        case "--docket": options.docket = try value(argument)
        case "--keep": options.keep = try value(argument)
        case "--render": options.renderOnly = true
        case "--everywhere": options.everywhereOnly = true
        case "-h", "--help":
            print(usage, terminator: "")
            exit(0)
        default: throw BenchError.usage("unknown argument '\(argument)'\n\(usage)")
        }
    }
    return options
}

let arguments = CommandLine.arguments
if arguments.count > 1, [Floor.command, Floor.readCommand, Floor.ftsCommand].contains(arguments[1]) {
    exit(Floor.run(arguments[1], Array(arguments.dropFirst(2))))
}
if arguments.count > 1, arguments[1] == Corpus.command {
    exit(Corpus.run(Array(arguments.dropFirst(2))))
}
do {
    try BenchSession(options: parseOptions(arguments.dropFirst()), commandLine: arguments).run()
} catch {
    FileHandle.standardError.write(Data("docket-bench: \(error)\n".utf8))
    exit((error as? BenchError)?.exitCode ?? 1)
}
