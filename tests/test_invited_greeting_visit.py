"""A goodwill visit across the border told after an invitation opening the sentence ("Nhận lời mời của Bộ CHQS
tỉnh X (Lào), ... dẫn đầu đoàn công tác sang thăm, chúc mừng ..., từ ngày 1 đến 3/12"): the body that invites is
the host, and the days told after the verb tell it as done (round 51a, mend66). Sentences of our own."""

from kg.model import PartialDate
from reading_helpers import events, rules_of


def test_invited_delegation_greets_the_inviting_province_abroad():
    text = ("Nhận lời mời của Bộ Chỉ huy Quân sự tỉnh Chăm-pa-sắc (Lào), Đại tá Lò Văn Minh, Chỉ huy trưởng Bộ Chỉ "
            "huy Quân sự tỉnh Kon Tum dẫn đầu đoàn công tác sang thăm, chúc mừng nhân dịp Tết cổ truyền Bunpimay, "
            "từ ngày 12 đến 14/4. Đoàn đã trao tặng nhiều phần quà.")
    found = events(text, PartialDate(2025, 4, 15), "Visit")
    assert len(found) == 1
    assert set(found[0].countries) == {"LAO", "VNM"}
    assert str(found[0].start) == "2025-04-12"
    assert {"event.greeting-visit", "event.invited-by-host"} <= set(rules_of(found))


def test_anniversary_days_before_the_visits_own_days():
    text = ("Nhận lời mời của Bộ Chỉ huy Quân sự tỉnh Oddar Meanchey (Campuchia), Đại tá Bế Văn Toàn dẫn đầu đoàn "
            "công tác sang thăm, chúc mừng nhân dịp kỷ niệm 70 năm Ngày thành lập Quân đội Hoàng gia Campuchia "
            "(1953 - 2023), từ ngày 8 đến 10/11.")
    found = events(text, PartialDate(2023, 11, 11), "Visit")
    assert len(found) == 1
    assert set(found[0].countries) == {"KHM", "VNM"}
    assert str(found[0].start) == "2023-11-08"


def test_greeting_a_unit_at_home_stays_no_visit():
    text = ("Đại tá Lò Văn Minh, Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh Kon Tum dẫn đầu đoàn công tác thăm, chúc "
            "mừng Trung đoàn 24 nhân dịp kỷ niệm ngày truyền thống, từ ngày 1 đến 3/12.")
    assert events(text, PartialDate(2025, 12, 4), "Visit") == []


def test_invitation_of_a_vietnamese_body_names_no_host_abroad():
    text = ("Nhận lời mời của Bộ Chỉ huy Quân sự tỉnh Nghệ An, Đại tá Lò Văn Minh dẫn đầu đoàn công tác sang thăm, "
            "chúc mừng nhân dịp kỷ niệm ngày truyền thống, từ ngày 1 đến 3/12.")
    assert events(text, PartialDate(2025, 12, 4), "Visit") == []
