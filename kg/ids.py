"""Stable, readable IRIs: the same thing named in several articles gets one IRI.

Identity keys are built from what the text says (a name, a type and a date,
a pair of countries), never from the article, so rebuilding or adding
articles never renames a node.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from functools import lru_cache

from kg.model import Agreement, Event, Partnership
from kg.vocab import ID_IRI

_NON_WORD = re.compile(r"[^a-z0-9]+")
_CAMEL = re.compile(r"(?<!^)(?=[A-Z])")


def slugify(text: str, max_words: int = 12) -> str:
    """ASCII slug of a Vietnamese string: "Hoàng Xuân Chiến" -> "hoang-xuan-chien"."""
    text = text.replace("đ", "d").replace("Đ", "D")
    ascii_ = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    words = [w for w in _NON_WORD.split(ascii_.lower()) if w]
    return "-".join(words[:max_words]) or "x"


def kebab(name: str) -> str:
    """LetterOfIntent -> letter-of-intent."""
    return _CAMEL.sub("-", name).lower()


@lru_cache(maxsize=8192)  # an article keys the same few names over and over
def normalize_name(name: str) -> str:
    """NFC, case-folded, spaces collapsed: the key officials are matched on."""
    return " ".join(unicodedata.normalize("NFC", name).casefold().split())


def _short_hash(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:8]


def country_iri(code: str) -> str:
    return f"{ID_IRI}country/{code.upper()}"


def official_iri(name: str) -> str:
    return f"{ID_IRI}official/{slugify(name)}"


def organization_iri(name: str) -> str:
    return f"{ID_IRI}organization/{slugify(name)}"


def source_iri(article_id: str) -> str:
    """Named-graph IRI of an article; readable slug plus a hash so ids never collide."""
    return f"{ID_IRI}source/{slugify(article_id, max_words=8)}-{_short_hash(article_id)}"


# Of an unnamed event's participants, the first this many (the principals: who
# received whom, who held talks) tell it from another event of its type and day.
PRINCIPALS = 2


def event_key(event: Event) -> str:
    """Named, numbered events ("... 2024", "... lần thứ 5") are keyed by label;
    unnamed ones (talks, visits, receptions) by type, start date, countries and
    principals: the President's and the Prime Minister's receptions of one
    minister on one day are two meetings."""
    if event.ordinal is not None or re.search(r"\b(19|20)\d{2}\b", event.label):
        return f"{kebab(event.type)}/{slugify(event.label, max_words=16)}"
    parts = [kebab(event.type)]
    if event.start is not None:
        parts.append(event.start.iso())
    parts.extend(c.lower() for c in sorted(set(event.countries)))
    parts.extend(slugify(name, max_words=6) for name in sorted(event.participants[:PRINCIPALS]))
    if event.start is None and not event.countries and not event.participants:
        parts.append(slugify(event.label))
    return "/".join([parts[0], "-".join(parts[1:]) or slugify(event.label)])


def event_iri(event: Event) -> str:
    return f"{ID_IRI}event/{event_key(event)}"


def agreement_iri(agreement: Agreement) -> str:
    """Type, date and parties; the subject's hash tells apart two documents of one
    type signed the same day by the same parties."""
    parts = [kebab(agreement.type)]
    if agreement.date is not None:
        parts.append(agreement.date.iso())
    parts.extend(c.lower() for c in sorted(set(agreement.parties)))
    subject = agreement.subject or agreement.label
    parts.append(_short_hash(slugify(subject, max_words=40)))
    return f"{ID_IRI}agreement/" + "-".join(parts)


def partnership_iri(p: Partnership) -> str:
    a, b = sorted(p.countries)
    return f"{ID_IRI}partnership/{a.lower()}-{b.lower()}-{kebab(p.level)}"
