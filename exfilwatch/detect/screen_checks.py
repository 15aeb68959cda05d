"""A test signal played on a screen: a device checked, not a person's viewing.

A repair shop, a calibration studio or a showroom plays test patterns, burn-in checks,
judder pans and demo reels on a television to check or show the PANEL (round 53, set
187: `POST /v1/cast/playback {contentId: "burn_in_check", positionSec, state}` on
customers' sets under repair). The record has a playback heartbeat's shape, but what
played was chosen to exercise the screen, watched by no one as entertainment.

So a playback record whose played item is named for a test signal is no viewing history:
its content id or title says test pattern, test card, colour bars, calibration, burn-in,
judder, uniformity, a demo reel or a demo / test / attract loop, in English and in the
words engineers use in other languages (German `Testbild`, Dutch `testbeeld`, French
`mire` and `etalonnage`, Spanish `carta de ajuste` and `calibracion`, Italian
`monoscopio`, Polish `kalibracja`, Turkish `kalibrasyon`, Indonesian `kalibrasi`,
Japanese `tesuto pataan`). Words are read in the value's own words and in two or three
adjacent words joined (`burn_in` -> `burnin`, `carta_de_ajuste` -> `cartadeajuste`), so
`demo` or `test` alone (a song's demo version, a quiz) never vetoes.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from functools import lru_cache
from itertools import pairwise

from ..decode import Node
from .structures._common import key_words

__all__ = ["plays_test_signal"]

# Names of what is played to check or show a screen, as one word or two or three adjacent
# words joined. Each is a term of the trade: no film or song is usually titled with it.
_TEST_SIGNAL_TERMS = frozenset(
    ["testpattern", "testpatterns", "testcard", "testchart", "testsignal", "testloop",
     "testclip", "testreel", "testvideo", "colorbars", "colourbars", "smptebars",
     "burnin", "burnincheck", "judder", "juddertest", "calibration", "calibrate",
     "uniformity", "deadpixel", "deadpixels", "pixelcheck", "greyramp", "grayramp",
     "demoreel", "demoloop", "attractloop", "attractmode", "retaildemo", "storedemo",
     "showroomloop", "panelcheck", "paneltest",
     # German, Dutch, French, Spanish, Portuguese, Italian
     "testbild", "testmuster", "kalibrierung", "einbrenntest", "testbeeld", "kalibratie",
     "etalonnage", "calibrage", "miredereglage", "calibracion", "cartadeajuste",
     "patrondeprueba", "buclededemo", "calibracao", "padraodeteste", "sinaldeteste",
     "monoscopio", "calibrazione",
     # Polish, Czech, Turkish, Indonesian / Malay, Swedish, Finnish, Japanese (romaji)
     "kalibracja", "obraztestowy", "kalibrace", "testovaciobrazec", "kalibrasyon",
     "testdeseni", "kalibrasi", "polauji", "testbild", "kalibrering", "testikuva",
     "kalibrointi", "tesutopatan", "tesutopataan", "kyaribureshon"]
)  # fmt: skip
_MAX_VALUES = 24


@lru_cache(maxsize=4096)
def _names_test_signal(text: str) -> bool:
    words = key_words(text)
    joined_pairs = (a + b for a, b in pairwise(words))
    joined_triples = (a + b + c for a, b, c in zip(words, words[1:], words[2:], strict=False))
    grams = (*words, *joined_pairs, *joined_triples)
    return any(gram in _TEST_SIGNAL_TERMS for gram in grams)


def _row_texts(nodes: Sequence[Node], index: int) -> Iterator[str]:
    """The strings of the record holding the finding: the finding's object, or the
    object a finding's leaf sits in."""
    node = nodes[index]
    value = node.value
    if not isinstance(value, dict) and 0 <= node.parent < len(nodes):
        value = nodes[node.parent].value
    if not isinstance(value, dict):
        return
    texts = [item for item in value.values() if isinstance(item, str)]
    yield from texts[:_MAX_VALUES]


def plays_test_signal(nodes: Sequence[Node], index: int) -> bool:
    """True when the record at `index` plays a test pattern, a calibration clip or a demo
    loop: a screen being checked or shown, not a person watching."""
    return any(_names_test_signal(text) for text in _row_texts(nodes, index))
