/// The sample pages of `seeds/`, compiled into the executable so that `dubao`
/// with no path has something to read wherever it is installed.
enum BuiltinPages {
    /// SwiftPM names each embedded file after its file name (a leading digit
    /// becomes `_`); a test checks that this list covers `seeds/`.
    static let all: [(source: String, bytes: [UInt8])] = [
        ("seeds/000_edb39025c419ceb3.txt", PackageResources._00_edb39025c419ceb3_txt),
        ("seeds/001_537eb11364c73f41.txt", PackageResources._01_537eb11364c73f41_txt),
        ("seeds/002_1a10c94f702550d2.txt", PackageResources._02_1a10c94f702550d2_txt),
        ("seeds/003_a0322750131d4922.txt", PackageResources._03_a0322750131d4922_txt),
        ("seeds/004_3e2a092b73121606.txt", PackageResources._04_3e2a092b73121606_txt),
    ]
}
