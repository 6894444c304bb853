"""Where the shipped ontology, shapes and named queries are found."""

from __future__ import annotations

import os
from pathlib import Path

ONTOLOGY_ENV = "KG_ONTOLOGY_DIR"


def ontology_dir() -> Path:
    """`ontology/` of the project (symlinked into the package as `kg/ontology`)."""
    override = os.environ.get(ONTOLOGY_ENV)
    if override:
        return Path(override)
    here = Path(__file__).resolve().parent
    for candidate in (here / "ontology", here.parent / "ontology"):
        if (candidate / "defence.ttl").exists():
            return candidate
    return here.parent / "ontology"


def ontology_file() -> Path:
    return ontology_dir() / "defence.ttl"


def shapes_file() -> Path:
    return ontology_dir() / "shapes.ttl"


def queries_dir() -> Path:
    return ontology_dir() / "queries"
