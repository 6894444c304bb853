"""Input files to `Article`s: .txt pages, saved .html pages and .jsonl batches.

Nothing read is lost without a word, and no input can hang a build:

- a path, file or JSON line that cannot be read (missing, no permission,
  binary, not text, empty, bad JSON) is passed to `on_skip` and the rest of
  the build goes on;
- what is read with a change (control characters dropped, a huge article
  cut, an encoding guessed) is passed to `on_warn`;
- `ReadLimits` caps what one input may cost; FIFOs and devices, whose reads
  could block forever, are refused.
"""

from __future__ import annotations

import codecs
import hashlib
import io
import json
import logging
import os
import re
import stat
from dataclasses import dataclass, replace
from datetime import date, datetime
from functools import lru_cache
from pathlib import Path
from typing import IO, Any, Callable, Iterable, Iterator, Optional, Sequence, Union

from w3lib.encoding import html_body_declared_encoding, resolve_encoding, to_unicode

from kg.model import Article, PartialDate
from kg.pipeline import KGError
from kg.pipeline.dates import dated_heading, field_stamp_date, header_date, is_date_cell, live_stamp
from kg.resources import data_rows

SUPPORTED_SUFFIXES = (".txt", ".html", ".htm", ".jsonl")
MAX_TITLE_LEN = 200
MAX_TITLE_WORDS = 35
# share of control characters above which a file is taken for binary
BINARY_CONTROL_RATIO = 0.05
# shorter extracted text is a menu or a stub, not an article
MIN_HTML_TEXT_CHARS = 80
# how much of a file is looked at to tell text from binary
SNIFF_BYTES = 8192
# libxml2 (lxml without huge_tree, as trafilatura parses pages) stops at this depth
HTML_MAX_DEPTH = 256
MiB = 1 << 20

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class ReadLimits:
    """What one input may cost; beyond this it is cut or skipped, and reported."""

    # one article's text: about 150 long news stories; longer text is cut at a paragraph
    article_chars: int = 1_000_000
    # bytes read of a .txt or .html file (enough for article_chars in any encoding)
    file_bytes: int = 8 * MiB
    # one JSON line, which must be parsed whole; a longer line is skipped
    jsonl_line_chars: int = 32 * MiB
    # a JSON line's id, title or url
    field_chars: int = 2000


DEFAULT_LIMITS = ReadLimits()


class ReadError(KGError):
    """A file or JSON line that cannot be read; the message says why."""


@dataclass
class Skipped:
    source: str  # a path, or "path:line" for a JSON line
    reason: str


@dataclass
class Warned:
    """An input read with a change worth knowing: text dropped or cut, an encoding guessed."""

    source: str  # a path, or "path:line" for a JSON line
    message: str


SkipHandler = Callable[[Skipped], None]
WarnHandler = Callable[[Warned], None]
Note = Callable[[str, str], None]  # (source, message): how the readers below report


def _skipper(on_skip: Optional[SkipHandler]) -> Note:
    def skip(source: str, reason: str) -> None:
        if on_skip is not None:
            on_skip(Skipped(source, reason))
        else:
            log.warning("skipped %s: %s", source, reason)

    return skip


def _warner(on_warn: Optional[WarnHandler]) -> Note:
    def warn(source: str, message: str) -> None:
        if on_warn is not None:
            on_warn(Warned(source, message))
        else:
            log.warning("%s: %s", source, message)

    return warn


# ----------------------------------------------------------------- walking


def iter_articles(
    paths: Sequence[Union[str, Path]],
    on_skip: Optional[SkipHandler] = None,
    on_warn: Optional[WarnHandler] = None,
    limits: ReadLimits = DEFAULT_LIMITS,
) -> Iterator[Article]:
    """Articles of the given files and folders, in a stable order.

    Each path, folder, file or JSON line that cannot be read is passed to
    `on_skip`, and each change made while reading to `on_warn` (both logged
    if None); the rest is read. A second article with an id already seen is
    skipped too, since the id names the article's graph.
    """
    skip, warn = _skipper(on_skip), _warner(on_warn)
    seen: dict[str, str] = {}
    for path, explicit in _input_files(paths, skip):
        for article in _articles_of(path, explicit, skip, warn, limits):
            source = article.source_path or str(path)
            if article.id in seen:
                skip(source, f"duplicate article id '{article.id}' (already read from {seen[article.id]})")
                continue
            seen[article.id] = source
            yield article


def _input_files(paths: Sequence[Union[str, Path]], skip: Note) -> Iterator[tuple[Path, bool]]:
    """(file, explicitly named) pairs; folders walked recursively and sorted."""
    for p in paths:
        path = Path(p)
        try:
            is_dir = stat.S_ISDIR(path.stat().st_mode)
        except (OSError, ValueError) as exc:  # ValueError: a NUL in the path
            skip(str(path), _os_reason(exc, path))
            continue
        if is_dir:
            yield from ((f, False) for f in _folder_files(path, skip))
        else:
            yield path, True


def _folder_files(root: Path, skip: Note) -> list[Path]:
    """Supported files under `root`, sorted; hidden files and folders left out.

    A subfolder that cannot be listed is reported, not passed over; folder
    links are followed, each folder read once (a link loop ends there).
    """

    def unreadable(exc: OSError) -> None:
        skip(str(exc.filename or root), f"cannot read folder: {exc.strerror or exc}")

    found: list[Path] = []
    visited: set[tuple[int, int]] = set()
    for folder, subfolders, names in os.walk(root, onerror=unreadable, followlinks=True):
        try:
            info = os.stat(folder)
        except OSError as exc:
            unreadable(exc)
            subfolders.clear()
            continue
        if (info.st_dev, info.st_ino) in visited:
            subfolders.clear()
            continue
        visited.add((info.st_dev, info.st_ino))
        subfolders[:] = [d for d in subfolders if not d.startswith(".")]
        found.extend(
            Path(folder, name)
            for name in names
            if not name.startswith(".") and os.path.splitext(name)[1].lower() in SUPPORTED_SUFFIXES
        )
    return sorted(found)


def _os_reason(exc: Exception, path: Optional[Path] = None) -> str:
    if isinstance(exc, FileNotFoundError):
        return "broken symbolic link" if path is not None and path.is_symlink() else "no such file or directory"
    if isinstance(exc, OSError):
        return f"cannot read: {exc.strerror or exc}"
    return f"invalid path: {exc}"


def _articles_of(path: Path, explicit: bool, skip: Note, warn: Note, limits: ReadLimits) -> Iterator[Article]:
    """The articles of one file; the file (or a JSON line) is skipped with a reason if it cannot be read."""
    suffix = path.suffix.lower()
    if suffix not in SUPPORTED_SUFFIXES:
        if explicit:
            skip(str(path), f"unsupported file type '{suffix or path.name}' "
                            f"(expected {', '.join(SUPPORTED_SUFFIXES)})")
        return
    try:
        if suffix == ".jsonl":
            yield from _read_jsonl(path, skip, warn, limits)
        elif suffix in (".html", ".htm"):
            yield _read_html(path, warn, limits)
        else:
            yield _read_txt(path, warn, limits)
    except ReadError as exc:
        skip(str(path), str(exc))
    except OSError as exc:
        skip(str(path), _os_reason(exc, path))


def _file_id(path: Path, warn: Note) -> str:
    """The file name, as the article's id; a name that is not UTF-8 gets U+FFFD for its bad bytes."""
    name = path.name
    if _LONE_SURROGATE.search(name):
        name = os.fsencode(name).decode("utf-8", "replace")
        warn(str(path), f"file name is not UTF-8: the article's id is '{name}'")
    return name


# ----------------------------------------------------------------- bytes and text


def _open_regular(path: Path) -> IO[bytes]:
    """`path` opened for reading; a FIFO, socket or device, whose reads may block forever, is refused."""
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            raise ReadError("not a regular file")
        return os.fdopen(fd, "rb")
    except BaseException:
        os.close(fd)
        raise


def _read_head(path: Path, limit: int) -> tuple[bytes, bool, int]:
    """The first `limit` bytes of a file, whether there is more, and the file's size."""
    with _open_regular(path) as f:
        size = os.fstat(f.fileno()).st_size
        # as many bytes as the file holds, not `limit`: a buffer of `limit` bytes per article is
        # an allocation and a release of 8 MiB each, which a build of thousands of files feels
        data = f.read(min(size, limit) + 1)
        if limit >= len(data) > size:  # it grew while being read, or tells no size (a pipe)
            data += f.read(limit + 1 - len(data))
        size = max(size, len(data))
    return data[:limit], len(data) > limit, size


# C0 and C1 controls but tab, newline, form feed and carriage return; lone
# surrogates (a JSON "\ud800"); byte-order marks inside the text; U+FFFE, U+FFFF
_CONTROL = re.compile("[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufeff\ufffe\uffff]")
_LONE_SURROGATE = re.compile("[\ud800-\udfff]")
# controls that end a line (vertical tab, next line) become a newline, not nothing
_LINE_CONTROLS = {"\x0b": "\n", "\x85": "\n"}
_CONTROL_BYTES = bytes(b for b in range(32) if b not in (9, 10, 12, 13))


def _mostly_controls(text: str) -> bool:
    head = text[:SNIFF_BYTES]
    return bool(head) and len(_CONTROL.findall(head)) / len(head) > BINARY_CONTROL_RATIO


def _looks_binary(head: bytes) -> bool:
    """Bytes that failed to decode: NULs or many control bytes make them binary, not mis-encoded text."""
    head = head[:SNIFF_BYTES]
    controls = len(head) - len(head.translate(None, _CONTROL_BYTES))
    return b"\x00" in head or (bool(head) and controls / len(head) > BINARY_CONTROL_RATIO)


def _undecodable_reason(data: bytes) -> str:
    head = data[:SNIFF_BYTES]
    if len(head) >= 8 and max(head[0::2].count(0), head[1::2].count(0)) > len(head) // 4:
        return "UTF-16 or UTF-32 text without a byte-order mark (save it as UTF-8, or with a BOM)"
    return "binary file" if _looks_binary(head) else "not UTF-8 text"


# UTF-32's marks first: UTF-32-LE's starts with UTF-16-LE's
_BOMS = ((codecs.BOM_UTF32_LE, "utf-32-le"), (codecs.BOM_UTF32_BE, "utf-32-be"), (codecs.BOM_UTF8, "utf-8"),
         (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be"))


def byte_order_mark(data: bytes) -> tuple[Optional[str], Optional[bytes]]:
    """(codec, mark) of the byte-order mark `data` opens with, or (None, None). Read here, not by
    w3lib, whose 2.6 keeps to the WHATWG list and no longer knows UTF-32's."""
    for mark, codec in _BOMS:
        if data.startswith(mark):
            return codec, mark
    return None, None


def decode_text(data: bytes, complete: bool = True) -> str:
    """Text of a .txt file: UTF-8, or UTF-8, UTF-16 or UTF-32 with a byte-order mark.

    `complete=False` for the head of a longer file, whose last character may be cut.
    """
    encoding, bom = byte_order_mark(data)
    if encoding is None or bom is None:
        encoding, bom = "utf-8", b""
    try:
        text = codecs.getincrementaldecoder(encoding)().decode(data[len(bom):], final=complete)
    except UnicodeDecodeError:
        if bom:
            raise ReadError(f"not {encoding.upper()} text, though it starts with that byte-order mark") from None
        raise ReadError(_undecodable_reason(data)) from None
    if _mostly_controls(text):
        raise ReadError("binary file")
    return text


def _refuse_binary(head: bytes) -> None:
    """Raise `ReadError` if a file's first bytes are binary (a line that is merely not UTF-8 is not)."""
    try:
        text = codecs.getincrementaldecoder("utf-8")().decode(head[:SNIFF_BYTES], final=False)
    except UnicodeDecodeError:
        if _looks_binary(head):
            raise ReadError(_undecodable_reason(head)) from None
        return
    if _mostly_controls(text):
        raise ReadError("binary file")


def _drop_controls(text: str, source: str, warn: Note) -> str:
    """`text` without control characters (NUL and the like), with a warning naming them."""
    if not _CONTROL.search(text):
        return text
    found = _CONTROL.findall(text)
    kinds = sorted(set(found))
    names = ", ".join(f"U+{ord(c):04X}" for c in kinds[:4]) + (", ..." if len(kinds) > 4 else "")
    warn(source, f"dropped {len(found):,} control character(s) ({names})")
    return _CONTROL.sub(lambda m: _LINE_CONTROLS.get(m.group(), ""), text)


def _cut(text: str, limit: int) -> str:
    """`text` shortened to at most `limit` characters, at a paragraph, line or word end if one is near."""
    if len(text) <= limit:
        return text
    floor = limit * 3 // 4
    for sep in ("\n\n", "\n", " "):
        at = text.rfind(sep, floor, limit)
        if at >= 0:
            return text[:at].rstrip()
    return text[:limit]


def _finish(text: str, source: str, warn: Note, limits: ReadLimits, whole: str = "") -> str:
    """An article's text as it goes on: controls dropped, cut to the limit (both reported).

    Raises `ReadError` if nothing but blanks and controls is left.
    """
    text = _drop_controls(text, source, warn)
    if not text.strip():
        raise ReadError("empty article")
    if len(text) > limits.article_chars or whole:
        kept = _cut(text, limits.article_chars)
        warn(source, f"article cut to its first {len(kept):,} characters, of {whole or f'{len(text):,}'} "
                     f"(at most {limits.article_chars:,} are read of one article)")
        text = kept
    return text


def _size(n: int) -> str:
    return f"{n / MiB:.1f} MiB" if n >= MiB else f"{n:,} bytes"


# ----------------------------------------------------------------- .txt


def headline(line: str) -> Optional[str]:
    """`line` if it reads as a headline (short, no final period), else None."""
    line = " ".join(line.split())
    if not line or len(line) > MAX_TITLE_LEN or len(line.split()) > MAX_TITLE_WORDS:
        return None
    if line.endswith((".", ",", ";", ":")) and not line.endswith("..."):
        return None
    return line


def read_txt(path: Path, on_warn: Optional[WarnHandler] = None, limits: ReadLimits = DEFAULT_LIMITS) -> Article:
    """A plain-text page; its first line is the title if it looks like one. Raises `ReadError`."""
    return _read_txt(path, _warner(on_warn), limits)


def _read_txt(path: Path, warn: Note, limits: ReadLimits) -> Article:
    data, more, size = _read_head(path, limits.file_bytes)
    text = decode_text(data, complete=not more)
    if not text.strip():
        raise ReadError("empty article")
    text = _finish(text, str(path), warn, limits, whole=f"a file of {_size(size)}" if more else "")
    first = next((line for line in text.splitlines() if line.strip()), "")
    return Article(
        id=_file_id(path, warn),
        text=text,
        title=headline(first),
        source_path=str(path),
        media_type="text/plain",
    )


# ----------------------------------------------------------------- .html


def read_html(path: Path, on_warn: Optional[WarnHandler] = None, limits: ReadLimits = DEFAULT_LIMITS) -> Article:
    """A saved web page: main text by trafilatura, menus and footers left out. Raises `ReadError`."""
    return _read_html(path, _warner(on_warn), limits)


def _read_html(path: Path, warn: Note, limits: ReadLimits) -> Article:
    source = str(path)
    data, more, size = _read_head(path, limits.file_bytes)
    if not data.strip():
        raise ReadError("empty article")
    if more:
        warn(source, f"page of {_size(size)}: only its first {_size(limits.file_bytes)} were read")
    markup = decode_html(data, lambda message: warn(source, message), complete=not more)
    doc, page = _parse_page(markup, lambda message: warn(source, message))
    text = getattr(doc, "text", None) if doc is not None else None
    if not text or len(text.strip()) < MIN_HTML_TEXT_CHARS:
        raise ReadError("no main text found in HTML page")
    raw_title = page.headline or (getattr(doc, "title", None) if doc is not None else None)
    title = " ".join(_drop_controls(raw_title, source, warn).split()) if raw_title else None
    paragraphs = _opening([" ".join(p.split()) for p in text.splitlines()], title, page.lead)
    body = _finish("\n\n".join(p for p in paragraphs if p), source, warn, limits)
    url = getattr(doc, "url", None) or _canonical_url(markup)
    return Article(
        id=_file_id(path, warn),
        text=body,
        title=title or None,
        url=_drop_controls(url, source, warn) if url else None,
        published=_page_date(doc) or page.stamp,
        source_path=source,
        media_type="text/html",
    )


def _page_date(doc: Any) -> Optional[PartialDate]:
    raw_date = getattr(doc, "date", None) if doc is not None else None
    if not raw_date:
        return None
    try:
        return parse_date(str(raw_date))
    except ValueError:
        return None


@dataclass(frozen=True)
class PageParts:
    """What a page's markup tells beside trafilatura's text: its lead paragraph (sapo), the
    date of the meta line under its headline, and the headline itself."""

    lead: Optional[str] = None
    stamp: Optional[PartialDate] = None
    headline: Optional[str] = None


def _parse_page(markup: Union[str, bytes], warn: Callable[[str], None]) -> tuple[Any, PageParts]:
    """trafilatura's extraction of a page, with the parts of the page it leaves out."""
    import trafilatura  # heavy import, only for HTML input

    tree = trafilatura.load_html(markup)  # parsed once: the lead is read before extraction prunes the tree
    if tree is not None and tree.xpath("boolean(//*[count(ancestor::*) >= $d])", d=HTML_MAX_DEPTH - 1):
        warn(f"HTML nested deeper than {HTML_MAX_DEPTH} elements: the parser stopped there, "
             "and the rest of the page was not read")
    parts = PageParts()
    if tree is not None:
        parts = PageParts(_lead_paragraph(tree), _headline_stamp(tree))
        _captions_as_paragraphs(tree)
        _live_entry_stamps_kept(tree, parts.stamp)
        _dated_headings_as_paragraphs(tree)
        _date_cells_kept(tree)
        _author_lines_kept(tree)
    doc = trafilatura.bare_extraction(
        tree if tree is not None else markup,
        include_comments=False,
        include_tables=False,
        favor_precision=True,
        with_metadata=True,
        date_extraction_params={"extensive_search": False, "original_date": True},
    )
    if tree is not None and doc is not None:
        parts = replace(parts, headline=_page_headline(tree, getattr(doc, "title", None)))
    return doc, parts


def _opening(paragraphs: list[str], title: Optional[str], lead: Optional[str]) -> list[str]:
    """The text's paragraphs with its headline first and its lead after it, where trafilatura
    left them out: a headline often names the only guest or the ship, and the sapo holds the
    story's who, when and where (trafilatura drops it on many Vietnamese pages)."""
    if title and not _tells_headline(paragraphs, title):
        paragraphs = [title] + paragraphs  # as a plain-text page's first line
    if lead and lead not in " ".join(paragraphs):
        at = 1 if paragraphs and title and title == paragraphs[0] else 0
        paragraphs = paragraphs[:at] + [lead] + paragraphs[at:]
    return paragraphs


HEADLINE_LOOKAHEAD = 3  # paragraphs at the top of the text where a page's headline may already stand


def _page_headline(root: Any, title: Optional[str]) -> Optional[str]:
    """The page's <h1> that trafilatura's title begins (its title drops all after " - ", which
    cuts "Việt Nam - Lào ..." headlines short), else that title; None without a title."""
    if not title:
        return None
    key = " ".join(title.split())
    for h1 in root.xpath("//h1"):
        text = " ".join(h1.text_content().split())
        if text.startswith(key):
            return text
    return key


def _tells_headline(paragraphs: Sequence[str], headline: str) -> bool:
    """Whether the text already holds the headline near its top (many pages keep it)."""
    key = " ".join(headline.split())
    return any(key in p or (p and p in key and len(p) > len(key) // 2) for p in paragraphs[:HEADLINE_LOOKAHEAD])


HEADLINE_STAMP_REACH = 4  # text elements after the headline that may be its meta line
STAMP_ABOVE_REACH = 2  # text elements right above the headline that may be its stamp
CLOCK_TIME_RE = re.compile(r"\b\d{1,2}[:h]\d{2}\b")


def _headline_stamp(root: Any) -> Optional[PartialDate]:
    """The date of the page's meta line under its headline ("Cập nhật lúc 16:05, Thứ Sáu,
    23/08/2024 (GMT+7)"), for a page whose markup states no date that trafilatura reads: a
    short line among the few elements after the first <h1> and before the story's first long
    paragraph, read as `header_date` reads a head line (the dates of comments and related
    news further down are never reached). Some sites print the stamp right above the
    headline instead; there it must carry a clock time, which a menu's date widget (the
    day the page was viewed) does not, or be a line of an outlet's fields naming no weekday."""
    headlines = root.xpath("//h1")
    if not headlines:
        return None
    return _stamp_below(headlines[0]) or _stamp_above(headlines[0])


def _stamp_below(headline: Any) -> Optional[PartialDate]:
    path = f"following::*[normalize-space(text())][position() <= {HEADLINE_STAMP_REACH}]"
    for el in headline.xpath(path):
        line = " ".join("".join(el.itertext()).split())
        if len(line) > 90:  # the story has begun: no meta line after it
            return None
        found = header_date(line)
        if found is not None:
            return found
    return None


def _stamp_above(headline: Any) -> Optional[PartialDate]:
    path = f"preceding::*[normalize-space(text())][position() <= {STAMP_ABOVE_REACH}]"
    for el in headline.xpath(path):  # nearest first
        line = " ".join("".join(el.itertext()).split())
        if len(line) <= 90:
            # a clock time, or an outlet's fields ("Được cung cấp bởi Báo X · 27/02/2025 · 3 phút đọc")
            found = header_date(line) if CLOCK_TIME_RE.search(line) else field_stamp_date(line)
            if found is not None:
                return found
    return None


def _captions_as_paragraphs(root: Any) -> None:
    """Photo stories tell their facts in captions, which trafilatura drops with their
    figures (or glues together): each caption becomes a paragraph of the text, and
    `kg.pipeline.clean` then cuts its credit or drops it when it says nothing more."""
    for figure in root.xpath("//figure[.//figcaption]"):
        for caption in figure.xpath(".//figcaption"):
            caption.tag = "p"
        figure.tag = "div"
    _photo_table_captions(root)


def _photo_table_captions(root: Any) -> None:
    """A CMS's photo box written as a table (<table class="image"><tr><td><img></td></tr><tr><td
    class="caption">...</td></tr>), which trafilatura drops with every table: its caption cell becomes a
    paragraph, the rest of the box plain blocks; a one-word caption cell is an editor's widget, dropped."""
    for table in root.xpath(_PHOTO_TABLE):
        for cell in table.xpath(".//td | .//th"):
            caption = bool(cell.xpath(_CAPTION_CELL))
            if caption and len(cell.text_content().split()) < 2:
                cell.drop_tree()  # an editor's widget left in the cell ("leftcenterrightdel"), no caption
            elif caption:
                cell.tag = "p"
                cell.attrib.pop("class")  # (trafilatura drops an element whose class says "caption")
            else:
                cell.tag = "div"
        for part in table.xpath(".//tbody | .//thead | .//tr"):
            part.tag = "div"
        table.tag = "div"


# a table that only frames a photo and its caption (trafilatura drops tables): an image, a cell whose class
# names a caption ("caption", "image_desc"), and no more than three rows
_CAPTION_CELL = "self::*[contains(@class, 'caption') or contains(@class, 'desc')]"
_PHOTO_TABLE = ("//table[.//img][.//td[contains(@class, 'caption') or contains(@class, 'desc')]]"
                "[count(.//tr) <= 3][not(.//table)]")


def _dated_headings_as_paragraphs(root: Any) -> None:
    """A list page tells each item under a heading opening with its date ("<h2>2025年12月15日 ｜
    Đại sứ ... chào xã giao ...</h2>"), which trafilatura drops, and with it the only day of the
    item: such a heading, followed by the item's paragraph, opens that paragraph as its first sentence
    (a line of its own would read as one of a list of links)."""
    for heading in root.xpath("//h2 | //h3 | //h4"):
        following = heading.getnext()
        if following is None or following.tag != "p":
            continue
        line = " ".join(heading.text_content().split())
        if dated_heading(line):
            following.text = f"{line.rstrip('.')}. " + (following.text or "")
            heading.drop_tree()  # lxml.html: its tail stays


# the page's own publishing date in its markup: the year of a live blog's stamps ("10:05 · 21/01")
_PUBLISHED_META = "//meta[@property='article:published_time' or @itemprop='datePublished' or @name='pubdate']/@content"


def _live_entry_stamps_kept(root: Any, stamp: Optional[PartialDate]) -> None:
    """A live blog tells each entry under a stamp of its own ("<div>10:05 · 21/01</div><h3>Thủ tướng
    tiếp ...</h3><p>...</p>"), which trafilatura drops, and with it the entry's only day. With two
    such stamps or more on the page, each right before a heading, the day opens that heading
    ("21/01/2026 | Thủ tướng tiếp ..."), which `_dated_headings_as_paragraphs` then makes the first
    sentence of the entry's paragraph. The year is the stamp's own, else the page's."""
    meta = next((m for m in root.xpath(_PUBLISHED_META) if re.match(r"(?:19|20)\d\d", m)), None)
    year = int(meta[:4]) if meta else (stamp.year if stamp is not None else None)
    found = []
    for el in root.xpath("//div[not(*)] | //span[not(*)] | //time[not(*)] | //p[not(*)]"):
        day = live_stamp(" ".join(el.text_content().split()), year)
        heading = el.getnext()
        if day is not None and heading is not None and heading.tag in ("h2", "h3", "h4") and len(heading) == 0:
            found.append((el, heading, day))
    if len(found) < 2:
        return
    for el, heading, day in found:
        heading.text = f"{day.day}/{day.month}/{day.year} | {heading.text or ''}"
        el.drop_tree()


def _date_cells_kept(root: Any) -> None:
    """A timeline's entry tells its date in a cell of its own ("<li><span>27/3/2024</span><p>Tàu ...
    cập cảng ...</p></li>"), which trafilatura drops: the date opens the entry's text, then a colon."""
    for item in root.xpath("//li[p]"):
        if not len(item):
            continue
        cell = item[0]
        following = cell.getnext()
        if following is None or following.tag != "p" or cell.tag == "p" or len(cell):
            continue
        if (item.text or "").strip() or not is_date_cell(cell.text_content()):
            continue
        following.text = f"{' '.join(cell.text_content().split())}: " + (following.text or "")
        cell.drop_tree()


# class or id of an element holding the story's author ("author", "byline", "tac-gia")
_AUTHOR_CLASS = re.compile(r"author|byline|tac-?gia|nguoi-?viet|writer", re.IGNORECASE)
MAX_AUTHOR_LINE = 60  # an author's name, maybe with a place or an outlet; longer is a box


AUTHOR_LABEL = "Tác giả: "  # how a plain-text page names its author (a byline of kg/data/boilerplate.tsv)


def _author_lines_kept(root: Any) -> None:
    """trafilatura drops an element marked as the author ("<p class="author">Minh Châu</p>"),
    and with it the mark where the story ends: a news item glued after it was read as the
    story's. A short author line with paragraphs after it in its block becomes the line
    "Tác giả: Minh Châu", which `kg.pipeline.clean` reads as a byline closing the story
    (`clean.story-after-byline`; above the body it closes nothing). A bare name in the
    text could be a heading; the markup says it is the author. An author line with the
    page's date and time ("Thế Kha · Thứ ba, 09/12/2025 - 19:05") heads the story: it
    closes nothing, and is left as it was."""
    for el in root.xpath("//p | //div | //span | //strong"):
        if not _AUTHOR_CLASS.search(_marks(el)) or not _inline_only(el):
            continue  # an author box of several elements is left to trafilatura
        line = " ".join(el.text_content().split())
        if header_date(line) is not None:
            continue  # the story's head: its author and time
        if 0 < len(line) <= MAX_AUTHOR_LINE and el.xpath("boolean(following-sibling::p[normalize-space()])"):
            for attr in ("class", "id"):
                el.attrib.pop(attr, None)
            for child in list(el):
                el.remove(child)
            el.tag = "p"
            el.text = AUTHOR_LABEL + line


# print marks an author's name may be wrapped in ("<p class="author"><strong>Thu Trang</strong></p>")
_INLINE_TAGS = frozenset({"strong", "b", "em", "i", "span", "a", "small", "u"})


def _inline_only(el: Any) -> bool:
    """Whether the element holds text and print marks only (no block of its own: a box)."""
    return all(isinstance(d.tag, str) and d.tag in _INLINE_TAGS for d in el.iterdescendants())


@lru_cache(maxsize=1)
def _web_encodings() -> frozenset[str]:
    """Python codecs of the encodings a page may declare (kg/data/web_encodings.txt)."""
    return frozenset(filter(None, (resolve_encoding(row[0]) for row in data_rows("web_encodings.txt"))))


_UNICODE_DECLARED = {"utf-16", "utf-16-be", "utf-16-le", "utf-32", "utf-32-be", "utf-32-le"}
# A charset label a page's head declares: in a <meta> tag (charset="...", or content="...; charset=...") or an
# XML declaration (encoding="..."); looked for only where w3lib names no encoding for the page
_DECLARED_LABEL = re.compile(r"""<\s*meta\b[^<>]*?\bcharset\s*=\s*["']?\s*([\w-]+)"""
                             r"""|<\?xml\s[^<>]*?\bencoding\s*=\s*["']?\s*([\w-]+)""", re.IGNORECASE)


def _declared_charset(data: bytes) -> Optional[str]:
    """The Python codec of the charset page `data` declares, as w3lib reads it; else, where w3lib names none,
    that of a label its head declares which is no web encoding, or None. w3lib 2.6 keeps to the WHATWG list and
    names no codec outside it ("punycode", "utf-32"), which 2.5 names: either way such a page is read alike
    (a Unicode label as UTF-8, any other ignored with a warning naming its codec)."""
    declared = html_body_declared_encoding(data)
    if declared is not None and declared != "replacement":  # (2.6's name for "iso-2022-kr" and the like: no codec)
        return declared
    head = data[:4096].decode("latin-1")  # a declaration is ASCII markup
    body = head.lower().find("<body")
    found = _DECLARED_LABEL.search(head, 0, body if body >= 0 else len(head))
    if found is None:
        return None
    try:
        codec = codecs.lookup(found.group(1) or found.group(2)).name
    except LookupError:
        return None  # a label Python knows no codec for: none declared (as w3lib 2.5 reads it)
    return None if codec in _web_encodings() else codec


def decode_html(data: bytes, warn: Callable[[str], None], complete: bool = True) -> Union[str, bytes]:
    """A page's markup as text: by its byte-order mark, else the charset it declares, else UTF-8.

    A page that is none of these comes back as bytes, for trafilatura to
    guess its encoding, with a warning. Raises `ReadError` for a binary file.
    """
    encoding, bom = byte_order_mark(data)
    if encoding is not None and bom is not None:
        return _decode_declared(data[len(bom):], encoding, warn, complete)
    declared = _declared_charset(data)
    if declared in _UNICODE_DECLARED:
        declared = "utf-8"  # markup whose declaration reads as ASCII is not UTF-16 (as browsers do)
    if declared is not None and declared not in _web_encodings():
        warn(f"ignored the charset the page declares ({declared}): not an encoding of web pages")
        declared = None
    if declared is not None:
        return _decode_declared(data, declared, warn, complete)
    try:
        text = codecs.getincrementaldecoder("utf-8")().decode(data, final=complete)
    except UnicodeDecodeError:
        if _looks_binary(data):
            raise ReadError("binary file") from None
        warn("no charset declared and not UTF-8: the encoding was guessed")
        return data
    if _mostly_controls(text):
        raise ReadError("binary file")
    return text


def _decode_declared(data: bytes, encoding: str, warn: Callable[[str], None], complete: bool) -> str:
    """`data` in the encoding a page names; if it is not, UTF-8, else the named one with U+FFFD for bad bytes."""
    for candidate in dict.fromkeys((encoding, "utf-8")):
        try:
            text = codecs.getincrementaldecoder(candidate)().decode(data, final=complete)
        except UnicodeDecodeError:
            continue
        if candidate != encoding:
            warn(f"not {encoding} as the page says, but UTF-8: read as UTF-8")
        break
    else:
        text = to_unicode(data, encoding)
        warn(f"not valid {encoding} as the page says: bytes that are not were replaced by U+FFFD")
    if _mostly_controls(text):
        raise ReadError("binary file")
    return text


# class or id of the element that holds a page's lead ("sapo" in Vietnamese newsrooms, "teaser" at some
# foreign broadcasters' Vietnamese services)
_LEAD_CLASS = re.compile(r"sapo|summary|lead|desc|chapeau|excerpt|intro|tomtat|tom-tat|announce|standfirst|abstract|teaser", re.IGNORECASE)
_OUTSIDE_BODY = {"nav", "aside", "footer", "header", "form", "script", "style"}
MIN_LEAD_CHARS = 40
# longer than this, an element marked "desc"/"summary" wraps the body, not a lead
MAX_LEAD_CHARS = 1200


def _lead_paragraph(root: Any) -> Optional[str]:
    """The text of an lxml page tree's lead element (`class="sapo"`, "summary", ...),
    the first one of MIN_LEAD_CHARS to MAX_LEAD_CHARS outside menus, asides and footers.
    Where the page's <article> holds none, a lead standing above it (between the headline and
    the body, as one large outlet sets its `description`) is read: `_lead_above`."""
    scopes = root.xpath("//article | //main") or [root]
    for scope in scopes:
        lead = _lead_among(scope.iter("div", "p", "h2", "h3", "section", "span"), set())
        if lead is not None:
            return lead
    return _lead_above(root, scopes[0]) if scopes[0] is not root else None


def _lead_among(elements: Iterable[Any], column: set[Any]) -> Optional[str]:
    """The first element marked as a lead, of a lead's length, with no menu, aside or other
    stories' box around it; an element of `column` (one that holds the story's body) is none, nor
    a box of bulleted points ("box-ai-summary": an AI summary above the sapo, not the lead)."""
    for el in elements:
        marks = _marks(el)
        if not marks or not _LEAD_CLASS.search(marks) or next(el.iter("li"), None) is not None:
            continue
        if any(a not in column and (a.tag in _OUTSIDE_BODY or _ELSEWHERE_CLASS.search(_marks(a)))
               for a in el.iterancestors()):
            continue  # a teaser of another story, in a related-news box or a sidebar
        lead = " ".join(el.text_content().split())
        if MIN_LEAD_CHARS <= len(lead) <= MAX_LEAD_CHARS:
            return lead
    return None


def _lead_above(root: Any, body: Any) -> Optional[str]:
    """A lead set above the page's <article> (`<p class="description">` after the headline): the
    column holding the article, whatever its class ("sidebar-1" on one outlet), is the story's;
    a box of bulleted points (an "AI summary") is no lead paragraph."""
    column = set(body.iterancestors())
    holding_points = {a for li in root.iter("li") for a in li.iterancestors()}  # found once, not per element
    above = []
    for el in root.iter("div", "p", "h2", "h3", "section", "span", "article", "main"):
        if el is body:
            break
        if el not in column and el not in holding_points:
            above.append(el)
    return _lead_among(above, column)


def _marks(el: object) -> str:
    get = getattr(el, "get", None)
    return " ".join(filter(None, (get("class"), get("id")))) if get else ""


# boxes that hold other stories' teasers, whose "desc" is not this page's lead
_ELSEWHERE_CLASS = re.compile(r"relat|lien-?quan|other|more|sidebar|widget|comment|footer|box-?news|list|tag", re.I)


_CANONICAL = re.compile(r"""<link\b[^>]*\brel=["']?canonical["']?[^>]*>""", re.IGNORECASE)
_HREF = re.compile(r"""\bhref=["']([^"'>\s]+)["']""", re.IGNORECASE)


def _canonical_url(markup: Union[str, bytes]) -> Optional[str]:
    html = markup.decode("utf-8", "replace") if isinstance(markup, bytes) else markup
    tag = _CANONICAL.search(html)
    if not tag:
        return None
    href = _HREF.search(tag.group())
    return href.group(1) if href else None


# ----------------------------------------------------------------- .jsonl

_ISO_PARTIAL = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")


def parse_date(value: str) -> PartialDate:
    """"YYYY", "YYYY-MM", "YYYY-MM-DD" or an ISO datetime (its date) -> PartialDate."""
    value = value.strip()
    m = _ISO_PARTIAL.fullmatch(value)
    if m:
        year, month, day = (int(g) if g else None for g in m.groups())
        if day is not None:
            date(year, month, day)  # type: ignore[arg-type]  # validates
        return PartialDate(year, month, day)
    try:
        dt = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        raise ValueError(f"bad date {value!r} (expected YYYY, YYYY-MM, YYYY-MM-DD or ISO datetime)") from None
    return PartialDate(dt.year, dt.month, dt.day)


def _json_field(obj: dict, key: str, source: str, warn: Note, limits: ReadLimits) -> Optional[str]:
    """A short optional string field (title, url): controls dropped; too long is left out, with a warning."""
    value = obj.get(key)
    if value is None:
        return None
    if not isinstance(value, str):
        raise ReadError(f"'{key}' must be a string")
    value = _drop_controls(value, source, warn).strip()
    if len(value) > limits.field_chars:
        warn(source, f"'{key}' of {len(value):,} characters left out (at most {limits.field_chars:,})")
        return None
    return value or None


def _json_id(obj: dict, source: str, warn: Note, limits: ReadLimits) -> str:
    art_id = obj.get("id")
    if not isinstance(art_id, str) or not art_id.strip():
        raise ReadError("missing or empty 'id' (a string)")
    art_id = _drop_controls(art_id, source, warn).strip()
    if not art_id:
        raise ReadError("missing or empty 'id' (a string)")
    if len(art_id) > limits.field_chars:
        raise ReadError(f"'id' of {len(art_id):,} characters (at most {limits.field_chars:,})")
    return art_id


def _json_date(obj: dict) -> Optional[PartialDate]:
    raw_pub = obj.get("published")
    if raw_pub is None:
        return None
    if not isinstance(raw_pub, str):
        raise ReadError("'published' must be a string")
    try:
        return parse_date(raw_pub)
    except ValueError as exc:
        raise ReadError(str(exc)) from None


def _article_from_json(obj: object, path: Path, line_no: int, warn: Note, limits: ReadLimits) -> Article:
    source = f"{path}:{line_no}"
    if not isinstance(obj, dict):
        raise ReadError("not a JSON object")
    art_id = _json_id(obj, source, warn, limits)
    text = obj.get("text")
    if not isinstance(text, str):
        raise ReadError("missing 'text' (a string)")
    if not text.strip():
        raise ReadError("empty article")
    published = _json_date(obj)
    title = _json_field(obj, "title", source, warn, limits)
    if title and not _tells_headline([" ".join(p.split()) for p in text.splitlines() if p.strip()], title):
        text = " ".join(title.split()) + "\n\n" + text  # as a plain-text page's first line: its facts count
    return Article(
        id=art_id,
        text=_finish(text, source, warn, limits),
        title=title,
        url=_json_field(obj, "url", source, warn, limits),
        published=published,
        source_path=source,
        media_type="text/plain",
    )


def _mark_bad_bytes(exc: UnicodeError) -> tuple[str, int]:
    """Codec error handler: undecodable bytes become a lone surrogate, which no valid text decodes to."""
    return "\ud800", getattr(exc, "end", 0)


# the handler of `_mark_bad_bytes`, named for codecs ("surrogateescape" cannot
# escape bytes below 128, which a UTF-16 or UTF-32 decoder may fail on)
_MARK_BAD_BYTES = "kg.reading.mark-bad-bytes"
codecs.register_error(_MARK_BAD_BYTES, _mark_bad_bytes)


def _json_object(line: str, encoding: str) -> object:
    if _LONE_SURROGATE.search(line):  # bytes the decoder could not read, marked
        raise ReadError("not UTF-8 text" if encoding == "utf-8" else f"not {encoding.upper()} text")
    try:
        return json.loads(line, strict=False)  # strict=False: a raw control character in a string is dropped later
    except json.JSONDecodeError as exc:
        raise ReadError(f"bad JSON: {exc.msg} at column {exc.colno}") from None
    except RecursionError:
        raise ReadError("bad JSON: nested too deeply") from None
    except ValueError as exc:  # e.g. an integer of more than 4,300 digits
        raise ReadError(f"bad JSON: {exc}") from None


def _json_lines(stream: IO[str], limit: int) -> Iterator[tuple[int, Optional[str], int]]:
    """(line number, line or None if longer than `limit`, length) of a text stream, never holding more than `limit`."""
    line_no = 0
    while True:
        line = stream.readline(limit + 1)
        if not line:
            return
        line_no += 1
        if len(line) <= limit or line.endswith("\n"):
            yield line_no, line, len(line)
            continue
        length = len(line)
        while line and not line.endswith("\n"):
            line = stream.readline(MiB)
            length += len(line)
        yield line_no, None, length


def _read_jsonl(path: Path, skip: Note, warn: Note, limits: ReadLimits) -> Iterator[Article]:
    """One article per JSON line, read line by line; a bad line is skipped as "path:LINE"."""
    with _open_regular(path) as raw:
        head = raw.read(SNIFF_BYTES)
        encoding, bom = byte_order_mark(head)
        if encoding is None or bom is None:
            encoding, bom = "utf-8", b""
            _refuse_binary(head)
        raw.seek(len(bom))
        stream = io.TextIOWrapper(raw, encoding=encoding, errors=_MARK_BAD_BYTES, newline="\n")
        lines = 0
        for line_no, line, length in _json_lines(stream, limits.jsonl_line_chars):
            if line is not None and not line.strip():
                continue
            lines += 1
            try:
                if line is None:
                    raise ReadError(f"line of {length:,} characters (at most {limits.jsonl_line_chars:,})")
                obj = _json_object(line.removeprefix("\ufeff"), encoding)
                yield _article_from_json(obj, path, line_no, warn, limits)
            except ReadError as exc:
                skip(f"{path}:{line_no}", str(exc))
    if not lines:
        raise ReadError("empty file")


# ----------------------------------------------------------------- hashing


def content_hash(article: Article) -> str:
    """sha256 of what defines the article's content, to spot a changed article on rebuild.

    The source path and media type are left out: moving a file does not
    change what it says.
    """
    payload = json.dumps(
        [
            article.id,
            article.text,
            article.title,
            article.url,
            article.published.iso() if article.published else None,
        ],
        ensure_ascii=False,
        separators=(",", ":"),
    )
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()
