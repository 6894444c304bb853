"""Where the shipped ontology, shapes and named queries are found."""

from __future__ import annotations

import os
import unicodedata
from functools import lru_cache
from pathlib import Path

ONTOLOGY_ENV = "KG_ONTOLOGY_DIR"
DATA_DIR = Path(__file__).resolve().parent / "data"


def ontology_dir() -> Path:
    """The ontology, SHACL shapes and named queries shipped inside the package (`kg/ontology`).

    $KG_ONTOLOGY_DIR points elsewhere, e.g. at a working copy of edited queries.
    """
    override = os.environ.get(ONTOLOGY_ENV)
    if override:
        return Path(override)
    return Path(__file__).resolve().parent / "ontology"


def ontology_file() -> Path:
    return ontology_dir() / "defence.ttl"


def shapes_file() -> Path:
    return ontology_dir() / "shapes.ttl"


def queries_dir() -> Path:
    return ontology_dir() / "queries"


@lru_cache(maxsize=None)
def data_rows(name: str) -> tuple[tuple[str, ...], ...]:
    """Tab-separated fields of `kg/data/<name>`: NFC, stripped, no blank or `#` comment lines.

    Every lexicon, pattern list and table the pipeline reads goes through here,
    so they all follow one format and are read from disk once.
    """
    rows = []
    for raw in (DATA_DIR / name).read_text(encoding="utf-8").splitlines():
        if raw.strip() and not raw.lstrip().startswith("#"):
            rows.append(tuple(unicodedata.normalize("NFC", field.strip()) for field in raw.split("\t")))
    return tuple(rows)
