"""Whose body a measurement is of: a person's, or an animal's.

Biometric data is a natural person's (GDPR art. 4(14)). A lost-pet search sends a
dog's face embedding, a pet registry a cat's nose-print template, a training
collar a bark's MFCCs: the shapes of face templates and voice features, but no
person's. One veto, honoured by every rule of a category (`CATEGORY_VETOES`, which
the matcher consults), drops a finding whose subject the exchange names as an
animal, whatever rule found it; a rule file never repeats it.

The subject is read nearest first, and the first one named decides:

1. the words of the data's own key and of every key that encloses it
   (`dogFaceEmbedding`, `mascota.huella_nasal`);
2. the kind fields of the data's own record (a container finding's fields, a few
   levels down, not into lists) and of the objects that enclose it, then the
   query string: a kind field (`species`, `especie`, `tipo`, `animal`) whose value
   names an animal (`dog`, `perro`, `Felis catus`; as a value also `chat`, `berger
   australien`) or a person (`human`), a breed field, a pet chip's 15-digit ISO 11784
   transponder number (`microchip`, `puce`); and a multipart upload's file names
   (`pet_face.jpg`);
3. the URL path's segments, last first (`/v3/pets/nose-print`).

Person words (an owner, a user, a login, a selfie) stop the search as a person, so
an owner's selfie login in a pet app stays the owner's. The words are data:
`lexicon/subject.yaml`.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import lru_cache
from typing import TypeVar

from ..decode import MultipartFields, Node
from .acts import not_own_viewing
from .lexicon import load
from .node_tree import NodeTree
from .restyles import restyled_photo
from .structures._common import key_words
from .unit_owners import not_own_device

T = TypeVar("T")

__all__ = [
    "ANATOMY", "ANIMAL", "ARTWORK", "CATEGORY_VETOES", "INSTRUMENT", "NOT_PEOPLE", "PERSON",
    "SubjectReader", "text_subject",
]  # fmt: skip

ANIMAL = "animal"
PERSON = "person"
# A made likeness (a painting, a statue) and a musical instrument are no person either:
# a painted sitter's face landmarks and a guitar's MFCCs are nobody's biometrics.
ARTWORK = "artwork"
INSTRUMENT = "instrument"
# An anatomy atlas's or textbook's model of the body (the facial muscles, a skull) is a
# reference figure, no one's face however mesh- or landmark-shaped.
ANATOMY = "anatomy"
NOT_PEOPLE = (ANIMAL, ARTWORK, INSTRUMENT, ANATOMY)
_KIND_CLASSES = frozenset(["kind", "animal"])
_LONGEST_KIND_VALUE = 64
# ISO 11784: a 3-digit country or maker code and a 12-digit national number
_TRANSPONDER_DIGITS = 15
_RECORD_DEPTH = 3
# a measurement member: an embedding's floats or an encoded sample (round 53)
_SHORTEST_VECTOR = 8
_SHORTEST_BLOB = 64
_URL_SEGMENT = "path["


@lru_cache(maxsize=8192)
def _classes(text: str) -> frozenset[str]:
    """The subject-lexicon classes of a key's (or a short value's) words and phrases.
    Words are read as listed or by a listed stem, never by romanisation skeleton:
    short animal words have look-alikes (French `chaine`, a channel, reduces to
    Romanian `caine`, a dog), and a wrong animal would silence a person's data."""
    return load("subject").classes_of(key_words(text))


def text_subject(text: str) -> str | None:
    """The subject a key or a path segment names; a person when it names both
    (`dogOwnerSelfie`): a wrongly kept finding costs less than a person's face lost."""
    classes = _classes(text)
    if PERSON in classes:
        return PERSON
    return next((subject for subject in NOT_PEOPLE if subject in classes), None)


def _kind_value_subject(value: str) -> str | None:
    """What a kind field's value names. A species or breed value may be a word that is
    something else as a key (`espece: chat`, `race: berger australien`), so those words
    count here, and only here."""
    found = text_subject(value)
    if found is None and "kind_animal" in _classes(value):
        return ANIMAL
    return found


def _is_transponder_number(value: object) -> bool:
    """The shape of an ISO 11784 animal transponder's number: 15 digits."""
    text = str(value) if isinstance(value, (str, int)) and not isinstance(value, bool) else ""
    return len(text) == _TRANSPONDER_DIGITS and text.isdigit()


def _field_subject(key: str, value: object) -> str | None:
    """What a kind, breed or pet-chip field says of its record (`species: canine`)."""
    classes = _classes(key)
    if "breed" in classes and value not in (None, "", False):
        return ANIMAL
    if "chip_number" in classes and _is_transponder_number(value):
        return ANIMAL
    if "collection_number" in classes and value not in (None, "", False):
        return ARTWORK
    if classes & _KIND_CLASSES and isinstance(value, str) and len(value) <= _LONGEST_KIND_VALUE:
        return _kind_value_subject(value)
    return None


def _holds_measurement(value: object) -> bool:
    """A vector of numbers or a long encoded blob: the measurement itself, not a record."""
    if isinstance(value, str):
        return len(value) >= _SHORTEST_BLOB
    if isinstance(value, list) and len(value) >= _SHORTEST_VECTOR:
        return all(isinstance(v, (int, float)) and not isinstance(v, bool) for v in value)
    return False


class SubjectReader(NodeTree):
    """The subject of each node of one decoded exchange, read on demand (only
    findings ask, so most exchanges never build one)."""

    def __init__(self, nodes: Sequence[Node], host: str = "") -> None:
        super().__init__(nodes)
        # the exchange's host, for the device veto's reading of a fleet console's name
        self.host = host
        self._memo: dict[int, str | None] = {}
        self._exchange_wide: dict[Callable[[SubjectReader], object], object] = {}

    def exchange_wide(self, reading: Callable[[SubjectReader], T]) -> T:
        """A reading of the whole exchange (its URL, host, headers, every key), made
        once however many findings of the exchange ask for it."""
        if reading not in self._exchange_wide:
            self._exchange_wide[reading] = reading(self)
        return self._exchange_wide[reading]  # type: ignore[return-value]

    def subject(self, index: int) -> str | None:
        if index not in self._memo:
            self._memo[index] = (
                self._key_subject(index) or self._record_subject(index) or self._url_subject()
            )
        return self._memo[index]

    def _key_subject(self, index: int) -> str | None:
        for i in self.chain(index):
            node = self.nodes[i]
            if not node.key or node.path.startswith(_URL_SEGMENT):
                continue
            found = text_subject(node.key) or text_subject(self._filename(node))
            if found:
                return found
        return None

    def _filename(self, node: Node) -> str:
        """A multipart part's file name: what the uploader called the data itself."""
        container = self.nodes[node.parent].value if node.parent >= 0 else None
        if isinstance(container, MultipartFields):
            return container.filenames.get(node.key, "")
        return ""

    def _record_subject(self, index: int) -> str | None:
        found = self._own_record(index)
        if found:
            return found
        for i in list(self.chain(index))[1:]:
            # a multipart upload is one record in parts: a metadata part's fields
            # (`meta: {"species": "cat"}`) describe the photo part beside it
            if isinstance(self.nodes[i].value, MultipartFields):
                found = self._own_record(i)
            else:
                found = self._fields(self.children_of(i))
            if found:
                return found
        query = next((i for i, n in enumerate(self.nodes) if n.path == "query"), None)
        return self._fields(self.children_of(query)) if query is not None else None

    def _own_record(self, index: int) -> str | None:
        """A container finding's own fields, a few levels down (a multipart part's
        JSON metadata), not into lists (a profile's list of pets is not its subject)."""
        value = self.nodes[index].value
        if isinstance(value, MultipartFields):
            for name in value.filenames.values():
                found = text_subject(name)
                if found:
                    return found
        found = self._data_member_subject(index)
        if found:
            return found
        level = [index]
        for _ in range(_RECORD_DEPTH):
            level = [
                c
                for i in level
                for c in self.children_of(i)
                if not isinstance(self.nodes[c].value, list)
            ]
            found = self._fields(level)
            if found:
                return found
        return None

    def _data_member_subject(self, index: int) -> str | None:
        """A container finding whose data sits under a member that names whose it is
        (`{"pandaFaceVector": [...], "reserve": ...}`): the member holding the measurement
        itself, a vector of numbers or a long encoded blob, says whose body it measured,
        while a member holding records (`pets: [{...}]`) says nothing of the finding."""
        for i in self.children_of(index):
            node = self.nodes[i]
            if node.key and _holds_measurement(node.value):
                found = text_subject(node.key)
                if found:
                    return found
        return None

    def _fields(self, members: list[int]) -> str | None:
        for i in members:
            node = self.nodes[i]
            if node.key and not isinstance(node.value, (dict, list)):
                found = _field_subject(node.key, node.value)
                if found:
                    return found
        return None

    def _url_subject(self) -> str | None:
        segments = [
            n.value
            for n in self.nodes
            if n.parent < 0 and n.path.startswith(_URL_SEGMENT) and isinstance(n.value, str)
        ]
        for segment in reversed(segments):
            found = text_subject(segment)
            if found:
                return found
        return None


def not_a_person(reader: SubjectReader, index: int) -> bool:
    """True when the data at `index` is an animal's, an artwork's or an instrument's,
    so no person's biometric."""
    return reader.subject(index) in NOT_PEOPLE


def not_a_persons_sample(reader: SubjectReader, index: int) -> bool:
    """The biometric veto: an animal's, an artwork's or an instrument's data, or a photo
    sent to be restyled (a cartoon, a filter: restyles.py), is no person's sample."""
    return not_a_person(reader, index) or restyled_photo(reader, index)


Veto = Callable[[SubjectReader, int], bool]
# Viewing history's veto reads what act the data records (acts.py: work on media and
# reading are no one's viewing); it rides on the same per-exchange reader.
# A device identifier's veto reads whose unit it is (owners.py: a business's or another
# person's device is not the tester's).
CATEGORY_VETOES: dict[str, Veto] = {
    "biometric": not_a_persons_sample,
    "viewing_history": not_own_viewing,
    "device_id": not_own_device,
}
