"""Hypothesis strategies and mutators for hostile input files (tests/test_fuzz.py, benchmarks/fuzz_build.py)."""

from __future__ import annotations

import unicodedata


def encode_cp1258(text: str) -> bytes:
    """`text` in Windows-1258, which writes most Vietnamese tone marks as combining characters.

    Python's codec only maps characters one to one, so a letter it lacks
    ("ộ") is written as the nearest letter it has ("ô") plus combining marks.
    """
    out = bytearray()
    for ch in text:
        try:
            out += ch.encode("cp1258")
            continue
        except UnicodeEncodeError:
            pass
        base, *marks = unicodedata.normalize("NFD", ch)
        rest = []
        for mark in marks:
            joined = unicodedata.normalize("NFC", base + mark)
            if len(joined) == 1 and _in_cp1258(joined):
                base = joined
            else:
                rest.append(mark)
        out += (base + "".join(rest)).encode("cp1258", "replace")
    return bytes(out)


def _in_cp1258(ch: str) -> bool:
    try:
        ch.encode("cp1258")
    except UnicodeEncodeError:
        return False
    return True
