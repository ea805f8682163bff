"""The store's schema, as an ordered list of migrations.

Each migration is applied once, in one transaction, and bumps SQLite's ``user_version``; a store
written by an older Chronica is brought up to date when opened. Never edit a released migration:
append a new one.
"""

from __future__ import annotations

MIGRATIONS: list[str] = [
    # 1: documents, their paths, references, sentences, runs and skipped inputs
    """
    CREATE TABLE documents (
        id               INTEGER PRIMARY KEY,
        content_hash     TEXT NOT NULL UNIQUE,
        path             TEXT NOT NULL,
        format           TEXT NOT NULL,
        title            TEXT,
        author           TEXT,
        outlet           TEXT,
        url              TEXT,
        published        TEXT,
        published_source TEXT,
        encoding         TEXT,
        text             TEXT NOT NULL,
        raw              TEXT NOT NULL,
        spans            TEXT NOT NULL,          -- JSON [[clean_start, raw_start, length], ...]
        removed          TEXT NOT NULL,          -- JSON [[kind, text], ...] what cleaning removed
        n_words          INTEGER NOT NULL,
        n_sentences      INTEGER NOT NULL,
        near_duplicate_of INTEGER REFERENCES documents(id),
        near_duplicate_similarity REAL,
        minhash          BLOB,                   -- uint64 MinHash signature of word 3-shingles
        parse            BLOB,                   -- spaCy DocBin of the parsed text (no re-parsing later)
        added_run        INTEGER REFERENCES runs(id)
    );
    CREATE INDEX documents_published ON documents(published);

    CREATE TABLE document_paths (
        path        TEXT PRIMARY KEY,            -- absolute path (with #Ln for a .jsonl record)
        document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        content_hash TEXT NOT NULL,
        first_run   INTEGER REFERENCES runs(id)
    );
    CREATE INDEX document_paths_doc ON document_paths(document_id);

    CREATE TABLE doc_references (
        document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        idx         INTEGER NOT NULL,
        text        TEXT NOT NULL,
        PRIMARY KEY (document_id, idx)
    );

    CREATE TABLE sentences (
        document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        idx         INTEGER NOT NULL,
        start       INTEGER NOT NULL,
        end         INTEGER NOT NULL,
        text        TEXT NOT NULL,
        PRIMARY KEY (document_id, idx)
    );

    CREATE TABLE runs (
        id          INTEGER PRIMARY KEY,
        started     TEXT NOT NULL,
        finished    TEXT,
        arguments   TEXT NOT NULL,
        stored      INTEGER,
        unchanged   INTEGER,
        duplicates  INTEGER,
        near_duplicates INTEGER,
        skipped     INTEGER,
        words       INTEGER,
        seconds     REAL
    );

    CREATE TABLE skipped (
        run_id      INTEGER NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
        path        TEXT NOT NULL,
        reason      TEXT NOT NULL,
        detail      TEXT NOT NULL
    );

    CREATE TABLE duplicates (
        run_id      INTEGER NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
        path        TEXT NOT NULL,
        document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE
    );
    """,
]

MIGRATIONS.append(
    # 2: the document date used for relative time, time expressions, actor mentions, event mentions
    """
    ALTER TABLE documents ADD COLUMN dct TEXT;                 -- reference date: published or inferred
    ALTER TABLE documents ADD COLUMN dct_inferred INTEGER NOT NULL DEFAULT 0;
    ALTER TABLE documents ADD COLUMN dct_confidence REAL;
    ALTER TABLE documents ADD COLUMN dct_reasoning TEXT;

    CREATE TABLE timexes (
        document_id  INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        idx          INTEGER NOT NULL,
        sentence_idx INTEGER,
        start        INTEGER NOT NULL,
        end          INTEGER NOT NULL,
        text         TEXT NOT NULL,
        type         TEXT NOT NULL,
        value        TEXT,
        mod          TEXT,
        precision    TEXT,
        earliest     TEXT,
        latest       TEXT,
        value_end    TEXT,
        anchor       TEXT,
        anchor_value TEXT,
        confidence   REAL,
        PRIMARY KEY (document_id, idx)
    );
    CREATE INDEX timexes_value ON timexes(value);

    CREATE TABLE actor_mentions (
        document_id  INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        idx          INTEGER NOT NULL,
        start        INTEGER NOT NULL,
        end          INTEGER NOT NULL,
        text         TEXT NOT NULL,
        actor_id     TEXT,
        kind         TEXT,
        name         TEXT,
        resolved     INTEGER NOT NULL,
        role         TEXT,
        via          TEXT,
        PRIMARY KEY (document_id, idx)
    );
    CREATE INDEX actor_mentions_actor ON actor_mentions(actor_id);

    CREATE TABLE event_mentions (
        id             INTEGER PRIMARY KEY,
        document_id    INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        sentence_idx   INTEGER NOT NULL,
        sentence_start INTEGER NOT NULL,
        sentence_end   INTEGER NOT NULL,
        type           TEXT NOT NULL,
        intensity      REAL NOT NULL,
        modality       TEXT NOT NULL,
        date           TEXT,
        date_end       TEXT,
        precision      TEXT,
        earliest       TEXT,
        latest         TEXT,
        summary        TEXT NOT NULL,
        record         TEXT NOT NULL          -- the whole EventMention as JSON
    );
    CREATE INDEX event_mentions_doc ON event_mentions(document_id);
    CREATE INDEX event_mentions_type ON event_mentions(type);
    CREATE INDEX event_mentions_earliest ON event_mentions(earliest);

    CREATE TABLE event_participants (
        event_mention_id INTEGER NOT NULL REFERENCES event_mentions(id) ON DELETE CASCADE,
        role     TEXT NOT NULL,
        actor_id TEXT,
        state    TEXT,
        text     TEXT NOT NULL
    );
    CREATE INDEX event_participants_actor ON event_participants(actor_id);
    CREATE INDEX event_participants_state ON event_participants(state);
    """
)

MIGRATIONS.append(
    # 3: claims: what each sentence asserts (chronica.claims), the whole record as JSON
    """
    CREATE TABLE claims (
        id             INTEGER PRIMARY KEY,
        document_id    INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        sentence_idx   INTEGER NOT NULL,
        kind           TEXT NOT NULL,
        topic          TEXT NOT NULL,
        value          TEXT NOT NULL,
        record         TEXT NOT NULL          -- the whole SentenceClaim as JSON (it wins)
    );
    CREATE INDEX claims_doc ON claims(document_id);
    CREATE INDEX claims_kind ON claims(kind, topic);
    """
)

MIGRATIONS.append(
    # 4: search over sentences — a full-text index (FTS5, BM25, Porter stemming) whose rows are the
    # sentences' rowids, and one MiniLM vector per sentence (computed once, at build time)
    """
    CREATE VIRTUAL TABLE sentences_fts USING fts5(
        text, content='sentences', content_rowid='rowid', tokenize='porter unicode61'
    );
    INSERT INTO sentences_fts(sentences_fts) VALUES ('rebuild');

    CREATE TABLE sentence_vectors (
        document_id INTEGER NOT NULL,
        idx         INTEGER NOT NULL,
        model       TEXT NOT NULL,              -- the embedder's backend ("minilm")
        vector      BLOB NOT NULL,              -- float32 unit vector
        PRIMARY KEY (document_id, idx),
        FOREIGN KEY (document_id, idx) REFERENCES sentences(document_id, idx) ON DELETE CASCADE
    );
    """
)
