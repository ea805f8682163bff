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
    # 3: what an actor mention stands for beyond one id (issue 9): its country (a nationality named
    # with a person wins over the KB), every actor of a pair or group (";"-joined ids), the CAMEO
    # sector of a generic agent and the CAMEO actor code (no semicolons in these comments: the
    # migration is split on them)
    """
    ALTER TABLE actor_mentions ADD COLUMN country TEXT;
    ALTER TABLE actor_mentions ADD COLUMN actor_ids TEXT;   -- joined by semicolons, the first is actor_id
    ALTER TABLE actor_mentions ADD COLUMN agent TEXT;       -- CAMEO sector: MIL, COP, OPP, REB, GOV ...
    ALTER TABLE actor_mentions ADD COLUMN cameo TEXT;       -- CAMEO actor code(s), joined as actor_ids
    """
)

MIGRATIONS.append(
    # 4: long documents parsed in pieces (the parse of each piece), and the count of bytes that
    #    could not be decoded and were read as U+FFFD
    """
    CREATE TABLE document_segments (
        document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        idx         INTEGER NOT NULL,
        start       INTEGER NOT NULL,            -- offsets of the piece in documents.text
        end         INTEGER NOT NULL,
        parse       BLOB,                        -- spaCy DocBin of the piece
        PRIMARY KEY (document_id, idx)
    );
    ALTER TABLE documents ADD COLUMN replaced_chars INTEGER NOT NULL DEFAULT 0;
    """
)

MIGRATIONS.append(
    # 5: claims: what each sentence asserts (chronica.claims), the whole record as JSON
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
    # 6: the chronicle persisted (chronica.chronicle.persist computes it at build time, read
    # commands read it): sentence vectors, each mention's blocking keys and links, merged events,
    # disagreements; and what a re-run needs to skip an unchanged file before reading it
    """
    CREATE TABLE sentence_vectors (
        text_hash   TEXT PRIMARY KEY,            -- sha1 of the sentence text
        vector      BLOB NOT NULL                -- float32 unit vector (MiniLM, 384 dims)
    );

    CREATE TABLE chronicle_events (
        id          INTEGER PRIMARY KEY,
        label       TEXT,                        -- e1, e2, ... in chronological order
        position    INTEGER,
        n_mentions  INTEGER NOT NULL,            -- its members (not counting near-duplicate copies)
        sort_key    TEXT NOT NULL,               -- JSON: what the chronological order sorts by
        record      TEXT NOT NULL                -- the ChronicleEvent as JSON, without mentions
    );
    CREATE INDEX chronicle_events_position ON chronicle_events(position);

    CREATE TABLE chronicle_mentions (
        mention_id  INTEGER PRIMARY KEY REFERENCES event_mentions(id) ON DELETE CASCADE,
        grp         TEXT NOT NULL,               -- the type family it is clustered in
        earliest    TEXT,                        -- its date interval (ISO days), NULL undated
        latest      TEXT,
        alias_of    INTEGER,                     -- the mention of the original document it repeats
        event_id    INTEGER REFERENCES chronicle_events(id) ON DELETE SET NULL
    );
    CREATE INDEX chronicle_mentions_interval ON chronicle_mentions(grp, earliest);
    CREATE INDEX chronicle_mentions_event ON chronicle_mentions(event_id);
    CREATE INDEX chronicle_mentions_alias ON chronicle_mentions(alias_of);

    CREATE TABLE chronicle_keys (
        grp         TEXT NOT NULL,
        key         TEXT NOT NULL,               -- an actor id, a state, or an unresolved name
        mention_id  INTEGER NOT NULL REFERENCES event_mentions(id) ON DELETE CASCADE,
        PRIMARY KEY (grp, key, mention_id)
    );
    CREATE INDEX chronicle_keys_mention ON chronicle_keys(mention_id);

    CREATE TABLE chronicle_links (
        a           INTEGER NOT NULL REFERENCES event_mentions(id) ON DELETE CASCADE,
        b           INTEGER NOT NULL REFERENCES event_mentions(id) ON DELETE CASCADE,
        PRIMARY KEY (a, b)
    );
    CREATE INDEX chronicle_links_b ON chronicle_links(b);

    CREATE TABLE chronicle_disagreements (
        position    INTEGER PRIMARY KEY,
        record      TEXT NOT NULL                -- the Disagreement as JSON, mentions by id
    );

    CREATE TABLE file_stats (
        path        TEXT PRIMARY KEY,            -- absolute path of an input file
        size        INTEGER NOT NULL,
        mtime_ns    INTEGER NOT NULL,
        documents   INTEGER NOT NULL             -- how many documents it held when last read
    );

    -- near-duplicate copies: which sentence of a copy repeats which of its original (aligned
    -- once, when the copy is first seen by the chronicle step)
    CREATE TABLE copy_sentences (
        document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        idx         INTEGER NOT NULL,
        original_document INTEGER NOT NULL,
        original_idx INTEGER NOT NULL,
        PRIMARY KEY (document_id, idx)
    );
    CREATE TABLE chronicle_documents (
        document_id INTEGER PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE
    );

    -- the text stored once: a sentence is its offsets into documents.text, the original file's
    -- text is kept zlib-compressed, and not at all when it is the clean text itself
    ALTER TABLE sentences DROP COLUMN text;
    ALTER TABLE documents ADD COLUMN raw_compressed BLOB;   -- zlib(raw) when raw is '' below
    """
)

MIGRATIONS.append(
    # 7: search over sentences: a full-text index (FTS5, BM25, Porter stemming) over the sentence
    # texts, read through a view that cuts them from documents.text (the text is stored once), and
    # which documents search has embedded (their sentence vectors go to sentence_vectors, by the
    # sha1 of the text, shared with the chronicle)
    """
    CREATE VIEW sentence_texts AS
        SELECT s.rowid AS sid, s.document_id, s.idx, s.start, s.end,
               substr(d.text, s.start + 1, s.end - s.start) AS text
        FROM sentences s JOIN documents d ON d.id = s.document_id;
    CREATE VIRTUAL TABLE sentences_fts USING fts5(
        text, content='sentence_texts', content_rowid='sid', tokenize='porter unicode61'
    );
    INSERT INTO sentences_fts(sentences_fts) VALUES ('rebuild');
    CREATE TABLE search_documents (
        document_id INTEGER PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE
    );
    """
)

MIGRATIONS.append(
    # 8: views for reading the store with any SQL client (datasette, sqlite3, DB Browser): the
    # timeline, its sources and actors, the disagreements with their claims and sentences, the
    # documents. They read the persisted chronicle (the JSON records) and cut sentences from
    # documents.text, so they hold no data of their own and are always current. README, section
    # "The store in SQL", documents them.
    """
    CREATE VIEW timeline AS
        SELECT ce.label AS event, ce.position,
               json_extract(ce.record, '$.date') AS date,
               json_extract(ce.record, '$.date_end') AS date_end,
               json_extract(ce.record, '$.type') AS type,
               json_extract(ce.record, '$.modality') AS modality,
               json_extract(ce.record, '$.summary') AS summary,
               ce.n_mentions AS mentions,
               (SELECT count(DISTINCT em.document_id) FROM chronicle_mentions cm
                  JOIN event_mentions em ON em.id = cm.mention_id
                  WHERE cm.event_id = ce.id) AS documents
        FROM chronicle_events ce;

    CREATE VIEW timeline_sources AS
        SELECT ce.label AS event, ce.position, em.id AS mention, em.document_id,
               d.title AS document_title, d.path AS document_path,
               em.date AS date_in_this_source, em.modality,
               substr(d.text, em.sentence_start + 1, em.sentence_end - em.sentence_start) AS sentence
        FROM chronicle_mentions cm
        JOIN chronicle_events ce ON ce.id = cm.event_id
        JOIN event_mentions em ON em.id = cm.mention_id
        JOIN documents d ON d.id = em.document_id;

    CREATE VIEW timeline_actors AS
        SELECT ce.label AS event, ce.position,
               json_extract(p.value, '$.role') AS role,
               json_extract(p.value, '$.actor_id') AS actor_id,
               json_extract(p.value, '$.name') AS name,
               json_extract(p.value, '$.text') AS text
        FROM chronicle_events ce, json_each(ce.record, '$.participants') p;

    CREATE VIEW disagreement_list AS
        SELECT json_extract(record, '$.id') AS disagreement, position,
               json_extract(record, '$.kind') AS kind,
               json_extract(record, '$.topic') AS topic,
               json_extract(record, '$.reason') AS reason,
               json_array_length(record, '$.claims') AS claims
        FROM chronicle_disagreements;

    CREATE VIEW disagreement_claims AS
        SELECT json_extract(x.record, '$.id') AS disagreement, x.position,
               json_extract(c.value, '$.value') AS value,
               em.document_id, d.title AS document_title,
               substr(d.text, em.sentence_start + 1, em.sentence_end - em.sentence_start) AS sentence
        FROM chronicle_disagreements x,
             json_each(x.record, '$.claims') c,
             json_each(c.value, '$.mentions') m
        JOIN event_mentions em ON em.id = json_extract(m.value, '$.mention')
        JOIN documents d ON d.id = em.document_id;

    CREATE VIEW document_list AS
        SELECT id, title, author, outlet, published, dct AS reference_date,
               dct_inferred AS reference_date_inferred, n_words, n_sentences,
               near_duplicate_of, path
        FROM documents
    """
)

MIGRATIONS.append(
    # 9: blocking of the chronicle step that grows with what can merge, not with the corpus
    # (issue 12, a 50 MB text on one subject). A mention's actor keys carry its event type and
    # whether its date is stated in its sentence, so a look-up by actor reads only the mentions
    # a date test could let by. A mention's date interval has a width class (w: its length in
    # days is below 2 to the power w), so an overlap look-up is one index range per class. The
    # stored chronicle is forgotten: the next build or read command computes it again with
    # these columns filled (the sentence vectors stay)
    """
    ALTER TABLE chronicle_keys ADD COLUMN type TEXT NOT NULL DEFAULT '';
    ALTER TABLE chronicle_keys ADD COLUMN stated INTEGER NOT NULL DEFAULT 0;
    CREATE INDEX chronicle_keys_type ON chronicle_keys(grp, key, type, stated);
    ALTER TABLE chronicle_mentions ADD COLUMN width INTEGER;
    CREATE INDEX chronicle_mentions_width ON chronicle_mentions(grp, width, earliest);
    DELETE FROM chronicle_links;
    DELETE FROM chronicle_keys;
    DELETE FROM chronicle_mentions;
    DELETE FROM chronicle_events;
    DELETE FROM chronicle_disagreements
    """
)

MIGRATIONS.append(
    # 10: the content of an input file as last read (issue 13: a re-run with nothing new takes
    # under a second even when the files were touched). A file whose size or modification time
    # changed is hashed; when its bytes hash as they did, its documents are unchanged and it is
    # not read again (a copy, a checkout, a backup restored: new times, the same bytes). NULL:
    # read before the hash was kept (read again once, as before).
    """
    ALTER TABLE file_stats ADD COLUMN digest TEXT
    """
)

MIGRATIONS.append(
    # 11: search's sentence vectors apart from the merge's (issues 13, 14): search ranks every
    # sentence by a static table distilled from MiniLM (chronica.chronicle.embeddings
    # .StaticEmbedder, 128 dims), the merge keeps MiniLM for the sentences that carry events or
    # claims (sentence_vectors). search_model names what made search_vectors: a store indexed by
    # another model is indexed again (chronica.search.index_sentences). A store of an older
    # schema has its documents marked unindexed, so that its next build or search fills
    # search_vectors (a table look-up a sentence: seconds for the BBC)
    """
    CREATE TABLE search_vectors (
        text_hash   TEXT PRIMARY KEY,            -- sha1 of the sentence text
        vector      BLOB NOT NULL                -- float32 unit vector (search_model's)
    );
    CREATE TABLE search_model (
        name        TEXT PRIMARY KEY,            -- one row: static-minilm-128, all-MiniLM-L6-v2
        dims        INTEGER NOT NULL
    );
    DELETE FROM search_documents
    """
)

MIGRATIONS.append(
    # 12: the links of the claim disagreements (issue 13: every build compared every stored claim
    # again, 451 CPU-s and 1.5 GB to add five articles to a store of 21,600 documents). A link is
    # two claims about one thing that cannot both be true (chronica.chronicle.claim_conflicts
    # .is_link); an update finds again only the links of the claims that are new or whose
    # happenings were merged again, and groups the stored links. chronicle_claims: the claims
    # whose links are stored
    """
    CREATE TABLE chronicle_claims (
        claim_id    INTEGER PRIMARY KEY           -- claims.id
    );
    CREATE TABLE chronicle_claim_links (
        kind        TEXT NOT NULL,                -- the claims' kind
        a           INTEGER NOT NULL,             -- claims.id, a before b in text order
        b           INTEGER NOT NULL,
        PRIMARY KEY (a, b)
    );
    CREATE INDEX chronicle_claim_links_b ON chronicle_claim_links(b)
    """
)

MIGRATIONS.append(
    # 13: the JSON export written from stored bytes (issue 13: export --format json on the 10x
    # store took 4.6-5.1 CPU-s, 1.2 of them making each event's record from its mentions and
    # 1.1 the documents' 163,000 time expressions row by row). chronicle_event_exports: each
    # event's record as the export writes it, without its id (chronica.chronicle.stored
    # .fill_exports makes it after each chronicle update from the stored rows, with the
    # export's own code), none until made or when the event's members changed (a table of its
    # own: the read commands that read chronicle_events do not read these bytes).
    # document_exports: the document's time expressions as the export writes them, made when
    # its annotations are written (a table of its own: a column after the parse would have
    # every read of it walk the parse's pages). export_versions: what made them (the event code's
    # fingerprint, the time expressions' fields): bytes made by other code are made again,
    # and until then the export computes as before
    """
    CREATE TABLE chronicle_event_exports (
        event_id    INTEGER PRIMARY KEY REFERENCES chronicle_events(id) ON DELETE CASCADE,
        export      BLOB NOT NULL                 -- UTF-8 JSON, indented, without the id
    );
    CREATE INDEX chronicle_event_exports_event ON chronicle_event_exports(event_id);
    CREATE TABLE document_exports (
        document_id INTEGER PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
        timexes     BLOB NOT NULL                 -- UTF-8 JSON as placed in the export
    );
    CREATE INDEX document_exports_document ON document_exports(document_id);
    CREATE TABLE export_versions (
        part        TEXT PRIMARY KEY,             -- events or timexes
        version     TEXT NOT NULL                 -- what made the stored bytes
    )
    """
)

MIGRATIONS.append(
    # 14: each document's whole record as the JSON export writes it (issue 13: on the 10x store
    # the export spent ~1.3 of its 3.2-3.9 CPU-s reading each document's row, walking its pages
    # to the reference date after the parse, and building and encoding its record). Made with
    # its time expressions when the document's annotations are written
    # (chronica.store.document_record; the timexes column then holds none); empty for a long
    # document (its text in segments, or more than a page of time expressions: the write path
    # keeps memory bounded) and for a record only the standard library encodes, which the export
    # makes itself. NULL on the rows of an older store until its next build makes them again
    # (export_versions' "timexes" part names the version)
    """
    ALTER TABLE document_exports ADD COLUMN record BLOB
    """
)

MIGRATIONS.append(
    # 15: disagreement_claims shows the claims of every kind of disagreement. A figure's claim
    # (kind number, duration ...) cites its sentence by the claim it was read from
    # ({"claim": {"document_id", "sentence_start", "sentence_end", ...}}), not by an event
    # mention; migration 8's view joined event_mentions only, so it showed no row for them
    """
    DROP VIEW disagreement_claims;
    CREATE VIEW disagreement_claims AS
        SELECT json_extract(x.record, '$.id') AS disagreement, x.position,
               json_extract(c.value, '$.value') AS value,
               d.id AS document_id, d.title AS document_title,
               substr(d.text, coalesce(em.sentence_start, json_extract(m.value, '$.claim.sentence_start')) + 1,
                      coalesce(em.sentence_end, json_extract(m.value, '$.claim.sentence_end'))
                      - coalesce(em.sentence_start, json_extract(m.value, '$.claim.sentence_start'))) AS sentence
        FROM chronicle_disagreements x,
             json_each(x.record, '$.claims') c,
             json_each(c.value, '$.mentions') m
        LEFT JOIN event_mentions em ON em.id = json_extract(m.value, '$.mention')
        JOIN documents d ON d.id = coalesce(em.document_id, json_extract(m.value, '$.claim.document_id'))
    """
)
