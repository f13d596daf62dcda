@testable import DubaoStore
import Testing

/// A sync holds a batch's pages in memory at once: batches are bounded in
/// bytes as well as in pages (issue 19).
@Suite struct SyncBatchTests {
    func pages(_ sizes: [Int], folder: String = "2024/02/22") -> [PageInput] {
        sizes.enumerated().map { n, size in
            var input = PageInput(name: "\(folder)/\(n).txt", source: "\(n).txt", bytes: [])
            input.size = Int64(size)
            return input
        }
    }

    @Test func aFolderOfPagesOfMegabytesIsCutIntoBatchesOfBoundedBytes() {
        let work = pages(Array(repeating: 3 << 20, count: 5))
        let first = LibrarySync.batchEnd(work, from: 0, size: 48)
        #expect(first == 2)
        #expect(LibrarySync.batchEnd(work, from: first, size: 48) == 4)
        // A page over the budget is a batch of its own.
        #expect(LibrarySync.batchEnd(pages([20 << 20, 1000]), from: 0, size: 48) == 1)
    }

    @Test func aFolderOfOrdinaryPagesStaysInOneBatch() {
        // Sixty pages of 40 KB: one folder, one batch, beyond the 48 pages asked.
        let work = pages(Array(repeating: 40 << 10, count: 60)) + pages([40 << 10], folder: "2024/02/23")
        #expect(LibrarySync.batchEnd(work, from: 0, size: 48) == 60)
    }
}
