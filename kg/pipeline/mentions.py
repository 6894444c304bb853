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

from kg.model import Agreement, DateMention, PartialDate



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


@dataclass
class EventMention:
    """A trigger word told as a happening ("hội đàm", "Triển lãm Quốc phòng quốc
    tế Việt Nam 2024"), with what its sentence says of it.

    Found with its name (named types) and its own date; resolved with the
    people, countries, place and organiser of its sentence; merged with the
    other mentions of the same happening into one `Event`."""

    etype: str  # one of kg.model.EVENT_TYPES
    start: int  # the trigger
    end: int  # the end of the trigger and of the name after it
    sent: int  # index into doc.sentences
    named: bool  # carries a proper name ("Hội nghị ADMM lần thứ 11")
    core: str = ""  # the name's words after the trigger
    year: Optional[int] = None
    ordinal: Optional[int] = None
    date: Optional[DateMention] = None  # its own date, if the text gives one near it
    creatable: bool = False  # may open a new event without a name
    happening: bool = False  # told as taking or having taken place
    display: str = ""  # the trigger as a label word ("Hội đàm", "Thăm cảng")
    trig_end: int = 0
    name_end: int = 0  # past its short name and edition ("(ADMM+) lần thứ 12"), if they follow `end`
    year_written: bool = False
    date_cued: bool = False  # the date is introduced as the event's own time
    date_weak: bool = False  # the sentence's head date, kept only if the event has no other
    countries: frozenset[str] = frozenset()  # countries inside the name
    participants_from: list[str] = field(default_factory=list)  # "Đoàn Ấn Độ tham dự ..."
    alias: str = ""  # "(ADMM-18)": the edition's short name
    host: Optional[str] = None  # "tại Thủ đô Viêng Chăn (Lào)"
    ongoing: bool = False  # "đang thăm": under way on the day told, begun earlier
    this_one: bool = False  # "chuyến thăm lần này": the happening the article is about
    rules: list[str] = field(default_factory=list)
    # resolved from its sentence (kg.pipeline.events.resolve)
    people: list[str] = field(default_factory=list)  # officials named in the sentence, in order
    hosts: list[str] = field(default_factory=list)  # ... before the trigger in its clause (who receives, meets)
    guests: list[str] = field(default_factory=list)  # ... after it in its clause (who is received, met)
    visitor: Optional[str] = None  # of a Visit: who visits
    visited: Optional[str] = None  # of a Visit: the country visited
    visited_place: Optional[str] = None  # ... as the text names it
    port_countries: list[Optional[str]] = field(default_factory=list)  # of a PortCall: flag state, host
    flag_untold: bool = False  # of a PortCall: no flag told in its sentence, Vietnam's taken
    ship_label: str = ""  # of a PortCall: "Tàu USS X thăm Đà Nẵng"
    ship_place: Optional[str] = None
    location: Optional[str] = None
    organizer: Optional[str] = None
    span_countries: list[str] = field(default_factory=list)  # countries inside the mention
    listed_countries: list[str] = field(default_factory=list)  # "đoàn Hàn Quốc, Ấn Độ và Hoa Kỳ"


@dataclass
class AgreementMention:
    """A document type told as signed (or a joint statement as issued): "ký Bản
    ghi nhớ về hợp tác ...", "Ý định thư ... đã được ký", "ra Tuyên bố chung".

    `reading` is the agreement as this one telling gives it (parties, signers,
    witnesses, date); the tellings of one document are merged into one."""

    atype: str  # one of kg.model.AGREEMENT_TYPES
    start: int  # the document type's words
    end: int  # the end of its label
    sent: int  # index into doc.sentences
    reading: Agreement
    trig_end: int = 0  # the end of the document type's words
    witnessed: bool = False  # "chứng kiến" before it: the people named are witnesses
    fallback: list[str] = field(default_factory=list)  # "hai Bộ trưởng ký": the event's two principals
    rules: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class PartnerPair:
    """Two countries a partnership mention relates, and since when, if its sentence dates it."""

    countries: tuple[str, str]
    since: Optional[PartialDate] = None


@dataclass
class PartnershipMention:
    """A partnership level told in a sentence ("Đối tác chiến lược toàn diện"),
    with the pair or pairs of countries it relates."""

    level: str  # one of kg.model.PARTNERSHIP_LEVELS
    start: int
    end: int
    sent: int  # index into doc.sentences
    pairs: list[PartnerPair] = field(default_factory=list)
    rules: list[str] = field(default_factory=list)
