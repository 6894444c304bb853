"""Reading .txt, .html and .jsonl inputs into Articles."""

from __future__ import annotations

import codecs
import json
import os
import unicodedata
from pathlib import Path

import pytest
from click.testing import CliRunner

from fuzz_harness import time_limit
from fuzz_inputs import encode_cp1258
from kg.model import PartialDate
from kg.pipeline import KGError
from kg.reading import (
    DEFAULT_LIMITS,
    SUPPORTED_SUFFIXES,
    MiB,
    ReadError,
    ReadLimits,
    Skipped,
    Warned,
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
    (tmp_path / "b.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00bad")
    write(tmp_path / "c.txt", "Bài ba\n\n" + BODY)
    arts, skipped = read(tmp_path)
    assert [a.id for a in arts] == ["a.txt", "c.txt"]
    assert [s.source for s in skipped] == [str(tmp_path / "b.txt")]


# ----------------------------------------------------------------- folders and paths


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


# ----------------------------------------------------------------- missing and unreadable paths


def read_all(*paths: Path, **kw) -> tuple[list, list[Skipped], list[Warned]]:
    skipped: list[Skipped] = []
    warned: list[Warned] = []
    arts = list(iter_articles(list(paths), on_skip=skipped.append, on_warn=warned.append, **kw))
    return arts, skipped, warned


def test_missing_paths_are_skipped_and_the_rest_is_read(tmp_path: Path) -> None:
    good = write(tmp_path / "a.txt", "Bài một\n\n" + BODY)
    write(tmp_path / "folder" / "b.txt", "Bài hai\n\n" + BODY)
    arts, skipped = read(tmp_path / "nope.txt", good, tmp_path / "no-folder", tmp_path / "folder")
    assert [a.id for a in arts] == ["a.txt", "b.txt"]
    assert skipped == [Skipped(str(tmp_path / "nope.txt"), "no such file or directory"),
                       Skipped(str(tmp_path / "no-folder"), "no such file or directory")]


def test_broken_link_is_named(tmp_path: Path) -> None:
    link = tmp_path / "gone.txt"
    link.symlink_to(tmp_path / "deleted.txt")
    _, skipped = read(link)
    assert skipped == [Skipped(str(link), "broken symbolic link")]
    _, skipped = read(tmp_path)  # found in a folder, the same
    assert skipped == [Skipped(str(link), "broken symbolic link")]


def _deny(monkeypatch, denied: Path) -> None:
    """Make `denied` unreadable as it is for a user without read permission (tests may run as root)."""
    real_scandir, real_open = os.scandir, os.open

    def scandir(path=".", *a, **k):
        if Path(os.fsdecode(path)) == denied:
            raise PermissionError(13, "Permission denied", str(denied))
        return real_scandir(path, *a, **k)

    def open_(path, *a, **k):
        if Path(os.fsdecode(path)) == denied:
            raise PermissionError(13, "Permission denied", str(denied))
        return real_open(path, *a, **k)

    monkeypatch.setattr(os, "scandir", scandir)
    monkeypatch.setattr(os, "open", open_)


def test_unreadable_subfolder_is_reported(tmp_path: Path, monkeypatch) -> None:
    write(tmp_path / "a.txt", "Bài một\n\n" + BODY)
    write(tmp_path / "locked" / "b.txt", "Bài hai\n\n" + BODY)
    _deny(monkeypatch, tmp_path / "locked")
    arts, skipped = read(tmp_path)
    assert [a.id for a in arts] == ["a.txt"]
    assert skipped == [Skipped(str(tmp_path / "locked"), "cannot read folder: Permission denied")]


def test_unreadable_file_is_reported(tmp_path: Path, monkeypatch) -> None:
    write(tmp_path / "a.txt", "Bài một\n\n" + BODY)
    locked = write(tmp_path / "b.txt", "Bài hai\n\n" + BODY)
    _deny(monkeypatch, locked)
    arts, skipped = read(tmp_path)
    assert [a.id for a in arts] == ["a.txt"]
    assert skipped == [Skipped(str(locked), "cannot read: Permission denied")]


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() == 0, reason="root reads everything")
def test_unreadable_subfolder_by_permission_bits(tmp_path: Path) -> None:
    write(tmp_path / "a.txt", "Bài một\n\n" + BODY)
    locked = tmp_path / "locked"
    write(locked / "b.txt", "Bài hai\n\n" + BODY)
    locked.chmod(0)
    try:
        arts, skipped = read(tmp_path)
    finally:
        locked.chmod(0o755)
    assert [a.id for a in arts] == ["a.txt"]
    assert [(s.source, s.reason) for s in skipped] == [(str(locked), "cannot read folder: Permission denied")]


def test_build_goes_on_past_missing_and_unreadable_paths_and_strict_fails(tmp_path: Path, monkeypatch) -> None:
    from kg.cli import cli

    write(tmp_path / "in" / "a.txt", "Bài một\n\n" + BODY)
    write(tmp_path / "in" / "locked" / "b.txt", "Bài hai\n\n" + BODY)
    _deny(monkeypatch, tmp_path / "in" / "locked")
    args = ["--store", str(tmp_path / "store"), "build", str(tmp_path / "missing.txt"), str(tmp_path / "in"),
            "--no-exports"]
    result = CliRunner().invoke(cli, args)
    assert result.exit_code == 0, result.output
    assert "1 new" in result.stderr and "2 skipped" in result.stderr
    assert f"skipped {tmp_path / 'missing.txt'}: no such file or directory" in result.stderr
    assert f"skipped {tmp_path / 'in' / 'locked'}: cannot read folder: Permission denied" in result.stderr
    strict = CliRunner().invoke(cli, [*args, "--strict"])
    assert strict.exit_code == 1 and strict.exception is None or isinstance(strict.exception, SystemExit)
    assert strict.stderr.strip().splitlines()[-1] == "Error: 2 file(s) or article(s) skipped (--strict)"


def test_fifo_is_refused_without_blocking(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    with time_limit(10):  # a read of a FIFO without a writer would wait forever
        _, skipped = read(fifo)
        _, in_folder = read(tmp_path)
    assert skipped == in_folder == [Skipped(str(fifo), "not a regular file")]


def test_folder_link_loop_read_once(tmp_path: Path) -> None:
    write(tmp_path / "in" / "a.txt", "Bài một\n\n" + BODY)
    (tmp_path / "in" / "loop").symlink_to(tmp_path / "in")
    write(tmp_path / "other" / "b.txt", "Bài hai\n\n" + BODY)
    (tmp_path / "in" / "linked").symlink_to(tmp_path / "other")
    arts, skipped = read(tmp_path / "in")
    assert [a.id for a in arts] == ["a.txt", "b.txt"] and skipped == []


def test_file_name_not_utf8_gets_a_readable_id(tmp_path: Path) -> None:
    f = Path(os.fsdecode(os.fsencode(str(tmp_path)) + b"/b\xe0i.txt"))
    f.write_text("Bài một\n\n" + BODY, encoding="utf-8")
    (art,), skipped, warned = read_all(tmp_path)
    assert art.id == "b\ufffdi.txt" and skipped == []
    assert warned == [Warned(str(f), "file name is not UTF-8: the article's id is 'b\ufffdi.txt'")]
    content_hash(art)  # encodable


# ----------------------------------------------------------------- encodings and control characters


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le", "utf-32-be",
                                      "utf-8-sig"])
def test_unicode_with_bom_is_decoded(tmp_path: Path, encoding: str) -> None:
    bom = {"utf-16-le": codecs.BOM_UTF16_LE, "utf-16-be": codecs.BOM_UTF16_BE,
           "utf-32-le": codecs.BOM_UTF32_LE, "utf-32-be": codecs.BOM_UTF32_BE}.get(encoding, b"")
    text = "Tiêu đề bài viết\n\n" + BODY
    (tmp_path / "a.txt").write_bytes(bom + text.encode(encoding))
    line = json.dumps({"id": "j1", "text": BODY, "title": "Tiêu đề"}, ensure_ascii=False) + "\n"
    (tmp_path / "b.jsonl").write_bytes(bom + (line + line.replace("j1", "j2")).encode(encoding))
    (tmp_path / "c.html").write_bytes(bom + HTML.replace('<meta charset="utf-8">', "").encode(encoding))
    (txt, j1, j2, page), skipped, warned = read_all(tmp_path)
    assert skipped == [] and warned == []
    assert (txt.title, txt.text) == ("Tiêu đề bài viết", text)
    assert (j1.id, j1.text, j1.title, j2.id) == ("j1", "Tiêu đề\n\n" + BODY, "Tiêu đề", "j2")  # the title opens the text
    assert "Sáng 2-7, tại Hà Nội" in page.text and page.title == "Việt Nam và Italia ký Ý định thư hợp tác quốc phòng"


def test_utf16_without_bom_is_named(tmp_path: Path) -> None:
    f = tmp_path / "a.txt"
    f.write_bytes(("Tiêu đề\n\n" + BODY).encode("utf-16-le"))
    _, skipped = read(f)
    assert skipped[0].reason.startswith("UTF-16 or UTF-32 text without a byte-order mark")


def test_nul_and_controls_dropped_with_a_warning(tmp_path: Path) -> None:
    f = tmp_path / "a.txt"
    f.write_bytes(("Tiêu đề\n\n" + BODY + "\x00 Th\x07\x1bêm\x0bdòng.").encode())
    (art,), skipped, warned = read_all(f)
    assert skipped == []
    assert art.text == "Tiêu đề\n\n" + BODY + " Thêm\ndòng."
    assert warned == [Warned(str(f), "dropped 4 control character(s) (U+0000, U+0007, U+000B, U+001B)")]


def test_controls_in_json_lines_dropped_with_a_warning(tmp_path: Path) -> None:
    f = tmp_path / "a.jsonl"
    lines = [json.dumps({"id": "a\u0000", "text": BODY + "\u0000\ud800", "title": "T\u0001"}),
             json.dumps({"id": "raw", "text": BODY + "@ hết."}, ensure_ascii=False).replace("@", "\x00")]
    write(f, "\n".join(lines) + "\n")
    (a, raw), skipped, warned = read_all(f)
    assert skipped == []
    assert (a.id, a.text, a.title) == ("a", "T\n\n" + BODY, "T")
    assert raw.text == BODY + " hết."
    assert [w.source for w in warned] == [f"{f}:1"] * 3 + [f"{f}:2"]
    assert "dropped 2 control character(s) (U+0000, U+D800)" in [w.message for w in warned]
    content_hash(a)  # a lone surrogate would not encode


def test_json_line_with_line_separator_in_a_string(tmp_path: Path) -> None:
    f = write(tmp_path / "a.jsonl", json.dumps({"id": "a", "text": BODY + "\u2028Thêm\x85."},
                                               ensure_ascii=False) + "\n")
    (art,), skipped = read(f)
    assert skipped == [] and art.text == BODY + "\u2028Thêm\n."


def test_bad_bytes_in_one_json_line_skip_that_line(tmp_path: Path) -> None:
    f = tmp_path / "a.jsonl"
    good = json.dumps({"id": "a", "text": BODY}, ensure_ascii=False).encode()
    f.write_bytes(good + b"\n" + b'{"id": "b", "text": "caf\xe9"}\n' + good.replace(b'"a"', b'"c"') + b"\n")
    arts, skipped = read(f)
    assert [a.id for a in arts] == ["a", "c"]
    assert skipped == [Skipped(f"{f}:2", "not UTF-8 text")]


@pytest.mark.parametrize("line, reason", [
    ("[" * 100_000 + "]" * 100_000, "bad JSON: nested too deeply"),
    ('{"id": "x", "text": "t", "n": ' + "9" * 5000 + "}", "bad JSON: Exceeds the limit"),
    ("\ufeff" + json.dumps({"id": "x", "text": BODY}), None),
])
def test_json_lines_that_once_raised(tmp_path: Path, line: str, reason) -> None:
    f = write(tmp_path / "a.jsonl", line + "\n")
    arts, skipped = read(f)
    if reason is None:
        assert [a.id for a in arts] == ["x"] and skipped == []
    else:
        assert arts == [] and skipped[0].reason.startswith(reason)


def test_empty_jsonl_is_reported(tmp_path: Path) -> None:
    f = write(tmp_path / "a.jsonl", "\n  \n")
    _, skipped = read(f)
    assert skipped == [Skipped(str(f), "empty file")]


# ----------------------------------------------------------------- HTML in other encodings

VI_PAGE = """<html><head>{meta}<title>Hội đàm quốc phòng</title></head><body><article><h1>Hội đàm quốc phòng</h1>
<p>Sáng 2-7, tại Hà Nội, Thượng tướng Hoàng Xuân Chiến đã chủ trì Đối thoại chính sách quốc phòng với đoàn Italia.</p>
<p>Hai bên đã ký Biên bản đối thoại và Ý định thư về hợp tác trong lĩnh vực trang bị quốc phòng.</p>
</article></body></html>"""


@pytest.mark.parametrize("charset, meta", [
    ("cp1258", '<meta charset="windows-1258">'),
    ("cp1258", '<meta http-equiv="Content-Type" content="text/html; charset=windows-1258">'),
    ("utf-8", '<meta charset="windows-1258">'),  # declared wrong: read as UTF-8, with a warning
])
def test_html_in_a_declared_encoding(tmp_path: Path, charset: str, meta: str) -> None:
    f = tmp_path / "a.html"
    page = VI_PAGE.format(meta=meta)
    f.write_bytes(encode_cp1258(page) if charset == "cp1258" else page.encode(charset))
    (art,), skipped, warned = read_all(f)
    assert skipped == []
    text = unicodedata.normalize("NFC", art.text)  # cp1258 writes tone marks as combining characters
    assert "Thượng tướng Hoàng Xuân Chiến" in text and "Ý định thư" in text
    assert unicodedata.normalize("NFC", art.title) == "Hội đàm quốc phòng"
    assert [w.message for w in warned] == ([] if charset != "utf-8" else
                                           ["not cp1258 as the page says, but UTF-8: read as UTF-8"])


def test_html_latin1_declared_is_windows_1252(tmp_path: Path) -> None:
    f = tmp_path / "a.html"
    page = VI_PAGE.replace("Hà Nội", "“Hà Noi”")
    f.write_bytes(page.format(meta='<meta charset="iso-8859-1">').encode("cp1252", "replace"))
    (art,), _, warned = read_all(f)
    assert "“Hà Noi”" in art.text and warned == []


def test_html_declaring_a_codec_that_is_no_web_encoding(tmp_path: Path) -> None:
    f = tmp_path / "a.html"
    body = "<p>" + "Hai bên đã ký Ý định thư về hợp tác quốc phòng. " * 20 + "</p>"
    f.write_bytes(VI_PAGE.format(meta='<meta charset="punycode">').replace("</article>", body * 2000 + "</article>")
                  .encode("utf-8"))
    with time_limit(60):  # punycode decodes in quadratic time: a 1 MB page took minutes
        (art,), _, warned = read_all(f)
    assert "Thượng tướng Hoàng Xuân Chiến" in art.text
    assert warned[0].message == "ignored the charset the page declares (punycode): not an encoding of web pages"


# ----------------------------------------------------------------- huge inputs


def test_50_mb_article_is_cut_with_a_warning(tmp_path: Path) -> None:
    paragraph = "Chiều 24/10, tại Hà Nội, hai Bộ trưởng đã hội đàm về hợp tác quốc phòng giữa hai nước.\n\n"
    f = tmp_path / "huge.txt"
    f.write_text("Tiêu đề\n\n" + paragraph * (50 * MiB // len(paragraph.encode())), encoding="utf-8")
    (art,), skipped, warned = read_all(f)
    assert skipped == [] and art.title == "Tiêu đề"
    assert DEFAULT_LIMITS.article_chars * 3 // 4 < len(art.text) <= DEFAULT_LIMITS.article_chars
    assert art.text.endswith("hai nước.")  # at a paragraph's end
    (w,) = warned
    assert w.source == str(f)
    assert w.message == (f"article cut to its first {len(art.text):,} characters, of a file of 50.0 MiB "
                         f"(at most {DEFAULT_LIMITS.article_chars:,} are read of one article)")


def test_10_mb_single_line_is_cut_at_a_word(tmp_path: Path) -> None:
    f = tmp_path / "line.txt"
    f.write_text("hội đàm quốc phòng " * (10 * MiB // 23), encoding="utf-8")
    (art,), _, (w,) = read_all(f)
    assert len(art.text) <= DEFAULT_LIMITS.article_chars
    assert art.text.split()[-1] in ("hội", "đàm", "quốc", "phòng")  # cut at a word's end
    assert w.message.startswith(f"article cut to its first {len(art.text):,} characters, of a file of")


def test_huge_json_line_is_read_and_cut_and_longer_lines_skipped(tmp_path: Path) -> None:
    f = tmp_path / "a.jsonl"
    huge = json.dumps({"id": "huge", "text": "Hai bên đã ký Ý định thư. " * (20 * MiB // 30)}, ensure_ascii=False)
    small = json.dumps({"id": "small", "text": BODY}, ensure_ascii=False)
    write(f, "\n".join([huge, small]) + "\n")
    (h, s), skipped, (w,) = read_all(f)
    assert (h.id, s.id, skipped) == ("huge", "small", [])
    assert len(h.text) <= DEFAULT_LIMITS.article_chars and w.source == f"{f}:1" and "article cut" in w.message
    limits = ReadLimits(jsonl_line_chars=len(huge) - 1)
    (s,), skipped, _ = read_all(f, limits=limits)
    assert s.id == "small"
    assert skipped == [Skipped(f"{f}:1", f"line of {len(huge) + 1:,} characters (at most {len(huge) - 1:,})")]


@pytest.mark.parametrize("extra", [-1, 0, 1, 40])
def test_a_page_at_the_byte_limit_is_read_whole_and_one_past_it_in_part(tmp_path: Path, extra: int) -> None:
    """The read is sized by the file, not by the limit: the boundary stays where it was."""
    page = HTML.encode("utf-8")
    f = tmp_path / "a.html"
    f.write_bytes(page)
    limit = len(page) - extra
    _, _, warned = read_all(f, limits=ReadLimits(file_bytes=limit))
    cut = [w for w in warned if "only its first" in w.message]
    assert bool(cut) == (extra > 0)


def test_huge_html_page_is_read_in_part_with_a_warning(tmp_path: Path) -> None:
    f = tmp_path / "a.html"
    f.write_text(HTML.replace("</article>", "<p>" + "x" * (9 * MiB) + "</p></article>"), encoding="utf-8")
    (art,), _, warned = read_all(f)
    assert "Sáng 2-7, tại Hà Nội" in art.text
    assert warned[0].message == f"page of {f.stat().st_size / MiB:.1f} MiB: only its first 8.0 MiB were read"


def test_deeply_nested_html_is_reported(tmp_path: Path) -> None:
    f = tmp_path / "a.html"
    deep = "<div>" * 100_000 + "<p>sâu</p>" + "</div>" * 100_000
    f.write_text(HTML.replace("<footer>", deep + "<footer>"), encoding="utf-8")
    (art,), _, warned = read_all(f)
    assert "Sáng 2-7, tại Hà Nội" in art.text
    assert [w.message for w in warned] == ["HTML nested deeper than 256 elements: the parser stopped there, "
                                           "and the rest of the page was not read"]


@pytest.mark.parametrize("suffix, content", [
    (".jsonl", json.dumps({"id": "a", "text": "\x7f \x00"}) + "\n"),
    (".txt", " " * 100 + "\x00" + "\n" * 10),
])
def test_article_of_nothing_but_controls_is_empty(tmp_path: Path, suffix: str, content: str) -> None:
    f = write(tmp_path / f"a{suffix}", content)
    arts, skipped = read(f)
    assert arts == [] and [s.reason for s in skipped] == ["empty article"]


def test_html_lead_marked_as_an_announcement_is_kept(tmp_path: Path) -> None:
    """Some outlets (Sputnik, RIA) mark the lead `article__announce`; it often holds the only date."""
    page = tmp_path / "announce.html"
    body = "".join(f"<p>Đoạn {i}: hai bên trao đổi về hợp tác hải quân, huấn luyện và tìm kiếm cứu nạn trên biển.</p>"
                   for i in range(4))
    page.write_text(
        '<html><head><meta charset="utf-8"><title>Tàu hộ vệ cập cảng Cam Ranh</title></head><body>'
        '<div class="article"><h1>Tàu hộ vệ cập cảng Cam Ranh</h1>'
        '<div class="article__announce">Sáng 14/11, tàu hộ vệ Gromky của Hải quân Nga cập cảng quốc tế Cam Ranh, '
        'bắt đầu chuyến thăm năm ngày.</div>'
        f'<div class="article__body">{body}</div></div></body></html>',
        encoding="utf-8",
    )
    art = read_html(page)
    assert "Sáng 14/11, tàu hộ vệ Gromky" in art.text
