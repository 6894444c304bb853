"""Input files to `Article`s: .txt pages, saved .html pages and .jsonl batches.

One unreadable file (binary, not UTF-8, empty, a bad JSON line) must not stop
a build of thousands: it is reported through `on_skip` and the rest go on.
A path that does not exist is a typing mistake, so it stops everything
before anything is read.
"""

from __future__ import annotations

import hashlib
import json
import logging
import re
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any, Callable, Iterator, Optional, Sequence, Union

from kg.model import Article, PartialDate
from kg.pipeline import KGError

SUPPORTED_SUFFIXES = (".txt", ".html", ".htm", ".jsonl")
MAX_TITLE_LEN = 200
MAX_TITLE_WORDS = 35
# share of control characters above which a file is taken for binary
BINARY_CONTROL_RATIO = 0.05
# shorter extracted text is a menu or a stub, not an article
MIN_HTML_TEXT_CHARS = 80

log = logging.getLogger(__name__)


# bytes below 32 other than tab, newline, form feed and carriage return
_CONTROL_BYTES = bytes(b for b in range(32) if b not in (9, 10, 12, 13))


class ReadError(KGError):
    """An input path that cannot be used at all."""


@dataclass
class Skipped:
    source: str  # a path, or "path:line" for a JSON line
    reason: str


SkipHandler = Callable[[Skipped], None]


class _Skip(Exception):
    """Internal: this file (or line) is skipped for the reason given."""


# ----------------------------------------------------------------- walking


def _is_hidden(path: Path, root: Path) -> bool:
    return any(part.startswith(".") for part in path.relative_to(root).parts)


def _expand(paths: Sequence[Union[str, Path]]) -> list[tuple[Path, bool]]:
    """(file, explicitly named) pairs; folders walked recursively and sorted."""
    out: list[tuple[Path, bool]] = []
    for p in paths:
        path = Path(p)
        if path.is_dir():
            found = sorted(
                f
                for f in path.rglob("*")
                if f.is_file()
                and f.suffix.lower() in SUPPORTED_SUFFIXES
                and not _is_hidden(f, path)
            )
            out.extend((f, False) for f in found)
        else:
            out.append((path, True))
    return out


def iter_articles(
    paths: Sequence[Union[str, Path]], on_skip: Optional[SkipHandler] = None
) -> Iterator[Article]:
    """Articles of the given files and folders, in a stable order.

    Raises `ReadError` up front if a path does not exist. Each file or JSON
    line that cannot be read is passed to `on_skip` (logged if None) and
    skipped; a second article with an id already seen is skipped too, since
    the id names the article's graph.
    """
    missing = [str(p) for p in paths if not Path(p).exists()]
    if missing:
        raise ReadError(f"no such file or directory: {missing[0]}")

    def skip(source: str, reason: str) -> None:
        item = Skipped(source, reason)
        if on_skip is not None:
            on_skip(item)
        else:
            log.warning("skipped %s: %s", source, reason)

    seen: dict[str, str] = {}
    for path, explicit in _expand(paths):
        suffix = path.suffix.lower()
        if suffix not in SUPPORTED_SUFFIXES:
            if explicit:
                skip(
                    str(path),
                    f"unsupported file type '{suffix or path.name}' "
                    f"(expected {', '.join(SUPPORTED_SUFFIXES)})",
                )
            continue
        try:
            if suffix == ".jsonl":
                articles = list(_read_jsonl(path, skip))
            elif suffix in (".html", ".htm"):
                articles = [read_html(path)]
            else:
                articles = [read_txt(path)]
        except _Skip as exc:
            skip(str(path), str(exc))
            continue
        except OSError as exc:
            skip(str(path), f"cannot read: {exc.strerror or exc}")
            continue
        for article in articles:
            source = article.source_path or str(path)
            if article.id in seen:
                skip(source, f"duplicate article id '{article.id}' (already read from {seen[article.id]})")
                continue
            seen[article.id] = source
            yield article


# ----------------------------------------------------------------- .txt


def _read_bytes_text(path: Path) -> str:
    data = path.read_bytes()
    head = data[:8192]
    if b"\x00" in head and not head.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise _Skip("binary file")
    controls = len(head) - len(head.translate(None, _CONTROL_BYTES))
    if head and controls / len(head) > BINARY_CONTROL_RATIO:
        raise _Skip("binary file")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise _Skip("not UTF-8 text") from None


def headline(line: str) -> Optional[str]:
    """`line` if it reads as a headline (short, no final period), else None."""
    line = " ".join(line.split())
    if not line or len(line) > MAX_TITLE_LEN or len(line.split()) > MAX_TITLE_WORDS:
        return None
    if line.endswith((".", ",", ";", ":")) and not line.endswith("..."):
        return None
    return line


def read_txt(path: Path) -> Article:
    """A plain-text page; its first line is the title if it looks like one."""
    text = _read_bytes_text(path)
    if not text.strip():
        raise _Skip("empty article")
    first = next(line for line in text.splitlines() if line.strip())
    return Article(
        id=path.name,
        text=text,
        title=headline(first),
        source_path=str(path),
        media_type="text/plain",
    )


# ----------------------------------------------------------------- .html


def read_html(path: Path) -> Article:
    """A saved web page: main text by trafilatura, menus and footers left out."""
    import trafilatura  # heavy import, only for HTML input

    data = path.read_bytes()
    if b"\x00" in data[:8192]:
        raise _Skip("binary file")
    if not data.strip():
        raise _Skip("empty article")
    tree = trafilatura.load_html(data)  # parsed once: the lead is read before extraction prunes the tree
    lead = _lead_paragraph(tree) if tree is not None else None
    doc = trafilatura.bare_extraction(
        tree if tree is not None else data,
        include_comments=False,
        include_tables=False,
        favor_precision=True,
        with_metadata=True,
        date_extraction_params={"extensive_search": False, "original_date": True},
    )
    text = getattr(doc, "text", None) if doc is not None else None
    title = getattr(doc, "title", None) if doc is not None else None
    if not text or len(text.strip()) < MIN_HTML_TEXT_CHARS:
        raise _Skip("no main text found in HTML page")
    paragraphs = [" ".join(p.split()) for p in text.splitlines()]
    if lead and lead not in " ".join(paragraphs):
        # the sapo holds the story's who, when and where; trafilatura drops it on
        # many Vietnamese pages. It goes after the headline, where the page has it.
        at = 1 if paragraphs and title and " ".join(title.split()) == paragraphs[0] else 0
        paragraphs.insert(at, lead)
    body = "\n\n".join(p for p in paragraphs if p)
    published = None
    raw_date = getattr(doc, "date", None)
    if raw_date:
        try:
            published = parse_date(str(raw_date))
        except ValueError:
            published = None
    url = getattr(doc, "url", None) or _canonical_url(data)
    return Article(
        id=path.name,
        text=body,
        title=" ".join(title.split()) if title else None,
        url=url or None,
        published=published,
        source_path=str(path),
        media_type="text/html",
    )


# class or id of the element that holds a page's lead ("sapo" in Vietnamese newsrooms)
_LEAD_CLASS = re.compile(r"sapo|summary|lead|desc|chapeau|excerpt|intro|tomtat|tom-tat", re.IGNORECASE)
_OUTSIDE_BODY = {"nav", "aside", "footer", "header", "form", "script", "style"}
MIN_LEAD_CHARS = 40
# longer than this, an element marked "desc"/"summary" wraps the body, not a lead
MAX_LEAD_CHARS = 1200


def _lead_paragraph(root: Any) -> Optional[str]:
    """The text of an lxml page tree's lead element (`class="sapo"`, "summary", ...),
    the first one of MIN_LEAD_CHARS to MAX_LEAD_CHARS outside menus, asides and footers."""
    scopes = root.xpath("//article | //main") or [root]
    for scope in scopes:
        for el in scope.iter("div", "p", "h2", "h3", "section", "span"):
            marks = _marks(el)
            if not marks or not _LEAD_CLASS.search(marks):
                continue
            if any(a.tag in _OUTSIDE_BODY or _ELSEWHERE_CLASS.search(_marks(a)) for a in el.iterancestors()):
                continue  # a teaser of another story, in a related-news box or a sidebar
            lead = " ".join(el.text_content().split())
            if MIN_LEAD_CHARS <= len(lead) <= MAX_LEAD_CHARS:
                return lead
    return None


def _marks(el: object) -> str:
    get = getattr(el, "get", None)
    return " ".join(filter(None, (get("class"), get("id")))) if get else ""


# boxes that hold other stories' teasers, whose "desc" is not this page's lead
_ELSEWHERE_CLASS = re.compile(r"relat|lien-?quan|other|more|sidebar|widget|comment|footer|box-?news|list|tag", re.I)


_CANONICAL = re.compile(
    rb"""<link\b[^>]*\brel=["']?canonical["']?[^>]*>""", re.IGNORECASE
)
_HREF = re.compile(rb"""\bhref=["']([^"'>\s]+)["']""", re.IGNORECASE)


def _canonical_url(html: bytes) -> Optional[str]:
    tag = _CANONICAL.search(html)
    if not tag:
        return None
    href = _HREF.search(tag.group())
    return href.group(1).decode("utf-8", "replace") if href else None


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


def _optional_str(obj: dict, key: str) -> Optional[str]:
    value = obj.get(key)
    if value is None:
        return None
    if not isinstance(value, str):
        raise _Skip(f"'{key}' must be a string")
    return value.strip() or None


def _article_from_json(obj: object, path: Path, line_no: int) -> Article:
    if not isinstance(obj, dict):
        raise _Skip("not a JSON object")
    art_id = obj.get("id")
    if not isinstance(art_id, str) or not art_id.strip():
        raise _Skip("missing or empty 'id' (a string)")
    text = obj.get("text")
    if not isinstance(text, str):
        raise _Skip("missing 'text' (a string)")
    if not text.strip():
        raise _Skip("empty article")
    published = None
    raw_pub = obj.get("published")
    if raw_pub is not None:
        if not isinstance(raw_pub, str):
            raise _Skip("'published' must be a string")
        try:
            published = parse_date(raw_pub)
        except ValueError as exc:
            raise _Skip(str(exc)) from None
    return Article(
        id=art_id.strip(),
        text=text,
        title=_optional_str(obj, "title"),
        url=_optional_str(obj, "url"),
        published=published,
        source_path=f"{path}:{line_no}",
        media_type="text/plain",
    )


def _read_jsonl(path: Path, skip: Callable[[str, str], None]) -> Iterator[Article]:
    """One article per JSON line; a bad line is skipped as "path:LINE"."""
    text = _read_bytes_text(path)
    for line_no, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        try:
            try:
                obj = json.loads(line)
            except json.JSONDecodeError as exc:
                raise _Skip(f"bad JSON: {exc.msg} at column {exc.colno}") from None
            yield _article_from_json(obj, path, line_no)
        except _Skip as exc:
            skip(f"{path}:{line_no}", str(exc))


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
