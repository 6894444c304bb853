"""Person names in running text: where a name may start and end.

A name is the end of a run of capitalised words ("Đại tướng Phan Văn Giang"
-> "Phan Văn Giang"; "Bộ trưởng Quốc phòng Hoa Kỳ Lloyd Austin" -> "Lloyd
Austin"): a Vietnamese name opens with a surname of `lex_surnames.txt`, a
foreign one is the run of words not shaped like Vietnamese syllables. Whether
a candidate is an official is decided by what stands around it
(`kg.pipeline.officials.mentions`); here only the shape of the words counts.

Speed matters (every capitalised word of every article passes here), so the
text is cut into *chains* of capitalised words by one regex and each chain is
read once, with results cached by chain text: chains recur across articles.
"""

from __future__ import annotations

import bisect
import operator
import re
from dataclasses import dataclass
from functools import lru_cache
from itertools import accumulate, repeat
from typing import Iterator, Optional, Sequence

from kg.model import Doc, Sentence
from kg.pipeline.common import WORD_RE, DocIndex, doc_index, fold_marks, is_vn_syllable, load_lines, norm_key
from kg.pipeline.officials.lexicon import (PATTERNS, body_openers, head_start_re, highland_surnames, honorific_re,
                                          lead_honorifics, name_styles, particles, rank_before, rank_re, stop_names, surnames,
                                          syllable_name_countries, title_before_re, title_honorifics,
                                          vietnamese_middle_names)
from kg.pipeline.rules import rule


@dataclass(frozen=True)
class NameCandidate:
    """Where a person's name may stand: [start, end) in sentence `sentence`."""

    start: int
    end: int
    foreign: bool  # not shaped like a Vietnamese name
    sentence: int
    one_syllable: bool = False  # one Vietnamese-shaped word right after a rank ("Trung tá Xổm")


def name_candidates(doc: Doc) -> list[NameCandidate]:
    """Every place in the doc where a run of capitalised words ends in a name, in order."""
    idx = doc_index(doc)
    text = doc.text
    chains, starts = _chains(text)
    sentence_of = {id(s): i for i, s in enumerate(idx.sentences)}
    # (a page naming no country whose people the press writes in syllables reads no run as such a name)
    syllable_names = not syllable_name_countries().isdisjoint(idx.foreign_countries())
    out: list[NameCandidate] = []
    for sent, c_start, runs in _sentence_name_runs(text, idx.sentences, chains, starts):
        for words, run, whole in runs:
            found = _name_in_run(words, run, whole, c_start, idx)
            titled = _titled_run(text, words, run, c_start, idx)
            if found is None and titled is None and syllable_names:
                found = _titled_lao_or_khmer_name(text, words, run, c_start, idx)
            if found is None or (titled is not None and titled[0] < found[0] and titled[1] == found[1]
                                 and (not found[2] or " " not in text[found[0] : found[1]])):
                # "Trung tướng Mươn Sa Mon": the whole short run after the rank, not the
                # Vietnamese-looking name its last words make ("Sa Mon"); "Thiếu tướng Hem Bô
                # Na Rel": not the one foreign-looking word that ends it ("Rel")
                found = titled
            if found:
                out.append(NameCandidate(found[0], found[1], found[2], sentence_of[id(sent)]))
    lone = list(_ranked_one_syllables(text, idx, chains, starts))
    lone += _ranked_capitals_names(text, idx)
    return sorted(out + lone, key=lambda c: c.start) if lone else out


_CAPS_NAME_WORD = PATTERNS["capitals-name-word"]
_CAPS_WORDS_GATE = PATTERNS["capitals-words-gate"]
_CAPS_NAME_MAX = 4  # words; a fifth in capitals is a line or a heading in capitals, not a name


def _ranked_capitals_names(text: str, idx: DocIndex) -> list[NameCandidate]:
    """A name written wholly in capitals right after a rank written in ordinary case, two to four
    words a space or a hyphen apart ("Chuẩn Đô đốc KIM MIN - SOO làm Trưởng đoàn"): capitalised
    words are how names are found, and a word in capitals breaks a run (an acronym, "NATO").
    Foreign names only: a Vietnamese one so set after a rank is an author's byline. Not after a
    rank in capitals (a line in capitals: `capitals.recase` reads it), nor a run of more words in
    capitals, nor one holding a word that is no syllable of a name ("QNCN")."""
    if _CAPS_WORDS_GATE.search(text) is None:
        return []
    out: list[NameCandidate] = []
    for rank in rank_re().finditer(text):
        if rank.group().isupper():
            continue
        start, pos = rank.end() + 1, rank.end()
        words: list[str] = []
        if not text.startswith(" ", pos):
            continue
        while len(words) <= _CAPS_NAME_MAX and (w := _CAPS_NAME_WORD.match(text, pos)) and w.group(1).isupper():
            words.append(w.group(1).title())
            pos = w.end()
        if not 2 <= len(words) <= _CAPS_NAME_MAX or not all(map(_name_syllable, words)):
            continue
        sent = idx.sentence_at(start)
        if idx.country_overlaps(start, pos) or not idx.sentences or not (
                idx.sentences[sent].start <= start and pos <= idx.sentences[sent].end):
            continue
        if words[0] in surnames() and all(map(is_vn_syllable, words)):
            continue  # "Đại tá NGUYỄN VĂN A, Cục Đối ngoại": a Vietnamese name so set is an author's byline
        out.append(NameCandidate(start, pos, True, sent))
    return out


def _name_syllable(word: str) -> bool:
    """A word that may be a syllable of a name: a Vietnamese syllable or, with a vowel, a foreign one."""
    return is_vn_syllable(word) or any(c in "AEIOUYaeiouy" for c in fold_marks(word))


def _ranked_one_syllables(text: str, idx: DocIndex, chains: list[str], starts: list[int]) -> Iterator[NameCandidate]:
    """One Vietnamese-shaped capitalised word alone right after a rank ("Trung tá Xổm, Phó Chỉ
    huy trưởng ...", "Đại tá Phăn"): a Lao or Khmer name of one syllable may stand there; whether
    it is one (the clause around it, a foreign side) is judged with the mentions. Not a word
    opening a title or a body ("Đại tá Quân đội ...")."""
    for chain, start in zip(chains, starts):
        if " " in chain or start < 3 or text[start - 1] != " " or is_foreign_token(chain) or is_title_word(chain):
            continue
        if text[start - 3 : start - 1] not in _rank_ends() or rank_before(text, max(0, start - 30), start) is None:
            continue
        sent = idx.sentence_at(start)
        if idx.sentences and idx.sentences[sent].start <= start and start + len(chain) <= idx.sentences[sent].end:
            yield NameCandidate(start, start + len(chain), False, sent, one_syllable=True)


@lru_cache(maxsize=1)
def _rank_ends() -> frozenset[str]:
    """The last two letters of the ranks of lex_ranks.txt ("tá", "ng", "ốc"): a cheap test first."""
    return frozenset(r[-2:] for r in load_lines("lex_ranks.txt"))


def _titled_run(text: str, words: tuple[str, ...], run: "_RunWords", start: int, idx: DocIndex) -> Optional[tuple[int, int, bool]]:
    """A short run right after a rank or an honorific is a name, whatever the shape
    of its words: "Đại tướng Tia Banh", "ông Sà Rinh" (Khmer or Lao names written
    with Vietnamese syllables and no Vietnamese surname). (start, end, foreign?)."""
    if len(words) < 2:
        return None
    lo = start + run[0][1]
    before = text[max(0, lo - 30) : lo]
    if rank_before(before, 0, len(before)) is None and honorific_re().search(before) is None:
        return None
    first = 0
    for i, (_, a, b) in enumerate(run):
        if idx.country_covering(start + a, start + b) is not None:
            first = i + 1
    names = words[first:]
    # Lao names run to four syllables ("Đại tá Sổm Phôn Khăm Phăn"), to five when the first
    # is no Vietnamese surname ("Trung tá Phăn Sỷ Sòn My Say"; a Vietnamese name has four at most)
    longest = 4 if names and names[0] in surnames() else 5
    if longest == 4 and len(names) == 5 and _syllable_name_closed_by_title(text, names, start + run[-1][2], idx):
        longest = 5  # "Trung tá Vi Phon Sa Vẳn Thong, Phó Chỉ huy trưởng ..." (`LAO_NAME_OF_A_VN_SURNAME`)
    if longest == 5 and _title_after_comma(text, start + run[-1][2]):
        # "đồng chí Phông Sa Vẳn Sít Thạ Vông, Bí thư, Tỉnh trưởng ...", "Đại tá Khăm Hon Thoong
        # Seo Co Vị Văn, Phó tham mưu trưởng ...": a title closes the name
        longest = _LAO_NAME_MAX
    if not 2 <= len(names) <= longest or any(_opens_title(names, i) for i in range(len(names))):
        return None
    # five syllables make no Vietnamese name, nor does a foreign-looking word ("đại tá Francisco
    # Luis A Laput": a Western name with a bare initial): the person is foreign, his country from the context
    foreign = len(names) > 4 or (names[0] not in surnames() and any(map(is_foreign_token, names)))
    return (start + run[first][1], start + run[-1][2], foreign)


def _titled_lao_or_khmer_name(
    text: str, words: tuple[str, ...], run: "_RunWords", start: int, idx: DocIndex
) -> Optional[tuple[int, int, bool]]:
    """Two or three Vietnamese syllables opening with no Vietnamese surname, the whole run, right
    after a title ("Chủ tịch Hun Sen", "Phó Thủ tướng Men Sam An"): a Khmer or Lao name as the press
    writes it, read whole as after a country's name ("Thủ tướng Campuchia Hun Sen"); its country
    comes from the context. Only on a page naming a country whose people the press writes so
    (`syllable_name_countries`: "Chủ tịch Hội Việt - Mỹ" is a body). Not a run opening a title or
    a body (`body_openers`: "Chỉ huy trưởng Đội Hỗ trợ ..."), nor one holding a country."""
    if not 2 <= len(words) <= 3 or words[0] in surnames() or not all(map(is_vn_syllable, words)):
        return None
    if words[0].casefold() in body_openers() or any(w.casefold() in _title_words() for w in words):
        return None  # "Chủ tịch Hội Cựu chiến binh": a body
    if syllable_name_countries().isdisjoint(idx.foreign_countries()):
        return None
    lo, hi = start + run[0][1], start + run[-1][2]
    if idx.country_overlaps(lo, hi) or title_before_re().search(text, max(0, lo - 30), lo) is None:
        return None
    return (lo, hi, True)


LAO_NAME_OF_A_VN_SURNAME = rule("official.lao-name-of-a-vn-surname", "five Vietnamese-shaped syllables after a rank, "
                                "the first also a Vietnamese surname, closed by ', Title', on a page naming Laos or "
                                "Cambodia ('Trung tá Vi Phon Sa Vẳn Thong, Phó Chỉ huy trưởng ...'): a Lao or Khmer name")


def _syllable_name_closed_by_title(text: str, names: tuple[str, ...], end: int, idx: DocIndex) -> bool:
    """Five Vietnamese-shaped syllables after a rank, the first also a Vietnamese surname ("Vi", "Phan"), closed by
    a comma and a title, on a page naming Laos or Cambodia: a Lao or Khmer name written in syllables ("Trung tá Vi
    Phon Sa Vẳn Thong, Phó Chỉ huy trưởng ...", the press's "Vi-lay Lạ-khăm-phong" without its hyphens); a Vietnamese
    name has four syllables at most."""
    if names[1] in vietnamese_middle_names() or not all(map(is_vn_syllable, names)):
        return False  # ("Nguyễn Văn Minh Hoàng Anh": a Vietnamese name, however long)
    return _title_after_comma(text, end) and not syllable_name_countries().isdisjoint(idx.foreign_countries())


def _title_after_comma(text: str, end: int) -> bool:
    """A comma and a title right after the name ("..., Bí thư Tỉnh ủy")."""
    return text.startswith(", ", end) and head_start_re().match(text, end + 2) is not None


@dataclass(slots=True)  # built for every capitalised word: slots make that cheaper
class Token:
    text: str
    start: int
    end: int


def capitalised_runs(text: str, offset: int = 0) -> list[list[Token]]:
    """Maximal runs of capitalised words separated by single spaces.

    Lower-case name particles ("di", "van") stay inside a run when a
    capitalised word follows them. Token offsets are shifted by `offset`.

    Tokens are those of `WORD_RE.finditer(text)`. One regex search finds each
    *chain* -- upper-case-initial words joined by single spaces, with at most
    two particles between two of them -- so the regex engine, not Python,
    walks the text; Python only replays the word-by-word rules on the few
    words of a chain (an all-caps word such as "NATO" breaks a run but not a
    chain). A chain that cannot be extended is always followed by a word
    that closes the run, so replaying chains alone is exact."""
    chains, starts = _chains(text, offset)
    return [
        [Token(w, start + a, start + b) for w, a, b in run]
        for chain, start in zip(chains, starts)
        for run in _chain_runs(chain)
    ]


def _chains(text: str, offset: int = 0) -> tuple[list[str], list[int]]:
    """The chains of `text` (see `capitalised_runs`) in order, and their starts (+ `offset`).

    One `split` cuts the text into chains and what lies between them, so the
    offsets are running sums of lengths. A chain right after a hyphen or an
    apostrophe may start inside a word; a text with one is walked chain by
    chain instead (`_chains_stepwise`)."""
    parts = _chain_re().split(text)  # [between, chain, between, chain, ..., between]
    if any(map(str.endswith, parts[0:-1:2], repeat(_JOINER_ENDS))):
        return _chains_stepwise(text, offset)
    bounds = list(accumulate(map(len, parts), initial=offset))
    return parts[1::2], bounds[1:-1:2]


def _chains_stepwise(text: str, offset: int = 0) -> tuple[list[str], list[int]]:
    """`_chains`, checking at each chain whether it starts a word."""
    chains: list[str] = []
    starts: list[int] = []
    chain = _chain_re()
    pos = 0
    n = len(text)
    while pos < n:
        for c in chain.finditer(text, pos):
            p = c.start()
            if p >= 2 and text[p - 1] in _JOINERS and _is_letter(text[p - 2]):
                break  # p may sit inside a hyphenated / apostrophe word
            chains.append(c.group())
            starts.append(p + offset)
            pos = c.end()
        else:
            return chains, starts
        # step word by word to learn whether p starts a word
        m = WORD_RE.search(text, pos)
        while m is not None and m.end() <= p:
            m = WORD_RE.search(text, m.end())
        if m is None or m.start() != p:
            pos = m.end() if m is not None else n
            continue
        word_chain = chain.match(text, p)
        if word_chain is None:  # cannot happen: p starts an upper-case word
            pos = p + 1
            continue
        chains.append(word_chain.group())
        starts.append(p + offset)
        pos = word_chain.end()
    return chains, starts


_RunWords = tuple[tuple[str, int, int], ...]  # (word, start, end), offsets relative to the chain


@lru_cache(maxsize=65536)
def _chain_runs(chain: str) -> tuple[_RunWords, ...]:
    """The runs of one chain, offsets relative to it; cached, as chains recur
    across articles (names, "Việt Nam", "Bộ Quốc phòng", sentence openers)."""
    particle_words = particles()
    words = chain.split(" ")
    runs: list[_RunWords] = []
    cur: list[tuple[str, int, int]] = []
    s = 0
    for i, w in enumerate(words + [""]):  # the empty sentinel closes the last run
        e = s + len(w)
        cap = w[:1].isupper() and (len(w) == 1 or not w.isupper() or _is_initial(w))
        if cap or (w in particle_words and cur and _name_word_follows(words, i + 1, particle_words)):
            cur.append((w, s, e))
        elif cur:
            while cur and (cur[-1][0] in particle_words or _is_initial(cur[-1][0])):  # nor ends with these
                cur.pop()
            if cur:
                runs.append(tuple(cur))
            cur = []
        s = e + 1
    return tuple(runs)


def _name_word_follows(words: list[str], j: int, particle_words: frozenset[str]) -> bool:
    """The next word is capitalised, or a second particle before one ("van der Meulen")."""
    if j < len(words) and words[j][:1].isupper():
        return True
    return j + 1 < len(words) and words[j] in particle_words and words[j + 1][:1].isupper()


def _is_initial(word: str) -> bool:
    """ "W." of "Frederick W. Lawson" ("Ma." of "Jose Ma. Ambrosio"): the chain regex lets it
    in only between two words."""
    return (len(word) == 2 and word[1] == ".") or word == "Ma."


def _sentence_name_runs(
    text: str, sentences: list[Sentence], chains: list[str], starts: list[int]
) -> Iterator[tuple[Sentence, int, tuple[_NameRun, ...]]]:
    """(sentence, chain start, `_name_runs(chain)`) of each chain that may hold
    a name, sentence by sentence, for the chains of
    `_chains(text[s.start:s.end], s.start)`; `chains` and `starts` are
    `_chains(text)`.

    A sentence whose first and last characters border on no word character
    ("word" as `WORD_RE` cuts it) and that no chain crosses has the chains of
    the whole text lying inside it: cutting the text there changes neither
    the words nor where a chain may start (the chain regex looks behind only
    at the character before a word) nor where it ends (the chain regex has
    no lookahead). Any other sentence is scanned on its own."""
    runs = list(map(_name_runs, chains))
    ends = list(map(operator.add, starts, map(len, chains)))
    n = len(text)
    for sent in sentences:
        lo, hi = sent.start, sent.end
        i = bisect.bisect_left(starts, lo)
        j = bisect.bisect_left(starts, hi, i)
        if (
            (lo == 0 or not _is_word_char(text[lo - 1]))
            and (hi >= n or not _is_word_char(text[hi]))
            and (i == 0 or ends[i - 1] <= lo)
            and (j == 0 or ends[j - 1] <= hi)
        ):
            for k in range(i, j):
                if runs[k]:
                    yield sent, starts[k], runs[k]
        else:
            for chain, start in zip(*_chains(text[lo:hi], lo)):
                if _name_runs(chain):
                    yield sent, start, _name_runs(chain)


@lru_cache(maxsize=1)
def _chain_re() -> re.Pattern[str]:
    """Upper-case-initial words (as `WORD_RE` cuts them) joined by single
    spaces, optionally with one or two name particles between two of them.

    Opens with a character class of the BMP letters `str.isupper` accepts, so
    the regex engine skips lower-case text in C. Every letter outside the BMP
    is let in too: listing those ranges exactly would make `re` drop its
    bitmap and test each character against hundreds of ranges (6x slower),
    and a longer chain is harmless since `capitalised_runs` replays the exact rules on it."""
    uppers = [ch for ch in map(chr, range(0x10000)) if ch.isupper() and _LETTER_RE.match(ch)]
    ranges: list[list[int]] = []
    for ch in uppers:
        if ranges and ranges[-1][1] == ord(ch) - 1:
            ranges[-1][1] = ord(ch)
        else:
            ranges.append([ord(ch), ord(ch)])
    cls = "".join(f"\\U{a:08x}" + (f"-\\U{b:08x}" if b > a else "") for a, b in ranges)
    first = f"[{cls}\\U00010000-\\U0010ffff](?<=[^\\W\\d_])"
    rest = r"[^\W\d_]*(?:[-‐][^\W\d_]+)*(?:['’][^\W\d_]+)?"
    parts = sorted(particles(), key=len, reverse=True)
    if not all(WORD_RE.fullmatch(x) for x in parts):
        raise ValueError("lex_name_particles.txt: a name particle must be a single word")
    part = "(?:" + "|".join(re.escape(x) for x in parts) + ") "
    # one group around it all, so that `split` keeps the chains; middle initials
    # ("Frederick W. Lawson", "George H. W. Bush") sit between two words
    return re.compile(f"({first}(?<![^\\W\\d_].){rest}(?: (?:{part}(?:{part})?|{_INITIAL} (?:{_INITIAL} )?)?{first}{rest})*)")


_INITIAL = PATTERNS["middle-initial"].pattern  # a middle initial inside a Western name
_JOINERS = frozenset("-‐'’")
_JOINER_ENDS = tuple(_JOINERS)


@lru_cache(maxsize=None)  # called on single characters, so a small cache
def _is_word_char(ch: str) -> bool:
    r"""True if a `WORD_RE` word may contain `ch`: a joiner, or a match of
    `[^\W\d_]` (an alphanumeric character that is no decimal digit)."""
    return ch in _JOINERS or (ch.isalnum() and not ch.isdecimal())


def _is_letter(ch: str) -> bool:
    return _LETTER_RE.match(ch) is not None


_LETTER_RE = re.compile(r"[^\W\d_]")


def is_foreign_token(tok: str) -> bool:
    return "-" in tok or "‐" in tok or not is_vn_syllable(tok)


_WHOLE_RUN_MAX = 3  # a run this short after its title is one name
_LAO_NAME_MAX = 7  # a Lao name written in Vietnamese syllables, closed by ", Title"


@lru_cache(maxsize=1)
def _title_words() -> frozenset[str]:
    """First words of honorifics, ranks, titles and organisation heads ("Ông", "Đại", "Bộ")."""
    out: set[str] = set()
    for name in ("lex_honorifics.txt", "lex_ranks.txt", "lex_positions.txt", "lex_org_heads.txt"):
        out.update(line.split()[0].casefold() for line in load_lines(name))
    return frozenset(out)


@lru_cache(maxsize=1)
def _title_second_words() -> dict[str, frozenset[str]]:
    """For each first word of a title or organisation head, the words that may follow it
    ("văn" -> {"phòng"}); "" when the first word alone is a head ("bộ", "đại")."""
    out: dict[str, set[str]] = {}
    for name in ("lex_honorifics.txt", "lex_ranks.txt", "lex_positions.txt", "lex_org_heads.txt"):
        for line in load_lines(name):
            words = line.casefold().split()
            out.setdefault(words[0], set()).add(words[1] if len(words) > 1 else "")
    return {k: frozenset(v) for k, v in out.items()}


def _opens_title(words: Sequence[str], i: int) -> bool:
    """True if words[i] opens a title or an organisation head there: a head word whose
    head has more words needs its next word ("Văn Phòng" opens one, "Vị Văn" ends a name)."""
    seconds = _title_second_words().get(words[i].casefold())
    if seconds is None:
        return False
    nxt = words[i + 1].casefold() if i + 1 < len(words) else None
    return "" in seconds or nxt in seconds


# the most characters a Vietnamese syllable holds: 8 letters (`common._SYLLABLE_RE`), each with up to
# two marks should the text be decomposed; a longer head is no syllable
MAX_SYLLABLE_CHARS = 24


def glued_title_words(word: str) -> bool:
    """True if `word` is two Vietnamese syllables that open a title or an organisation head,
    glued by a lost space ("Quânchủng" for "Quân chủng", "Phótư" for "Phó tư"): no name's word."""
    if is_vn_syllable(word):
        return False
    for cut in range(1, min(len(word), MAX_SYLLABLE_CHARS + 1)):  # (a syllable's head: a huge word stays linear)
        head, tail = word[:cut], word[cut:]
        seconds = _title_second_words().get(head.casefold())
        if seconds is not None and tail.casefold() in seconds and is_vn_syllable(head) and is_vn_syllable(tail):
            return True
    return False


def is_title_word(word: str) -> bool:
    """True if `word` opens an honorific, a rank, a title or an organisation ("Bộ", "Thứ")."""
    return word.casefold() in _title_words()


def _past_styles(toks: Sequence[str]) -> int:
    """How many words of a style open the run ("Samdech Pichey Sena Tea Seiha" -> 3),
    when two words at least remain after them; 0 when no style opens it."""
    opener, words = name_styles()
    if toks[0].casefold() != opener:
        return 0
    n = 1
    while n < len(toks) and toks[n].casefold() in words:
        n += 1
    return n if len(toks) - n >= 2 else 0


def _past_lead_honorifics(toks: Sequence[str], i: int) -> int:
    """Index of the first word of the name after the honorifics that open it at `i`
    (two words at least remain). Malay and Bruneian styles mix titles among them
    ("Pehin Datu Lailaraja Dato Paduka Seri Haji Awang Halbi bin Haji Md Yussof"):
    the name starts after the last honorific before its "bin" (the father's name
    may hold "Haji" too). Only an opening honorific starts the run: "Haji Hassanal
    Bolkiah" is a whole name."""
    if len(toks) - i <= 2 or toks[i].casefold() not in lead_honorifics():
        return i
    honorifics = title_honorifics()
    particle_words = particles()
    limit = next((k for k in range(i + 1, len(toks)) if toks[k].casefold() in particle_words), len(toks))
    start = i + 1
    for k in range(i, min(limit, len(toks) - 2)):
        if toks[k].casefold() in honorifics:
            start = k + 1
    return min(start, len(toks) - 2)


def _first_name_token(words: Sequence[str], limit: int) -> int:
    """Index of the first word of a run (before `limit`) past leading title words."""
    titles = _title_words()
    i = 0
    while i < limit and words[i].casefold() in titles:
        i += 1
    return i


_NameRun = tuple[tuple[str, ...], _RunWords, Optional[tuple[int, bool]]]


@lru_cache(maxsize=65536)
def _name_runs(chain: str) -> tuple[_NameRun, ...]:
    """The runs of a chain that may end with a name: (words, run, `name_in_words(words)`).

    A lone Vietnamese-shaped word is never a name (see `name_in_words`).
    Cached per chain, like `_chain_runs`."""
    out = []
    for run in (part for whole in _chain_runs(chain) for part in _split_at_lost_spaces(whole)):
        if len(run) == 1 and not is_foreign_token(run[0][0]):
            continue
        words = tuple(w for w, _, _ in run)
        out.append((words, run, name_in_words(words)))
    return tuple(out)


def _split_at_lost_spaces(run: _RunWords) -> list[_RunWords]:
    """The run as it reads with the spaces a page lost inside its words put back (`_lost_space_at`):
    "NgàiMit-suo Sakaba" is "Ngài" and the name "Mit-suo Sakaba"; "Hoàng Xuân Chiếnđánh" (giá)
    is the name "Hoàng Xuân Chiến" and a verb; "Quânchủng Hải" (quân) is "Quân" and "Hải", no name."""
    cuts = [_lost_space_at(run, i) for i in range(len(run))]
    if all(cut is None for cut in cuts):
        return [run]
    out: list[_RunWords] = []
    cur: list[tuple[str, int, int]] = []
    for (w, a, b), cut in zip(run, cuts):
        if cut is None:
            cur.append((w, a, b))
            continue
        out.append((*cur, (w[:cut], a, a + cut)))
        # a lower-case word follows the cut: the capitalised words after it are another run
        cur = [(w[cut:], a + cut, b)] if w[cut].isupper() else []
    out.append(tuple(cur))
    return [r for r in out if r]


def _lost_space_at(run: _RunWords, i: int) -> Optional[int]:
    """Where a space was lost inside the run's word `i`, if one was: a marked Vietnamese syllable
    glued to a capitalised word ("NgàiMit-suo", "LỗiMới"), or to a marked lower-case syllable when
    every other word of the run is a Vietnamese syllable ("Chiếnđánh", "Quânchủng"; not a Lao
    name written in one word, "Vôngxây Inthakhăm"). No Vietnamese word is two syllables."""
    w = run[i][0]
    if len(w) < 4 or is_vn_syllable(w):
        return None
    for cut in range(2, min(len(w) - 1, MAX_SYLLABLE_CHARS + 1)):  # (a syllable's head: a huge word stays linear)
        head, tail = w[:cut], w[cut:]
        if not (_marked(head) and is_vn_syllable(head)):
            continue
        if tail[0].isupper() and tail[1:2].islower():
            return cut
        if (tail[0].islower() and _marked(tail) and is_vn_syllable(tail) and len(run) > 1
                and all(is_vn_syllable(o) for j, (o, _, _) in enumerate(run) if j != i)):
            return cut
    return None


def _marked(syllable: str) -> bool:
    """The syllable carries a Vietnamese tone or vowel mark ("Ngài", "Quốc"; not "Mac", "De")."""
    return fold_marks(syllable) != syllable.casefold()


def _after_country_words(words: tuple[str, ...]) -> Optional[tuple[int, bool]]:
    """The name of the words after a country's name ending a title ("Đại sứ ... Lào tại Việt
    Nam Sẻng Phết Hùng Bun Nhuông"): Vietnamese syllables opening with no Vietnamese surname
    are a Lao or Khmer name read whole, not the Vietnamese-looking name their last words make."""
    found = name_in_words(words)
    if (found is not None and found[0] > 0 and 3 <= len(words) <= 5 and words[0] not in surnames()
            and all(map(is_vn_syllable, words)) and not any(w.casefold() in _title_words() for w in words)):
        return (0, True)
    if (found is None and len(words) == 2 and words[0] not in surnames() and all(map(is_vn_syllable, words))
            and not any(w.casefold() in _title_words() for w in words)):
        return (0, True)  # "Thủ tướng Campuchia Hun Sen": a Khmer name of two syllables
    return found


def _name_in_run(
    words: tuple[str, ...], run: _RunWords, found: Optional[tuple[int, bool]], start: int, idx: DocIndex
) -> Optional[tuple[int, int, bool]]:
    """(start, end, foreign?) of the person name ending a run of `_name_runs`
    placed at offset `start`, if any; `found` is the name of the whole run."""
    if idx.country_overlaps(start + run[0][1], start + run[-1][2]):
        # words covered by a country mention cannot be part of a name
        first = 0
        for i, (_, a, b) in enumerate(run):
            if idx.country_covering(start + a, start + b) is not None:
                first = i + 1
        if first:
            found = _after_country_words(words[first:])
            if found is None:
                return None
            found = (found[0] + first, found[1])
    if found is None:
        return None
    past = _past_a_stop_name(words)
    if past and found[0] >= past:
        # "Tổng Lãnh sự Campuchia tại TP Hồ Chí Minh Sâm Ráth-đa-ni": after a place of the stoplist,
        # the words left are read as after a country's name ("Sâm Ráth-đa-ni", not "Ráth-đa-ni")
        after = _after_country_words(words[past:])
        found = (after[0] + past, after[1]) if after is not None else found
    return (start + run[found[0]][1], start + run[-1][2], found[1])


def _past_a_stop_name(words: tuple[str, ...]) -> int:
    """Where the words after the last phrase of lex_name_stoplist.txt inside the run start (a place
    such as "Hồ Chí Minh", never the run's last words), 0 for none."""
    stops = stop_names()
    for end in range(len(words) - 1, 1, -1):
        for size in (2, 3, 4):
            if end - size >= 0 and norm_key(" ".join(words[end - size : end])) in stops:
                return end
    return 0


@lru_cache(maxsize=65536)
def name_in_words(toks: tuple[str, ...]) -> Optional[tuple[int, bool]]:
    """(index of its first word, foreign?) of the person name ending a run of
    words, if any; the name always runs to the last word."""
    if not toks:
        return None
    styled = _past_styles(toks)
    if styled:
        # the style marks a foreign name: what follows it is the name, Vietnamese-shaped or not ("Hun Sen")
        rest = name_in_words(toks[styled:])
        return (styled, True) if rest is None or len(toks) - styled <= _WHOLE_RUN_MAX else (rest[0] + styled, True)
    highland = next((i for i, t in enumerate(toks) if t in highland_surnames()), None)
    if highland is not None and 2 <= len(toks) - highland <= 4:
        return (highland, False)  # "Rơ Mah Tuấn", "Ksor Phước": a Vietnamese name, however its words look
    particle_words = particles()
    # Western or transliterated name: foreign-looking words (and particles) at the end
    j = _foreign_tail(toks, particle_words)
    if j < len(toks):
        lead = _first_name_token(toks, j)
        if lead < j and len(toks) <= _WHOLE_RUN_MAX:
            # "Choi Young-sam", "Kim Jong-un": a short run is the whole name, its
            # first syllable shaped like a Vietnamese word or not
            return (lead, True)
        # the foreign words, or a short form such as "ông Knapper"; not an honorific
        # written in front of them ("Dato' Seri Rosli Kamaruddin")
        return (_past_lead_honorifics(toks, j), True)
    if len(toks) >= 3 and is_foreign_token(toks[-2]) and toks[-2] not in particle_words:
        # "Rachel Goh Siew Ling", "Ng Eng Hen": foreign words, then one Vietnamese-shaped syllable
        head = name_in_words(toks[:-1])
        if head is not None and head[1] and len(toks) - head[0] >= 3:
            return head
    return _vietnamese_name(toks)


def _foreign_tail(toks: tuple[str, ...], particle_words: frozenset[str]) -> int:
    """Where the run of foreign-looking words (particles inside it) ending `toks`
    begins; len(toks) when the last word is not foreign-looking."""
    j = len(toks)
    while j > 0:
        w = toks[j - 1]
        if (w in particle_words or _capitalised_particle(toks, j - 1, particle_words)) and 0 < j - 1 < len(toks) - 1:
            j -= 1
        elif is_foreign_token(w) or _fathers_name_opens(toks, j - 1):
            j -= 1
        else:
            break
    # particles alone are no foreign name: the run must end in a foreign word
    return j if j < len(toks) and is_foreign_token(toks[-1]) else len(toks)


FATHERS_NAME = rule("official.fathers-name-after-bin", "a Vietnamese-shaped word right after 'Bin'/'binti' inside a "
                    "foreign name ('Hisham Rizal Bin Hai Osman Karim', 'Rosli Bin Mat Hussin'): the first "
                    "word of the father's name, part of the name, not where a Vietnamese name begins")


def _fathers_name_opens(toks: tuple[str, ...], i: int) -> bool:
    """Whether `toks[i]` opens the father's name of a Malay name: right after "bin"/"binti", itself after a foreign
    word, with a foreign word after it (`FATHERS_NAME`)."""
    return (1 < i < len(toks) - 1 and toks[i - 1].casefold() in _patronymics() and is_foreign_token(toks[i - 2])
            and is_foreign_token(toks[i + 1]))


@lru_cache(maxsize=1)
def _patronymics() -> frozenset[str]:
    """The particles before a father's name (`lex_name_patronymics.txt`), case-folded."""
    return frozenset(w.casefold() for w in load_lines("lex_name_patronymics.txt"))


def _capitalised_particle(toks: tuple[str, ...], i: int, particle_words: frozenset[str]) -> bool:
    """A particle written with a capital between two foreign words: "Mohamad Bin Haji
    Hasan" (not "Nguyễn Văn Bin": a Vietnamese syllable there is a given name)."""
    return (toks[i][:1].isupper() and toks[i].casefold() in particle_words and 0 < i < len(toks) - 1
            and is_foreign_token(toks[i - 1]) and (is_foreign_token(toks[i + 1]) or _fathers_name_opens(toks, i + 1)))


def _vietnamese_name(toks: tuple[str, ...]) -> Optional[tuple[int, bool]]:
    """A Vietnamese (or Sino-Vietnamese) name: a surname and 1-3 syllables ending the run."""
    surname_words = surnames()
    options = [i for i, t in enumerate(toks) if t in surname_words and 2 <= len(toks) - i <= 4]
    if not options:
        lead = _first_name_token(toks, len(toks))
        if 2 <= len(toks) - lead and len(toks) <= _WHOLE_RUN_MAX and any(is_foreign_token(t) for t in toks[lead:]):
            return (lead, True)  # "Sar Thet": foreign, last syllable Vietnamese-shaped
        return None
    best = next((i for i in options if len(toks) - i == 3), options[0])
    lead = _first_name_token(toks, len(toks))
    if best == lead + 1 and len(toks) - lead == 4 and toks[lead] in surname_words:
        best = lead  # two surnames, father's and mother's: "Lương Nguyễn Minh Triết"
    return (best, False)
