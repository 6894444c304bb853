"""From a scraped news page to its body text, and the body to sentences.

Vietnamese news pages saved as text carry the article plus the page around
it: photo captions with credits ("Ảnh: QĐND"), the photographer's or
author's name, "Theo qdnd.vn", share and rating widgets, a long related-news
block ("Tin cùng chuyên mục") full of other officials and countries, and
sometimes another story glued after the byline. Everything in that noise
would become a wrong fact, so it is dropped here, each line with the name of
the rule that dropped it (`doc.removed_lines`), and kept aside in
`doc.removed` (in page order) for the one thing it is good for: dating the
page (`kg.pipeline.dates.infer_publication_date`). A caption keeps its text
and loses its credit: photo stories tell their facts in captions.

Phrase lists live in `kg/data/boilerplate.tsv`; the structural rules
(repeated lines, runs of headlines, glued teaser lines, a byline and what is
glued after it) are in code below. Cutting a page at a footer or a byline
that drops more than a few body paragraphs is reported on `doc.warnings`.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Callable, Optional

from kg.model import Doc, RemovedLine, Sentence
from kg.pipeline import component
from kg.pipeline.common import is_vn_syllable, norm_key, phrase_pattern
from kg.pipeline.patterns import named_patterns
from kg.pipeline.rules import rule
from kg.resources import data_rows

_DATA = "boilerplate.tsv"

# A footer header only truncates once this much body text was seen; above it
# the same words are a page menu, dropped as a single line.
MIN_BODY_BEFORE_FOOTER = 200
# Below MIN_BODY_BEFORE_FOOTER, a footer header still ends the page after a
# paragraph this long that ends a sentence (a brief item), if no body follows it.
MIN_SHORT_BODY_LEN = 80
# Lines repeated verbatim are captions / alt text when shorter than this; a
# longer repeated paragraph keeps its first copy.
MAX_CAPTION_LEN = 250
# Runs of this many headline-like lines in a row are a list of links.
MIN_HEADLINE_RUN = 3
MAX_HEADLINE_LEN = 180
# A line this long with no sentence punctuation is not a body paragraph.
MIN_TEASER_WORDS = 20
# A photo credit ("... Ảnh: QĐND") is searched in this many final characters of
# a line only: credits are short, and a search over a whole long paragraph
# would try the pattern at every one of its characters.
CREDIT_WINDOW = 160
# A caption keeps its text once its credit is cut when it says something: this
# many words at least ("Quang cảnh." says nothing; "Bộ trưởng X tiếp Y." does).
MIN_CAPTION_WORDS = 4
# Cutting a page (at a footer, or after a byline) is reported when it drops
# more than this many paragraphs that read like body text.
MAX_SILENT_CUT = 3
# A dropped block reads like body text when it is a sentence this long.
BODY_PARAGRAPH_LEN = 120
# A related-news box inside the body holds at most this many headlines.
MAX_BOX_HEADLINES = 6
# A byline is a short line (every `byline` pattern of boilerplate.tsv is shorter).
MAX_BYLINE_LEN = 120

FOOTER = rule("clean.footer", "a related-news or comments header after the body: it and everything after it")
RELATED_BOX = rule("clean.related-box-in-body", "a related-news header and its headlines set inside the body, the story going on after them ('Tại buổi tiếp, ...'): only the box goes")
MENU = rule("clean.menu-line", "a footer word before any body text: a page menu line")
ABSTRACT_KEYWORDS = rule("clean.abstract-keywords", "a journal article's keywords line ('Từ khóa: ...') right after its abstract ('Tóm tắt: ...'): the line goes, the article after it stays")
WIDGET = rule("clean.widget", "a share, rating or navigation widget line")
WIDGET_BAR = rule("clean.widget-bar", "a bar of share or print buttons on one line, each a widget or a comments link, set apart by wide spaces or bars ('Chia sẻ  Bình luận  In bài'): it goes like one button, and the story around it goes on")
MEDIA_HEADLINE = rule("clean.media-headline", "a video or infographic page's own headline ('Video: Tàu X cập cảng ...' as its first line, the page's title) stays: no player's box")
SOURCE = rule("clean.source-line", "a source, agency or byline line ('Theo qdnd.vn', 'TTXVN', 'Bài và ảnh: X')")
META = rule("clean.meta-line", "a page stamp: update time, views, reading time")
IMAGE = rule("clean.image-name", "an image file name, or an image's alt text on a line of its own ('<headline> - Ảnh 1.')")
CREDIT = rule("clean.caption-credit", "a short caption with a photo credit that says nothing more")
ARCHIVE_PHOTO = rule("clean.archive-photo-caption", "a caption credited as a file photo ('Ảnh tư liệu'): it tells of another day, not of the story")
TITLE_AGAIN = rule("clean.title-repeated", "the title repeated (introducing a photo)")
REPEATED = rule("clean.repeated-line", "a line seen twice (caption and alt text)")
CAPTION_TWICE = rule("clean.caption-told-twice", "a caption (or a short paragraph) seen twice, under its photo and as its alt text, that says something: a credit was cut from it, or it closes a sentence of four words or more ('Hai bên ký kết biên bản ghi nhớ.'), naming no year (a file photo's) nor an illustration ('Ảnh minh họa'): the first copy stays, as a caption seen once does, the second goes")
RELATED_TEASER = rule("clean.related-teaser-twice", "a line seen twice right under a headline also seen twice that is not the page's title (a related story's headline and teaser, printed in two boxes): no copy stays, however it reads")
REPEATED_LEAD = rule("clean.lead-told-again", "a sentence opening on its day seen twice (the lead told again in the body): the first copy stays, the second goes")
CAPTION_OF_BODY = rule("clean.caption-repeats-body", "a short line equal to a sentence of a longer paragraph: its caption")
HEADLINES = rule("clean.headline-run", "several headline-like lines in a row: a list of links")
TEASER = rule("clean.glued-teaser", "several headlines glued into one long line without punctuation")
GLUED_STORY = rule("clean.story-after-byline", "what follows a byline that closes the body: another story glued to the page")
SECOND_LEAD = rule("clean.second-lead", "an outlet's dateline or a place in capitals opening a paragraph after the body began ('(QĐND) - Sáng ...', 'VOV.VN - ...', 'WESTMINSTER – ...'): another story's lead, glued to the page with its headline")
STORY_AFTER_AUTHOR = rule("clean.story-after-author", "an author's name closing the body, then a headline and a lead opening with its day: another story glued to the page")
FOREIGN_TAIL = rule("clean.foreign-tail", "the page's last one or two headlines, or a headline and the lead retelling it, naming only countries the story before never names: links or another story glued on without a heading (for a lead, neither Việt Nam nor a Vietnamese unit or name in it)")
STORY_RETOLD_AFTER_AUTHOR = rule("clean.story-after-author-retold", "an author's name closing the body, then a headline and a lead that retells it (most of the headline's words in its first sentence): another story glued to the page, however its lead opens")
FOREIGN_ITEM_AFTER_AUTHOR = rule("clean.foreign-item-after-author", "an author's bare name closing the body of a story naming a foreign country, then a paragraph with no headline naming another foreign country and none of the story's ('Minh Quân' / 'Cùng ngày, ... tiếp ông X, Đặc phái viên ... Anh'): another item glued to the page")
STORY_AFTER_AUTHOR_PAIR = rule("clean.story-after-author-pair", "two authors' names joined by a dash closing the body ('Quân Thanh - Thùy Linh'), then a headline or slogan line and a lead whose Vietnamese people are none of the story's, however it opens: another story glued to the page")
STORY_AFTER_CAPS_AUTHOR = rule("clean.story-after-capitals-author", "an author's name printed in capitals closing the body ('HẢI ĐĂNG', 'KIM THOA (từ Cebu)'), then more body text: another story glued to the page, with or without a headline")
STORY_AFTER_CORRESPONDENT = rule("clean.story-after-correspondent", "an author's name with the place a correspondent writes from closing the body ('Ngọc Diệp (từ Manila)', 'Hải Minh (tại Jakarta)'), then more body text: another story glued to the page, with or without a headline")
BYLINE = rule("clean.trailing-byline", "the author's name, 'Theo ...' or an agency closing the page")
SLUGGED_BOX = rule("clean.slugged-related-box", "a related-news header whose headlines each open with an image's alt-text slug ('TIN LIÊN QUAN' / 'thuong tuong x tiep dai su y Việt Nam - Ai Cập: ...'), wrapped into one paragraph: a box inside the body, it goes and the story goes on")
TRUNCATED_TEASERS = rule("clean.truncated-teasers", "other stories' teasers cut short by the page and glued after the body without a heading, one a line or run together ('Tổng thống X xác nhận cuộc gọi với Tổng thống Y vào…' / 'Hỏa hoạn bùng phát tại ... khiến nhiều…', a day or time on them or not, headlines between them or not): two or more at the page's end, or one stopping mid-phrase on a word that cannot end a sentence and naming only countries the story never names; a list left open ('đào tạo, quân y, gìn giữ hòa bình…') or a quotation's end stays")
IMAGE_ALT = rule("clean.glued-image-alt", "an image's alt text ('<headline> ảnh 1') glued to its caption with no space: the alt text goes, the caption stays")
FOREIGN_STORY = rule("clean.foreign-item-at-end", "the last paragraph, a news item's lead ('Hôm qua, tại Jakarta, "
                     "...') naming only foreign countries that the story before it never names, and not Việt Nam, a "
                     "Vietnamese place or one of the story's foreign people: another story glued to the page "
                     "without a heading")
FOREIGN_STORY_SUBJECT_FIRST = rule("clean.foreign-item-subject-first", "the last paragraph, a wire brief's lead naming "
                                   "its subject then its day ('Tổng thống Philippines X ngày 7/6 tiếp ...'), naming only "
                                   "foreign countries the story before it never names, and not Việt Nam: another story "
                                   "glued to the page without a heading")
NEWS_ITEM = rule("clean.foreign-news-item-at-end", "the last paragraph, whose first sentence tells its time near "
                 "its opening ('Tổng thống X hôm thứ Ba bắt đầu chuyến thăm ... tới Indonesia', 'Cùng ngày, Ngài Y, Bộ "
                 "trưởng Bộ Thương mại Campuchia, đã tiếp ... Hàn Quốc') and a foreign country the story before never "
                 "names, with no Việt Nam, Vietnamese unit or name in it, no Vietnamese place ('cập cảng Cam Ranh') and none "
                 "of the story's foreign people: another news item glued on without a heading")
NEWS_ITEM_OTHER_PEOPLE = rule("clean.news-item-other-people", "the last paragraph, told as another item of the "
                              "same day ('Cùng ngày, Thượng tướng X, Thứ trưởng Bộ Công an, đã tiếp Tổng Cảnh sát "
                              "Indonesia ...') or of an earlier day and place ('Trước đó, ngày 8/3, tại Jakarta, ...'), "
                              "after a story of another foreign country: its Vietnamese people are none of the "
                              "story's, it names neither Việt Nam nor any country of the story: another item glued on")
CIVIL_ITEM = rule("clean.civil-item-at-end", "a paragraph after a defence story, the page's last one (credits aside), "
                  "opening as a news item of its own ('Cũng trong ngày 14/1, tại Sở Công Thương, ...', 'Cùng tuần, "
                  "...', 'Tổng Lãnh sự X hôm nay đã công bố ...') and holding no defence or security word "
                  "(lex_defence_topic_words.txt) nor a Vietnamese name of the story before ('Cùng ngày, Thứ trưởng X "
                  "đã chào xã giao ...' goes on the story) unless it names a foreign country the story never names as a side ('Cũng "
                  "trong chiều 11/6, Thủ tướng X tiếp Tổng thống Chile ...' after an Indonesian minister's visit: the "
                  "host's next guest), nor when its subject is the guest of the story's lead, told by the same "
                  "title and country or again without a name ('Sáng 12/3, Tổng thống Uruguay và đoàn đã đến tỉnh X', "
                  "'Chiều cùng ngày, đoàn đã ...': the visit's next stop), nor when it names one of the story's "
                  "foreign people or the story's happening ('... lễ khai mạc Chương trình X' told above, 'trong "
                  "khuôn khổ chương trình.'): a trade, culture or other item glued to the page without a heading")
UNRELATED_ITEM = rule("clean.unrelated-item-at-end", "the page's last paragraph (credits aside), with no opening "
                      "cue, after a story with a Vietnamese side: it never refers back (no 'đoàn', 'hai bên', "
                      "'chuyến thăm', 'cùng ngày', 'cũng' ... of lex_story_back_references.txt, none of the story's "
                      "people), names neither Việt Nam nor a Vietnamese unit nor an officer by rank, introduces "
                      "people of its own and tells in its first sentence a time the story never gives, and with a "
                      "defence word names a new side country too or opens on another development ('Trong khi đó, "
                      "Bộ Ngoại giao Trung Quốc hôm thứ Hai phản đối ... Người phát ngôn X nói ...', 'Hội chợ X sẽ "
                      "khai mạc ... vào tháng 9 tới; ông Y, Phó Chủ tịch ... cho biết ...'): another item glued to "
                      "the page")
DOMESTIC_ITEM = rule("clean.domestic-item-at-end", "paragraphs closing a foreign-relations story (with the "
                     "headline over them when no other heading stands in the story), the first "
                     "opening as an item of its own ('Sáng cùng ngày, ...', 'Chiều 9/4, ...', 'Trước đó, ...') and "
                     "telling a unit's own activity (lex_domestic_activities.txt: a blood-donation day, a sports meet, a "
                     "party congress, an arrest on its own ground), none of them naming a foreign country or the visit's other side "
                     "(lex_foreign_side_words.txt): a domestic item glued to a unit's page without a heading or byline")
CONGRATULATION_ITEM = rule("clean.congratulation-item-at-end", "the last paragraph, a congratulation sent for a "
                            "national day ('Chủ tịch nước X gửi điện mừng Tổng thống Namibia Y nhân dịp ... Quốc khánh') "
                            "naming in its first sentence a foreign country the story before never names, with no defence "
                            "or security word (lex_defence_topic_words.txt), on a page "
                            "not about congratulations: a diplomatic brief glued on without a heading")
PULL_QUOTE = rule("clean.foreign-pull-quote", "a pull-quote box ('“...” — Thủ tướng Canada X, phát biểu tại ...') whose speaker's line names a foreign country the rest of the page never names: a quote of another story set in the page, not the story's")
FOREIGN_PHOTO = rule("clean.foreign-photo-caption", "a credited caption ('Tổng thống Pháp X duyệt đội danh dự ... Ảnh: "
                     "AFP') naming only a foreign country the rest of the page never names, on a page whose story names "
                     "one other foreign country: an unrelated photo set among the story's own, not the story's")
AI_SUMMARY = rule("clean.ai-summary-box", "a machine-written summary box ('Tóm tắt nhanh (AI)', 'Nội dung được tạo tự động ...') and its bulleted points: furniture, not the story (above the story, its points had made the story's own lead read as a second lead)")
MEDIA_TEASER = rule("clean.media-teaser-at-end", "a video, clip or podcast box's title after the body ('Video: Hải quân Chile diễn tập ...', dropped as a widget) naming a foreign country the story never names and none it does, then its lead closing the page, naming none of the story's people and never referring back: another item's teaser, it goes with its title")
AUTHOR_BOX = rule("clean.ranked-author-box", "a reporter's rank and name after the body, signed by an outlet, 'PV' or an e-mail (on the line or the next ones), or after 'Bài, ảnh:': a byline, not an official")

_LINE_RULES = (("footer_header", FOOTER), ("widget", WIDGET), ("source_line", SOURCE), ("meta", META), ("image", IMAGE))

_TERMINAL = ".!?…:;"
_CLOSERS = "\"'”’»)]"
# arrows, pointers and marks that set a box header apart ("❯ Tin liên quan", "Tin liên quan ⟶", "📌 Đọc thêm")
_DECOR = " \t•·▪►»>«<|*#:-–—❯›‹→⟶←▸▹▶◀➤➜➔⇒◆◇■□●○✦📌👉🔥\ufe0f"
_ZERO_WIDTH_CHARS = "\u200b\u200c\u200d\u2060\ufeff"
_ZERO_WIDTH = dict.fromkeys(map(ord, _ZERO_WIDTH_CHARS), None)




# --------------------------------------------------------- the rules, compiled


@dataclass(frozen=True)
class _Rules:
    line: re.Pattern[str]  # a line's bare text, whole: one named group per kind of boilerplate.tsv
    widget: re.Pattern[str]  # a decorated line, decoration and all
    tail: re.Pattern[str]  # a line of the trailing run (tail_line | source_line)
    byline: re.Pattern[str]  # a line that closes a story ("Hoàng Linh/VOV.VN", "Tin, ảnh: X")
    credit: re.Pattern[str]  # a credit ending a line
    credit_hints: tuple[str, ...]  # every credit holds one of these (case-folded): cheap to test first
    abbreviations: frozenset[str]
    phrase_glue: frozenset[str]  # a capital after one of these words continues the phrase


def _alternation(patterns: list[str], named: Optional[str] = None) -> str:
    body = "|".join(f"(?:{p})" for p in patterns) or "(?!)"
    return f"(?P<{named}>{body})" if named else f"(?:{body})"


# kinds of boilerplate.tsv whose rows are words, not patterns
_WORD_KINDS = ("abbrev", "credit_hint", "phrase_glue")


@lru_cache(maxsize=1)
def _rules() -> _Rules:
    """Compiled patterns of kg/data/boilerplate.tsv, by kind."""
    kinds: dict[str, list[str]] = {}
    for row in data_rows(_DATA):
        if len(row) != 2:
            raise ValueError(f"{_DATA}: expected 'kind<TAB>pattern', got {row!r}")
        kind, pattern = row
        if kind not in _WORD_KINDS:
            try:
                re.compile(pattern)
            except re.error as exc:
                raise ValueError(f"{_DATA}: bad pattern {pattern!r}: {exc}") from None
        kinds.setdefault(kind, []).append(pattern)
    hints = tuple(h.casefold() for h in kinds.get("credit_hint", ()))
    for pattern in kinds.get("credit", ()):
        if not any(h in pattern.casefold() for h in hints):
            raise ValueError(f"{_DATA}: credit pattern {pattern!r} holds no credit_hint word")
    line = "|".join(_alternation(kinds.get(kind, []), kind) for kind, _ in _LINE_RULES)
    return _Rules(
        line=re.compile(line, re.IGNORECASE),
        widget=re.compile(_alternation(kinds.get("widget", [])), re.IGNORECASE),
        tail=re.compile(_alternation(kinds.get("tail_line", []) + kinds.get("source_line", [])), re.IGNORECASE),
        byline=re.compile(_alternation(kinds.get("byline", [])), re.IGNORECASE),
        credit=re.compile(_alternation(kinds.get("credit", [])) + r"\s*$", re.IGNORECASE),
        credit_hints=hints,
        abbreviations=frozenset(a.casefold() for a in kinds.get("abbrev", ())),
        phrase_glue=frozenset(w.casefold() for w in kinds.get("phrase_glue", ())),
    )


def line_rule(bare: str) -> Optional[str]:
    """The rule of `kg/data/boilerplate.tsv` a whole line falls under, if any."""
    m = _rules().line.fullmatch(bare)
    if m is None:
        return None
    return dict(_LINE_RULES)[m.lastgroup or ""]


def credit_start(line: str, folded: Optional[str] = None) -> Optional[int]:
    """Where the photo credit ending the line starts, if one does. (`pos` rather
    than a slice in the search: "^" and look-behinds still see the whole line.)
    `folded`, when given, is line.casefold() (a `Block`'s): the window's folded
    text is then its tail, unless folding changed the line's length."""
    rules = _rules()
    start = max(0, len(line) - CREDIT_WINDOW)
    window = line[start:]
    # case folding maps each character to one or more: the same length means one for one
    window_folded = folded[start:] if folded is not None and len(folded) == len(line) else window.casefold()
    if not _holds_credit_hint(window_folded, rules.credit_hints) and _ODD_CASE.search(window) is None:
        return None  # no hint in the window: no credit can end the line (see `odd-case`)
    m = rules.credit.search(line, start)
    return m.start() if m else None


def _holds_credit_hint(folded: str, hints: tuple[str, ...]) -> bool:
    return any(h in folded for h in hints)


def may_hold(hint: re.Pattern[str], text: str, folded: str) -> bool:
    """False only when no case-insensitive match of a pattern whose every match holds `hint`
    (a scan hint of clean_patterns.tsv) can be in `text`; `folded` is text.casefold()."""
    return hint.search(folded) is not None or _ODD_CASE.search(text) is not None


def is_byline(bare: str, key: str) -> bool:
    """A whole line (`bare`, `key` its casefold()) is a byline of boilerplate.tsv ("Hoàng
    Linh/VOV.VN", "Tin, ảnh: X"); only a line holding `byline-hint` is matched."""
    return (len(bare) <= MAX_BYLINE_LEN and may_hold(_BYLINE_HINT, bare, key)
            and _rules().byline.fullmatch(bare) is not None)


def _key(line: str) -> str:
    """Comparison key of a line: case-folded, spaces collapsed, decoration stripped."""
    return " ".join(line.strip(_DECOR).casefold().split())


def collapsed_key(line: str) -> str:
    """`_key` of a line whose blanks are already collapsed (a block, or a sentence
    of one): there the split/join is a no-op, since case folding never makes a blank."""
    return line.strip(_DECOR).casefold()


def normalize(raw: str) -> str:
    """NFC, Unix newlines, no zero-width characters or no-break spaces."""
    # Each step is skipped when a C-speed check shows it has nothing to do:
    # `str.translate` with a dict walks the text in Python-object steps.
    text = raw if unicodedata.is_normalized("NFC", raw) else unicodedata.normalize("NFC", raw)
    if any(ch in text for ch in _ZERO_WIDTH_CHARS):
        text = text.translate(_ZERO_WIDTH)
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    return text.replace("\xa0", " ")


# Case folding maps each character on its own, and leaves these unchanged, so
# the folded text of `P + bare + S` (P, S made of them) is `P + fold(bare) + S`.
assert _DECOR.casefold() == _DECOR


class Block:
    """One logical line (soft-wrapped lines joined) and the raw lines it came from."""

    __slots__ = ("text", "raw", "rule", "bare", "folded", "key")

    def __init__(self, text: str, raw: list[str]) -> None:
        self.text = text
        self.raw = raw
        self.rule: Optional[str] = None  # the rule that dropped it
        self.bare = bare = text.strip(_DECOR)
        self.folded = folded = text.casefold()
        # `collapsed_key(text)`: the steps below compare blocks by it
        if len(bare) == len(text):
            self.key = folded
        else:
            lead = len(text) - len(text.lstrip(_DECOR))
            self.key = folded[lead : len(folded) - (len(text) - lead - len(bare))]


_TERMINAL_TUPLE = tuple(_TERMINAL)
_CLOSERS_BLANK = _CLOSERS + " "


def _ends_sentence(line: str) -> bool:
    return line.rstrip(_CLOSERS_BLANK).endswith(_TERMINAL_TUPLE)


def _blocks(text: str) -> list[Block]:
    """Lines, with a hard-wrapped sentence ("...của\\nBộ" no; "...của\\nhai nước") re-joined.

    A line that does not end a sentence, followed directly (no blank line)
    by one starting in lower case, is the same paragraph wrapped.
    """
    out: list[Block] = []
    prev_blank = True
    for raw in text.split("\n"):
        if raw.isprintable() and "  " not in raw:
            # no blank but single plain spaces (any other is a control or
            # separator character): `raw.split()` would only drop its ends
            line = stripped = raw.strip(" ")
        else:
            line, stripped = " ".join(raw.split()), raw.strip()
        if not line:
            prev_blank = True
            continue
        # the cheap test first: most lines start with a capital
        if not prev_blank and line[0].islower() and not _ends_sentence(out[-1].text):
            last = out[-1]
            out[-1] = Block(last.text + " " + line, last.raw + [stripped])
        else:
            out.append(Block(line, [stripped]))
        prev_blank = False
    return out


def _is_headline_like(line: str) -> bool:
    """Short, capitalised, no sentence punctuation at the end: a link title."""
    stripped = line.strip(_DECOR)
    if not stripped or len(stripped) > MAX_HEADLINE_LEN or _ends_sentence(stripped):
        return False
    first = stripped.lstrip("\"'“‘«(")[:1]
    if not (first.isupper() or first.isdigit()):
        return False
    if line.lstrip()[:1] in "-+•*–":
        return False  # a bulleted list item of the body
    if "/" in stripped and _STORY_END.search(stripped):
        return False  # the last paragraph, something glued after its end mark
    return 3 <= len(stripped.split()) <= 35


PATTERNS = named_patterns("clean_patterns.tsv")  # each with its comment there
_ODD_CASE = PATTERNS["odd-case"]
_BYLINE_HINT = PATTERNS["byline-hint"]
_STORY_END = PATTERNS["story-end-mark"]
_RELATED_BOX_HEADER = PATTERNS["related-box-header"]
_STORY_GOES_ON = PATTERNS["story-goes-on"]
_EVENT_NAME = PATTERNS["event-name-in-body"]
_TITLED_NAME_SAYS = PATTERNS["titled-name-says"]
_PLACE_OPENS_ITEM = PATTERNS["place-opens-item"]
_BOX_BULLET = PATTERNS["box-headline-bullet"]
_ABSTRACT_OPENING = PATTERNS["abstract-opening"]
_KEYWORDS_LINE = PATTERNS["keywords-line"]
_ABSTRACT_HEADING = PATTERNS["abstract-heading"]
_SENTENCE_BREAK = PATTERNS["sentence-break"]


def _is_glued_teaser(line: str) -> bool:
    """Several headlines glued into one line: long, no sentence punctuation at all,
    and headline starts (a capitalised word right after a lower-case one with no
    punctuation between) inside it."""
    if _ends_sentence(line) or _SENTENCE_BREAK.search(line):
        return False  # checked first: body paragraphs end here, without a split
    words = line.split()
    if len(words) < MIN_TEASER_WORDS:
        return False
    glue = _rules().phrase_glue
    # a lower-case word after a capitalised one ends a name ("Bộ Quốc phòng Anh"):
    # only a run of lower-case words can end a headline
    starts = sum(
        1
        for z, a, b in zip(words, words[1:], words[2:])
        if z[:1].islower() and a[:1].islower() and a[-1:].isalnum() and b[:1].isupper() and a not in glue
    )
    # a caption or a lead without its full stop has commas between a name and its
    # titles ("Thượng tướng X, Thứ trưởng ... chào xã giao Ngài Y, Bộ trưởng ..."),
    # and capitals after lower-case words in every title: it is no run of headlines
    return starts >= 2 and "," not in line


def _is_name_line(line: str) -> bool:
    """An author's name alone: 2-4 capitalised words, no digits or punctuation."""
    if len(line) > 40:  # (first: most lines are longer, and need no split)
        return False
    words = line.split()
    if not 2 <= len(words) <= 4:
        return False
    return all(w[:1].isupper() and w.replace("-", "").isalpha() for w in words)




@dataclass
class Cleaned:
    """The article body, the lines removed (each with its rule) and what a reader should know."""

    text: str
    removed: list[RemovedLine] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


def clean_page(raw: str, title: Optional[str] = None) -> Cleaned:
    """The article body of a scraped page, the lines dropped from it (in order,
    with the rule that dropped each) and warnings about what was cut.

    `title` (else the first line) is kept once; its repeats in the body,
    which introduce photos, are dropped. Paragraphs of the result are
    separated by blank lines.
    """
    blocks = _split_glued_image_alt(_blocks(normalize(raw)))
    if not blocks:
        return Cleaned("")
    title_key = _key(title) if title else blocks[0].key
    warnings: list[str] = []
    _line_rules(blocks, warnings)
    _drop_slugged_boxes(blocks)
    _drop_ai_summaries(blocks)
    if title:
        _keep_media_headline(blocks, title_key)
    _drop_repeats(blocks, title_key)
    drop_repeated_sentences(blocks)
    _drop_author_boxes(blocks)  # before headline runs: a box is two short lines that would count in one
    kept = [b for b in blocks if not b.rule]
    _drop_headline_runs(kept)
    for b in kept[1:]:  # never the title
        if not b.rule and _is_glued_teaser(b.text):
            b.rule = TEASER
    _drop_truncated_teasers(blocks)
    _cut_story_after_byline(blocks, warnings)
    _cut_story_after_author(blocks, warnings)
    _cut_second_lead(blocks, warnings)
    _drop_trailing_run(blocks)
    _cut_foreign_item_at_end(blocks, warnings)
    _cut_news_item_at_end(blocks, warnings)
    _cut_last_repeatedly(_cut_last_congratulation, blocks, warnings)
    _cut_foreign_tail(blocks, warnings)
    _drop_foreign_pull_quotes(blocks)
    _drop_foreign_photo_captions(blocks)
    _drop_media_teaser_at_end(blocks)
    _drop_civil_items_at_end(blocks)
    _drop_unrelated_item_at_end(blocks)
    _drop_domestic_items_at_end(blocks)
    body = join_spaced_name_dashes("\n\n".join(b.text for b in blocks if not b.rule))
    removed = [RemovedLine(r, b.rule) for b in blocks if b.rule for r in b.raw if r]
    return Cleaned(body, removed, warnings)


def _keep_media_headline(blocks: list[Block], title_key: str) -> None:
    """A video or infographic page's own headline ("Video: Tàu hộ vệ X cập cảng Cam Ranh", the page's
    <h1> on its first line) is the story's title, not a player's box: it stays (`MEDIA_HEADLINE`)."""
    first = blocks[0]
    if first.rule == WIDGET and first.key == title_key:
        first.rule = None


def _split_glued_image_alt(blocks: list[Block]) -> list[Block]:
    """A caption with an image's alt text glued before it ("Tiêu đề ảnh 1Bộ trưởng X.") becomes
    two blocks: the alt text, dropped (`IMAGE_ALT`), and the caption, read as any other line."""
    out: list[Block] = []
    for b in blocks:
        m = _GLUED_IMAGE_ALT.search(b.text) if "ảnh " in b.text else None
        if m is None:
            out.append(b)
            continue
        alt, caption = b.text[: m.end()].strip(), b.text[m.end() :]
        dropped = Block(alt, [alt])
        dropped.rule = IMAGE_ALT
        out += [dropped, Block(caption, [caption])]
    return out


_SLUGGED_HEADLINE = PATTERNS["slugged-headline"]


def _drop_slugged_boxes(blocks: list[Block]) -> None:
    """A related-news header ("TIN LIÊN QUAN") with headlines that each open with an image's
    alt-text slug ("thuong tuong x tiep dai su y Việt Nam - Ai Cập: ..."): the slug's lower case
    wrapped them into the header's paragraph, so neither the footer nor the box rule saw them.
    The box goes (a page setting it inside the body goes on after it), and so do the lines
    right after it that open with one of its slugs (a headline ending in a full stop, not wrapped)."""
    slugs: set[str] = set()
    for b in blocks:
        if b.rule:
            continue
        if len(b.raw) >= 2 and _RELATED_BOX_HEADER.match(b.raw[0].strip(_DECOR)):
            found = [_SLUGGED_HEADLINE.match(r) for r in b.raw[1:]]
            if all(found):
                b.rule = SLUGGED_BOX
                slugs = {m.group() for m in found if m}
                continue
        m = _SLUGGED_HEADLINE.match(b.text) if slugs else None
        if m is not None and m.group() in slugs:
            b.rule = SLUGGED_BOX
            continue
        slugs = set()


_AI_SUMMARY_HEADER = PATTERNS["ai-summary-header"]
_AI_SUMMARY_NOTICE = PATTERNS["ai-summary-notice"]
_AI_NUMBERED_POINT = PATTERNS["ai-summary-numbered-point"]
_POINT_BULLETS = "-–•*▪·●◦+"  # a summary box's or a list's points (not `_BULLETS`, a tail's links)
# the longest line taken as the summary box's notice alone
MAX_NOTICE_LEN = 160


def _drop_ai_summaries(blocks: list[Block]) -> None:
    """A machine-written summary box: its header ("Tóm tắt nhanh (AI)", its notice and points
    maybe on the same line), then its bulleted or numbered ("1. ...") points and notice lines right
    after it, go; so does a notice line alone ("Nội dung được tạo tự động, có thể chưa chính xác"), and a bare "Tóm tắt"
    heading right above bulleted points (a journal's abstract under it is a paragraph)."""
    boxed = False
    for i, b in enumerate(blocks):
        if b.rule:
            continue
        if (_AI_SUMMARY_HEADER.match(b.bare) or len(b.bare) <= MAX_NOTICE_LEN and _AI_SUMMARY_NOTICE.match(b.bare)
                or i + 1 < len(blocks) and blocks[i + 1].raw[0][:1] in _POINT_BULLETS and _ABSTRACT_HEADING.match(b.bare)):
            b.rule, boxed = AI_SUMMARY, True
        elif boxed and (b.raw[0][:1] in _POINT_BULLETS or _AI_NUMBERED_POINT.match(b.raw[0])):
            b.rule = AI_SUMMARY
        else:
            boxed = False


def clean_text(raw: str, title: Optional[str] = None) -> tuple[str, list[str]]:
    """`clean_page` as (body, the lines dropped from it in order)."""
    cleaned = clean_page(raw, title)
    return cleaned.text, [r.text for r in cleaned.removed]


def _line_rules(blocks: list[Block], warnings: list[str]) -> None:
    """Line patterns, the footer cut, and captions: a caption keeps its text
    (once its credit is cut) when it says something."""
    seen_chars = 0
    body_seen = False  # a paragraph of body text was read (a menu has none)
    resume = 0  # the block after a related-news box inside the body
    separators = _day_separators(blocks)
    for i, b in enumerate(blocks):
        if i < resume:
            continue
        line, bare = b.text, b.bare
        kind = _line_kind(bare) if i not in separators else None
        if kind == FOOTER:
            kind = _footer_kind(blocks, i, seen_chars, body_seen)
        if kind == FOOTER:
            resume = _story_goes_on_after(blocks, i) if body_seen else 0
            if resume:
                for boxed in blocks[i:resume]:
                    boxed.rule = RELATED_BOX
                continue
            _cut(blocks, i, FOOTER, f"footer line {bare[:60]!r}", warnings)
            return
        if kind is None and len(bare) != len(line) and _rules().widget.fullmatch(line):
            kind = WIDGET
        if kind is None and len(b.raw) == 1 and _is_widget_bar(b.raw[0].strip(_DECOR)):
            kind = WIDGET_BAR
        if kind is not None:
            b.rule = kind
            continue
        credited = _credit_rule(blocks, i)
        if credited is not None:
            b.rule = credited
            continue
        line = blocks[i].text  # a caption's, its credit cut
        seen_chars += len(line)
        body_seen = body_seen or (len(line) >= MIN_SHORT_BODY_LEN and _ends_sentence(line))


_DAY_SEPARATOR = PATTERNS["day-separator"]


def _day_separators(blocks: list[Block]) -> set[int]:
    """The blocks that are a live blog's day separators ("Thứ Tư, 27/5/2026", each above the entries of
    its day): lines of a weekday and a full date, two or more of different days on the page. A single
    one is the page's stamp (a `meta` line)."""
    found = {i: m.group("day") for i, b in enumerate(blocks) if (m := _DAY_SEPARATOR.fullmatch(b.bare))}
    return set(found) if len(set(found.values())) >= 2 else set()


def _footer_kind(blocks: list[Block], at: int, seen_chars: int, body_seen: bool) -> str:
    """The rule of a footer header's line at `at`: a menu's when too little body stands before it
    (and no short body ends there), a journal's keywords line after its abstract, else a footer."""
    if seen_chars < MIN_BODY_BEFORE_FOOTER and not _short_body_ends(blocks, at, body_seen):
        return MENU
    return ABSTRACT_KEYWORDS if _keywords_of_abstract(blocks, at) else FOOTER


def _credit_rule(blocks: list[Block], at: int) -> Optional[str]:
    """A photo credit ending the line at `at`: the rule dropping the line (an archive photo's credit,
    a credit with too few words of caption before it), or None with the caption kept, its credit
    cut (blocks[at] replaced); None too when no credit ends it."""
    b = blocks[at]
    line = b.text
    start = credit_start(line, b.folded)
    if start is None:
        return None
    # the credit's match may open with the full stop before "Ảnh:"
    caption = (line[: start + 1] if line[start] in _TERMINAL_TUPLE else line[:start]).rstrip()
    if _ARCHIVE_CREDIT.search(line, start):
        return ARCHIVE_PHOTO
    if len(caption.split()) < MIN_CAPTION_WORDS:
        return CREDIT
    # a photo story tells its news in captions: the credit goes, the text stays
    # (and is dropped below if it only repeats a sentence of the body)
    blocks[at] = Block(caption, b.raw)
    return None


_COUNT_AFTER_HEADER = PATTERNS["count-after-header"]


def _line_kind(bare: str) -> Optional[str]:
    """`line_rule`, and a footer header with its count after it ("Tin liên quan (3)", "Bài viết cùng chuyên
    mục (12)") a footer still."""
    kind = line_rule(bare)
    if kind is None and bare.endswith(")"):
        m = _COUNT_AFTER_HEADER.search(bare)
        if m is not None and line_rule(bare[: m.start()].strip(_DECOR)) == FOOTER:
            return FOOTER
    return kind


_BAR_GAP = PATTERNS["widget-bar-gap"]
_BAR_GAP_HINT = PATTERNS["widget-bar-gap-hint"]
_WEATHER_FIELD = PATTERNS["weather-field"]


def _is_widget_bar(bare: str) -> bool:
    """Two or more buttons on one line, set apart by wide spaces or bars, each a widget line or a
    comments link ("Chia sẻ  Bình luận  In bài", icons beside them aside: "♡ Thích  ⤴ Chia sẻ"): a share bar, never the footer its comments link
    alone would be (that cut everything after it)."""
    if _BAR_GAP_HINT.search(bare) is None:  # no gap: a single part
        return False
    parts = [p for p in (_without_icons(p) for p in _BAR_GAP.split(bare)) if p]
    if len(parts) < 2:
        return False
    kinds = [line_rule(p) for p in parts]
    if any(_WEATHER_FIELD.fullmatch(p) for p in parts):
        # a masthead's weather and clock ("🔍 | Thứ Hai, 07/12/2026 - 09:14 | 🌊 Dự báo thời tiết biển: ...")
        return all(kind in (WIDGET, FOOTER, META) or _WEATHER_FIELD.fullmatch(p) for p, kind in zip(parts, kinds))
    return WIDGET in kinds and all(kind in (WIDGET, FOOTER) for kind in kinds)


def _without_icons(button: str) -> str:
    """A button's label without the icons drawn beside it ("♡ Thích", "⤴ Chia sẻ", "💬 Bình luận"):
    symbols (Unicode's So and Sm) and decoration at either end."""
    start, end = 0, len(button)
    while start < end and (button[start] in _DECOR or unicodedata.category(button[start]) in _ICON_CATEGORIES):
        start += 1
    while end > start and (button[end - 1] in _DECOR or unicodedata.category(button[end - 1]) in _ICON_CATEGORIES):
        end -= 1
    return button[start:end]


_ICON_CATEGORIES = ("So", "Sm")


def _story_goes_on_after(blocks: list[Block], at: int) -> int:
    """Where the story goes on after a related-news box set inside the body, or 0: the
    header ("TIN LIÊN QUAN"), one to MAX_BOX_HEADLINES headlines, then a body paragraph
    that points back to what was told ("Tại buổi tiếp, ...", "Hai bên ...") or opens on an
    event the body above named (`_names_event_told_above`). A new story
    opens with its day or place instead, so a box closing the page still ends it."""
    if not _RELATED_BOX_HEADER.match(blocks[at].bare):
        return 0
    j = at + 1
    while j < len(blocks) and (_is_headline_like(blocks[j].text) or _is_headline_like(_BOX_BULLET.sub("", blocks[j].text))):
        j += 1  # (a box's headlines may be set as a list: "- Việt Nam - Ấn Độ thúc đẩy ...")
    if not 1 <= j - at - 1 <= MAX_BOX_HEADLINES or j >= len(blocks):
        return 0
    nxt = blocks[j].bare
    if len(nxt) < BODY_PARAGRAPH_LEN or not _ends_sentence(nxt):
        return 0
    if not _STORY_GOES_ON.match(nxt) and not _names_event_told_above(blocks, at, nxt) \
            and not _names_person_told_above(blocks, at, nxt) and not _item_of_the_lead(blocks, at, nxt):
        return 0
    return j


def _names_event_told_above(blocks: list[Block], at: int, paragraph: str) -> bool:
    """The paragraph after a related-news box opens on an event the body above the box named (its
    head word and the capitalised word after it: "Đối thoại Shangri-La lần thứ 23 do ... tổ chức"
    after a lead telling "Đối thoại Shangri-La lần thứ 23"): the story goes on, about that event.
    A new story glued after a closing box names its own happening; a name further inside the
    paragraph ("Theo hãng X, Diễn đàn Y năm nay ...") is not enough (a real page's background
    paragraphs then gave wrong facts)."""
    m = _EVENT_NAME.match(paragraph)
    if m is None or not m.group(2)[:1].isupper():
        return False
    above = " ".join(" ".join(b.bare.split()) for b in blocks[:at] if not b.rule)
    return " ".join(m.group(1).split()) in above


def _item_of_the_lead(blocks: list[Block], at: int, paragraph: str) -> bool:
    """The paragraph after a related-news box opens on a place the story's lead named, and its first
    sentence names a foreign country the lead named ("Tại TP.HCM, chuyến thăm của tàu ... Malaysia đã khép
    lại ..." after "... tại Hà Nội và TP.HCM, trong đó ...; tàu Hải quân Hoàng gia Malaysia kết thúc chuyến
    thăm TP.HCM."): an item the round-up's lead announced, told on (`place-opens-item`)."""
    from kg.pipeline.countries import find_countries  # clean runs first; only here
    m = _PLACE_OPENS_ITEM.match(paragraph)
    lead = next((b.bare for b in blocks[:at] if not b.rule and len(b.bare) >= BODY_PARAGRAPH_LEN
                 and _ends_sentence(b.bare)), None)
    if m is None or lead is None or m.group("place") not in lead:
        return False
    sentences = split_sentences(paragraph)
    first = sentences[0].text if sentences else paragraph
    told = {c.code for c in find_countries(lead)} - {"VNM"}
    return any(c.code in told for c in find_countries(first))


def _names_person_told_above(blocks: list[Block], at: int, paragraph: str) -> bool:
    """The paragraph after a related-news box opens on a title, a name the body above told and
    a verb of saying ("Thứ trưởng Lee Jae-hoon khẳng định ..." after a lead naming him): one of
    the story's people speaking on, as a bare title does (`story-goes-on`)."""
    m = _TITLED_NAME_SAYS.match(paragraph)
    words = m.group("name").split() if m is not None else []
    if not words or not all(w[:1].isupper() for w in words):
        return False
    above = " ".join(" ".join(b.bare.split()) for b in blocks[:at] if not b.rule)
    return " ".join(words) in above


def _keywords_of_abstract(blocks: list[Block], at: int) -> bool:
    """A keywords line ("Từ khóa: ...") right after a journal article's abstract
    ("Tóm tắt: ...", or its heading alone and the abstract on the next line) opens the
    article; at the end of a page it is a tag footer."""
    if not _KEYWORDS_LINE.match(blocks[at].bare):
        return False
    before = [b for b in blocks[:at] if not b.rule]
    if before and _ABSTRACT_OPENING.match(before[-1].bare) is not None:
        return True
    # the heading on a line of its own, the abstract's paragraph after it ("Tóm tắt" / "Ngày 26-9, ...")
    return len(before) >= 2 and _ABSTRACT_HEADING.match(before[-2].bare) is not None


def _short_body_ends(blocks: list[Block], at: int, body_seen: bool) -> bool:
    """A footer header after a short body (one or two sentences) ends it too, when a body
    paragraph came before it and nothing after it reads like body text: a brief item
    with its related-news box, not a page menu above the story."""
    if not body_seen:
        return False
    return not any(len(b.text) >= BODY_PARAGRAPH_LEN and _ends_sentence(b.text) for b in blocks[at + 1 :])


def _cut(blocks: list[Block], at: int, why: str, where: str, warnings: list[str]) -> None:
    """Drop blocks[at:] under rule `why`; warn when body-like paragraphs go with them."""
    body_like = 0
    for b in blocks[at:]:
        if not b.rule and len(b.text) >= BODY_PARAGRAPH_LEN and _ends_sentence(b.text):
            body_like += 1
        b.rule = b.rule or why
    if body_like > MAX_SILENT_CUT:
        warnings.append(f"text cut at {where}: {body_like} paragraphs that read like body text were dropped after it")


def _introduces(b: Block) -> bool:
    """A line ending in a colon introduces what follows (a quote: "Theo Thiếu tướng X:"),
    unless it is a source line, whose address follows ("Nguồn Tiền Phong:")."""
    return b.text.rstrip().endswith(":") and not b.folded.lstrip(_DECOR).startswith("nguồn")


def _cut_story_after_byline(blocks: list[Block], warnings: list[str]) -> None:
    """A byline closing the body ("Hoàng Linh/VOV.VN", "Tin, ảnh: X") followed by
    more paragraphs: what follows is another story glued to the page. Only sentences count
    as body before it: a byline under the headline, after a menu bar, a site's name and a
    date line ("Bài và ảnh: X" above the lead), opens the story."""
    seen_chars = 0
    for i, b in enumerate(blocks):
        if seen_chars >= MIN_BODY_BEFORE_FOOTER and is_byline(b.bare, b.key) and not _introduces(b):
            if any(not later.rule for later in blocks[i + 1 :]):
                b.rule = b.rule or SOURCE
                _cut(blocks, i + 1, GLUED_STORY, f"byline {b.bare[:60]!r}", warnings)
            return
        if seen_chars >= MIN_BODY_BEFORE_FOOTER and _correspondent_closes(blocks, i):
            # even when taken into a run of headlines with the product line after it
            _cut_after_author(blocks, b, i + 1, STORY_AFTER_CORRESPONDENT, warnings)
            return
        if not b.rule and _ends_sentence(b.text):
            seen_chars += len(b.text)


def _correspondent_closes(blocks: list[Block], at: int) -> bool:
    """A correspondent's byline ("Ngọc Diệp (Từ Manila)") with body text after it (round 32's
    `STORY_AFTER_CORRESPONDENT`), whatever rule took it: a short line under it (a product line,
    the glued item's headline) makes it one of a run of headlines, which `_cut_story_after_author`
    no longer sees (a kept one is left to it)."""
    b = blocks[at]
    return (b.rule == HEADLINES and _is_correspondent_byline(b.bare)
            and any(not later.rule and _reads_as_body(later) for later in blocks[at + 1 :]))


_LEAD_DATE = PATTERNS["lead-date"]
_ARCHIVE_CREDIT = PATTERNS["archive-credit"]
_NOT_THE_STORY = PATTERNS["caption-not-the-story"]
_GLUED_IMAGE_ALT = PATTERNS["glued-image-alt"]


def _cut_story_after_author(blocks: list[Block], warnings: list[str]) -> None:
    """An author's bare name closing a paragraph of the body ("Hoàng Anh"), then a
    headline and a paragraph that opens with its day ("Ngày 7/6, ...") or retells the
    headline (`_retells`): another story glued to the page, cut at its headline. A name printed in
    capitals ("HẢI ĐĂNG", "KIM THOA (từ Cebu)") or with the place a correspondent writes from
    ("Ngọc Diệp (từ Manila)") is a byline by its print alone: the body text after it is
    another story even without a headline ("Ông X, ..., ngày 5.3 đã làm việc ...")."""
    kept = _kept(blocks)
    seen_chars = 0
    for k in range(1, len(kept) - 1):
        seen_chars += len(kept[k - 1][1].text)
        if seen_chars < MIN_BODY_BEFORE_FOOTER or not _ends_sentence(kept[k - 1][1].text):
            continue
        why = _story_after_author(kept, k)
        if why is not None:
            _cut_after_author(blocks, kept[k][1], kept[k + 1][0], why, warnings)
            return


def _story_after_author(kept: list[tuple[int, Block]], k: int) -> Optional[str]:
    """The rule by which the author's line at kept[k] closes the body, what follows being
    another story (see `_cut_story_after_author`), if it does."""
    b = kept[k][1]
    printed = _printed_byline(b.bare)
    if printed is not None and any(_reads_as_body(later) for _, later in kept[k + 1 :]):
        return printed
    if not (_is_short_name_line(b.bare) or _is_author_pair(b.bare)):
        return None
    if _foreign_item_follows(kept, k):
        return FOREIGN_ITEM_AFTER_AUTHOR
    if k + 2 >= len(kept):
        return None
    head, lead = kept[k + 1][1], kept[k + 2][1]
    if not _is_headline_like(head.text) or len(lead.text) < BODY_PARAGRAPH_LEN:
        return None
    if _LEAD_DATE.match(lead.text):
        return STORY_AFTER_AUTHOR
    if _retells(lead.text, head.text):
        return STORY_RETOLD_AFTER_AUTHOR
    if _is_author_pair(b.bare) and _names_other_people(lead.text, "\n\n".join(s.text for _, s in kept[:k])):
        return STORY_AFTER_AUTHOR_PAIR
    return None


def _printed_byline(line: str) -> Optional[str]:
    """The rule cutting after an author's line that is a byline by its print alone: a name in
    capitals (`_is_capitals_byline`) or one with a correspondent's place (`_is_correspondent_byline`)."""
    if _is_capitals_byline(line):
        return STORY_AFTER_CAPS_AUTHOR
    return STORY_AFTER_CORRESPONDENT if _is_correspondent_byline(line) else None


def _cut_after_author(blocks: list[Block], author: Block, at: int, why: str, warnings: list[str]) -> None:
    """The author's line closes the body, a byline: blocks[at:] go under rule `why`."""
    author.rule = BYLINE
    _cut(blocks, at, why, f"author {author.bare[:60]!r}", warnings)


def _names_other_people(text: str, story: str) -> bool:
    """Whether `text` names Vietnamese people in full, none of whom the story before names: another story's."""
    names = _vietnamese_names(text)
    return bool(names) and not names & _vietnamese_names(story)


def _foreign_item_follows(kept: list[tuple[int, Block]], k: int) -> bool:
    """After the author's name at kept[k], a body paragraph with no headline names a foreign country
    the story before never names, and nothing after the name names one the story does: the story
    (about some foreign country) ended with its byline, and another item was glued on. After the
    name only the countries told as sides count: an envoy's posting ("Đặc phái viên ... Anh tại Việt
    Nam, Lào, Campuchia và Thái Lan") names where the item's guest serves, not the story's sides."""
    if not _reads_as_body(kept[k + 1][1]):
        return False
    story = _country_codes("\n\n".join(b.text for _, b in kept[:k])) - {"VNM"}
    new = _side_codes(kept[k + 1][1].text) - {"VNM"}
    if not story or not new or new & story:
        return False
    return not story & _side_codes("\n\n".join(b.text for _, b in kept[k + 1 :]))


def _is_short_name_line(line: str) -> bool:
    """An author's name alone, of two or three words ("Hoàng Anh", "Lê Thị Hà")."""
    return _is_name_line(line) and len(line.split()) <= 3


_AUTHOR_PAIR_DASH = PATTERNS["author-pair-dash"]


def _is_author_pair(line: str) -> bool:
    """Two authors' names joined by a dash ("Mạnh Hùng - Thu Hà"), neither a country ("Việt Nam -
    Hoa Kỳ" is a heading): a byline of two reporters."""
    if "-" not in line and "–" not in line:
        return False  # `author-pair-dash` has one of them: a line without is not split
    parts = _AUTHOR_PAIR_DASH.split(line)
    if len(parts) != 2 or not all(_is_short_name_line(part) for part in parts):
        return False
    return not _country_codes(line)


MIN_RETOLD_SHARE = 0.75


def _retells(lead: str, headline: str) -> bool:
    """A news lead retells its headline: at least MIN_RETOLD_SHARE of the headline's words
    (four or more) come back in the lead's first sentence. A body paragraph after a
    subheading seldom repeats it so closely."""
    words = [w.casefold() for w in re.findall(r"\w+", headline)]
    if len(words) < 4:
        return False
    spans = paragraph_spans(lead)
    first = lead[spans[0][0]:spans[0][1]] if spans else lead
    told = {w.casefold() for w in re.findall(r"\w+", first)}
    return sum(w in told for w in words) >= MIN_RETOLD_SHARE * len(words)


_CORRESPONDENT_PLACE = PATTERNS["correspondent-place"]
_INITIALS_BYLINE = PATTERNS["initials-byline"]


def _is_correspondent_byline(line: str) -> bool:
    """An author's name of two or three words with the place a correspondent writes from in brackets
    ("Ngọc Diệp (từ Manila)", "Hải Minh (tại Jakarta)"): a byline, whatever its case. The bare name
    alone stays none (it may be a heading); no country's name may stand in it ("Việt Nam (tại Lào)")."""
    if "(" not in line:
        return False
    name = _CORRESPONDENT_PLACE.sub("", line).strip()
    return name != line.strip() and _is_short_name_line(name) and not _country_codes(name)


def _is_capitals_byline(line: str) -> bool:
    """An author's name printed in capitals, 2-4 words, maybe with the place a
    correspondent writes from ("KIM THOA (từ Cebu)") or after a rank, as army papers and
    journals sign ("Thượng tá ĐINH VĂN A": an official in the text has his name in
    capitals and small letters); no heading in capitals ("TRONG SỐ NÀY", "TIN VẮN":
    lex_caps_heading_words.txt); initials in capitals ("K.Đ", "N.T.H.") are one too."""
    # `correspondent-place` holds its bracket (it is tried at every blank of the line otherwise)
    name = (_CORRESPONDENT_PLACE.sub("", line) if "(" in line else line).strip()
    if _INITIALS_BYLINE.fullmatch(name):
        return True  # "K.Đ", "N.T.H."
    rank = _rank_start().match(name)
    if rank is not None and rank.group() != rank.group().upper():  # "Thượng tá", not "ĐẠI TÁ X" (a heading)
        name = name[rank.end():]
    if name != name.upper() or not _is_name_line(name):
        return False
    return not any(w.casefold() in caps_heading_words() for w in name.split())


@lru_cache(maxsize=1)
def caps_heading_words() -> frozenset[str]:
    """Words that make a short line in capitals a heading, not an author's name."""
    return frozenset(row[0].casefold() for row in data_rows("lex_caps_heading_words.txt"))


def _reads_as_body(b: Block) -> bool:
    """A paragraph of body text: long enough and closed by a sentence mark."""
    return len(b.text) >= BODY_PARAGRAPH_LEN and _ends_sentence(b.text)


_LEAD_DATELINE = PATTERNS["lead-dateline"]
# the most characters lead-dateline's outlet or bracketed name takes before its dash (blanks
# aside): a line with no dash there is not matched (tests/test_scan_hints.py)
DATELINE_HEAD = 32
_DATELINE_DASH = PATTERNS["dateline-dash"]
_OUTLET_INITIALS = PATTERNS["outlet-initials"]


def opens_with_dateline(line: str) -> bool:
    """True if the line opens with an outlet's dateline: any bracketed name, or an outlet
    of news_outlets.txt, a web address, a name ending in "Online" or an outlet's initials ("ĐNO", "QK2": pattern
    `outlet-initials`) before the dash."""
    return dateline_length(line) > 0


def dateline_length(line: str) -> int:
    """How many characters an outlet's dateline takes at the start of `line` ("TPO - ",
    "VOV.VN - ", "(QNO) - "), dash and spaces included; 0 if the line opens with none."""
    if not _dash_after_head(line):
        return 0
    m = _LEAD_DATELINE.match(line)
    if m is None:
        return 0
    if m.group("bracketed"):
        return m.end()
    outlet = m.group("outlet").strip()
    folded = outlet.casefold()
    known = outlet_of(outlet) is not None or folded.endswith((".vn", ".com", ".net", " online"))
    return m.end() if known or _OUTLET_INITIALS.fullmatch(outlet) else 0


def _dash_after_head(line: str) -> bool:
    """A dash within the DATELINE_HEAD first characters, or after them and blanks only: what a
    match of `lead-dateline` needs (the pattern itself is tried at up to 25 lengths of outlet)."""
    if _DATELINE_DASH.search(line, 0, DATELINE_HEAD) is not None:
        return True
    after = line[DATELINE_HEAD : DATELINE_HEAD + 1]
    if after.isspace():  # as `\s`: both are Unicode's white space
        after = line[DATELINE_HEAD:].lstrip()[:1]
    return _DATELINE_DASH.match(after) is not None


def _cut_second_lead(blocks: list[Block], warnings: list[str]) -> None:
    """Once a body paragraph was read, a later paragraph opening with an outlet's
    dateline is another story's lead: cut there, or at its headline right before it.
    Two paragraphs at least come before it: a page's summary (sapo) is often followed
    by the story's own lead with its dateline ("(TTXVN) - Sáng 9/10, ..."). A bulleted line is
    no body paragraph: a summary box's points set above the lead."""
    kept = _kept(blocks)
    paragraphs = 0  # body paragraphs read so far, the title aside
    for k, (i, b) in enumerate(kept):
        # a place in capitals may open the body's own lead after a summary: two body paragraphs first
        if paragraphs and k >= 3 and (opens_with_dateline(b.text) or paragraphs >= 2 and _opens_with_caps_dateline(b)):
            prev_i, prev = kept[k - 1]
            at = prev_i if _is_headline_like(prev.text) else i
            _cut(blocks, at, SECOND_LEAD, f"second lead {b.bare[:60]!r}", warnings)
            return
        if k > 0 and len(b.text) >= BODY_PARAGRAPH_LEN and _ends_sentence(b.text) and b.raw[0][:1] not in _POINT_BULLETS:
            paragraphs += 1


_CAPS_DATELINE = PATTERNS["caps-dateline"]


def _opens_with_caps_dateline(b: Block) -> bool:
    """A body paragraph opening with a place in capitals and a dash ("WESTMINSTER – Hội ...", "ĐÀ
    NẴNG (VĐ) – ..."): a wire story's dateline. Not a heading ("VIỆT NAM - ẤN ĐỘ": no body)."""
    m = _CAPS_DATELINE.match(b.text)
    if m is None or not _reads_as_body(b):
        return False
    place = m.group("place")
    return place.isupper() and sum(ch.isalpha() for ch in place) >= 4


_ITEM_LEAD = PATTERNS["item-lead"]
_ITEM_LEAD_SUBJECT_FIRST = PATTERNS["item-lead-subject-first"]


def _cut_foreign_item_at_end(blocks: list[Block], warnings: list[str]) -> None:
    """The last paragraph, opening with its own day, names foreign countries only, none of
    which the story before it names, and neither Việt Nam nor a Vietnamese unit: another
    news item glued on without a heading (`FOREIGN_STORY`). Items glued one after another
    go the same way, last first (at most MAX_BOX_HEADLINES)."""
    _cut_last_repeatedly(_cut_last_foreign_item, blocks, warnings)


def _cut_last_foreign_item(blocks: list[Block], warnings: list[str]) -> bool:
    """`_cut_foreign_item_at_end` for the last kept paragraph; whether it was cut."""
    kept = _kept(blocks)
    if len(kept) < 4:
        return False
    at, last = kept[-1]
    if len(last.text) < BODY_PARAGRAPH_LEN:
        return False
    if _ITEM_LEAD.match(last.text):
        why = FOREIGN_STORY
    elif _ITEM_LEAD_SUBJECT_FIRST.match(last.text):
        why = FOREIGN_STORY_SUBJECT_FIRST
    else:
        return False
    told = _country_codes(last.text)
    if not told or _vietnamese_side(last.text, by_name=True):
        return False
    before = "\n\n".join(b.text for _, b in kept[:-1])
    if told & _country_codes(before) or _tells_of_the_story(last.text, before):
        return False
    _cut(blocks, at, why, f"foreign item {last.bare[:60]!r}", warnings)
    return True


_NEWS_ITEM_TIME = PATTERNS["news-item-time"]
_OCEAN_NAME = PATTERNS["ocean-name"]
_NEWS_ITEM_AHEAD = PATTERNS["news-item-ahead"]
_VIETNAMESE_OFFICE = PATTERNS["vietnamese-office-alone"]
_NEWS_ITEM_REPORT = PATTERNS["news-item-report"]
_SAME_DAY_ITEM = PATTERNS["same-day-item-opening"]
_EARLIER_ITEM = PATTERNS["earlier-item-opening"]
# a news item tells its time this near its opening ("Bộ trưởng Ngoại giao X hôm thứ Sáu đã ...")
NEWS_TIME_REACH = 90
# a plan word this near after that time makes it an outlook ("ngày 15/5 tàu sẽ rời ...")
NEWS_AHEAD_AFTER = 30


def _cut_news_item_at_end(blocks: list[Block], warnings: list[str]) -> None:
    """The last paragraph tells its time near its opening, and its first sentence a foreign
    country the story before never names, with no Vietnamese side anywhere in it: another news
    item glued on (`NEWS_ITEM`), though it names a country the story names too ("Tổng thống Đức
    X hôm thứ Ba bắt đầu chuyến thăm ... tới Indonesia" after a German visit to Hà Nội). Items
    glued one after another (a "Tin vắn" column of dated briefs) go the same way, last first (at
    most MAX_BOX_HEADLINES)."""
    _cut_last_repeatedly(_cut_last_news_item, blocks, warnings)


def _cut_last_news_item(blocks: list[Block], warnings: list[str]) -> bool:
    """`_cut_news_item_at_end` for the last kept paragraph; whether it was cut."""
    kept = _kept(blocks)
    if len(kept) < 4:
        return False
    at, last = kept[-1]
    if len(last.text) < MIN_SHORT_BODY_LEN or not _ends_sentence(last.text):
        return False
    spans = paragraph_spans(last.text)
    first = last.text[: spans[0][1]] if spans else last.text
    when = _NEWS_ITEM_TIME.search(first, 0, NEWS_TIME_REACH)
    if when is None or _tells_an_outlook(first, when):
        return False
    story = "\n\n".join(b.text for _, b in kept[:-1])
    before = _country_codes(story)
    new = _country_codes(first) - before - {"VNM"}
    if not new or _names_vietnamese_office(last.text):
        return False
    if _refers_to_people(last.text, _foreign_people(story)):
        return False  # "Trước đó, ngày 9/11, Bộ trưởng X đã thăm Singapore": the story's guest, its trip
    why = NEWS_ITEM
    if not _vietnamese_side(last.text, by_name=True):
        if _names_a_vietnamese_place(last.text):
            return False  # "Trước đó, ngày 2/10, hai tàu Hải quân Anh cũng đã cập cảng Cam Ranh": a call in Việt Nam
    else:
        opening = _SAME_DAY_ITEM.match(last.text) or _EARLIER_ITEM.match(last.text)
        if not opening or not _only_other_people(last.text, story, before):
            return False
        why = NEWS_ITEM_OTHER_PEOPLE
    _cut(blocks, at, why, f"news item {last.bare[:60]!r}", warnings)
    return True


_CONGRATULATION_ITEM = PATTERNS["congratulation-item"]
_CONGRATULATION_WORD = PATTERNS["congratulation-word"]


def _cut_last_congratulation(blocks: list[Block], warnings: list[str]) -> bool:
    """The last kept paragraph opens with a congratulation for another country's day whose first
    sentence names a foreign country the story before never names, holds no defence or security word,
    and the story holds no word of congratulations: a brief glued on (`CONGRATULATION_ITEM`);
    whether it was cut."""
    kept = _kept(blocks)
    if len(kept) < 4:
        return False
    at, last = kept[-1]
    if not _ends_sentence(last.text) or not _CONGRATULATION_ITEM.match(last.text):
        return False
    if _holds_defence_word(last.text):
        return False  # "... gửi thư chúc mừng ..., mong muốn mở rộng hợp tác quốc phòng": the story's kind
    spans = paragraph_spans(last.text)
    first = last.text[: spans[0][1]] if spans else last.text
    story = "\n\n".join(b.text for _, b in kept[:-1])
    if _CONGRATULATION_WORD.search(story) or not _country_codes(first) - _country_codes(story) - {"VNM"}:
        return False
    _cut(blocks, at, CONGRATULATION_ITEM, f"congratulation {last.bare[:60]!r}", warnings)
    return True


def _tells_of_the_story(item: str, story: str) -> bool:
    """Whether a dated foreign item after the story is told of Việt Nam or of the story's people: it
    names a Vietnamese province, city or port (`VN_PLACES`: "Ngày 18/6, Chương trình X do Hải quân Mỹ
    chủ trì cũng đã khai mạc tại tỉnh Phú Yên") or one of the story's people ("Ngày 13/11, Bộ trưởng X
    và đoàn rời Hà Nội, tiếp tục chuyến công du tới Singapore"): the story's own background or next
    step (round 48k), not news of another country glued on."""
    return _names_a_vietnamese_place(item) or _refers_to_people(item, _foreign_people(story))


VN_PLACES = "lex_vn_places.txt"  # Vietnamese provinces, cities and ports, capitalised as written


@lru_cache(maxsize=1)
def _vietnamese_places() -> re.Pattern[str]:
    """A place of lex_vn_places.txt, as written (capitals and all)."""
    return re.compile(phrase_pattern(row[0] for row in data_rows(VN_PLACES)))


def _names_a_vietnamese_place(text: str) -> bool:
    """Whether `text` names a Vietnamese province, city or port ("cảng Cam Ranh", "tỉnh Phú Yên"); not
    the words of the Pacific ("Thái Bình Dương": no "Thái Bình", no "Bình Dương")."""
    oceans = [m.span() for m in _OCEAN_NAME.finditer(text)]
    return any(not any(start < m.end() and m.start() < end for start, end in oceans)
               for m in _vietnamese_places().finditer(text))


def _only_other_people(item: str, story: str, story_countries: set[str]) -> bool:
    """Whether the Vietnamese side of a same-day item after a story of another foreign country is only
    people the story never names: Vietnamese whole names, none of the story's, and neither Việt Nam
    nor any country of the story in the item (a police general receiving another country's guest);
    a guest's posting ("Đặc phái viên ... Anh tại Việt Nam, Lào và Campuchia") names none as a side."""
    if not story_countries - {"VNM"} or _side_codes(item, host=False) & (story_countries | {"VNM"}):
        return False
    return _names_other_people(item, story)


def _tells_an_outlook(first: str, when: re.Match[str]) -> bool:
    """A plan word before the item's time or right after it ("Theo kế hoạch, ngày 15/5 tàu sẽ rời"),
    not one in what someone said ("hôm Chủ nhật cho biết nước này sẽ ...": news of a statement)."""
    ahead = _NEWS_ITEM_AHEAD.search(first, 0, when.end() + NEWS_AHEAD_AFTER)
    if ahead is None:
        return False
    return ahead.start() < when.start() or _NEWS_ITEM_REPORT.search(first, when.end(), ahead.start()) is None


def _names_vietnamese_office(text: str) -> bool:
    """Whether `text` names Vietnam's head of state or government by office alone ("Chủ tịch nước",
    "Thủ tướng Chính phủ"); not "Chủ tịch nước Lào ..." (a capitalised word after it: a country, a name)."""
    return any(not m.group("next").strip()[:1].isupper() for m in _VIETNAMESE_OFFICE.finditer(text))


_CIVIL_ITEM_OPENING = PATTERNS["civil-item-opening"]
# credits, sign-offs and stamps that may close a page after its last paragraph
MAX_TRAILING_SHORT = 3


@lru_cache(maxsize=None)
def _words_re(lexicon: str) -> re.Pattern[str]:
    """The phrases of `lexicon` (a data file, one a line) as whole words, any case."""
    return re.compile("(?i:" + phrase_pattern(row[0] for row in data_rows(lexicon)) + ")")


DEFENCE_WORDS = "lex_defence_topic_words.txt"  # a defence or security word: a story of the page's kind
_WORD_BEFORE = re.compile(r"(?<!\S)([^\W\d_][\w'-]*)\s+$")


def _holds_defence_word(text: str) -> bool:
    """Whether `text` holds a defence or security word (DEFENCE_WORDS), not counting a one-word one
    written capitalised right after a capitalised word: the tail of a proper name ("sân bay Vân Đồn",
    a place; "ông Trần Quân"), not the word ("Đồn Biên phòng X", "cán bộ, chiến sĩ Đồn")."""
    for m in _words_re(DEFENCE_WORDS).finditer(text):
        word = m.group()
        before = _WORD_BEFORE.search(text, max(0, m.start() - 30), m.start())
        if " " in word or not word[:1].isupper() or before is None or not before.group(1)[:1].isupper():
            return True
    return False


def _drop_civil_items_at_end(blocks: list[Block]) -> None:
    """The page's last paragraphs (after at most MAX_TRAILING_SHORT short lines, credits
    or a sign-off, which stay), each opening as a news item of its own and holding no
    defence or security word while the story before them does: other items glued to the
    page (`CIVIL_ITEM`), last first, at most MAX_BOX_HEADLINES."""
    for _ in range(MAX_BOX_HEADLINES):
        kept = _kept(blocks)
        k = _last_body(kept)
        if k is None:
            return
        last = kept[k][1]
        opening = _ITEM_LEAD.match(last.text) or _ITEM_LEAD_SUBJECT_FIRST.match(last.text) \
            or _CIVIL_ITEM_OPENING.match(last.text)
        story = "\n".join(b.text for _, b in kept[:k])
        if opening is None:
            opening = _new_host_meets_new_side(last.text, story) or _new_speaker_of_new_side(last.text, story)
        if opening is None or _holds_defence_word(last.text):
            return
        if not _holds_defence_word(story):
            return
        if _names_story_people(last.text, story) and not _receives_a_new_side(last.text, story):
            return  # "Cùng ngày, Thứ trưởng X đã chào xã giao ...": the story's own person, its next step
        if _tells_the_story_guest(last.text, opening, _story_lead(kept[:k]), story):
            return  # "Sáng 12/3, Tổng thống Uruguay và đoàn đã đến ...": the visit's next stop
        if _told_by_both_sides(last.text, opening):
            return  # "Cùng ngày, tại Nhà thi đấu X, hai đoàn đã tổ chức giao lưu ...": the story's next step
        if _ties_to_the_story_event(last.text, story):
            return  # "Tối nay, ... sẽ diễn ra lễ khai mạc Chương trình X": the programme the story tells
        last.rule = CIVIL_ITEM


def _names_story_people(item: str, story: str) -> bool:
    """Whether a civil item names one of the story's people: a Vietnamese whole name the story gives, or
    a foreign one, whole or by its last word after a title ("Chiều cùng ngày, Chủ tịch UBND tỉnh X đã
    tiếp Bộ trưởng Hartley ..." after a story naming "Bộ trưởng Quốc phòng Australia Daniel Hartley")."""
    vietnamese = _vietnamese_names(story)
    if _vietnamese_names(item) & vietnamese:
        return True
    return _refers_to_people(item, _foreign_people(story))


def _foreign_people(story: str) -> set[str]:
    """The people `_people_named` finds in `story` whose names are not all Vietnamese syllables, and
    not a country's name read as one ("Hoa Kỳ" after "Đại sứ", "Nhật Bản Fujiwara X" beside "Fujiwara
    X"): a Vietnamese given name is too common a word after a title ("Quân" of "Phạm Hồng Quân" in
    "Tư lệnh Quân đội ...") to tell the story's person by itself."""
    return {name for name in _people_named(story)
            if not _country_codes(name) and not all(map(is_vn_syllable, name.split()))}


_STORY_EVENT_HEAD = PATTERNS["story-event-head"]
_STORY_FRAME_BACK = PATTERNS["story-frame-back"]


def _ties_to_the_story_event(item: str, story: str) -> bool:
    """Whether a civil item names the happening the story tells: an event by the same name, case aside
    ("Chương trình đối tác Thái Bình Dương" after "Chương trình Đối tác Thái Bình Dương"; pattern
    `story-event-head`, a capitalised word among the three after the head), or the story's frame
    without a name closing its clause ("... trong khuôn khổ chương trình.", `story-frame-back`)."""
    if _STORY_FRAME_BACK.search(item):
        return True
    told = " ".join(story.split()).casefold()
    return any(any(w[:1].isupper() for w in m.group(1).split())
               and " ".join(m.group().split()).casefold() in told
               for m in _STORY_EVENT_HEAD.finditer(item))


_CIVIL_MEETING_OPENING = PATTERNS["civil-meeting-opening"]


def _new_host_meets_new_side(item: str, story: str) -> Optional[re.Match[str]]:
    """With no opening cue, a paragraph whose host, a Vietnamese named in full before the verb, is none of
    the story's people, meeting a guest of a side country the story never names, with no back-reference
    before the verb ("Chủ tịch Quốc hội X hội kiến Chủ tịch Thượng viện Chile Y, ..." after a defence
    story of France; not "Trong chuyến thăm, ..."): another item's lead, as a dated one is (`CIVIL_ITEM`,
    round 48e); its opening, else None."""
    opening = _CIVIL_MEETING_OPENING.match(item)
    if opening is None or _words_re(BACK_REFERENCES).search(opening.group()):
        return None  # "Trong chuyến thăm, ...": the story's; its own "hai bên" later is the item's
    if not _names_other_people(opening.group(), story) or not _receives_a_new_side(item, story):
        return None
    return opening


_CIVIL_SPEAKER_OPENING = PATTERNS["civil-speaker-opening"]


def _new_speaker_of_new_side(item: str, story: str) -> Optional[re.Match[str]]:
    """With no opening cue, a paragraph opening on a speaker named before his title, set off by commas, then
    what he says ("Ông X, Đặc phái viên Thương mại của Thủ tướng Anh tại ..., cho biết ..." after a port call
    of an Australian frigate): when the speaker is none of the story's people and his title names a side
    country the story never names, another item's lead (`CIVIL_ITEM`, round 52b); its opening, else None.
    A speaker of the story's country ("Ông Y, Tổng lãnh sự Australia ..., cho biết ...") stays the story's."""
    opening = _CIVIL_SPEAKER_OPENING.match(item)
    if opening is None or not _receives_a_new_side(opening.group("title"), story):
        return None
    if _names_story_people(opening.group(), story):
        return None
    return opening


def _last_body(kept: list[tuple[int, Block]]) -> Optional[int]:
    """The place in `kept` of the page's last body paragraph, after at most MAX_TRAILING_SHORT short
    lines (credits, a sign-off), when three blocks or more stand before it; else None."""
    k = len(kept) - 1
    while k > 0 and len(kept) - 1 - k < MAX_TRAILING_SHORT and not _reads_as_body(kept[k][1]):
        k -= 1
    if k < 3 or not _reads_as_body(kept[k][1]):
        return None
    return k


BACK_REFERENCES = "lex_story_back_references.txt"  # "đoàn", "hai bên", "chuyến thăm", "cùng ngày", "cũng", ...
_OWN_TIME = PATTERNS["item-own-time"]
_PARALLEL_ITEM = PATTERNS["parallel-item-opening"]
_NAME_RUN = re.compile(r"\s+((?:[^\W\d_][\w'-]*\s+){0,5}[^\W\d_][\w'-]*)")


def _drop_unrelated_item_at_end(blocks: list[Block]) -> None:
    """The page's last paragraph (credits aside) after a story with a Vietnamese side, with no opening
    cue, that never refers back (no word of lex_story_back_references.txt, none of the story's people),
    names neither Việt Nam nor a Vietnamese unit, introduces people of its own ("Người phát ngôn X",
    "ông Y, Phó Chủ tịch ...") but no officer by rank, and tells in its first sentence a time the story
    never gives ("hôm thứ Hai", "vào tháng 9 tới", a day of its own); with a defence word, it must also
    name a new side country or open on another development ("Trong khi đó, ..."): another item glued on
    (`UNRELATED_ITEM`)."""
    kept = _kept(blocks)
    k = _last_body(kept)
    if k is None:
        return
    item = kept[k][1].text
    story = "\n".join(b.text for _, b in kept[:k])
    if _words_re(BACK_REFERENCES).search(item) or _vietnamese_side(item, by_name=False):
        return
    if not _vietnamese_side(story, by_name=False):
        return
    if _names_an_officer(item):
        return  # "Chuẩn Đô đốc X sẽ dẫn đầu ...": an officer, the graph's kind (round 39: a general's meeting stays)
    people = _people_named(item)
    if not people or _names_any(story, people) or _refers_to_people(item, _people_named(story)):
        return  # "Ông Khải phát biểu ...": the story's own person
    spans = paragraph_spans(item)
    first = item[: spans[0][1]] if spans else item
    if not _time_keys(first) - _time_keys(story):
        return  # no time, or the story's own day: a quote, a background, the story's step
    if _holds_defence_word(item) and not _receives_a_new_side(item, story) \
            and not _PARALLEL_ITEM.match(item):
        return  # "Đại sứ Australia X hôm thứ Năm cho biết ... sĩ quan gìn giữ hòa bình": the story's matter
    kept[k][1].rule = UNRELATED_ITEM


_MEDIA_BOX_TITLE = PATTERNS["media-box-title"]


def _drop_media_teaser_at_end(blocks: list[Block]) -> None:
    """A media box's title dropped as a widget after a headline and a body ("Video: Lực lượng
    đặc nhiệm Indonesia diễn tập ..."), naming a foreign country the story before it never names and
    none it does, then at most MAX_BOX_HEADLINES kept lines closing the page that name none of the
    story's people and never refer back: the box's teaser, another item (`MEDIA_TEASER`). Under a
    title naming the story's country, or with the story going on ("Hai bên ..."), the box is the
    story's own player and what follows stays."""
    at = next((i for i in range(len(blocks) - 1, 0, -1)
               if blocks[i].rule == WIDGET and _MEDIA_BOX_TITLE.match(blocks[i].bare)), None)
    if at is None:
        return
    before = [b for b in blocks[:at] if not b.rule]
    after = [b for b in blocks[at + 1:] if not b.rule]
    if not after or len(after) > MAX_BOX_HEADLINES or len(before) < 3 or not any(map(_reads_as_body, before)):
        return
    story = "\n".join(b.text for b in before)
    told = _country_codes(blocks[at].text) - {"VNM"}
    if not told or told & _country_codes(story):
        return
    teaser = "\n".join(b.text for b in after)
    if _words_re(BACK_REFERENCES).search(teaser) or _refers_to_people(teaser, _people_named(story)):
        return
    for b in after:
        b.rule = MEDIA_TEASER


@lru_cache(maxsize=1)
def _rank_before_word() -> re.Pattern[str]:
    """A rank of lex_ranks.txt, capitalised, and the space after it."""
    return re.compile(phrase_pattern((row[0] for row in data_rows("lex_ranks.txt")), first_upper=True) + r"\s+")


def _names_an_officer(text: str) -> bool:
    """Whether a rank stands right before a capitalised word in `text` ("Chuẩn Đô đốc Mark X")."""
    return any(text[m.end():m.end() + 1].isupper() for m in _rank_before_word().finditer(text))


@lru_cache(maxsize=1)
def _person_marker() -> re.Pattern[str]:
    """An honorific (any case), a rank or a title (capitalised) before a name: "ông", "Trung tướng",
    "Người phát ngôn" (lex_honorifics.txt, lex_ranks.txt, lex_positions.txt)."""
    honorifics = phrase_pattern(row[0] for row in data_rows("lex_honorifics.txt"))
    titles = phrase_pattern((row[0] for f in ("lex_ranks.txt", "lex_positions.txt") for row in data_rows(f)),
                            first_upper=True)
    return re.compile("(?:(?i:" + honorifics + ")|" + titles + ")")


def _people_named(text: str) -> set[str]:
    """The names of the people `text` names: a Vietnamese-shaped whole name, or two capitalised words or
    more right after an honorific, rank, title or foreign country ("Người phát ngôn Lữ Chí Hằng", "ông Lam
    Triệu Vũ", "Bộ trưởng Thương mại Hàn Quốc Ahn Deok-geun")."""
    from kg.pipeline.countries import find_countries  # clean runs first; only here

    found = set(_vietnamese_names(text))
    after_foreign = [c.end for c in find_countries(text) if c.code != "VNM"]  # "Bộ trưởng ... Hàn Quốc Ahn X"
    for end in [m.end() for m in _person_marker().finditer(text)] + after_foreign:
        run = _NAME_RUN.match(text, end)
        words = run.group(1).split() if run else []
        capitals = words[: next((i for i, w in enumerate(words) if not w[0].isupper()), len(words))]
        if len(capitals) >= 2 and capitals[0] not in _org_first_words():  # "Ủy viên Bộ Chính trị": no one
            found.add(" ".join(capitals))
    return found


@lru_cache(maxsize=1)
def _org_first_words() -> frozenset[str]:
    """The first words of organisations' heads (lex_org_heads.txt: "Bộ", "Cục", "Học viện" ...)."""
    return frozenset(row[0].split()[0] for row in data_rows("lex_org_heads.txt"))


def _names_any(text: str, names: set[str]) -> bool:
    """Whether `text` holds one of `names` whole."""
    return any(n in text and re.search(r"(?<!\w)" + re.escape(n) + r"(?!\w)", text) for n in names)


def _refers_to_people(text: str, names: set[str]) -> bool:
    """Whether `text` names one of the people `names`, whole or by the last word right after an honorific,
    rank or title ("ông Khải", "Bộ trưởng Whitford")."""
    after = (_NEXT_WORD.match(text, m.end()) for m in _person_marker().finditer(text))
    marked = {w.group(1).strip(",.;:") for w in after if w is not None}
    return _names_any(text, names) or bool(marked & {n.split()[-1] for n in names})


_NEXT_WORD = re.compile(r"\s*(\S+)")  # the word after a marker (not the rest of the text split: a copy per marker)


def _time_keys(text: str) -> set[str]:
    """The times `text` tells (item-own-time): weekdays, days ("24/7"), months or weeks ahead or past,
    each as a key ("thứ hai", "24/7", "tháng 9 tới")."""
    keys = set()
    for m in _OWN_TIME.finditer(text):
        key = re.sub(r"\s+", " ", m.group().lower()).removeprefix("hôm ")
        day = re.fullmatch(r"0?(\d{1,2})\s*[/.-]\s*0?(\d{1,2})", key)
        keys.add(f"{day.group(1)}/{day.group(2)}" if day else key)
    return keys


def _receives_a_new_side(item: str, story: str) -> bool:
    """Whether a civil item names as a side a foreign country the story before never names ("Cũng trong
    chiều 11/6, Thủ tướng X tiếp Tổng thống Chile ..." after a defence minister's visit): the story's
    host's next appointment with another country's guest, not the story's next step (round 39)."""
    return bool(_side_codes(item, host=False) - _country_codes(story) - {"VNM"})


def _story_lead(kept: list[tuple[int, Block]]) -> str:
    """The story's headline and lead: its kept blocks up to its first body paragraph."""
    lead = []
    for _, b in kept:
        lead.append(b.text)
        if _reads_as_body(b):
            break
    return "\n".join(lead)


_ITEM_PLACE = PATTERNS["item-place-before-subject"]
_GUEST_BACK_REFERENCE = PATTERNS["guest-back-reference"]
_GUEST_BACK_REFERENCE_AFTER = PATTERNS["guest-back-reference-after"]
_TITLE_COUNTRY_FILLER = PATTERNS["title-country-filler"]
MAX_TITLE_BEFORE_COUNTRY = 40  # characters: "Bộ trưởng Quốc phòng nước Cộng hòa" before "Chile"
MAX_TITLE_WORDS = 6
_TITLE_PREFIX = re.compile(r"(?:Phó|Quyền)\s+$")


@lru_cache(maxsize=None)
def _titles_re() -> re.Pattern[str]:
    """The heads of official titles (lex_positions.txt), capitalised: "Tổng thống", "Bộ trưởng"."""
    return re.compile(phrase_pattern((row[0] for row in data_rows("lex_positions.txt")), first_upper=True))


def _title_before(text: str, start: int, end: int) -> Optional[str]:
    """The title `text[start:end]` is, filler before a country aside ("Tổng thống nước Cộng hòa" ->
    "tổng thống"), when a title of lex_positions.txt opens it and no mark nor more than
    MAX_TITLE_WORDS words follow; with its "Phó"/"Quyền" before it."""
    span = _TITLE_COUNTRY_FILLER.sub("", text[start:end])
    title = _titles_re().search(span)
    while title is not None and (re.search(r"[^\w\s]", span[title.start():])
                                 or len(span[title.start():].split()) > MAX_TITLE_WORDS):
        title = _titles_re().search(span, title.end())
    if title is None:
        return None
    prefix = _TITLE_PREFIX.search(span, 0, title.start())
    return norm_key(span[prefix.start() if prefix else title.start():])


def _titled_guests(text: str) -> set[tuple[str, str]]:
    """(title, country) of every foreign official `text` names by title and country ("Tổng thống
    Chile", "Bộ trưởng Quốc phòng nước Cộng hòa Uruguay")."""
    from kg.pipeline.countries import find_countries  # clean runs first; only here

    found = set()
    for c in find_countries(text):
        title = c.code != "VNM" and _title_before(text, max(0, c.start - MAX_TITLE_BEFORE_COUNTRY), c.start)
        if title:
            found.add((title, c.code))
    return found


def _tells_the_story_guest(item: str, opening: re.Match[str], lead: str, story: str) -> bool:
    """Whether a civil item's subject is the guest of the story's headline or lead, told by the same
    title and country ("Sáng 12/3, Tổng thống Uruguay và đoàn đã đến tỉnh X" after "Tổng thống Uruguay
    ... thăm cấp Nhà nước") or told again without a name ("Chiều cùng ngày, đoàn đã ...", "ông lên
    chuyên cơ ...", "Tổng thống và Phu nhân đã ..."): the visit's next stop. Another official of the
    guest's country ("Bộ trưởng Kinh tế Uruguay X") is another item (round 40b); so is one told without
    a name that receives a new country ("Cùng ngày, Thủ tướng đã tiếp Đại sứ Đức ...") or by a bare title
    the story gives a Vietnamese too ("Thủ tướng" after "Thủ tướng Phạm X" and "Thủ tướng New Zealand")."""
    guests = _titled_guests(lead)
    if not guests:
        return False
    at = opening.end() if opening.group().rstrip().endswith(",") else 0
    at += len(item[at:]) - len(item[at:].lstrip())
    place = _ITEM_PLACE.match(item, at)
    at = place.end() if place else at
    guest = _GUEST_BACK_REFERENCE.match(item, at)
    back = guest or _titles_re().match(item, at)
    if back is not None and _GUEST_BACK_REFERENCE_AFTER.match(item, back.end()):
        if _receives_a_new_side(item, story):
            return False
        if guest is not None:  # "đoàn", "ông", ...: not a title to check against the story's
            return True
        title = norm_key(back.group())
        return title in {t for t, _ in guests} and not _titles_a_vietnamese(back.group(), story)
    return _opens_with_titled_guest(item[at : at + MAX_TITLE_BEFORE_COUNTRY], guests)


_BOTH_SIDES = PATTERNS["both-sides-subject"]


def _told_by_both_sides(item: str, opening: re.Match[str]) -> bool:
    """Whether an item's subject, right after its opening and the place it names, is the story's two sides
    told again ("Cùng ngày, tại Nhà thi đấu X, hai đoàn đã tổ chức giao lưu ...": `both-sides-subject`)."""
    at = opening.end() if opening.group().rstrip().endswith(",") else 0
    at += len(item[at:]) - len(item[at:].lstrip())
    place = _ITEM_PLACE.match(item, at)
    return _BOTH_SIDES.match(item, place.end() if place else at) is not None


def _titles_a_vietnamese(title: str, story: str) -> bool:
    """Whether `story` gives `title` to a Vietnamese: before a Vietnamese name ("Thủ tướng Phạm X") or
    an office of Việt Nam ("Thủ tướng Chính phủ", "Chủ tịch nước"; not "Tổng thống nước Cộng hòa X")."""
    names = sorted(_vietnamese_names(story), key=len, reverse=True)
    after = r"chính\s+phủ\b|nước\b(?!\s+(?-i:[A-ZĐÀ-Ỹ]))" + "".join("|" + re.escape(n) for n in names)
    return re.search(re.escape(title) + r"\s+(?:" + after + ")", story, re.IGNORECASE) is not None


def _opens_with_titled_guest(head: str, guests: set[tuple[str, str]]) -> bool:
    """Whether `head` opens with a title and a foreign country, the pair one of `guests`."""
    from kg.pipeline.countries import find_countries  # clean runs first; only here

    if _titles_re().match(head) is None:
        return False
    country = next((c for c in find_countries(head) if c.code != "VNM"), None)
    if country is None:
        return False
    span = _TITLE_COUNTRY_FILLER.sub("", head[: country.start])
    if re.search(r"[^\w\s]", span) or len(span.split()) > MAX_TITLE_WORDS:
        return False
    return (norm_key(span), country.code) in guests


_SIDE_ITEM_OPENING = PATTERNS["side-item-opening"]


def _ends_item(text: str) -> bool:
    """A paragraph ending a sentence, or a sentence and then its author's name glued on, the item's own
    byline in plain text ('... dự và trao quà. Ngọc Hà': `_is_name_line`)."""
    if _ends_sentence(text):
        return True
    _, stop, tail = text.rpartition(". ")
    return bool(stop) and _is_name_line(tail.strip())


def _opens_domestic_item(text: str) -> bool:
    """Whether a paragraph opens as an item of its own and tells a unit's own activity, not within the
    story's frame ("... khám bệnh, phát thuốc ... trong khuôn khổ chương trình.", `story-frame-back`)."""
    opening = _ITEM_LEAD.match(text) or _CIVIL_ITEM_OPENING.match(text) or _SIDE_ITEM_OPENING.match(text)
    return opening is not None and _words_re("lex_domestic_activities.txt").search(text) is not None \
        and not _STORY_FRAME_BACK.search(text)


def _has_foreign_side(text: str) -> bool:
    """Whether `text` names a foreign country or a word of a visit's other side ("hai bên", "đoàn khách")."""
    return bool(_country_codes(text) - {"VNM"}) or _words_re("lex_foreign_side_words.txt").search(text) is not None


def _is_item_heading(text: str) -> bool:
    """A heading line over an item: short, a few words, no sentence's end (a digest's numbered headings)."""
    return len(text) <= MAX_HEADLINE_LEN and len(text.split()) >= MIN_CAPTION_WORDS and not _ends_sentence(text)


def _drop_domestic_items_at_end(blocks: list[Block]) -> None:
    """From the first paragraph (the fourth kept block at the earliest) that opens a unit's domestic
    item, to the page's end: all go (`DOMESTIC_ITEM`) when the story before names a foreign country
    and none of them names one or the visit's other side. A plain heading right over that paragraph
    goes with it, unless the page is a digest or holds other headings (`_headings_inside`)."""
    kept = _kept(blocks)
    for j in range(3, len(kept)):
        text = kept[j][1].text
        if len(text) < MIN_SHORT_BODY_LEN or not _ends_item(text) or not _opens_domestic_item(text):
            continue
        headed = _is_item_heading(kept[j - 1][1].text)
        if headed and _headings_inside(kept, j - 1):
            continue  # an item of the page's own under its heading (a digest's "4. Bộ Tư lệnh ... rút kinh nghiệm ...")
        start = j - 1 if headed else j  # a lone story, then a unit's item under its own headline: both go
        if any(_has_foreign_side(b.text) for _, b in kept[start:]):
            return
        if not _country_codes("\n".join(b.text for _, b in kept[:start])) - {"VNM"}:
            return
        for _, b in kept[start:]:
            b.rule = DOMESTIC_ITEM
        return


_DIGEST_HEADING = PATTERNS["digest-heading"]


def _headings_inside(kept: list[tuple[int, Block]], at: int) -> bool:
    """Whether the heading at `at` is a digest's (numbered or bulleted), or a heading line (or a caption,
    which reads the same) stands between the page's first line and it: a digest's items, each under its
    heading, or a photo story; a lone story's body has none, so a plain heading at `at` opens an item
    glued after it (round 31)."""
    return _DIGEST_HEADING.match(kept[at][1].text) is not None or any(_is_item_heading(b.text) for _, b in kept[1:at])


_BULLETS = "-•*+–·▪ "


def _is_tail_headline(line: str) -> bool:
    """A headline, bulleted or not ("• Tổng thống X thăm Y", "- ..."): a link in a list; or a
    bulleted brief of one short sentence ("* Ngày 13/4, Hải quân X và Y khai mạc tập trận Z.")."""
    if _is_headline_like(line):
        return True
    if line[:1] not in _BULLETS:
        return False
    item = line.lstrip(_BULLETS)
    return _is_headline_like(item) or (len(item) <= MAX_HEADLINE_LEN and _ends_sentence(item)
                                       and len(paragraph_spans(item)) == 1)


def _tail_items(kept: list[tuple[int, Block]]) -> list[list[str]]:
    """The page's last items that may be links or stories glued on, in page order: each a
    headline alone, or a headline and the lead after it retelling it; at most
    MAX_BOX_HEADLINES, none when the page does not end on a headline or such a lead."""
    items: list[list[str]] = []
    k = len(kept) - 1
    while k > 0 and len(items) < MAX_BOX_HEADLINES:
        text, above = kept[k][1].text, kept[k - 1][1].text
        if any(raw.rstrip().endswith(":") for raw in kept[k][1].raw):
            break  # a list its own first line introduces ("... gồm:"): the story's
        if _is_tail_headline(text):
            items.insert(0, [text])
            k -= 1
        elif _ends_sentence(text) and _is_tail_headline(above) and _retells(text, above):
            items.insert(0, [above, text])
            k -= 2
        else:
            break
    return items


def _cut_foreign_tail(blocks: list[Block], warnings: list[str]) -> None:
    """The page's tail (`_tail_items`) names foreign countries the story before never
    names, and none that it does: other stories' headlines, or headlines and their leads,
    glued to the page without a heading (`FOREIGN_TAIL`). A lead with a Vietnamese side, a
    lone item with one (a Vietnamese-looking name counts only there: "Uông Văn Bân" in a list
    is Chinese), or a tail after a line that introduces it (':') may be the story's own;
    more than half of the items must name a foreign country."""
    kept = _kept(blocks)
    items = _tail_items(kept) if len(kept) >= 4 else []
    size = sum(len(item) for item in items)
    if not items or size >= len(kept) - 1 or kept[-1 - size][1].text.rstrip().endswith(":"):
        return
    story = "\n\n".join(b.text for _, b in kept[:-size])
    if _is_round_up(kept[:-size]):
        return
    if _foreign_to_the_story(items, story) and not _tail_has_vietnamese_side(items, story):
        _cut(blocks, kept[-size][0], FOREIGN_TAIL, f"foreign tail {kept[-size][1].bare[:60]!r}", warnings)


def _is_round_up(kept: list[tuple[int, Block]]) -> bool:
    """Below the title and the lead, the story already holds an item of its own: a headline-like line
    followed by a lead opening with its day ("Sáng nay, tại Hà Nội, ..."). The page is a round-up
    (a TV bulletin, a day's briefs), and a headed item at its end is one more of its items, not a
    story glued on (`FOREIGN_TAIL` would have cut the bulletin's last item)."""
    return any(_is_headline_like(prev.text) and _ITEM_LEAD.match(lead.text)
               for (_, prev), (_, lead) in zip(kept[2:], kept[3:]))


def _foreign_to_the_story(items: list[list[str]], story: str) -> bool:
    """More than half of the tail's items name a foreign country, and none names one the
    story before them names: other stories (`FOREIGN_TAIL`)."""
    before = _country_codes(story) - {"VNM"}
    foreign = [_country_codes(" ".join(item)) - {"VNM"} for item in items]
    return not any(told & before for told in foreign) and 2 * sum(bool(t) for t in foreign) > len(items)


def _tail_has_vietnamese_side(items: list[list[str]], story: str) -> bool:
    """A lone item with a Vietnamese side (a Vietnamese-looking name counting: the story's last
    sentence, its full stop lost), or a lead with one that is not a dated lead of other people
    (`_dated_lead_of_others`): the tail may be the story's own."""
    others = [len(item) == 2 and _dated_lead_of_others(item[-1], story) for item in items]
    if len(items) == 1 and not others[0] and _vietnamese_side(" ".join(items[0]), by_name=True):
        return True
    return any(len(item) == 2 and not other and _vietnamese_side(item[-1], by_name=False)
               for item, other in zip(items, others))


def _dated_lead_of_others(lead: str, story: str) -> bool:
    """A lead opening on its own day ("Sáng 10/3, tại Phnom Penh, Đại tướng X ... hội đàm với ...") whose
    Vietnamese people, named in full, are none of the story's: another story's lead under its headline,
    though it has a Vietnamese side (`FOREIGN_TAIL`); a lead naming no one in full may be the story's."""
    if not _ITEM_LEAD.match(lead):
        return False
    return _names_other_people(lead, story)


_TRUNCATION_END = PATTERNS["truncation-end"]
_TRUNCATION_INSIDE = PATTERNS["truncation-inside"]
_TEASER_STAMP_LEAD = PATTERNS["teaser-stamp-lead"]
_TEASER_STAMP_END = PATTERNS["teaser-stamp-end"]
TRUNCATION_WORDS = "lex_truncation_words.txt"  # words a sentence cannot end on: a teaser cut mid-phrase
# a list left open: this many commas among the last words before the ellipsis ("đào tạo, quân y, ...…")
OPEN_LIST_COMMAS = 2
OPEN_LIST_WORDS = 10
MIN_TEASER_CUT_WORDS = 4


def _truncated_core(line: str) -> Optional[str]:
    """The words of a teaser cut short by the page ("Tổng thống X ... vào…", a bullet, a day or time
    on it or not), before its mark; None for a line that is no such teaser: several sentences, too
    long, no capital first, or a list left open ("đào tạo, quân y, gìn giữ hòa bình…", "v.v...")."""
    text = _TEASER_STAMP_END.sub("", _TEASER_STAMP_LEAD.sub("", line.strip().lstrip(_BULLETS)))
    m = _TRUNCATION_END.search(text)
    if m is None:
        return None
    core = text[: m.start()].rstrip(", ")
    words = core.split()
    if not MIN_TEASER_CUT_WORDS <= len(words) or len(core) > MAX_HEADLINE_LEN or len(paragraph_spans(core)) > 1:
        return None  # (one sentence: "TP. Hà Nội,…" is no second one)
    first = core.lstrip(_OPENERS)[:1]
    if not (first.isupper() or first.isdigit()) or core.lower().endswith("v.v"):
        return None
    if " ".join(words[-OPEN_LIST_WORDS:]).count(",") >= OPEN_LIST_COMMAS:
        return None
    return core


def _truncated_teasers_in(text: str) -> int:
    """How many teasers cut short (`_truncated_core`) the paragraph is made of: one, several run
    together ("A vào… B khiến nhiều… C…", each part opening on a capital), or none."""
    parts, start = [], 0
    text = _TEASER_STAMP_END.sub("", text.rstrip())  # a time after the last ("khiến nhiều… 09:45")
    for m in _TRUNCATION_INSIDE.finditer(text):
        parts.append(text[start : m.end()])
        start = m.end()
    parts.append(text[start:])
    return len(parts) if all(_truncated_core(p) is not None for p in parts) else 0


def _drop_truncated_teasers(blocks: list[Block]) -> None:
    """The page's last paragraphs, teasers cut short (`_truncated_teasers_in`) with headlines between
    them or not, are other stories' (`TRUNCATED_TEASERS`): two teasers or more; or a lone line that stops
    on a word no sentence ends on (TRUNCATION_WORDS, or a comma) and names only countries the story
    never names. The headline and one paragraph always stay; a list its line above introduces (':'),
    or lines that all refer back to the story (BACK_REFERENCES) naming no country it never names, are
    the story's."""
    kept = _kept(blocks)
    k, teasers, back = _teaser_run(kept)
    if not teasers or kept[k - 1][1].text.rstrip().endswith(":"):
        return
    story = "\n\n".join(b.text for _, b in kept[:k])
    if teasers == 1 and not _lone_teaser_of_others(kept[-1][1].text, story):
        return
    tail = " ".join(b.text for _, b in kept[k:])
    if back and not _country_codes(tail) - _country_codes(story) - {"VNM"}:
        return  # every teaser referring back, no new country ("Đoàn cũng thăm ...…"): the story's last lines
    for _, b in kept[k:]:
        b.rule = TRUNCATED_TEASERS


def _teaser_run(kept: list[tuple[int, Block]]) -> tuple[int, int, bool]:
    """Where the page's closing run of teasers cut short (headlines between them or not) starts in
    `kept`, how many teasers it holds, and whether every one refers back (BACK_REFERENCES); the
    headline and one paragraph are never in it."""
    k, teasers, back = len(kept), 0, True
    while k > 2:
        text = kept[k - 1][1].text
        count = _truncated_teasers_in(text)
        if not count and not (teasers and _is_headline_like(text) and not text.rstrip().endswith(":")):
            break
        teasers, k = teasers + count, k - 1
        back = back and (not count or _words_re(BACK_REFERENCES).search(text) is not None)
    return k, teasers, back


def _lone_teaser_of_others(line: str, story: str) -> bool:
    """A lone teaser stopping mid-phrase (on TRUNCATION_WORDS or a comma) that names a foreign
    country, and none the story names: another story's, not the story's last sentence."""
    core = _truncated_core(line)
    if core is None or not (line.rstrip(" .…").endswith(",") or _words_re(TRUNCATION_WORDS).fullmatch(core.split()[-1])):
        return False
    told = _country_codes(core) - {"VNM"}
    return bool(told) and not told & _country_codes(story)


_PULL_QUOTE = PATTERNS["pull-quote-box"]


def _drop_foreign_pull_quotes(blocks: list[Block]) -> None:
    """A pull-quote box (a whole quotation, a long dash, then who said it) whose speaker's
    line names a foreign country the rest of the page never names quotes another story's
    leader (`PULL_QUOTE`); a box quoting the story's own people stays (it repeats the body)."""
    kept = _kept(blocks)
    for i, b in kept:
        m = _PULL_QUOTE.match(b.text.strip())
        if m is None:
            continue
        rest = "\n\n".join(o.text for j, o in kept if j != i)
        told = _country_codes(rest) | {"VNM"}
        if _country_codes(m.group("who")) - told:
            b.rule = PULL_QUOTE


def _drop_foreign_photo_captions(blocks: list[Block]) -> None:
    """A short caption closed by a photo credit, with no Vietnamese side, naming a foreign country
    the rest of the page never names, on a page whose other text names one other foreign country
    (a bilateral story; a multilateral one may name its members in captions only, and a page naming
    none may tell its guests' country only there), shows another story's photo (`FOREIGN_PHOTO`)."""
    kept = _kept(blocks)
    for i, b in kept[1:]:
        if len(b.text) > MAX_CAPTION_LEN or credit_start(" ".join(b.raw)) is None:  # the credit cut off above
            continue
        told = _country_codes(b.text) - {"VNM"}
        if not told or _vietnamese_side(b.text, by_name=True):
            continue
        rest = _country_codes("\n\n".join(o.text for j, o in kept if j != i)) - {"VNM"}
        if len(rest) == 1 and not told & rest:
            b.rule = FOREIGN_PHOTO


def _kept(blocks: list[Block]) -> list[tuple[int, Block]]:
    """The blocks no rule has removed yet, with their places."""
    return [(i, b) for i, b in enumerate(blocks) if not b.rule]


def _cut_last_repeatedly(cut_last: Callable[[list[Block], list[str]], bool], blocks: list[Block],
                         warnings: list[str]) -> None:
    """Items glued one after another go the same way: `cut_last` (which tells whether it cut
    the last kept paragraph) again, last first, at most MAX_BOX_HEADLINES times."""
    for _ in range(MAX_BOX_HEADLINES):
        if not cut_last(blocks, warnings):
            return


def _country_codes(text: str) -> set[str]:
    """The codes of the countries `text` names."""
    from kg.pipeline.countries import find_countries  # clean runs first; only here

    return {c.code for c in find_countries(text)}


def _side_codes(text: str, host: bool = True) -> set[str]:
    """The codes of the countries `text` names as sides (`side_countries`: no envoy's posting)."""
    from kg.pipeline.countries import side_countries  # clean runs first; only here

    return side_countries(text, host)


def _vietnamese_side(text: str, by_name: bool) -> bool:
    """Whether `text` has a Vietnamese side: Việt Nam, a Vietnamese unit, or (`by_name`) a
    Vietnamese-looking name; then it may be the story's own text, not an item glued on."""
    from kg.pipeline.countries import vietnamese_units  # clean runs first; only here

    if "VNM" in _country_codes(text) or vietnamese_units(text):
        return True
    return by_name and _names_a_vietnamese(text)


def _names_a_vietnamese(text: str) -> bool:
    """Whether a surname of lex_surnames.txt opens a capitalised name in `text` ("Đại tá Lê Văn
    Hòa hội đàm với ..."): a Vietnamese side may be there, unnamed as a country. A country's
    name opening with such a word ("Hàn Quốc", "Thái Lan") is no name, nor is the Pacific ("Thái Bình
    Dương"). A name right
    after a foreign country's name ("Bộ trưởng Quốc phòng Singapore Chan Chun Sing") is that
    country's official, however Vietnamese its first word looks; so is a surname-like word before a
    word no Vietnamese syllable is ("Ông Olaechea", "Kim Tae-woo": an honorific or a foreign name)."""
    from kg.pipeline.countries import find_countries  # clean runs first; only here
    from kg.pipeline.officials.lexicon import surnames

    words = list(re.finditer(r"\w+(?:-\w+)*", text))  # "Sung-hoon" one word: no syllable
    known = surnames()
    countries = find_countries(text)
    after_foreign = {c.end for c in countries if c.code != "VNM"}
    return any(w.group() in known and nxt.group()[:1].isupper() and is_vn_syllable(nxt.group())
               and not after_foreign & {w.start() - 1, w.start() - 2}
               and not any(c.start <= w.start() < c.end for c in countries)  # "Hàn Quốc", "Thái Lan"
               and not _OCEAN_NAME.match(text, w.start())  # "Thái Bình Dương"
               for w, nxt in zip(words, words[1:]))


_WORD_RUN = re.compile(r"[^\W\d_]+(?:[ \t]+[^\W\d_]+)*")
MIN_NAME_WORDS = 3  # fewer is often a title's first words ("Phó Tư lệnh", "Phó Chủ tịch") or a place ("Hà Nội")
MAX_NAME_WORDS = 4


def _vietnamese_names(text: str) -> set[str]:
    """The whole Vietnamese-shaped names of `text`: MIN_NAME_WORDS to MAX_NAME_WORDS capitalised words
    in a row opening with a surname of lex_surnames.txt ("Thứ trưởng Bạch Thu Hà đã ..." -> "Bạch Thu
    Hà"), not inside a country's name ("Thái Lan") nor a place of lex_name_stoplist.txt ("Hồ Chí Minh")."""
    from kg.pipeline.countries import find_countries  # clean runs first; only here
    from kg.pipeline.officials.lexicon import stop_names, surnames

    known, found = surnames(), set()
    in_country = {at for c in find_countries(text) for at in range(c.start, c.end)}  # a set: no scan per word
    for run in _WORD_RUN.finditer(text):
        words = [(w.start() + run.start(), w.group()) for w in re.finditer(r"\S+", run.group())]
        inside = 0  # words left of a name read before ("Phan Văn Giang": no "Văn Giang")
        for i, (at, word) in enumerate(words):
            if inside:
                inside -= 1
                continue
            if word not in known or at in in_country:
                continue
            name = [word]
            for _, nxt in words[i + 1 : i + MAX_NAME_WORDS]:
                if not nxt[:1].isupper():
                    break
                name.append(nxt)
            if len(name) >= MIN_NAME_WORDS and norm_key(" ".join(name)) not in stop_names():
                found.add(" ".join(name))
                inside = len(name) - 1
    return found


_BYLINE_PREFIX = PATTERNS["ranked-byline-prefix"]
_BYLINE_REST = PATTERNS["ranked-byline-rest"]
_AUTHOR_BOX_SIGN = PATTERNS["author-box-sign"]


@lru_cache(maxsize=1)
def _rank_start() -> re.Pattern[str]:
    """A rank of lex_ranks.txt and the space after it, any case, longest first."""
    ranks = sorted((row[0] for row in data_rows("lex_ranks.txt")), key=len, reverse=True)
    return re.compile("(?:" + "|".join(map(re.escape, ranks)) + r")\s+", re.IGNORECASE)


@dataclass(frozen=True)
class RankedByline:
    """A line holding only a rank and a name, maybe an outlet: "Thiếu tá X", "Đại tá Y (Báo QĐND)"."""

    name: str
    outlet: Optional[str]
    credited: bool  # opened by "Bài, ảnh:" (or "Tin:", "Thực hiện:"): a byline whatever follows


def ranked_byline(line: str) -> Optional[RankedByline]:
    """The rank-and-name line `line` is, if it is one (each word of the name capitalised)."""
    prefix = _BYLINE_PREFIX.match(line)
    rank = _rank_start().match(line, prefix.end() if prefix else 0)
    if rank is None:
        return None
    rest = _BYLINE_REST.fullmatch(line, rank.end())
    if rest is None or not all(w[:1].isupper() for w in rest.group("name").split()):
        return None
    return RankedByline(rest.group("name"), rest.group("outlet"), prefix is not None)


def signs_author_box(line: str) -> bool:
    """An outlet ("Báo Quân đội nhân dân", "QĐND"), a reporter's mark ("PV") or an e-mail, alone."""
    return _AUTHOR_BOX_SIGN.fullmatch(line) is not None or outlet_of(line) is not None


def _drop_author_boxes(blocks: list[Block]) -> None:
    """A reporter's box after the body: a rank and a name ("Thiếu tá X"), signed on that line
    or the next ones by an outlet, "PV" or an e-mail. Military papers sign with ranks; a caption
    naming an official alone ("Đại tá X") has no such sign and stays."""
    seen_chars = 0
    for i, b in enumerate(blocks):
        if b.rule:
            continue
        byline = ranked_byline(b.bare) if seen_chars >= MIN_BODY_BEFORE_FOOTER else None
        seen_chars += len(b.text)
        if byline is None:
            continue
        signs: list[Block] = []
        signed = byline.credited or (byline.outlet is not None and signs_author_box(byline.outlet))
        for later in blocks[i + 1 :]:
            if later.rule:
                # a sign that a line rule dropped already ("Nhóm PV"), or what a rule dropped between
                signed = signed or later.rule == SOURCE
                continue
            if not signs_author_box(later.bare):
                break
            signs.append(later)
        if signed or signs or _signed_by_unit(byline):
            for box_line in [b, *signs]:
                box_line.rule = AUTHOR_BOX


_AUTHOR_BOX_UNIT = PATTERNS["author-box-unit"]


def _signed_by_unit(byline: RankedByline) -> bool:
    """A rank-and-name line after the body signed by the writer's unit after a dash or in brackets
    ("Trung tá X - Đồn Biên phòng Y", "Đại úy Z (Hải đội 2)"): a military paper's correspondent, not
    an official (a caption gives a position: "Đại tá X - Chính ủy Lữ đoàn 147")."""
    return byline.outlet is not None and _AUTHOR_BOX_UNIT.fullmatch(byline.outlet.strip()) is not None


_SPACED_DASH_WORD = PATTERNS["spaced-dash-word"]
_SPACED_DASH = re.compile(r" [-–] ")


def join_spaced_name_dashes(text: str) -> str:
    """A transliterated name written with spaced dashes ("Khăm - phăn Phôm - ma - thắt") written as
    the press mostly writes it ("Khăm-phăn Phôm-ma-thắt"), so that it reads as one name. Only a
    capitalised word whose dashed syllables are all lower case is joined, and only with two dashes
    or another such word beside it: "Hà Nội - nơi hội tụ" and "Việt Nam - Lào" stay."""
    words = [m for m in _spaced_dash_words(text) if _is_dashed_name_word(m.group())]
    joined = set()
    for k, m in enumerate(words):
        beside = (k > 0 and words[k - 1].end() + 1 == m.start()) or (
            k + 1 < len(words) and m.end() + 1 == words[k + 1].start())
        if beside or len(_SPACED_DASH.findall(m.group())) >= 2:
            joined.add(k)
    if not joined:
        return text
    out: list[str] = []
    at = 0
    for k in sorted(joined):
        m = words[k]
        out += [text[at : m.start()], _SPACED_DASH.sub("-", m.group())]
        at = m.end()
    return "".join(out) + text[at:]


def _spaced_dash_words(text: str) -> list[re.Match[str]]:
    """`spaced-dash-word` matches, tried only at the word before each spaced dash (a page has few;
    a scan of every word would cost more than the rest of cleaning)."""
    found: list[re.Match[str]] = []
    for dash in _SPACED_DASH.finditer(text):
        if found and dash.start() < found[-1].end():
            continue
        start = dash.start()
        while start > 0 and _is_word_char(text[start - 1]):
            start -= 1
        m = _SPACED_DASH_WORD.match(text, start)
        if m is not None and m.end() > dash.start():
            found.append(m)
    return found


def _is_word_char(ch: str) -> bool:
    return ch.isalnum() or ch == "_"


def _is_dashed_name_word(word: str) -> bool:
    first, *syllables = _SPACED_DASH.split(word)
    return first[:1].isupper() and all(s[:1].islower() for s in syllables)


def _drop_trailing_run(blocks: list[Block]) -> None:
    """The trailing run: author's name, "Theo ...", agency, a byline ("Thiếu tá X (ghi)")."""
    kept = [b for b in blocks if not b.rule]
    tail = _rules().tail
    for b in reversed(kept[1:]):
        if _is_name_line(b.bare) or tail.fullmatch(b.bare) or is_byline(b.bare, b.key):
            b.rule = BYLINE
        else:
            break


def _drop_repeats(blocks: list[Block], title_key: str) -> None:
    """The title again (but in first place), and any line seen twice but the first copy of a long
    paragraph, of a lead or of a caption that says something (none of a related story's teaser)."""
    counts = Counter(b.key for b in blocks)
    first_seen: set[str] = set()
    teasers: set[str] = set()
    for i, b in enumerate(blocks):
        k = b.key
        if counts[k] == 1 and k != title_key:
            continue  # nothing to drop, and `first_seen` is only asked about repeated keys
        if i > 0 and k == title_key:
            b.rule = b.rule or TITLE_AGAIN
        elif counts[k] > 1 and not (i == 0 and k == title_key):
            _drop_a_repeat(blocks, i, counts, title_key, first_seen, teasers)
        first_seen.add(k)


def _drop_a_repeat(blocks: list[Block], i: int, counts: Counter[str], title_key: str,
                   first_seen: set[str], teasers: set[str]) -> None:
    """Block `i`, whose line the page prints more than once: a related story's teaser goes in every
    copy; a long paragraph, a lead or a caption that says something keeps its first copy."""
    b, k = blocks[i], blocks[i].key
    short = len(b.text) <= MAX_CAPTION_LEN
    tells_day = _tells_its_day(b.text)
    caption = short and not tells_day and _tells_as_caption(b)
    if (tells_day or caption) and k not in first_seen and _teaser_of_repeated_headline(blocks, i, counts, title_key):
        teasers.add(k)
    if k in teasers:
        b.rule = b.rule or RELATED_TEASER
    elif k in first_seen or not (tells_day or caption or not short):
        # a long paragraph's, a lead's or a caption's first copy stays
        b.rule = b.rule or (REPEATED_LEAD if tells_day else CAPTION_TWICE if caption else REPEATED)


def _teaser_of_repeated_headline(blocks: list[Block], at: int, counts: Counter[str], title_key: str) -> bool:
    """The line at `at`, seen twice, right under a headline also seen twice that is not the page's title:
    a related story's headline and teaser, printed in two boxes. (The title printed again above a photo
    introduces its caption.)"""
    if at == 0 or len(blocks[at].text) > MAX_CAPTION_LEN:
        return False
    above = blocks[at - 1]
    return above.key != title_key and counts[above.key] > 1 and _is_headline_like(above.text)


def _tells_as_caption(b: Block) -> bool:
    """A caption printed twice (under its photo and as its alt text) that says something, as a caption seen
    once does: a photo credit was cut from it, or it is a sentence of MIN_CAPTION_WORDS words or more
    closed by its full stop ("Hai bên ký kết biên bản ghi nhớ."). Menus, related-news titles and headlines
    told twice close no sentence. One naming a year (a file photo of an earlier happening) or marked as an
    illustration ("Ảnh minh họa") shows nothing of the story: both copies go."""
    printed = " ".join(b.raw)  # with its credit, if one was cut
    if _NOT_THE_STORY.search(printed):  # a file photo ("... hồi tháng 9/2017.") or an illustration's
        return False
    if credit_start(printed) is not None:  # its credit was cut (`_credit_rule`)
        return True
    return _ends_sentence(b.text) and len(b.text.split()) >= MIN_CAPTION_WORDS


def _tells_its_day(line: str) -> bool:
    """A sentence opening on its day ("Sáng 8/6, tại ..., hai bên đã ...."): the lead told
    again in the body, not a caption; its first copy is news."""
    return line[-1:] in ".!?…" and _LEAD_DATE.match(line) is not None


def drop_repeated_sentences(blocks: list[Block]) -> None:
    """A short line equal to one sentence of a longer paragraph is its photo caption."""
    short = {b.key for b in blocks if not b.rule and len(b.text) <= MAX_CAPTION_LEN}
    if not short:
        return
    short_sizes = {len(k) for k in short}
    inside: set[str] = set()
    for b in blocks:
        # a sentence's key is a substring of the block's case-folded text
        # (case folding maps characters one by one), so a block holding no
        # short key anywhere need not be split into sentences at all
        # (a short block holds its own key: only a long one is worth the test)
        if not b.rule and (len(b.text) <= MAX_CAPTION_LEN or any(k in b.folded for k in short)):
            inside |= _short_sentences(b, short, short_sizes)
    for b in blocks:
        if not b.rule and len(b.text) <= MAX_CAPTION_LEN and b.key in inside:
            b.rule = CAPTION_OF_BODY


def _short_sentences(b: Block, short: set[str], short_sizes: set[int]) -> set[str]:
    """The keys in `short` of the sentences of block `b`, when it has several."""
    text, folded = b.text, b.folded
    spans = paragraph_spans(text)  # a block is one line: one paragraph
    if len(spans) < 2:
        return set()
    if len(folded) != len(text):
        return {k for k in (collapsed_key(text[s:e]) for s, e in spans) if k in short}
    # each character folded to one: a sentence's key is cut from `folded`,
    # once its length shows it can be a short one
    found = set()
    for start, end in spans:
        start, end = _bare_span(text, start, end)
        if end - start in short_sizes and folded[start:end] in short:
            found.add(folded[start:end])
    return found


def _bare_span(text: str, start: int, end: int) -> tuple[int, int]:
    """Where `text[start:end].strip(_DECOR)` is in `text`."""
    while start < end and text[start] in _DECOR:
        start += 1
    while end > start and text[end - 1] in _DECOR:
        end -= 1
    return start, end


def _drop_headline_runs(kept: list[Block]) -> None:
    run: list[Block] = []

    def flush() -> None:
        if len(run) >= MIN_HEADLINE_RUN:
            for r in run:
                r.rule = HEADLINES
        run.clear()

    prev: Optional[Block] = None
    for b in kept:
        if _is_headline_like(b.text) and not (prev is not None and prev.text.endswith(":")):
            run.append(b)
        else:
            flush()
        prev = b
    flush()


# ----------------------------------------------------------------- sentences

# a run of marks is tried once, from its start; or a full stop glued between two words
_BOUNDARY = re.compile(f'{PATTERNS["sentence-boundary"].pattern}|{PATTERNS["glued-stop"].pattern}')
GLUED_STOP = rule("clean.glued-stop", "a full stop with no space after, between a lower-case word and a "
                  "capitalised one ('song phương.Thứ trưởng'), ends a sentence; not in an address, a number, "
                  "an abbreviation ('Ths.Nguyễn') nor a run of capitals ('TP.HCM')")
_ADDRESS_MARKS = "./@:_"
_OPENERS = "\"'“‘«(["


def _is_abbreviation(para: str, dot: int) -> bool:
    """Is the period at `dot` the end of an abbreviation or an initial ("TP.", "v.v.", "A.")?"""
    start = dot
    while start > 0 and not para[start - 1].isspace() and para[start - 1] not in _OPENERS:
        start -= 1
    word = para[start:dot]
    if not word:
        return False
    if len(word) == 1 and word.isalpha() and word.isupper():
        return True
    if _NAME_INITIALS.fullmatch(word) and _TITLE_BEFORE_INITIALS.search(para, max(0, start - 12), start):
        return True  # "Thượng tướng V.A. Gorelov": the initials of a name after a rank or title
    return word.casefold() in _rules().abbreviations


_NAME_INITIALS = PATTERNS["name-initials"]
_TITLE_BEFORE_INITIALS = PATTERNS["title-before-initials"]
_QUOTE = PATTERNS["quote"]
_NON_SPACE = re.compile(r"\S")


@lru_cache(maxsize=2048)
def paragraph_spans(para: str) -> tuple[tuple[int, int], ...]:
    """(start, end) of each sentence of one paragraph, relative to it.

    Cached by text: cleaning splits every block to find captions, and the
    `sentences` component then splits the same paragraphs again.
    """
    out: list[tuple[int, int]] = []
    start = 0
    depth, straight = 0, False
    last_curly = para.rfind("”")
    last_straight = para.rfind('"')
    # Quotation state only matters when a closing quote exists; its marks are
    # read from one regex scan rather than character by character.
    quotes = (
        [(q.start(), q.group()) for q in _QUOTE.finditer(para)]
        if last_curly >= 0 or last_straight >= 0
        else []
    )
    qi, nq = 0, len(quotes)
    n = len(para)
    for m in _BOUNDARY.finditer(para):
        end = m.end()
        if not _opens_sentence(para, m):
            continue
        while qi < nq and quotes[qi][0] < end:
            ch = quotes[qi][1]
            if ch == "“":
                depth += 1
            elif ch == "”":
                depth = max(0, depth - 1)
            else:
                straight = not straight
            qi += 1
        if (depth > 0 and last_curly >= end) or (straight and last_straight >= end):
            continue  # inside a quotation that closes later in the paragraph
        out.extend(_span(para, start, end))
        start = end
        depth, straight = 0, False
    out.extend(_span(para, start, n))
    return tuple(out)


def _glued_stop_ends(para: str, dot: int) -> bool:
    """ "song phương.Thứ trưởng": two lower-case letters before the stop, a capital and a lower-case
    letter after it, the word before no abbreviation and neither word part of an address
    ("baoquocte.vn", "qdnd.vn/Tin", "a@b.Com") (`GLUED_STOP`)."""
    if dot + 2 >= len(para) or not (para[dot - 2 : dot].islower() and para[dot - 2 : dot].isalpha()):
        return False
    if not (para[dot + 1].isupper() and para[dot + 2].islower()):
        return False
    if not _word_before_is_plain(para, dot) or not _word_after_is_plain(para, dot + 1):
        return False
    return not _is_abbreviation(para, dot)


def _word_before_is_plain(para: str, dot: int) -> bool:
    """No address mark nor digit in the word ending at `dot`. Read back from the stop, never
    by copying the paragraph: a huge paragraph of glued stops stays linear (each scan ends at
    the previous stop, itself a mark)."""
    i = dot - 1
    while i >= 0 and not para[i].isspace():
        if para[i] in _ADDRESS_MARKS or para[i].isdigit():
            return False
        i -= 1
    return True


_WORD_CLOSERS = ".,;:!?)\"'”’»"


def _word_after_is_plain(para: str, start: int) -> bool:
    """No address mark in the word starting at `start`, the punctuation closing it aside
    (read forward, never by copying the paragraph: see `_word_before_is_plain`)."""
    n = len(para)
    i = start
    while i < n and not para[i].isspace():
        if para[i] in _ADDRESS_MARKS:
            if para[i] not in _WORD_CLOSERS:
                return False
            j = i
            while j < n and para[j] in _WORD_CLOSERS:
                j += 1
            return j >= n or para[j].isspace()  # only closing punctuation left: the word is plain
        i += 1
    return True


def _opens_sentence(para: str, m: re.Match[str]) -> bool:
    """Whether a new sentence starts after the mark `m`: a capital, a digit or an
    opening quote follows, and the mark ends no abbreviation ("TP.", "v.v.")."""
    n = len(para)
    end = m.end()  # a blank follows, and most often a single one
    if end < n and not para[end].isspace():
        return _glued_stop_ends(para, m.start())
    i = end + 1
    if i >= n or para[i].isspace():
        first = _NON_SPACE.search(para, end)
        if first is None:
            return False  # nothing but blanks after: the paragraph's own end
        i = first.start()
    j = i
    while j < n and para[j] in _OPENERS:
        j += 1
    nxt = para[j : j + 1]
    if not (nxt.isupper() or nxt.isdigit() or para[i] in _OPENERS):
        return False
    mark = m.group()
    return not (mark[0] == "." and len(mark.rstrip(_CLOSERS)) == 1 and _is_abbreviation(para, m.start()))


# The longest sentence a reader gets: real ones stay under ~1,000 characters; a
# longer run without a full stop (a list, a table flattened, hostile input) is cut
# at clause breaks, so that the work done for each trigger in a sentence stays bounded.
MAX_SENTENCE = 1500


def _span(para: str, start: int, end: int) -> list[tuple[int, int]]:
    chunk = para[start:end]
    stripped = chunk.lstrip()
    lead = len(chunk) - len(stripped)
    size = len(stripped.rstrip())
    if not size:
        return []
    s = start + lead
    if size <= MAX_SENTENCE:
        return [(s, s + size)]
    return _cut_long(para, s, s + size)


def _cut_long(para: str, start: int, end: int) -> list[tuple[int, int]]:
    """A run longer than `MAX_SENTENCE` in pieces no longer, each ended by the last
    clause break (";", ",") in its second half, else the last blank, else cut."""
    out: list[tuple[int, int]] = []
    while end - start > MAX_SENTENCE:
        limit = start + MAX_SENTENCE
        half = start + MAX_SENTENCE // 2
        clause = max(para.rfind("; ", half, limit), para.rfind(", ", half, limit))
        cut = clause + 1 if clause >= 0 else para.rfind(" ", half, limit)
        cut = cut if cut > start else limit
        out.extend(_span(para, start, cut))
        start = cut
        while start < end and para[start].isspace():
            start += 1
    out.extend(_span(para, start, end) if end > start else [])
    return out


def _split_paragraph(para: str, offset: int) -> list[Sentence]:
    return [Sentence(para[s:e], offset + s, offset + e) for s, e in paragraph_spans(para)]


def split_sentences(text: str) -> list[Sentence]:
    """Sentences with offsets into `text` (`text[s.start:s.end] == s.text`).

    Paragraph (newline) breaks always end a sentence; inside a paragraph a
    sentence ends at . ! ? … followed by a space and a capital, digit or
    quote, except after an abbreviation or initial and inside a quotation
    that goes on. "TP.HCM", "2.000", "22.11.2023" have no space after the
    period and never split.
    """
    out: list[Sentence] = []
    pos = 0
    for line in text.split("\n"):
        if line:
            out.extend(_split_paragraph(line, pos))
        pos += len(line) + 1
    return out


# ----------------------------------------------------------------- the source a page credits

# A credit line names where the story came from: the page's own address, "Theo qdnd.vn",
# "(Nguồn: VOV)", "Minh Phương (Theo Báo Quân đội nhân dân)", or an outlet on a line of its own
# ("VnExpress", "(TTXVN/Vietnam+)") or after a byline ("Hoàng Linh/VOV.VN"). A byline alone names a
# person, not a source.
CREDIT_URL = PATTERNS["credit-url"]
CREDIT_NAMED = PATTERNS["credit-named"]
CREDIT_RULES = (SOURCE, BYLINE, AUTHOR_BOX)
_OUTLETS = "news_outlets.txt"


@lru_cache(maxsize=1)
def news_outlets() -> frozenset[str]:
    return frozenset(row[0].casefold() for row in data_rows(_OUTLETS))


def outlet_of(line: str) -> Optional[str]:
    """The outlet a line names on its own, or after a byline's slash; None if it names none."""
    bare = line.strip().strip("().").strip()
    for candidate in (bare, bare.rpartition("/")[2].strip()):
        if candidate and candidate.casefold() in news_outlets():
            return candidate
    return None


def credited_source(removed: list[RemovedLine]) -> Optional[str]:
    """The source a page credits in the lines cleaning dropped: its address (as printed), else the
    outlet of "Theo X" / "Nguồn: X", else an outlet named alone; None when it credits none."""
    lines = [r.text.strip() for r in removed if r.rule in CREDIT_RULES]
    for line in lines:
        if CREDIT_URL.fullmatch(line):
            return line if "://" in line else "https://" + line
    for line in lines:
        match = CREDIT_NAMED.search(line)
        if match:
            return match.group("name").strip()
    return next((o for o in map(outlet_of, lines) if o), None)


# ----------------------------------------------------------------- components


@component("clean", requires=["article"], assigns=["text", "removed", "removed_lines", "warnings"])
def clean(doc: Doc) -> Doc:
    """Keep the article body; drop page furniture, credits, related news and glued stories."""
    cleaned = clean_page(doc.article.text, title=doc.article.title)
    doc.text = cleaned.text
    doc.removed_lines = cleaned.removed
    doc.removed = [r.text for r in cleaned.removed]
    doc.warnings.extend(cleaned.warnings)
    return doc


@component("sentences", requires=["text"], assigns=["sentences"])
def sentences(doc: Doc) -> Doc:
    """Split the cleaned body into sentences with character offsets."""
    doc.sentences = split_sentences(doc.text)
    return doc
