"""The HTTP API of SCHEMA.md (FastAPI). The server process is the store's one writer.

DuckDB locks its file against other processes, so `warta serve` opens the store read-write
and keeps it: reads run on per-thread cursors, and `POST /api/documents` writes through the
same process. While a server runs, add documents by POSTing them (or stop it to ingest).
"""

from __future__ import annotations

import hashlib
import hmac
import os
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from datetime import date
from pathlib import Path
from typing import Annotated, Any

from fastapi import FastAPI, Header, HTTPException, Query
from fastapi.responses import FileResponse, JSONResponse
from starlette.concurrency import run_in_threadpool

from warta.api import cluster_models as CM
from warta.api import models as M
from warta.api.aggregates import router as aggregates_router
from warta.api.limits import BodySizeLimit, RefuseControlCharacters, SecurityHeaders
from warta.model import Document
from warta.settings import limit
from warta.store import EventFilter, Store, open_store
from warta.store.queries import MAX_PAGE

STATIC = Path(__file__).resolve().parent.parent / "ui" / "static"
MAX_BODY = limit("max_body_bytes", {})  # bytes of one request body (the default)

Limit = Annotated[int, Query(ge=0, le=MAX_PAGE, description=f"page size, at most {MAX_PAGE}")]
Offset = Annotated[int, Query(ge=0, le=10_000_000)]
Short = Annotated[str | None, Query(max_length=200)]


async def _one(fetch: Callable[[str], dict[str, Any] | None], key: str,
               what: str) -> dict[str, Any]:
    """One stored record by its id, read off the event loop; 404 when there is none."""
    found = await run_in_threadpool(fetch, key)
    if found is None:
        raise HTTPException(404, f"no {what} {key!r}")
    return found


def code_document(doc: Document) -> Document:
    """Run the pipeline on one document (imported on first use: it loads the language packs)."""
    from warta.pipeline import process

    return process(doc)


def create_app(db: str | None = None, store: Store | None = None, token: str | None = None,
               max_body: int | None = None) -> FastAPI:
    """The API over a store (opened from `db` unless given); `token` defaults to $WARTA_TOKEN.

    `max_body` defaults to the max_body_bytes setting (env WARTA_MAX_BODY_BYTES).
    """
    the_store = store or open_store(db)
    write_token = token if token is not None else os.environ.get("WARTA_TOKEN") or None

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        yield
        if store is None:  # we opened it, we close it (and release DuckDB's lock)
            the_store.close()

    app = FastAPI(title="warta", version="1", lifespan=lifespan,
                  description="Political events (PLOVER/CAMEO) coded from news text.")
    app.add_middleware(RefuseControlCharacters)
    app.add_middleware(BodySizeLimit, max_bytes=max_body or limit("max_body_bytes"))
    app.add_middleware(SecurityHeaders)  # added last: outermost, so even a 413 carries it
    app.state.store = the_store

    def filters(type: str | None, country: str | None, actor: str | None, date_from: date | None,
                date_to: date | None, lang: str | None, q: str | None) -> EventFilter:
        return EventFilter(type=type, country=country, actor=actor, date_from=date_from,
                           date_to=date_to, lang=lang, q=q)

    @app.get("/api/events", response_model=M.EventPage, tags=["events"])
    async def list_events(
            type: Short = None, country: Short = None, actor: Short = None,
            date_from: Annotated[date | None, Query(alias="from")] = None,
            date_to: Annotated[date | None, Query(alias="to")] = None,
            lang: Short = None, q: Short = None, limit: Limit = 100,
            offset: Offset = 0) -> dict[str, Any]:
        """Events matching every given filter, newest first."""
        f = filters(type, country, actor, date_from, date_to, lang, q)
        total, events = await run_in_threadpool(the_store.events, f, limit, offset)
        return {"total": total, "events": events}

    @app.get("/api/events/{event_id}", response_model=M.EventWithDocument, tags=["events"])
    async def one_event(event_id: str) -> dict[str, Any]:
        """One event with its document's metadata."""
        return await _one(the_store.event, event_id, "event")

    @app.get("/api/clusters", response_model=CM.ClusterPage, tags=["clusters"])
    async def list_clusters(
            type: Short = None, country: Short = None,
            date_from: Annotated[date | None, Query(alias="from")] = None,
            date_to: Annotated[date | None, Query(alias="to")] = None,
            limit: Limit = 100, offset: Offset = 0) -> dict[str, Any]:
        """Real-world events merged from their reports, newest first, then most reported."""
        total, rows = await run_in_threadpool(
            lambda: the_store.clusters(type, country, date_from, date_to, limit, offset))
        return {"total": total, "clusters": rows}

    @app.get("/api/clusters/{cluster_id}", response_model=CM.ClusterWithEvents,
             tags=["clusters"])
    async def one_cluster(cluster_id: str) -> dict[str, Any]:
        """One cluster with its member events."""
        return await _one(the_store.cluster, cluster_id, "cluster")

    @app.get("/api/documents/{doc_id}", response_model=M.DocumentOut, tags=["documents"])
    async def one_document(doc_id: str) -> dict[str, Any]:
        """A stored document: text, metadata, events and statements."""
        return await _one(the_store.document, doc_id, "document")

    @app.get("/api/statements", response_model=M.StatementPage, tags=["statements"])
    async def list_statements(doc_id: Short = None, speaker: Short = None, country: Short = None,
                              q: Short = None, limit: Limit = 100,
                              offset: Offset = 0) -> dict[str, Any]:
        """Attributed statements (who said what)."""
        total, rows = await run_in_threadpool(
            lambda: the_store.statements(doc_id=doc_id, speaker=speaker, country=country, q=q,
                                         limit=limit, offset=offset))
        return {"total": total, "statements": rows}

    @app.get("/api/stats", response_model=M.Stats, tags=["events"])
    async def stats(type: Short = None, country: Short = None, actor: Short = None,
                    date_from: Annotated[date | None, Query(alias="from")] = None,
                    date_to: Annotated[date | None, Query(alias="to")] = None,
                    lang: Short = None, q: Short = None) -> dict[str, Any]:
        """Counts by type, participant country and day (of the filtered events)."""
        f = filters(type, country, actor, date_from, date_to, lang, q)
        return await run_in_threadpool(the_store.stats, f)

    @app.post("/api/extract", response_model=M.ExtractOut, tags=["extract"])
    async def extract(body: M.ExtractIn) -> dict[str, Any]:
        """Events of the posted text; nothing is stored."""
        doc = Document(id="doc", text=body.text, lang=body.lang, published=body.published)
        doc = await run_in_threadpool(code_document, doc)
        return {"events": [e.to_dict() for e in doc.events],
                "statements": [s.to_dict() for s in doc.statements], "skipped": doc.skipped}

    @app.post("/api/documents", response_model=M.StoredOut, tags=["documents"],
              responses={201: {"model": M.StoredOut}, 401: {"description": "bad token"}})
    async def add_document(body: M.DocumentIn,
                           authorization: Annotated[str | None, Header()] = None,
                           x_warta_token: Annotated[str | None, Header()] = None) -> Any:
        """Extract and store a document (needs the write token when one is configured)."""
        if write_token is not None:
            given = x_warta_token or (authorization or "").removeprefix("Bearer ").strip()
            if not hmac.compare_digest(given.encode(), write_token.encode()):
                raise HTTPException(401, "a valid write token is needed",
                                    headers={"WWW-Authenticate": "Bearer"})
        doc_id = body.id or "api-" + hashlib.sha256(body.text.encode()).hexdigest()[:16]
        doc = Document(id=doc_id, text=body.text, lang=body.lang, published=body.published,
                       url=body.url, title=body.title)
        doc = await run_in_threadpool(code_document, doc)
        counts = await run_in_threadpool(the_store.write, [doc])
        out = {"doc_id": doc_id, "stored": counts.documents == 1,
               "duplicate": counts.duplicates == 1,
               "events": [e.to_dict() for e in doc.events],
               "statements": [s.to_dict() for s in doc.statements], "skipped": doc.skipped}
        return JSONResponse(out, status_code=201 if out["stored"] else 200)

    app.include_router(aggregates_router)
    _mount_ui(app)
    return app


def _mount_ui(app: FastAPI) -> None:
    """The dashboard at / when the ui package ships one; else a pointer to the API docs."""
    index = STATIC / "index.html"
    if index.is_file():
        from fastapi.staticfiles import StaticFiles

        # StaticFiles resolves paths under its directory only: no traversal out of it.
        app.mount("/static", StaticFiles(directory=STATIC), name="static")

        @app.get("/", include_in_schema=False)
        async def dashboard() -> FileResponse:
            return FileResponse(index)
    else:
        @app.get("/", include_in_schema=False)
        async def root() -> dict[str, str]:
            return {"name": "warta", "api": "/api/events", "docs": "/docs",
                    "openapi": "/openapi.json"}
