"""Whose device a device identifier is of: the tester's, or a business's or another
person's.

A device identifier is personal data of the person whose device it is. The apps of
people at work send the identifiers of units that are not theirs with the very shapes
of their own phone's: a practice's shockwave unit, a warehouse's handheld scanners
assigned to the shift, a reception kiosk's android id, a patient's tracker synced by her
physiotherapist, a hotspot's router named by its captive portal, a fleet console's
robots. One veto, honoured by every device rule (`subjects.CATEGORY_VETOES`), drops a
finding whose exchange says so; the words are data (`lexicon/unit_owner.yaml`).

What is read, and why each says "not the tester's":

1. the words of the data's own key and of every key that encloses it, and the fields of
   its own record and of the records enclosing it, two levels down but not into lists;
   a list's member records are read together (a list is one owner's units: an
   inventory holding a shockwave unit is the practice's, its treadmills too): a holder
   field (`assignedTo`, `uitgegevenAan`: a business hands its units out), a
   business-only unit named in a key or in a kind value (`type: ondes_de_choc`);
   a router's address (`router_mac`) in an exchange holding a hotspot gateway's field
   (`nas_id`): a captive portal's router is the operator's, a landlord's or a café's;
2. the URL path's segments: a business-only unit (`/borne-accueil/heartbeat`,
   `/ondes-de-choc/seances`), or people in the plural followed by an id
   (`/patients/pat_905711/objets/sync`: that person's record);
3. the host's labels: a label that is only the word for a fleet (`fleet.<company>`), or
   one naming a workshop (`iot.maszyny-warsztat`: a workshop's machine cloud);
4. a request header's name naming a workshop (`x-dl-workshop: WAW-0412`): the app signs
   in as a repair workshop, so the units it reports are the workshop's tools or its
   customers' cars, and a record naming the technician who works it (`technician`,
   `mechanik`) is such a job too (round 42). A practice's, a clinic's or a warehouse's
   name in a request header (`x-cabinet`, `x-magazyn`) says the same (round 43);
5. the quantity: an identifier listed with a dozen or more units, each with its own
   value under the same key, is a stocktake's or a management console's, a fleet's; a
   household's list of its phones, watches, TVs and speakers holds a handful (round 43);
6. a site's operations console (round 44, sets 125 and 128): a host label naming a
   network, video or building management system (`nms.<station>`, `vms.<mall>`) serves
   the site's encoders, receivers, transmitters and cameras; and in a response, a
   request header carrying a staff number (`x-staff-no`: the app signs in as the site's
   worker) or a query filtering the units by team (`?grupo=engenharia`,
   `?kumpulan=keselamatan`: colleagues' devices). Those two read responses only: the
   phone's own ids go up in requests (its MDM check-in stays found), while a console is
   told about units, a few at a time (a page, one camera's health) as often as by the
   dozen.
7. round 45 (sets 132 and 133): a clinic's, a lab's or a workshop's apparatus (an
   autoclave, a steriliser, an intra-oral scanner, a dental chair, an X-ray unit, a lab
   analyser) is a `premises_unit`; a response to a query naming a site or a branch
   (`?site=MAD`, `?sede=`, `?Standort=`, `?sube=`) or a practice lists the site's units;
   a request header naming an administrator (`x-admin: DR-9138`) makes the app a device
   management console acting on managed units by their ids (its own phone's ids, in
   request headers, stay read); and a response telling a passenger or a customer about
   the driver or the courier of a ride or an order (`/ride/<id>/driver`, a `captain`
   record, a vehicle's tablet beside a named driver) describes another person's and a
   fleet's equipment.
8. round 46 (sets 135, 137, 138, 142): an inventory or asset tag in the unit's record (a
   rental house's camera, a school's tablet: the unit is on an organisation's books); an
   ownership field saying rented, leased or lent (`ownership: rental`: a telco's box); a
   borrowed unit's return time (返却予定); a yard's number-plate cameras and a warehouse's
   conveyors; a host that is only a warehouse, factory or lab system's name (not a bare
   `console`: an MDM console also carries its administrator's own phone ids); and a
   response to a caller that names its tenant as a company by legal form
   (`x-tenant: havenroute-bv`): a company's console listing its units.

9. round 47 (set 146, a school district's technician): a query naming a school, a
   classroom or a wireless access point (`?koulu=140`, `?ap=AP-81`), like a site's; a
   Finnish inventory number and the organisational unit a managed unit is filed under
   (`orgUnitPath`); a client whose User-Agent names it a business-only unit (a signage
   player, a classroom's interactive panel); responses to an administration app
   (`KouluverkkoAdmin/3.8`) and a device management service's lists (Jamf, Kandji).

10. round 48 (sets 150, 152, 154: a hotel's staff, a post office's customer, a radio
   station's engineer): units listed each in its own numbered room (`room: 706`: a
   hotel's room TVs and cast dongles; a home's rooms are named, not numbered from 100);
   a building's floor filtering a console's units (`?floor=6`); a response to a caller
   signing in with a site's code in a request header (`x-site: LIS-MIR-01`: the site's
   door locks); a queue-ticket totem (`macTotem`); and a unit answering on a host under
   a studio's or a factory's name (`codec-isdn.studio.<station>`: the station's codec
   reporting its own MAC). The three last read responses only.

11. round 50 (sets 166 and 170: a car dealership's salesperson, a football club's
   analyst): a data-erasure station and its erasure reports (`WipeStation`,
   `/loeschzertifikate`: phones customers hand in, erased for resale); a host named
   after a car dealership hearing from a client that is no phone app (a demo car's
   head unit or telematics modem, a workshop PC: the staff's phone, signing in with a
   phone app's User-Agent, stays read); and a club signing in (`x-clube`, `x-verein`)
   with a unit beside the player who wears it, by number (`atleta: 13`): the club's
   belts and vests on its squad.

12. round 55 (set 205, a hospital's ward TVs): a list whose every unit sits in its own
   numbered room of one ward (`ruang: "Melati R1"` ... `"Melati R6"`, `ICU-3`), four or
   more: the ward's units. A family's rooms are named (`Ruang Tamu`), and its numbered
   bedrooms (`Kamar 2`) are named by the room word itself, which is not read as a ward.

13. round 59 (sets 220, 223): an airport's e-gates (`/egate/health`: premises units); a
   site's worker queueing a command for a managed unit at a device management host
   (`mdm.<site>/devices/<id>/commands`); and two units or more listed, each named by a
   building's shared space (`LOBBY-A-01`, `LIFTHALL-G`: a condominium's lobby screens).

14. round 62 (set 236, a referral hospital's biomedical engineer): a URL path segment of
   a protocol only fixed units speak (ZKTeco's `/iclock/` PUSH: an attendance terminal's
   serial) and a host that is a hospital's maintenance system (`gmao.<hospital>`, the
   French CMMS). A ward's pumps, monitors and carts are read in `institution_units`.

15. round 254 (set 254, a library's AV coordinator): a signage player's status told in a
   response of an exchange `playouts.screen_playout` reads as a business's screen (a
   content manager's `/players/<id>/status`); and a building's units addressed one by
   one in a collection of them (`unit_collection`: `/booths/B4`, a host `roomdisplays.
   <org>`): listening booths and meeting rooms' booking panels. A household has no
   booths and no room panels, and its own TV is no CMS's player.

16. round 66 (set 266, a car-sharing app): a response to a request asking by a map
   position (`?lat=..&lon=..`), listing two vehicles or more, each by its own VIN at its
   own position: the operator's cars near the caller, with their telematics units. An
   owner's garage asks by no position, and one car is no list.

17. round 66 (set 267, a trawler's cabin TV boxes): a unit's record naming the vessel it
   sits on by registration or IMO number (`skip: "KG 478"`), sent by a client that is no
   phone app: the ship's set-top boxes and satellite terminals are the shipowner's.

A wrongly kept identifier costs less than the tester's own lost, so the words are
narrow: a home's treadmill, printer or router and a consumer's TENS pad stay readable.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache
from typing import TYPE_CHECKING

from .device_lookups import reported_stolen_lookup
from .institution_units import institution_unit, institution_unit_classes
from .lexicon import load
from .playouts import screen_playout
from .structures._common import key_words
from .validators import is_vin_shape

if TYPE_CHECKING:
    from .subjects import SubjectReader

__all__ = ["host_is_operations_console", "not_own_device", "text_owner_classes"]

_HOLDER = "holder"
_ASSET_TAG = "asset_tag"
_OWNERSHIP = "ownership"
_RENTED = "rented"
_UNIT = "premises_unit"
_OTHERS = "others"
_UNIT_COLLECTION = "unit_collection"
_HOTSPOT = "hotspot"
_BOX = "network_box"
_FLEET = "fleet"
_WORKER = "job_worker"
_WORKSHOP = "workshop"
_BUSINESS_SITE = "business_site"
_CALLER_SITES = frozenset([_WORKSHOP, _BUSINESS_SITE])
_CONSOLE = "operations_console"
_STAFF = "staff_caller"
_GROUP = "unit_group"
_SITE = "unit_site"
_QUERY_UNIT_FILTERS = frozenset([_GROUP, _SITE, _BUSINESS_SITE])
_DRIVER = "ride_driver"
_VEHICLE = "ride_vehicle"
_ADMIN = "admin_caller"
_COMMAND = "unit_command"
_CONSOLE_PATH = "console_path"
_COMMON_AREA = "common_area"
_DEVICE_MANAGEMENT = "device_management"
_TENANT = "tenant_caller"
_LEGAL_FORM = "legal_form"
_RECORD_ID_LENGTH = 6
# Fields that say "not the tester's" by being filled in at all: to whom the unit was
# handed, who works the job, the organisation's inventory tag on it.
_SHARED = "shared_scheme"
_FIXED_PROTOCOL = "fixed_unit_protocol"
_FILLED_FIELD_OWNERS = frozenset([_HOLDER, _WORKER, _ASSET_TAG, _SHARED])
# A header saying the caller is NOT an administrator (`x-admin: false`).
_NEGATIVE_VALUES = frozenset(["false", "0", "no", "none", "null"])
# A scheme's flag that says "no" (`carShareYn: N`): the car is the tester's own.
_NO_VALUES = _NEGATIVE_VALUES | {"n"}
_RESPONSE = "response."
_QUERY = "query"
# A household lists a handful of devices (a family's phones, watches, TVs and speakers);
# a site's console or a stocktake lists its units by the dozen.
_INVENTORY_UNITS = 12
_ID_LENGTH = 8
_HEADER = "header."
# Fields whose short value says what kind of unit a record is (`type: isocinetique`) or
# what carries it (`carrier: forklift`, Dutch `drager`: a tag mounted on a vehicle).
_KIND_KEYS = frozenset(
    ["type", "kind", "typ", "tipo", "categorie", "category", "soort", "art",
     "carrier", "mountedon", "drager", "traeger", "porteur", "portador", "vehicle"]
)  # fmt: skip
_LONGEST_KIND_VALUE = 64
_RECORD_DEPTH = 2
_URL_SEGMENT = "path["
_MDM_SERVICE = "mdm_service"
_USER_AGENT = "user-agent"
# A managed fleet is listed by the page: two units or more, not the caller's one device.
_LISTED_UNITS = 2
_ROOM = "room_number"
_SITE_HOST = "site_host"
_SITE_HOST_CLASSES = frozenset([_SITE_HOST, _BUSINESS_SITE])
_DEALERSHIP = "dealership"
_CLUB_CALLER = "club_caller"
_SQUAD_MEMBER = "squad_member"
# What a header name prefixes its own words with (`x-clube`).
_HEADER_PREFIXES = frozenset(["x"])
_BODY = "body"
_LONGEST_SQUAD_CODE = 16
_PHONE_CLIENT = "phone_client"
_SCREEN_UNIT = "screen_unit"
# `player` is squad_member's in the lexicon (one class a word); beside a common area's
# word in a User-Agent's product name it is a media player (`LobbyPlayer`).
_MEDIA_PLAYER_WORDS = frozenset(["player", "players"])
# The request headers that carry the calling app's package or bundle id.
_PACKAGE_HEADERS = frozenset(["x-android-package", "x-ios-bundle-identifier"])
_VESSEL = "vessel"
# A vessel's registration (`KG 478`, `TN-301`) or IMO number (`IMO 9274563`): capitals, digits.
_VESSEL_MARK = re.compile(r"(?:IMO[ -]?\d{7}|[A-Z]{1,4}[ -]?\d{1,5})")
# A building's room number: floor by floor from 101 (706, 1204), a wing's letter at most.
_ROOM_NUMBER = re.compile(r"[A-Za-z]?\d{3,4}[A-Za-z]?")
_FIRST_ROOM = 100
# A ward's room by number (`Melati R3`, `East-12`, `Wing B 4`): a name, then a short number.
_WARD_ROOM = re.compile(r"(.*[A-Za-z].*?)[\s_.-]+([A-Za-z]{0,2}\d{1,3}[A-Za-z]?)")
# Four rooms of one ward or more: a household's numbered bedrooms are fewer, and named.
_WARD_ROOMS = 4
_LAST_ROOM = 9999
# A site's code in a header (`LIS-MIR-01`, `MI-042`): letters and digits, short.
_LONGEST_SITE_CODE = 32


@cache
def text_owner_classes(text: str) -> frozenset[str]:
    """The owner-lexicon classes of a key's, a segment's or a short value's words."""
    return load("unit_owner").classes_of(key_words(text))


def _field_says_business(key: str, value: object) -> bool:
    """A field of a unit's record that makes the unit a business's or a lender's."""
    key_classes = text_owner_classes(key)
    filled = key_classes & _FILLED_FIELD_OWNERS and value not in (None, "", False)
    if filled and (key_classes != {_SHARED} or str(value).strip().lower() not in _NO_VALUES):
        return True
    short_text = isinstance(value, str) and len(value) <= _LONGEST_KIND_VALUE
    if not short_text:
        return False
    if _OWNERSHIP in key_classes:
        return _RENTED in text_owner_classes(value)
    if key.lower().replace("_", "") in _KIND_KEYS:
        return _UNIT in text_owner_classes(value)
    return False


def _keys_say_business(reader: SubjectReader, index: int) -> bool:
    for i in reader.chain(index):
        node = reader.nodes[i]
        named = node.key and not node.path.startswith(_URL_SEGMENT)
        if named and _UNIT in text_owner_classes(node.key):
            return True
    return False


def _hotspot_names_its_router(reader: SubjectReader, index: int) -> bool:
    """A router's or a gateway's address beside a hotspot gateway's field: the network
    operator's box. The phone's own MAC the same portal is told (`mac=`) stays."""
    key = reader.nodes[index].key or ""
    if _BOX not in text_owner_classes(key):
        return False
    return any(node.key and _HOTSPOT in text_owner_classes(node.key) for node in reader.nodes)


def _records_say_business(reader: SubjectReader, index: int) -> bool:
    for i in reader.chain(index):
        level = [i]
        for _ in range(_RECORD_DEPTH):
            level = [
                c
                for parent in level
                for c in reader.children_of(parent)
                if not isinstance(reader.nodes[c].value, list)
            ]
            for c in level:
                node = reader.nodes[c]
                scalar = node.key and not isinstance(node.value, (dict, list))
                if scalar and _field_says_business(node.key, node.value):
                    return True
    return False


def _is_id(segment: str) -> bool:
    return any(ch.isdigit() for ch in segment)


def _url_says_business(reader: SubjectReader) -> bool:
    segments = _url_segments(reader)
    for place, segment in enumerate(segments):
        classes = text_owner_classes(segment)
        if classes & {_UNIT, _SHARED, _FIXED_PROTOCOL}:
            return True
        following = segments[place + 1] if place + 1 < len(segments) else ""
        if classes & {_OTHERS, _UNIT_COLLECTION} and _is_id(following):
            return True
    return False


def _host_names_a_unit_collection(host: str) -> bool:
    """A subdomain label that is a building's units in the plural (`roompanels.<org>`,
    `listeningbooths.<org>`): the service of its booths' or rooms' panels. The
    registered name (`<brand>.<tld>`) is not read."""
    labels = host.lower().split(".")[:-2]
    return any(_UNIT_COLLECTION in text_owner_classes(label) for label in labels)


def _screen_tells_its_unit(reader: SubjectReader, index: int) -> bool:
    """In a response, a business's screen's own record (a signage player's status at
    its content manager, round 254): the screen's MAC and serial. A phone's own ids
    go up in requests, so a patron's phone sending its id to a jukebox stays read."""
    if not reader.nodes[index].path.startswith(_RESPONSE):
        return False
    return reader.exchange_wide(_exchange_is_a_screens)


def _exchange_is_a_screens(reader: SubjectReader) -> bool:
    return screen_playout(reader.nodes, reader.host)


def _host_says_fleet(host: str) -> bool:
    labels = host.lower().split(".")[:-1]
    return any(_FLEET in text_owner_classes(label) and "-" not in label for label in labels)


def _caller_is_business(reader: SubjectReader) -> bool:
    """A request header naming a workshop, a practice or a warehouse with a value: the
    app signs in as that site, so the units it reports are the site's."""
    return any(
        n.parent < 0
        and n.path.startswith(_HEADER)
        and n.value not in (None, "")
        and text_owner_classes(n.key or "") & _CALLER_SITES
        for n in reader.nodes
    )


def _member_records(value: object) -> list[dict[str, object]]:
    return [m for m in value if isinstance(m, dict)] if isinstance(value, list) else []


def _id_like_keys(value: object, key: str | None) -> list[str]:
    """The keys whose values must differ unit by unit: the finding's own key, or a
    record's fields holding an id-like string (letters and digits, eight or more)."""
    if not isinstance(value, dict):
        return [key] if key else []
    return [
        k
        for k, v in value.items()
        if isinstance(v, str) and len(v) >= _ID_LENGTH and any(c.isdigit() for c in v)
    ]


def _in_inventory(reader: SubjectReader, index: int) -> bool:
    """The identifier is one of many units listed together, each with its own values: an
    inventory is a fleet's, not one person's handful of devices. A batch of events that
    stamps the phone's one id on every member repeats it, and stays readable."""
    node = reader.nodes[index]
    keys = _id_like_keys(node.value, node.key)
    if not keys:
        return False
    for i in reader.chain(index):
        members = _member_records(reader.nodes[i].value)
        if len(members) >= _INVENTORY_UNITS and all(
            len({str(m.get(k)) for m in members if k in m}) >= _INVENTORY_UNITS for k in keys
        ):
            return True
    return False


def _host_says_workshop(host: str) -> bool:
    return any(_WORKSHOP in text_owner_classes(label) for label in host.lower().split(".")[:-1])


def host_is_operations_console(host: str) -> bool:
    """A host label that is only a management system's name (`nms`, `vms`): a site's
    console of its own units. A compound label (`vms-cloud`) is read as nothing."""
    labels = host.lower().split(".")[:-1]
    return any(_CONSOLE in text_owner_classes(label) and "-" not in label for label in labels)


def _caller_is_staff(reader: SubjectReader) -> bool:
    return any(
        n.parent < 0
        and n.path.startswith(_HEADER)
        and n.value not in (None, "")
        and _STAFF in text_owner_classes(n.key or "")
        for n in reader.nodes
    )


def _query_filters_by_group(reader: SubjectReader) -> bool:
    query = next((i for i, n in enumerate(reader.nodes) if n.path == _QUERY), None)
    if query is None:
        return False
    return any(
        reader.nodes[c].value not in (None, "")
        and text_owner_classes(reader.nodes[c].key or "") & _QUERY_UNIT_FILTERS
        for c in reader.children_of(query)
    )


def _console_told_of_units(reader: SubjectReader, index: int) -> bool:
    """A response to a site's worker, or to a query for a team's units: the server
    tells a console about the site's or the colleagues' devices."""
    if not reader.nodes[index].path.startswith(_RESPONSE):
        return False
    return _caller_is_staff(reader) or _query_filters_by_group(reader)


def _url_segments(reader: SubjectReader) -> list[str]:
    return [
        n.value
        for n in reader.nodes
        if n.parent < 0 and n.path.startswith(_URL_SEGMENT) and isinstance(n.value, str)
    ]


def _is_record_id(segment: str) -> bool:
    """A ride's or an order's id (`2ba264ee-...`, `88123047`), not an API version (`v2`),
    which would make a driver app's own `/v2/driver` someone else's."""
    return len(segment) >= _RECORD_ID_LENGTH and _is_id(segment)


def _url_names_a_ride_driver(reader: SubjectReader) -> bool:
    """`/ride/<id>/driver`, `/orders/<id>/courier`: the driver or courier OF a ride or an
    order, someone the passenger or the customer is told about."""
    segments = _url_segments(reader)
    return any(
        _DRIVER in text_owner_classes(segment) and _is_record_id(segments[place - 1])
        for place, segment in enumerate(segments)
        if place > 0
    )


def _keys_name(reader: SubjectReader, indices: Iterable[int], owner_class: str) -> bool:
    """Some named key among `indices` (not a URL segment) is of `owner_class`."""
    return any(
        (key := reader.nodes[i].key)
        and not reader.nodes[i].path.startswith(_URL_SEGMENT)
        and owner_class in text_owner_classes(key)
        for i in indices
    )


def _ride_driver_told(reader: SubjectReader, index: int) -> bool:
    """A response telling a passenger or a customer about the driver or courier of a
    ride or an order: the taxi's tablet, its meter or the driver's phone in it are the
    driver's or the fleet's. A connected-car app's own car names no driver."""
    if not reader.nodes[index].path.startswith(_RESPONSE):
        return False
    chain = list(reader.chain(index))
    if _url_names_a_ride_driver(reader) or _keys_name(reader, chain, _DRIVER):
        return True
    if not _keys_name(reader, chain, _VEHICLE):
        return False
    return _keys_name(reader, range(len(reader.nodes)), _DRIVER) or any(
        _DRIVER in text_owner_classes(segment) for segment in _url_segments(reader)
    )


def _caller_is_admin(reader: SubjectReader) -> bool:
    return any(
        n.parent < 0
        and n.path.startswith(_HEADER)
        and n.value not in (None, "")
        and str(n.value).strip().lower() not in _NEGATIVE_VALUES
        and _ADMIN in text_owner_classes(n.key or "")
        for n in reader.nodes
    )


def _admin_acts_on_units(reader: SubjectReader, index: int) -> bool:
    """An administrator's console acting on devices by their ids (a command queued, a
    location asked): the managed units. The console's own phone ids, sent up in request
    headers, stay read."""
    return not reader.nodes[index].path.startswith(_HEADER) and _caller_is_admin(reader)


def _staff_commands_a_unit(reader: SubjectReader, index: int) -> bool:
    """A site's worker (`x-staff-no`) queueing a command for a managed unit at a device
    management host (`mdm.<site>/.../devices/<id>/commands`, body `{command: LOCK,
    imei}`): the site's console acting on its handhelds (round 223). The unit's own MDM
    agent fetches its commands under no staff number; ids in headers stay read."""
    node = reader.nodes[index]
    if node.path.startswith(_HEADER) or node.path.startswith(_RESPONSE):
        return False
    if not any(_COMMAND in text_owner_classes(s) for s in _url_segments(reader)):
        return False
    labels = reader.host.lower().split(".")[:-1]
    managed = any(_DEVICE_MANAGEMENT in institution_unit_classes(label) for label in labels)
    return managed and _caller_is_staff(reader)


def _console_acts_on_a_unit(reader: SubjectReader, index: int) -> bool:
    """A device management host's console path (`mdm.<site>/console/v2/devices/<id>/
    location`): the site's console locating, listing or locking its handhelds, so the
    ids in its URL and its answer are the managed units (round 243, set 242). The
    unit's own agent calls its own paths (`/agent/...`), never a console's; ids in
    request headers (the console's own phone) stay read."""
    if reader.nodes[index].path.startswith(_HEADER):
        return False
    segments = _url_segments(reader)
    if not any({_CONSOLE_PATH, _ADMIN} & text_owner_classes(s) for s in segments):
        return False
    labels = reader.host.lower().split(".")[:-1]
    return any(_DEVICE_MANAGEMENT in institution_unit_classes(label) for label in labels)


def _caller_is_a_company_tenant(reader: SubjectReader) -> bool:
    """A request header naming the tenant the caller acts for, whose value is a company
    by its legal form (`x-tenant: havenroute-bv`)."""
    return any(
        n.parent < 0
        and n.path.startswith(_HEADER)
        and _TENANT in text_owner_classes(n.key or "")
        and _LEGAL_FORM in text_owner_classes(str(n.value or "").rsplit("-", 1)[-1])
        for n in reader.nodes
    )


def _company_console_lists_units(reader: SubjectReader, index: int) -> bool:
    """A company tenant's console answering with devices: the company's units. Only
    responses: what the caller's own phone sends up is never dropped by this."""
    return reader.nodes[index].path.startswith(_RESPONSE) and _caller_is_a_company_tenant(reader)


def _user_agent_product(reader: SubjectReader) -> str:
    """The first product name of the request's User-Agent (`SignagePlayer/6.1 (...)`)."""
    for n in reader.nodes:
        if n.parent < 0 and n.path.startswith(_HEADER) and (n.key or "").lower() == _USER_AGENT:
            return str(n.value or "").split("/", 1)[0].strip()
    return ""


def _agent_is_a_business_unit(reader: SubjectReader) -> bool:
    """The client names itself a unit only a business runs (`SignagePlayer`,
    `ActivPanelAgent`, `SignageOS`): a signage player's or a classroom panel's own report;
    or a screen of a building's shared space (`LobbyPlayer/3.2 (Linux; ...)`, round 67)
    reporting with no phone platform in its User-Agent (a phone game's lobby stays read)."""
    product = _user_agent_product(reader)
    classes = text_owner_classes(product)
    if _UNIT in classes:
        return True
    if _COMMON_AREA not in classes or _PHONE_CLIENT in text_owner_classes(_user_agent(reader)):
        return False
    return _SCREEN_UNIT in classes or bool(_MEDIA_PLAYER_WORDS.intersection(key_words(product)))


def _app_package_is_a_business_unit(reader: SubjectReader) -> bool:
    """The app's package or bundle id, as Google's and Firebase's APIs are told it
    (`x-android-package: kz.<brand>.kiosk`), ends in a unit only a business runs: the
    kiosk's own app fetching its config with its instance id (round 67, set 278). A
    person's app is `com.<brand>.app`; a package merely containing a word is not read."""
    for n in reader.nodes:
        header = n.parent < 0 and n.path.startswith(_HEADER)
        if header and (n.key or "").lower() in _PACKAGE_HEADERS:
            last = str(n.value or "").strip().rsplit(".", 1)[-1]
            if last and _UNIT in text_owner_classes(last):
                return True
    return False


def _user_agent(reader: SubjectReader) -> str:
    for n in reader.nodes:
        if n.parent < 0 and n.path.startswith(_HEADER) and (n.key or "").lower() == _USER_AGENT:
            return str(n.value or "")
    return ""


def _unit_reports_to_a_dealership(reader: SubjectReader) -> bool:
    """A host named after a car dealership (`tcu.autohaus-<name>`) hearing from a client
    that is no phone app (`TCU-Gateway/1.9`, `HU-OTA/5.1`, a desktop station): a demo
    car's modem or head unit, or a customer's car in the workshop, reports on its own.
    The staff's phone signs in to the same systems with a phone app's User-Agent, and
    its ids stay read; a request naming no User-Agent at all says nothing."""
    labels = reader.host.lower().split(".")[:-1]
    if not any(_DEALERSHIP in text_owner_classes(label) for label in labels):
        return False
    agent = _user_agent(reader)
    return bool(agent) and _PHONE_CLIENT not in text_owner_classes(agent)


def _header_is_a_club(name: str) -> bool:
    """A header's whole name is a club (`x-clube`, `x-verein`), not a member of one
    (`x-club-member`: a fan's app names its member)."""
    words = [w for w in key_words(name) if w not in _HEADER_PREFIXES]
    return bool(words) and all(_CLUB_CALLER in text_owner_classes(w) for w in words)


def _caller_is_a_club(reader: SubjectReader) -> bool:
    return any(
        n.parent < 0
        and n.path.startswith(_HEADER)
        and n.value not in (None, "")
        and _header_is_a_club(n.key or "")
        for n in reader.nodes
    )


def _is_squad_number(value: object) -> bool:
    """A shirt number or a squad code (`13`, `"P-13"`), not a name: a fan's app names
    her favourite player (`favouritePlayer: "Saka"`), a club's kit its wearer's number."""
    if isinstance(value, bool):
        return False
    if isinstance(value, int):
        return True
    text = str(value or "")
    return 0 < len(text) <= _LONGEST_SQUAD_CODE and any(c.isdigit() for c in text)


def _unit_beside_a_squad_member(reader: SubjectReader, index: int) -> bool:
    """A player or an athlete named by number in the unit's record or in a record
    enclosing it (`{"cinta": {...}, "atleta": 13}`): the unit is worn by that player."""
    for i in reader.chain(index):
        for c in reader.children_of(i):
            node = reader.nodes[c]
            if not node.key or isinstance(node.value, (dict, list)):
                continue
            if _SQUAD_MEMBER in text_owner_classes(node.key) and _is_squad_number(node.value):
                return True
    return False


def _club_kit_on_a_player(reader: SubjectReader, index: int) -> bool:
    """A club signing in (`x-clube: ribeira`) and sending a unit beside the player who
    wears it: the club's vests and belts, handed to its squad, not the analyst's phone."""
    if not reader.nodes[index].path.startswith(_BODY):
        return False
    return reader.exchange_wide(_caller_is_a_club) and _unit_beside_a_squad_member(reader, index)


def _admin_app_told_of_units(reader: SubjectReader, index: int) -> bool:
    """An administration app (`KouluverkkoAdmin/3.8`) told about devices: the units it
    manages. Only responses: the admin's own phone ids go up in requests."""
    if not reader.nodes[index].path.startswith(_RESPONSE):
        return False
    return _ADMIN in text_owner_classes(_user_agent_product(reader))


def _mdm_service_lists_units(reader: SubjectReader, index: int) -> bool:
    """A device management service's API (`<tenant>.jamfcloud.com/api/devices`, Kandji,
    Mosyle) answering with a list of units: an operator's inventory of managed devices.
    One device's own record (a self-service check-in) is not a list and stays read."""
    if not reader.nodes[index].path.startswith(_RESPONSE):
        return False
    labels = reader.host.lower().split(".")[:-1]
    if not any(_MDM_SERVICE in text_owner_classes(label) for label in labels):
        return False
    return any(
        len(_member_records(reader.nodes[i].value)) >= _LISTED_UNITS for i in reader.chain(index)
    )


def _is_room_number(value: object) -> bool:
    if isinstance(value, bool):
        return False
    if isinstance(value, int):
        return _FIRST_ROOM <= value <= _LAST_ROOM
    if not isinstance(value, str) or not _ROOM_NUMBER.fullmatch(value.strip()):
        return False
    return int("".join(c for c in value if c.isdigit())) >= _FIRST_ROOM


def _room_of(member: dict[str, object]) -> str | None:
    """The number of the room a listed unit is in (`room: 706`, `quarto: "412"`)."""
    for key, value in member.items():
        if _ROOM in text_owner_classes(key) and _is_room_number(value):
            return str(value).strip().upper()
    return None


def _ward_room(member: dict[str, object]) -> tuple[str, str] | None:
    """(ward, number) of a listed unit's room named as a ward's or a wing's room by
    number (`ruang: "Melati R3"`, `room: "East-12"`), the ward's name not itself a room
    word (a home's `Bedroom 2`, `Kamar 2`)."""
    for key, value in member.items():
        if _ROOM not in text_owner_classes(key) or not isinstance(value, str):
            continue
        found = _WARD_ROOM.fullmatch(value.strip())
        if found is None:
            return None
        ward = found.group(1).strip(" _-.").lower()
        words = key_words(ward)
        if not words or any(_ROOM in text_owner_classes(w) for w in words):
            return None
        return ward, found.group(2).upper()
    return None


def _rooms_of_one_ward(members: list[dict[str, object]]) -> bool:
    """Units listed each in its own room of one ward, numbered (`Melati R1` ... `Melati
    R6`): a hospital's ward TVs, a dormitory's or a wing's units. A family's devices
    sit in a few named rooms."""
    rooms = [room for m in members if (room := _ward_room(m))]
    if len(rooms) < _WARD_ROOMS or len(rooms) < len(members):
        return False
    return len({ward for ward, _ in rooms}) == 1 and len(set(rooms)) == len(rooms)


def _units_in_numbered_rooms(reader: SubjectReader, index: int) -> bool:
    """Units listed each in its own numbered room: a hotel's room TVs, an office's or a
    ship's cabins' units, the building's; or each in its own numbered room of one ward
    (round 202). A home's rooms carry names or a cloud's long ids, and a guest's own
    phone is in one room only."""
    for i in reader.chain(index):
        members = _member_records(reader.nodes[i].value)
        rooms = {room for m in members if (room := _room_of(m))}
        if len(rooms) >= _LISTED_UNITS or _rooms_of_one_ward(members):
            return True
    return False


def _named_in_a_common_area(member: dict[str, object]) -> bool:
    """A listed unit whose id or name is a building's shared space (`LOBBY-A-01`)."""
    return any(
        isinstance(v, str)
        and 0 < len(v) <= _LONGEST_SITE_CODE
        and _COMMON_AREA in text_owner_classes(v)
        for v in member.values()
    )


def _units_in_common_areas(reader: SubjectReader, index: int) -> bool:
    """Two units or more listed, each named by a building's shared space (a lobby, a
    lift hall, a car park: `LOBBY-A-01`, `LIFTHALL-G`): the building's screens or
    cameras (round 223). A household names its devices by its rooms, and its one
    phone is never listed among them by a lobby."""
    for i in reader.chain(index):
        members = _member_records(reader.nodes[i].value)
        if len(members) >= _LISTED_UNITS and all(_named_in_a_common_area(m) for m in members):
            return True
    return False


def _is_site_code(value: object) -> bool:
    text = str(value or "").strip()
    return (
        0 < len(text) <= _LONGEST_SITE_CODE
        and any(c.isdigit() for c in text)
        and any(c.isalpha() for c in text)
    )


def _site_caller_told_of_units(reader: SubjectReader, index: int) -> bool:
    """A response to a caller that signs in with a site's code in a request header
    (`x-site: LIS-MIR-01`, `x-branch: MI-042`): the server answers the site's staff
    about the site's units (a door lock's audit). A shop's market (`x-site: de`) is no
    site code, and the caller's own ids, sent up in requests, stay read."""
    if not reader.nodes[index].path.startswith(_RESPONSE):
        return False
    return any(
        n.parent < 0
        and n.path.startswith(_HEADER)
        and _SITE in text_owner_classes(n.key or "")
        and _is_site_code(n.value)
        for n in reader.nodes
    )


def _unit_answers_under_a_site_host(reader: SubjectReader, index: int) -> bool:
    """A response from a host named under a studio's, a factory's or a warehouse's
    label (`codec-isdn.studio.<station>.<tld>`): a unit on the site's network telling
    its own MAC and serial. The first label (`studio.<app>`: an app's own service) and
    the registered name (`<brand>.<tld>`) are not read."""
    if not reader.nodes[index].path.startswith(_RESPONSE):
        return False
    inner_labels = reader.host.lower().split(".")[1:-2]
    return any(text_owner_classes(label) & _SITE_HOST_CLASSES for label in inner_labels)


_LATITUDE = "map_latitude"
_LONGITUDE = "map_longitude"
_MAX_LATITUDE = 90.0
_MAX_LONGITUDE = 180.0


def _coordinate(value: object, bound: float) -> bool:
    """A map coordinate: a number (or a number's text, `?lat=49.6043`) within `bound`."""
    if isinstance(value, bool):
        return False
    try:
        number = float(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return False
    return -bound <= number <= bound


def _names_a_position(fields: Iterable[tuple[str, object]]) -> bool:
    """A latitude and a longitude among `fields`, each under its own key."""
    latitude = longitude = False
    for key, value in fields:
        classes = text_owner_classes(key)
        if len(key_words(key)) > 1 or len(classes & {_LATITUDE, _LONGITUDE}) != 1:
            continue
        latitude = latitude or (_LATITUDE in classes and _coordinate(value, _MAX_LATITUDE))
        longitude = longitude or (_LONGITUDE in classes and _coordinate(value, _MAX_LONGITUDE))
    return latitude and longitude


def _member_position(member: dict[str, object]) -> bool:
    """A listed record at its own position: `lat`/`lon` fields, or under one object
    (`position: {lat, lng}`)."""
    if _names_a_position((k, v) for k, v in member.items() if not isinstance(v, dict | list)):
        return True
    return any(isinstance(v, dict) and _names_a_position(v.items()) for v in member.values())


def _member_vin(member: dict[str, object]) -> str | None:
    return next((v for v in member.values() if isinstance(v, str) and is_vin_shape(v)), None)


def _request_names_a_position(reader: SubjectReader) -> bool:
    """The request asks by a position (`?lat=49.60&lon=6.14`, a body's `{lat, lon}`)."""
    fields: dict[int, list[tuple[str, object]]] = {}
    for n in reader.nodes:
        if n.key and not n.path.startswith(_RESPONSE) and not isinstance(n.value, dict | list):
            fields.setdefault(n.parent, []).append((n.key, n.value))
    return any(_names_a_position(group) for group in fields.values())


def _vehicles_near_a_position(reader: SubjectReader, index: int) -> bool:
    """A response to a request asking by a position, listing two vehicles or more, each by
    its own VIN at its own position (round 66, set 266: a car-sharing app's cars near the
    caller, `autoen: [{vin, telematik: {imei, serial}, lat, lon}]`): the operator's fleet
    on a map, its cars and their telematics units, not the caller's device. A connected-car
    app's own garage (`/vehicles`, the owner's cars by VIN) asks by no position."""
    if not reader.nodes[index].path.startswith(_RESPONSE):
        return False
    for i in reader.chain(index):
        members = _member_records(reader.nodes[i].value)
        if len(members) < _LISTED_UNITS:
            continue
        vins = [_member_vin(m) for m in members]
        if None in vins or len(set(vins)) < len(vins):
            continue
        if all(_member_position(m) for m in members):
            return reader.exchange_wide(_request_names_a_position)
    return False


def _unit_names_its_vessel(reader: SubjectReader, index: int) -> bool:
    """A unit's record naming the vessel it sits on by registration or IMO number
    (`skip: "KG 478"`), sent by a client that is no phone app (`SatBox/2.3 (STB)`): a
    ship's set-top box or satellite terminal, the shipowner's equipment (round 66). A
    sailor's own phone app names its vessel with a phone's User-Agent, and stays read."""
    agent = _user_agent(reader)
    if not agent or _PHONE_CLIENT in text_owner_classes(agent):
        return False
    for i in reader.chain(index):
        for c in reader.children_of(i):
            node = reader.nodes[c]
            if (
                node.key
                and isinstance(node.value, str)
                and _VESSEL in text_owner_classes(node.key)
                and _VESSEL_MARK.fullmatch(node.value.strip())
            ):
                return True
    return False


def not_own_device(reader: SubjectReader, index: int) -> bool:
    """True when the device identifier at `index` is a business's unit or another
    person's device, named so by its keys, its records, the URL path or the host."""
    return (
        reader.exchange_wide(_exchange_says_business)
        or _keys_say_business(reader, index)
        or _records_say_business(reader, index)
        or _hotspot_names_its_router(reader, index)
        or _in_inventory(reader, index)
        or _console_told_of_units(reader, index)
        or _ride_driver_told(reader, index)
        or _admin_acts_on_units(reader, index)
        or _staff_commands_a_unit(reader, index)
        or _console_acts_on_a_unit(reader, index)
        or _company_console_lists_units(reader, index)
        or _admin_app_told_of_units(reader, index)
        or _mdm_service_lists_units(reader, index)
        or _units_in_numbered_rooms(reader, index)
        or _units_in_common_areas(reader, index)
        or _site_caller_told_of_units(reader, index)
        or _unit_answers_under_a_site_host(reader, index)
        or reported_stolen_lookup(reader, index)
        or institution_unit(reader, index)
        or _club_kit_on_a_player(reader, index)
        or _screen_tells_its_unit(reader, index)
        or _unit_names_its_vessel(reader, index)
        or _vehicles_near_a_position(reader, index)
    )


def _exchange_says_business(reader: SubjectReader) -> bool:
    """The readings that look at the exchange, not at the identifier (its URL, host
    and caller): asked first, since they are the cheap ones."""
    return (
        _url_says_business(reader)
        or _host_says_fleet(reader.host)
        or _host_names_a_unit_collection(reader.host)
        or _host_says_workshop(reader.host)
        or _caller_is_business(reader)
        or host_is_operations_console(reader.host)
        or _agent_is_a_business_unit(reader)
        or _app_package_is_a_business_unit(reader)
        or _unit_reports_to_a_dealership(reader)
    )
