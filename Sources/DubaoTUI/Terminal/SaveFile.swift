import Foundation

/// Writes what `Effect.save` asks: a new file, never over an existing one.
enum SaveFile {
    /// `~` and `~/…` are under `home`.
    static func expanded(_ path: String, home: String?) -> String {
        guard let home, !home.isEmpty else { return path }
        if path == "~" { return home }
        if path.hasPrefix("~/") { return home + path.dropFirst(1) }
        return path
    }

    /// Writes `text` to `path` and says how it went, for the message line.
    static func save(_ text: String, to path: String,
                     home: String? = ProcessInfo.processInfo.environment["HOME"]) -> Message {
        let full = expanded(path, home: home)
        if FileManager.default.fileExists(atPath: full) {
            return Message("Not saved: \(path) exists already (give another name)", level: .warning)
        }
        do {
            // O_EXCL: a file that appeared meanwhile is not overwritten either.
            try Data(text.utf8).write(to: URL(fileURLWithPath: full), options: .withoutOverwriting)
            return Message("Saved to \(path)")
        } catch {
            let reason = (error as NSError).localizedDescription
            return Message("Not saved to \(path): \(reason)", level: .error)
        }
    }
}
