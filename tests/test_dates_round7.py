"""Dates of background and dates behind a press source (issue 10, round 7; sentences of our own).

- the year a series began ("được tổ chức lần đầu vào năm 2015") dates neither the edition the
  page tells nor anything else: it is dropped as `date.series-began`;
- the year naming a law or a convention ("Công ước ... về Luật Biển năm 1982") is no hint of
  the page's year: `date.document-year`;
- a press source opening a sentence ("Hãng tin Kyodo cho biết, ", "Theo phóng viên TTXVN tại
  Manila, ") is not the sentence's own words: the date after it heads the sentence.
"""

from kg.model import PartialDate, Sentence
from kg.pipeline.dates import DOCUMENT_YEAR, SERIES_BEGAN, background_rule, infer_publication_date
from kg.pipeline.common import doc_index
from kg.pipeline.when import article_dateline, sentence_head
from reading_helpers import events, read

FORUM = ("Diễn đàn Quốc phòng Hà Nội 2023\n\n"
         "Diễn đàn Quốc phòng Hà Nội 2023, một cơ chế đối thoại đa phương cấp Thứ trưởng, khai mạc sáng 12/9 "
         "tại Hà Nội với sự tham dự của đoàn đại biểu Lào, Campuchia và Thái Lan.\n\n"
         "Diễn đàn Quốc phòng Hà Nội được tổ chức lần đầu vào năm 2015 và diễn ra hằng năm.\n")


def test_the_year_a_series_began_is_dropped_with_its_rule():
    doc = read(FORUM, PartialDate(2023, 9, 12))
    assert all(d.date.year != 2015 for d in doc.dates)
    assert any(d.layer == "date" and d.rule == SERIES_BEGAN and "2015" in d.text for d in doc.dropped)


def test_the_year_a_series_began_does_not_date_the_edition():
    assert all(e.start != PartialDate(2015) for e in events(FORUM, PartialDate(2023, 9, 12)))


def test_series_began_reads_the_words_right_before_the_date():
    text = "Cuộc diễn tập lần đầu tiên được tổ chức năm 2016 tại Campuchia."
    assert background_rule(text, text.index("năm 2016"), PartialDate(2016)) == SERIES_BEGAN
    # a first time told of a day of this year is the news itself
    text = "Lần đầu tiên trong năm 2024, hai hải quân tuần tra chung."
    assert background_rule(text, text.index("năm 2024"), PartialDate(2024)) is None


def test_the_year_of_a_convention_is_not_the_pages_year():
    body = ("Bộ trưởng Quốc phòng hai nước hội đàm\n\n"
            "Tại hội đàm, hai bộ trưởng nhất trí giải quyết các tranh chấp bằng biện pháp hòa bình, trên cơ sở "
            "luật pháp quốc tế, nhất là Công ước Liên hợp quốc về Luật Biển năm 1982.\n")
    assert infer_publication_date(body, body, []) is None
    doc = read(body)
    assert doc.published is None
    assert any(d.rule == DOCUMENT_YEAR for d in doc.dropped)


def test_another_year_still_dates_a_page_that_names_a_convention():
    body = ("Hải quân hai nước tuần tra chung\n\n"
            "Tháng 5/2024, hải quân hai nước đã tuần tra chung, thực hiện Công ước Liên hợp quốc về Luật "
            "Biển năm 1982.\n")
    assert infer_publication_date(body, body, []) == PartialDate(2024)


def test_a_law_year_is_background_but_not_a_year_of_practice_of_law():
    text = "Hai bên tuân thủ Luật Quốc phòng năm 2018."
    assert background_rule(text, text.index("năm 2018"), PartialDate(2018)) == DOCUMENT_YEAR
    text = "Lực lượng chấp pháp đã tăng cường thực thi pháp luật năm 2024."
    assert background_rule(text, text.index("năm 2024"), PartialDate(2024)) is None


def _head(text: str) -> str:
    return text[sentence_head(text, Sentence(text, 0, len(text))):]


def test_a_press_source_is_not_the_sentences_own_words():
    assert _head("Hãng tin Kyodo cho biết, ngày 14/5, hai tàu đã cập cảng.").startswith("ngày 14/5")
    assert _head("Theo phóng viên TTXVN tại Manila, chiều 3/4, hai bên hội đàm.").startswith("chiều 3/4")
    assert _head("Báo Quân đội nhân dân đưa tin, sáng 9/8, đoàn đã tới Viêng Chăn.").startswith("sáng 9/8")


def test_a_plan_or_a_ministry_is_no_press_source():
    assert _head("Theo kế hoạch, ngày 5/3, đoàn sẽ tới Hà Nội.").startswith("Theo kế hoạch")
    assert _head("Theo Bộ Quốc phòng, ngày 5/3, đoàn đã tới.").startswith("Theo Bộ Quốc phòng")


def test_a_day_after_a_long_press_source_is_the_articles_dateline():
    # the story's day stands after "Báo ... đưa tin, " (beyond the few characters a date that
    # opens its sentence may stand at), and the sentence runs on in the next paragraph
    text = ("Tàu hộ vệ của Hải quân Hoàng gia Anh cập cảng Đà Nẵng\n\n"
            "Tàu hộ vệ HMS Kent của Hải quân Hoàng gia Anh đã cập cảng Tiên Sa, mở đầu hành trình qua "
            "các nước Đông Nam Á.\n\n"
            "Tàu HMS Kent thuộc Nhóm tác chiến tàu sân bay của Anh. Tàu dài 133 m. Thủy thủ đoàn có 200 người.\n\n"
            "Báo Quân đội nhân dân đưa tin, ngày 14/5, tàu hộ vệ HMS Kent\n\n"
            "(số hiệu F78) đã cập cảng Tiên Sa ở quận Sơn Trà.\n")
    found = article_dateline(doc_index(read(text)))
    assert found is not None and found.surface == "14/5"


# ---- a weekday told without its date, against the publication date

TALKS = ("Bộ trưởng Quốc phòng Mỹ Lloyd Austin {when} đã hội đàm với Đại tướng Phan Văn Giang, Bộ trưởng Bộ "
         "Quốc phòng Việt Nam, tại Hà Nội.\n")


def _talks_day(when: str, published: PartialDate):
    (talks,) = events("Hội đàm quốc phòng Việt - Mỹ\n\n" + TALKS.format(when=when), published, kind="Talks")
    return talks.start


def test_a_weekday_is_the_last_such_day_of_the_pages_week():
    wednesday = PartialDate(2024, 3, 6)
    assert _talks_day("hôm thứ Hai", wednesday) == PartialDate(2024, 3, 4)
    assert _talks_day("vào Chủ nhật", wednesday) == PartialDate(2024, 3, 3)
    assert _talks_day("hôm thứ Tư", wednesday) == wednesday


def test_a_weekday_of_last_week_and_across_the_new_year():
    assert _talks_day("sáng thứ Hai tuần trước", PartialDate(2024, 3, 6)) == PartialDate(2024, 2, 26)
    assert _talks_day("hôm thứ Sáu", PartialDate(2024, 1, 2)) == PartialDate(2023, 12, 29)


def test_a_date_written_after_the_weekday_wins():
    assert _talks_day("hôm thứ Ba (5/3)", PartialDate(2024, 3, 8)) == PartialDate(2024, 3, 5)


def test_no_weekday_without_a_time_word_or_without_a_full_publication_date():
    doc = read("Đây là lần thứ hai Thứ trưởng Hoàng Xuân Chiến thăm Nhật Bản, ngày thứ hai của chuyến thăm.\n",
               PartialDate(2024, 3, 6))
    assert doc.dates == []
    assert read(TALKS.format(when="hôm thứ Hai"), PartialDate(2024, 3)).dates == []


def test_a_planned_weekday_is_the_next_one():
    doc = read("Bộ trưởng Quốc phòng Mỹ dự kiến sẽ tới Hà Nội vào thứ Năm.\n", PartialDate(2024, 3, 6))
    assert [d.date for d in doc.dates] == [PartialDate(2024, 3, 7)]
