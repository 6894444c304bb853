"""A fingerprint of the pipeline: what must change for an article to be read again.

The build skips an article whose extraction hash is unchanged. That hash must
move when anything that decides what is read from an article moves: the
package version, the source of every pipeline module (and of the model, the
IRI rules and the RDF mapping the graph is written with) and every lexicon,
pattern list and table in `kg/data` (the interactive view's template under
`kg/data/viz/` is not read by the pipeline and is left out). Computed once per
process; `reset_fingerprint` forgets it (tests that change a data file).
"""

from __future__ import annotations

import hashlib
from functools import lru_cache
from pathlib import Path

import kg
from kg import resources

# Modules outside kg/pipeline/ whose code shapes the stored graph of an article.
_SHAPING_MODULES = ("model.py", "ids.py", "countries.py", "rdf.py", "resources.py")
_NOT_PIPELINE_DATA = ("viz",)


def fingerprint_files() -> list[Path]:
    """Every file the fingerprint covers, in a stable order."""
    package = Path(kg.__file__).resolve().parent
    sources = sorted((package / "pipeline").rglob("*.py")) + [package / m for m in _SHAPING_MODULES]
    data_dir = Path(resources.DATA_DIR)
    data = sorted(
        p for p in data_dir.rglob("*")
        if p.is_file() and p.relative_to(data_dir).parts[0] not in _NOT_PIPELINE_DATA
    )
    return [p for p in sources if p.is_file()] + data


@lru_cache(maxsize=1)
def pipeline_fingerprint() -> str:
    """Hex digest of the version, the pipeline's source files and its data files."""
    digest = hashlib.sha256(f"defence-kg {kg.__version__}\0".encode())
    package = Path(kg.__file__).resolve().parent
    for path in fingerprint_files():
        try:
            name = path.relative_to(package).as_posix()
        except ValueError:  # a data directory outside the package (tests)
            name = "data/" + path.relative_to(resources.DATA_DIR).as_posix()
        digest.update(name.encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()


def reset_fingerprint() -> None:
    """Forget the fingerprint computed in this process (after changing a data file)."""
    pipeline_fingerprint.cache_clear()
