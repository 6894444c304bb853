"""A Commonwealth realm's Governor-General ("Toàn quyền New Zealand Cindy Kiro") is an official of that
country (lex_positions.txt, country_cues.tsv); "toàn quyền" as a common noun ("toàn quyền quyết định")
is no title."""

from tests.reading_helpers import officials_by_name, read

GOVERNOR = (
    "Chủ tịch nước tiếp Toàn quyền New Zealand\n\n"
    "Chiều 12/5/2024, tại Hà Nội, Chủ tịch nước Nguyễn Văn Bình và Toàn quyền New Zealand Cindy Kiro đã "
    "thăm Học viện Quốc phòng."
)

COMMON_NOUN = (
    "Bộ Quốc phòng giao nhiệm vụ\n\n"
    "Chiều 12/5/2024, Thượng tướng Nguyễn Văn Bình giao toàn quyền quyết định cho Bộ Tư lệnh Quân khu 5 "
    "trong công tác cứu hộ."
)


def test_governor_general_is_an_official_of_the_realm():
    found = officials_by_name(read(GOVERNOR))
    assert "Cindy Kiro" in found and found["Cindy Kiro"].country == "NZL"


def test_common_noun_is_no_title():
    found = officials_by_name(read(COMMON_NOUN))
    assert all("oàn quyền" not in p for o in found.values() for p in o.positions)


COLONIAL = (
    "Lịch sử một pháo đài\n\n"
    "Năm 1940, Toàn quyền Đông Dương Jean Martin cho xây dựng pháo đài trên đảo."
)


def test_colonial_governor_is_no_official():
    assert "Jean Martin" not in officials_by_name(read(COLONIAL))
