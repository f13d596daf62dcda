import DubaoCore

/// The terminal reader. Until it lands, this holds the text layout the
/// command line shares with it.
public enum Reader {}
