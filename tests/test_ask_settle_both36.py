"""A sentence on both sides of a claim check once the read sentences are added to the events'
(:func:`chronica.ask.answer.settle_both`): the event stage may code in it another act than the
asked one ("the agreement was signed by Britain and Malaya; Brunei did not sign": a signing
coded, the asked actor's signing denied), or code the act without its negation. Where the reader
read the act's word negated with the claim's actors in its roles, the sentence stands on the
side its denial is on; otherwise it decides nothing. Sentences are the project's own; the
shapes are those of three dev subjects' did-questions (a convention a state did not sign, an
agreement signed by others but not by one party, a treaty a parliament did not ratify)."""

from __future__ import annotations

import pytest

from chronica.ask.answer import Citation, settle_both

TEXTS = {
    1: "Greece signed the 1982 Convention on the Law of the Sea, but Turkey did not sign it.",
    2: "The accord was signed in Geneva in July by the two ministers; the third party did not sign.",
    3: "The parliament never ratified the border treaty, which the two premiers had initialled in 2001.",
    4: "Turkey has not signed the convention, which forms part of the law of the European Union.",
    5: "The two premiers signed the treaty in 2001.",
    6: "The deal was signed, its critics said, only to be torn up later.",
}


def _c(n: int) -> Citation:
    return Citation(n, None, TEXTS[n], 100 * n, 100 * n + len(TEXTS[n]))


# (for, against, the sentences read as denying the act, whether the claim is itself a denial,
#  the documents expected for, against)
CASES = [
    # "did Turkey sign the convention": the signing coded (for), the reader's negation (against)
    ([1], [1, 4], {1, 4}, False, [], [1, 4]),
    # an agreement signed by others, the asked party's signing denied
    ([2], [2], {2}, False, [], [2]),
    # "did the parliament ratify the treaty": the initialling coded as a signing, the
    # ratification read negated; another sentence for stays for
    ([3, 5], [3], {3}, False, [5], [3]),
    # a claim that itself denies the act ("Turkey did not sign ..."): the denying sentence is for it
    ([1], [1], {1}, True, [1], []),
    # read both ways with no negation read in it: it decides nothing
    ([6], [6], set(), False, [], []),
    # no sentence on both sides: nothing moves
    ([5], [4], {4}, False, [5], [4]),
]


@pytest.mark.parametrize("pro, con, denied, denial, want_pro, want_con", CASES)
def test_settle_both(pro, con, denied, denial, want_pro, want_con):
    got_pro, got_con = settle_both([_c(n) for n in pro], [_c(n) for n in con],
                                   {_c(n).key for n in denied}, denial)
    assert [c.document for c in got_pro] == want_pro
    assert [c.document for c in got_con] == want_con
