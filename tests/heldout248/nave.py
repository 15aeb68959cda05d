"""What the ship's systems share: the ship's hosts, its cabins, guests and ports,
and the builder its operations apps use on the officer's phone.

The ship is the fictional MS Stella del Mare of Linea Azzurra Crociere
(Genoa - Barcelona - Marseille). Its onboard services answer under
`*.sdm.linea-azzurra.example`; shore-side services under
`*.linea-azzurra.example`. The line's apps sign in with the crew member's
token: they send no identifier of the phone itself, so the locks',
medallions', boxes' and handhelds' serials they carry are the ship's
equipment, not the tester's device ids. The guests' and crew's faces and the
cabins' viewing they carry are biometric data and viewing history all the
same: those categories are about the data, whoever it belongs to.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context
from tests.heldout.identity import new_digits, new_hex
from tests.heldout.wire import b64, jsb

from .phone import OB, ship_ua

SHIP = "sdm.linea-azzurra.example"
SHORE = "linea-azzurra.example"
PORTS = [("GOA", "Genova"), ("BCN", "Barcelona"), ("MRS", "Marseille")]
DECKS = list(range(5, 15))
GUESTS = [
    "Rossi Giulia", "García López Marta", "Dubois Camille", "Müller Jonas", "Bianchi Luca",
    "Fernández Pablo", "Martin Léa", "Smith Olivia", "Esposito Marco", "Romano Chiara",
    "Sánchez Lucía", "Moreau Hugo", "Ricci Francesca", "Schneider Anna", "Colombo Davide",
    "Pérez Carmen", "Lefèvre Chloé", "Brown Harry", "Gallo Sofia", "Navarro Javier",
]  # fmt: skip
CREW = ["Santos J.", "Reyes M.", "Kovač I.", "Putra A.", "Conti E.", "Mensah K.", "Popescu A."]


def cabin(c: Context) -> str:
    deck = c.rng.choice(DECKS)
    return f"{deck}{c.rng.randint(1, 2)}{c.rng.randint(0, 9)}{c.rng.randint(0, 9)}"


def folio(c: Context) -> str:
    return "F" + new_digits(c.rng, 8, "2")


def guest_id(c: Context) -> str:
    return "G-" + new_digits(c.rng, 9)


def port(c: Context) -> tuple[str, str]:
    return c.rng.choice(PORTS)


def crew_token(c: Context) -> str:
    """The crew sign-in token (a signed session, opaque on purpose): no device id in it."""
    head = b64(jsb({"alg": "RS256", "kid": new_hex(c.rng, 8)})).rstrip("=")
    body = b64(jsb({"scope": "guest-services it-ops", "ship": "SDM", "n": new_hex(c.rng, 12)}))
    return f"{head}.{body.rstrip('=')}.{new_hex(c.rng, 86)}"


def ship(
    c: Context, sdk: str, method: str, url: str, app: str = "LA-Ops", ver: str = "6.4.2"
) -> OB:
    """A request of one of the line's operations apps (crew token, managed-device UA)."""
    b = OB(c, sdk, method, url)
    b.header("user-agent", ship_ua(app, ver))
    b.header("authorization", "Bearer " + crew_token(c))
    b.header("x-ship-code", "SDM")
    b.header("accept-language", c.rng.choice(["it-IT", "it-IT,en;q=0.8", "en-GB"]))
    return b


def ship_mac(c: Context, oui: str) -> str:
    """A MAC of a piece of ship equipment (a cabin set-top box, a beacon, a handheld)."""
    return oui + ":" + ":".join(new_hex(c.rng, 2).upper() for _ in range(3))
