"""Named SPARQL queries shipped in `ontology/queries/*.rq`, and running queries.

A query file starts with `# <one-line description>`. Optional lines
`# param: NAME DEFAULT description` declare parameters; the query holds one or
more lines `VALUES ?NAME { DEFAULT-TERM }` that `--param NAME=VALUE` rewrites,
or a line `LIMIT N  # NAME` whose N it sets (0 removes the limit). What a
value may be follows from the parameter's name: a `country` is an ISO code or
a name in Vietnamese or English, a `year` four digits, a `kind` an ontology
class, a limit a whole number, anything else an entity's IRI.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Optional

from kg.ids import country_iri
from kg.pipeline import KGError
from kg.resources import queries_dir
from kg.store import Literal, Term
from kg.vocab import ID_IRI, PREFIXES

_PARAM_LINE = re.compile(r"^#\s*param:\s*(\w+)\s+(\S+)\s*(.*)$")
_LIMIT_LINE = r"LIMIT\s+\d+(\s*#\s*{name}\b)"


class UnknownQuery(KGError):
    pass


class BadParameter(KGError):
    """A parameter value that names nothing the query can use."""


@dataclass(frozen=True)
class Param:
    name: str
    default: str
    description: str = ""

    def summary(self) -> str:
        """How `kg query --list` shows the parameter, e.g. `country (default VNM): the country …`."""
        default = "optional" if self.default == "UNDEF" else f"default {self.default}"
        return f"{self.name} ({default}): {self.description}" if self.description else f"{self.name} ({default})"


@dataclass(frozen=True)
class NamedQuery:
    name: str
    description: str
    text: str
    path: Path
    params: tuple[Param, ...] = field(default_factory=tuple)

    def limits(self) -> list[Param]:
        """Parameters that set a LIMIT (`LIMIT N  # NAME`) rather than a VALUES line."""
        return [p for p in self.params if re.search(_LIMIT_LINE.format(name=re.escape(p.name)), self.text)]

    def bind(self, values: dict[str, str]) -> str:
        """The query text with every `VALUES ?name { ... }` line, or the `LIMIT N  # name` line, set from `values`.

        A parameter may have several VALUES lines, one in each subquery that needs
        it: subqueries are evaluated on their own, so each must see the value.
        """
        unknown = set(values) - {p.name for p in self.params}
        if unknown:
            known = ", ".join(p.name for p in self.params) or "none"
            raise KGError(f"query {self.name!r} has no parameter {', '.join(sorted(unknown))} (parameters: {known})")
        text = self.text
        for name, value in values.items():
            limit = re.compile(_LIMIT_LINE.format(name=re.escape(name)))
            if limit.search(text):
                count = limit_value(name, value)
                text = limit.sub(lambda m: f"LIMIT {count}{m.group(1)}" if count else f"# no limit{m.group(1)}", text)
                continue
            term = parameter_term(name, value)
            pattern = re.compile(r"VALUES\s+\?" + re.escape(name) + r"\s*\{[^}]*\}")
            text = pattern.sub(lambda _m: f"VALUES ?{name} {{ {term} }}", text)
        return text


def limit_value(name: str, value: str) -> int:
    """A limit parameter's value: a whole number, 0 for no limit."""
    if not re.fullmatch(r"\s*\d+\s*", value):
        raise BadParameter(f"{name} takes a whole number (0: no limit), not {value!r}")
    return int(value)


def parameter_term(name: str, value: str) -> str:
    """The SPARQL term for a parameter's value, checked against what the parameter's name says it is."""
    value = value.strip()
    if name == "country":
        return f"<{country_iri(resolve_country(value))}>"
    if name == "year":
        if not re.fullmatch(r"\d{4}", value):
            raise BadParameter(f"year takes four digits, e.g. year=2024, not {value!r}")
        return value
    term = to_sparql_term(value)
    if not term.startswith("<"):
        example = "dkg:Official" if name == "kind" else "official:phan-van-giang or https://w3id.org/defence-kg/id/…"
        raise BadParameter(f"{name} takes an IRI or a prefixed name ({example}), not {value!r}; "
                           f"`kg query --help` lists the prefixes")
    return term


def resolve_country(value: str) -> str:
    """ISO alpha-3 code of a country given by code, IRI, prefixed name or name in Vietnamese or English."""
    from kg.countries import UnknownCountry, get_country, lookup

    text = value.strip()
    for prefix in (PREFIXES["country"], "country:"):
        if text.startswith(prefix):
            text = text[len(prefix):]
    codes_first = re.fullmatch(r"[A-Z]{2,3}", text) is not None  # "NGA" is Nigeria, "Nga" is Russia
    by_code: Optional[str] = None
    if re.fullmatch(r"[A-Za-z]{2,3}", text):
        try:
            by_code = get_country(text).code
        except UnknownCountry:
            pass
    code = by_code if codes_first and by_code else (lookup(text) or unaccented_match(text) or by_code)
    if code:
        return code
    close = closest_countries(text)
    hint = f"; did you mean {', '.join(close)}?" if close else "; give an ISO code such as VNM or a name"
    raise BadParameter(f"no country {value!r}{hint}")


@lru_cache(maxsize=1)
def folded_country_names() -> dict[str, set[str]]:
    """Each country code and name (Vietnamese, English, aliases), folded, with the codes it may mean."""
    from kg.countries import all_countries

    names: dict[str, set[str]] = {}
    for c in all_countries():
        for name in (c.code, c.name_vi, c.name_en, *c.aliases):
            names.setdefault(fold(name), set()).add(c.code)
    return names


def unaccented_match(text: str) -> Optional[str]:
    """The one country whose name is `text` once accents are ignored ("Phap" is France), if exactly one."""
    codes = folded_country_names().get(fold(text), set())
    return next(iter(codes)) if len(codes) == 1 else None


def closest_countries(text: str, n: int = 3) -> list[str]:
    """Countries whose code or name (Vietnamese or English, accents ignored) is closest to `text`."""
    from kg.countries import get_country

    names = folded_country_names()
    matches = difflib.get_close_matches(fold(text), list(names), n=n * 3, cutoff=0.6)
    codes = list(dict.fromkeys(code for m in matches for code in sorted(names[m])))[:n]
    return [f"{get_country(code).name_vi} / {get_country(code).name_en} ({code})" for code in codes]


def fold(text: str) -> str:
    """Lower case without accents, for fuzzy matching of names typed without diacritics."""
    from kg.pipeline.common import fold_marks

    return fold_marks(text)


def entity_prefixes() -> list[tuple[str, str]]:
    """The predeclared prefixes of entity IRIs (`official:`, `country:` …), with their IRIs."""
    return [(p, iri) for p, iri in PREFIXES.items() if iri.startswith(ID_IRI) and iri != ID_IRI]


def to_sparql_term(value: str) -> str:
    """Turn a user's parameter into a SPARQL term: an IRI, a CURIE, a country code, a number or a string."""
    value = value.strip()
    if re.fullmatch(r"https?://[^\s<>\"{}|\\^`]+", value):
        return f"<{value}>"
    if re.fullmatch(r"[A-Za-z]{3}", value):
        return f"<{country_iri(value)}>"
    prefix, _, local = value.partition(":")
    if local and prefix in PREFIXES and re.fullmatch(r"[\w\-./]+", local):
        return f"<{PREFIXES[prefix]}{local}>"
    if re.fullmatch(r"-?\d+", value):
        return value
    escaped = value.replace("\\", "\\\\").replace('"', '\\"')
    return f'"{escaped}"'


def _parse(path: Path) -> NamedQuery:
    text = path.read_text(encoding="utf-8")
    description = ""
    params = []
    for line in text.splitlines():
        if not line.startswith("#"):
            break
        match = _PARAM_LINE.match(line)
        if match:
            params.append(Param(match.group(1), match.group(2), match.group(3).strip()))
        elif not description:
            description = line.lstrip("#").strip()
    return NamedQuery(path.stem, description, text, path, tuple(params))


def list_named_queries(directory: Optional[Path] = None) -> list[NamedQuery]:
    directory = directory or queries_dir()
    return [_parse(p) for p in sorted(directory.glob("*.rq"))]


def get_named_query(name: str, directory: Optional[Path] = None) -> NamedQuery:
    queries = {q.name: q for q in list_named_queries(directory)}
    if name in queries:
        return queries[name]
    close = difflib.get_close_matches(name, list(queries), n=1)
    hint = f"; did you mean {close[0]!r}?" if close else "; `kg query --list` shows them"
    raise UnknownQuery(f"unknown named query {name!r}{hint}")


def term_to_python(term: Optional[Term]) -> object:
    """Plain value of a result cell for table/ndjson output."""
    if term is None:
        return None
    if isinstance(term, Literal):
        dt = term.datatype.value
        if dt.endswith("#integer") or dt.endswith("#int") or dt.endswith("#long"):
            try:
                return int(term.value)
            except ValueError:
                return term.value
        if dt.endswith("#decimal") or dt.endswith("#double") or dt.endswith("#float"):
            try:
                return float(term.value)
            except ValueError:
                return term.value
        return term.value
    return term.value


_DKG_TERM = re.compile(r"(?<![\w:/#])dkg:([A-Za-z_][\w\-]*)|<https://w3id\.org/defence-kg/ontology#([\w\-]+)>")


def unknown_terms(sparql: str) -> list[tuple[str, Optional[str]]]:
    """Ontology terms a query uses that the ontology does not define, with a close match.

    A misspelt class or predicate makes a query silently match nothing; the
    CLI warns instead.
    """
    from kg.vocab import DKG

    known = set(DKG.__annotations__)
    out: list[tuple[str, Optional[str]]] = []
    for match in _DKG_TERM.finditer(sparql):
        name = match.group(1) or match.group(2)
        if name not in known and name not in [n for n, _ in out]:
            close = difflib.get_close_matches(name, sorted(known), n=1)
            out.append((name, close[0] if close else None))
    return out
