"""The `headline_officials` component: an official whom only the page's headline names.

News often names a foreign guest in the headline alone ("Thứ trưởng tiếp Đại sứ Hàn
Quốc Choi Young-sam") and by title in the body ("tiếp Đại sứ Hàn Quốc tại Việt Nam").
Cleaning drops the headline with the page's top furniture (menus, mastheads, a stamp),
and keeping it as body text was tried twice and lowered several sets: a headline is no
sentence, and events, agreements and dates read in it went wrong. So the headline is a
separate zone here, read for officials only, after every other extractor has run:

- the headline is the last headline-shaped line of the run of dropped lines above the
  body (an outlet's masthead and menu come first; a glued headline of another story
  above it is not the last one);
- an official read there counts only when the body does not name the same person,
  the person holds a title (a rank alone does not do), and the body names that title
  without a name after it ("Bộ trưởng Quốc phòng Philippines nhấn mạnh ..."): the body
  speaks of the same person, so the headline's name is theirs;
- the country is the one the headline's title tells, else the one the body's unnamed
  title tells (a single one); with neither, nothing is added.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Optional

from kg.model import Article, CountryMention, Doc, Official
from kg.pipeline import component, registered_components
from kg.pipeline.clean import outlet_of
from kg.pipeline.common import VNM, norm_key
from kg.pipeline.officials.capitals import is_capitals_line, recase
from kg.pipeline.officials.lexicon import PATTERNS
from kg.pipeline.rules import rule
from kg.reading import headline as headline_shaped

HEADLINE_ONLY = rule("official.headline-only",
                     "an official named only in the page's headline, whom the body names by title alone ('tiếp Đại sứ Hàn Quốc tại Việt Nam'): read from the headline, officials only")
HEADLINE_COUNTRY_OF_BODY = rule("official.headline-country-of-body",
                                "a headline official whose title tells no country takes the one the body's unnamed use of that title tells ('Bộ trưởng Quốc phòng Philippines nhấn mạnh')")

HEADLINE_RANKED = rule("official.headline-ranked-only",
                       "a person the headline names with a military rank and no title ('Thượng tướng X: ...', 'do Đại tá X chỉ huy'), the body naming nobody by that name: an official of the country the headline gives")

HEADLINE_OWN_OFFICE = rule("official.headline-own-office",
                           "a headline official with a Vietnamese-shaped name whose title the body uses with no name and no country ('Chủ tịch nước đã tiếp ...'): Vietnam's own office")
CAPITALS_LINE = rule("official.capitals-line",
                     "a headline or a segment heading set in capitals ('THƯỢNG TƯỚNG X CHỦ TRÌ LỄ ĐÓN ...') read in ordinary case (kg.pipeline.officials.capitals), for officials only, as the headline is")

CREDIT_RULES = frozenset({"clean.source-line", "clean.caption-credit", "clean.trailing-byline", "clean.ranked-author-box"})
"""Lines dropped as a credit or a byline ("Ảnh: Đại tướng X", "Bài và ảnh: Y"): never the headline."""
STAMP_RULES = frozenset({"clean.meta-line"})
"""Lines dropped as a page stamp ("Thứ sáu, 17/10/2025 06:45 (GMT+7)", views, reading time) under the headline:
never the headline, so the headline above them stays the page's."""
_SKIPPED_RULES = CREDIT_RULES | STAMP_RULES  # the lines `top_headline` passes over
MIN_HEADLINE_WORDS = 5  # fewer is a section label or an outlet's name
MENU_MARKS = ("|", "›", "»")  # a menu, a breadcrumb or a stamp line, not a headline
MIN_MENU_ITEMS = 3  # "Mới nhất | Tin theo khu vực | Podcasts": a menu row the cleaning may keep
MENU_ITEM_WORDS = 4  # words of one menu item at most
MENU_DASHES = frozenset({"-", "–", "—"})  # a dash joining two words of one menu item ("Văn hóa - Giải trí")
TITLE_COUNTRY_REACH = 40  # characters between a title and the country its body name tells
TITLE_GAP_WORDS = 4  # words of a body's name between a title and its country ("Bộ Quốc phòng")
_GAP_STOP = re.compile(r"[,.;:()\[\]\"“”!?–-]")
HEADLINE_SUBPIPELINE = ("sentences", "countries", "officials")
MASTHEAD_ITEM = PATTERNS["page-masthead-item"]
STAMP_OR_SHARE = PATTERNS["page-stamp-or-share"]
_MASTHEAD_SPLIT = re.compile(r"\s+[-–—|]\s+")  # the items of a masthead line ("BÁO X - Cơ quan của ...")


def top_headline(doc: Doc) -> Optional[str]:
    """The headline among the lines cleaning dropped above the body: the last one shaped
    like a headline (short, no final period, no menu marks, enough words)."""
    removed = {" ".join(r.text.split()) for r in doc.removed_lines}
    skipped = {" ".join(r.text.split()) for r in doc.removed_lines if r.rule in _SKIPPED_RULES}
    found: Optional[str] = None
    for raw in doc.article.text.splitlines():
        line = " ".join(raw.split())
        if not line or line in skipped:
            continue
        if line not in removed:
            if headline_shaped(line) and len(line.split()) < MIN_HEADLINE_WORDS:
                continue  # a section label the cleaning kept ("Thời sự")
            if _menu_line(line) or _breadcrumb(line):
                continue  # an outlet's menu or breadcrumb the cleaning kept ("Thời sự | Góc nhìn | ...", "Chính trị › Quốc phòng")
            if _masthead_line(line):
                continue  # the outlet's name, tagline or top links ("Báo X điện tử", "Tìm kiếm...")
            break  # the body begins
        if headline_shaped(line) and len(line.split()) >= MIN_HEADLINE_WORDS and not any(m in line for m in MENU_MARKS) \
                and not STAMP_OR_SHARE.search(line):  # a stamp or share bar the run took with the headline
            found = line
    return found


def _menu_line(line: str) -> bool:
    """A row of menu items: MIN_MENU_ITEMS or more short items between bars, no sentence's end."""
    return _short_items(line, line.split("|"), MIN_MENU_ITEMS)


BREADCRUMB_MARKS = ("›", "»")  # between a breadcrumb's sections ("Chính trị › Quốc phòng")
_BREADCRUMB_SPLIT = re.compile("|".join(map(re.escape, BREADCRUMB_MARKS)))


def _breadcrumb(line: str) -> bool:
    """A breadcrumb: short sections between '›' or '»', no sentence's end."""
    return _short_items(line, _BREADCRUMB_SPLIT.split(line), 2)


def _short_items(line: str, items: list[str], least: int) -> bool:
    """`least` or more items, each of one to MENU_ITEM_WORDS words, and the line ending no sentence."""
    return (len(items) >= least and all(0 < _item_words(i.strip()) <= MENU_ITEM_WORDS for i in items)
            and not line.rstrip().endswith("."))


def _masthead_line(line: str) -> bool:
    """A line of an outlet's masthead or top bar that the cleaning kept above the headline: no
    sentence, and an item between its dashes or bars is the outlet's name, tagline, web address or
    a top link (`page-masthead-item`, or an outlet of news_outlets.txt: "PLO - Pháp Luật TP.HCM")."""
    line = line.strip()
    if line.endswith((".", "!", "?")) and not line.endswith(".."):
        return False  # a sentence: the body's
    return any(MASTHEAD_ITEM.fullmatch(item) or outlet_of(item) for item in _MASTHEAD_SPLIT.split(line))


def _item_words(item: str) -> int:
    """The words of a menu item, a dash between two of them not counted ("Văn hóa - Giải trí": 4)."""
    return sum(1 for w in item.split() if w not in MENU_DASHES)


def read_headline(article: Article, line: str) -> Doc:
    """The officials extractor run over the headline alone, as one sentence (a final
    period, else a name ending the line reads as cut short)."""
    text = line if line.endswith((".", "!", "?")) else line + "."
    sub = Doc(article=article, text=text)
    steps = registered_components()
    for name in HEADLINE_SUBPIPELINE:
        sub = steps[name](sub)
    return sub


def _title_head(official: Official, sub: Doc) -> tuple[str, Optional[str]]:
    """The first title of a headline official up to the country it names, and that country."""
    title = official.positions[0]
    at = sub.text.find(title)
    for c in sub.countries:
        if at >= 0 and at <= c.start < at + len(title):
            return sub.text[at : c.start].strip(), c.code
    return title, None


def _gap_is_a_name(gap: str) -> bool:
    """Whether the words between a title and a country are a body's name ("Bộ Quốc phòng"):
    few, capitalised first, never two lower-case words in a row, no punctuation."""
    words = gap.split()
    if len(words) > TITLE_GAP_WORDS or _GAP_STOP.search(gap) or (words and not words[0][0].isupper()):
        return False
    return not any(a[0].islower() and b[0].islower() for a, b in zip(words, words[1:]))


def _country_after(doc: Doc, end: int) -> Optional[CountryMention]:
    for c in doc.countries:
        if end <= c.start <= end + TITLE_COUNTRY_REACH and _gap_is_a_name(doc.text[end : c.start]):
            return c
    return None


def _named_after(doc: Doc, end: int, names: list[str]) -> bool:
    """Whether a name follows a title phrase: right after it, or in the comma segment after it."""
    rest = doc.text[end:]
    stop = re.search(r"[.;:]", rest)
    segments = (rest[: stop.start()] if stop else rest).split(",")
    near = norm_key(" ".join(segments[:2]))
    return any(n and n in near for n in names)


def unnamed_title_countries(doc: Doc, head: str) -> list[Optional[str]]:
    """The country (or None) of each place the body uses `head` with no name after it."""
    names = [norm_key(o.name) for o in doc.officials]
    out: list[Optional[str]] = []
    for m in re.finditer(r"(?<!\w)" + re.escape(head) + r"(?!\w)", doc.text):
        country = _country_after(doc, m.end())
        if not _named_after(doc, country.end if country else m.end(), names):
            out.append(country.code if country else None)
    return out


def _body_names(doc: Doc, name: str) -> bool:
    key = norm_key(name)
    return any(key in norm_key(o.name) or norm_key(o.name) in key for o in doc.officials)


def _ranked_only(doc: Doc, official: Official) -> Optional[Official]:
    """A headline official given a rank and no title ("Thượng tướng X: Việt Nam sẵn sàng ...",
    "Chiến hạm Hàn Quốc do Đại tá X chỉ huy cập cảng"), kept with the country the headline
    gives (`HEADLINE_RANKED`); not when the body names an official of that country by that rank
    and no title (the body's name may be the same person's, spelt otherwise)."""
    if not official.rank or official.country is None:
        return None
    if any(o.rank == official.rank and o.country == official.country and not o.positions for o in doc.officials):
        return None
    return replace(_with_rules(official, HEADLINE_ONLY, HEADLINE_RANKED), evidence=[doc.headline], organization=None)


def headline_official(doc: Doc, official: Official, sub: Doc) -> Optional[Official]:
    """`official` read in the headline, kept with its country when the body speaks of
    the same person by title alone; None otherwise."""
    if _body_names(doc, official.name):
        return None
    if not official.positions:
        return _ranked_only(doc, official)
    head, told = _title_head(official, sub)
    if not head:
        return None
    countries = unnamed_title_countries(doc, head)
    held = {o.country for o in doc.officials if any(p.startswith(head) for p in o.positions)}
    rules: tuple[str, ...] = (HEADLINE_ONLY,)
    if told is None:
        known = {c for c in countries if c is not None} - held
        if not known and countries and official.country == VNM and VNM not in held:
            # "Chủ tịch nước X tiếp ..." above "Chủ tịch nước đã tiếp ...": a title the body gives no
            # country, held by a Vietnamese-shaped name, is Vietnam's own office
            told, rules = VNM, (HEADLINE_ONLY, HEADLINE_OWN_OFFICE)
        elif len(known) == 1:
            told, rules = known.pop(), (HEADLINE_ONLY, HEADLINE_COUNTRY_OF_BODY)
        else:
            return None
    elif told not in countries or told in held:
        return None
    return replace(_with_rules(official, *rules), country=told, evidence=[doc.headline], organization=None)


@component("headline_officials", requires=["article", "removed_lines", "countries", "officials"], assigns=["headline", "officials"])
def headline_officials(doc: Doc) -> Doc:
    """Officials named only in the page's headline (officials only: no events, dates or partners)."""
    line = top_headline(doc)
    if line is not None:
        capitals = is_capitals_line(line)
        sub = read_headline(doc.article, recase(line) if capitals else line)
        doc.headline = line  # as the page prints it; the offsets of its readings hold (a period may follow in `sub`)
        for official in sub.officials:
            found = headline_official(doc, official, sub)
            if found is not None:
                doc.officials.append(_with_rules(found, CAPITALS_LINE) if capitals else found)
    for heading in _capitals_headings(doc):
        sub = read_headline(doc.article, recase(heading))
        for official in sub.officials:
            found = headline_official(doc, official, sub) if _predicate_after(official, heading) else None
            if found is not None:
                doc.officials.append(replace(_with_rules(found, CAPITALS_LINE), evidence=[heading]))
    return doc


def _capitals_headings(doc: Doc) -> list[str]:
    """Lines of the body set in capitals, shaped like a headline (a segment's heading in a
    bulletin, a post's first line): each is read like the page's headline."""
    # spaces are no letters: a line is in capitals as written iff it is once its spaces are collapsed,
    # so only the few lines in capitals are rewritten
    lines = (" ".join(raw.split()) for raw in doc.text.splitlines() if is_capitals_line(raw))
    return [ln for ln in lines if headline_shaped(ln) and len(ln.split()) >= MIN_HEADLINE_WORDS]


def _predicate_after(official: Official, heading: str) -> bool:
    """The heading goes on after the name ("... X CHỦ TRÌ LỄ ĐÓN ..."): a headline, not a byline."""
    return any(r.end < len(heading.rstrip(" .")) for r in official.readings)


def _with_rules(official: Official, *names: str) -> Official:
    """`official` with the rules that kept it from the headline added to each of its readings."""
    return replace(official, readings=[replace(r, rules=(*r.rules, *names)) for r in official.readings])
