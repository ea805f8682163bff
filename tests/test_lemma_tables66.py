"""The lemmatizer tables read from the model package's files (:func:`chronica.nlp.lemma_tables`)
are the tables of the loaded pipeline's lemmatizer: the events' checks and the merge read the
verbs and the irregular forms without loading a second pipeline, and read the same words."""

from chronica.nlp import lemma_tables, load_pipeline


def test_tables_are_the_pipelines():
    nlp = load_pipeline(())
    assert "lemmatizer" in nlp.pipe_names
    plain = nlp.get_pipe("lemmatizer").lookups
    fast = lemma_tables()
    assert fast is not None
    assert sorted(fast.tables) == sorted(plain.tables)
    for name in plain.tables:
        assert dict(fast.get_table(name).items()) == dict(plain.get_table(name).items()), name


def test_verbs_and_irregular_forms():
    from chronica.chronicle.merge import _irregular_verbs
    from chronica.events.checks import _verb_lemmas

    verbs = _verb_lemmas()
    assert {"sign", "invade", "negotiate"} <= verbs
    assert "treaty" not in verbs
    irregular = _irregular_verbs()
    assert irregular["fought"] == "fight"
    assert irregular["withdrew"] == "withdraw"
