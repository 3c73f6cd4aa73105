"""kg/vocab.py, ontology/kg.ttl, the JSON-LD context and the README's tables name the same terms."""
from __future__ import annotations

import json
import re

import pytest
import rdflib
from rdflib import OWL, RDF

from kg.config import ONTOLOGY_DIR
from kg.rdf import DATE_TYPE, KIND_CLASS, TYPE_CLASS
from kg.vocab import NKG, PREFIXES

ONTOLOGY = rdflib.Graph().parse(ONTOLOGY_DIR / "kg.ttl", format="turtle")
DECLARED = {str(s) for s in ONTOLOGY.subjects(RDF.type, None) if str(s).startswith(str(NKG._NS))}
TERMS = {str(NKG._NS) + name for name in NKG.__annotations__}
CONTEXT = json.loads((ONTOLOGY_DIR / "context.jsonld").read_text(encoding="utf-8"))["@context"]


def test_vocab_and_ontology_declare_the_same_terms():
    assert TERMS == DECLARED


@pytest.mark.parametrize("term", sorted(TERMS))
def test_each_term_has_a_label_and_a_comment(term):
    node = rdflib.URIRef(term)
    assert ONTOLOGY.value(node, rdflib.RDFS.label) is not None
    assert ONTOLOGY.value(node, rdflib.RDFS.comment) is not None
    assert {OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty} & set(ONTOLOGY.objects(node, RDF.type))


def _expand(value: str) -> str:
    prefix, _, local = value.partition(":")
    return CONTEXT[prefix] + local if prefix in CONTEXT and isinstance(CONTEXT[prefix], str) else value


def test_context_prefixes_match_the_vocab():
    assert {k: CONTEXT[k] for k in PREFIXES} == PREFIXES


def test_every_context_term_names_a_declared_or_standard_term():
    terms = {k: (v["@id"] if isinstance(v, dict) else v) for k, v in CONTEXT.items()
             if not k.startswith("@") and k not in PREFIXES and k not in ("id", "type")}
    unknown = [k for k, v in terms.items() if _expand(v).startswith(str(NKG._NS)) and _expand(v) not in DECLARED]
    assert not unknown
    assert not [k for k, v in terms.items() if ":" not in v]  # every term is a prefixed name


def test_every_nkg_term_has_a_context_key_or_is_a_scheme_term():
    mapped = {_expand(v["@id"] if isinstance(v, dict) else v) for k, v in CONTEXT.items() if not k.startswith("@")}
    assert TERMS - mapped == {str(NKG.ploverCategory)}  # used by the event-type scheme only, not in data


def test_readme_tables_mention_every_term():
    readme = (ONTOLOGY_DIR / "README.md").read_text(encoding="utf-8")
    named = set(re.findall(r"`nkg:(\w+)`", readme))
    assert {name for name in NKG.__annotations__} <= named


def test_classes_the_mapping_uses_are_those_the_ontology_or_schema_org_defines():
    classes = [*TYPE_CLASS.values(), *KIND_CLASS.values()]
    assert all(str(c).startswith(("https://schema.org/", str(NKG._NS))) for c in classes)
    assert {str(c) for c in classes if str(c).startswith(str(NKG._NS))} <= DECLARED
    assert set(DATE_TYPE) == {"day", "week", "month", "year"}
