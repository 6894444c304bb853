"""The pipeline's records: one `Doc` flows through every component.

Each component reads some fields of the `Doc` and fills others (see
`kg.pipeline`). Facts refer to countries by ISO 3166-1 alpha-3 code and to
officials by their bare name, so that identity resolution (`kg.ids`) can mint
the same IRI for the same thing in every article.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Optional

if TYPE_CHECKING:  # the mention layers are defined with the components that fill them
    from kg.pipeline.common import DocIndex
    from kg.pipeline.mentions import (
        AgreementMention,
        EventMention,
        NameOccurrence,
        OfficialMention,
        OrganizationMention,
        PartnershipMention,
    )

EVENT_TYPES = (
    "Exhibition",
    "Dialogue",
    "Talks",
    "Visit",
    "Conference",
    "Meeting",
    "Exchange",
    "Exercise",
    "PortCall",
)
AGREEMENT_TYPES = (
    "LetterOfIntent",
    "MemorandumOfUnderstanding",
    "CooperationAgreement",
    "Minutes",
    "JointStatement",
)
PARTNERSHIP_LEVELS = (
    "ComprehensiveStrategicPartnership",
    "StrategicPartnership",
    "ComprehensivePartnership",
)


@dataclass(frozen=True, order=True)
class PartialDate:
    """A calendar date that may lack its day, month or year.

    News often says "Chiều 24/10" with no year; when the year cannot be
    known we keep what the text says rather than guess.
    """

    year: Optional[int] = None
    month: Optional[int] = None
    day: Optional[int] = None

    def __post_init__(self) -> None:
        if self.year is None and self.month is None:
            raise ValueError("a date needs at least a year or a month")
        if self.month is not None and not 1 <= self.month <= 12:
            raise ValueError(f"month out of range: {self.month}")
        if self.day is not None:
            if self.month is None:
                raise ValueError("a day needs a month")
            if not 1 <= self.day <= 31:
                raise ValueError(f"day out of range: {self.day}")

    @property
    def is_complete(self) -> bool:
        return None not in (self.year, self.month, self.day)

    def iso(self) -> str:
        """ISO 8601 / XSD lexical form: 2024-12-19, 2024-12, 2024 or --10-24."""
        if self.year is None:
            return f"--{self.month:02d}" + (f"-{self.day:02d}" if self.day else "")
        out = f"{self.year:04d}"
        if self.month is not None:
            out += f"-{self.month:02d}"
            if self.day is not None:
                out += f"-{self.day:02d}"
        return out

    @property
    def xsd_type(self) -> str:
        """Local name of the XSD datatype matching `iso()`."""
        if self.year is None:
            return "gMonthDay" if self.day else "gMonth"
        if self.month is None:
            return "gYear"
        if self.day is None:
            return "gYearMonth"
        return "date"

    @classmethod
    def parse_iso(cls, text: str) -> "PartialDate":
        """Inverse of `iso()` for the year-first forms."""
        parts = [int(p) for p in text.split("-")]
        return cls(*parts)  # type: ignore[arg-type]

    def __str__(self) -> str:
        return self.iso()


@dataclass
class Article:
    """One input article, as read from a file or a JSON line."""

    id: str
    text: str
    title: Optional[str] = None
    url: Optional[str] = None
    published: Optional[PartialDate] = None
    source_path: Optional[str] = None
    media_type: str = "text/plain"


@dataclass(frozen=True)
class Sentence:
    text: str
    start: int
    end: int


@dataclass(frozen=True)
class CountryMention:
    code: str  # ISO 3166-1 alpha-3
    surface: str
    start: int
    end: int


@dataclass(frozen=True)
class DateMention:
    date: PartialDate
    surface: str
    start: int
    end: int
    end_date: Optional[PartialDate] = None  # for ranges such as "19 - 22/12/2024"


@dataclass(frozen=True)
class Reading:
    """One place a fact was read: its sentence, the mention's characters, and
    the names of the rules that accepted and completed it (see `kg explain`)."""

    sentence_start: int
    sentence_end: int
    start: int
    end: int
    rules: tuple[str, ...] = ()

    def with_rule(self, name: str) -> "Reading":
        """The same place, with one more rule that completed the fact read there."""
        return replace(self, rules=(*self.rules, name))


@dataclass(frozen=True)
class Dropped:
    """A candidate a rule turned down: what was read, where, and which rule."""

    layer: str  # "official", "event", "agreement", "partnership"
    text: str
    start: int
    end: int
    rule: str


@dataclass(frozen=True)
class RemovedLine:
    """A line of the page cleaning dropped, and the rule that dropped it."""

    text: str
    rule: str


@dataclass
class Official:
    name: str  # bare name, no rank or title
    country: Optional[str] = None  # ISO alpha-3 of the state represented
    rank: Optional[str] = None
    positions: list[str] = field(default_factory=list)
    organization: Optional[str] = None
    evidence: list[str] = field(default_factory=list)
    readings: list[Reading] = field(default_factory=list, compare=False, repr=False)


@dataclass
class Organization:
    name: str
    country: Optional[str] = None


@dataclass
class Event:
    type: str  # one of EVENT_TYPES
    label: str
    start: Optional[PartialDate] = None
    end: Optional[PartialDate] = None
    location: Optional[str] = None
    organizer: Optional[str] = None  # organisation name, or a country code
    countries: list[str] = field(default_factory=list)
    participants: list[str] = field(default_factory=list)  # official names
    ordinal: Optional[int] = None
    evidence: list[str] = field(default_factory=list)
    readings: list[Reading] = field(default_factory=list, compare=False, repr=False)


@dataclass
class Agreement:
    type: str  # one of AGREEMENT_TYPES
    label: str
    subject: Optional[str] = None
    date: Optional[PartialDate] = None
    parties: list[str] = field(default_factory=list)  # country codes
    party_organizations: list[str] = field(default_factory=list)
    signatories: list[str] = field(default_factory=list)
    witnesses: list[str] = field(default_factory=list)
    signed_at: Optional[str] = None  # label of an Event of the same Doc
    evidence: list[str] = field(default_factory=list)
    readings: list[Reading] = field(default_factory=list, compare=False, repr=False)


@dataclass
class Partnership:
    countries: tuple[str, str]  # sorted pair of country codes
    level: str  # one of PARTNERSHIP_LEVELS
    since: Optional[PartialDate] = None
    evidence: list[str] = field(default_factory=list)
    readings: list[Reading] = field(default_factory=list, compare=False, repr=False)


@dataclass
class Doc:
    """An article on its way through the pipeline."""

    article: Article
    text: str = ""  # cleaned body
    headline: str = ""  # the page's headline, read apart from the body (officials only)
    removed: list[str] = field(default_factory=list)  # lines dropped by cleaning
    removed_lines: list[RemovedLine] = field(default_factory=list, repr=False)  # ... with the rule of each
    sentences: list[Sentence] = field(default_factory=list)
    countries: list[CountryMention] = field(default_factory=list)
    dates: list[DateMention] = field(default_factory=list)
    officials: list[Official] = field(default_factory=list)
    organizations: list[Organization] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    agreements: list[Agreement] = field(default_factory=list)
    partnerships: list[Partnership] = field(default_factory=list)
    published: Optional[PartialDate] = None  # given, or read from the text
    warnings: list[str] = field(default_factory=list)  # what a reader should know (a long text cut at a footer)
    # typed mention layers: what each extractor found before merging it into facts
    official_mentions: list[OfficialMention] = field(default_factory=list, repr=False)
    name_occurrences: list[NameOccurrence] = field(default_factory=list, repr=False)
    organization_mentions: list[OrganizationMention] = field(default_factory=list, repr=False)
    event_mentions: list[EventMention] = field(default_factory=list, repr=False)
    agreement_mentions: list[AgreementMention] = field(default_factory=list, repr=False)
    partnership_mentions: list[PartnershipMention] = field(default_factory=list, repr=False)
    dropped: list[Dropped] = field(default_factory=list, repr=False)  # candidates turned down, with the rule
    index: Optional[DocIndex] = field(default=None, repr=False, compare=False)  # lookups shared by the extractors

    @property
    def partners(self) -> set[str]:
        """Foreign countries seen in a defence relation with Vietnam."""
        out: set[str] = set()
        for ev in self.events:
            if "VNM" in ev.countries:
                out.update(ev.countries)
        for ag in self.agreements:
            if "VNM" in ag.parties:
                out.update(ag.parties)
        for p in self.partnerships:
            if "VNM" in p.countries:
                out.update(p.countries)
        out.discard("VNM")
        return out
