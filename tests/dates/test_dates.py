"""Table-driven tests of warta.dates: find_dates / resolve_date against fixed publication dates."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from warta.dates import find_dates, resolve_date

PUB = date(2025, 1, 22)  # a Wednesday: Mon 20, Tue 21 ... Sun 26; last week Mon 13 - Sun 19

# (phrase, expected mention text or None for the whole phrase, date, precision)
ID_CASES = [
    ("hari Selasa kemarin (21/1)", None, "2025-01-21", "day"),
    ("Senin (20/1)", None, "2025-01-20", "day"),
    ("Jumat (16/5/2014)", None, "2014-05-16", "day"),
    ("Selasa (21/1/2025)", None, "2025-01-21", "day"),
    ("Selasa, 21 Januari 2025", None, "2025-01-21", "day"),
    ("kemarin", None, "2025-01-21", "day"),
    ("hari ini", None, "2025-01-22", "day"),
    ("besok", None, "2025-01-23", "day"),
    ("lusa", None, "2025-01-24", "day"),
    ("kemarin lusa", None, "2025-01-20", "day"),
    ("tadi malam", None, "2025-01-21", "day"),
    ("pekan lalu", None, "2025-01-15", "day"),  # a week: publication - 7 days
    ("minggu lalu", None, "2025-01-15", "day"),
    ("akhir pekan lalu", None, "2025-01-18", "day"),  # Saturday of last week
    ("dua hari lalu", None, "2025-01-20", "day"),
    ("3 hari yang lalu", None, "2025-01-19", "day"),
    ("sepuluh hari lalu", None, "2025-01-12", "day"),
    ("dua belas hari yang lalu", None, "2025-01-10", "day"),
    ("tiga pekan lalu", None, "2025-01-01", "day"),
    ("dua hari lagi", None, "2025-01-24", "day"),
    ("awal bulan ini", None, "2025-01", "month"),
    ("bulan lalu", None, "2024-12", "month"),
    ("bulan depan", None, "2025-02", "month"),
    ("sebelas bulan lalu", None, "2024-02", "month"),
    ("tahun lalu", None, "2024", "year"),
    ("akhir tahun lalu", None, "2024", "year"),
    ("tahun depan", None, "2026", "year"),
    ("setahun lalu", None, "2024", "year"),
    ("80 tahun yang lalu", None, "1945", "year"),
    ("Pada 80 tahun yang lalu", "80 tahun yang lalu", "1945", "year"),
    ("dua puluh tahun lalu", None, "2005", "year"),
    ("seratus tahun silam", None, "1925", "year"),
    ("pada 17 Agustus 1945", "17 Agustus 1945", "1945-08-17", "day"),
    ("17 Agustus 2024", None, "2024-08-17", "day"),
    ("12 Agt 2023", None, "2023-08-12", "day"),
    ("3 Sept 2020", None, "2020-09-03", "day"),
    ("10 Okt. 2022", None, "2022-10-10", "day"),
    ("5 Des", None, "2024-12-05", "day"),  # yearless: the nearer past year
    ("1 Januari", None, "2025-01-01", "day"),
    ("tanggal 5 Maret", None, "2025-03-05", "day"),  # 42 days ahead beats 323 behind
    ("Agustus 2024", None, "2024-08", "month"),
    ("Mei 2023", None, "2023-05", "month"),
    ("pada bulan Juni", "bulan Juni", "2024-06", "month"),
    ("pertengahan Maret", None, "2024-03", "month"),
    ("Desember lalu", None, "2024-12", "month"),
    ("Maret tahun lalu", None, "2024-03", "month"),
    ("24 Oktober tahun lalu", None, "2024-10-24", "day"),
    ("tahun 2019", None, "2019", "year"),
    ("pada 2019", "2019", "2019", "year"),
    ("sejak 1998", "1998", "1998", "year"),
    ("Selasa lalu", None, "2025-01-21", "day"),
    ("Rabu malam", None, "2025-01-22", "day"),  # the publication day is a Wednesday
    ("Kamis mendatang", None, "2025-01-23", "day"),
    ("Jumat pekan lalu", None, "2025-01-17", "day"),
    ("Sabtu pekan depan", None, "2025-02-01", "day"),
    ("pada hari Minggu", "hari Minggu", "2025-01-19", "day"),
    ("22/01/2025", None, "2025-01-22", "day"),
    ("2025-01-21", None, "2025-01-21", "day"),
]

EN_CASES = [
    ("on Tuesday", "Tuesday", "2025-01-21", "day"),
    ("on Wednesday", "Wednesday", "2025-01-22", "day"),  # the publication weekday: that day
    ("last Tuesday", None, "2025-01-21", "day"),
    ("last Wednesday", None, "2025-01-15", "day"),
    ("next Monday", None, "2025-01-27", "day"),
    ("Tuesday night", None, "2025-01-21", "day"),
    ("Friday morning", None, "2025-01-17", "day"),
    ("yesterday", None, "2025-01-21", "day"),
    ("today", None, "2025-01-22", "day"),
    ("tomorrow", None, "2025-01-23", "day"),
    ("the day before yesterday", None, "2025-01-20", "day"),
    ("last night", None, "2025-01-21", "day"),
    ("last week", None, "2025-01-15", "day"),
    ("this week", None, "2025-01-22", "day"),
    ("next week", None, "2025-01-29", "day"),
    ("last weekend", None, "2025-01-18", "day"),
    ("two days ago", None, "2025-01-20", "day"),
    ("10 days ago", None, "2025-01-12", "day"),
    ("a week ago", None, "2025-01-15", "day"),
    ("3 years ago", None, "2022", "year"),
    ("a year ago", None, "2024", "year"),
    ("twenty-five years ago", None, "2000", "year"),
    ("on Jan. 21", "Jan. 21", "2025-01-21", "day"),
    ("Jan 21", None, "2025-01-21", "day"),
    ("January 21, 2025", None, "2025-01-21", "day"),
    ("21 January 2025", None, "2025-01-21", "day"),
    ("21st of January 2025", None, "2025-01-21", "day"),
    ("Sept. 11, 2001", None, "2001-09-11", "day"),
    ("May 5, 2024", None, "2024-05-05", "day"),
    ("on Tuesday, Jan. 21", "Tuesday, Jan. 21", "2025-01-21", "day"),
    ("2025-01-21", None, "2025-01-21", "day"),
    ("1/21/2025", None, "2025-01-21", "day"),  # US order
    ("21/1/2025", None, "2025-01-21", "day"),  # 21 cannot be a month: day first
    ("in March", "March", "2024-03", "month"),
    ("next March", None, "2025-03", "month"),
    ("mid-January", None, "2025-01", "month"),
    ("May 2023", None, "2023-05", "month"),
    ("December 2024", None, "2024-12", "month"),
    ("earlier this month", None, "2025-01", "month"),
    ("last month", None, "2024-12", "month"),
    ("in March last year", "March last year", "2024-03", "month"),
    ("last year", None, "2024", "year"),
    ("late last year", None, "2024", "year"),
    ("this year", None, "2025", "year"),
    ("next year", None, "2026", "year"),
    ("in 2019", "2019", "2019", "year"),
    ("since 1998", "1998", "1998", "year"),
    ("in late 2023", "late 2023", "2023", "year"),
    ("early 2024", None, "2024", "year"),
]

NEGATIVE = {
    "id": ["memperingati 80 tahun Kemenangan Perang", "Perang Dunia II", "pasal 5 ayat 2",
           "divonis 5 tahun penjara", "berusia 30 tahun", "sebanyak 2 juta orang",
           "pukul 10.00 WIB", "versi 3.2.1", "naik 5,2 persen", "naik 12%", "skor 2/1",
           "bersama Juni dan Mei", "selama lima tahun", "2019 orang hadir",
           "di tahun yang baru ini", "beberapa hari lagi", "sekitar tahun 1900 SM",
           "pada 2000 orang", "tanggal 19 March 1993 di sini"],
    "en": ["you may go", "May I ask", "they march on", "World War II", "article 5",
           "5 years in prison", "aged 30 years", "2 million people", "at 10.00",
           "version 3.2.1", "5.2 percent", "up 12%", "won 2/1", "for five years",
           "a few days ago", "two days later", "the march in Jakarta", "in 2000 cases",
           "around 1900 BC", "Marching on 5"],
}


def _check(lang: str, phrase: str, text: str | None, iso: str, precision: str) -> None:
    # embedded in a document so that spans are document offsets, not sentence offsets
    before, after = "Kalimat pertama. " if lang == "id" else "First sentence. ", " dan lain."
    sentence = f"Ia {phrase}{after}" if lang == "id" else f"He {phrase}{after}"
    doc = before + sentence + " Tail."
    found = find_dates(doc, len(before), len(before) + len(sentence), lang, PUB)
    assert len(found) == 1, found
    m = found[0]
    assert (m.text, m.date, m.precision) == (text or phrase, iso, precision)
    assert doc[m.span[0]:m.span[1]] == m.text
    assert len(before) <= m.span[0] < m.span[1] <= len(before) + len(sentence)
    alone = resolve_date(phrase, lang, PUB)
    assert alone is not None and alone.date == iso and phrase[slice(*alone.span)] == alone.text


@pytest.mark.parametrize(("phrase", "text", "iso", "precision"), ID_CASES)
def test_indonesian(phrase: str, text: str | None, iso: str, precision: str) -> None:
    _check("id", phrase, text, iso, precision)


@pytest.mark.parametrize(("phrase", "text", "iso", "precision"), EN_CASES)
def test_english(phrase: str, text: str | None, iso: str, precision: str) -> None:
    _check("en", phrase, text, iso, precision)


@pytest.mark.parametrize(("lang", "phrase"), [(k, p) for k, ps in NEGATIVE.items() for p in ps])
def test_not_a_date(lang: str, phrase: str) -> None:
    assert find_dates(phrase, 0, len(phrase), lang, PUB) == []


def test_year_rollover_to_previous_year() -> None:
    m = resolve_date("(30/12)", "id", date(2025, 1, 2))
    assert m is not None and (m.date, m.precision, m.text) == ("2024-12-30", "day", "(30/12)")


def test_yearless_date_just_ahead_stays_in_the_year() -> None:
    m = resolve_date("Minggu (5/1)", "id", date(2025, 1, 2))
    assert m is not None and m.date == "2025-01-05"


def test_weekday_picks_the_year_of_a_yearless_date() -> None:
    # 16 May was a Friday in 2025, a Thursday in 2024: the weekday decides
    m = resolve_date("Jumat (16/5)", "id", date(2024, 11, 20))
    assert m is not None and m.date == "2025-05-16"
    m = resolve_date("(16/5)", "id", date(2024, 11, 20))
    assert m is not None and m.date == "2024-05-16"


def test_minggu_is_a_weekday_only_when_capitalised_mid_sentence() -> None:
    doc = "Ia tiba pada Minggu (19/1). Minggu lalu ia pergi. Ia pergi minggu lalu."
    got = [(m.text, m.date) for m in find_dates(doc, 0, len(doc), "id", PUB)]
    assert got == [("Minggu (19/1)", "2025-01-19"), ("Minggu lalu", "2025-01-15"),
                   ("minggu lalu", "2025-01-15")]


@pytest.mark.parametrize(("lang", "doc", "pub"), [
    ("id", "Di bulan Juni hingga Agustus 2010 kelaparan melanda.", PUB),
    ("id", "Di bulan Juni hingga Agustus 2010 kelaparan melanda.", None),
    ("en", "In June to August 2010 famine struck the Sahel.", PUB),
])
def test_range_lends_its_year(lang: str, doc: str, pub: date | None) -> None:
    got = [(m.date, m.precision) for m in find_dates(doc, 0, len(doc), lang, pub)]
    assert got == [("2010-06", "month"), ("2010-08", "month")]


def test_list_of_days_is_not_merged() -> None:
    doc = "Sabtu pekan depan, 17 Agustus 1945"
    got = [m.text for m in find_dates(doc, 0, len(doc), "id", PUB)]
    assert got == ["Sabtu pekan depan", "17 Agustus 1945"]


@pytest.mark.parametrize(("lang", "phrase", "iso"), [
    ("id", "kemarin", None), ("id", "Selasa lalu", None), ("id", "(21/1)", None),
    ("id", "tahun lalu", None), ("id", "80 tahun yang lalu", None), ("id", "pada Maret", None),
    ("id", "17 Agustus 1945", "1945-08-17"), ("id", "Jumat (16/5/2014)", "2014-05-16"),
    ("id", "tahun 2019", "2019"), ("id", "Agustus 2024", "2024-08"),
    ("en", "two days ago", None), ("en", "on Tuesday", None), ("en", "Jan. 21", None),
    ("en", "January 21, 2025", "2025-01-21"), ("en", "in 2019", "2019"),
    ("en", "1/21/25", "2025-01-21"),
])
def test_without_publication_date(lang: str, phrase: str, iso: str | None) -> None:
    m = resolve_date(phrase, lang, None)
    assert (m.date if m else None) == iso


@pytest.mark.parametrize("pub", [date.min, date.max])
def test_calendar_edges_do_not_raise(pub: date) -> None:
    doc = ("kemarin, Selasa lalu, besok, (30/12), pekan lalu, bulan depan, tahun lalu, "
           "Maret lalu, 5 tahun lalu, akhir pekan depan, 1/2/99, Minggu depan, 9999 tahun lagi")
    for m in find_dates(doc, 0, len(doc), "id", pub):
        assert doc[slice(*m.span)] == m.text


def test_only_the_given_range_is_searched() -> None:
    doc = "Kemarin ia datang. Besok ia pergi."
    got = find_dates(doc, 19, len(doc), "id", PUB)
    assert [(m.text, m.span) for m in got] == [("Besok", (19, 24))]


def test_unknown_language_finds_nothing() -> None:
    assert find_dates("kemarin 17 Agustus 1945", 0, 23, "xx", PUB) == []


def test_seed_article() -> None:
    path = Path("/work/shared/seed/000_1bb352efa15facdf.txt")
    if not path.is_file():
        pytest.skip("shared seed article absent")
    text = path.read_text(encoding="utf-8")
    pub = date(2025, 1, 22)
    end = text.index("(21/1).") + len("(21/1).")
    first = find_dates(text, 0, end, "id", pub)
    assert [(m.date, m.precision) for m in first] == [("2025-01-21", "day")]
    assert "(21/1)" in first[0].text and text[slice(*first[0].span)] == first[0].text
    start = text.index("Pada 80 tahun yang lalu")
    later = find_dates(text, start, text.index(".", start) + 1, "id", pub)
    assert [(m.date, m.precision) for m in later] == [("1945", "year")]
    every = find_dates(text, 0, len(text), "id", pub)
    assert "80 tahun Kemenangan" not in {m.text for m in every}


WORDS = st.sampled_from(["kemarin", "Selasa", "(21/1)", "lalu", "tahun", "2019", "pada", "80",
                         "Agustus", "May", "ago", "last", "in", "/", "(", ")", "-", "Minggu",
                         "dua", "puluh", "hari", "yang", "31/2", "(29/2)", "9999", "0", " ", ","])


@settings(max_examples=300, deadline=None)
@given(parts=st.lists(st.one_of(WORDS, st.text(max_size=5)), max_size=12),
       cut=st.tuples(st.integers(-3, 80), st.integers(-3, 80)),
       lang=st.sampled_from(["id", "en"]),
       pub=st.one_of(st.none(), st.dates()))
def test_never_raises_and_spans_stay_inside(parts: list[str], cut: tuple[int, int], lang: str,
                                            pub: date | None) -> None:
    text = " ".join(parts)
    start, end = min(cut), max(cut)
    for m in find_dates(text, start, end, lang, pub):
        assert max(0, start) <= m.span[0] < m.span[1] <= min(end, len(text))
        assert text[m.span[0]:m.span[1]] == m.text
        assert m.precision in ("day", "month", "year") and m.date is not None
