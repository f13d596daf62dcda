import ArgumentParser
import DubaoCore
import Foundation

/// Hidden: re-extracts the figures of articles already read, from JSON files
/// that hold an "articles" list with titles and paragraphs (gold files, or an
/// export). Lets the extractor be measured on the gold articles' own text
/// with score.py while the page parser is still changing.
struct RefigureCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "refigure",
        abstract: "Print an export whose figures are extracted from the articles in JSON files.",
        shouldDisplay: false)

    @Argument(help: ArgumentHelp("JSON files with an \"articles\" list (gold files or exports).", valueName: "file"))
    var files: [String]

    func run() throws {
        var articles: [Article] = []
        for file in files {
            guard let data = FileManager.default.contents(atPath: file) else {
                throw BadInput("\(file): cannot be read")
            }
            let document: ArticleFile
            do { document = try JSONDecoder().decode(ArticleFile.self, from: data) } catch {
                throw BadInput("\(file): not an article file (\(error.localizedDescription))")
            }
            for (n, a) in document.articles.enumerated() {
                let source = a.source ?? document.source ?? file
                var article = Article(id: "\(source)#\(n + 1)", source: source, titles: a.titles,
                                      paragraphs: a.paragraphs)
                article.figures = FigureExtractor.figures(titles: a.titles, paragraphs: a.paragraphs)
                articles.append(article)
            }
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        var data = JSONSafe.data(try encoder.encode(ExportDocument(articles: articles, warnings: [])))
        data.append(0x0A)
        Output.write(data)
    }

    struct ArticleFile: Decodable {
        var source: String?
        var articles: [ArticleText]
    }

    struct ArticleText: Decodable {
        var source: String?
        var titles: [String]
        var paragraphs: [String]
    }
}

/// The export document, whole in memory: for the tuning tool only (`export`
/// streams it).
struct ExportDocument: Codable {
    var schema = "dubao.export/1"
    var articles: [Article]
    var warnings: [String]
}
