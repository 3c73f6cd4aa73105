"""Government bodies named by one rule for every country: portfolio, country, canonical label."""
import pytest

from tests.conftest import parse

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, surface, label", [
    ("The duties were imposed by China's Ministry of Commerce on Monday.", "China's Ministry of Commerce",
     "Ministry of Commerce of China"),
    ("The Chinese commerce ministry said on Thursday that it objected.", "Chinese commerce ministry",
     "Ministry of Commerce of China"),
    ("India's Ministry of Electronics and Information Technology issued rules.",
     "India's Ministry of Electronics and Information Technology",
     "Ministry of Electronics and Information Technology of India"),
    ("Haiti's Ministry of Foreign Affairs welcomed the resolution.", "Haiti's Ministry of Foreign Affairs",
     "Ministry of Foreign Affairs of Haiti"),
    ("The Ministry of Defense of Japan announced drills.", "Ministry of Defense of Japan", "Ministry of Defence of Japan"),
    ("Turkey's foreign ministry summoned the envoy.", "Turkey's foreign ministry", "Ministry of Foreign Affairs of Turkey"),
    ("The Egyptian MFA issued a statement.", "Egyptian MFA", "Ministry of Foreign Affairs of Egypt"),
    ("The Kenyan government rejected the report.", "Kenyan government", "Government of Kenya"),
])
def test_body_label(nlp, text, surface, label):
    from kg.extract.entities import extract_mentions

    article, parts = parse(nlp, text)
    bodies = {m.text: m for m in extract_mentions(article, parts) if m.kind == "GovernmentBody"}
    assert surface in bodies, list(bodies)
    assert bodies[surface].name == label
    assert "Affairs" not in {m.text for m in extract_mentions(article, parts) if m.kind != "GovernmentBody"}


def test_aliases_follow_one_rule_for_every_country():
    from kg.extract.government import aliases
    from kg.gazetteer import gazetteer

    egypt = gazetteer().countries["EGY"]
    assert {"Ministry of Foreign Affairs of Egypt", "Egypt's foreign ministry", "Egyptian foreign ministry",
            "Egyptian MFA"} <= set(aliases("Foreign Affairs", egypt))


def test_a_ministry_owned_by_a_pronoun_does_not_take_the_articles_country(nlp):
    from kg.extract.entities import extract_mentions

    text = ("Qatar hosted the talks in Doha. Qatar said the talks went well. "
            "His government's foreign ministry said on Monday that it would engage positively.")
    article, parts = parse(nlp, text)
    bodies = [m for m in extract_mentions(article, parts) if m.kind == "GovernmentBody"]
    assert bodies and all(m.country is None for m in bodies)
