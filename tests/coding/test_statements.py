"""Reporting verbs: who said it, and which words are what was said."""

from __future__ import annotations

import pytest
from codinghelp import prepared

import warta
from warta.coding.statements import find_report


@pytest.mark.parametrize(("text", "lang", "speaker", "said"), [
    ("Xi Jinping menekankan, kedua pihak hendaknya terus memperdalam koordinasi.", "id",
     "Xi Jinping", "kedua pihak hendaknya terus memperdalam koordinasi"),
    ("Polisi sudah menangkap dua tersangka, kata Kapolri Listyo Sigit Prabowo.", "id",
     "Kapolri Listyo Sigit Prabowo", "Polisi sudah menangkap dua tersangka"),
    ("Menurut Menteri Luar Negeri Retno Marsudi, Indonesia menolak rencana itu.", "id",
     "Menteri Luar Negeri Retno Marsudi", "Indonesia menolak rencana itu"),
    ("Russia will respond to any attack, Foreign Minister Sergei Lavrov said on Monday.", "en",
     "Foreign Minister Sergei Lavrov", "Russia will respond to any attack"),
    ("French President Emmanuel Macron said France would send aid to Lebanon.", "en",
     "French President Emmanuel Macron", "France would send aid to Lebanon"),
    # the speaker stands before an aside that ends at the verb
    ("The United States, a treaty ally of the Philippines, said it stood with its ally.", "en",
     "The United States", "it stood with its ally"),
])
def test_speaker_and_content(text: str, lang: str, speaker: str, said: str) -> None:
    doc, tokens, refs, lex = prepared(text, lang)
    report = find_report(tokens, refs, lex)
    assert report is not None and report.speaker is not None
    assert report.speaker.mention.text == speaker
    a, b = report.content
    content = doc.text[tokens[a].start:tokens[b].end].strip(" ,.")
    assert content == said


def test_no_report_in_plain_narrative_or_inside_names() -> None:
    for text, lang in [("Polisi menangkap dua tersangka di Jakarta.", "id"),
                       ("The United States and Jordan signed a trade pact.", "en")]:
        _, tokens, refs, lex = prepared(text, lang)
        assert find_report(tokens, refs, lex) is None


def test_a_speaker_closing_the_sentence_reports_what_stands_before_its_comma() -> None:
    text = ("The United Nations will provide food aid to refugees in Liberia, the World Food "
            "Program (WFP) said on Monday.")
    doc, tokens, refs, lex = prepared(text, "en")
    report = find_report(tokens, refs, lex)
    assert report is not None
    a, b = report.content
    assert doc.text[tokens[a].start:tokens[b].end] == (
        "The United Nations will provide food aid to refugees in Liberia")
    # ... so the promise is a statement of intent: AGREE, asserted, UN -> Liberia
    [e] = [e for e in warta.extract(text, lang="en") if e.modality == "asserted"]
    assert (e.event, [a.country for a in e.actor], [a.country for a in e.recipient]) == (
        "AGREE", ["UNO"], ["LBR"])
