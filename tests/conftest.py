"""Shared fixtures: the sample corpus built once per test session into a store."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from hypothesis import settings

# Property tests check behaviour, not speed: a slow or busy CI machine must not
# turn a per-example time into a failure (speed has its own benchmarks).
settings.register_profile("defence-kg", deadline=None)
settings.load_profile("defence-kg")

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"


@pytest.fixture(scope="session")
def seed_store_path(tmp_path_factory) -> Path:
    """A store built from seeds/ with the library (not the CLI); tests must not write to it."""
    from kg.build import Builder
    from kg.store import OxigraphStore

    path = tmp_path_factory.mktemp("seed") / "store"
    with OxigraphStore(path) as store:
        report = Builder(store).build([SEEDS])
        assert report.read == len(list(SEEDS.glob("*.txt"))) and not report.skipped
    return path


@pytest.fixture
def seed_store(seed_store_path):
    from kg.store import open_store

    with open_store(seed_store_path, read_only=True) as store:
        yield store


@pytest.fixture
def seeds_copy(tmp_path) -> Path:
    """A writable copy of the sample articles."""
    dest = tmp_path / "seeds"
    shutil.copytree(SEEDS, dest)
    return dest
