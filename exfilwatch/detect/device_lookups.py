"""An identifier a registry was asked about and answered "reported stolen".

Telcos, regulators and marketplaces let a buyer check a second-hand phone's IMEI before
paying for it (Pakistan's PTA DIRBS, the GSMA Device Check): the app sends the typed-in
number, and the registry answers with that number and its status. A phone reported stolen,
lost or blacklisted is not the phone in the tester's hand making the request: its owner
reported it gone. So a device identifier the response echoes beside such a verdict is the
looked-up phone's, not the tester's. A status of compliant or registered says nothing
either way, and the tester's own phone checked so stays found.
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from .lexicon import load
from .structures._common import key_words

if TYPE_CHECKING:
    from .subjects import SubjectReader

__all__ = ["reported_stolen_lookup"]

_RESPONSE = "response."
_STOLEN = "reported_stolen"
# A verdict is a word or a short phrase (`"reported stolen"`), not a page of text.
_LONGEST_VERDICT = 64


@cache
def _says_stolen(text: str) -> bool:
    lexicon = load("device_lookup")
    words = key_words(text)
    if any(cls == _STOLEN for _, _, cls in lexicon.phrase_spans(words)):
        return True
    return any(lexicon.words.get(word) == _STOLEN for word in words)


def _response_values(reader: SubjectReader) -> frozenset[str]:
    return frozenset(
        str(node.value)
        for node in reader.nodes
        if node.path.startswith(_RESPONSE) and isinstance(node.value, (str, int))
    )


def _response_says_stolen(reader: SubjectReader) -> bool:
    return any(
        len(text) <= _LONGEST_VERDICT and not text.isdigit() and _says_stolen(text)
        for text in reader.exchange_wide(_response_values)
    )


def reported_stolen_lookup(reader: SubjectReader, index: int) -> bool:
    """True when the response echoes the identifier at `index` beside a stolen, lost or
    blacklisted verdict: the registry's answer about someone else's phone. The verdict
    is looked for once an exchange, before any identifier is."""
    value = reader.nodes[index].value
    if not isinstance(value, (str, int)) or isinstance(value, bool):
        return False
    if not reader.exchange_wide(_response_says_stolen):
        return False
    return str(value) in reader.exchange_wide(_response_values)
