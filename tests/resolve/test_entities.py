"""Corpus-wide entity resolution on hand-made mentions: spellings, acronyms, namesakes, bodies."""
import pytest

from kg.records import Mention
from kg.resolve.entities import resolve_entities


def m(article, text, type_="Person", *, name=None, kind=None, country=None, acronym=None, role=None, at=0):
    return Mention(article, at, at + len(text), text, type_, kind=kind, name=name or text, role=role,
                   country=country, acronym=acronym)


def by_label(entities):
    return {e.label: e for e in entities}


def test_transliterations_of_one_person_are_one_entity():
    ents, _ = resolve_entities([m("a", "Andrey Petrov"), m("b", "Andrei Petrov"), m("b", "Andrei Petrov", at=40),
                                m("c", "Petrov", name="Petrov")])
    assert len(ents) == 1
    assert ents[0].label == "Andrei Petrov"  # the most widely used form
    assert {"Andrey Petrov", "Petrov"} <= set(ents[0].aliases)


def test_namesakes_in_two_articles_stay_apart():
    ents, _ = resolve_entities([m("a", "Maria Silva", role="nurse"), m("b", "Luiz Silva", role="President of Brazil"),
                                m("c", "Silva")])
    labels = by_label(ents)
    assert {"Maria Silva", "Luiz Silva"} <= set(labels)
    assert labels["Maria Silva"].id != labels["Luiz Silva"].id
    assert "Silva" in labels  # a bare surname with two candidates joins neither


def test_acronym_and_expansion_are_one_organization():
    ents, _ = resolve_entities([
        m("a", "Pacific Islands Forum", "Organization", kind="InternationalOrganization", acronym="PIF"),
        m("b", "PIF", "Organization", name="PIF"),
        m("c", "Pacific Islands Forum", "Organization")])
    assert len(ents) == 1 and ents[0].label == "Pacific Islands Forum" and "PIF" in ents[0].aliases


def test_british_and_american_spellings_are_one_name():
    ents, _ = resolve_entities([m("a", "World Health Organization", "Organization"),
                                m("b", "World Health Organisation", "Organization")])
    assert len(ents) == 1 and "World Health Organisation" in ents[0].aliases


def test_country_gets_its_standard_names():
    ents, _ = resolve_entities([m("a", "Chile", "Place", kind="Country", country="CHL"),
                                m("b", "Chilean", "Place", name="Chile", kind="Country", country="CHL")])
    chile = by_label(ents)["Chile"]
    assert chile.type == "Place" and chile.kind == "Country" and "Republic of Chile" in chile.aliases


def test_ministry_of_any_country_is_one_body_part_of_its_country():
    name = "Ministry of Foreign Affairs of Chile"
    ents, _ = resolve_entities([
        m("a", "Chilean foreign ministry", "Organization", name=name, kind="GovernmentBody", country="CHL"),
        m("b", "Chile's foreign ministry", "Organization", name=name, kind="GovernmentBody", country="CHL")])
    labels = by_label(ents)
    body = labels[name]
    assert body.part_of == labels["Chile"].id  # the country is added when no article names it
    assert {"Chilean foreign ministry", "Chilean MFA", "Chile's foreign ministry"} <= set(body.aliases)


def test_ministry_of_no_known_country_stays_in_its_article():
    ents, _ = resolve_entities([m("a", "interior ministry", "Organization", name="Ministry of Internal Affairs",
                                  kind="GovernmentBody"),
                                m("b", "interior ministry", "Organization", name="Ministry of Internal Affairs",
                                  kind="GovernmentBody")])
    assert len(ents) == 2


def test_a_name_typed_person_somewhere_is_a_person():
    ents, _ = resolve_entities([m("a", "Maria Lopez"), m("b", "Maria Lopez", "Organization")])
    assert len(ents) == 1 and ents[0].type == "Person"


@pytest.mark.parametrize("order", [1, -1])
def test_ids_do_not_depend_on_input_order(order):
    ms = [m("a", "Maria Lopez"), m("b", "Pacific Islands Forum", "Organization"), m("c", "Chile", "Place",
                                                                                   kind="Country", country="CHL")]
    ents, _ = resolve_entities(ms[::order])
    assert sorted(e.id for e in ents) == ["chile", "maria-lopez", "pacific-islands-forum"]


def test_hyphenated_surname_alone_joins_the_full_name():
    ents, _ = resolve_entities([m("a", "Maria Costa-Lima"), m("a", "Costa-Lima", at=30)])
    assert len(ents) == 1 and ents[0].label == "Maria Costa-Lima"


def test_every_mention_key_maps_to_an_entity_when_types_disagree():
    ms = [m("a", "Maria Lopez"), m("b", "Maria Lopez", "Organization")]
    _, key_to_id = resolve_entities(ms)
    from kg.resolve.entities import mention_key

    assert all(mention_key(x) in key_to_id for x in ms)


def test_a_body_named_with_its_country_possessive_has_the_bare_name_too():
    name = "Ministry of Mines and Energy of Chile"
    ents, _ = resolve_entities([m("a", "Chile's Ministry of Mines and Energy", "Organization", name=name,
                                  kind="GovernmentBody", country="CHL")])
    assert "Ministry of Mines and Energy" in by_label(ents)[name].aliases


def test_phoenix_variants_of_an_international_organization_are_one_node():
    ents, _ = resolve_entities([m("a", "United Nations", "Organization"), m("b", "UN", "Organization"),
                                m("c", "North Atlantic Treaty Organization", "Organization")])
    labels = by_label(ents)
    assert set(labels) == {"United Nations", "North Atlantic Treaty Organization"}
    assert "UN" in labels["United Nations"].aliases and "NATO" in labels["North Atlantic Treaty Organization"].aliases


def test_international_organization_gets_the_names_its_dictionary_gives():
    entities, _ = resolve_entities([m("a1", "United Nations Security Council", "Organization",
                                      kind="InternationalOrganization")])
    assert {"Security Council", "UN Security Council"} <= set(entities[0].aliases)
