"""Tabular output rendered in one place: table, csv, tsv, json, ndjson, markdown.

Commands build a list of columns and a list of row dicts of plain Python
values; this module writes them. Data goes to stdout, progress to stderr.
"""

from __future__ import annotations

import csv
import json
from typing import Any, Iterable, Sequence, TextIO

TABLE_FORMATS = ("table", "csv", "tsv", "json", "ndjson", "markdown")


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        return f"{value:.4g}"
    if isinstance(value, (list, tuple, set)):
        return "; ".join(_cell(v) for v in value)
    return str(value)


def render_rows(columns: Sequence[str], rows: Iterable[dict[str, Any]], fmt: str, out: TextIO) -> None:
    """Write rows in `fmt`; unknown formats raise ValueError."""
    rows = list(rows)
    if fmt == "json":
        json.dump(rows, out, ensure_ascii=False, indent=2, default=str)
        out.write("\n")
    elif fmt == "ndjson":
        for row in rows:
            out.write(json.dumps(row, ensure_ascii=False, default=str) + "\n")
    elif fmt in ("csv", "tsv"):
        writer = csv.writer(out, delimiter="," if fmt == "csv" else "\t", lineterminator="\n")
        writer.writerow(columns)
        for row in rows:
            writer.writerow([_cell(row.get(c)) for c in columns])
    elif fmt == "markdown":
        out.write("| " + " | ".join(columns) + " |\n")
        out.write("|" + "|".join("---" for _ in columns) + "|\n")
        for row in rows:
            cells = [_cell(row.get(c)).replace("|", "\\|").replace("\n", " ") for c in columns]
            out.write("| " + " | ".join(cells) + " |\n")
    elif fmt == "table":
        from rich.console import Console
        from rich.table import Table

        table = Table(*columns, show_lines=False, highlight=False)
        for row in rows:
            table.add_row(*[_cell(row.get(c)) for c in columns])
        Console(file=out, width=200 if not out.isatty() else None, soft_wrap=False).print(table)
    else:
        raise ValueError(f"unknown format {fmt!r}; choose from {', '.join(TABLE_FORMATS)}")
