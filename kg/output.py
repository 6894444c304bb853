"""Tabular output rendered in one place: table, csv, tsv, json, ndjson, markdown.

Commands build a list of columns and a list of row dicts of plain Python
values; this module writes them. Data goes to stdout, progress to stderr.
`render_select` writes a SELECT answer: in words for people (a table), as
the query gave it plus `<column>_label` columns for scripts (csv, tsv, json,
xml, ndjson; see `kg.labels`).
"""

from __future__ import annotations

import csv
import io
import json
import shutil
from typing import TYPE_CHECKING, Any, BinaryIO, Callable, Iterable, Optional, Sequence, TextIO

if TYPE_CHECKING:
    from kg.labels import Namer
    from kg.store import QueryResults, Term

def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        return f"{value:.4g}"
    if isinstance(value, (list, tuple, set)):
        return "; ".join(_cell(v) for v in value)
    return str(value)


def render_rows(columns: Sequence[str], rows: Iterable[dict[str, Any]], fmt: str, out: TextIO) -> None:
    """Write rows in `fmt` (a name of `ROW_WRITERS`); unknown formats raise ValueError."""
    writer = ROW_WRITERS.get(fmt)
    if writer is None:
        raise ValueError(f"unknown format {fmt!r}; choose from {', '.join(TABLE_FORMATS)}")
    writer(list(columns), list(rows), out)


def write_json(columns: list[str], rows: list[dict[str, Any]], out: TextIO) -> None:
    json.dump(rows, out, ensure_ascii=False, indent=2, default=str)
    out.write("\n")


def write_ndjson(columns: list[str], rows: list[dict[str, Any]], out: TextIO) -> None:
    for row in rows:
        out.write(json.dumps(row, ensure_ascii=False, default=str) + "\n")


def delimited_writer(delimiter: str) -> Callable[[list[str], list[dict[str, Any]], TextIO], None]:
    def write(columns: list[str], rows: list[dict[str, Any]], out: TextIO) -> None:
        writer = csv.writer(out, delimiter=delimiter, lineterminator="\n")
        writer.writerow(columns)
        for row in rows:
            writer.writerow([_cell(row.get(c)) for c in columns])

    return write


def write_markdown(columns: list[str], rows: list[dict[str, Any]], out: TextIO) -> None:
    out.write("| " + " | ".join(columns) + " |\n")
    out.write("|" + "|".join("---" for _ in columns) + "|\n")
    for row in rows:
        cells = [_cell(row.get(c)).replace("|", "\\|").replace("\n", " ") for c in columns]
        out.write("| " + " | ".join(cells) + " |\n")


def write_table(columns: list[str], rows: list[dict[str, Any]], out: TextIO) -> None:
    """A rich table for people; a long answer drawn line by line the same way (`write_grid`)."""
    if len(rows) > RICH_TABLE_ROWS:
        width = 200 if not out.isatty() else shutil.get_terminal_size().columns
        write_grid(columns, [[_cell(row.get(c)) for c in columns] for row in rows], out, width)
        return
    from rich.console import Console
    from rich.table import Table

    table = Table(show_lines=False, highlight=False)
    for column in columns:
        table.add_column(column, overflow="fold")  # a long IRI wraps whole, never cut short
    for row in rows:
        table.add_row(*[_cell(row.get(c)) for c in columns])
    Console(file=out, width=200 if not out.isatty() else None, soft_wrap=False).print(table)


ROW_WRITERS: dict[str, Callable[[list[str], list[dict[str, Any]], TextIO], None]] = {
    "table": write_table, "csv": delimited_writer(","), "tsv": delimited_writer("\t"),
    "json": write_json, "ndjson": write_ndjson, "markdown": write_markdown,
}
TABLE_FORMATS = tuple(ROW_WRITERS)


RICH_TABLE_ROWS = 1000  # rich lays out ~2,000 rows a second: longer answers are drawn by write_grid


def column_widths(natural: list[int], room: int) -> list[int]:
    """Each column's natural width, the widest cut to one cap so that all fit in `room` (at least 4)."""
    if sum(natural) <= room:
        return natural
    low, high = 4, max(natural)
    while low < high:  # the largest cap that fits
        cap = (low + high + 1) // 2
        low, high = (cap, high) if sum(min(n, cap) for n in natural) <= room else (low, cap - 1)
    return [min(n, low) for n in natural]


def write_grid(columns: list[str], cells: list[list[str]], out: TextIO, width: int) -> None:
    """A table drawn a line at a time, as rich draws it: long cells fold, nothing is cut."""
    from rich.cells import cell_len, chop_cells, set_cell_size

    natural = [max([cell_len(c)] + [max(map(cell_len, r[i].split("\n"))) for r in cells]) for i, c in enumerate(columns)]
    widths = column_widths(natural, max(width - 3 * len(columns) - 1, 4 * len(columns)))

    def fold(value: str, width: int) -> list[str]:
        """A cell's lines: its own line breaks kept (a tab as a space), each folded to `width`."""
        return [piece for part in value.replace("\t", " ").split("\n")
                for piece in (chop_cells(part, width) if cell_len(part) > width else [part])]

    def rule(left: str, fill: str, middle: str, right: str) -> str:
        return left + middle.join(fill * (w + 2) for w in widths) + right + "\n"

    def line(values: list[str], bar: str) -> None:
        folded = [fold(v, w) for v, w in zip(values, widths)]
        for k in range(max(len(f) for f in folded)):
            parts = [set_cell_size(f[k] if k < len(f) else "", w) for f, w in zip(folded, widths)]
            out.write(bar + " " + f" {bar} ".join(parts) + " " + bar + "\n")

    out.write(rule("┏", "━", "┳", "┓"))
    line(columns, "┃")
    out.write(rule("┡", "━", "╇", "┩"))
    for row in cells:
        line(row, "│")
    out.write(rule("└", "─", "┴", "┘"))


SPARQL_RESULT_FORMATS = ("csv", "tsv", "json", "xml")  # the W3C SPARQL results formats


def render_select(result: "QueryResults", fmt: str, out: BinaryIO, namer: Optional["Namer"] = None) -> None:
    """Write a SELECT answer in `fmt`; with a `namer`, entities are named (see the module's doc)."""
    from kg.labels import labelled_rows, table_rows
    from kg.queries import term_to_python

    if namer is None and fmt in SPARQL_RESULT_FORMATS:
        result.serialize(out, fmt)
        return
    columns, rows = list(result.variables), list(result)
    if namer is not None and fmt in ("table", "markdown"):
        shown = table_rows(columns, rows, namer)
    else:
        if namer is not None:
            columns, rows = labelled_rows(columns, rows, namer)
        if fmt in SPARQL_RESULT_FORMATS:
            write_sparql_results(columns, rows, fmt, out)
            return
        shown = [{v: term_to_python(t) for v, t in row.items()} for row in rows]
    text = io.TextIOWrapper(out, encoding="utf-8", newline="")
    render_rows(columns, shown, fmt, text)
    text.flush()
    text.detach()


def write_sparql_results(columns: Sequence[str], rows: Sequence[dict[str, Optional["Term"]]], fmt: str,
                         out: BinaryIO) -> None:
    """Rows of terms in a SPARQL results format, written by the store's own serializers."""
    from kg.store.results import parse_results

    document = {"head": {"vars": list(columns)},
                "results": {"bindings": [{v: json_term(t) for v, t in row.items() if t is not None} for row in rows]}}
    parse_results(json.dumps(document, ensure_ascii=False).encode("utf-8"), "json").serialize(out, fmt)


def json_term(term: "Term") -> dict[str, str]:
    """A term as SPARQL 1.1 Query Results JSON writes it."""
    from kg.store import IRI, Literal

    if isinstance(term, IRI):
        return {"type": "uri", "value": term.value}
    if isinstance(term, Literal):
        if term.language:
            return {"type": "literal", "value": term.value, "xml:lang": term.language}
        if term.datatype.value != "http://www.w3.org/2001/XMLSchema#string":
            return {"type": "literal", "value": term.value, "datatype": term.datatype.value}
        return {"type": "literal", "value": term.value}
    return {"type": "bnode", "value": term.value}
