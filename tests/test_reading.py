"""Reading .txt, .html and .jsonl inputs into Articles."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kg.model import PartialDate
from kg.pipeline import KGError
from kg.reading import (
    SUPPORTED_SUFFIXES,
    ReadError,
    Skipped,
    content_hash,
    iter_articles,
    parse_date,
    read_html,
)

BODY = "Chiều 24/10, tại Hà Nội, hai Bộ trưởng đã hội đàm.\n\nHai bên ký Ý định thư."


def read(*paths: Path) -> tuple[list, list[Skipped]]:
    skipped: list[Skipped] = []
    return list(iter_articles(list(paths), on_skip=skipped.append)), skipped


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


# ----------------------------------------------------------------- .txt


def test_txt_with_title(tmp_path: Path) -> None:
    f = write(tmp_path / "000_abc.txt", "Việt Nam và Italia đối thoại quốc phòng\n\n" + BODY)
    (art,), skipped = read(f)
    assert skipped == []
    assert art.id == "000_abc.txt"
    assert art.title == "Việt Nam và Italia đối thoại quốc phòng"
    assert art.source_path == str(f)
    assert art.media_type == "text/plain"
    assert art.text.endswith("Hai bên ký Ý định thư.")


def test_txt_first_line_sentence_is_no_title(tmp_path: Path) -> None:
    f = write(tmp_path / "a.txt", BODY)
    (art,), _ = read(f)
    assert art.title is None


def test_txt_with_bom(tmp_path: Path) -> None:
    f = tmp_path / "bom.txt"
    f.write_bytes("\ufeffTiêu đề bài viết\n".encode("utf-8") + BODY.encode("utf-8"))
    (art,), _ = read(f)
    assert art.title == "Tiêu đề bài viết"
    assert not art.text.startswith("\ufeff")


def test_txt_not_utf8(tmp_path: Path) -> None:
    f = tmp_path / "latin.txt"
    f.write_bytes("Tiêu đề Hà Nội\nNgày 24/10".encode("latin-1", "replace") + b" \xe9\xe0\xf4i")
    arts, skipped = read(f)
    assert arts == []
    assert skipped == [Skipped(str(f), "not UTF-8 text")]


def test_txt_binary(tmp_path: Path) -> None:
    f = tmp_path / "image.txt"
    f.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    arts, skipped = read(f)
    assert arts == [] and skipped == [Skipped(str(f), "binary file")]


def test_txt_control_chars_binary(tmp_path: Path) -> None:
    f = tmp_path / "ctrl.txt"
    f.write_bytes(b"abc\x01\x02\x03\x04\x05\x06\x07\x08def" * 20)
    _, skipped = read(f)
    assert skipped[0].reason == "binary file"


@pytest.mark.parametrize("content", ["", "   \n\n\t \n"])
def test_txt_empty(tmp_path: Path, content: str) -> None:
    f = write(tmp_path / "empty.txt", content)
    arts, skipped = read(f)
    assert arts == [] and skipped == [Skipped(str(f), "empty article")]


def test_bad_file_does_not_stop_the_rest(tmp_path: Path) -> None:
    write(tmp_path / "a.txt", "Bài một\n\n" + BODY)
    (tmp_path / "b.txt").write_bytes(b"\xff\xfe\x00bad")
    write(tmp_path / "c.txt", "Bài ba\n\n" + BODY)
    arts, skipped = read(tmp_path)
    assert [a.id for a in arts] == ["a.txt", "c.txt"]
    assert [s.source for s in skipped] == [str(tmp_path / "b.txt")]


# ----------------------------------------------------------------- folders and paths


def test_missing_path_raises_before_reading(tmp_path: Path) -> None:
    good = write(tmp_path / "a.txt", BODY)
    seen: list[Skipped] = []
    with pytest.raises(ReadError, match="no such file or directory: .*nope"):
        next(iter_articles([good, tmp_path / "nope"], on_skip=seen.append))
    assert issubclass(ReadError, KGError)


def test_folder_recursive_sorted_hidden_ignored(tmp_path: Path) -> None:
    write(tmp_path / "b" / "2.txt", "Hai\n\n" + BODY)
    write(tmp_path / "a" / "deep" / "1.txt", "Một\n\n" + BODY)
    write(tmp_path / "a" / "0.jsonl", json.dumps({"id": "j1", "text": BODY}) + "\n")
    write(tmp_path / ".hidden" / "x.txt", BODY)
    write(tmp_path / "a" / ".secret.txt", BODY)
    write(tmp_path / "notes.md", "# not an article")
    write(tmp_path / "data.csv", "a,b")
    arts, skipped = read(tmp_path)
    assert [a.id for a in arts] == ["j1", "1.txt", "2.txt"]
    assert skipped == []


def test_explicit_unsupported_file_skipped_with_reason(tmp_path: Path) -> None:
    f = write(tmp_path / "report.pdf", "x")
    arts, skipped = read(f)
    assert arts == []
    assert skipped[0].source == str(f)
    assert "unsupported" in skipped[0].reason and ".pdf" in skipped[0].reason


def test_duplicate_ids_skipped(tmp_path: Path) -> None:
    write(tmp_path / "x" / "same.txt", "Một\n\n" + BODY)
    write(tmp_path / "y" / "same.txt", "Hai\n\n" + BODY)
    arts, skipped = read(tmp_path)
    assert len(arts) == 1 and "duplicate article id 'same.txt'" in skipped[0].reason


def test_suffixes() -> None:
    assert SUPPORTED_SUFFIXES == (".txt", ".html", ".htm", ".jsonl")


# ----------------------------------------------------------------- .html

HTML = """<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8">
<title>Việt Nam và Italia ký Ý định thư hợp tác quốc phòng</title>
<link rel="canonical" href="https://example.vn/tin/viet-nam-italia-123.html">
<meta property="article:published_time" content="2025-07-02T08:30:00+07:00">
</head><body>
<nav><ul><li><a href="/">Trang chủ</a></li><li><a href="/qp">Quốc phòng</a></li>
<li><a href="/tg">Thế giới</a></li><li><a href="/kt">Kinh tế</a></li></ul></nav>
<article>
<h1>Việt Nam và Italia ký Ý định thư hợp tác quốc phòng</h1>
<p>Sáng 2-7, tại Hà Nội, Thượng tướng Hoàng Xuân Chiến đã chủ trì Đối thoại chính sách quốc phòng
Việt Nam - Italia lần thứ 5 với sự tham dự của đoàn đại biểu Bộ Quốc phòng Italia.</p>
<p>Hai bên đã ký Biên bản đối thoại và Ý định thư về việc thành lập Nhóm làm việc về hợp tác song
phương trong lĩnh vực trang bị quốc phòng, mở ra giai đoạn hợp tác mới giữa hai nước.</p>
<p>Thượng tướng Hoàng Xuân Chiến nhấn mạnh hai bên cần tiếp tục thúc đẩy trao đổi đoàn các cấp,
hợp tác đào tạo và hợp tác trong lĩnh vực công nghiệp quốc phòng trong thời gian tới.</p>
</article>
<footer><ul><li><a href="/lh">Liên hệ quảng cáo</a></li><li><a href="/gt">Giới thiệu tòa soạn</a></li></ul>
<p>Bản quyền thuộc về Báo Mẫu Điện Tử</p></footer>
</body></html>
"""


def test_html_main_text_title_date_url(tmp_path: Path) -> None:
    f = write(tmp_path / "page.html", HTML)
    (art,), skipped = read(f)
    assert skipped == []
    assert art.id == "page.html" and art.media_type == "text/html"
    assert art.title == "Việt Nam và Italia ký Ý định thư hợp tác quốc phòng"
    assert art.url == "https://example.vn/tin/viet-nam-italia-123.html"
    assert art.published == PartialDate(2025, 7, 2)
    assert "Sáng 2-7, tại Hà Nội" in art.text
    assert "trong thời gian tới." in art.text
    for menu in ("Trang chủ", "Thế giới", "Liên hệ quảng cáo", "Bản quyền"):
        assert menu not in art.text
    # paragraphs separated by blank lines
    assert "\n\nHai bên đã ký" in art.text


def test_html_without_main_text_skipped(tmp_path: Path) -> None:
    f = write(tmp_path / "empty.htm", "<html><body><nav><a href='/'>Trang chủ</a></nav></body></html>")
    arts, skipped = read(f)
    assert arts == [] and skipped[0].source == str(f)
    assert "no main text" in skipped[0].reason


def test_html_binary_skipped(tmp_path: Path) -> None:
    f = tmp_path / "x.html"
    f.write_bytes(b"\x00\x01\x02" * 50)
    arts, skipped = read(f)
    assert arts == [] and skipped[0].reason == "binary file"


# ----------------------------------------------------------------- .jsonl


def test_jsonl_good_and_bad_lines(tmp_path: Path) -> None:
    lines = [
        json.dumps({"id": "a1", "text": BODY, "title": "Tiêu đề", "url": "https://x.vn/a1",
                    "published": "2024-10-24"}, ensure_ascii=False),
        "",
        "{not json",
        json.dumps({"text": BODY}),
        json.dumps({"id": "a4", "text": "   "}),
        json.dumps({"id": "a5", "text": BODY, "published": "24/10/2024"}),
        json.dumps({"id": "a6", "text": BODY, "published": "2024-10"}),
        json.dumps({"id": "a7", "text": BODY, "published": "2024-10-24T08:30:00+07:00"}),
        json.dumps({"id": "a8", "text": BODY, "published": "2024"}),
        json.dumps(["not", "an", "object"]),
        json.dumps({"id": 9, "text": BODY}),
        json.dumps({"id": "a10", "text": BODY, "published": "2024-02-30"}),
    ]
    f = write(tmp_path / "batch.jsonl", "\n".join(lines) + "\n")
    arts, skipped = read(f)
    assert [a.id for a in arts] == ["a1", "a6", "a7", "a8"]
    a1 = arts[0]
    assert (a1.title, a1.url, a1.published) == ("Tiêu đề", "https://x.vn/a1", PartialDate(2024, 10, 24))
    assert a1.source_path == f"{f}:1"
    assert [a.published for a in arts[1:]] == [PartialDate(2024, 10), PartialDate(2024, 10, 24), PartialDate(2024)]
    assert [s.source for s in skipped] == [f"{f}:{n}" for n in (3, 4, 5, 6, 10, 11, 12)]
    reasons = [s.reason for s in skipped]
    assert reasons[0].startswith("bad JSON")
    assert "id" in reasons[1]
    assert reasons[4] == "not a JSON object"
    assert reasons[2] == "empty article"
    assert "bad date" in reasons[3]
    assert "id" in reasons[5]


def test_parse_date() -> None:
    assert parse_date("2024") == PartialDate(2024)
    assert parse_date("2024-12-19T10:00:00Z") == PartialDate(2024, 12, 19)
    with pytest.raises(ValueError):
        parse_date("2024-13")
    with pytest.raises(ValueError):
        parse_date("hôm qua")


# ----------------------------------------------------------------- hashing


def test_content_hash_changes_with_content_only(tmp_path: Path) -> None:
    f = write(tmp_path / "a.txt", "Tiêu đề\n\n" + BODY)
    (art,), _ = read(f)
    h = content_hash(art)
    assert len(h) == 64 and h == content_hash(art)
    moved = write(tmp_path / "sub" / "a.txt", "Tiêu đề\n\n" + BODY)
    (same,), _ = read(moved)
    assert content_hash(same) == h
    changed = write(tmp_path / "sub2" / "a.txt", "Tiêu đề\n\n" + BODY + " Thêm.")
    (other,), _ = read(changed)
    assert content_hash(other) != h
    art.published = PartialDate(2024, 10, 24)
    assert content_hash(art) != h


_PAGE_WITH_SAPO = """<html><head><title>Bộ trưởng thăm Cuba</title></head><body>
<nav><div class="summary">Menu: Trang chủ, Tin tức, Đối ngoại quốc phòng và các mục khác của trang</div></nav>
<article><h1>Bộ trưởng thăm Cuba</h1>
<div class="detail-sapo">Đoàn đại biểu quân sự cấp cao Việt Nam thăm chính thức Cuba từ ngày 20 đến 23-11-2023.</div>
<div class="body"><p>Sáng 21-11, tại thủ đô La Habana, Đại tướng Phan Văn Giang đã hội đàm với Đại tướng Álvaro López Miera,
Bộ trưởng Bộ các Lực lượng vũ trang cách mạng Cuba. Hai bên đánh giá cao kết quả hợp tác quốc phòng.</p>
<p>Sau hội đàm, hai Bộ trưởng đã ký Tuyên bố chung về tăng cường hợp tác quốc phòng giữa hai Bộ.</p></div>
<div class="related"><div class="item-desc">Tin khác: Bộ trưởng Quốc phòng Nga thăm Lào, ký Bản ghi nhớ về hợp tác.</div></div>
</article></body></html>"""


def test_html_lead_paragraph_is_kept_and_teasers_are_not(tmp_path: Path) -> None:
    page = tmp_path / "cuba.html"
    page.write_text(_PAGE_WITH_SAPO, encoding="utf-8")
    art = read_html(page)
    assert "thăm chính thức Cuba từ ngày 20 đến 23-11-2023" in art.text
    assert art.text.index("thăm chính thức Cuba") < art.text.index("Sáng 21-11")
    assert "Menu" not in art.text and "Nga thăm Lào" not in art.text


def test_html_body_wrapped_in_a_description_element_is_not_read_twice(tmp_path: Path) -> None:
    paragraph = (
        "Sáng 21-11, tại thủ đô La Habana, Đại tướng Phan Văn Giang đã hội đàm với Đại tướng Álvaro López Miera, "
        "Bộ trưởng Bộ các Lực lượng vũ trang cách mạng Cuba, về hợp tác quốc phòng giữa hai nước. "
    )
    body = "".join(f"<p>{paragraph}Đoạn {i}.</p>" for i in range(12))
    page = tmp_path / "wrapped.html"
    page.write_text(
        f"<html><head><title>Hội đàm</title></head><body><article><h1>Hội đàm</h1>"
        f'<div class="content-description">{body}</div></article></body></html>',
        encoding="utf-8",
    )
    art = read_html(page)
    assert art.text.count("Đoạn 3.") == 1
