import csv
import io
import json

import pytest
from hypothesis import given, strategies as st
from rich.cells import cell_len

from kg.output import RICH_TABLE_ROWS, TABLE_FORMATS, column_widths, render_rows

ROWS = [{"country": "Việt Nam", "n": 3, "tags": ["a", "b"]}, {"country": "Hoa Kỳ, \"Mỹ\"", "n": None, "tags": []}]
COLS = ["country", "n", "tags"]


@pytest.mark.parametrize("fmt", TABLE_FORMATS)
def test_every_format_renders_unicode(fmt):
    out = io.StringIO()
    render_rows(COLS, ROWS, fmt, out)
    assert "Việt Nam" in out.getvalue()


def test_csv_quotes_and_json_keeps_types():
    out = io.StringIO()
    render_rows(COLS, ROWS, "csv", out)
    parsed = list(csv.reader(io.StringIO(out.getvalue())))
    assert parsed[2][0] == 'Hoa Kỳ, "Mỹ"'
    out = io.StringIO()
    render_rows(COLS, ROWS, "json", out)
    assert json.loads(out.getvalue())[0]["n"] == 3
    out = io.StringIO()
    render_rows(COLS, ROWS, "ndjson", out)
    assert len(out.getvalue().splitlines()) == 2


def test_unknown_format_is_rejected():
    with pytest.raises(ValueError, match="unknown format"):
        render_rows(COLS, ROWS, "yaml", io.StringIO())


# ------------------------------------------------------------------ long answers: drawn a line at a time


@given(st.lists(st.integers(min_value=1, max_value=300), min_size=1, max_size=12), st.integers(min_value=0, max_value=400))
def test_column_widths_fit_the_room_and_keep_what_fits(natural, room):
    widths = column_widths(natural, max(room, 4 * len(natural)))
    assert all(4 <= w or w == n for w, n in zip(widths, natural)) and all(w <= n for w, n in zip(widths, natural))
    if sum(natural) <= max(room, 4 * len(natural)):
        assert widths == natural
    else:
        assert sum(widths) <= max(room, 4 * len(natural))


def test_a_long_answer_is_a_table_that_loses_nothing():
    """Past RICH_TABLE_ROWS the table is drawn line by line: every cell is there, folded, never cut."""
    rows = [{"event": f"https://w3id.org/defence-kg/id/event/visit/2025-03-{i % 28 + 1:02d}-vnm-{'x' * (i % 90)}",
             "label": f"Chuyến thăm số {i} của đoàn Bộ Quốc phòng", "n": i} for i in range(RICH_TABLE_ROWS + 5)]
    out = io.StringIO()
    render_rows(["event", "label", "n"], rows, "table", out)
    lines = out.getvalue().splitlines()
    assert lines[1].startswith("┃ event") and len({cell_len(line) for line in lines}) == 1
    assert max(cell_len(line) for line in lines) <= 200
    body = [line.split("│")[1:-1] for line in lines[3:-1]]
    events, labels, numbers = ("".join(cells[k].strip() for cells in body) for k in range(3))
    for row in rows:
        assert row["event"] in events and row["label"].replace(" ", "") in labels.replace(" ", "")
    assert numbers == "".join(str(row["n"]) for row in rows)


def test_a_long_answer_keeps_line_breaks_inside_its_cells():
    rows = [{"sentence": f"Dòng một\nDòng\thai {i}", "n": i} for i in range(RICH_TABLE_ROWS + 1)]
    out = io.StringIO()
    render_rows(["sentence", "n"], rows, "table", out)
    lines = out.getvalue().splitlines()
    assert len({cell_len(line) for line in lines}) == 1
    assert lines[3].startswith("│ Dòng một ") and lines[4].startswith("│ Dòng hai 0 ")
