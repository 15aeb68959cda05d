"""A station's own playout, read back by anyone: no one's listening or viewing history.

A radio app shows what its station is playing and has just played by fetching the
station's resource (`GET /v3/stations/clyde2/now-playing` answering `recentlyPlayed:
[{artist, title, playedAt}]`, French `/radios/fip/titres-diffuses`, German
`/sender/wdr2/playlist`). Those rows have a listening history's shape, but every
listener gets the same answer: they record what the STATION aired, chosen by no one who
asked. A person's history is fetched under the person (`/v1/me/recent/radio-stations`,
`/users/<id>/history`) or sent by the person's app.

So a finding in a RESPONSE is the station's when the URL path is scoped to a station (a
station word followed by the station's id or slug), the request sent nothing (no body)
and neither the path nor the query names a person. The station words are the viewing
lexicon's `radio_station` class (German `sender`, Portuguese `estacao`, Welsh `gorsaf`)
and the international `station` / `radio`, singular or plural.

A business's screen is the same in another room: a waiting room's, a shop window's or a
lobby's signage player reports its proof-of-play (`POST /players/sala-espera-mad/pop`
`plays: [{contentId, startedAt, playedSec}]`), rows with a play log's shape that record
what the BUSINESS scheduled on its screen, watched by whoever sat there. The exchange
says so in its URL, in any language: the host or the path names signage equipment
(`signage`, `dooh`, `kiosk`, `jukebox`, `playout`), a proof-of-play (`proof-of-play`,
or `pop` under a player's, a screen's or a display's id), or a waiting room (`sala de
espera`, `Wartezimmer`, `bekleme salonu`, `salle d'attente`, `poczekalnia`). A path
that names a person (`/users/<id>/...`) stays someone's. Round 254 (set 254, a library's
signage): a proof-of-play asked for one player, screen or display by a query key
(`/v2/pop?player=<serial>`), a content manager's players addressed one by one
(`cms.<org>/players/<id>/status`), and Nordic words for info screens (`infonaytot`,
`skyltning`, `infoskjerm`); `unit_owners` then reads the screen's own ids in such an
exchange's response as the business's.

A shop's or a showroom's demo unit is such a screen too (round 50, set 166): a car
configurator's 360-degree films on a dealer's showroom iPads, a phone shop's handset in
retail demo mode. Its User-Agent describes the device (`(iPadOS 17.5; Showroom-Tablet)`,
`Retail Mode`), read in the comment only, since a live-streaming app may be named
SHOWROOM; what it plays, it plays to whoever walks in.

A business's sound system is the same again: a depot's, a shop's or an office's audio
is played per ZONE (a warehouse hall, a store floor, a department), and its now-playing
(`GET /api/nu?zone=hal-b` answering `{artist, title, position_sec}`) is what the
BUSINESS plays in that place, heard by whoever works there (round 46). A response read
with nothing sent, whose URL scopes it to a business's place (a `zone` query key, or a
place word followed by its id: `/zones/hal-b/now`, `/stores/0412/now-playing`,
`/afdelingen/vers/nu`) and names no person, is that playout.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from itertools import pairwise

from ..decode import Node
from .structures._common import key_words
from .structures.catalogue_ids import station_log
from .structures.playback_words import play_words

__all__ = [
    "aired_row", "names_person", "screen_playout", "station_broadcast", "station_playout",
    "url_segments", "venue_playout",
]  # fmt: skip

_URL_SEGMENT = "path["
_RESPONSE = "response."
_REQUEST_BODY = "body."
_STATION_CLASS = "radio_station"
_STATION_WORDS = frozenset(
    ["station", "stations", "radio", "radios", "radiostation", "radiostations", "emisoras",
     "estaciones", "radyo", "radyolar", "stacja", "stacje", "stazioni", "zenders", "mahatta",
     "mahattat", "idaa", "idaat"]
)  # fmt: skip
# Whose a resource is when a path or a query names a person (the listener's own list).
_PERSON_WORDS = frozenset(
    ["me", "my", "mine", "self", "user", "users", "uid", "userid", "profile", "profiles",
     "account", "accounts", "member", "members", "listener", "listeners", "viewer",
     "viewers", "subscriber", "subscribers", "customer", "customers", "perfil", "perfis",
     "utilisateur", "utilisateurs", "usuario", "usuarios", "utente", "konto", "compte",
     "moi", "mon", "mes", "meu", "meus", "mi", "mis"]
)  # fmt: skip


@lru_cache(maxsize=4096)
def _station_word(segment: str) -> bool:
    words = key_words(segment)
    if words and all(w in _STATION_WORDS for w in words):
        return True
    return play_words(segment) == (_STATION_CLASS,)


@lru_cache(maxsize=4096)
def _names_person(text: str) -> bool:
    return bool(_PERSON_WORDS.intersection(key_words(text)))


def _segments(nodes: Sequence[Node]) -> list[str]:
    return [
        n.value
        for n in nodes
        if n.parent < 0 and n.path.startswith(_URL_SEGMENT) and isinstance(n.value, str)
    ]


def names_person(text: str) -> bool:
    """Whether a path segment or a query key names a person (`me`, `users`, `perfil`)."""
    return _names_person(text)


def url_segments(nodes: Sequence[Node]) -> list[str]:
    """The URL path's segments, in order."""
    return _segments(nodes)


def _station_scoped(segments: list[str]) -> bool:
    """A station word followed by the station's id or slug (`/stations/clyde2/...`)."""
    return any(_station_word(s) for s in segments[:-1])


def station_playout(nodes: Sequence[Node], index: int) -> bool:
    """True when the data at `index` is a station's playout fetched by anyone: in a
    response, to a request that sent nothing, under a station's path naming no person."""
    if not nodes[index].path.startswith(_RESPONSE):
        return False
    if any(n.path.startswith(_REQUEST_BODY) for n in nodes):
        return False
    segments = _segments(nodes)
    if not _station_scoped(segments) or any(_names_person(s) for s in segments):
        return False
    query_keys = [n.key for n in nodes if n.path.startswith("query.") and n.key]
    return not any(_names_person(k) for k in query_keys)


# -- a business's screen reporting what it played ----------------------------------

# Words of a URL's host or path that name public screen equipment or its playout.
_SCREEN_EQUIPMENT_WORDS = frozenset(
    ["signage", "digitalsignage", "dooh", "kiosk", "kiosks", "billboard", "billboards",
     "jukebox", "jukeboxes", "playout", "proofofplay", "narrowcasting", "senalizacion",
     "sinalizacao", "segnaletica", "werbebildschirm", "tabela", "reklamtavla",
     # round 254: Nordic and German words for info and advertising screens and signage
     "digiopaste", "digiopasteet", "infonaytto", "infonaytot", "mainosnaytto", "mainosnaytot",
     "skyltning", "digitalskyltning", "infoskarm", "infoskarmar", "reklamskarm",
     "reklamskarmar", "infoskjerm", "infoskjermer", "infoskaerm", "infoskaerme",
     "digitalbeschilderung", "infobildschirm", "infobildschirme"]
)  # fmt: skip
# A waiting room (a clinic's, a bank's, a garage's) in the languages apps are written in,
# as the URL's words in order.
_WAITING_ROOM_PHRASES = (
    ("waiting", "room"), ("waiting", "area"), ("waitingroom",), ("sala", "espera"),
    ("sala", "de", "espera"), ("salaespera",), ("saladeespera",), ("salle", "attente"),
    ("salle", "d", "attente"), ("sala", "attesa"), ("sala", "d", "attesa"),
    ("wartezimmer",), ("wartebereich",), ("bekleme", "salonu"), ("bekleme", "odasi"),
    ("poczekalnia",), ("wachtkamer",), ("wachtruimte",), ("vantrum",), ("venterom",),
    ("venteværelse",), ("odotushuone",), ("cekarna",), ("cakaren",), ("varoterem",),
    ("sala", "de", "asteptare"), ("zal", "ozhidaniya"), ("chekalnia",),
)  # fmt: skip
_PROOF_OF_PLAY = ("proof", "of", "play")
_POP_SEGMENTS = frozenset(["pop", "pops"])
# What a proof-of-play's `pop` segment follows: the screen's resource and its id.
_SCREEN_RESOURCE_WORDS = frozenset(
    ["player", "players", "screen", "screens", "display", "displays", "pantalla", "pantallas",
     "ecran", "ecrans", "tela", "telas", "bildschirm", "ekran", "ekranlar", "monitor",
     "monitors", "soitin", "soittimet", "naytto", "naytot", "spelare", "skarm", "skarmar",
     "skjerm", "skaerm"]
)  # fmt: skip


# A collection of screens addressed one by one (`/infotainment/ecras/ECRA-5507-1/
# registo-reproducao`, `/pantallas/P-12/log`): the operator's screens (a tram's or a
# bus's onboard screens, a stadium's boards), each reporting what IT played to whoever
# sat near it (round 243, set 245). A household's set is a `tv` or a device, never one
# of a collection of `screens`; a path naming a person stays someone's.
_SCREEN_COLLECTION_WORDS = frozenset(
    ["screens", "displays", "pantallas", "ecras", "ecrans", "telas", "bildschirme", "schermi",
     "schermen", "ekranlar", "ekrany", "monitores", "monitors", "skjermer", "skarmar",
     "naytot", "infoscreens", "infodisplays", "paineis", "paneles"]
)  # fmt: skip


def _has_phrase(words: tuple[str, ...], phrase: tuple[str, ...]) -> bool:
    size = len(phrase)
    return any(words[i : i + size] == phrase for i in range(len(words) - size + 1))


@lru_cache(maxsize=4096)
def _names_screen_place(text: str) -> bool:
    """A host label or a path segment naming signage equipment or a waiting room."""
    words = key_words(text)
    if _SCREEN_EQUIPMENT_WORDS.intersection(words) or _has_phrase(words, _PROOF_OF_PLAY):
        return True
    return any(_has_phrase(words, phrase) for phrase in _WAITING_ROOM_PHRASES)


def _screen_proof_of_play(segments: list[str]) -> bool:
    """`/players/<id>/pop`, `/screens/<id>/pops`: a screen's proof-of-play."""
    for at, segment in enumerate(segments):
        if segment.lower() not in _POP_SEGMENTS or at < 2:
            continue
        if _SCREEN_RESOURCE_WORDS.intersection(key_words(segments[at - 2])):
            return True
    return False


def _pop_asked_for_a_screen(nodes: Sequence[Node], segments: list[str]) -> bool:
    """`/v2/pop?player=P-1207`, `/proof-of-play?screen=lobby-3`: a proof-of-play resource
    filtered to one player, screen or display by its id (round 254, set 254). A person's
    history is filtered to a person, never to a player's serial."""
    if not any(
        s.lower() in _POP_SEGMENTS or _has_phrase(key_words(s), _PROOF_OF_PLAY) for s in segments
    ):
        return False
    return any(
        n.path.startswith("query.")
        and n.key
        and _SCREEN_RESOURCE_WORDS.intersection(key_words(n.key))
        and _has_digit(str(n.value or ""))
        for n in nodes
    )


# A content management system's words (`cms.<org>`, `<vendor>-cms`, `/contentmanager/`):
# a signage CMS addresses its players one by one (Scala Content Manager's
# `/api/rest/players/{id}`, Signagelive's and BrightSign's players). A person's media
# server is a media server, not a CMS, and names its clients as sessions or devices.
_CONTENT_MANAGER_WORDS = frozenset(["cms", "contentmanager", "cmsapi"])
_PLAYER_COLLECTION_WORDS = frozenset(
    ["players", "mediaplayers", "soittimet", "spelare", "spelarna", "reproductores",
     "lecteurs", "abspieler", "afspillere", "spillere", "riproduttori", "odtwarzacze"]
)  # fmt: skip


def _player_of_a_content_manager(segments: list[str], host: str) -> bool:
    """`cms.<org>/players/SMP-4471/status`: one of the players a content management
    system runs, its id holding a digit (round 254, set 254: a library's signage)."""
    places = [*host.lower().split(".")[:-1], *segments]
    if not any(_CONTENT_MANAGER_WORDS.intersection(key_words(p)) for p in places):
        return False
    return _one_of_a_collection(segments, _PLAYER_COLLECTION_WORDS, resource_after=False)


def _screen_of_a_collection(segments: list[str]) -> bool:
    """`/ecras/<id>/<resource>`: one screen of the operator's screens, its id holding a
    digit, and a resource of that screen after it."""
    return _one_of_a_collection(segments, _SCREEN_COLLECTION_WORDS, resource_after=True)


def _one_of_a_collection(
    segments: list[str], collection: frozenset[str], *, resource_after: bool
) -> bool:
    """A segment that is one collection word, then one member's id holding a digit (and,
    with `resource_after`, some resource of that member after it)."""
    last = len(segments) - (2 if resource_after else 1)
    for at, segment in enumerate(segments[: max(last, 0)]):
        words = key_words(segment)
        if len(words) == 1 and words[0] in collection and _has_digit(segments[at + 1]):
            return True
    return False


def _has_digit(text: str) -> bool:
    return any(ch.isdigit() for ch in text)


# A shop's or a showroom's demo unit, as its User-Agent's comment describes the device
# (`(iPadOS 17.5; Showroom-Tablet)`, Samsung's and Apple's retail demo mode): a place
# word followed by a device word, or one word for the mode.
_DEMO_PLACE_WORDS = frozenset(
    ["showroom", "showrooms", "demo", "retail", "instore", "kiosk", "exhibition", "expo",
     "ausstellung", "ausstellungs", "vorfuehr", "vorfuhr", "schaufenster", "vitrine", "toonzaal",
     "exposicion", "exposition", "esposizione", "exposicao"]
)  # fmt: skip
_DEMO_DEVICE_WORDS = frozenset(
    ["tablet", "tablets", "ipad", "pad", "display", "screen", "device", "unit", "mode",
     "player", "terminal", "geraet", "gerat", "pantalla", "ecran", "tela", "schermo", "tableta",
     "modus", "modo"]
)  # fmt: skip
_DEMO_MODE_WORDS = frozenset(
    ["retailmode", "demomode", "kioskmode", "showroomtablet", "demounit", "vorfuehrgeraet",
     "vorfuhrgerat", "vorfuehrmodus", "demomodus"]
)  # fmt: skip
_USER_AGENT = "user-agent"


@lru_cache(maxsize=4096)
def _describes_demo_unit(agent: str) -> bool:
    """The User-Agent's comment (the parenthesised platform, not the product: a live
    streaming app may be called `SHOWROOM`) names a shop's demo unit."""
    comment = agent.partition("(")[2]
    words = key_words(comment)
    if _DEMO_MODE_WORDS.intersection(words):
        return True
    return any(a in _DEMO_PLACE_WORDS and b in _DEMO_DEVICE_WORDS for a, b in pairwise(words))


def _client_is_a_demo_unit(nodes: Sequence[Node]) -> bool:
    """A showroom's or a shop's demo tablet or display: what it plays, it plays to
    whoever walks in, like a signage player (round 50, set 166: a car configurator's
    360-degree videos on the showroom's iPads)."""
    return any(
        n.parent < 0
        and n.path.startswith("header.")
        and (n.key or "").lower() == _USER_AGENT
        and _describes_demo_unit(str(n.value or ""))
        for n in nodes
    )


def screen_playout(nodes: Sequence[Node], host: str) -> bool:
    """True when the exchange is a business's screen reporting (or its console reading)
    what the screen played: the URL names signage equipment, a proof-of-play or a
    waiting room, or the client describes itself as a shop's demo unit, and no person."""
    segments = _segments(nodes)
    if any(_names_person(s) for s in segments):
        return False
    if _screen_proof_of_play(segments) or _screen_of_a_collection(segments):
        return True
    if _pop_asked_for_a_screen(nodes, segments) or _player_of_a_content_manager(segments, host):
        return True
    if _client_is_a_demo_unit(nodes):
        return True
    return any(_names_screen_place(text) for text in [*host.split("."), *segments])


# -- a business's sound system playing in one of its places ----------------------

# A business's place where its audio plays, as a URL's query key or a path resource
# (followed by the place's id): zones, halls, stores, floors, departments, warehouses.
_VENUE_PLACE_WORDS = frozenset(
    ["zone", "zones", "soundzone", "soundzones", "zona", "zonas", "zonen", "strefa", "strefy",
     "bolge", "hall", "halls", "hallen", "halle", "hala", "hale", "store", "stores",
     "shop", "shops", "winkel", "winkels", "filiale", "filialen", "filiaal", "tienda",
     "tiendas", "loja", "lojas", "magasin", "magasins", "negozio", "negozi", "sklep",
     "sklepy", "magaza", "floor", "floors", "etage", "etages", "verdieping", "planta",
     "andar", "pietro", "department", "departments", "afdeling", "afdelingen", "abteilung",
     "departamento", "rayon", "reparto", "dzial", "warehouse", "warehouses", "magazijn",
     "entrepot", "almacen", "armazem", "magazzino", "magazyn", "depot", "depots", "depo",
     "branch", "branches", "sucursal", "venue", "venues"]
)  # fmt: skip


# As a query key, only zones, halls, floors and departments: a store or a branch picks an
# app store's country or a code branch (`?store=de`), and a short word may be another
# language's page (Dutch `hal` is a hall, Indonesian `hal` a page: `?hal=1`), so `hal`
# is no place word at all.
_VENUE_QUERY_WORDS = frozenset(
    ["zone", "zones", "soundzone", "soundzones", "zona", "zonas", "zonen", "strefa", "bolge",
     "hall", "halle", "hallen", "hala", "floor", "etage", "verdieping", "planta", "pietro",
     "department", "afdeling", "abteilung", "departamento", "rayon", "reparto", "dzial"]
)  # fmt: skip
# A guest's or a household's own unit, by its number (`"room": "2837"`, `"cabin": "7021"`,
# `"quarto": "1204"`): a hotel floor's rooms are each one guest's TV, not a business's
# screens (a gym's studio or a store's hall is named, not numbered). Round 64 (set 251).
_GUEST_UNIT_WORDS = frozenset(
    ["room", "guestroom", "suite", "cabin", "quarto", "habitacion", "chambre", "zimmer",
     "kamer", "household"]
)  # fmt: skip
_UNIT_NUMBER_RE = re.compile(r"^[A-Za-z]?\d{2,5}[A-Za-z]?$")
# What says a row is a person's own watching or listening (`didengar_pada`, `watched_at`):
# a business's now-playing says what plays, never what someone heard.
_OWN_PLAY_WORDS = frozenset(
    ["watch", "watched", "watching", "listen", "listened", "listening", "heard", "viewed"]
)


@lru_cache(maxsize=4096)
def _last_word_in(text: str, place_words: frozenset[str]) -> bool:
    words = key_words(text)
    return bool(words) and words[-1] in place_words


def _venue_scoped(nodes: Sequence[Node], segments: list[str]) -> bool:
    """A place word followed by its id in the path, or a zone, hall, floor or
    department word as a query key."""
    if any(_last_word_in(s, _VENUE_PLACE_WORDS) for s in segments[:-1]):
        return True
    return any(
        n.path.startswith("query.") and n.key and _last_word_in(n.key, _VENUE_QUERY_WORDS)
        for n in nodes
    )


def venue_playout(nodes: Sequence[Node], index: int) -> bool:
    """True when the data at `index` is what a business plays in one of its places
    (a hall's, a store's, a zone's now-playing): in a response, to a request that sent
    nothing, under a URL scoped to the place and naming no person, with no key saying
    someone watched or listened."""
    if not nodes[index].path.startswith(_RESPONSE):
        return False
    if any(n.path.startswith(_REQUEST_BODY) for n in nodes):
        return False
    segments = _segments(nodes)
    if any(_names_person(s) for s in segments):
        return False
    query_keys = [n.key for n in nodes if n.path.startswith("query.") and n.key]
    if any(_names_person(k) for k in query_keys):
        return False
    if any(_names_own_play(n.key) for n in nodes if n.key):
        return False
    if any(_numbered_guest_unit(n) for n in nodes if n.key):
        return False
    return _venue_scoped(nodes, segments)


def _numbered_guest_unit(node: Node) -> bool:
    """A response's member naming a numbered room, cabin or household (`room: "2837"`)."""
    value = node.value
    if isinstance(value, int) and not isinstance(value, bool):
        value = str(value)
    return (
        node.path.startswith(_RESPONSE)
        and isinstance(value, str)
        and _UNIT_NUMBER_RE.match(value) is not None
        and _last_word_in(node.key, _GUEST_UNIT_WORDS)
    )


@lru_cache(maxsize=8192)
def _names_own_play(key: str) -> bool:
    return bool(_OWN_PLAY_WORDS.intersection(play_words(key)))


# -- a station's own playout system publishing what it airs ----------------------

# The station's playout (its automation software) is a client too: it POSTs what went
# on air to the station's server (`POST /stations/lsfm/nowplaying` with `{artist,
# title, positionMs}`, `POST /asrun/batch` with `entries: [{title, aired, playedMs}]`,
# round 154). A listener's app reports listening under the listener, a session or a
# device; it never sets the station's now-playing nor writes its as-run log. The
# on-air words are the viewing lexicon's `aired` class (`asrun`, `playout`, `onair`,
# Italian `in onda`, German `sendeprotokoll`).
_AIRED_CLASS = "aired"
_NOW_PLAYING = frozenset([("nowplaying",), ("now", "playing"), ("currently", "playing")])
# Who a listener's report is about (`listenerId`, `sessionId`, `deviceId`): a station
# publishing its output names none of them.
_LISTENER_WORDS = frozenset(
    ["session", "sessionid", "sid", "device", "deviceid", "install", "installation", "uid",
     "listenerid", "userid", "visitor", "visitorid", "client", "clientid"]
)  # fmt: skip


_LONGEST_ON_AIR_SEGMENT = 2


@lru_cache(maxsize=4096)
def _names_on_air(segment: str) -> bool:
    """`asrun`, `as-run`, `playout`, `on-air`: the station's broadcast output (a
    title's slug, `on-air-2020`, is no endpoint)."""
    if any(c.isdigit() for c in segment):
        return False
    words = play_words(segment)
    return len(words) <= _LONGEST_ON_AIR_SEGMENT and _AIRED_CLASS in words


@lru_cache(maxsize=4096)
def _now_playing_segment(segment: str) -> bool:
    return key_words(segment) in _NOW_PLAYING or _names_on_air(segment)


@lru_cache(maxsize=4096)
def _names_listener(key: str) -> bool:
    words = key_words(key)
    return _names_person(key) or bool(_LISTENER_WORDS.intersection(words))


def _sent_for_listener(nodes: Sequence[Node]) -> bool:
    """Whether the request's body or query names a listener, a session or a device."""
    return any(
        n.key and n.path.startswith((_REQUEST_BODY, "query.")) and _names_listener(n.key)
        for n in nodes
    )


def station_broadcast(nodes: Sequence[Node]) -> bool:
    """True when the exchange is a station's playout publishing what it airs: a path
    naming the on-air output (an as-run log, a playout), or a write to a station's own
    now-playing (`/stations/<id>/nowplaying`), naming no person, listener, session or
    device."""
    segments = _segments(nodes)
    if not segments or any(_names_person(s) for s in segments) or _sent_for_listener(nodes):
        return False
    if any(_names_on_air(s) for s in segments):
        return True
    wrote = any(n.path.startswith(_REQUEST_BODY) for n in nodes)
    return wrote and _station_scoped(segments) and _now_playing_segment(segments[-1])


def aired_row(nodes: Sequence[Node], index: int) -> bool:
    """True when the record at `index` stamps when its piece went on air (`aired`,
    `onAirAt`, Italian `trasmesso`) and no key says a person watched or listened: a
    station's as-run row, sent or read anywhere."""
    value = nodes[index].value
    return isinstance(value, dict) and station_log(value)
