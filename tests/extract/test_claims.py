"""Claims from the main constructions of news prose, on sentences written for the tests.

Each row: text -> (agent name, event type, target name or None, date, date source). The
publication date is Friday 15 March 2024.
"""
import pytest

from tests.conftest import parse

pytestmark = pytest.mark.model


def claims(nlp, text, published="2024-03-15"):
    from kg.extract.claims import extract_claims
    from kg.extract.entities import extract_mentions

    article, parts = parse(nlp, text, published=published)
    return extract_claims(article, parts, extract_mentions(article, parts))


def row(c):
    return (c.agent.name, c.event_type, c.target.name if c.target else None, c.date, c.date_source)


@pytest.mark.parametrize("text, expected", [
    # active voice, object target, weekday before publication
    ("Brazil's foreign ministry criticised Venezuela on Thursday.",
     ("Ministry of Foreign Affairs of Brazil", "disapprove", "Venezuela", "2024-03-14", "text")),
    # passive voice: the 'by' phrase is the agent
    ("The embassy was attacked by Hamas on Tuesday.", ("Hamas", "assault", None, "2024-03-12", "text")),
    # request with a prepositional target
    ("On Monday, Chile called on Peru to release the fishermen.", ("Chile", "request", "Peru", "2024-03-11", "text")),
    # light verb: "turned to X for help" is a request
    ("Mali turned to Russia for help on Wednesday.", ("Mali", "request", "Russia", "2024-03-13", "text")),
    # deployment with a dative target and week precision
    ("Nigeria sent troops to Niger last week.", ("Nigeria", "mobilize", "Niger", "2024-03-04", "text")),
    # nationality adjective as the actor
    ("French troops arrived in Mali on Monday.", ("France", "mobilize", "Mali", "2024-03-11", "text")),
    # reply with the reported clause's actor as target
    ("Venezuela responded on Friday, saying Brazil should mind its own affairs.",
     ("Venezuela", "respond", "Brazil", "2024-03-15", "text")),
    ("Argentine President Javier Milei met Chilean President Gabriel Boric on Monday.",
     ("Javier Milei", "consult", "Gabriel Boric", "2024-03-11", "text")),
    ("Thousands of Kenyans protested in Nairobi yesterday.", ("Kenya", "protest", None, "2024-03-14", "text")),
    ("Spain joined the coalition in 2019.", ("Spain", "cooperate", None, "2019", "text")),
    # capital for its government
    ("Ankara called in the Swedish ambassador yesterday.", ("Turkey", "request", "Sweden", "2024-03-14", "text")),
    # no time expression: the publication date, flagged
    ("Qatar urged Israel to accept the proposal.", ("Qatar", "request", "Israel", "2024-03-15", "publication")),
])
def test_construction(nlp, text, expected):
    got = [row(c) for c in claims(nlp, text)]
    assert expected in got, got


def test_indirect_speech_dated_by_its_weekday(nlp):
    got = claims(nlp, "Colombian Foreign Minister Luis Murillo said on Sunday that Ecuador must apologise.",
                 published="2024-03-18")
    said = [c for c in got if c.predicate == "say"]
    assert said and said[0].agent.name == "Luis Murillo" and said[0].date == "2024-03-17"
    assert said[0].target is not None and said[0].target.name == "Ecuador"


def test_according_to_is_a_statement(nlp):
    got = claims(nlp, "According to the Chilean foreign ministry, the talks collapsed on Tuesday.")
    assert ("Ministry of Foreign Affairs of Chile", "statement", None, "2024-03-12", "text") in [row(c) for c in got]


def test_conjoined_subjects_each_act(nlp):
    agents = {c.agent.name for c in claims(nlp, "Colombia and Ecuador signed a trade agreement yesterday.")}
    assert {"Colombia", "Ecuador"} <= agents


def test_what_is_asked_for_is_not_done(nlp):
    got = claims(nlp, "Chile called on Peru to release the fishermen.")
    assert not [c for c in got if c.predicate == "release"]


@pytest.mark.parametrize("text, polarity, modality", [
    ("Ecuador did not comment on the report.", "negative", "asserted"),
    ("Peru will seek compensation from Chile.", "positive", "future"),
    ("Bolivia might withdraw from the pact.", "positive", "hypothetical"),
    ("Chile's president said that Bolivia had withdrawn from the pact.", "positive", "reported"),
])
def test_negation_and_modality(nlp, text, polarity, modality):
    main = [c for c in claims(nlp, text) if c.predicate not in {"say"}]
    assert main, text
    assert (main[0].polarity, main[0].modality) == (polarity, modality)


def test_quote_after_the_speaker_is_attributed(nlp):
    text = 'Chilean President Gabriel Boric spoke on Monday. "We want peace and we want it now," he said.'
    said = [c for c in claims(nlp, text) if c.predicate == "say"]
    assert said and said[0].agent.name == "Gabriel Boric"
    assert said[0].quote == "We want peace and we want it now"
    assert said[0].date == "2024-03-11"  # the occasion named before: he spoke on Monday


def test_quote_before_the_attribution(nlp):
    text = '"The border will stay closed," Interior Minister Maria Lopez said on Wednesday.'
    said = [c for c in claims(nlp, text) if c.predicate == "say"]
    assert said and said[0].quote == "The border will stay closed" and said[0].date == "2024-03-13"


def test_dateline_does_not_date_the_action(nlp):
    text = "LIMA (Wire Agency - 10th March, 2024) Peru's foreign minister Elmer Schialer said on Friday that Chile must act."
    said = [c for c in claims(nlp, text, published="2024-03-10") if c.predicate == "say"]
    assert said and said[0].date == "2024-03-08" and said[0].date_precision == "day"


def test_evidence_offsets_point_into_the_text(nlp):
    text = "Nigeria sent troops to Niger last week. Niger's government protested on Monday."
    for c in claims(nlp, text):
        assert text[c.start:c.end] == c.sentence


def test_verbs_outside_the_frames_make_no_claim(nlp):
    assert claims(nlp, "Chile is a long country on the Pacific coast.") == []


def test_a_verb_only_the_cameo_dictionary_knows_is_coded_by_it(nlp):
    got = claims(nlp, "Brazil congratulated Uruguay on Sunday.")
    assert [(c.agent.name, c.event_type, c.cameo, c.target.name) for c in got] == [
        ("Brazil", "cooperate", "051", "Uruguay")]


def test_relative_clause_acts_for_the_noun_it_qualifies(nlp):
    got = [row(c) for c in claims(nlp, "Washington, which imposed sanctions on Caracas in January, welcomed the deal.")]
    assert ("United States", "coerce", None, "2024-01", "text") in [(a, k, None, d, s) for a, k, _, d, s in got]


def test_participle_takes_the_main_subject(nlp):
    got = claims(nlp, "Tokyo deepened ties with Manila on Monday, signing a defence agreement.")
    assert any(c.agent.name == "Japan" and c.predicate == "sign" for c in got)


def test_groups_named_after_a_delegation_each_act(nlp):
    text = "Delegations from the Chadian army and the rebel Front for Change (FACT) agreed on Tuesday to a truce."
    agents = {c.agent.name for c in claims(nlp, text) if c.predicate == "agree"}
    assert len(agents) == 2


def test_conditional_is_hypothetical(nlp):
    got = claims(nlp, "Chile will leave the pact if Peru rejects the deal.")
    rejects = [c for c in got if c.predicate == "reject"]
    assert rejects and rejects[0].modality == "hypothetical"


def test_reported_clause_prefers_the_actor_spoken_of(nlp):
    got = claims(nlp, "Mexican Foreign Minister Alicia Barcena said that Mexico had sent a protest note to Ecuador.")
    said = [c for c in got if c.predicate == "say"]
    assert said and said[0].target is not None and said[0].target.name == "Ecuador"


def test_undated_report_takes_the_day_of_the_lead(nlp):
    text = ("The Pacific Islands Forum voted on Thursday to admit Timor-Leste.\n\n"
            "Fiji welcomed the decision.\n\n"
            "Samoa criticised the vote.")
    got = {c.agent.name: c for c in claims(nlp, text, published="2024-03-15")}
    assert (got["Samoa"].date, got["Samoa"].date_source) == ("2024-03-14", "lead")


def test_lead_older_than_three_days_is_not_used(nlp):
    text = "Peru signed the treaty on 1 March.\n\nChile welcomed the treaty."
    got = {c.agent.name: c for c in claims(nlp, text, published="2024-03-15")}
    assert (got["Chile"].date, got["Chile"].date_source) == ("2024-03-15", "publication")


def test_a_weekday_night_dates_the_action(nlp):
    got = claims(nlp, "Haiti's foreign ministry welcomed the resolution in a statement on Monday night.",
                 published="2024-03-19")
    assert got and got[0].date == "2024-03-18"


def test_political_acts_without_a_plover_category_are_typed_other(nlp):
    got = claims(nlp, "Maria Lopez won the presidential runoff on Sunday.", published="2024-03-18")
    assert [(c.agent.name, c.event_type, c.date) for c in got] == [("Maria Lopez", "other", "2024-03-17")]


def test_verbs_inside_a_direct_quote_are_the_speakers_words(nlp):
    got = claims(nlp, '"Chile has spoken, and Peru must listen," Maria Lopez said on Monday.')
    assert [c.agent.name for c in got] == ["Maria Lopez"]


def test_calling_something_a_name_is_a_statement_not_a_call(nlp):
    got = claims(nlp, "Amnesty International called the detentions arbitrary on Monday.")
    assert got and got[0].event_type == "statement"


def test_speech_dated_by_the_statement_it_was_made_in(nlp):
    got = claims(nlp, "The Chilean foreign ministry said in a statement issued on Tuesday that the talks had failed.")
    said = [c for c in got if c.predicate == "say"]
    assert said and (said[0].date, said[0].date_source) == ("2024-03-12", "text")


def test_a_poll_published_by_an_institute_is_its_statement(nlp):
    got = claims(nlp, "Her rating fell to 4% in a poll published last week by the Lima Opinion Institute (LOI).")
    assert [(c.agent.name, c.event_type, c.date_precision) for c in got] == [
        ("Lima Opinion Institute", "statement", "week")]


def test_conjoined_actors_of_a_mutual_act_are_each_others_target(nlp):
    got = {(c.agent.name, c.target.name if c.target else None)
           for c in claims(nlp, "Colombia and Ecuador signed a trade agreement yesterday.")}
    assert got == {("Colombia", "Ecuador"), ("Ecuador", "Colombia")}


def test_a_participle_shares_the_main_verbs_date(nlp):
    got = claims(nlp, "Bolivia criticised the deal on Thursday, saying it had not been consulted.")
    assert {c.date for c in got} == {"2024-03-14"}


def test_a_city_in_the_reported_clause_is_not_the_target(nlp):
    got = claims(nlp, "Chilean Foreign Minister Alberto van Klaveren said the port of Valparaiso would reopen.")
    said = [c for c in got if c.predicate == "say"]
    assert said and said[0].target is None


@pytest.mark.parametrize("text, kind", [
    ("Peru sought compensation from Chile on Monday.", "request"),
    ("Peru sought to reopen the border on Monday.", "intend"),
    ("Maria Lopez sought re-election on Monday.", "other"),
])
def test_what_is_sought_decides_the_type(nlp, text, kind):
    got = [c for c in claims(nlp, text) if c.predicate == "seek"]
    assert got and got[0].event_type == kind


def test_where_something_happened_is_not_its_target(nlp):
    got = claims(nlp, "Addressing reporters at a Foreign Office briefing, Maria Lopez warned Peru on Monday.")
    assert all(c.target is None or c.target.name == "Peru" for c in got)


def test_an_order_to_act_is_the_order_not_the_act(nlp):
    got = claims(nlp, "On Friday, Chilean President Maria Lopez ordered troops to open fire on looters.")
    assert [(c.agent.name, c.predicate, c.event_type) for c in got] == [("Maria Lopez", "order", "coerce")]


def test_the_dateline_place_is_not_an_actor(nlp):
    got = claims(nlp, "Lima (Wire Agency) – Chile and Peru signed a fishing agreement on Tuesday.")
    assert {c.agent.name for c in got} == {"Chile", "Peru"}
