import DubaoCore

/// The arguments as given: `CommandLine.arguments` mends bytes that are not
/// UTF-8 into U+FFFD, which loses a file name in GBK or cut mid-character;
/// these keep every byte (`FileName`), so that such a file can be named.
enum CommandLineBytes {
    static func arguments() -> [String] {
        (1..<Int(CommandLine.argc)).compactMap { i in
            CommandLine.unsafeArgv[i].map { FileName.string(cString: $0) }
        }
    }
}
