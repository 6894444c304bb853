"""Cleaning scraped Vietnamese news pages, and splitting sentences."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kg.pipeline.clean import MAX_SENTENCE, clean, clean_page, clean_text, sentences, split_sentences
from kg.model import Article, Doc

TITLE = "Bộ trưởng Quốc phòng hai nước hội đàm tại Hà Nội"
LEAD = (
    "Chiều 12/3, tại Hà Nội, Bộ trưởng Bộ Quốc phòng Việt Nam đã hội đàm với Bộ trưởng "
    "Quốc phòng Nhật Bản nhân chuyến thăm chính thức Việt Nam của đoàn."
)
BODY2 = (
    "Hai bên nhất trí tiếp tục thúc đẩy hợp tác trong các lĩnh vực đào tạo, gìn giữ hòa bình "
    "Liên hợp quốc, khắc phục hậu quả chiến tranh và công nghiệp quốc phòng."
)
BODY3 = "Kết thúc hội đàm, hai Bộ trưởng đã ký Bản ghi nhớ về hợp tác trong lĩnh vực quân y."


def page(*lines: str) -> str:
    return "\n\n".join(lines)


def kept_and_removed(*lines: str) -> tuple[str, list[str]]:
    return clean_text(page(*lines))


def test_body_paragraphs_kept_in_order() -> None:
    text, removed = kept_and_removed(TITLE, LEAD, BODY2, BODY3)
    assert text == page(TITLE, LEAD, BODY2, BODY3)
    assert removed == []


@pytest.mark.parametrize(
    "header",
    [
        "Tin cùng chuyên mục",
        "Tin liên quan",
        "Có thể bạn quan tâm",
        "Đọc thêm",
        "Xem thêm",
        "TIN KHÁC",
        "Cùng chuyên mục",
        "Tin mới",
        "Tin đọc nhiều",
        "Bài viết cùng chủ đề: Quốc phòng",
        "• Từ khóa",
        "Tags: quốc phòng, Nhật Bản",
        ">> Tin liên quan:",
    ],
)
def test_footer_header_cuts_the_rest(header: str) -> None:
    teaser = "Sáng 13/3, Bộ trưởng Quốc phòng Lào đã tiếp đoàn đại biểu Campuchia tại Viêng Chăn."
    text, removed = kept_and_removed(TITLE, LEAD, BODY2, header, "Lào và Campuchia tăng cường hợp tác", teaser)
    assert text == page(TITLE, LEAD, BODY2)
    assert removed == [header, "Lào và Campuchia tăng cường hợp tác", teaser]


def test_header_words_inside_a_sentence_are_body() -> None:
    s = "Ông cho biết các tin liên quan đến hợp tác quốc phòng sẽ được công bố sau; xem thêm tại cổng thông tin."
    text, removed = kept_and_removed(TITLE, LEAD, s, BODY2)
    assert s in text and BODY2 in text
    assert removed == []


def test_footer_header_at_top_is_a_menu_not_a_footer() -> None:
    text, removed = kept_and_removed("Tin mới", TITLE, LEAD, BODY2)
    assert text == page(TITLE, LEAD, BODY2)
    assert removed == ["Tin mới"]


@pytest.mark.parametrize(
    "noise",
    [
        "Bạn thấy bài viết này thế nào?",
        "Kém ★ Bình thường ★★ Tốt ★★★",
        "fb yt zl tw",
        "Chia sẻ",
        "In bài",
        "724 lượt xem",
        "1.250 lượt đọc",
        "Thứ 4, 22.11.2023 | 14:19:00",
        "Thứ Hai, 02/07/2025 08:30",
        "Cập nhật: 14:30 ngày 05/03/2024",
        "Đăng lúc 08:15, 12/3/2024 (GMT+7)",
        "2-7-doi-thoai-7744.jpg",
        "anh-hoi-dam.PNG",
        "Theo baotintuc.vn",
        "Theo qdnd.vn",
        "Nguồn: Bộ Quốc phòng",
        "https://www.qdnd.vn/quoc-phong/tin-tuc/abc-752476",
        "HNMO",
        "TTXVN",
        "PV/TTXVN",
        "Đọc thêm: Nhật Bản viện trợ trang thiết bị cho Việt Nam",
    ],
)
def test_noise_lines_dropped(noise: str) -> None:
    text, removed = kept_and_removed(TITLE, LEAD, noise, BODY2, BODY3)
    assert text == page(TITLE, LEAD, BODY2, BODY3)
    assert removed == [noise]


@pytest.mark.parametrize(
    "caption,kept",
    [
        ("Hai Bộ trưởng chủ trì hội đàm. Ảnh: Huy Hùng/TTXVN", "Hai Bộ trưởng chủ trì hội đàm."),
        ("Hai Bộ trưởng chủ trì hội đàm. Ảnh: QĐND", "Hai Bộ trưởng chủ trì hội đàm."),
        ("Quang cảnh hội đàm (Ảnh: Trọng Đức)", "Quang cảnh hội đàm"),
        ("Quang cảnh. (Ảnh: Trọng Đức)", None),
        ("Đoàn Nhật Bản tại lễ đón. Ảnh minh họa", "Đoàn Nhật Bản tại lễ đón."),
        ("Lễ ký kết Bản ghi nhớ. (Ảnh: qdnd.vn)", "Lễ ký kết Bản ghi nhớ."),
        ("Ảnh: Huy Hùng/TTXVN", None),
    ],
)
def test_caption_keeps_its_text_and_loses_its_credit(caption: str, kept: str | None) -> None:
    text, removed = kept_and_removed(TITLE, LEAD, caption, BODY2)
    if kept is None:  # too short to say anything: dropped whole
        assert text == page(TITLE, LEAD, BODY2)
        assert removed == [caption]
    else:  # a photo states a fact: the caption stays, its credit goes
        assert text == page(TITLE, LEAD, kept, BODY2)
        assert removed == []


def test_body_line_with_lowercase_anh_colon_kept() -> None:
    line = "Triển lãm giới thiệu nhiều hình ảnh: máy bay, xe tăng và tàu chiến hiện đại"
    text, removed = kept_and_removed(TITLE, LEAD, line + ".", BODY2)
    assert line in text and removed == []


def test_body_sentence_citing_a_source_kept() -> None:
    line = "Kim ngạch thương mại quốc phòng tăng 5% (nguồn: Tổng cục Thống kê)."
    text, removed = kept_and_removed(TITLE, LEAD, line, BODY2)
    assert line in text and removed == []


def test_body_sentence_starting_like_a_stamp_kept() -> None:
    line = "Đăng ký tham gia Triển lãm trước ngày 20/12/2024."
    text, removed = kept_and_removed(TITLE, LEAD, line, BODY2)
    assert line in text and removed == []


def test_caption_without_credit_may_stay() -> None:
    caption = "Đại tướng Lương Văn Bình phát biểu tại hội nghị."
    text, _ = kept_and_removed(TITLE, LEAD, "anh-1.jpg", caption, BODY2)
    assert caption in text


def test_repeated_caption_lines_dropped() -> None:
    caption = "Quang cảnh buổi hội đàm giữa hai đoàn"
    text, removed = kept_and_removed(TITLE, LEAD, caption, caption, BODY2)
    assert text == page(TITLE, LEAD, BODY2)
    assert removed == [caption, caption]


def test_title_repeated_in_body_dropped_caption_kept() -> None:
    caption = " Bộ trưởng Quốc phòng Nhật Bản phát biểu tại hội đàm."
    raw = f"{TITLE}\n\n{LEAD}\n\n{TITLE}\n{caption}\n\n{BODY2}"
    text, removed = clean_text(raw)
    assert text == page(TITLE, LEAD, caption.strip(), BODY2)
    assert removed == [TITLE]


def test_title_given_separately() -> None:
    text, removed = clean_text(page(LEAD, TITLE, BODY2), title=TITLE)
    assert text == page(LEAD, BODY2)
    assert removed == [TITLE]


def test_caption_repeating_a_body_sentence_dropped() -> None:
    sentence = "Hai bên đã ký Bản ghi nhớ về hợp tác quân y."
    para = f"Kết thúc hội đàm, hai Bộ trưởng nhấn mạnh ý nghĩa của chuyến thăm. {sentence}"
    text, removed = kept_and_removed(TITLE, LEAD, sentence, para)
    assert text == page(TITLE, LEAD, para)
    assert removed == [sentence]


def test_long_repeated_paragraph_keeps_first_copy() -> None:
    long_para = (LEAD + " ") * 3
    text, removed = kept_and_removed(TITLE, long_para.strip(), BODY2, long_para.strip())
    assert text.count(long_para.strip()) == 1
    assert len(removed) == 1


def test_run_of_headlines_dropped() -> None:
    heads = [
        "Nhật Bản viện trợ trang thiết bị cho lực lượng gìn giữ hòa bình",
        "Lào Cai tổ chức diễn tập khu vực phòng thủ năm nay",
        "Hải quân Ấn Độ thăm cảng Cam Ranh",
    ]
    text, removed = kept_and_removed(TITLE, LEAD, BODY2, *heads, BODY3)
    assert text == page(TITLE, LEAD, BODY2, BODY3)
    assert removed == heads


def test_single_subheading_kept() -> None:
    sub = "Tăng cường hợp tác đào tạo"
    text, _ = kept_and_removed(TITLE, LEAD, sub, BODY2, BODY3)
    assert sub in text


def test_bulleted_list_of_body_kept() -> None:
    items = [
        "Lĩnh vực trưng bày gồm:",
        "- Hệ thống và trang thiết bị Hải quân",
        "- Hệ thống và trang thiết bị Lục quân",
        "- Hệ thống và trang thiết bị Phòng không",
    ]
    text, removed = kept_and_removed(TITLE, LEAD, *items, BODY2)
    assert all(i in text for i in items)
    assert removed == []


def test_glued_teaser_headlines_dropped() -> None:
    teaser = (
        "Hải quân tăng cường tuần tra trên biển dịp cuối năm Bộ Tư lệnh Cảnh sát biển "
        "tổ chức diễn tập tìm kiếm cứu nạn Quân khu 7 khai mạc hội thao quân sự toàn quân"
    )
    sapo = "Việt Nam và Nhật Bản đã ký Bản ghi nhớ về hợp tác quân y trong chiều nay."
    text, removed = kept_and_removed(TITLE, sapo, teaser, LEAD, BODY2)
    assert text == page(TITLE, sapo, LEAD, BODY2)
    assert removed == [teaser]


def test_author_name_at_end_dropped() -> None:
    text, removed = kept_and_removed(TITLE, LEAD, BODY2, BODY3, "Thế Duy", "Bạn thấy bài viết này thế nào?")
    assert text == page(TITLE, LEAD, BODY2, BODY3)
    assert removed == ["Thế Duy", "Bạn thấy bài viết này thế nào?"]


def test_name_like_line_inside_body_kept() -> None:
    text, _ = kept_and_removed(TITLE, LEAD, "Hà Nội", BODY2, BODY3)
    assert "Hà Nội\n" in text


def test_source_line_with_agency_at_end() -> None:
    text, removed = kept_and_removed(TITLE, LEAD, BODY2, "Minh Anh (TTXVN)")
    assert text == page(TITLE, LEAD, BODY2)
    assert removed == ["Minh Anh (TTXVN)"]


def test_theo_line_only_dropped_at_the_end() -> None:
    text, removed = kept_and_removed(TITLE, LEAD, BODY2, "Theo Báo Quân đội nhân dân")
    assert removed == ["Theo Báo Quân đội nhân dân"]
    body_theo = "Theo Bộ trưởng, hai bên sẽ sớm ký kết văn kiện."
    text, removed = kept_and_removed(TITLE, LEAD, body_theo, BODY2)
    assert body_theo in text and removed == []


def test_meta_line_kept_in_removed_for_dating() -> None:
    raw = f"{TITLE}\n\nThứ 4, 22.11.2023 | 14:19:00\n724 lượt xem\n\n{LEAD}"
    text, removed = clean_text(raw)
    assert removed == ["Thứ 4, 22.11.2023 | 14:19:00", "724 lượt xem"]
    assert "14:19" not in text


def test_hard_wrapped_paragraph_rejoined() -> None:
    raw = (
        f"{TITLE}\n\nChiều 12/3, tại Hà Nội, Bộ trưởng Bộ Quốc phòng\n"
        "đã hội đàm với Bộ trưởng Quốc phòng Nhật Bản\nnhân chuyến thăm chính thức Việt Nam.\n\n"
        f"{BODY2}"
    )
    text, _ = clean_text(raw)
    assert (
        "Chiều 12/3, tại Hà Nội, Bộ trưởng Bộ Quốc phòng đã hội đàm với Bộ trưởng Quốc phòng "
        "Nhật Bản nhân chuyến thăm chính thức Việt Nam." in text
    )


def test_crlf_bom_and_nbsp_normalised() -> None:
    raw = "\ufeff" + TITLE + "\r\n\r\n" + LEAD.replace(" ", "\xa0", 3) + "\r\n"
    text, _ = clean_text(raw)
    assert text == page(TITLE, LEAD)


def test_empty_input() -> None:
    assert clean_text("") == ("", [])
    assert clean_text(" \n\n \n") == ("", [])


def test_components_fill_doc() -> None:
    doc = Doc(article=Article(id="x", text=page(TITLE, LEAD, "fb yt zl tw"), title=TITLE))
    sentences(clean(doc))
    assert doc.text == page(TITLE, LEAD)
    assert doc.removed == ["fb yt zl tw"]
    assert [s.text for s in doc.sentences] == [TITLE, LEAD]


# ----------------------------------------------------------------- sentences


def texts(text: str) -> list[str]:
    return [s.text for s in split_sentences(text)]


def test_split_basic() -> None:
    assert texts("Hai bên hội đàm. Sau đó ký kết! Có ai phản đối? Không.") == [
        "Hai bên hội đàm.", "Sau đó ký kết!", "Có ai phản đối?", "Không."]


def test_split_on_paragraphs() -> None:
    assert texts("Tiêu đề không dấu chấm\n\nĐoạn một.\nĐoạn hai") == [
        "Tiêu đề không dấu chấm", "Đoạn một.", "Đoạn hai"]


@pytest.mark.parametrize(
    "text",
    [
        "Đoàn đến TP.HCM vào buổi sáng.",
        "Có hơn 2.000 đại biểu tham dự.",
        "Hội nghị diễn ra ngày 22.11.2023 tại Hà Nội.",
        "Trưng bày tàu, pháo, xe tăng v.v. Các đoàn đều đánh giá cao.",
        "Ông gặp Mr. Smith tại sân bay.",
        "Đoàn gặp TS. Nguyễn Văn An tại viện.",
        "Tổ hợp pháo tự hành Su-30MK2 cất cánh lúc 9 giờ.",
    ],
)
def test_no_split_inside(text: str) -> None:
    assert texts(text) == [text]


def test_split_before_digit_and_quote() -> None:
    assert texts("Hội nghị kết thúc. 20 đoàn đã dự. “Rất tốt”, ông nói.") == [
        "Hội nghị kết thúc.", "20 đoàn đã dự.", "“Rất tốt”, ông nói."]


def test_no_split_inside_continuing_quote() -> None:
    s = "“Tôi nghĩ hợp tác là cần thiết. Chúng tôi sẽ tiếp tục”, Đô đốc nói."
    assert texts(s + " Sau đó đoàn rời đi.") == [s, "Sau đó đoàn rời đi."]


def test_split_after_closing_quote() -> None:
    assert texts("Ông nói: “Chúng tôi sẵn sàng.” Hai bên ký kết.") == [
        "Ông nói: “Chúng tôi sẵn sàng.”", "Hai bên ký kết."]


def test_unclosed_quote_does_not_block_splitting() -> None:
    assert texts("Ông nói “chúng tôi sẵn sàng. Hai bên ký kết.") == [
        "Ông nói “chúng tôi sẵn sàng.", "Hai bên ký kết."]


def test_no_split_before_lowercase() -> None:
    assert texts("Tàu dài 120 m. và rộng 15 m.") == ["Tàu dài 120 m. và rộng 15 m."]


def test_offsets() -> None:
    text = "  Câu một.   Câu hai!\n\n  Câu ba"
    for s in split_sentences(text):
        assert text[s.start : s.end] == s.text
    assert texts(text) == ["Câu một.", "Câu hai!", "Câu ba"]


# ----------------------------------------------------------------- properties


@settings(max_examples=200, deadline=None)
@given(st.text())
def test_clean_text_never_crashes(raw: str) -> None:
    text, removed = clean_text(raw)
    assert isinstance(text, str) and all(isinstance(r, str) for r in removed)


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_sentence_offsets_slice_back(text: str) -> None:
    for s in split_sentences(text):
        assert text[s.start : s.end] == s.text
        assert s.text and s.text == s.text.strip()


_PROSE = st.lists(
    st.sampled_from(["Hai", "bên", "“", "”", '"', ".", "!", "?", "…", " ", "\n", "TP.HCM", "2.000",
                     "v.v.", "Ông", "A.", "Ảnh: QĐND", "Tin liên quan", "12/3"]),
    max_size=30,
).map("".join)


@settings(max_examples=300, deadline=None)
@given(_PROSE)
def test_sentences_of_prose_like_text(text: str) -> None:
    for s in split_sentences(text):
        assert text[s.start : s.end] == s.text
    cleaned, _ = clean_text(text)
    for s in split_sentences(cleaned):
        assert cleaned[s.start : s.end] == s.text


_LONG_RUN = st.lists(st.sampled_from(["hội đàm", "Lào", ",", ";", " ", "  ", "x" * 40, "ngày 5/6"]), min_size=200, max_size=900)


@settings(max_examples=60, deadline=None)
@given(_LONG_RUN.map("".join))
def test_a_run_without_full_stops_is_cut_into_bounded_sentences(text: str) -> None:
    found = split_sentences(text)
    assert all(len(s.text) <= MAX_SENTENCE and text[s.start : s.end] == s.text for s in found)
    assert "".join(s.text for s in found).replace(" ", "") == text.replace(" ", "")  # nothing lost


def test_a_long_real_sentence_stays_whole_and_a_longer_run_is_cut_at_a_comma() -> None:
    sentence = "Đại tướng Phan Văn Giang tiếp các đoàn " + ", ".join(["Lào", "Campuchia", "Thái Lan"] * 50) + "."
    assert len(sentence) < MAX_SENTENCE and [s.text for s in split_sentences(sentence)] == [sentence]
    run = "hai bên trao đổi về hợp tác, " * 80
    pieces = split_sentences(run)
    assert len(pieces) == 2 and pieces[0].text.endswith(",")


def test_lower_case_line_after_a_sentence_end_or_blank_line_is_not_joined() -> None:
    raw = (
        f"{TITLE}\n\nChiều 12/3, Bộ trưởng tiếp Đại sứ Nhật Bản.\n"
        "đây là một đoạn khác của bài báo về hợp tác quốc phòng.\n\n"
        "và đoạn này đứng sau một dòng trống nên cũng là đoạn riêng.\n"
    )
    text, _ = clean_text(raw)
    paragraphs = text.split("\n\n")
    assert "Chiều 12/3, Bộ trưởng tiếp Đại sứ Nhật Bản." in paragraphs
    assert "đây là một đoạn khác của bài báo về hợp tác quốc phòng." in paragraphs
    assert "và đoạn này đứng sau một dòng trống nên cũng là đoạn riêng." in paragraphs


def test_a_photo_story_keeps_its_captions_without_the_credits() -> None:
    raw = (
        "Tàu Hải quân Pháp thăm TP HCM\n\n"
        "Sáng 12-1-2026, tàu FS Prairial của Hải quân Pháp cập cảng Nhà Rồng, bắt đầu chuyến thăm TP HCM.\n\n"
        "Chiều cùng ngày, Thiếu tướng Lê Minh Tâm, Tư lệnh Bộ Tư lệnh TP HCM đã tiếp Hạm trưởng Antoine Dubreuil "
        "tại trụ sở Bộ Tư lệnh. Ảnh: HOÀNG TRIỀU\n\n"
        "Cảng. Ảnh: HOÀNG TRIỀU\n"
    )
    body, removed = clean_text(raw)
    assert "Thiếu tướng Lê Minh Tâm" in body and "HOÀNG TRIỀU" not in body
    assert "Cảng." not in body  # a caption that says nothing goes whole


def test_a_long_caption_repeating_a_sentence_of_the_body_goes() -> None:
    sentence = (
        "Đại tướng Phan Văn Giang và Bộ trưởng Quốc phòng Campuchia Tea Seiha chứng kiến lễ ký kết các văn kiện "
        "hợp tác quốc phòng giữa hai nước."
    )
    raw = f"Tiêu đề\n\nChiều 5/6/2025, tại Hà Nội, hai Bộ trưởng đã hội đàm. {sentence}\n\n{sentence} Ảnh: Trọng Đức\n"
    body, _ = clean_text(raw)
    assert body.count("chứng kiến lễ ký kết") == 1 and "Trọng Đức" not in body


def test_a_story_glued_after_the_byline_is_cut() -> None:
    raw = page(
        TITLE, LEAD, BODY2,
        "Minh Anh/VOV.VN",
        "Sáng cùng ngày, tại tỉnh Hà Giang, Bộ Chỉ huy Quân sự tỉnh tổ chức hội nghị tổng kết công tác năm. "
        "Đại tá Trần Văn Bảy chủ trì hội nghị.",
    )
    cleaned = clean_page(raw)
    assert "Trần Văn Bảy" not in cleaned.text and BODY2 in cleaned.text
    rules = {r.text[:20]: r.rule for r in cleaned.removed}
    assert rules["Minh Anh/VOV.VN"] == "clean.source-line"
    assert rules["Sáng cùng ngày, tại "] == "clean.story-after-byline"
    assert cleaned.warnings == []  # one paragraph: no need to warn


def test_a_byline_at_the_top_cuts_nothing() -> None:
    cleaned = clean_page(page(TITLE, "Tin, ảnh: Minh Anh", LEAD, BODY2))
    assert LEAD in cleaned.text and BODY2 in cleaned.text


def test_cutting_many_body_paragraphs_at_a_footer_is_reported() -> None:
    paragraphs = [f"Đoạn {i}: hai bên nhất trí tiếp tục thúc đẩy hợp tác quốc phòng trong các lĩnh vực đào tạo, "
                  f"gìn giữ hòa bình và khắc phục hậu quả chiến tranh, vì lợi ích của hai nước." for i in range(6)]
    cleaned = clean_page(page(TITLE, LEAD, BODY2, "Tin liên quan", *paragraphs))
    assert "Đoạn 0" not in cleaned.text
    assert len(cleaned.warnings) == 1 and "footer line 'Tin liên quan'" in cleaned.warnings[0]
    assert "6 paragraphs" in cleaned.warnings[0]
    short = clean_page(page(TITLE, LEAD, BODY2, "Tin liên quan", "Bộ trưởng tiếp Đại sứ Pháp", "Tàu Nhật thăm Cam Ranh"))
    assert short.warnings == []  # a list of headlines: the usual footer


def test_the_clean_component_keeps_the_rule_of_each_removed_line() -> None:
    doc = clean(Doc(article=Article(id="x", text=page(TITLE, LEAD, "Chia sẻ", BODY2))))
    assert [(r.text, r.rule) for r in doc.removed_lines] == [("Chia sẻ", "clean.widget")]
    assert doc.removed == ["Chia sẻ"]


def test_caption_without_full_stop_is_no_run_of_headlines() -> None:
    # every title after a name starts with a capital after lower-case words, as
    # headlines glued together do; the commas between a name and its titles tell them apart
    caption = ("Thượng tướng Trần Quốc Hải, Thứ trưởng Bộ Quốc phòng Việt Nam chào xã giao "
               "Ngài Anders Holm, Bộ trưởng Quốc phòng Đan Mạch")
    text, removed = kept_and_removed(TITLE, LEAD, caption, BODY2)
    assert caption in text and removed == []


def test_a_sentence_without_full_stop_whose_capitals_follow_prepositions_and_titles_stays() -> None:
    line = ("Cuộc gặp được đồng chủ trì giữa Thứ trưởng Bộ Quốc phòng Việt Nam Trần Quốc Hải và "
            "Bộ trưởng Bộ Quốc phòng Đan Mạch Anders Holm")
    text, removed = kept_and_removed(TITLE, LEAD, BODY2, line)
    assert line in text and removed == []
