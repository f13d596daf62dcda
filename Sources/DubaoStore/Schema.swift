import GRDB

/// The library's tables, created and changed only by numbered migrations.
/// A database with a migration this build does not know was written by a
/// newer dubao, and is refused rather than guessed at.
enum Schema {
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1: pages, articles, figures, search") { db in
            // One row per page file. `path` is absolute, or `builtin:NAME` for
            // the pages compiled into dubao.
            try db.execute(sql: """
                CREATE TABLE page (
                    id INTEGER PRIMARY KEY,
                    path TEXT NOT NULL UNIQUE,
                    source TEXT NOT NULL,
                    size INTEGER NOT NULL,
                    mtime INTEGER NOT NULL,
                    hash INTEGER NOT NULL,
                    encoding TEXT,
                    pipeline INTEGER NOT NULL,
                    warning TEXT,
                    -- Its articles as the list needs them (ListEntries): the
                    -- reader's first screen reads one row a page, not one an article.
                    entries BLOB
                );
                CREATE TABLE section (
                    id INTEGER PRIMARY KEY,
                    name TEXT NOT NULL UNIQUE
                );
                CREATE TABLE article (
                    id INTEGER PRIMARY KEY,
                    page_id INTEGER NOT NULL REFERENCES page(id) ON DELETE CASCADE,
                    ordinal INTEGER NOT NULL,
                    key TEXT NOT NULL,
                    date_key INTEGER NOT NULL,
                    section_id INTEGER NOT NULL REFERENCES section(id),
                    display_title TEXT NOT NULL,
                    titles TEXT NOT NULL,
                    headline TEXT,
                    column_name TEXT,
                    kind TEXT NOT NULL,
                    authors TEXT NOT NULL,
                    place TEXT,
                    date TEXT,
                    page_date TEXT,
                    continues TEXT,
                    body TEXT NOT NULL,
                    -- Who the article is, across parses of its page: the page's
                    -- path, its display title and which of that title it is.
                    -- The reader's state (read, starred, position) is kept by it.
                    identity TEXT NOT NULL,
                    UNIQUE (page_id, ordinal)
                );
                CREATE INDEX article_key ON article(key);
                CREATE INDEX article_identity ON article(identity);
                CREATE TABLE figure (
                    article_id INTEGER NOT NULL REFERENCES article(id) ON DELETE CASCADE,
                    ordinal INTEGER NOT NULL,
                    text TEXT NOT NULL,
                    value REAL,
                    value_max REAL,
                    unit TEXT NOT NULL,
                    bound TEXT NOT NULL,
                    kind TEXT,
                    indicator TEXT,
                    change TEXT,
                    place TEXT NOT NULL,
                    block INTEGER NOT NULL,
                    offset INTEGER NOT NULL,
                    length INTEGER NOT NULL,
                    -- The sentence is a stretch of the block's text: kept as
                    -- where it starts and how long it is (Unicode scalars),
                    -- its text only when it cannot be found there.
                    sentence_start INTEGER,
                    sentence_length INTEGER,
                    sentence TEXT,
                    PRIMARY KEY (article_id, ordinal)
                ) WITHOUT ROWID;
                """)
            // The search index: contentless (the text is in `article`), its
            // rows are article ids, its columns `SearchTokens` words. Titles
            // and bodies are apart, so that asking which articles have a word
            // in a title reads the small index only.
            try db.execute(sql: """
                CREATE VIRTUAL TABLE search_title USING fts5(
                    title, initials, content='', tokenize='ascii', detail=full, columnsize=0);
                CREATE VIRTUAL TABLE search_body USING fts5(
                    body, content='', tokenize='ascii', detail=full, columnsize=0);
                """)
        }
        migrator.registerMigration("v2: search history") { db in
            // The reader's earlier searches, newest last; ↑ and ↓ recall them.
            try db.execute(sql: """
                CREATE TABLE search_history (
                    query TEXT PRIMARY KEY,
                    at INTEGER NOT NULL
                );
                CREATE INDEX search_history_at ON search_history(at);
                """)
        }
        migrator.registerMigration("v3: reading state") { db in
            // What the reader did with each article, kept by its identity so
            // that it outlives a page parsed again. `generation` is the sync
            // that first brought the article: the latest one's are new.
            try db.execute(sql: """
                CREATE TABLE article_state (
                    identity TEXT PRIMARY KEY,
                    read INTEGER NOT NULL DEFAULT 0,
                    starred INTEGER NOT NULL DEFAULT 0,
                    block INTEGER,
                    offset INTEGER,
                    generation INTEGER NOT NULL
                ) WITHOUT ROWID;
                CREATE TABLE session (
                    key TEXT PRIMARY KEY,
                    value TEXT NOT NULL
                ) WITHOUT ROWID;
                """)
        }
        migrator.registerMigration("v4: directory times") { db in
            // The directories a complete sync walked, with their times as the
            // walk saw them. A directory's time changes when a file is added,
            // removed or renamed in it, so `dubao search` can tell that the
            // set of pages is as synced from a stat of each directory rather
            // than of each page (see `LibrarySync.isCurrent`).
            try db.execute(sql: """
                CREATE TABLE directory (
                    path TEXT PRIMARY KEY,
                    mtime INTEGER NOT NULL
                ) WITHOUT ROWID;
                CREATE INDEX page_pipeline ON page(pipeline);
                """)
            // Article ids are in date order now (`DatedIDs`), so rows are not
            // added at the end of the table: the text, the bulk of a row, is
            // kept apart under ids that only grow, so that its pages stay
            // full. The pages are parsed again (the pipeline changed too).
            try db.execute(sql: """
                INSERT INTO search_title(search_title) VALUES('delete-all');
                INSERT INTO search_body(search_body) VALUES('delete-all');
                DROP TABLE figure;
                DROP TABLE article;
                DELETE FROM page;
                CREATE TABLE article_text (
                    id INTEGER PRIMARY KEY,
                    body TEXT NOT NULL
                );
                CREATE TABLE article (
                    id INTEGER PRIMARY KEY,
                    page_id INTEGER NOT NULL REFERENCES page(id) ON DELETE CASCADE,
                    ordinal INTEGER NOT NULL,
                    key TEXT NOT NULL,
                    date_key INTEGER NOT NULL,
                    section_id INTEGER NOT NULL REFERENCES section(id),
                    display_title TEXT NOT NULL,
                    titles TEXT NOT NULL,
                    headline TEXT,
                    column_name TEXT,
                    kind TEXT NOT NULL,
                    authors TEXT NOT NULL,
                    place TEXT,
                    date TEXT,
                    page_date TEXT,
                    continues TEXT,
                    text_id INTEGER NOT NULL,
                    identity TEXT NOT NULL,
                    UNIQUE (page_id, ordinal)
                );
                CREATE INDEX article_key ON article(key);
                CREATE INDEX article_identity ON article(identity);
                CREATE TABLE figure (
                    article_id INTEGER NOT NULL REFERENCES article(id) ON DELETE CASCADE,
                    ordinal INTEGER NOT NULL,
                    text TEXT NOT NULL,
                    value REAL,
                    value_max REAL,
                    unit TEXT NOT NULL,
                    bound TEXT NOT NULL,
                    kind TEXT,
                    indicator TEXT,
                    change TEXT,
                    place TEXT NOT NULL,
                    block INTEGER NOT NULL,
                    offset INTEGER NOT NULL,
                    length INTEGER NOT NULL,
                    sentence_start INTEGER,
                    sentence_length INTEGER,
                    sentence TEXT,
                    PRIMARY KEY (article_id, ordinal)
                ) WITHOUT ROWID;
                """)
        }
        return migrator
    }
}
