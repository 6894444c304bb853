"""Named SPARQL queries shipped in `ontology/queries/*.rq`, and running queries.

A query file starts with `# <one-line description>`. Optional lines
`# param: NAME DEFAULT description` declare parameters; the query holds a line
`VALUES ?NAME { DEFAULT-TERM }` that `--param NAME=VALUE` rewrites.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Optional

from kg.ids import country_iri
from kg.pipeline import KGError
from kg.resources import queries_dir
from kg.store import Literal, Term
from kg.vocab import PREFIXES

_PARAM_LINE = re.compile(r"^#\s*param:\s*(\w+)\s+(\S+)\s*(.*)$")


class UnknownQuery(KGError):
    pass


@dataclass(frozen=True)
class Param:
    name: str
    default: str
    description: str = ""


@dataclass(frozen=True)
class NamedQuery:
    name: str
    description: str
    text: str
    path: Path
    params: tuple[Param, ...] = field(default_factory=tuple)

    def bind(self, values: dict[str, str]) -> str:
        """The query text with `VALUES ?name { ... }` set from `values`."""
        unknown = set(values) - {p.name for p in self.params}
        if unknown:
            known = ", ".join(p.name for p in self.params) or "none"
            raise KGError(f"query {self.name!r} has no parameter {', '.join(sorted(unknown))} (parameters: {known})")
        text = self.text
        for name, value in values.items():
            pattern = re.compile(r"VALUES\s+\?" + re.escape(name) + r"\s*\{[^}]*\}")
            text = pattern.sub(lambda _m: f"VALUES ?{name} {{ {to_sparql_term(value)} }}", text, count=1)
        return text


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
