"""A person's state learnt from the whole corpus (session 69, actors69): rule ``corpus_person_state``.

A person the knowledge base does not know gets a state in the document that names them with a
title or an apposition ("Kenyan Foreign Minister Jan Novak"); another document naming the same
person bare ("Jan Novak accused ...", "Novak flew ...") left the event's doer without a state.
Once every document is read (the chronicle's update), such a participant takes the state the
corpus says the person acts for: by knowledge-base id, by full name, or a bare surname by the one
person of the corpus whose full name ends with it; a person said to act for two states about
equally is left alone. Dev texts where it fires (77 participants in 18 of 25 dev subjects
measured): armtur, tzamwi, uzbtjk, kazuzb, prtind, franzl, mdvind, thamys, syrleb, ugatan. The
people, sentences and events here are invented.
"""

from __future__ import annotations

import pytest

from chronica.actors.corpus import PersonStates


def _known(*said: tuple) -> PersonStates:
    known = PersonStates(frozenset({"prime minister", "president"}))
    for actor_id, name, country, times in said:
        for _ in range(times):
            known.add(actor_id, name, name, country)
    return known


@pytest.mark.parametrize("said, asked, state", [
    # a full name said once with a title in another document
    ([(None, "Jan Novak", "KEN", 1)], (None, "Jan Novak"), "KEN"),
    # a bare surname: the one person of the corpus whose full name ends with it
    ([(None, "Jan Novak", "KEN", 1)], (None, "Novak"), "KEN"),
    # two people of that surname: the bare surname says nobody
    ([(None, "Jan Novak", "KEN", 1), (None, "Eva Novak", "GHA", 1)], (None, "Novak"), None),
    # said for two states about equally: nothing
    ([(None, "Jan Novak", "KEN", 2), (None, "Jan Novak", "TZA", 1)], (None, "Jan Novak"), None),
    # one state said far more often wins
    ([(None, "Jan Novak", "KEN", 3), (None, "Jan Novak", "TZA", 1)], (None, "Jan Novak"), "KEN"),
    # a knowledge-base id carries the state said of it elsewhere
    ([("phx:ana_roe", "Ana Roe", "CHL", 1)], ("phx:ana_roe", "Ana Roe"), "CHL"),
    # a title is no person's name; a lower-case word no surname
    ([(None, "Prime Minister", "KEN", 1)], (None, "Prime Minister"), None),
    ([(None, "Jan Novak", "KEN", 1)], (None, "novak"), None),
    # a name never said with a state
    ([(None, "Jan Novak", "KEN", 1)], (None, "Piet Zwart"), None),
])
def test_person_state_from_the_corpus(said, asked, state):
    assert _known(*said).state(*asked) == state


def test_build_gives_a_bare_name_the_state_another_document_says(tmp_path):
    from chronica.build import build
    from chronica.store import Store

    corpus = tmp_path / "in"
    corpus.mkdir()
    (corpus / "a.txt").write_text(
        "title: Envoy in Lusaka\npublished: 2011-05-04\n\n"
        "Kenyan Foreign Minister Jan Kovacek visited Lusaka on 3 May 2011 and met Zambian officials.\n",
        encoding="utf-8")
    (corpus / "b.txt").write_text(
        "title: Fisheries row\npublished: 2011-06-10\n\n"
        "On 9 June 2011 Jan Kovacek accused Zambia of breaking the fisheries accord.\n",
        encoding="utf-8")
    with Store(tmp_path / "s.db") as store:
        build([corpus], store)
        got = {(p.role, p.text): p.state for ev in store.event_mentions() for p in ev.participants
               if "Kovacek" in p.text}
    assert got.get(("source", "Jan Kovacek")) == "KEN"
