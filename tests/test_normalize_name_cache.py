"""`ids.normalize_name` is cached: asked again, or for an equal string, it answers as computed afresh."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from kg.ids import normalize_name


@settings(max_examples=300, deadline=None)
@given(st.text(st.sampled_from("AaĐđ ỆệE\u0302\u0301\t\u00a0ß"), max_size=20) | st.text(max_size=20))
def test_cached_key_is_the_fresh_one(name: str) -> None:
    fresh = normalize_name.__wrapped__(name)
    assert normalize_name(name) == fresh
    assert normalize_name("".join(name)) == fresh  # an equal string, another object


def test_keys_of_names_written_differently() -> None:
    assert normalize_name("Phan  Văn\tGiang") == normalize_name("phan văn giang") == "phan văn giang"
    assert normalize_name("Nguye\u0302\u0303n") == normalize_name("Nguyễn")
