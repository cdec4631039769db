"""The dashboard end to end: `warta serve` over a temporary store, driven in headless Chromium.

Every test fails on a console error or uncaught exception in the page, and on any request to
a host other than the server (all other requests are intercepted and aborted). Skipped when
Debian's chromium or the Python playwright client is missing (scripts/ci_browser.sh installs
both). Set WARTA_SCREENSHOTS=DIR to write the screenshots of the README into DIR.
"""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlparse

import pytest

CHROMIUM = Path("/usr/bin/chromium")
if not CHROMIUM.exists():
    pytest.skip("no /usr/bin/chromium (run scripts/ci_browser.sh)", allow_module_level=True)
sync_api = pytest.importorskip("playwright.sync_api")
from devinputs import write_dev_inputs  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / "examples" / "000_1bb352efa15facdf.txt"
SEED_ID = "000_1bb352efa15facdf"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--no-first-run", "--disable-component-update", "--disable-sync"]
WARTA = [sys.executable, "-c", "import sys; from warta.cli.main import main; sys.exit(main())"]
SHOTS = os.environ.get("WARTA_SCREENSHOTS")

ENGLISH = ("President Joko Widodo met Chinese President Xi Jinping in Beijing on Monday. "
           "Police arrested dozens of protesters in Jakarta on Tuesday.")
HTML_PAGE = """<!doctype html><html><head><title>t</title>
<meta property="article:published_time" content="2024-10-20T08:00:00+07:00"></head>
<body><nav>menu</nav><article><h1>Talks</h1>
<p>Presiden Prabowo Subianto bertemu dengan Perdana Menteri Jepang di Tokyo.</p>
</article><script>document.title = "x";</script></body></html>"""


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """`warta serve` on a random port over a store holding the seed article and dev texts."""
    folder = tmp_path_factory.mktemp("dashboard")
    db = str(folder / "warta.duckdb")
    subprocess.run([*WARTA, "ingest", str(SEED), "--lang", "id", "--published", "2025-01-22",
                    "--db", db], check=True, timeout=300, capture_output=True)
    dev = write_dev_inputs(folder)
    if dev:
        subprocess.run([*WARTA, "ingest", *map(str, dev), "--db", db], check=True, timeout=300,
                       capture_output=True)
    port = _free_port()
    proc = subprocess.Popen([*WARTA, "serve", "--db", db, "--port", str(port)],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(200):
            try:
                urllib.request.urlopen(base + "/api/stats", timeout=1).read()
                break
            except OSError:
                if proc.poll() is not None:
                    raise RuntimeError(proc.stderr.read().decode() if proc.stderr else "") from None
                time.sleep(0.1)
        yield base
    finally:
        proc.terminate()
        proc.wait(timeout=10)


def _api(base: str, path: str) -> dict:
    with urllib.request.urlopen(base + path, timeout=10) as r:
        return json.loads(r.read())


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        yield b
        b.close()


@pytest.fixture
def watch() -> dict[str, list[str]]:
    """What the page fixture caught: console errors and requests off the server."""
    return {"errors": [], "foreign": []}


@pytest.fixture
def page(browser: Any, server: str, watch: dict[str, list[str]]) -> Iterator[Any]:
    """A page that records console errors and refuses every request off the server."""
    context = browser.new_context(viewport={"width": 1400, "height": 1100})
    pg = context.new_page()
    errors, foreign = watch["errors"], watch["foreign"]
    pg.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    pg.on("pageerror", lambda e: errors.append(str(e)))
    origin = urlparse(server).netloc

    def guard(route: Any) -> None:
        url = route.request.url
        if urlparse(url).scheme in ("data", "blob") or urlparse(url).netloc == origin:
            route.continue_()
        else:
            foreign.append(url)
            route.abort()

    pg.route("**/*", guard)
    yield pg
    context.close()
    assert errors == [], f"console errors: {errors}"
    assert foreign == [], f"requests off the server: {foreign}"


def _ready(pg: Any) -> None:
    pg.wait_for_selector("body[data-ready='1']:not([data-loading='1'])",
                         timeout=20_000)


def _query(pg: Any) -> dict[str, list[str]]:
    return parse_qs(urlparse(pg.url).query)


def test_panels_render(page: Any, server: str) -> None:
    pg = page
    pg.goto(server + "/")
    _ready(pg)
    assert pg.locator("#timeline canvas").count() >= 1
    nodes = pg.evaluate("Warta.dashboard.network.cy.nodes().length")
    edges = pg.evaluate("Warta.dashboard.network.cy.edges().length")
    assert nodes >= 2 and edges >= 1
    # The offline basemap: one path per country outline, and circles for event places.
    assert pg.locator("#map .leaflet-overlay-pane path").count() > 150
    assert pg.locator("#map path.event-point").count() >= 1
    total = _api(server, "/api/events?limit=0")["total"]
    rows = pg.locator("#events tbody tr.event-row")
    assert rows.count() == min(25, total)
    assert f"of {total}" in pg.inner_text("#page-info")
    if SHOTS:
        pg.wait_for_timeout(300)
        pg.screenshot(path=f"{SHOTS}/dashboard-overview.png", full_page=True)


def test_filters_change_table_and_url_and_survive_reload(page: Any, server: str) -> None:
    pg = page
    pg.goto(server + "/")
    _ready(pg)
    before = pg.inner_text("#page-info")
    pg.select_option("select[name=type]", "CONSULT")
    pg.wait_for_url("**type=CONSULT**")
    _ready(pg)
    consult = _api(server, "/api/events?type=CONSULT&limit=0")["total"]
    assert f"of {consult}" in pg.inner_text("#page-info") != before
    types = pg.locator("#events tbody tr.event-row td:nth-child(2)").all_inner_texts()
    assert types and all(t.startswith("CONSULT") for t in types)

    pg.fill("input[name=country]", "chn")
    pg.wait_for_url("**country=CHN**")
    _ready(pg)
    assert _query(pg)["type"] == ["CONSULT"] and _query(pg)["country"] == ["CHN"]
    both = _api(server, "/api/events?type=CONSULT&country=CHN&limit=0")["total"]
    assert both >= 1
    rows = pg.locator("#events tbody tr.event-row")
    assert rows.count() == min(25, both)
    for i in range(rows.count()):
        assert "CHN" in rows.nth(i).inner_text()

    pg.reload()
    _ready(pg)
    assert pg.input_value("select[name=type]") == "CONSULT"
    assert pg.input_value("input[name=country]") == "CHN"
    assert rows.count() == min(25, both)

    pg.select_option("select[name=quad]", "3,4")
    pg.wait_for_url("**quad=3%2C4**")
    _ready(pg)
    assert "No events match" in pg.inner_text("#events tbody")
    pg.go_back()
    _ready(pg)
    assert "quad" not in _query(pg) and rows.count() == min(25, both)


def test_event_evidence_is_highlighted(page: Any, server: str) -> None:
    pg = page
    pg.goto(server + "/?type=CONSULT&country=RUS")
    _ready(pg)
    row = pg.locator("#events tbody tr.event-row").first
    event_id = row.get_attribute("data-event-id")
    row.click()
    pg.wait_for_selector("#evidence .article mark.hl-trigger")
    assert _query(pg)["event"] == [event_id]
    ev = _api(server, f"/api/events/{event_id}")
    assert pg.inner_text("#evidence .article mark.hl-trigger") == ev["trigger"]["text"]
    actors = pg.locator("#evidence .article mark.hl-actor").all_inner_texts()
    assert actors[0] == ev["actor"][0]["text"]
    assert ev["rule"] in pg.inner_text("#evidence dl.facts")
    # The sentence is marked piece by piece (around the inner marks): join the pieces.
    pieces = pg.locator("#evidence .article .hl-sentence").all_inner_texts()
    assert "".join(pieces) == ev["sentence"]
    if ev.get("date_text") and ev["date_text"] in ev["sentence"]:
        assert pg.inner_text("#evidence .article mark.hl-date") == ev["date_text"]
    if SHOTS:
        pg.locator("#panel-evidence").screenshot(path=f"{SHOTS}/dashboard-evidence.png")
    pg.reload()
    _ready(pg)
    assert pg.inner_text("#evidence .article mark.hl-trigger") == ev["trigger"]["text"]
    pg.click("#close-evidence")
    assert "event" not in _query(pg)
    assert pg.locator("#panel-evidence").is_hidden()


def _video_call(server: str) -> dict[str, Any]:
    """The seed's CONSULT CHN-RUS cluster: one video call, four reports in the article."""
    found = [c for c in _api(server, "/api/clusters?type=CONSULT&country=RUS&limit=200")["clusters"]
             if c["countries"] == ["CHN", "RUS"] and c["date"] == "2025-01-21"
             and any(e.startswith(SEED_ID + ":") for e in c["event_ids"])]
    assert len(found) == 1 and found[0]["num_mentions"] >= 4
    return found[0]


def test_count_reports_or_real_world_events(page: Any, server: str) -> None:
    pg = page
    call = _video_call(server)
    view = "type=CONSULT&country=RUS&from=2025-01-21&to=2025-01-21"
    pg.goto(server + "/?" + view)
    _ready(pg)
    reports = int(pg.get_attribute("#timeline", "data-total") or -1)
    assert reports == _api(server, f"/api/events?{view}&limit=0")["total"] >= 4
    assert pg.is_checked("input[name=unit][value=event]")
    assert f"{reports} reports" in pg.inner_text("#timeline-caption")

    # "count: events": every panel counts real-world events, the URL keeps it.
    pg.click("label:has(input[name=unit][value=cluster])")
    pg.wait_for_url("**unit=cluster**")
    _ready(pg)
    events = int(pg.get_attribute("#timeline", "data-total") or -1)
    timeline = _api(server, f"/api/agg/timeline?{view}&unit=cluster")
    assert events == sum(r[2] for r in timeline["rows"]) + timeline["undated"]
    assert events <= reports - 3  # the four reports of the call are one event
    assert f"{events} event" in pg.inner_text("#timeline-caption")
    assert _query(pg)["type"] == ["CONSULT"]  # the filters stay
    edges = pg.evaluate("Warta.dashboard.network.cy.edges().map(e => e.data('count'))")
    network = _api(server, f"/api/agg/network?{view}&unit=cluster&top=60")
    assert sorted(edges) == sorted(e["count"] for e in network["edges"])

    # The evidence of one report lists the others of its event; a click opens one of them.
    first, *others = call["event_ids"]
    pg.click(f'#events tr.event-row[data-event-id="{first}"]')
    pg.wait_for_selector("#evidence section.cluster ul.reports a.report")
    assert _query(pg)["event"] == [first] and _query(pg)["unit"] == ["cluster"]
    links = pg.locator("#evidence section.cluster a.report")
    assert sorted(links.evaluate_all("ls => ls.map(l => l.dataset.eventId)")) == sorted(others)
    facts = pg.inner_text("#evidence section.cluster dl.facts")
    assert f"{call['num_mentions']} times" in facts and call["first_seen"] in facts
    pg.click(f'#evidence a.report[data-event-id="{others[-1]}"]')
    pg.wait_for_url(f"**event={others[-1].replace(':', '%3A')}**")
    _ready(pg)
    ev = _api(server, f"/api/events/{others[-1]}")
    assert pg.inner_text("#evidence .article mark.hl-trigger") == ev["trigger"]["text"]
    back = links.evaluate_all("ls => ls.map(l => l.dataset.eventId)")
    assert first in back and others[-1] not in back

    # Reload and Back keep the unit; "reports" brings the report count back.
    pg.reload()
    _ready(pg)
    assert pg.is_checked("input[name=unit][value=cluster]")
    assert int(pg.get_attribute("#timeline", "data-total") or -1) == events
    pg.click("label:has(input[name=unit][value=event])")
    pg.wait_for_function("() => !location.search.includes('unit=')")
    _ready(pg)
    assert int(pg.get_attribute("#timeline", "data-total") or -1) == reports
    pg.go_back()
    _ready(pg)
    assert _query(pg)["unit"] == ["cluster"]
    assert int(pg.get_attribute("#timeline", "data-total") or -1) == events


def test_try_it_box(page: Any, server: str, tmp_path: Path) -> None:
    pg = page
    pg.goto(server + "/")
    _ready(pg)
    total = _api(server, "/api/events?limit=0")["total"]
    pg.click("#tab-tryit")
    assert _query(pg)["view"] == ["tryit"]
    pg.fill("#tryit-text", ENGLISH)
    pg.fill("#tryit-date", "2024-10-23")
    pg.click("#tryit-run")
    pg.wait_for_selector("#tryit-evidence .article mark.hl-trigger", timeout=30_000)
    rows = pg.locator("#tryit-events tbody tr.event-row")
    assert rows.count() >= 1
    types = rows.locator("td:nth-child(2)").all_inner_texts()
    assert any(t.startswith("CONSULT") for t in types)
    trigger = pg.inner_text("#tryit-evidence .article mark.hl-trigger")
    assert trigger and trigger in ENGLISH
    if SHOTS:
        pg.screenshot(path=f"{SHOTS}/dashboard-tryit.png", full_page=True)
    # A local HTML file is read in the browser: its text and publication date, not its script.
    page_file = tmp_path / "article.html"
    page_file.write_text(HTML_PAGE, encoding="utf-8")
    pg.set_input_files("#tryit-file", str(page_file))
    # Arrow functions, not bare expressions: the page's CSP forbids evaluating strings.
    pg.wait_for_function("() => document.querySelector('#tryit-text').value.includes('Prabowo')")
    text = pg.input_value("#tryit-text")
    assert "document.title" not in text and "menu" not in text
    assert pg.input_value("#tryit-date") == "2024-10-20"
    pg.click("#tryit-run")
    pg.wait_for_function(
        "() => document.querySelector('#tryit-status').textContent.includes('events,')")
    # Nothing was stored.
    assert _api(server, "/api/events?limit=0")["total"] == total


def test_the_guards_catch_errors_and_foreign_requests(page: Any, server: str,
                                                      watch: dict[str, list[str]]) -> None:
    pg = page
    pg.goto(server + "/")
    _ready(pg)
    assert watch == {"errors": [], "foreign": []}
    pg.evaluate("fetch('https://cdn.example.org/x.js').catch(function () {})")
    pg.evaluate("console.error('boom')")
    pg.wait_for_timeout(300)
    # The page's CSP (connect-src 'self') blocks the request before the route guard sees it.
    assert watch["foreign"] == ["https://cdn.example.org/x.js"] or any(
        "Content Security Policy" in e for e in watch["errors"])
    assert "boom" in watch["errors"]
    watch["errors"].clear()
    watch["foreign"].clear()
