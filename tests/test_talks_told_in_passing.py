"""Talks a page tells only in passing, with no one named at them (round 43c, realev6):

- "trong một cuộc hội đàm của Ủy ban Liên chính phủ Việt Nam - X": the talks the article takes as
  held, like "trong cuộc hội đàm" (`presupposed-before` takes "một"), on the day of their clause;
- "thông báo ... kết quả cuộc hội đàm giữa Đoàn ... X và Đoàn ... Việt Nam vừa diễn ra trước đó":
  talks told by their result (`event.result-told`) with the two sides named by their delegations
  are talks of Vietnam and X (`event.presupposed`), not dropped for want of people.

And a country a document's label names as an arm's maker is no side of it ("ký một thỏa thuận với
Việt Nam để huấn luyện ... tàu tuần tra do Pháp sản xuất" is no agreement with France:
`agreement.party-in-label` skips "do X sản xuất/chế tạo").
"""

from kg.model import PartialDate

from tests.reading_helpers import events, read

COMMITTEE = """Việt Nam và Kazakhstan ký thỏa thuận về kỹ thuật quân sự

Hai nước đã thống nhất các nội dung hợp tác vào ngày 14/3 trong một cuộc hội đàm của Ủy ban Liên chính phủ Việt Nam - Kazakhstan về hợp tác kỹ thuật quân sự.

Các nội dung được đánh giá là thiết thực, phù hợp với nhu cầu của quân đội hai nước.
"""

RESULT = """Tổng Tham mưu trưởng Quân đội Chile thăm chính thức Việt Nam

Nhận lời mời của Bộ Tổng Tham mưu Quân đội nhân dân Việt Nam, Đại tướng Rodrigo Fuenzalida, Tổng Tham mưu trưởng Quân đội Chile, thăm chính thức Việt Nam từ ngày 9 đến 12-4-2024.

Sáng 10-4, Đại tướng Rodrigo Fuenzalida đã hội kiến với Đại tướng Lâm Quang Thái, Bộ trưởng Bộ Quốc phòng.

Tại buổi hội kiến, Đại tướng Rodrigo Fuenzalida thông báo với Đại tướng Lâm Quang Thái về kết quả cuộc hội đàm giữa Đoàn đại biểu quân sự Chile và Đoàn đại biểu quân sự Việt Nam vừa diễn ra trước đó.
"""

PURPOSE = """Nhật Bản huấn luyện kỹ sư hải quân cho Việt Nam

Nhật Bản vừa ký một thỏa thuận với Việt Nam để huấn luyện các kỹ sư của hải quân quốc gia này bảo dưỡng tàu tuần tra do Pháp sản xuất, một tờ báo đưa tin.

Thỏa thuận được ký kết trong cuộc gặp giữa Bộ trưởng Quốc phòng hai nước tại Tokyo hôm 3/10.
"""


def test_talks_in_a_committee_session_told_in_passing():
    talks = events(COMMITTEE, kind="Talks")
    assert len(talks) == 1
    assert talks[0].start == PartialDate(None, 3, 14)
    assert set(talks[0].countries) == {"VNM", "KAZ"}


def test_talks_told_by_their_result_between_two_delegations():
    talks = events(RESULT, kind="Talks")
    assert len(talks) == 1
    assert set(talks[0].countries) == {"VNM", "CHL"}
    assert talks[0].start == PartialDate(2024, 4, 10)


def test_the_maker_of_an_arm_is_no_party_to_the_document():
    agreements = read(PURPOSE).agreements
    assert agreements
    assert all("FRA" not in a.parties for a in agreements)
