import pytest
from hypothesis import given, strategies as st

from kg.model import Doc, Article, Event, Agreement, Partnership, PartialDate


@pytest.mark.parametrize("date,iso,xsd", [
    (PartialDate(2024, 12, 19), "2024-12-19", "date"),
    (PartialDate(2023, 9), "2023-09", "gYearMonth"),
    (PartialDate(2022), "2022", "gYear"),
    (PartialDate(None, 10, 24), "--10-24", "gMonthDay"),
])
def test_partial_date_forms(date, iso, xsd):
    assert date.iso() == iso
    assert date.xsd_type == xsd


@pytest.mark.parametrize("args", [(2024, 13), (2024, 1, 32), (2024, None, 3), (None, None, None)])
def test_partial_date_rejects_impossible(args):
    with pytest.raises(ValueError):
        PartialDate(*args)


@given(st.integers(1000, 2999), st.one_of(st.none(), st.integers(1, 12)), st.integers(1, 28))
def test_parse_iso_round_trips(year, month, day):
    date = PartialDate(year, month, day if month else None)
    assert PartialDate.parse_iso(date.iso()) == date


def test_partners_are_foreign_countries_in_relations_with_vietnam():
    doc = Doc(article=Article(id="a", text="x"))
    doc.events.append(Event("Talks", "Hội đàm", countries=["VNM", "CHN"]))
    doc.events.append(Event("Conference", "Hội nghị", countries=["USA", "FRA"]))  # no Vietnam: not a partner relation
    doc.agreements.append(Agreement("LetterOfIntent", "Ý định thư", parties=["VNM", "ITA"]))
    doc.partnerships.append(Partnership(("USA", "VNM"), "ComprehensiveStrategicPartnership"))
    assert doc.partners == {"CHN", "ITA", "USA"}
