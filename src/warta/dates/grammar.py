"""Compile a language's `dates.yaml` into one regex alternation and lookup tables, once."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Any

from warta.lang.pack import load_yaml

NEVER = r"(?!)"  # an empty word list must match nothing, not everything
B = r"(?<![\w'’])"  # start of a word (an apostrophe glues "Jum'at")
E = r"(?!\w)"
YEAR = r"(?<![\w.,/-])(?:1\d\d\d|20\d\d|2100)(?![\w/-]|[.,]\d|\s*%)"
DAY_NUM = r"(?<![\w.,/-])(?:3[01]|[12]\d|0?[1-9])"
SEP = r"(?:\s+|-)"  # after a period word: "early March", "mid-January"

# Order matters only between rules that can start at the same word: the more specific first.
RULES = [
    ("iso", r"(?<![\w./-])(?P<iso_y>\d{4})-(?P<iso_m>\d\d)-(?P<iso_d>\d\d)(?![\w/-]|\.\d)"),
    ("num", (r"(?P<num_lp>\()?(?<![\w./-])(?P<num_a>\d{1,2})(?P<num_sep>[/.-])(?P<num_b>\d{1,2})"
            r"(?:(?P=num_sep)(?P<num_y>\d{4}|\d{2}))?(?![\w/-]|[.,]\d)(?(num_lp)\))")),
    ("dmy", (r"(?:%(DAYPRE)s\s+)?(?P<dmy_d>%(DAY)s)(?:\s+%(JOIN)s)?\s+(?P<dmy_m>%(MONTH)s)"
            r"(?:,?\s+(?P<dmy_y>%(YEAR)s))?")),
    ("mdy", (r"(?P<mdy_m>%(MONTH)s)\s+(?P<mdy_d>%(DAY)s)(?!\s*[:.]\d)"
            r"(?:,?\s+(?P<mdy_y>%(YEAR)s))?")),
    ("my", r"(?:%(PERIOD)s%(SEP)s)?(?:%(MONPRE)s\s+)?(?P<my_m>%(MONTH)s),?\s+(?P<my_y>%(YEAR)s)"),
    ("yr", (r"(?:(?P<yr_cue>%(CUE)s)\s+(?:(?P<yr_per>%(PERIOD)s)%(SEP)s)?(?:%(YEARPRE)s\s+)?"
           r"|(?P<yr_per2>%(PERIOD)s)%(SEP)s(?:%(YEARPRE)s\s+)?|%(YEARPRE)s\s+)(?P<yr_y>%(YEAR)s)")),
    ("mo", (r"(?:(?P<mo_cue>%(CUE)s)\s+)?(?:(?P<mo_per>%(PERIOD)s)%(SEP)s)?"
           r"(?:(?P<mo_pre>%(MONPRE)s)\s+)?(?:(?P<mo_modb>%(MODB)s)\s+)?(?P<mo_m>%(MONFULL)s)"
           r"(?!\.?,?\s+\d)(?:\s+(?P<mo_moda>%(MODA)s))?"
           # a relative year after it also makes a bare month safe: "Maret tahun lalu"
           r"(?:(?=\s+(?P<mo_next>%(UNOUN)s\s+%(MODA)s|%(MODB)s\s+%(UNOUN)s)))?")),
    ("wd", (r"(?:%(WDPRE)s\s+)?(?:(?P<wd_modb>%(MODB)s)\s+)?(?P<wd_w>%(WEEKDAY)s)"
           r"(?:\s+(?P<wd_wk>%(WEEKMOD)s))?(?:\s+(?P<wd_moda>%(MODA)s))?"
           r"(?:\s+%(PART)s)?(?:\s+(?P<wd_moda2>%(MODA)s))?")),
    ("um", (r"(?:(?P<um_per>%(PERIOD)s)%(SEP)s)?(?:(?P<um_modb>%(MODB)s)\s+(?P<um_u>%(UNOUN)s)"
           r"|(?P<um_u2>%(UNOUN)s)\s+(?P<um_moda>%(MODA)s))")),
    ("ca", (r"(?:(?P<ca_n>%(NUM)s)\s+(?P<ca_u>%(UNITS)s)|(?P<ca_one>%(UNITONE)s))"
           r"\s+(?P<ca_dir>%(AGO)s|%(LATER)s)")),
    ("rd", r"(?P<rd_w>%(RELDAYS)s)"),
]


def norm(phrase: str) -> str:
    """Lookup key of a matched phrase: lower case, single spaces, no trailing dot."""
    return " ".join(phrase.lower().replace("’", "'").split()).rstrip(".")


def _trie(keys: list[str], capital: bool) -> str:
    """A regex for a set of phrases, factored by first letter so a miss costs one test."""
    tree: dict[str, Any] = {}
    for k in keys:
        node = tree
        for ch in k:
            node = node.setdefault(ch, {})
        node[""] = {}  # end of a phrase

    def emit(node: dict[str, Any], top: bool) -> str:
        branches = []
        for ch in sorted(c for c in node if c):
            if ch == " ":
                head = r"\s+"
            elif top and capital:  # the first letter must be upper case, the rest need not
                head = f"(?-i:{re.escape(ch.upper())})"
            else:
                head = re.escape(ch)
            branches.append(head + emit(node[ch], False))
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else f"(?:{'|'.join(branches)})"
        # greedy optional tail: the longer phrase is tried first, as in "jan(?:uari)?"
        return f"(?:{body})?" if "" in node else body

    return emit(tree, True)


def words(entries: Any, capital: bool = False, dot: bool = False) -> str:
    """One alternation for a word list, as whole words (abbreviations: an optional dot)."""
    keys = sorted({str(k).lower() for k in entries or ()})
    if not keys:
        return NEVER
    body = _trie(keys, capital)
    return f"{B}(?:{body})" + (r"(?:\.|(?!\w))" if dot else E)


@dataclass(frozen=True, slots=True)
class Grammar:
    """The compiled date grammar of one language: a regex and the tables its groups index."""

    regex: re.Pattern[str]
    range_gap: re.Pattern[str]  # between the two ends of a range: " hingga ", " to ", "-"
    day_first: bool
    months: dict[str, int]
    weekdays: dict[str, int]
    relations: dict[str, str]
    week_relations: dict[str, int]
    units: dict[str, str]
    units_one: dict[str, str]
    ago: frozenset[str]
    relative_days: dict[str, int]
    periods: dict[str, str]
    numbers: dict[str, int]
    scales: dict[str, int]
    adds: dict[str, int]


def _weekday_alt(names: dict[str, int], need_capital: set[str]) -> str:
    """Weekday names; an ambiguous one only capitalised and after another word."""
    plain = [n for n in names if n not in need_capital]
    alts = [words(plain)]
    for n in sorted(need_capital):
        alts.append(r"(?<=[\w,]\s)" + words([n], capital=True))
    return "(?:" + "|".join(alts) + ")"


@cache
def grammar(lang: str) -> Grammar | None:
    """The compiled grammar of a language pack, or None when it has no dates.yaml."""
    data = load_yaml(lang, "dates.yaml")
    if not data:
        return None
    cap = bool(data.get("capitalised_months"))
    full = {norm(k): int(v) for k, v in (data.get("months") or {}).items()}
    abbr = {norm(k): int(v) for k, v in (data.get("month_abbreviations") or {}).items()}
    ambiguous = {norm(k) for k in data.get("ambiguous_months") or ()}
    before = {norm(k): v for k, v in (data.get("modifiers_before") or {}).items()}
    after = {norm(k): v for k, v in (data.get("modifiers_after") or {}).items()}
    numbers = {norm(k): int(v) for k, v in (data.get("numbers") or {}).items()}
    scales = {norm(k): int(v) for k, v in (data.get("number_scales") or {}).items()}
    adds = {norm(k): int(v) for k, v in (data.get("number_adds") or {}).items()}
    numword = words([*numbers, *scales, *adds])
    ago = [norm(k) for k in data.get("ago") or ()]
    later = [norm(k) for k in data.get("later") or ()]
    ordinals = words(data.get("ordinal_suffixes") or ()).removeprefix(B)
    parts = {
        "DAY": DAY_NUM + (f"(?:{ordinals})?" if ordinals != NEVER else "") + E,
        # "1900 SM" (BC), "2000 orang" (a count): a number the pack says is no year
        "YEAR": YEAR + rf"(?!\s+{words(data.get('year_blockers'))})",
        "SEP": SEP,
        "MONTH": f"(?:{words(full, cap)}|{words(abbr, cap, dot=True)})",
        "MONFULL": words([m for m in full if m not in ambiguous], cap),
        "DAYPRE": words(data.get("day_prefixes")),
        "JOIN": words(data.get("day_joiners")),
        "MONPRE": words(data.get("month_prefixes")),
        "YEARPRE": words(data.get("year_prefixes")),
        "CUE": words(data.get("cues")),
        "PERIOD": words(data.get("periods")).removesuffix(E),  # "mid-" joins with a hyphen
        "MODB": words(before),
        "MODA": words(after),
        "WDPRE": words(data.get("weekday_prefixes")),
        "WEEKDAY": _weekday_alt({norm(k): v for k, v in data["weekdays"].items()},
                                {norm(k) for k in data.get("weekdays_need_capital") or ()}),
        "WEEKMOD": words(data.get("week_modifiers")),
        "PART": words(data.get("day_parts")),
        "UNOUN": words(data.get("unit_nouns")),
        "UNITS": words(data.get("units")),
        "UNITONE": words(data.get("units_one")),
        "NUM": rf"(?:(?<![\w.,])\d{{1,4}}|{numword}(?:[\s-]+{numword})*){E}",
        "AGO": words(ago),
        "LATER": words(later),
        "RELDAYS": words(data.get("relative_days")),
    }
    rules = [r for r in RULES if r[0] != "mdy" or "mdy" in (data.get("text_orders") or ())]
    if "dmy" not in (data.get("text_orders") or ("dmy",)):
        rules = [r for r in rules if r[0] != "dmy"]
    # Only a word that can open an expression is worth trying the rules at: this guard
    # turns most word starts down after a few character tests (3x faster on news).
    openers = [*(data.get("cues") or ()), *(data.get("periods") or ()), *full, *abbr,
               *(data.get("day_prefixes") or ()), *(data.get("month_prefixes") or ()),
               *(data.get("year_prefixes") or ()), *(data.get("weekday_prefixes") or ()),
               *before, *data["weekdays"], *(data.get("unit_nouns") or ()),
               *(data.get("units_one") or ()), *numbers, *(data.get("relative_days") or ())]
    guard = rf"(?<![\w'’])(?=[\d(]|{words(openers)[len(B):]})"
    source = guard + "(?:" + "|".join(f"(?P<{name}>{body % parts})" for name, body in rules) + ")"
    return Grammar(
        regex=re.compile(source, re.IGNORECASE),
        range_gap=re.compile(
            rf"[\s,]*(?:(?:{_trie(sorted(data.get('range_words') or ['-']), False)})[\s,]*)?",
            re.IGNORECASE),
        day_first=data.get("numeric_order", "dmy") == "dmy",
        months={**abbr, **full},
        weekdays={norm(k): int(v) for k, v in data["weekdays"].items()},
        relations={**before, **after},
        week_relations={norm(k): int(v) for k, v in (data.get("week_modifiers") or {}).items()},
        units={norm(k): v for k, v in {**(data.get("units") or {}),
                                       **(data.get("unit_nouns") or {})}.items()},
        units_one={norm(k): v for k, v in (data.get("units_one") or {}).items()},
        ago=frozenset(ago),
        relative_days={norm(k): int(v) for k, v in (data.get("relative_days") or {}).items()},
        periods={norm(k): v for k, v in (data.get("periods") or {}).items()},
        numbers=numbers,
        scales=scales,
        adds=adds,
    )


def parse_number(phrase: str, g: Grammar) -> int | None:
    """Digits or number words ("dua puluh lima", "twenty-five") as an int."""
    if phrase.isdigit():
        return int(phrase)
    total = current = 0
    for tok in re.split(r"[\s-]+", norm(phrase)):
        if tok in g.numbers:
            current += g.numbers[tok]
        elif tok in g.adds:
            current += g.adds[tok]
        elif tok in g.scales:
            scale = g.scales[tok]
            if scale >= 1000:  # closes a group: "dua ribu tiga ratus"
                total += max(current, 1) * scale
                current = 0
            else:
                current = max(current, 1) * scale
        else:
            return None
    return total + current or None
