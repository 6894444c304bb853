"""A round-up page's "hai nước" (round 52f, `partnership.context-paragraph-before`): a level told of "hai nước" with
no country in its sentence or paragraph, on a page whose briefs name several countries, is the pair of the paragraph
right before when that paragraph names one foreign country ("Chiều 19/3, tại Canberra, ... Việt Nam - Australia ..."
then "Tại đối thoại, ... kể từ khi hai nước nâng cấp quan hệ lên Đối tác chiến lược toàn diện ..."). A level told
with no "hai nước" stays without a pair."""

from kg.model import PartialDate

from tests.reading_helpers import read

PAGE_DAY = PartialDate(2026, 3, 20)

ROUND_UP = """Sáng 20/3, tại Trụ sở Bộ Quốc phòng, Thượng tướng Lê Văn Hòa, Thứ trưởng Bộ Quốc phòng đã tiếp ông Ricardo Lemos Pinto, Đại sứ Brazil tại Việt Nam đến chào kết thúc nhiệm kỳ.

Chiều 19/3, tại Canberra, Thượng tướng Đàm Quang Vinh, Thứ trưởng Bộ Quốc phòng và ông Peter Halloran, Thứ trưởng Bộ Quốc phòng Australia đồng chủ trì Đối thoại Chính sách Quốc phòng Việt Nam - Australia lần thứ 8.

Tại đối thoại, hai bên đánh giá cao kết quả hợp tác quốc phòng kể từ khi hai nước nâng cấp quan hệ lên Đối tác chiến lược toàn diện, nhất là trong gìn giữ hòa bình và đào tạo.
"""


def test_hai_nuoc_on_a_round_up_takes_the_pair_of_the_paragraph_before():
    pairs = [(p.countries, p.level) for p in read(ROUND_UP, PAGE_DAY).partnerships]
    assert pairs == [(("AUS", "VNM"), "ComprehensiveStrategicPartnership")]


NO_PAIR_TOLD = ROUND_UP.replace(
    "kể từ khi hai nước nâng cấp quan hệ lên Đối tác chiến lược toàn diện",
    "trong bối cảnh quan hệ đối tác chiến lược toàn diện đang phát triển tốt đẹp")


def test_a_level_told_without_hai_nuoc_stays_without_a_pair():
    assert read(NO_PAIR_TOLD, PAGE_DAY).partnerships == []
