"""Reading a SPARQL request before it runs: its form, its prefixes, what it may reach.

A store should never be asked to run what the user did not mean to run: an
update through `kg query`, a `SERVICE` call to the network from a tool that
promises to work offline, a query whose prefix is a typo. These checks work
on the text with strings, IRIs and comments blanked out, so that a keyword
inside a literal or an IRI never counts.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Optional

from kg.pipeline import KGError
from kg.vocab import ID_IRI, PREFIXES


class QueryError(KGError):
    """A query that cannot or must not run, or that failed."""


# Strings (long and short), IRIs and comments, in the order SPARQL's lexer sees them.
_OPAQUE = re.compile(
    r'"""[\s\S]*?"""|\'\'\'[\s\S]*?\'\'\'|"(?:[^"\\\n]|\\.)*"|\'(?:[^\'\\\n]|\\.)*\''
    r'|<[^<>"{}|^`\\\s]*>|#[^\n]*'
)
_PREFIX_DECL = re.compile(r"\bPREFIX\s+([A-Za-z][\w\-.]*)?:", re.I)
_PREFIX_USE = re.compile(r"(?<![\w?$\-.:])([A-Za-z][\w\-]*(?:\.[\w\-]+)*)?:(?=[\w\-%\\]|[\s)\]};,.]|$)")
_FORM = re.compile(
    r"\b(SELECT|ASK|CONSTRUCT|DESCRIBE|INSERT|DELETE|LOAD|CLEAR|DROP|CREATE|ADD|MOVE|COPY|WITH)\b", re.I)
_SERVICE = re.compile(r"(?<![\w?$:])SERVICE(?![\w:])", re.I)
UPDATE_FORMS = frozenset({"INSERT", "DELETE", "LOAD", "CLEAR", "DROP", "CREATE", "ADD", "MOVE", "COPY", "WITH"})


def blank_opaque(sparql: str) -> str:
    """The text with strings, IRIs and comments replaced by spaces (same length, same lines)."""
    return _OPAQUE.sub(lambda m: re.sub(r"[^\n]", " ", m.group(0)), sparql)


@dataclass(frozen=True)
class QueryText:
    """A user's query, checked, with the project's prefixes it uses declared."""

    text: str  # what the store runs
    form: str  # SELECT, ASK, CONSTRUCT or DESCRIBE
    added_lines: int  # PREFIX lines put in front, to report positions in the user's text
    uses_service: bool


def prepare_query(sparql: str, allow_service: bool = False) -> QueryText:
    """Check a read-only query and declare the predeclared prefixes it uses.

    Raises `QueryError` for an empty query, an update, an unknown prefix or
    (unless `allow_service`) a SERVICE call.
    """
    plain = blank_opaque(sparql)
    form_match = _FORM.search(plain)
    if not sparql.strip() or form_match is None:
        raise QueryError("the query is empty or has no SELECT, ASK, CONSTRUCT or DESCRIBE")
    form = form_match.group(1).upper()
    if form in UPDATE_FORMS:
        raise QueryError(f"queries are read-only ({form} is an update); change the graph with kg build / kg remove")
    service = bool(_SERVICE.search(plain))
    if service and not allow_service:
        raise QueryError("SERVICE would query another server over the network; "
                         "pass --allow-service to permit it")
    check_prefixed_names(plain)
    declared = {m.group(1) or "" for m in _PREFIX_DECL.finditer(plain)}
    used = [m.group(1) or "" for m in _PREFIX_USE.finditer(plain)]
    missing = sorted({p for p in used if p not in declared})
    unknown = [p for p in missing if p not in PREFIXES]
    if unknown:
        known = ", ".join(f"{p}:" for p in PREFIXES)
        raise QueryError(f"unknown prefix {unknown[0]}: (declare it with PREFIX {unknown[0]}: <...>, "
                         f"or use a predeclared one: {known})")
    prologue = "".join(f"PREFIX {p}: <{PREFIXES[p]}>\n" for p in missing)
    return QueryText(prologue + sparql, form, len(missing), service)


# A prefixed name followed by "/word": `id:official/phan-van-giang`. In a property path the part
# after "/" is itself a prefixed name, an IRI, "a", "^" or "(", never a bare word.
_SLASHED_NAME = re.compile(r"(?<![\w?$\-.:])([A-Za-z][\w\-]*)?:([\w\-.%]*)((?:/[\w\-.%]+)+)(?![\w\-.%]*:)")


def check_prefixed_names(plain: str) -> None:
    """Refuse `prefix:a/b`, which SPARQL reads as a path to the bare word `b`, with the name to write."""
    for m in _SLASHED_NAME.finditer(plain):
        steps = m.group(3).split("/")[1:]
        if all(step == "a" for step in steps):
            continue  # `dkg:x/a` is a property path to rdf:type
        prefix = m.group(1) or ""
        if prefix not in PREFIXES:
            continue  # an unknown prefix gets its own message
        iri = PREFIXES[prefix] + m.group(2) + m.group(3)
        raise QueryError(f"{m.group(0)} is not a prefixed name (it cannot hold a '/'); write "
                         f"{shortest_name(iri)}. Entities have their own prefixes: "
                         + ", ".join(f"{p}:" for p, i in PREFIXES.items() if i.startswith(ID_IRI) and i != ID_IRI)
                         + "; events and agreements are written as full IRIs <…>")


def shortest_name(iri: str) -> str:
    """`official:phan-van-giang` for an IRI a predeclared prefix can abbreviate, else `<iri>`."""
    for prefix, base in sorted(PREFIXES.items(), key=lambda item: -len(item[1])):
        local = iri[len(base):]
        if iri.startswith(base) and local and re.fullmatch(r"[\w\-]+(?:\.[\w\-]+)*", local):
            return f"{prefix}:{local}"
    return f"<{iri}>"


def shift_positions(message: str, added_lines: int) -> str:
    """Report an engine's 'line:column' in the user's text, not in the text with our PREFIX lines."""
    def shift(m: "re.Match[str]") -> str:
        return f"line {max(int(m.group(1)) - added_lines, 1)}, column {m.group(2)}"

    # "error at 3:14": not the port of a URL ("127.0.0.1:8890") in a server's message
    return re.sub(r"(?<![\d.:/\w])(\d+):(\d+)(?![\d/])", shift, message, count=1)


def first_line(message: str, limit: int = 300) -> str:
    """An engine's multi-line error as one line a user can read."""
    line = " ".join(message.split())
    return line if len(line) <= limit else line[: limit - 1] + "…"


def sparql_string(value: str) -> str:
    """A Python string as a SPARQL string literal."""
    escaped = value.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\r", "\\r")
    return f'"{escaped}"'


def graph_form(form: Optional[str]) -> bool:
    return form in ("CONSTRUCT", "DESCRIBE")
