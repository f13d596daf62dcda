import ArgumentParser
import DubaoCore
import DubaoStore
import DubaoTUI

#if canImport(Glibc)
import Glibc
#endif

struct Dubao: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dubao",
        abstract: "读报 — read Chinese newspaper pages in the terminal.",
        discussion: """
        With no subcommand, dubao opens the reader on the given pages (or the \
        built-in sample pages). When standard output is not a terminal it prints \
        what `dubao list` prints instead.
        """,
        version: DubaoVersion.string,
        subcommands: [
            ReadCommand.self,
            ListCommand.self,
            ShowCommand.self,
            SearchCommand.self,
            FiguresCommand.self,
            ExportCommand.self,
            IndexCommand.self,
            // Hidden: used by `make bench` and while tuning the parser.
            BenchParseCommand.self,
            BenchFiguresCommand.self,
            BenchRenderCommand.self,
            BenchOpenCommand.self,
            RefigureCommand.self,
        ],
        defaultSubcommand: ReadCommand.self)
}

enum DubaoVersion {
    static let string = "0.1.0"
}

@main
enum Main {
    static func main() {
        do {
            var command = try Dubao.parseAsRoot(CommandLineBytes.arguments())
            try command.run()
            Output.flush()
            LibraryDatabase.closeAll()
        } catch let error as BadInput {
            Output.flush()
            LibraryDatabase.closeAll()
            Console.error(error.description)
            exit(1)
        } catch {
            Output.flush()
            LibraryDatabase.closeAll()
            let code = Dubao.exitCode(for: error)
            let message = Dubao.fullMessage(for: error)
            if code == .success {
                if !message.isEmpty { print(message) }
                exit(0)
            }
            if !message.isEmpty {
                // A usage error quotes the argument it could not take.
                var stderr = StandardError()
                print(Console.escaped(message, keepingLineBreaks: true), to: &stderr)
            }
            // Usage errors are 2, as in most Unix tools (ArgumentParser says 64).
            exit(code == .validationFailure ? 2 : code.rawValue)
        }
    }
}
