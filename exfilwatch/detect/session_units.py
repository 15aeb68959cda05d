"""An institution's units told from a person's devices by how many of them one place hears.

Why: a person's household has a few devices, and each device's identifiers go to
its own vendors; an institution's systems report many units. A tester who works
at a hospital, a venue or a dealership carries a phone whose apps post the
serials of infusion pumps, ticket scanners or demo cars, in the institution's
own words (`infuusiopumput`, `escáneres`, `Vorführwagen`...). Rules that read
words learn each institution's words one round too late. How many identifiers of
one shape a single host hears in one session hangs on no word.

A host's (host, shape of the value) group is a fleet, and its identifiers are an
institution's units, when either:
- more than `UNIT_THRESHOLD` of its values are each heard in two flows or more
  (units report again and again; a phone's ids are few); or
- one flow carries more than `LIST_THRESHOLD` of its values (an inventory list); or
- its shape is a piece of hardware's (a MAC, an IMEI) and it has more than
  `HARDWARE_THRESHOLD` distinct values, heard once each or not: a phone has one
  Wi-Fi and one Bluetooth MAC and an IMEI or two, a household a few, while an
  airport's baggage readers or a university's recorders each report once.
  At such a host, the units' other hardware-shaped ids (serials, bare 12-hex
  MACs, digit serials) go too; software-shaped ids (UUIDs, other hex) stay: the
  tester's own app install ids go to the same host (set 173's venue app).
Software-shaped values heard once each, a few per flow, are no evidence (a
per-request id, or set 51's vacuum app sending a fresh `did` in every request,
labelled as one device). Measured on sets 3-184 (300 flows; 1,500 for 163-184):
hosts the labels call the tester's hear at most 2 distinct MACs or IMEIs (one
mixed host of set 168 hears 6); the airport's and university's hosts 7 to 1,145 (at 1,500 flows).
The recurring and list readings were measured on sets 3-176 (README, "Institution
units"): regular sets reach 5 recurring values at one host (an SDK host hears one id per app)
and 3 in one flow; the hospital's and the venue's units reach 33 and 16.

What counts: device_id findings of the rules and learned device ids. A record of
a unit's ids (a structure's finding) has no single value: it goes with its
host's fleet. `known:` findings are never counted or dropped, and neither is a
finding whose value or location a known value also matched: known values are
the tester's own by definition. The decision is taken on the whole session, so
every finding of a fleet goes, also those of flows analysed before the fleet
showed; the result is the same in any order and for a file split in parts
(`absorb`). Values are kept as short digests, not in clear.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import NamedTuple, TypeVar

from ..model import Finding

__all__ = [
    "HARDWARE_SHAPES",
    "HARDWARE_THRESHOLD",
    "LIST_THRESHOLD",
    "PEOPLES_DEVICES",
    "UNIT_THRESHOLD",
    "FindingKey",
    "SessionUnits",
    "finding_key",
    "joined",
    "line_key",
    "record_text",
    "shape_of",
    "without_units",
]

_Item = TypeVar("_Item")

UNIT_THRESHOLD = 6
"""More identifiers of one shape, each heard in two flows or more, at one host is a fleet."""
LIST_THRESHOLD = 8
"""More identifiers of one shape to one host in one flow is a fleet's list."""

HARDWARE_THRESHOLD = 6
"""More distinct MACs or IMEIs at one host, each heard once or more, is a fleet."""
HARDWARE_SHAPES = frozenset({"mac", "imei"})
"""Shapes of ids a device has one or two of, whatever app sends them."""

PEOPLES_DEVICES = frozenset({"device_id.guest_network_client"})
"""Rules whose findings are people's devices however many one host hears (a guest Wi-Fi's
clients: the access points are the institution's, the phones on them the guests'). They are
never counted as units nor dropped; the same values' other findings still are."""

RECORD = "record"
"""A structure's finding (a record of one unit's ids): it has no single value."""
_MAC = re.compile(r"[0-9a-f]{2}([:-])(?:[0-9a-f]{2}\1){4}[0-9a-f]{2}", re.IGNORECASE)
_UUID = re.compile(r"[0-9a-f]{8}-(?:[0-9a-f]{4}-){3}[0-9a-f]{12}", re.IGNORECASE)
_HEX = re.compile(r"[0-9a-f]+", re.IGNORECASE)
_SEPARATORS = re.compile(r"[\s:\-_.]")


class FindingKey(NamedTuple):
    """What names one finding in a session (as `Finding.id` does, but for the source,
    which a fetched input renames after analysis and which one session shares)."""

    flow: str
    signature: str
    location: str


class _Sighting(NamedTuple):
    host: str
    shape: str
    digest: str


def shape_of(value: str) -> str:
    """The kind of identifier a value's shape says it is: units of one fleet share it,
    while a phone's ANDROID_ID and advertising ID to the same SDK host do not."""
    value = value.strip()
    if value[:1] in "{[":
        return RECORD
    if _MAC.fullmatch(value):
        return "mac"
    if _UUID.fullmatch(value):
        return "uuid"
    if value.isdigit():
        return "imei" if len(value) == 15 else f"digits{min(len(value), 20)}"
    if _HEX.fullmatch(value):
        return f"hex{len(value)}"
    return "serial"


def record_text(value: object) -> str:
    """A record's identity for counting (its leaves in key order): a structure read as
    one unit's identity record has no single value to count."""
    return json.dumps(value, sort_keys=True, default=str, ensure_ascii=False)[:4096]


def _digest(value: str) -> str:
    """Case and separators do not make another unit (`AA:BB` and `aabb` are one MAC)."""
    normal = _SEPARATORS.sub("", value.strip().lower())
    return hashlib.blake2b(normal.encode("utf-8", "surrogatepass"), digest_size=8).hexdigest()


@dataclass(slots=True)
class SessionUnits:
    """The device-id findings of one session, by host and shape, and the known values."""

    threshold: int = UNIT_THRESHOLD
    sightings: dict[FindingKey, _Sighting] = field(default_factory=dict)
    first_flow: dict[tuple[str, str], dict[str, str]] = field(default_factory=dict)
    """Per (host, shape), each value's first flow: a value heard in a second is a unit."""
    recurring: dict[tuple[str, str], set[str]] = field(default_factory=dict)
    in_one_flow: dict[tuple[str, str], dict[str, set[str]]] = field(default_factory=dict)
    """Per (host, shape), the values of each flow: a flow that lists many is an inventory."""
    list_threshold: int = LIST_THRESHOLD
    hardware_threshold: int = HARDWARE_THRESHOLD
    known_digests: set[str] = field(default_factory=set)
    known_places: set[tuple[str, str]] = field(default_factory=set)
    """(flow, location) of known-value findings."""

    def note(self, key: FindingKey, host: str, value: str) -> None:
        if key in self.sightings:
            return
        self._note_sighting(key, _Sighting(host.lower(), shape_of(value), _digest(value)))

    def note_known(self, flow: str, location: str, value: str) -> None:
        self.known_digests.add(_digest(value))
        self.known_places.add((flow, location))

    def absorb(self, other: SessionUnits) -> None:
        """Another part of the same session (a split file, a streamed run)."""
        for key, sighting in other.sightings.items():
            if key not in self.sightings:
                self._note_sighting(key, sighting)
        self.known_digests |= other.known_digests
        self.known_places |= other.known_places

    def _note_sighting(self, key: FindingKey, sighting: _Sighting) -> None:
        self.sightings[key] = sighting
        if sighting.shape == RECORD:
            return  # a record goes with its host's fleet: its text is no unit's id
        group = (sighting.host, sighting.shape)
        first = self.first_flow.setdefault(group, {}).setdefault(sighting.digest, key.flow)
        if first != key.flow:
            self.recurring.setdefault(group, set()).add(sighting.digest)
        self.in_one_flow.setdefault(group, {}).setdefault(key.flow, set()).add(sighting.digest)

    def _is_fleet(self, group: tuple[str, str]) -> bool:
        return self._reports_again(group) or self._many_pieces(group)

    def _reports_again(self, group: tuple[str, str]) -> bool:
        """Units that report again and again, or a list of them: every id of the group
        is a unit's."""
        known = self.known_digests
        if len(self.recurring.get(group, set()) - known) > self.threshold:
            return True
        flows = self.in_one_flow.get(group, {}).values()
        return any(len(values - known) > self.list_threshold for values in flows)

    def _many_pieces(self, group: tuple[str, str]) -> bool:
        """Many MACs or IMEIs heard once each: the units are the ones heard once, and
        an id the host hears again and again beside them is the tester's own device
        (a family's set-top box at an operator that also hears its shop screens, a
        repair technician's self-test beside her customers' phones)."""
        distinct = self.first_flow.get(group, {}).keys() - self.known_digests
        return group[1] in HARDWARE_SHAPES and len(distinct) > self.hardware_threshold

    def fleets(self) -> dict[tuple[str, str], int]:
        """(host, shape) groups that are fleets, with their distinct unit counts."""
        return {
            group: len(set(firsts) - self.known_digests)
            for group, firsts in self.first_flow.items()
            if self._is_fleet(group)
        }

    def dropped(self) -> set[FindingKey]:
        fleets = self.fleets()
        if not fleets:
            return set()
        hosts = {host for host, _ in fleets}
        return {
            key
            for key, sighting in self.sightings.items()
            if self._dropped(key, sighting, fleets, hosts)
        }

    def in_fleet(self, key: FindingKey) -> bool:
        """Whether a finding is of a fleet as far as the session has gone (the live
        proxy, whose session has no end, asks this of each finding before writing it)."""
        sighting = self.sightings.get(key)
        if sighting is None:
            return False
        if sighting.shape == RECORD:  # any fleet at its host
            fleets = self.fleets()
            return self._dropped(key, sighting, fleets, {host for host, _ in fleets})
        # Only its own group and the host's hardware groups decide: not every group of
        # the session, which the proxy would otherwise read again for every finding.
        groups = {(sighting.host, shape) for shape in (sighting.shape, *HARDWARE_SHAPES)}
        fleets = {group: 0 for group in groups if self._is_fleet(group)}
        return self._dropped(key, sighting, fleets, {sighting.host} if fleets else set())

    def _dropped(
        self,
        key: FindingKey,
        sighting: _Sighting,
        fleets: dict[tuple[str, str], int],
        hosts: set[str],
    ) -> bool:
        if sighting.digest in self.known_digests or (key.flow, key.location) in self.known_places:
            return False
        if sighting.shape == RECORD:
            return sighting.host in hosts
        group = (sighting.host, sighting.shape)
        if group in fleets and self._reports_again(group):
            return True
        if sighting.digest in self.recurring.get(group, ()):
            return False  # heard again and again among units heard once: the tester's
        return group in fleets or (
            _unit_shaped(sighting.shape)
            and any((sighting.host, shape) in fleets for shape in HARDWARE_SHAPES)
        )

    @property
    def note_text(self) -> str | None:
        fleets = self.fleets()
        if not fleets:
            return None
        named = ", ".join(
            f"{host} ({count} {shape})" for (host, shape), count in sorted(fleets.items())
        )
        return f"institution units: device ids to {named} read as an inventory and not reported"


def _unit_shaped(shape: str) -> bool:
    """A piece of hardware's id beside its MAC (a serial, a bare 12-hex MAC, a digit
    serial); UUIDs and other hex are software's, such as the tester's app install id."""
    return shape in HARDWARE_SHAPES or shape in {"serial", "hex12"} or shape.startswith("digits")


def joined(parts: Sequence[SessionUnits | None]) -> SessionUnits | None:
    present = [part for part in parts if part is not None]
    if not present:
        return None
    whole = SessionUnits(present[0].threshold)
    for part in present:
        whole.absorb(part)
    return whole


def finding_key(finding: Finding) -> FindingKey:
    return FindingKey(finding.flow, finding.signature, finding.location)


def line_key(line: str) -> FindingKey:
    """A serialised finding's key (a worker's JSONL line, see `batch`)."""
    fields = json.loads(line)
    return FindingKey(fields["flow"], fields["signature"], fields["location"])


def without_units(
    items: Iterable[_Item], keys: Iterable[FindingKey], dropped: set[FindingKey]
) -> list[_Item]:
    """`items` (findings or their JSONL lines) whose keys, given in the same order,
    are not of a fleet."""
    return [item for item, key in zip(items, keys, strict=True) if key not in dropped]
