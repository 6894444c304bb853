import csv
import io
import json

import pytest

from kg.output import TABLE_FORMATS, render_rows

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
