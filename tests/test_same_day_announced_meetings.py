"""'Cùng ngày, bên lề hội nghị, A đã có các cuộc gặp song phương với B và C.' announces meetings on the
day last told, though it tells no date of its own: a meeting told after it by its opening ('Tại cuộc
gặp D, ...') with no day of its own was held on the day of the meetings it lists
(`event.day-of-the-announced-meetings`)."""

from reading_helpers import events

LEAD = ("Thứ Sáu, 10/10/2025 - 07:30\n\nHải quân Việt Nam dự ANCM-19\n\n"
        "Các Tư lệnh Hải quân ASEAN đã thông qua Tuyên bố chung về an ninh biển.\n\n"
        "Đoàn đại biểu Hải quân Việt Nam tham dự ANCM-19. (Ảnh: TTXVN)\n\n"
        "Theo phóng viên tại Thái Lan, Hội nghị Tư lệnh Hải quân các nước ASEAN lần thứ 19 (ANCM-19) đã diễn "
        "ra ngày 8/10/2025 tại Pattaya.\n\n"
        "Đoàn Việt Nam do Đô đốc Trần Thanh Nghiêm làm trưởng đoàn tham dự hội nghị từ ngày 7-9/10.\n\n"
        "Kết thúc hội nghị, các Tư lệnh nhất trí Singapore, nước Chủ tịch ASEAN năm 2027, sẽ đăng cai "
        "Hội nghị lần thứ 20.\n\n")
CAMBODIA = ("Tại cuộc gặp Chuẩn Đô đốc Sok Vanna, Tư lệnh Hải quân Hoàng gia Campuchia, hai bên nhất trí chuẩn bị "
            "tốt cho Giao lưu hữu nghị hải quân lần thứ ba dự kiến diễn ra vào tháng 12 tới.")


def _by_country(found):
    return {c: e for e in found for c in e.countries if c != "VNM"}


def test_meeting_after_a_same_day_announcement_takes_its_day():
    found = _by_country(events(LEAD + "Cùng ngày, bên lề hội nghị, Đô đốc Trần Thanh Nghiêm đã có các cuộc gặp song "
                               "phương với Đô đốc Pichet Somboon, Tư lệnh Hải quân Hoàng gia Thái Lan và Đô đốc Ahmad "
                               "Rosli, Tư lệnh Hải quân Hoàng gia Malaysia.\n\n" + CAMBODIA, None, "Meeting"))
    assert found["THA"].start is not None and found["KHM"].start == found["THA"].start


def test_meeting_with_no_announcement_stays_undated():
    found = _by_country(events(LEAD + "Đô đốc Trần Thanh Nghiêm phát biểu tại phiên toàn thể của hội nghị.\n\n"
                               + CAMBODIA, None, "Meeting"))
    assert found["KHM"].start is None
