"""A partner country told in words: what `kg analyze --report` says about each partner.

An analyst reads "2 rounds of talks and 1 exhibition from 2023 to 2024, the
latest …; comprehensive strategic partnership since 2023-09; officials
involved: …" faster than a row of counts. Everything here is computed from
the country tie of `kg.projection.country_graph` (so it honours the period),
the happenings on it and the officials taking part in them.
"""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any, Iterable, Optional

from kg.projection import DATA_DIR, KGData, Node, Period, date_interval, years_within
from kg.rdf import level_label

MAX_OFFICIALS = 4


@lru_cache(maxsize=1)
def _words() -> dict[str, list[str]]:
    return json.loads((DATA_DIR / "words.json").read_text(encoding="utf-8"))["types"]


def counted(n: int, type_name: str) -> str:
    """'1 visit', '3 memoranda of understanding' (kg/data/viz/words.json)."""
    singular, plural = _words().get(type_name, [type_name, type_name])
    return f"{n} {singular if n == 1 else plural}"


def _breakdown(counts: Counter, undated: int = 0) -> str:
    parts = [counted(n, t) for t, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))]
    text = parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + " and " + parts[-1]
    return text + (f"; {undated} without a date" if undated else "")


@dataclass
class PairStory:
    """What happened between a country and one partner in a period."""

    country: Node
    partner: Node
    events: Counter = field(default_factory=Counter)  # event class -> count
    agreements: Counter = field(default_factory=Counter)
    latest_event: Optional[Node] = None
    latest_agreement: Optional[Node] = None
    partnerships: list[Node] = field(default_factory=list)  # oldest first
    officials: list[tuple[Node, str, int]] = field(default_factory=list)  # official, country name, happenings
    per_year: dict[int, Counter] = field(default_factory=lambda: defaultdict(Counter))  # year -> kind -> count
    first: Optional[int] = None
    last: Optional[int] = None
    undated: Counter = field(default_factory=Counter)  # kind -> events or agreements without a year


def _later(a: Optional[Node], b: Node) -> Node:
    """The happening with the later date (dated beats undated)."""
    if a is None:
        return b
    da, db = date_interval(a.start), date_interval(b.start)
    return b if (db or ("",))[0] > (da or ("",))[0] else a


def pair_story(data: KGData, tie: dict[str, Any], country: str, partner: str, period: Period) -> PairStory:
    """Gather the happenings of one country tie (an edge of `country_graph`)."""
    story = PairStory(data.nodes[country], data.nodes[partner])
    officials: Counter = Counter()
    side: dict[str, str] = {}
    for h in tie["happenings"]:
        node = data.nodes[h]
        if node.kind == "Partnership":
            if node.level:
                story.partnerships.append(node)
            continue
        if node.kind == "Event":
            story.events[node.type] += 1
            story.latest_event = _later(story.latest_event, node)
        else:
            story.agreements[node.type] += 1
            story.latest_agreement = _later(story.latest_agreement, node)
        years = years_within(node, period)
        if years is None:
            story.undated[node.kind] += 1
        else:
            story.per_year[years[0]][node.kind] += 1
            story.first = years[0] if story.first is None else min(story.first, years[0])
            story.last = years[1] if story.last is None else max(story.last, years[1])
        for actor in data.roles.get(h, ()):
            stands = data.stands_for.get(actor, frozenset()) & {country, partner}
            if data.nodes[actor].kind == "Official" and stands:
                officials[actor] += 1
                side[actor] = data.nodes[min(stands, key=lambda c: c != partner)].label
    story.partnerships.sort(key=lambda p: (date_interval(p.start) or ("",))[0])
    story.officials = [(data.nodes[o], side[o], n) for o, n in
                       sorted(officials.items(), key=lambda kv: (-kv[1], data.nodes[kv[0]].label))]
    return story


def when(lexical: Optional[str]) -> str:
    """' on 2024-12-19', ' in 2024-03', ' in 2022'; '' without a year."""
    if not lexical or date_interval(lexical) is None:
        return ""
    return f" {'on' if len(lexical) >= 10 else 'in'} {lexical[:10]}"


def _latest(node: Optional[Node]) -> str:
    return "" if node is None else f", the latest “{node.label}”{when(node.start)}"


def _partnership_sentence(partnerships: list[Node]) -> str:
    if not partnerships:
        return "No partnership level recorded."
    *earlier, latest = partnerships
    text = f"Partnership: {level_label(latest.level or '', 'en')}"
    text += f" since {latest.start}." if latest.start else " (date not stated)."
    before = [f"{level_label(p.level or '', 'en')}" + (f" since {p.start}" if p.start else "") for p in earlier
              if p.level != latest.level or p.start != latest.start]
    if before:
        text = text[:-1] + f" (before: {'; '.join(before)})."
    return text


def _officials_sentence(officials: Iterable[tuple[Node, str, int]]) -> str:
    shown = [f"{o.label} ({country}, {n})" for o, country, n in list(officials)[:MAX_OFFICIALS]]
    if not shown:
        return "No official named."
    return ("Officials involved, with how many of these events and agreements they took part in: "
            + ", ".join(shown) + ".")


def briefing_text(story: PairStory) -> str:
    """One paragraph: events, agreements, partnership level and since when, officials."""
    with_whom = f"with {story.country.label}"
    years = ""
    if story.first is not None:
        years = f" in {story.first}" if story.first == story.last else f" from {story.first} to {story.last}"
    n_events, n_agreements = sum(story.events.values()), sum(story.agreements.values())
    sentences = []
    if n_events:
        kinds = _breakdown(story.events, story.undated["Event"])
        sentences.append(f"{counted(n_events, 'Event')} {with_whom}{years} ({kinds}){_latest(story.latest_event)}.")
    else:
        sentences.append(f"No event {with_whom} recorded.")
    if n_agreements:
        kinds = _breakdown(story.agreements, story.undated["Agreement"])
        sentences.append(f"{counted(n_agreements, 'Agreement')} ({kinds}){_latest(story.latest_agreement)}.")
    else:
        sentences.append("No agreement recorded.")
    sentences.append(_partnership_sentence(story.partnerships))
    sentences.append(_officials_sentence(story.officials))
    return " ".join(sentences)
