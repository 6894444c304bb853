"""Which format a client asked for: its `Accept` header (read by python-mimeparse) or `?format=`.

Each offer is a format name that `kg.store.QueryResults.serialize` writes (or
"html" for pages), the media type the response declares, and other media types
clients use to ask for it (SPARQLWrapper asks for SPARQL JSON as
`application/json`, rdflib for RDF/XML as `application/xml`...). Offers are
listed by preference: `*/*` or no `Accept` gets the first.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Optional, Sequence

import mimeparse


@dataclass(frozen=True)
class Offer:
    name: str
    media_type: str
    aliases: tuple[str, ...] = ()

    @property
    def content_type(self) -> str:
        textual = self.media_type.startswith("text/") or self.media_type.endswith(("json", "xml"))
        return f"{self.media_type}; charset=utf-8" if textual else self.media_type


class NotAcceptable(Exception):
    """No offer matches; the message names what is offered."""


RESULT_OFFERS = (
    Offer("json", "application/sparql-results+json", ("application/json", "text/javascript")),
    Offer("xml", "application/sparql-results+xml", ("application/xml", "text/xml")),
    Offer("csv", "text/csv"),
    Offer("tsv", "text/tab-separated-values"),
)
GRAPH_OFFERS = (
    Offer("turtle", "text/turtle", ("application/x-turtle",)),
    Offer("ntriples", "application/n-triples", ("text/plain",)),
    Offer("jsonld", "application/ld+json", ("application/json",)),
    Offer("rdfxml", "application/rdf+xml", ("application/xml", "text/xml")),
    Offer("trig", "application/trig"),
    Offer("nquads", "application/n-quads"),
)
HTML = Offer("html", "text/html", ("application/xhtml+xml",))
PAGE_OFFERS = (HTML,) + GRAPH_OFFERS[:4]
# short names for ?format= besides the offers' own names and media types
FORMAT_ALIASES = {"ttl": "turtle", "nt": "ntriples", "json-ld": "jsonld", "rdf": "rdfxml", "owl": "rdfxml"}


def choose(offers: Sequence[Offer], accept: Optional[str], fmt: Optional[str] = None) -> Offer:
    """The offer a client asked for; `fmt` (a name or media type from ?format=) wins over `Accept`."""
    if fmt:
        wanted = FORMAT_ALIASES.get(fmt.strip().lower(), fmt.strip().lower())
        for offer in offers:
            if wanted == offer.name or wanted == offer.media_type or wanted in offer.aliases:
                return offer
        for offer in offers:  # SPARQLWrapper sends format=json or xml whatever the query's form
            if any(wanted == alias.split("/")[1] for alias in offer.aliases):
                return offer
        raise NotAcceptable(f"format {fmt!r} is not offered here; choose from {names(offers)}")
    if not accept or not accept.strip():
        return offers[0]
    by_type: dict[str, Offer] = {}
    for offer in offers:
        for media in (offer.media_type, *offer.aliases):
            by_type.setdefault(media, offer)
    # mimeparse prefers the later of equally good matches: list the preferred offers last
    try:
        best = mimeparse.best_match(list(reversed(by_type)), accept)
    except mimeparse.MimeTypeParseException:
        return offers[0]  # an unreadable Accept header: answer in the default format
    if not best:
        raise NotAcceptable(f"cannot answer in {accept!r}; this resource is offered as "
                            + ", ".join(o.media_type for o in offers))
    return by_type[best]


def names(offers: Sequence[Offer]) -> str:
    return ", ".join(o.name for o in offers)
