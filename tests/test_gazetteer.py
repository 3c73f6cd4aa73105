"""The gazetteer built from the data packages: countries, capitals and international organizations."""
import pytest

from kg.gazetteer import gazetteer


@pytest.mark.parametrize("a, b", [
    ("UN", "United Nations"),
    ("EU", "the European Union"),
    ("UN Security Council", "United Nations Security Council"),  # initials spelled out
    ("WFP", "World Food Programme"),
])
def test_variants_of_one_international_organization(a, b):
    gz = gazetteer()
    assert gz.igo(a) is not None and gz.igo(a) == gz.igo(b)


def test_different_organizations_stay_apart():
    gz = gazetteer()
    assert gz.igo("United Nations") != gz.igo("European Union")
    assert gz.igo("Acme Holdings") is None


def test_initials_of_an_organization():
    gz = gazetteer()
    assert "UN" in gz.igo_initials[gz.igo("United Nations")]


@pytest.mark.parametrize("text, iso3", [("Tokyo", "JPN"), ("Manila", "PHL"), ("Brasília", "BRA")])
def test_capitals(text, iso3):
    assert gazetteer().capital_of(text).iso3 == iso3
