"""The typed mention layers a `Doc` carries from one step of extraction to the next.

Each extractor works in three steps: it finds *mentions* (a candidate with the
characters it spans and the names of the rules that accepted it), *resolves*
them (roles, countries, dates) and *merges* them into facts (`kg.model`).
The mentions stay on the `Doc` (`doc.official_mentions`, `doc.event_mentions`,
...) so that a later extractor reads them rather than re-reading the text,
and so that `kg explain` can show where a fact came from.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Optional



@dataclass(frozen=True, slots=True)
class NameOccurrence:
    """An occurrence of an extracted official's name, anchored or not
    (a later "ông Knapper" or a bare "Phan Văn Giang"): `name` is canonical."""

    name: str
    start: int
    end: int


@dataclass
class OfficialMention:
    """One anchored occurrence of an official's name, with what its title says."""

    name: str
    start: int
    end: int
    foreign: bool  # shaped like a non-Vietnamese name
    rank: Optional[str] = None
    positions: list[str] = field(default_factory=list)
    organization: Optional[str] = None
    country: Optional[str] = None
    strength: int = 0  # how surely the country is known: 3 title, 2 sentence context, 1 name shape
    anchored: bool = True
    short: bool = False  # a single-word form, kept only if it abbreviates a full name
    sentence: int = -1  # index into doc.sentences
    rules: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class OrganizationMention:
    """A named organisation in the text: the canonical name, as written, and its country."""

    name: str
    surface: str
    start: int
    end: int
    country: Optional[str] = None
