"""Countries: the reference table and name lookup.

The table (kg/data/countries.tsv, made by scripts/build_countries.py) holds every
UN member state plus Palestine, the Holy See, Taiwan and Kosovo, with CLDR names
and the aliases the Vietnamese press uses. Reading country names in running
text (where "Anh", "Đức" or "Mỹ" may be a person's name) is the pipeline's
`countries` component, `kg.pipeline.countries`, built on this table.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass
from typing import Iterator, Optional

from kg.pipeline import KGError
from kg.resources import data_rows

_WS = re.compile(r"\s+")


class UnknownCountry(KGError):
    """A country code that is not in the table."""

    def __init__(self, code: str):
        super().__init__(f"unknown country code: {code!r} (expected ISO 3166-1 alpha-3, e.g. VNM)")
        self.code = code


@dataclass(frozen=True)
class Country:
    code: str  # ISO 3166-1 alpha-3
    alpha2: str
    wikidata: Optional[str]  # Q-id, None when not known for sure
    name_vi: str  # CLDR Vietnamese
    name_en: str  # CLDR English
    aliases: tuple[str, ...]


def data_lines(name: str) -> Iterator[list[str]]:
    """Tab-separated fields of a data file (see `kg.resources.data_rows`)."""
    return (list(row) for row in data_rows(name))


@functools.lru_cache(maxsize=1)
def _table() -> dict[str, Country]:
    rows = data_lines("countries.tsv")
    header = next(rows)
    if header[:6] != ["iso3", "iso2", "wikidata", "name_vi", "name_en", "aliases_vi"]:
        raise KGError("kg/data/countries.tsv has an unexpected header")
    out: dict[str, Country] = {}
    for f in rows:
        f += [""] * (6 - len(f))
        aliases = tuple(a for a in f[5].split("|") if a)
        out[f[0]] = Country(f[0], f[1], f[2] or None, f[3], f[4], aliases)
    return out


def all_countries() -> list[Country]:
    """Every country of the table, sorted by code."""
    return sorted(_table().values(), key=lambda c: c.code)


def get_country(code: str) -> Country:
    """The country with this ISO alpha-3 (or alpha-2) code; `UnknownCountry` otherwise."""
    table = _table()
    key = code.strip().upper() if isinstance(code, str) else ""
    if key in table:
        return table[key]
    for c in table.values():
        if c.alpha2 == key:
            return c
    raise UnknownCountry(str(code))


# ------------------------------------------------------------ normalisation

_TONES = {"a": "àáảãạ", "e": "èéẻẽẹ", "y": "ỳýỷỹỵ", "o": "òóỏõọ", "u": "ùúủũụ"}
# Old and new tone placement in "oa", "oe", "uy": hòa/hoà, khỏe/khoẻ, Thụy/Thuỵ.
_OLD_TO_NEW: dict[str, str] = {}
for _first, _second in (("o", "a"), ("o", "e"), ("u", "y")):
    for _i in range(5):
        _OLD_TO_NEW[_TONES[_first][_i] + _second] = _first + _TONES[_second][_i]
_NEW_TO_OLD = {v: k for k, v in _OLD_TO_NEW.items()}
_OLD_RE = re.compile("|".join(_OLD_TO_NEW))
_NEW_RE = re.compile("|".join(_NEW_TO_OLD))


@functools.lru_cache(maxsize=8192)
def name_key(name: str) -> str:
    """Matching key: NFC, lower case, one space, straight apostrophe, old tone placement."""
    text = unicodedata.normalize("NFC", name).lower().replace("’", "'")
    text = _WS.sub(" ", text.strip())
    return _NEW_RE.sub(lambda m: _NEW_TO_OLD[m.group()], text)


def key_variants(key: str) -> set[str]:
    """A key in both tone placements (what a text may spell)."""
    return {key, _OLD_RE.sub(lambda m: _OLD_TO_NEW[m.group()], key)}


@functools.lru_cache(maxsize=1)
def alias_codes() -> dict[str, Optional[str]]:
    """Key of every name and alias -> ISO3 code; names that only contain a
    country's name ("Ấn Độ Dương", `not_countries.txt`) -> None."""
    codes: dict[str, Optional[str]] = {}
    for country in _table().values():
        for alias in (country.name_vi, country.name_en, *country.aliases):
            codes.setdefault(name_key(alias), country.code)
    for (phrase,) in data_lines("not_countries.txt"):
        codes[name_key(phrase)] = None
    return codes


def lookup(name: str) -> Optional[str]:
    """ISO3 code of a country name or alias ("Hoa Kỳ" -> "USA"), None if unknown.

    Exact match up to case, spacing, Unicode form and tone placement; diacritics
    count ("Pháp" is France, "Phap" is nothing).
    """
    if not isinstance(name, str):
        return None
    return alias_codes().get(name_key(name))
