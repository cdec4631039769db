"""Language-neutral actor identities: countries, organisations and people with dated roles."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from functools import cache
from pathlib import Path
from typing import Any

from warta.lang.pack import read_yaml

DATA_DIR = Path(__file__).resolve().parent.parent / "data" / "actors"
# Sectors of office: whoever held one and holds nothing now is a former official (CAMEO ELI).
OFFICE_SECTORS = frozenset({"GOV", "LEG", "MIL", "JUD", "COP", "SPY"})


@dataclass(frozen=True, slots=True)
class Role:
    """A position held between two dates (end exclusive; None = open)."""

    country: str | None
    sector: str | None
    start: date | None
    end: date | None
    title: str

    def holds(self, when: date) -> bool:
        """True when the role is held on `when`."""
        return (self.start is None or self.start <= when) and (self.end is None or when < self.end)


@dataclass(frozen=True, slots=True)
class Entity:
    """A person or organisation with a canonical name and its roles."""

    key: str
    kind: str  # person | org
    name: str
    country: str | None  # nationality (person) or home (org)
    sector: str | None  # default sector when no role applies
    wikidata: str | None
    roles: tuple[Role, ...] = ()
    seat: bool = False  # a building or city standing for a government

    def at(self, when: date, dated: bool = True) -> tuple[str | None, str | None]:
        """Country and sector of the entity on `when`: the role held then, else a former one.

        With `dated` False (the text gave no date, `when` is the knowledge date), a person
        holding no office then is taken in their principal (first-listed) role: undated
        news about a former leader most likely dates from their time in office.
        """
        if not dated and self.roles and not any(r.holds(when) for r in self.roles):
            first = self.roles[0]
            return first.country or self.country, first.sector
        for role in self.roles:
            if role.holds(when):
                return role.country or self.country, role.sector
        past = [r for r in self.roles if r.end is not None and r.end <= when]
        if past:
            last = max(past, key=lambda r: r.end or date.min)
            if last.sector in OFFICE_SECTORS and self.kind == "person":
                return self.country or last.country, "ELI"
            return last.country or self.country, last.sector
        if self.sector is not None or not self.roles:
            return self.country, self.sector
        return self.country, None


def _day(text: str) -> date | None:
    return date.fromisoformat(text) if text else None


def parse_role(text: str) -> Role:
    """Parse "CTRY SECTOR start/end [title]" ("-" for no country)."""
    parts = text.split(maxsplit=3)
    country, sector, span = parts[0], parts[1], parts[2]
    start, _, end = span.partition("/")
    return Role(country=None if country == "-" else country,
                sector=None if sector == "-" else sector,
                start=_day(start), end=_day(end), title=parts[3] if len(parts) > 3 else "")


def _entity(key: str, kind: str, rec: dict[str, Any]) -> Entity:
    return Entity(key=key, kind=kind, name=rec.get("n") or key, country=rec.get("c"),
                  sector=rec.get("s"), wikidata=rec.get("wd"),
                  roles=tuple(parse_role(r) for r in rec.get("r") or ()),
                  seat=bool(rec.get("seat")))


@dataclass(frozen=True, slots=True)
class Knowledge:
    """All identities, keyed; aliases are the language-neutral surface names."""

    entities: dict[str, Entity]
    aliases: dict[str, tuple[str, ...]]
    # Aliases used in one language only ("Tito" is Tito Karnavian in Indonesian news and
    # Josip Broz Tito in English text): language -> key -> aliases.
    lang_aliases: dict[str, dict[str, tuple[str, ...]]]
    countries: dict[str, str]  # alpha-3 -> English short name
    cities: dict[str, str]  # city or province name -> alpha-3
    as_of: date  # the date the knowledge describes: used when no date is given


def _read_yaml(name: str) -> Any:
    return read_yaml(DATA_DIR / name)


@cache
def knowledge() -> Knowledge:
    """Load the identity files once (module-level cache)."""
    entities: dict[str, Entity] = {}
    aliases: dict[str, tuple[str, ...]] = {}
    lang_aliases: dict[str, dict[str, tuple[str, ...]]] = {}
    for key, rec in (_read_yaml("orgs.yaml") or {}).items():
        entities[key] = _entity(key, "org", rec)
        # an organisation's own name is written the same in every language ("Force Ouvrière")
        aliases[key] = (rec["n"], *(rec.get("aka") or ()))
    people = _read_yaml("people.yaml")
    for rec in people["people"]:
        key = rec["n"]
        entities[key] = _entity(key, "person", rec)
        aliases[key] = (rec["n"], *(rec.get("aka") or ()))
        for field_name, names in rec.items():
            if field_name.startswith("aka_"):
                lang_aliases.setdefault(field_name[4:], {})[key] = tuple(names)
    countries = {}
    for line in (DATA_DIR / "countries.tsv").read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            a3, _a2, name = line.split("\t")
            countries[a3] = name
    cities = {name: a3 for a3, names in _read_yaml("cities.yaml").items() for name in names}
    return Knowledge(entities=entities, aliases=aliases, lang_aliases=lang_aliases,
                     countries=countries, cities=cities,
                     as_of=date.fromisoformat(str(people["as_of"])))
