"""The community cable co-op's set-top box in the father's house in Kuujjuaq (Nunavik).

The co-op's portal speaks French with Inuktitut channel names and uses XML:
the box announces itself (`<enregistrement>` with MAC, serial and the box's
own 40-hex `stbId`), sends a channel log (`<journal>` with `<syntonisation
chaine= debut= duree_s=>` per channel tuned: what the household watched, and
for how long) and polls the guide. Every portal call carries the MAC in an
`X-STB-MAC` header (bare, upper case). A QoS agent sends rows of [channel,
seconds, ts] keyed by an SHA-1 of the MAC. The guide, the channel list and the
firmware check (which carries the serial) are not viewing history.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex

from .phone import FB, iso, ms

PORTAL = "http://portail.cable-kuujjuaq.example/stb/v2"
QOS = "https://qos.cable-kuujjuaq.example/r"
UA = "KCC-STB/4.2 (Linux; armv7l; KCC-420HD)"
CHANNELS = [
    (3, "TakuTV Nunavik"),
    (5, "Radio-Canada Nord"),
    (7, "TVA"),
    (9, "CBC North"),
    (12, "Taqqut TV"),
    (15, "RDS"),
    (21, "Kativik Communautaire"),
]
XML = "application/xml; charset=utf-8"


def _b(c: Context, method: str, path: str) -> FB:
    b = FB(c, "cable-kuujjuaq", method, f"{PORTAL}/{path}", http_version="HTTP/1.1")
    b.header("user-agent", UA)
    b.header("x-stb-mac", b.id("box_mac", "nosep_upper", "header x-stb-mac"))
    return b


def register(c: Context) -> Flow:
    p = c.phone
    b = _b(c, "POST", "enregistrement")
    mac = b.id("box_mac", where="xml <mac>")
    sn = b.id("box_serial", where="xml <numeroSerie>")
    stb = b.id("box_stb_id", where="xml <stbId>")
    body = (
        '<?xml version="1.0" encoding="UTF-8"?>'
        f"<enregistrement><mac>{mac}</mac><numeroSerie>{sn}</numeroSerie>"
        f"<stbId>{stb}</stbId><modele>KCC-420HD</modele><micrologiciel>4.2.17</micrologiciel>"
        "<langue>iu-Cans</langue></enregistrement>"
    )
    b.set_body(body.encode(), XML)
    b.respond(
        200,
        XML,
        (
            f'<?xml version="1.0"?><reponse><abonne>{p.box_subscriber}</abonne>'
            "<forfait>Nunavik de base</forfait><statut>actif</statut></reponse>"
        ).encode(),
    )
    return b.build()


def tune_log(c: Context) -> Flow:
    b = _b(c, "POST", "journal")
    b.view("xml <syntonisation chaine debut duree_s> (channels watched)")
    events = "".join(
        f'<syntonisation chaine="{n}" numero="{num}" debut="{iso(c)}" '
        f'duree_s="{c.rng.randint(45, 5400)}"/>'
        for num, n in c.rng.sample(CHANNELS, c.rng.randint(1, 4))
    )
    body = f'<?xml version="1.0" encoding="UTF-8"?><journal version="2">{events}</journal>'
    b.set_body(body.encode(), XML)
    b.respond(200, XML, b'<?xml version="1.0"?><reponse><statut>ok</statut></reponse>')
    return b.build()


def qos_rows(c: Context) -> Flow:
    b = FB(c, "cable-kuujjuaq-qos", "POST", QOS)
    b.header("user-agent", "kccqos/0.9")
    key = b.id("box_mac", "sha1", "json a", detectable=False)
    b.view("json r[] rows [channel, seconds, ts]", detectable=False)
    rows = [
        [c.rng.choice(CHANNELS)[0], c.rng.randint(30, 3600), ms(c)]
        for _ in range(c.rng.randint(1, 4))
    ]
    b.json({"a": key, "r": rows, "q": c.rng.randint(60, 100)})
    b.no_content()
    return b.build()


def guide(c: Context) -> Flow:
    num, name = c.rng.choice(CHANNELS)
    b = _b(c, "GET", f"guide?chaine={num}&heures=6")
    b.decoy("programme guide with start times (content fetch)")
    progs = "".join(
        f'<emission titre="{t}" debut="{iso(c)}" duree_min="{d}"/>'
        for t, d in (("Téléjournal Nord", 30), ("Qanurli", 30), ("Hockey: Canadiens", 180))
    )
    b.respond(200, XML, f'<guide chaine="{name}">{progs}</guide>'.encode())
    return b.build()


def channels(c: Context) -> Flow:
    b = _b(c, "GET", "chaines")
    b.decoy("channel list (catalogue)")
    items = "".join(f'<chaine numero="{n}" nom="{name}"/>' for n, name in CHANNELS)
    b.respond(200, XML, f"<chaines>{items}</chaines>".encode())
    return b.build()


def firmware(c: Context) -> Flow:
    b = _b(c, "GET", "micrologiciel")
    b.param("sn", b.id("box_serial", where="query sn"))
    b.param("version", "4.2.17")
    b.respond(
        200,
        XML,
        f'<micrologiciel a_jour="oui" somme="{new_hex(c.rng, 40)}"/>'.encode(),
    )
    return b.build()


def heartbeat(c: Context) -> Flow:
    b = _b(c, "GET", f"veille?t={ms(c)}")
    b.respond(200, XML, b'<veille messages="0"/>')
    return b.build()
