-- warta store, version 1. Portable SQL run unchanged on DuckDB and PostgreSQL:
-- JSON values are stored as TEXT (json.dumps of the contract's nested fields) so that one
-- set of migrations serves both engines. Statements are separated by ";" at line ends.

CREATE TABLE runs (
    run_id TEXT PRIMARY KEY,
    warta_version TEXT,
    settings TEXT,
    started_at TIMESTAMP,
    finished_at TIMESTAMP,
    documents INTEGER,
    duplicates INTEGER,
    skipped INTEGER,
    events INTEGER,
    statements INTEGER,
    errors INTEGER
);

CREATE TABLE documents (
    content_hash TEXT PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    text TEXT NOT NULL,
    lang TEXT,
    published DATE,
    url TEXT,
    title TEXT,
    metadata TEXT,
    skipped TEXT,
    run_id TEXT,
    added_at TIMESTAMP
);

CREATE TABLE events (
    event_id TEXT PRIMARY KEY,
    doc_id TEXT NOT NULL,
    content_hash TEXT NOT NULL,
    lang TEXT,
    event TEXT NOT NULL,
    mode TEXT,
    context TEXT,
    actor TEXT,
    recipient TEXT,
    date TEXT,
    day DATE,
    date_precision TEXT,
    date_text TEXT,
    location TEXT,
    location_country TEXT,
    negated BOOLEAN,
    modality TEXT,
    sentence_index INTEGER,
    sentence TEXT,
    trigger TEXT,
    cameo TEXT,
    goldstein DOUBLE PRECISION,
    quad_class INTEGER,
    confidence DOUBLE PRECISION,
    rule TEXT,
    source TEXT,
    speaker TEXT,
    search_text TEXT,
    run_id TEXT,
    cluster_id TEXT
);

CREATE TABLE actors (
    event_id TEXT NOT NULL,
    role TEXT NOT NULL,
    position INTEGER NOT NULL,
    text TEXT,
    name TEXT,
    country TEXT,
    sector TEXT,
    wikidata TEXT
);

CREATE TABLE statements (
    statement_id TEXT PRIMARY KEY,
    doc_id TEXT NOT NULL,
    content_hash TEXT NOT NULL,
    speaker TEXT,
    speaker_name TEXT,
    speaker_country TEXT,
    text TEXT,
    span_start INTEGER,
    span_end INTEGER,
    verb TEXT,
    sentence_index INTEGER,
    run_id TEXT
);

CREATE TABLE errors (
    item TEXT,
    reason TEXT,
    hint TEXT,
    run_id TEXT
);

CREATE INDEX actors_event ON actors (event_id);
CREATE INDEX events_doc ON events (doc_id);
CREATE INDEX statements_doc ON statements (doc_id);
