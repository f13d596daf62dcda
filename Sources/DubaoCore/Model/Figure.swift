/// A quantity printed in an article: `5000亿元`, `8%以上`, `2—3个`.
/// See spec section 3.
public struct Figure: Sendable, Hashable, Codable {
    public enum Bound: String, Sendable, Codable, Hashable, CaseIterable {
        case exact, atLeast = "at_least", atMost = "at_most", about
    }
    public enum Kind: String, Sendable, Codable, Hashable, CaseIterable {
        case target, actual
    }
    public enum Change: String, Sendable, Codable, Hashable, CaseIterable {
        case increase, decrease
    }
    /// Where the figure stands: in a title line or in a body paragraph.
    public enum Place: String, Sendable, Codable, Hashable {
        case title, body
    }

    /// The expression exactly as printed.
    public var text: String
    /// The number with scale words applied (`4.5万人` → 45000).
    public var value: Double
    /// The upper end of a range (`2—3个` → 3).
    public var valueMax: Double?
    /// The unit without scale words (`亿元` → `元`).
    public var unit: String
    public var bound: Bound
    public var kind: Kind?
    /// The shortest phrase naming what is measured, as printed; best effort.
    public var indicator: String?
    /// One name per indicator across pages (`GDP`, `生产总值` → `地区生产总值`),
    /// derived from `indicator`: what the figures view groups a chart by.
    /// Exported as `indicator_canonical`, never read back.
    public var canonicalIndicator: String? { indicator.map(IndicatorNames.canonical) }
    public var change: Change?
    public var place: Place
    /// Index into the article's `titles` (place == .title) or `paragraphs`.
    public var block: Int
    /// Offset of `text` in that block, in Unicode scalars.
    public var offset: Int
    /// Length of `text` in Unicode scalars.
    public var length: Int
    /// The sentence the figure stands in.
    public var sentence: String

    public init(text: String, value: Double, valueMax: Double? = nil, unit: String,
                bound: Bound = .exact, kind: Kind? = nil, indicator: String? = nil,
                change: Change? = nil, place: Place = .body, block: Int = 0,
                offset: Int = 0, length: Int? = nil, sentence: String = "") {
        self.text = text
        self.value = value
        self.valueMax = valueMax
        self.unit = unit
        self.bound = bound
        self.kind = kind
        self.indicator = indicator
        self.change = change
        self.place = place
        self.block = block
        self.offset = offset
        self.length = length ?? text.unicodeScalars.count
        self.sentence = sentence
    }

    enum CodingKeys: String, CodingKey {
        case text, value, valueMax = "value_max", unit, bound, kind, indicator, canonicalIndicator = "indicator_canonical", change
        case place = "where", block, offset, length, sentence
    }

    /// A value too large for a Double (a run of digits hundreds long) is
    /// exported as null, its text kept: JSON has no infinity, and the export
    /// must not fail for one figure.
    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(text, forKey: .text)
        if value.isFinite { try c.encode(value, forKey: .value) } else { try c.encodeNil(forKey: .value) }
        try c.encodeIfPresent(valueMax.flatMap { $0.isFinite ? $0 : nil }, forKey: .valueMax)
        try c.encode(unit, forKey: .unit)
        try c.encode(bound, forKey: .bound)
        try c.encodeIfPresent(kind, forKey: .kind)
        try c.encodeIfPresent(indicator, forKey: .indicator)
        try c.encodeIfPresent(canonicalIndicator, forKey: .canonicalIndicator)
        try c.encodeIfPresent(change, forKey: .change)
        try c.encode(place, forKey: .place)
        try c.encode(block, forKey: .block)
        try c.encode(offset, forKey: .offset)
        try c.encode(length, forKey: .length)
        try c.encode(sentence, forKey: .sentence)
    }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        text = try c.decode(String.self, forKey: .text)
        value = try c.decodeIfPresent(Double.self, forKey: .value) ?? .infinity
        valueMax = try c.decodeIfPresent(Double.self, forKey: .valueMax)
        unit = try c.decode(String.self, forKey: .unit)
        bound = try c.decode(Bound.self, forKey: .bound)
        kind = try c.decodeIfPresent(Kind.self, forKey: .kind)
        indicator = try c.decodeIfPresent(String.self, forKey: .indicator)
        change = try c.decodeIfPresent(Change.self, forKey: .change)
        place = try c.decode(Place.self, forKey: .place)
        block = try c.decode(Int.self, forKey: .block)
        offset = try c.decode(Int.self, forKey: .offset)
        length = try c.decode(Int.self, forKey: .length)
        sentence = try c.decode(String.self, forKey: .sentence)
    }
}
