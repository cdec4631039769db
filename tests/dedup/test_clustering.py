"""Event clusters (pure): keys, date windows, places, incremental assignment, summaries."""

from __future__ import annotations

from datetime import date
from typing import Any

from warta.dedup import keys as K
from warta.dedup.clustering import ClusterIndex, cluster_id_for
from warta.dedup.summary import Member, summarize

PUB = date(2025, 1, 22)


def ev(eid: str, event: str = "CONSULT", actor: tuple[str, ...] = ("CHN", "RUS"),
       recipient: tuple[str, ...] = (), day: str | None = "2025-01-21", prec: str = "day",
       place: str | None = "CHN", **kw: Any) -> dict[str, Any]:
    return {"event_id": eid, "doc_id": eid.split(":")[0], "event": event,
            "actor": [{"country": c, "sector": "GOV"} for c in actor],
            "recipient": [{"country": c, "sector": "GOV"} for c in recipient],
            "date": day, "date_precision": prec if day else None, "date_text": "x" if day else None,
            "location": {"country": place, "name": None} if place else None,
            "negated": False, "modality": "asserted", "sentence": "", **kw}


def test_keys_are_sets_for_meetings_and_directed_otherwise() -> None:
    assert K.cluster_key(ev("a", actor=("RUS",), recipient=("CHN",))) == "CONSULT|CHN+RUS"
    assert K.cluster_key(ev("a", "ACCUSE", ("RUS",), ("TWN",))) == "ACCUSE|RUS>TWN"
    assert K.cluster_key(ev("a", "ACCUSE", ("TWN",), ("RUS",))) == "ACCUSE|TWN>RUS"
    assert K.type_group("SUPPORT", "057") == "AGREE" and K.type_group("SUPPORT", "051") == "SUPPORT"
    assert K.compatible_types("ASSAULT", "COERCE") and not K.compatible_types("THREATEN", "COERCE")


def test_date_windows_depend_on_precision() -> None:
    day = K.period(ev("a", day="2025-01-21"), PUB)
    assert K.compatible_periods(day, K.period(ev("b", day="2025-01-22"), PUB))
    assert not K.compatible_periods(day, K.period(ev("b", day="2025-01-24"), PUB))
    month = K.period(ev("b", day="2025-01", prec="month"), PUB)
    assert K.compatible_periods(day, month)
    assert not K.compatible_periods(month, K.period(ev("c", day="2025-02", prec="month"), PUB))
    fallback = K.period(ev("d", day="2025-01-22") | {"date_text": None}, PUB)
    assert fallback is not None and fallback.precision == "published"
    assert K.compatible_periods(fallback, K.period(ev("e", day="2025-01-19"), PUB))
    assert K.period(ev("f", day=None), None) is None


def test_incremental_assignment() -> None:
    index = ClusterIndex()
    first, new = index.assign(ev("d1:0:0"), PUB)
    assert new and first == cluster_id_for("d1:0:0")
    assert index.assign(ev("d2:3:0", day="2025-01-22", place=None), PUB) == (first, False)
    assert index.assign(ev("d3:0:0", day="2025-01", prec="month"), PUB) == (first, False)
    assert index.assign(ev("d4:0:0", place="RUS"), PUB)[1]  # another place: another event
    assert index.assign(ev("d5:0:0", day="2025-03-01"), PUB)[1]  # weeks later
    assert index.assign(ev("d6:0:0", actor=("CHN", "USA")), PUB)[1]  # other participants
    assert index.assign(ev("d7:0:0", "ASSAULT", ("CHN",), ("RUS",)), PUB)[1]


def test_unidentified_participants_need_a_shared_name() -> None:
    index = ClusterIndex()
    base = {"actor": [{"country": None, "sector": "COP"}], "recipient": []}
    a = ev("d1:0:0", "COERCE", sentence="Police arrested Budi in Bandung") | base
    b = ev("d2:0:0", "COERCE", sentence="Polisi menangkap Budi di Bandung") | base
    c = ev("d3:0:0", "COERCE", sentence="Police arrested Tono") | base
    cid = index.assign(a, PUB)[0]
    assert index.assign(b, PUB) == (cid, False)
    assert index.assign(c, PUB)[1]


def test_summary_counts_copies_once() -> None:
    members = [Member(ev("a:0:0"), "a", "kompas.com", date(2025, 1, 22)),
               Member(ev("a:3:0"), "a", "kompas.com", date(2025, 1, 22)),
               Member(ev("b:0:0"), "a", "detik.com", date(2025, 1, 23)),  # a copy of a
               Member(ev("c:1:0", day="2025-01", prec="month"), "c", "reuters.com",
                      date(2025, 1, 24))]
    s = summarize("c1", members)
    assert (s["num_mentions"], s["num_articles"], s["num_sources"], s["num_copies"]) == (3, 2, 2, 1)
    assert (s["date"], s["date_precision"]) == ("2025-01-21", "day")
    assert (s["first_seen"], s["last_seen"]) == ("2025-01-22", "2025-01-24")
    assert s["countries"] == ["CHN", "RUS"] and len(s["event_ids"]) == 4
    # A copy whose original has no report in the cluster brings the only evidence: it counts.
    alone = summarize("c2", [Member(ev("b:0:0"), "a", "detik.com", None)])
    assert alone["num_mentions"] == 1 and alone["num_copies"] == 0
