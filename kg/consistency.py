"""Graph-level conflicts: facts that cannot all be true, found after a build.

Each article is read on its own, so a wrong reading shows only once the graph
joins the articles: an official said to represent two countries, a position
that names another official (a title chain read past a person's name), an
event with no participant, two events of one type on one date with the very
same participants (one happening split in two). `find_conflicts` asks the
store for them with SPARQL through `kg.store.select_rows` only, on the
default graph (each fact once); `format_conflicts` words them for the build
summary, and `kg validate` reports them as violations.

The queries stay cheap on large stores: grouping and joins are done by the
store, and the one check that compares text (a position against every
official's name) looks up the word sequences of each position in a set of
names instead of comparing every position with every name.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from typing import Iterable, Optional

from kg.ids import normalize_name
from kg.model import EVENT_TYPES
from kg.store import GraphStore, select_bound, select_rows
from kg.vocab import DKG_IRI, ID_IRI

TWO_COUNTRIES = "official-represents-two-countries"
POSITION_NAMES_OFFICIAL = "position-names-another-official"
NO_PARTICIPANT = "event-without-participant"
DUPLICATE_EVENT = "events-with-same-participants-and-date"
CONFLICT_KINDS = (TWO_COUNTRIES, POSITION_NAMES_OFFICIAL, NO_PARTICIPANT, DUPLICATE_EVENT)

_KIND_WORDS = {
    TWO_COUNTRIES: "official(s) representing more than one country",
    POSITION_NAMES_OFFICIAL: "position(s) naming another official",
    NO_PARTICIPANT: "event(s) without a participant",
    DUPLICATE_EVENT: "event(s) with the same type, participants and date as another",
}
# A name shorter than this many words ("Kim") is too common to be looked for in titles.
_MIN_NAME_WORDS = 2
_MAX_NAME_WORDS = 8
_OFFICIALS = ID_IRI + "official/"  # the IRIs of officials (see `kg.ids.official_iri`)


@dataclass(frozen=True)
class Conflict:
    """One conflict: what kind, the node it is about, and the nodes it involves."""

    kind: str  # one of CONFLICT_KINDS
    node: str  # IRI of the official or event
    label: str
    message: str  # one line, for people
    related: tuple[str, ...] = ()  # IRIs of the other nodes (countries, officials, events)

    def sort_key(self) -> tuple[int, str, str]:
        return (CONFLICT_KINDS.index(self.kind), self.label.casefold(), self.message)


def find_conflicts(store: GraphStore) -> list[Conflict]:
    """Every conflict in the store's graph, sorted by kind then label."""
    found = [
        *officials_with_two_countries(store),
        *positions_naming_officials(store),
        *events_without_participant(store),
        *duplicate_events(store),
    ]
    return sorted(found, key=Conflict.sort_key)


def _value(row: dict, name: str) -> str:
    term = row.get(name)
    return term.value if term is not None else ""


def officials_with_two_countries(store: GraphStore) -> list[Conflict]:
    """Officials with more than one `dkg:represents`, with the articles saying each."""
    _, rows = select_rows(store, """
        SELECT ?o ?code (SAMPLE(?name) AS ?label) (GROUP_CONCAT(DISTINCT ?article; separator=", ") AS ?articles) WHERE {
          { SELECT ?o WHERE { ?o dkg:represents ?c } GROUP BY ?o HAVING (COUNT(DISTINCT ?c) > 1) }
          GRAPH ?g { ?o dkg:represents ?country }
          ?country dkg:isoCode ?code .
          OPTIONAL { ?g dcterms:identifier ?article }
          OPTIONAL { ?o rdfs:label ?name }
        } GROUP BY ?o ?code ORDER BY ?o ?code""")
    by_official: dict[str, list[dict]] = defaultdict(list)
    for row in rows:
        by_official[_value(row, "o")].append(row)
    out = []
    for iri, said in by_official.items():
        label = _value(said[0], "label") or iri
        parts = [f"{_value(r, 'code')} ({_value(r, 'articles') or '?'})" for r in said]
        out.append(Conflict(TWO_COUNTRIES, iri, label, f"{label} represents {len(said)} countries: " + "; ".join(parts),
                            tuple(_value(r, "code") for r in said)))
    return out


def positions_naming_officials(store: GraphStore) -> list[Conflict]:
    """Positions that contain the name of another official ("Bộ trưởng ... tiếp
    Bộ trưởng Quốc phòng Nhật Bản Nakatani Gen" kept as somebody's title)."""
    _, names = select_rows(store, f"""
        SELECT DISTINCT ?o ?name WHERE {{ ?o rdfs:label ?name FILTER(STRSTARTS(STR(?o), "{_OFFICIALS}")) }}""")
    _, positions = select_rows(store, "SELECT DISTINCT ?o ?position WHERE { ?o dkg:position ?position }")
    owners: dict[tuple[str, ...], set[str]] = defaultdict(set)
    label_of: dict[str, str] = {}
    for row in names:
        words = tuple(normalize_name(_value(row, "name")).split())
        label_of.setdefault(_value(row, "o"), _value(row, "name"))
        if _MIN_NAME_WORDS <= len(words) <= _MAX_NAME_WORDS:
            owners[words].add(_value(row, "o"))
    out = []
    for row in positions:
        iri, position = _value(row, "o"), _value(row, "position")
        for other in sorted(_named_in(position, owners) - {iri}):
            label = label_of.get(iri, iri)
            out.append(Conflict(POSITION_NAMES_OFFICIAL, iri, label,
                                f"a position of {label} names {label_of.get(other, other)}: {position!r}", (other,)))
    return out


def _named_in(text: str, owners: dict[tuple[str, ...], set[str]]) -> set[str]:
    """Officials whose whole name occurs as a run of words of `text`."""
    words = normalize_name(text).split()
    found: set[str] = set()
    for i in range(len(words)):
        for n in range(_MIN_NAME_WORDS, min(_MAX_NAME_WORDS, len(words) - i) + 1):
            found |= owners.get(tuple(words[i : i + n]), set())
    return found


def events_without_participant(store: GraphStore) -> list[Conflict]:
    """Events that name no participating country, official or organisation."""
    _, rows = select_rows(store, """
        SELECT ?e (SAMPLE(?name) AS ?label) WHERE {
          ?e a dkg:Event .
          FILTER NOT EXISTS { ?e dkg:participant ?p }
          OPTIONAL { ?e rdfs:label ?name }
        } GROUP BY ?e ORDER BY ?e""")
    return [
        Conflict(NO_PARTICIPANT, _value(r, "e"), _value(r, "label") or _value(r, "e"),
                 f"event {_value(r, 'label') or _value(r, 'e')!r} has no participant")
        for r in rows
    ]


def duplicate_events(store: GraphStore) -> list[Conflict]:
    """Events of one type and start date whose participants are the same set:
    most likely one happening read as two (unless their edition numbers differ:
    ADMM-19 and ADMM+-12 meet in the same month with the same delegations)."""
    participants = _dated_participants(store)
    types: dict[str, set[str]] = defaultdict(set)
    for event, etype in select_bound(store, _TYPED_EVENTS):
        types[event].add(etype)
    editions = {e: n for e, n in select_bound(store, "SELECT ?e ?n WHERE { ?e dkg:ordinal ?n }")}
    groups = _same_day_groups(participants, types, editions)
    clashing = {e for events in groups.values() if len(events) > 1 for e in events}
    label_of = _event_labels(store) if clashing else {}
    out = []
    for (etype, start, _), events in groups.items():
        if len(events) < 2:
            continue
        events.sort()
        for event in events:
            others = tuple(e for e in events if e != event)
            label = label_of.get(event) or event
            shown = ", ".join(repr(label_of.get(e) or e) for e in others)
            out.append(Conflict(DUPLICATE_EVENT, event, label,
                                f"{etype.rsplit('#', 1)[-1]} {label!r} on {start} has the same participants as {shown}",
                                others))
    return out


# Each event of a subclass: with the classes bound, an index lookup per class, not a scan of every type.
# (DKG_IRI + t is kg.vocab.DKG[t], a declared term: tests/test_lazy_imports.py; DKG imports rdflib.)
_TYPED_EVENTS = ("SELECT ?e ?type WHERE { VALUES ?type { "
                 + " ".join(f"<{DKG_IRI}{t}>" for t in EVENT_TYPES) + " } ?e a ?type }")


def _dated_participants(store: GraphStore) -> dict[tuple[str, str], set[str]]:
    """(event, start date) -> its participants, from two plain scans joined here: the
    store's join of the two is several times slower on a large graph."""
    starts: dict[str, list[str]] = defaultdict(list)
    for event, start in select_bound(store, "SELECT ?e ?start WHERE { ?e dkg:startDate ?start }"):
        starts[event].append(start)
    participants: dict[tuple[str, str], set[str]] = defaultdict(set)
    for event, who in select_bound(store, "SELECT ?e ?p WHERE { ?e dkg:participant ?p }"):
        for start in starts.get(event, ()):
            participants[(event, start)].add(who)
    return participants


def _same_day_groups(
    participants: dict[tuple[str, str], set[str]], types: dict[str, set[str]], editions: dict[str, str]
) -> dict[tuple[str, str, frozenset[str]], list[str]]:
    """Events by (type, start, participants); a group holding editions of
    different numbers is emptied (different series, not one happening)."""
    groups: dict[tuple[str, str, frozenset[str]], list[str]] = defaultdict(list)
    for (event, start), people in participants.items():
        for etype in types.get(event, ()):
            groups[(etype, start, frozenset(people))].append(event)
    for key, events in groups.items():
        if len({editions[e] for e in events if e in editions}) > 1:
            groups[key] = []
    return groups


def _event_labels(store: GraphStore) -> dict[str, str]:
    _, labels = select_rows(store, """
        SELECT ?e (SAMPLE(?name) AS ?label) WHERE { ?e dkg:startDate ?start ; rdfs:label ?name } GROUP BY ?e""")
    return {_value(r, "e"): _value(r, "label") for r in labels}


def summarize(conflicts: Iterable[Conflict]) -> dict[str, int]:
    """Number of conflicts by kind (only kinds that occur), in `CONFLICT_KINDS` order."""
    counts: dict[str, int] = {}
    for c in conflicts:
        counts[c.kind] = counts.get(c.kind, 0) + 1
    return {k: counts[k] for k in CONFLICT_KINDS if k in counts}


def format_conflicts(conflicts: list[Conflict], limit: Optional[int] = 10) -> list[str]:
    """Lines for the build summary: a count by kind, then the first `limit` conflicts."""
    if not conflicts:
        return ["Consistency: no conflicts."]
    counts = summarize(conflicts)
    lines = [f"Consistency: {len(conflicts)} conflict(s): "
             + ", ".join(f"{n} {_KIND_WORDS[k]}" for k, n in counts.items()) + "."]
    shown = conflicts if limit is None else conflicts[:limit]
    lines += [f"  {c.message}" for c in shown]
    if len(shown) < len(conflicts):
        lines.append(f"  ... and {len(conflicts) - len(shown)} more (kg validate lists them all)")
    return lines
