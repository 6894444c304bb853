"""Round 10 date readings: the meta line under a page's headline (or its stamp right above it)
dates a page whose markup states no date trafilatura reads."""

from __future__ import annotations

from pathlib import Path

from kg.model import PartialDate
from kg.reading import read_html

_BODY = (
    "<p>Ngày 5/3, Bộ Chỉ huy Bộ đội Biên phòng tỉnh cho biết, đoàn cán bộ của tỉnh bạn đã sang thăm và "
    "làm việc tại đồn biên phòng cửa khẩu, trao đổi kinh nghiệm quản lý đường biên giới.</p>"
    "<p>Hai bên thống nhất tiếp tục phối hợp tuần tra song phương, trao đổi thông tin và giữ vững an "
    "ninh trật tự khu vực biên giới trong thời gian tới, góp phần xây dựng đường biên giới hòa bình.</p>"
)


def _page(tmp_path: Path, head: str, after: str = "", before: str = "") -> Path:
    path = tmp_path / "page.html"
    path.write_text(
        "<html><head><meta charset='utf-8'><title>Giao lưu biên giới</title></head><body>"
        f"<div class='top'><a href='/'>Báo tỉnh</a></div>{before}<h1>Giao lưu biên giới</h1>{head}"
        f"<div class='content'>{_BODY}</div>{after}</body></html>",
        encoding="utf-8",
    )
    return path


def test_meta_line_under_the_headline_dates_the_page(tmp_path: Path) -> None:
    path = _page(tmp_path, "<div class='info'><span>Cập nhật lúc 09:12, Thứ Tư, 05/03/2025 (GMT+7)</span></div>")
    assert read_html(path).published == PartialDate(2025, 3, 5)


def test_a_comment_date_far_below_the_headline_does_not(tmp_path: Path) -> None:
    comment = "<div class='cmt'><b>Nguyễn Văn An</b> - 07/03/2025 10:02: Bài viết hay.</div>"
    path = _page(tmp_path, "<div class='info'><span>Tác giả: Minh Hà</span></div>", after=comment)
    assert read_html(path).published is None


def test_a_stamp_right_above_the_headline_dates_the_page(tmp_path: Path) -> None:
    path = _page(tmp_path, "", before="<div class='time'>Chủ Nhật, 09/03/2025 08:30 AM (GMT+7)</div>")
    assert read_html(path).published == PartialDate(2025, 3, 9)


def test_a_date_widget_above_the_headline_without_a_clock_time_does_not(tmp_path: Path) -> None:
    """A menu's "today" widget tells when the page was viewed, not when it was written."""
    path = _page(tmp_path, "", before="<div class='today'>Chủ Nhật, 09/03/2025</div>")
    assert read_html(path).published is None
