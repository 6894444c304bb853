"""An article's source: its URL, else the source the page credits (kg.pipeline.clean.credited_source)."""

from __future__ import annotations

import csv
import io
import json

import pytest
from click.testing import CliRunner

from kg.cli import cli
from kg.model import RemovedLine
from kg.pipeline.clean import BYLINE, SOURCE, credited_source

BODY = ("Chiều 12/3/2025, tại Hà Nội, Đại tướng Trần Văn Nam, Bộ trưởng Bộ Quốc phòng Việt Nam đã hội đàm với "
        "ông Khamphao Vongsa, Bộ trưởng Quốc phòng Lào. Hai bên đánh giá cao kết quả hợp tác quốc phòng thời gian "
        "qua và thống nhất tăng cường trao đổi đoàn các cấp, hợp tác đào tạo và khắc phục hậu quả chiến tranh.\n\n"
        "Hai bên cũng nhất trí phối hợp chặt chẽ tại các diễn đàn đa phương trong khu vực, nhất là ADMM và ADMM+, "
        "góp phần giữ vững hòa bình, ổn định ở khu vực và trên thế giới.\n\n")


@pytest.mark.parametrize("lines, source", [
    (["Theo vov.vn"], "vov.vn"),
    (["(Nguồn: Báo Biên phòng)"], "Báo Biên phòng"),
    (["Ngọc Hân (Theo Báo Quân khu 7)"], "Báo Quân khu 7"),
    (["https://example.vn/quoc-phong/hoi-dam-123.html", "Theo example.vn"], "https://example.vn/quoc-phong/hoi-dam-123.html"),
    (["www.example.vn/bai-1"], "https://www.example.vn/bai-1"),
    (["(TTXVN)"], "TTXVN"),
    (["Lan Anh/VOV.VN"], "VOV.VN"),
    (["Bài và ảnh: Trần Bình"], None),  # a byline names a person
    (["HOÀNG MINH"], None),
    ([], None),
])
def test_the_credited_source(lines, source):
    removed = [RemovedLine(text, SOURCE if i % 2 == 0 else BYLINE) for i, text in enumerate(lines)]
    assert credited_source(removed) == source


def test_a_line_dropped_for_another_reason_is_no_credit():
    assert credited_source([RemovedLine("Theo vov.vn", "clean.footer")]) is None


def articles(store) -> dict[str, dict]:
    result = CliRunner().invoke(cli, ["--store", str(store), "query", "--name", "articles", "--format", "csv"])
    return {r["identifier"]: r for r in csv.DictReader(io.StringIO(result.stdout))}


def test_a_build_records_the_credited_source_and_prefers_the_url(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "credited.txt").write_text("Hội đàm quốc phòng Việt Nam - Lào\n\n" + BODY + "Theo vov.vn\n",
                                         encoding="utf-8")
    (folder / "silent.txt").write_text("Hội đàm quốc phòng Việt Nam - Lào\n\n" + BODY, encoding="utf-8")
    line = {"id": "with-url", "url": "https://example.vn/bai-viet-1.html", "title": "Hội đàm",
            "text": BODY + "Theo vov.vn\n"}
    (folder / "lines.jsonl").write_text(json.dumps(line, ensure_ascii=False) + "\n", encoding="utf-8")
    store = tmp_path / "store"
    assert CliRunner().invoke(cli, ["--store", str(store), "build", str(folder), "--no-exports"]).exit_code == 0
    found = articles(store)
    assert found["credited.txt"]["source"] == "vov.vn"
    assert found["silent.txt"]["source"] == ""
    assert found["with-url"]["source"] == "https://example.vn/bai-viet-1.html"
    shown = CliRunner().invoke(cli, ["--store", str(store), "query",
                                     "SELECT ?a WHERE { ?a a dkg:SourceDocument ; dcterms:identifier \"credited.txt\" }"])
    assert "(2025-03-12, vov.vn)" in shown.stdout  # an article named by title, date and source
