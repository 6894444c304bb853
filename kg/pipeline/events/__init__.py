"""The `events` component: exhibitions, dialogues, talks, visits, conferences,
meetings, exchanges, exercises and port calls the article reports.

Three steps, one module each: find the mentions (`mentions`: a trigger word
told as news, with its name and its own date), resolve them (`resolve`: who
took part, which countries, where, organised by whom) and merge them into
one event per happening (`merge`). The mentions stay on the `Doc`.
"""

from __future__ import annotations

from kg.model import Doc
from kg.pipeline import component
from kg.pipeline.common import doc_index
from kg.pipeline.events.merge import EventMerger
from kg.pipeline.events.mentions import find_event_mentions
from kg.pipeline.events.resolve import resolve_event_mention

__all__ = ["events_component"]


@component(
    "events",
    requires=["text", "sentences", "dates", "countries", "officials", "organization_mentions", "name_occurrences"],
    assigns=["event_mentions", "events"],
)
def events_component(doc: Doc) -> Doc:
    """Happenings reported as fact, one Event per distinct happening."""
    idx = doc_index(doc)
    country_of = {o.name: o.country for o in doc.officials}
    doc.event_mentions = find_event_mentions(doc)
    merger = EventMerger(doc, idx, country_of)
    for mention in doc.event_mentions:
        for part in resolve_event_mention(doc, idx, mention, country_of):
            merger.add(part)
    doc.events = merger.events()
    return doc
