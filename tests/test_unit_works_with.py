"""A Vietnamese unit that works with a neighbour's unit keeps Vietnam: the
neighbour's place after "phối hợp" is the other party's, not the unit's."""

from kg.model import PartialDate

from reading_helpers import events, read


def _codes(text: str) -> list[str]:
    return sorted({c.code for c in read(text, PartialDate(2028, 3, 2)).countries})


def test_a_place_after_phoi_hop_is_the_other_partys():
    for joiner in ("phối hợp", "phối hợp với", "phối hợp cùng"):
        text = ("Tuần tra chung\n\n"
                f"Sáng 1/3, Bộ Chỉ huy Quân sự tỉnh Sơn La {joiner} Bộ Chỉ huy Quân sự tỉnh Hủa Phăn "
                "tổ chức tuần tra chung đoạn biên giới hai tỉnh.\n")
        assert _codes(text) == ["LAO", "VNM"], joiner


def test_phongsaly_with_dashes_is_a_lao_place_and_the_unit_before_stays_vietnamese():
    text = ("Giao lưu hữu nghị\n\n"
            "Chiều 1/3, Bộ Chỉ huy Quân sự tỉnh Điện Biên phối hợp Bộ Chỉ huy Quân sự tỉnh Phông-sa-lỳ "
            "tổ chức giao lưu thể thao giữa cán bộ, chiến sĩ hai đơn vị.\n")
    assert _codes(text) == ["LAO", "VNM"]
    (exchange,) = events(text, PartialDate(2028, 3, 2), "Exchange")
    assert sorted(exchange.countries) == ["LAO", "VNM"]


def test_a_place_named_right_after_a_unit_is_still_the_units():
    text = ("Tiếp đoàn\n\n"
            "Ngày 1/3, Đại tá Trần Văn Bình tiếp đoàn Bộ Chỉ huy Quân sự tỉnh Phông-sa-lỳ sang thăm.\n")
    assert _codes(text) == ["LAO"]
