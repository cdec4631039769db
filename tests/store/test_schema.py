"""Migrations: an empty database migrates to the current schema, and migrating is idempotent."""

from __future__ import annotations

from warta.store import Store, open_store
from warta.store.schema import current_version, migrate, migrations, statements

# The current schema, table by table: a new migration must update this on purpose.
EXPECTED = {
    "schema_version": ["version", "name", "applied_at"],
    "runs": ["run_id", "warta_version", "settings", "started_at", "finished_at", "documents",
             "duplicates", "skipped", "events", "statements", "errors"],
    "documents": ["content_hash", "id", "text", "lang", "published", "url", "title", "metadata",
                  "skipped", "run_id", "added_at"],
    "events": ["event_id", "doc_id", "content_hash", "lang", "event", "mode", "context", "actor",
               "recipient", "date", "day", "date_precision", "date_text", "location",
               "location_country", "negated", "modality", "sentence_index", "sentence",
               "trigger", "cameo", "goldstein", "quad_class", "confidence", "rule", "source",
               "speaker", "search_text", "run_id", "cluster_id"],
    "actors": ["event_id", "role", "position", "text", "name", "country", "sector", "wikidata"],
    "statements": ["statement_id", "doc_id", "content_hash", "speaker", "speaker_name",
                   "speaker_country", "text", "span_start", "span_end", "verb",
                   "sentence_index", "run_id"],
    "errors": ["item", "reason", "hint", "run_id"],
    # 0002_clusters (issue 9)
    "doc_minhash": ["content_hash", "doc_id", "signature", "source", "published", "duplicate_of",
                    "similarity"],
    "doc_lsh": ["band_key", "content_hash"],
    "clusters": ["cluster_id", "cluster_key", "event", "mode", "countries", "actor", "recipient",
                 "date", "date_precision", "day", "period_lo", "period_hi", "period_precision",
                 "place_country", "anchors", "location", "location_country", "num_mentions",
                 "num_sources", "num_articles", "num_copies", "first_seen", "last_seen"],
    "cluster_staging": ["event_id", "cluster_id"],
}


def columns(store: Store) -> dict[str, list[str]]:
    rows = store.db.query(
        "SELECT table_name, column_name FROM information_schema.columns "
        "WHERE table_schema IN ('main', 'public') ORDER BY table_name, ordinal_position")
    out: dict[str, list[str]] = {}
    for table, column in rows:
        out.setdefault(table, []).append(column)
    return out


def test_empty_database_migrates_to_current_schema(store: Store) -> None:
    assert columns(store) == EXPECTED
    versions = store.db.query("SELECT version FROM schema_version ORDER BY version")
    assert [v for (v,) in versions] == [v for v, _, _ in migrations()]
    assert current_version() == versions[-1][0]


def test_migrating_again_changes_nothing(store_target: str) -> None:
    with open_store(store_target) as s:
        first = columns(s)
        assert migrate(s.db) == current_version()
        assert columns(s) == first
        assert s.db.query("SELECT count(*) FROM schema_version")[0][0] == len(migrations())
    with open_store(store_target) as s:  # reopening migrates nothing either
        assert columns(s) == first


def test_migrations_are_numbered_in_order() -> None:
    versions = [v for v, _, _ in migrations()]
    assert versions == list(range(1, len(versions) + 1))


def test_statement_splitting_ignores_comments() -> None:
    sql = "-- a; comment\nCREATE TABLE a (x TEXT);\n\nCREATE TABLE b (y TEXT);\n"
    assert statements(sql) == ["CREATE TABLE a (x TEXT)", "CREATE TABLE b (y TEXT)"]
