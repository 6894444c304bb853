"""Property: page furniture after the story never changes what an article tells.

Real pages end with related news (each headline stamped with its day, a few
days or weeks before the page), "most read" lists, tags, share buttons,
readers' comments and the publisher's masthead, which name other countries
and people. Appending any of
these to an article must leave its officials, events, agreements and
partnerships as they were. The furniture below is our own writing, in the
shapes the press uses; the articles are the repository's own sets.
"""

from __future__ import annotations

import datetime
from dataclasses import replace
from functools import lru_cache
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kg.model import Article, Doc
from kg.pipeline import Pipeline
from kg.reading import iter_articles

DATA = Path(__file__).parent / "data"
SETS = [Path(__file__).parent.parent / "seeds"] + [DATA / name / "articles" for name in
                                                   ("dev2", "dev3", "heldout", "heldout2", "heldout4")]

HEADLINES = [
    "Bộ trưởng Quốc phòng Nhật Bản thăm chính thức Philippines",
    "Hải quân Mỹ và Australia diễn tập chung trên biển",
    "Thủ tướng Campuchia tiếp Đại sứ Hàn Quốc",
    "Indonesia mua thêm tàu ngầm của Pháp",
    "Đoàn đại biểu quân sự Lào thăm Học viện Quốc phòng",
    "Tổng thống Nga hội đàm với Thủ tướng Ấn Độ",
]


def stamp(day: datetime.date, shape: int) -> str:
    return [f"{day.day:02d}/{day.month:02d}/{day.year} 09:15", f"{day.day}/{day.month}/{day.year}",
            f"Thứ Hai, {day.day}/{day.month}/{day.year}"][shape]


@st.composite
def furniture(draw: st.DrawFn, published: datetime.date) -> str:
    """A block of page furniture whose stamps lie 1–40 days before the page."""
    header = draw(st.sampled_from(["Tin liên quan", "Tin cùng chuyên mục", "Đọc nhiều", "Tin mới"]))
    lines = [header]
    for headline in draw(st.lists(st.sampled_from(HEADLINES), min_size=1, max_size=4, unique=True)):
        lines.append(headline)
        if draw(st.booleans()):
            lines.append(stamp(published - datetime.timedelta(days=draw(st.integers(1, 40))), draw(st.integers(0, 2))))
    tail = draw(st.sampled_from(["", "Từ khóa: Hoa Kỳ, Trung Quốc, Nhật Bản, Biển Đông",
                                 "Chia sẻ: Facebook | Zalo", "Bình luận (2)\nMinh Tuấn: Tự hào về quân đội ta!",
                                 "Sự kiện: Quan hệ quốc phòng Việt Nam - Hoa Kỳ\nChủ đề: Biển Đông, ASEAN",
                                 "Tổng Biên tập: Đại tá Trần Văn Tâm\nGiấy phép số 321/GP-BTTTT cấp ngày "
                                 f"3/11/{published.year - draw(st.integers(0, 12))}"]))
    return "\n\n" + "\n".join(lines) + ("\n\n" + tail if tail else "") + "\n"


@lru_cache(maxsize=1)
def pipeline() -> Pipeline:
    return Pipeline()


@lru_cache(maxsize=1)
def dated_articles() -> tuple[tuple[Article, datetime.date], ...]:
    """Plain-text articles whose day the pipeline knows (stamps are placed before it)."""
    out = []
    for article in iter_articles(SETS):
        doc = pipeline()(article)
        if article.media_type == "text/plain" and doc.published is not None and doc.published.is_complete:
            out.append((article, datetime.date(doc.published.year, doc.published.month, doc.published.day)))
    return tuple(out)


def facts(doc: Doc) -> tuple:
    return (sorted((o.name, o.country) for o in doc.officials),
            sorted((e.type, str(e.start), tuple(sorted(e.countries))) for e in doc.events),
            sorted((a.type, tuple(sorted(a.parties))) for a in doc.agreements),
            sorted((p.countries, p.level) for p in doc.partnerships))


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.data())
def test_furniture_after_the_story_changes_no_fact(data):
    article, published = data.draw(st.sampled_from(dated_articles()))
    block = data.draw(furniture(published))
    noisy = replace(article, text=article.text.rstrip("\n") + block)
    assert facts(pipeline()(noisy)) == facts(pipeline()(article)), block


def test_the_sets_hold_dated_articles():
    assert len(dated_articles()) >= 30
