"""What the pipeline reads from a sentence of our own: shared by the reading tests."""

from __future__ import annotations

from functools import lru_cache
from typing import Optional

from kg.model import Article, Doc, Event, Official, PartialDate
from kg.pipeline import Pipeline


@lru_cache(maxsize=1)
def pipeline() -> Pipeline:
    return Pipeline()


def read(text: str, published: Optional[PartialDate] = None, article_id: str = "t") -> Doc:
    """The whole pipeline over one article made of `text`."""
    return pipeline()(Article(id=article_id, text=text, published=published))


def events(text: str, published: Optional[PartialDate] = None, kind: Optional[str] = None) -> list[Event]:
    """The events read from `text`, only those of type `kind` if given."""
    found = read(text, published).events
    return found if kind is None else of_type(found, kind)


def of_type(found: list, kind: str) -> list:
    """The records of `found` (events, agreements) of type `kind`, in order: for several kinds read
    from one article, which `events(..., kind)` would read once per kind."""
    return [record for record in found if record.type == kind]


def officials_by_name(doc: Doc) -> dict[str, Official]:
    """The officials read into `doc`, by name."""
    return {o.name: o for o in doc.officials}


def rules_of(found: list) -> list[str]:
    """The names of the rules that made each record of `found` (events, officials, ...), in order."""
    return [rule for record in found for reading in record.readings for rule in reading.rules]


def drops(doc: Doc, layer: str) -> list[str]:
    """The names of the rules that dropped candidates of `layer` ("event", "official", ...)."""
    return [d.rule for d in doc.dropped if d.layer == layer]


def removed(doc: Doc) -> list[str]:
    """The names of the rules that removed lines of the page (`clean.*`), in order."""
    return [r.rule for r in doc.removed_lines]
