import CNcursesw

/// Draws grids on the terminal: only the rows that changed since the last
/// frame, each cell at its explicit column, so nothing the terminal thinks
/// about widths can shift what follows.
final class Presenter {
    private var shown: Grid?
    private let palette: Palette

    init(palette: Palette) {
        self.palette = palette
    }

    func draw(_ grid: Grid, everything: Bool = false) {
        if everything { dubao_touch_all() }
        let previous = (everything || shown?.rows != grid.rows || shown?.cols != grid.cols) ? nil : shown
        for y in 0..<grid.rows {
            if let previous, previous.rowCells(y) == grid.rowCells(y) { continue }
            drawRow(grid, y)
        }
        shown = grid
        dubao_refresh()
    }

    private func drawRow(_ grid: Grid, _ y: Int) {
        var x = 0
        for cell in grid.rowCells(y) {
            defer { x += 1 }
            if cell.width == 0 { continue }
            let look = palette[cell.style]
            var scalar = cell.scalar.value
            // Where the C library's idea of a width differs from ours, a
            // stand-in of our width keeps every later column where it belongs.
            if Int(dubao_wcwidth(scalar)) != Int(cell.width) {
                scalar = cell.width == 2 ? 0xFF1F : 0x3F
            }
            dubao_put(Int32(y), Int32(x), scalar, look.attrs, look.pair)
        }
    }
}
