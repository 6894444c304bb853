"""Hypothesis strategies and mutators for hostile input folders.

Used by tests/test_fuzz.py (a small run in CI) and benchmarks/fuzz_build.py
(the full run). A draw is a batch of files for one `kg build`: plain text,
HTML and JSON lines built from the sample articles' paragraphs and from
arbitrary Unicode, written in UTF-8/16/32 with and without a byte-order
mark, Windows-1258 or Latin-1, then mutated (control characters, huge lines,
flipped, cut and spliced bytes), plus folder oddities (broken links, link
loops, FIFOs, a folder named like a file).
"""

from __future__ import annotations

import codecs
import json
import os
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import Optional

from hypothesis import strategies as st

ROOT = Path(__file__).resolve().parent.parent
# real prose, so that the extractor does its full work on what is mutated
SEED_PARAGRAPHS = sorted(
    {p.strip() for f in sorted((ROOT / "seeds").glob("*.txt")) for p in f.read_text(encoding="utf-8").split("\n")
     if p.strip()}
)
VI_LETTERS = "aăâbcdđeêghiklmnoôơpqrstuưvxyàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ"
VI_ALPHABET = VI_LETTERS + VI_LETTERS.upper() + "0123456789 .,;:!?-–—()[]\"'“”/%&\n"
CONTROLS = "\x00\x01\x07\x08\x0b\x0c\x0e\x1b\x1f\x7f\x85\x9f\u200b\u200e\u202e\u2028\u2029\ufeff\ufffe\uffff"
# runs that stress regular expressions and splitters
RUNS = [".", " ", "\n", "a", "A", "1", "(", "-", "/", "Đ", "ệ", "\u0301", "&", "<", "\t", ". "]
# UTF-8 most often, as in real input: a mis-encoded file reads nothing the pipeline could chew on
ENCODINGS = ["utf-8"] * 6 + ["utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le", "utf-32-be",
             "cp1258", "latin-1"]
BOMS = [codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE, codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE]
MAGIC = [b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", b"\x1f\x8b\x08\x00", b"%PDF-1.7\n", b"PK\x03\x04", b"\x7fELF"]
SUFFIXES = [".txt", ".html", ".htm", ".jsonl", ".TXT", ".Html", ".md", ""]


@dataclass(frozen=True)
class InputFile:
    """One entry of a batch: a file's bytes, or an oddity of the file system."""

    path: str  # relative to the batch folder
    kind: str  # "file", "broken-link", "loop-link", "fifo", "folder"
    data: bytes = b""


# ----------------------------------------------------------------- text


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


def encode(text: str, encoding: str) -> bytes:
    """`text` in `encoding`; characters it cannot hold become "?"."""
    if encoding == "cp1258":
        return encode_cp1258(text)
    return text.encode(encoding, "replace" if encoding == "latin-1" else "surrogatepass")


paragraphs = st.one_of(
    st.sampled_from(SEED_PARAGRAPHS),
    st.sampled_from(SEED_PARAGRAPHS),
    st.text(alphabet=VI_ALPHABET, max_size=300),
    st.text(max_size=120),  # any Unicode, controls included
)


@st.composite
def mutate_text(draw, text: str, huge: int) -> str:
    """`text` with up to three edits: controls, line-break styles, runs up to `huge` characters, cuts."""
    for _ in range(draw(st.integers(0, 3))):
        at = draw(st.integers(0, len(text)))
        edit = draw(st.sampled_from(["control", "newlines", "run", "repeat", "cut", "nfd", "upper", "one-line"]))
        if edit == "control":
            text = text[:at] + draw(st.text(alphabet=CONTROLS, min_size=1, max_size=5)) + text[at:]
        elif edit == "newlines":
            text = text.replace("\n", draw(st.sampled_from(["\r\n", "\r", "\u2028", "\x85", "\x0b", "\n\n\n"])))
        elif edit == "run":
            text = text[:at] + draw(st.sampled_from(RUNS)) * draw(st.integers(1, huge)) + text[at:]
        elif edit == "repeat" and text:
            text = text * max(1, min(draw(st.integers(1, 50)), huge // len(text)))
        elif edit == "cut":
            text = text[:at]
        elif edit == "nfd":
            text = unicodedata.normalize("NFD", text)
        elif edit == "upper":
            text = text.upper()
        elif edit == "one-line":
            text = " ".join(text.split())
    return text


@st.composite
def article_texts(draw, huge: int) -> str:
    text = "\n\n".join(draw(st.lists(paragraphs, max_size=10)))
    return draw(mutate_text(text, huge))


# ----------------------------------------------------------------- bytes


@st.composite
def mutate_bytes(draw, data: bytes) -> bytes:
    """`data` with up to three byte-level edits: flips, insertions, cuts, splices, BOMs, NULs, magic numbers."""
    for _ in range(draw(st.integers(0, 3))):
        at = draw(st.integers(0, len(data)))
        edit = draw(st.sampled_from(["flip", "insert", "delete", "truncate", "dup", "bom", "nul", "magic"]))
        if edit == "flip" and data:
            at = min(at, len(data) - 1)
            data = data[:at] + bytes([data[at] ^ draw(st.integers(1, 255))]) + data[at + 1:]
        elif edit == "insert":
            data = data[:at] + draw(st.binary(min_size=1, max_size=16)) + data[at:]
        elif edit == "delete":
            data = data[:at] + data[at + draw(st.integers(1, 64)):]
        elif edit == "truncate":
            data = data[:at]
        elif edit == "dup":
            data = data[:at] + data[at:at + draw(st.integers(1, 256))] * draw(st.integers(2, 8)) + data[at:]
        elif edit == "bom":
            data = data[:at] + draw(st.sampled_from(BOMS)) + data[at:]
        elif edit == "nul":
            data = data[:at] + b"\x00" * draw(st.integers(1, 4)) + data[at:]
        elif edit == "magic":
            data = draw(st.sampled_from(MAGIC)) + data
    return data


@st.composite
def txt_files(draw, huge: int) -> bytes:
    text = draw(article_texts(huge))
    if draw(st.booleans()):
        text = draw(st.sampled_from(SEED_PARAGRAPHS))[:120] + "\n\n" + text  # a headline
    data = encode(text, draw(st.sampled_from(ENCODINGS)))
    return draw(mutate_bytes(data)) if draw(st.integers(0, 3)) == 0 else data


# ----------------------------------------------------------------- HTML

ENTITIES = ["&amp;", "&nbsp;", "&#0;", "&#xD800;", "&#1114112;", "&#x110000;", "&#65535;", "&bogus;", "&", "&#",
            "&lt;script&gt;", "&#x1F600;", "&ecirc;&#769;"]
CHARSETS = ["utf-8", "UTF-8", "windows-1258", "iso-8859-1", "latin1", "utf-16", "utf-32", "punycode", "base64",
            "rot13", "zlib", "idna", "unicode_escape", "x-user-defined", "tcvn", "viscii", "", "gb18030", "shift_jis"]


@st.composite
def html_blocks(draw, huge: int) -> str:
    """Body markup: paragraphs in wrappers, leads, scripts, styles, comments, entities, deep or unclosed nesting."""
    parts = []
    for text in draw(st.lists(paragraphs, min_size=1, max_size=8)):
        kind = draw(st.sampled_from(["p", "div", "sapo", "script", "style", "comment", "entity", "nav", "raw"]))
        if kind == "sapo":
            parts.append(f'<div class="sapo">{text}</div>')
        elif kind == "script":
            parts.append(f"<script>var s = '{text}'; if (a < b && c > d) {{ document.write('</p>'); }}</script>")
        elif kind == "style":
            parts.append(f"<style>p {{ content: '{text}' }}</style>")
        elif kind == "comment":
            parts.append(f"<!-- {text} --><![CDATA[{text}]]>")
        elif kind == "entity":
            parts.append(f"<p>{draw(st.sampled_from(ENTITIES))}{text}{draw(st.sampled_from(ENTITIES))}</p>")
        elif kind == "raw":
            parts.append(text)
        else:
            parts.append(f"<{kind}>{text}</{kind}>")
    depth = draw(st.sampled_from([0, 0, 0, 3, 40, 255, 300, min(huge, 5000)]))
    tag = draw(st.sampled_from(["div", "span", "b", "table", "ul", "p"]))
    closing = "" if draw(st.booleans()) else f"</{tag}>" * depth
    return f"<{tag}>" * depth + "".join(parts) + closing


@st.composite
def html_files(draw, huge: int) -> bytes:
    charset = draw(st.sampled_from(CHARSETS))
    meta = draw(st.sampled_from([f'<meta charset="{charset}">', "",
                                 f'<meta http-equiv="Content-Type" content="text/html; charset={charset}">']))
    title = draw(paragraphs)[:200]
    lead = draw(st.sampled_from(["<!DOCTYPE html>", '<?xml version="1.0" encoding="utf-8"?>', "", "<html/>"]))
    page = (f"{lead}<html><head>{meta}<title>{title}</title></head><body><article><h1>{title}</h1>"
            f"{draw(html_blocks(huge))}</article><footer>Bản quyền</footer></body></html>")
    if draw(st.integers(0, 4)) == 0:
        page = page[:draw(st.integers(0, len(page)))]  # unclosed, cut mid-tag
    data = encode(draw(mutate_text(page, huge)), draw(st.sampled_from(ENCODINGS)))
    return draw(mutate_bytes(data)) if draw(st.integers(0, 3)) == 0 else data


# ----------------------------------------------------------------- JSON lines

ODD_VALUES = st.one_of(st.none(), st.booleans(), st.integers(), st.floats(allow_nan=False), st.text(max_size=20),
                       st.lists(st.integers(), max_size=3), st.dictionaries(st.text(max_size=3), st.integers(),
                                                                              max_size=2))
DATES = st.one_of(st.sampled_from(["2024", "2024-10", "2024-10-24", "2024-02-30", "0000", "2024-13", "24/10/2024",
                                   "2024-12-19T10:00:00Z", "9999-12-31T23:59:59+14:00", "", " ", "hôm qua"]),
                  st.text(max_size=30))


@st.composite
def json_objects(draw, huge: int) -> dict:
    obj: dict = {}
    if draw(st.integers(0, 9)):
        obj["id"] = draw(st.one_of(st.text(max_size=40), st.text(alphabet=CONTROLS + "ab", max_size=5)))
    if draw(st.integers(0, 9)):
        obj["text"] = draw(article_texts(huge))
    for key, values in (("title", paragraphs), ("url", st.text(max_size=60)), ("published", DATES)):
        if draw(st.booleans()):
            obj[key] = draw(values)
    if draw(st.integers(0, 4)) == 0:  # a wrong type somewhere
        obj[draw(st.sampled_from(["id", "text", "title", "url", "published"]))] = draw(ODD_VALUES)
    return obj


@st.composite
def json_lines(draw, huge: int) -> str:
    kind = draw(st.sampled_from(["object", "object", "object", "bad", "nested", "number", "blank", "other"]))
    if kind == "object":
        line = json.dumps(draw(json_objects(huge)), ensure_ascii=draw(st.booleans()))
        return draw(mutate_text(line, huge)) if draw(st.integers(0, 4)) == 0 else line
    if kind == "bad":
        return draw(st.sampled_from(['{"id": "x", "text": "t"', "{'id': 'x'}", '{"id": "x",}', "not json", "{",
                                     '{"id": "x", "text": "a\\ud800"}', '{"id": "\\u0000", "text": "t t t"}']))
    if kind == "nested":
        depth = draw(st.integers(1, max(2, huge)))
        return "[" * depth + "]" * draw(st.sampled_from([depth, 0]))
    if kind == "number":
        return '{"id": "n", "text": "t", "n": ' + "9" * draw(st.integers(1, 6000)) + "}"
    if kind == "blank":
        return draw(st.sampled_from(["", " ", "\t", "\ufeff"]))
    return json.dumps(draw(ODD_VALUES))


@st.composite
def jsonl_files(draw, huge: int) -> bytes:
    lines = draw(st.lists(json_lines(huge), max_size=8))
    if lines and draw(st.integers(0, 4)) == 0:
        lines.append(lines[0])  # a duplicate id
    text = draw(st.sampled_from(["\n", "\r\n"])).join(lines) + draw(st.sampled_from(["\n", ""]))
    data = encode(text, draw(st.sampled_from(ENCODINGS)))
    return draw(mutate_bytes(data)) if draw(st.integers(0, 4)) == 0 else data


# ----------------------------------------------------------------- batches

NAME_CHARS = st.sampled_from(list("abcxyz019-_ .") + ["à", "Đ", "ệ", "\u0301", "\n", "\t", "?", "*", "'", '"'])


@st.composite
def input_files(draw, huge: int) -> InputFile:
    """One entry of a batch, with a name of odd characters and any suffix, perhaps in a subfolder."""
    name = "".join(draw(st.lists(NAME_CHARS, min_size=1, max_size=12))).strip() or "x"
    suffix = draw(st.sampled_from(SUFFIXES))
    folder = draw(st.sampled_from(["", "", "", "sub/", "sub/deeper/", ".hidden/"]))
    path = folder + name + (suffix if suffix != ".md" or draw(st.booleans()) else ".txt")
    low = suffix.lower()
    odd = draw(st.integers(0, 24))
    if odd == 0:
        return InputFile(path, draw(st.sampled_from(["broken-link", "loop-link", "fifo", "folder"])))
    if low in (".html", ".htm"):
        return InputFile(path, "file", draw(html_files(huge)))
    if low == ".jsonl":
        return InputFile(path, "file", draw(jsonl_files(huge)))
    if draw(st.integers(0, 5)) == 0:
        return InputFile(path, "file", draw(st.binary(max_size=300)))
    return InputFile(path, "file", draw(txt_files(huge)))


def batches(huge: int = 2000, max_files: int = 12) -> st.SearchStrategy[list[InputFile]]:
    """Batches of input files for one build; `huge` caps the length of runs and nesting."""
    return st.lists(input_files(huge), min_size=1, max_size=max_files, unique_by=lambda f: f.path.lower())


def write_batch(folder: Path, files: list[InputFile]) -> None:
    """Lay out a batch under `folder` (created); an entry whose path clashes with an earlier one is left out."""
    folder.mkdir(parents=True, exist_ok=True)
    for f in files:
        target = folder / f.path
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
            _write_entry(target, f, folder)
        except (FileExistsError, NotADirectoryError, IsADirectoryError):
            continue  # "sub" a file and "sub/x.txt" wanted: the first one wins


def _write_entry(target: Path, f: InputFile, folder: Path) -> None:
    if target.exists() or target.is_symlink():
        return
    if f.kind == "file":
        target.write_bytes(f.data)
    elif f.kind == "broken-link":
        target.symlink_to(folder / "nowhere" / target.name)
    elif f.kind == "loop-link":
        target.symlink_to(folder)
    elif f.kind == "fifo":
        os.mkfifo(target)
    else:
        target.mkdir()


def describe(files: list[InputFile], limit: int = 400) -> Optional[str]:
    """A short repr of a batch, for a failure message."""
    return "; ".join(f"{f.path!r} {f.kind} {f.data[:limit]!r}{'...' if len(f.data) > limit else ''}" for f in files)
