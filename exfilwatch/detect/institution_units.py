"""An institution's unit, known by what it does: it examines what others bring to it, it
admits other people, it stays in a classroom, or its owner says so.

A device identifier is personal data of the person whose device it is. Round 49's
precision sets sent a veterinary clinic's microchip reader (`lecteur.ble_mac` beside the
`transpondeur` it read), a lab's blood analyser (`analyseur.mac` beside the
`echantillon` it examined), a cinema's door scanner (its serial and Wi-Fi MAC beside the
tickets it admitted), its check-in naming the cinema as owner (`owner: "... (company-
owned)"`) and a school's shared tablet checking in to the school's MDM from a classroom.
Each names its institution by what it does rather than by a word for the institution:

1. an instrument (a reader, an analyser, a scanner) named by a key enclosing the
   identifier or by a request header carrying an id, in a request that names what it
   examined: an animal's transponder, a specimen, a ticket. A person's e-reader or
   breathalyser examines nothing of anyone else's;
2. a request whose listed records carry a door's admission decision (`ADMIT`, `already
   scanned`) beside a ticket or its barcode: the gate's report. A visitor's app is told
   its admission in a response, and a home lock's log names no ticket;
3. an ownership field of the unit's record, of a record enclosing it or of the request
   body's top record saying an organisation owns it (Android Enterprise's
   `COMPANY_OWNED`, `company-owned`); a business account's owner elsewhere stays mute;
4. a classroom named in the identifier's own record, at a host naming device management
   (`mdm.<school>`): a school's shared tablet checking in. A pupil's own app naming her
   classroom to any other host, her school's included, stays read;
5. a ward's equipment (round 62: infusion pumps, patient monitors, ventilators,
   telemedicine carts, beds, in the plural or by their trade names) named in a URL path
   segment or in the identifier's keys, heard at a care setting (a host label or a path
   segment naming a hospital, an ICU or a telemedicine service). A patient's own pump
   or monitor is one device, named in the singular, and stays read.

The words are data (`lexicon/institution_unit.yaml`); `unit_owners.not_own_device` asks.
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from .lexicon import load
from .structures._common import key_words

if TYPE_CHECKING:
    from .subjects import SubjectReader

__all__ = ["institution_unit", "institution_unit_classes"]

_INSTRUMENT = "instrument"
_EXAMINED = "examined"
_ADMISSION = "admission"
_TICKET_CODE = "ticket_code"
_CLASSROOM = "classroom"
_DEVICE_MANAGEMENT = "device_management"
_ORG_OWNED = "org_owned"
_OWNER_KEY = "owner_key"
_CARE_EQUIPMENT = "care_equipment"
_CARE_SETTING = "care_setting"
_HEADER = "header."
_BODY = "body"
_URL_SEGMENT = "path["
# A decision, a classroom or an ownership is a word or a short phrase, not a text.
_LONGEST_SHORT_VALUE = 64
# An identifier in a header (`x-scanner-serial: 21318522504211`), not a version.
_SHORTEST_HEADER_ID = 6


@cache
def institution_unit_classes(text: str) -> frozenset[str]:
    """The institution-lexicon classes of a key's, a host label's or a short value's
    words and phrases."""
    return load("institution_unit").classes_of(key_words(text))


def _short_text(value: object) -> str | None:
    if isinstance(value, str) and 0 < len(value) <= _LONGEST_SHORT_VALUE:
        return value
    return None


def _in_request_body(path: str) -> bool:
    return path.startswith(_BODY)


def _named_key(reader: SubjectReader, index: int) -> str:
    node = reader.nodes[index]
    return "" if not node.key or node.path.startswith(_URL_SEGMENT) else node.key


def _body_keys_name(reader: SubjectReader, owner_class: str) -> bool:
    return any(
        _in_request_body(n.path) and n.key and owner_class in institution_unit_classes(n.key)
        for n in reader.nodes
    )


def _header_names_instrument(reader: SubjectReader) -> bool:
    """A request header naming an instrument and carrying its id
    (`x-scanner-serial: 21318522504211`): the client is that instrument."""
    for n in reader.nodes:
        if n.parent >= 0 or not n.path.startswith(_HEADER):
            continue
        value = str(n.value or "")
        if len(value) < _SHORTEST_HEADER_ID or not any(c.isdigit() for c in value):
            continue
        if _INSTRUMENT in institution_unit_classes(n.key or ""):
            return True
    return False


def _instrument_examines(reader: SubjectReader, index: int) -> bool:
    named = any(
        _INSTRUMENT in institution_unit_classes(_named_key(reader, i)) for i in reader.chain(index)
    )
    if not named and not reader.exchange_wide(_header_names_instrument):
        return False
    return reader.exchange_wide(_body_keys_name_examined)


def _admits_tickets(member: dict[object, object]) -> bool:
    """A listed record with a door's decision beside the ticket it was about."""
    decided = ticketed = False
    for key, value in member.items():
        key_classes = institution_unit_classes(str(key))
        ticketed = ticketed or bool(key_classes & {_EXAMINED, _TICKET_CODE})
        text = _short_text(value)
        decided = decided or (text is not None and _ADMISSION in institution_unit_classes(text))
    return decided and ticketed


def _gate_reports_admissions(reader: SubjectReader) -> bool:
    return any(
        _in_request_body(n.path)
        and isinstance(n.value, list)
        and any(isinstance(m, dict) and _admits_tickets(m) for m in n.value)
        for n in reader.nodes
    )


def _unit_records(reader: SubjectReader, index: int) -> list[int]:
    """The records that describe the identifier's unit: its own and those enclosing it,
    and the request body's top record (a URL's unit id is described by the body)."""
    records = [i for i in reader.chain(index) if isinstance(reader.nodes[i].value, dict)]
    records += [
        i
        for i, n in enumerate(reader.nodes)
        if n.parent < 0 and _in_request_body(n.path) and isinstance(n.value, dict)
    ]
    return records


def _organisation_owns_it(reader: SubjectReader, index: int) -> bool:
    """An ownership field of the unit's record saying an organisation owns the unit. A
    business account's owner elsewhere in the body (`account.owner`) says nothing of the
    phone, and a list member's owner speaks for that member only."""
    for record in _unit_records(reader, index):
        for c in reader.children_of(record):
            node = reader.nodes[c]
            text = _short_text(node.value)
            if text is None or not node.key:
                continue
            if _OWNER_KEY in institution_unit_classes(node.key) and (
                _ORG_OWNED in institution_unit_classes(text)
            ):
                return True
    return False


def _host_names(reader: SubjectReader, classes: set[str]) -> bool:
    labels = reader.host.lower().split(".")[:-1]
    return any(institution_unit_classes(label) & classes for label in labels)


def _classroom_unit(reader: SubjectReader, index: int) -> bool:
    """The identifier's own record (or the record a record finding is) names the
    classroom it is kept in, at a host naming device management."""
    node = reader.nodes[index]
    if not _in_request_body(node.path):
        return False
    record = index if isinstance(node.value, dict) else node.parent
    if record < 0:
        return False
    in_classroom = any(
        _CLASSROOM in institution_unit_classes(reader.nodes[c].key or "")
        and _short_text(reader.nodes[c].value) is not None
        for c in reader.children_of(record)
    )
    return in_classroom and _host_names(reader, {_DEVICE_MANAGEMENT})


def _words_present(reader: SubjectReader) -> tuple[frozenset[str], frozenset[str]]:
    """The institution classes the exchange's keys name, and those its short values and
    host labels name: each reading below needs two of them, so most exchanges are
    answered here, in one pass, without any of the readings' own walks."""
    keys: set[str] = set()
    values: set[str] = set()
    for n in reader.nodes:
        if n.key:
            keys |= institution_unit_classes(n.key)
        text = _short_text(n.value)
        if text is not None:
            values |= institution_unit_classes(text)
    for label in reader.host.lower().split(".")[:-1]:
        values |= institution_unit_classes(label)
    return frozenset(keys), frozenset(values)


def _url_segments(reader: SubjectReader) -> list[str]:
    return [
        n.value
        for n in reader.nodes
        if n.parent < 0 and n.path.startswith(_URL_SEGMENT) and isinstance(n.value, str)
    ]


def _care_setting_named(reader: SubjectReader) -> bool:
    """A host label or a URL path segment naming a hospital, an ICU or a telemedicine
    service (`telemed.<chu>-hospital`, `/ibitaro/`)."""
    return _host_names(reader, {_CARE_SETTING}) or any(
        _CARE_SETTING in institution_unit_classes(s) for s in _url_segments(reader)
    )


def _care_equipment_named(reader: SubjectReader, index: int) -> bool:
    """A URL path segment (`/pompes/`, `/api/carts/<id>/heartbeat`), a key enclosing the
    identifier or a field of its own record (`{"cart": ..., "mac": ...}`) naming a
    ward's equipment."""
    if any(_CARE_EQUIPMENT in institution_unit_classes(s) for s in _url_segments(reader)):
        return True
    if any(
        _CARE_EQUIPMENT in institution_unit_classes(_named_key(reader, i))
        for i in reader.chain(index)
    ):
        return True
    node = reader.nodes[index]
    record = index if isinstance(node.value, dict) else node.parent
    return record >= 0 and any(
        _CARE_EQUIPMENT in institution_unit_classes(_named_key(reader, c))
        for c in reader.children_of(record)
    )


def _care_unit(reader: SubjectReader, index: int) -> bool:
    """A ward's equipment (pumps, monitors, ventilators, carts, beds) heard at a care
    setting: the hospital's units, not the engineer's or a patient's phone (round 62)."""
    return _care_equipment_named(reader, index) and reader.exchange_wide(_care_setting_named)


def _body_keys_name_examined(reader: SubjectReader) -> bool:
    return _body_keys_name(reader, _EXAMINED)


def institution_unit(reader: SubjectReader, index: int) -> bool:
    """True when the device identifier at `index` is an institution's unit, named so by
    what it does (examines, admits), where it stays (a classroom) or by its owner."""
    keys, values = reader.exchange_wide(_words_present)
    return (
        (_INSTRUMENT in keys and _EXAMINED in keys and _instrument_examines(reader, index))
        or (
            _ADMISSION in values
            and bool(keys & {_EXAMINED, _TICKET_CODE})
            and reader.exchange_wide(_gate_reports_admissions)
        )
        or (_OWNER_KEY in keys and _ORG_OWNED in values and _organisation_owns_it(reader, index))
        or (_CLASSROOM in keys and _DEVICE_MANAGEMENT in values and _classroom_unit(reader, index))
        or (
            _CARE_SETTING in values
            and _CARE_EQUIPMENT in keys | values
            and _care_unit(reader, index)
        )
    )
