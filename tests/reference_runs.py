"""The original token-by-token definition of a capitalised run (`kg.pipeline.officials.names.capitalised_runs`),
kept as the oracle the fast implementations are tested against."""

from __future__ import annotations

from kg.pipeline.common import WORD_RE, is_capitalised
from kg.pipeline.officials.lexicon import particles
from kg.pipeline.officials.names import Token


def reference_runs(text: str, offset: int = 0) -> list[list[Token]]:
    """The runs of `text`, token by token, with offsets shifted by `offset`."""
    toks = [Token(m.group(), m.start(), m.end()) for m in WORD_RE.finditer(text)]
    runs: list[list[Token]] = []
    cur: list[Token] = []
    particle_words = particles()
    for i, t in enumerate(toks):
        cap = is_capitalised(t.text) and not (len(t.text) > 1 and t.text.isupper())
        glued = bool(cur) and text[cur[-1].end : t.start] == " "
        is_particle = t.text in particle_words and bool(cur) and glued and _before_a_name_word(text, toks, i + 1, 1)
        if (cap or is_particle) and (glued or not cur):
            cur.append(t)
        else:
            if cur:
                runs.append(cur)
            cur = [t] if cap else []
    if cur:
        runs.append(cur)
    for r in runs:
        while r and r[-1].text in particle_words:
            r.pop()
    return [[Token(t.text, t.start + offset, t.end + offset) for t in r] for r in runs if r]


def _before_a_name_word(text: str, toks: list[Token], j: int, more: int) -> bool:
    """A capitalised word follows, one space on, or (`more` times) a particle, then one ("van der Meulen")."""
    if j >= len(toks) or text[toks[j - 1].end : toks[j].start] != " ":
        return False
    if is_capitalised(toks[j].text):
        return True
    return more > 0 and toks[j].text in particles() and _before_a_name_word(text, toks, j + 1, more - 1)
