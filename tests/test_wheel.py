"""The wheel is complete: installed into a fresh environment, kg works from outside the repository.

The ontology, its SHACL shapes and the named queries must be inside the
package (a `pip install .` once gave a kg with no named queries and a
`kg validate` that could not find its shapes). The wheel is built from this
checkout and installed without its dependencies into a new venv that sees
the test environment's packages through a `.pth` line, so the test needs no
network beyond the build backend pip may already have cached, and the `kg`
that runs is the wheel's, not the checkout's.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import sysconfig
import venv
from importlib.metadata import PackageNotFoundError, requires, version
from pathlib import Path

import pytest
from packaging.requirements import Requirement

ROOT = Path(__file__).resolve().parent.parent
pytestmark = pytest.mark.slow


def run(args: list[str], cwd: Path, env: dict[str, str]) -> subprocess.CompletedProcess:
    result = subprocess.run(args, cwd=cwd, env=env, capture_output=True, text=True, timeout=600)
    assert result.returncode == 0, f"{' '.join(args)}\n{result.stdout}\n{result.stderr}"
    return result


@pytest.fixture(scope="module")
def installed(tmp_path_factory) -> Path:
    """A fresh venv holding the wheel of this checkout; returns its bin directory."""
    work = tmp_path_factory.mktemp("wheel")
    env = {k: v for k, v in os.environ.items() if not k.startswith("KG_")}
    run([sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(work / "dist"), str(ROOT)], work, env)
    wheel = next((work / "dist").glob("defence_kg-*.whl"))
    target = work / "venv"
    venv.create(target, with_pip=False)
    python = target / "bin" / "python"
    run([sys.executable, "-m", "pip", "--python", str(python), "install", "--no-deps", "--no-index", "-q",
         str(wheel)], work, env)
    site = Path(run([str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
                    work, env).stdout.strip())
    (site / "zz-test-dependencies.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")
    return target / "bin"


def test_dependencies_of_the_wheel_are_declared_and_present():
    for line in requires("defence-kg") or []:
        requirement = Requirement(line)
        if requirement.marker is not None and not requirement.marker.evaluate({"extra": ""}):
            continue
        try:
            found = version(requirement.name)
        except PackageNotFoundError:
            pytest.fail(f"{requirement.name} is declared but not installed")
        assert requirement.specifier.contains(found, prereleases=True), (requirement, found)


def test_installed_kg_works_outside_the_repository(installed, tmp_path):
    env = {k: v for k, v in os.environ.items() if not k.startswith("KG_")}
    env["PATH"] = f"{installed}{os.pathsep}{env.get('PATH', '')}"
    kg = str(installed / "kg")
    where = run([str(installed / "python"), "-c", "import kg; print(kg.__file__)"], tmp_path, env).stdout
    assert str(installed.parent) in where and str(ROOT) not in where

    listed = run([kg, "query", "--list", "--format", "csv"], tmp_path, env).stdout
    shipped = sorted(p.stem for p in (ROOT / "kg" / "ontology" / "queries").glob("*.rq"))
    assert sorted(line.split(",")[0] for line in listed.splitlines()[1:]) == shipped

    article = tmp_path / "articles" / "one.txt"
    article.parent.mkdir()
    shutil.copy(sorted((ROOT / "seeds").glob("*.txt"))[0], article)
    built = run([kg, "build", "articles", "--no-exports"], tmp_path, env)
    assert "1 new" in built.stderr and (tmp_path / ".kg-store").is_dir()
    checked = run([kg, "validate"], tmp_path, env)
    assert "conforms" in checked.stderr
    rows = run([kg, "query", "--name", "articles", "--format", "csv"], tmp_path, env).stdout
    assert "one.txt" in rows
