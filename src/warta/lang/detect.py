"""Language identification: which language pack (if any) a document belongs to.

Latin-script text goes to the `langidentify` n-gram model restricted to the languages
that ship a `langid.yaml` in their pack, then two data-driven corrections:
  * marker words (`markers`) tip close neighbours (Indonesian/Malay) apart;
  * stop-word coverage (`stopwords`) rejects text in a language we have no pack for
    (French scored against id/ms/en still "wins" one of them; its stop words do not).
Other scripts are named from the script alone when it implies one language, else None.
Adding a language = adding `lang/<code>/langid.yaml`; no code changes.
"""

from __future__ import annotations

import re
import threading
import unicodedata
from functools import cache
from typing import Any

from langidentify import Detector, Language, Model

from warta.lang.pack import PACKS_DIR, load_yaml

# Only the head of a document is read (~4 sentences): the language rarely changes after the first
# paragraph and the n-gram scorer is the slow part.
MAX_CHARS = 600
# Below this many words the stop-word guard is not trusted (a headline may lack any).
GUARD_MIN_WORDS = 8
# A real text of a pack's language has well over this share of its stop words
# (measured: >= 0.2 on TALPCo chunks and news; French/Spanish scored as English < 0.1).
GUARD_MIN_COVERAGE = 0.12
# Weight of one marker word per word of text, in the model's score units (log-prob
# per n-gram hit); the model's id/ms margins are typically 0.01-0.3.
MARKER_WEIGHT = 4.0
# Fast path (`language_of`): the n-gram model is skipped when the head's stop words and
# marker words alone settle the answer. Thresholds measured against `detect_language` on
# 11,299 texts (TALPCo chunks of 1-10 sentences in id/ms/en, PUD id/en sentences and
# 5-sentence chunks, IDNER news sentences by 3, 2,000 benchmark articles): the fast path
# answered 3,433 of them (1,539 of the 2,000 articles) and agreed on every one.
# Fewer words than this and the counts are too noisy to trust.
FAST_MIN_WORDS = 20
# Share of the head's words that are the winner's stop words (real text: >= 0.2; the
# guard rejects < GUARD_MIN_COVERAGE) and most share of another pack's (en vs id/ms: < 0.05).
FAST_MIN_COVERAGE = 0.2
FAST_MAX_OTHER = 0.05
# Indonesian needs this many more Indonesian than Malay marker words: the n-gram model's
# id/ms margin can outweigh one marker, never two in the measurements (no errors at 2;
# 2 of 2,002 at 1).
FAST_MARKER_LEAD = 2

_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")
_LETTER = re.compile(r"[^\W\d_]")
_LATIN = re.compile(r"[A-Za-z\u00C0-\u024F\u1E00-\u1EFF]")

# Scripts that by themselves name one language (Unicode character-name prefix -> code).
_SCRIPT_LANGUAGE = {
    "HANGUL": "ko", "HIRAGANA": "ja", "KATAKANA": "ja", "THAI": "th", "GREEK": "el",
    "HEBREW": "he", "GEORGIAN": "ka", "ARMENIAN": "hy", "KHMER": "km", "LAO": "lo",
    "MYANMAR": "my", "TAMIL": "ta", "BENGALI": "bn", "GUJARATI": "gu", "KANNADA": "kn",
    "MALAYALAM": "ml", "TELUGU": "te", "SINHALA": "si", "GURMUKHI": "pa", "CJK": "zh",
}
# Letters that set Persian and Urdu apart from Arabic; Jawi (Malay in Arabic script)
# letters make the text unsure rather than Arabic.
_ARABIC_VARIANTS = (("ڠڤڽۏݢ", None), ("ٹڈڑںے", "ur"), ("پچژگکی", "fa"))


@cache
def _profiles() -> dict[str, tuple[frozenset[str], frozenset[str]]]:
    """Per candidate language: (stop words, marker words), from the packs' langid.yaml."""
    supported = {lang.iso_code for lang in Language}
    out = {}
    for folder in sorted(PACKS_DIR.iterdir()):
        data: Any = load_yaml(folder.name, "langid.yaml") if folder.is_dir() else None
        if not data or folder.name not in supported:
            continue
        stop = frozenset(str(data.get("stopwords") or "").casefold().split())
        markers = frozenset(str(data.get("markers") or "").casefold().split())
        out[folder.name] = (stop, markers)
    return out


@cache
def _model() -> Any:
    """The n-gram model for the candidate languages, loaded once."""
    codes = ",".join(_profiles())
    return Model.load(Language.from_comma_separated(codes))


# A Detector keeps per-call scratch state, so each thread gets its own.
_local = threading.local()


def _detector() -> Any:
    det = getattr(_local, "detector", None)
    if det is None:
        det = _local.detector = Detector(_model())
    return det


def _head(text: str) -> str:
    """The first MAX_CHARS characters, extended to the end of the word."""
    if len(text) <= MAX_CHARS:
        return text
    cut = text.find(" ", MAX_CHARS)
    return text[: cut if cut != -1 else MAX_CHARS + 50]


def _script_language(letters: list[str]) -> str | None:
    """Language implied by the dominant non-Latin script of `letters`, or None."""
    counts: dict[str, int] = {}
    for ch in letters[:300]:
        name = unicodedata.name(ch, "")
        script = name.split(" ", 1)[0]
        counts[script] = counts.get(script, 0) + 1
    if "HIRAGANA" in counts or "KATAKANA" in counts:
        return "ja"  # Japanese mixes kana into Han text; Chinese never does
    script = max(counts, key=counts.__getitem__)
    if script == "ARABIC":
        joined = "".join(letters)
        for chars, code in _ARABIC_VARIANTS:
            if any(c in joined for c in chars):
                return code
        return "ar"
    return _SCRIPT_LANGUAGE.get(script)


def detect_language(text: str) -> tuple[str | None, float]:
    """ISO 639-1 code of the text's language (or None when unsure) and a confidence in [0, 1]."""
    # None always comes with confidence 0.0: there is no answer to be sure of.
    head = _head(text)
    letters = _LETTER.findall(head)
    if len(letters) < 3:
        return None, 0.0
    latin = len(_LATIN.findall(head))
    if latin < len(letters) / 2:
        code = _script_language([c for c in letters if not _LATIN.match(c)])
        return code, (0.9 if code else 0.0)
    return _detect_latin(head)


def language_of(text: str) -> str | None:
    """The language code `detect_language` would give (without its confidence), faster.

    A decisive head (clearly English, or Indonesian with a clear lead of Indonesian over
    Malay marker words) is answered from word counts; anything close goes to the model.
    """
    head = _head(text)
    fast = _fast_latin(head)
    return fast if fast is not None else detect_language(text)[0]


def _fast_latin(head: str) -> str | None:
    """"en" or "id" when the counts alone settle it (see FAST_*), else None (ask the model)."""
    profiles = _profiles()
    if set(profiles) != {"en", "id", "ms"}:
        return None  # the thresholds were measured for exactly these candidates
    words = [w.casefold() for w in _WORD.findall(head)]
    n = len(words)
    if n < FAST_MIN_WORDS:
        return None
    # Mostly non-Latin letters take the script path of detect_language: not ours to decide.
    letters = len(_LETTER.findall(head))
    if len(_LATIN.findall(head)) < letters / 2:
        return None
    counts = {code: sum(1 for w in words if w in stop) for code, (stop, _m) in profiles.items()}
    en = counts["en"] / n
    others = max(counts["id"], counts["ms"]) / n
    if en >= FAST_MIN_COVERAGE and others < FAST_MAX_OTHER:
        return "en"
    if counts["id"] / n >= FAST_MIN_COVERAGE and en < FAST_MAX_OTHER:
        id_markers, ms_markers = profiles["id"][1], profiles["ms"][1]
        lead = sum(1 for w in words if w in id_markers) - sum(1 for w in words if w in ms_markers)
        if lead >= FAST_MARKER_LEAD:
            return "id"
    return None


def _detect_latin(head: str) -> tuple[str | None, float]:
    """Decide among the candidate packs for Latin-script text."""
    profiles = _profiles()
    det = _detector()
    det.detect(head)
    model = det.model
    raw = _WORD.findall(head)
    words = [w.casefold() for w in raw]
    n = max(len(words), 1)
    # Names ("Presiden Rusia Vladimir Putin") are no language's stop words.
    common = [w.casefold() for w in raw if not w[:1].isupper()]
    scored = []
    for code, (_stop, markers) in profiles.items():
        idx = model.lang_index(Language.from_string(code))
        hits = sum(1 for w in words if w in markers)
        scored.append((det.results.total_scores[idx] + MARKER_WEIGHT * hits / n, code))
    scored.sort(reverse=True)
    if scored[0][0] == 0.0:  # the model saw no usable letters
        return None, 0.0
    best_score, best = scored[0]
    margin = best_score - scored[1][0] if len(scored) > 1 else 1.0
    stop = profiles[best][0]
    coverage = sum(1 for w in words if w in stop) / n
    # A text that is mostly names has too few common words to judge: the guard stays out.
    if len(common) >= GUARD_MIN_WORDS and coverage < GUARD_MIN_COVERAGE:
        return None, 0.0
    # Confidence: the margin over the runner-up (saturating), damped when the text is
    # short or its stop-word coverage is thin.
    sure = min(1.0, 0.5 + 2.0 * margin)
    support = min(1.0, len(words) / 20) * min(1.0, coverage / 0.25 + 0.3)
    return best, round(max(0.0, min(1.0, sure * (0.5 + 0.5 * support))), 3)
