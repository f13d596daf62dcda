/// One cell of the screen. A wide glyph takes two cells: the first holds it,
/// the second is a continuation (`width == 0`).
public struct Cell: Sendable, Hashable {
    public var scalar: Unicode.Scalar
    public var width: UInt8
    public var style: Style

    public static let blank = Cell(scalar: " ", width: 1, style: .normal)
}

/// The screen as the render function draws it: rows × cols cells. Tests read
/// it as strings; the presenter draws it row by row at explicit columns.
public struct Grid: Sendable, Hashable {
    public let rows: Int
    public let cols: Int
    public private(set) var cells: [Cell]
    public let ambiguous: DisplayWidth.Ambiguous

    public init(rows: Int, cols: Int, ambiguous: DisplayWidth.Ambiguous = .single) {
        self.rows = max(0, rows)
        self.cols = max(0, cols)
        self.ambiguous = ambiguous
        cells = Array(repeating: .blank, count: self.rows * self.cols)
    }

    public subscript(row: Int, col: Int) -> Cell {
        cells[row * cols + col]
    }

    /// Writes `scalars` from column `col` of `row` in `style`, never past
    /// column `limit` (exclusive; default: the row's end); a wide glyph that
    /// does not fit leaves a blank. Returns the column after the last glyph.
    @discardableResult
    public mutating func put<S: Sequence>(_ scalars: S, row: Int, col: Int, style: Style,
                                           limit: Int? = nil) -> Int where S.Element == Unicode.Scalar {
        guard row >= 0 && row < rows else { return col }
        let end = min(limit ?? cols, cols)
        var x = max(0, col)
        let base = row * cols
        for s in scalars {
            let g = Glyph.of(s, ambiguous: ambiguous)
            if g.width == 0 { continue }
            if x + g.width > end {
                while x < end { cells[base + x] = Cell(scalar: " ", width: 1, style: style); x += 1 }
                break
            }
            let st = g.isPlaceholder ? .placeholder : style
            if let second = g.second {
                cells[base + x] = Cell(scalar: g.first, width: 1, style: st)
                cells[base + x + 1] = Cell(scalar: second, width: 1, style: st)
            } else {
                cells[base + x] = Cell(scalar: g.first, width: UInt8(g.width), style: st)
                if g.width == 2 { cells[base + x + 1] = Cell(scalar: " ", width: 0, style: st) }
            }
            x += g.width
        }
        return x
    }

    @discardableResult
    public mutating func put(_ text: String, row: Int, col: Int, style: Style, limit: Int? = nil) -> Int {
        put(text.unicodeScalars, row: row, col: col, style: style, limit: limit)
    }

    /// Gives cells `col..<end` of `row` a style, keeping their text.
    public mutating func restyle(row: Int, from col: Int, to end: Int, style: Style) {
        guard row >= 0 && row < rows else { return }
        for x in max(0, col)..<max(max(0, col), min(end, cols)) where cells[row * cols + x].style != .placeholder {
            cells[row * cols + x].style = style
        }
    }

    /// Fills cells `col..<end` of `row` with blanks in `style`.
    public mutating func fill(row: Int, from col: Int = 0, to end: Int? = nil, style: Style) {
        guard row >= 0 && row < rows else { return }
        for x in max(0, col)..<max(max(0, col), min(end ?? cols, cols)) {
            cells[row * cols + x] = Cell(scalar: " ", width: 1, style: style)
        }
    }

    /// The cells of one row, for the presenter to compare frames.
    public func rowCells(_ row: Int) -> ArraySlice<Cell> {
        cells[(row * cols)..<((row + 1) * cols)]
    }

    /// A row as the terminal would show it, trailing blanks removed.
    public func text(row: Int) -> String {
        var out = String.UnicodeScalarView()
        for c in rowCells(row) where c.width > 0 { out.append(c.scalar) }
        var s = String(out)
        while s.hasSuffix(" ") { s.removeLast() }
        return s
    }

    /// Every row as text.
    public var lines: [String] { (0..<rows).map { text(row: $0) } }

    /// The style of the cell under the `n`-th display column of a row.
    public func style(row: Int, col: Int) -> Style { self[row, col].style }

    /// Columns of `row` whose style is `style`, as text (for tests: what is highlighted).
    public func text(row: Int, style: Style) -> String {
        var out = String.UnicodeScalarView()
        for c in rowCells(row) where c.width > 0 && c.style == style { out.append(c.scalar) }
        return String(out)
    }
}
