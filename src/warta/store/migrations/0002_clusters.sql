-- warta store, version 2: near-duplicate documents and event clusters (issue 9).
-- doc_minhash: one row per document that has been through dedup, with its MinHash signature
-- (hex), its outlet (`source`) and, for a near-duplicate, the id of the document it copies
-- (`duplicate_of`, always the original: copies of copies point at the first).
-- doc_lsh: the signature's LSH band keys, so candidates are found by an index look-up.
-- clusters: one row per real-world event; members are the events whose cluster_id names it.
-- cluster_staging: scratch rows of one write's assignments (empty between writes).

CREATE TABLE doc_minhash (
    content_hash TEXT PRIMARY KEY,
    doc_id TEXT NOT NULL,
    signature TEXT NOT NULL,
    source TEXT,
    published DATE,
    duplicate_of TEXT,
    similarity DOUBLE PRECISION
);

CREATE TABLE doc_lsh (
    band_key TEXT NOT NULL,
    content_hash TEXT NOT NULL
);

CREATE TABLE clusters (
    cluster_id TEXT PRIMARY KEY,
    cluster_key TEXT NOT NULL,
    event TEXT NOT NULL,
    mode TEXT,
    countries TEXT,
    actor TEXT,
    recipient TEXT,
    date TEXT,
    date_precision TEXT,
    day DATE,
    period_lo DATE,
    period_hi DATE,
    period_precision TEXT,
    place_country TEXT,
    anchors TEXT,
    location TEXT,
    location_country TEXT,
    num_mentions INTEGER,
    num_sources INTEGER,
    num_articles INTEGER,
    num_copies INTEGER,
    first_seen DATE,
    last_seen DATE
);

CREATE TABLE cluster_staging (
    event_id TEXT PRIMARY KEY,
    cluster_id TEXT NOT NULL
);

CREATE INDEX doc_lsh_band ON doc_lsh (band_key);
CREATE INDEX clusters_key ON clusters (cluster_key);
CREATE INDEX events_cluster ON events (cluster_id);
CREATE INDEX doc_minhash_dup ON doc_minhash (duplicate_of);
