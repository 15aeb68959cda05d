"""The operator's IPTV set-top box in the son's flat in Cagliari: Sardinian
middleware strings (`aparatu` device, `castiadu` watched, `canale`,
`incumintzu` start, `tempus` time, `positzione`).

The box logs channel changes as JSON (`/v1/aparatu/rexistru`, the STB id in
`aparatu.id`) and, in the older firmware path, as XML (`<rexistru>` with the
MAC as an attribute and one `<castiadu>` element per zap); recordings report
their resume position; a QoE probe packs `channel|start|seconds` in base64
with an MD5 of the serial in a header. Login, the EPG, the channel list and
the status report (firmware, uptime) carry the box's identifiers but no
viewing; the EPG and channel list are content fetches.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import b64

from .phone import FB, iso, ms, rid

MW = "https://mw.tvsardigna.example"
UA = "TVSardigna-STB/6.2.18 (Linux; Android 11; TSB-4K)"
CANALES = [
    ("101", "Rai 1"),
    ("103", "Rai 3 Sardegna"),
    ("105", "Canale 5"),
    ("112", "Videolina"),
    ("114", "Sardegna 1"),
    ("120", "Rai Sport"),
    ("160", "DAZN Calcio"),
]
PROGRAMMAS = [
    "TG Sardegna",
    "Sa die de sa Sardigna",
    "Cagliari-Lecce",
    "Linea Verde",
    "Un posto al sole",
]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "iptv", method, url, http_version="HTTP/1.1")
    b.header("user-agent", UA)
    b.header("x-token", b.acct("box_token"))
    return b


def login(c: Context) -> Flow:
    b = _b(c, "POST", f"{MW}/v1/aparatu/intrada")
    b.json(
        {
            "aparatu": {
                "mac": b.id("box_mac", where="json aparatu.mac"),
                "seriale": b.id("box_serial", where="json aparatu.seriale"),
                "id": b.id("box_stb", where="json aparatu.id"),
                "firmware": "6.2.18",
            },
            "abbonadu": b.acct("box_abbonato"),
        }
    )
    b.ok_json({"token": "eyJ" + new_hex(c.rng, 56), "iscadentzia": 86400})
    return b.build()


def rexistru_json(c: Context) -> Flow:
    num, canale = c.rng.choice(CANALES)
    b = _b(c, "POST", f"{MW}/v1/aparatu/rexistru")
    b.view("json castiados[] canale/programma/incumintzu/tempus (channel log)")
    b.json(
        {
            "aparatu": {"id": b.id("box_stb", where="json aparatu.id")},
            "castiados": [
                {
                    "canale": num,
                    "nùmene": canale,
                    "programma": c.rng.choice(PROGRAMMAS),
                    "incumintzu": iso(c),
                    "tempus": c.rng.randint(20, 3600),
                }
                for _ in range(c.rng.randint(1, 4))
            ],
        }
    )
    b.no_content()
    return b.build()


def rexistru_xml(c: Context) -> Flow:
    b = _b(c, "POST", f"{MW}/legacy/rexistru.xml")
    b.view("xml <castiadu canale programma incumintzu tempus> (channel log)")
    mac = b.id("box_mac", where="xml <aparatu mac=>")
    rows = []
    for _ in range(c.rng.randint(1, 3)):
        num, canale = c.rng.choice(CANALES)
        rows.append(
            f'  <castiadu canale="{num}" nomene="{canale}" programma="{c.rng.choice(PROGRAMMAS)}"'
            f' incumintzu="{int(c.now) - c.rng.randint(60, 3600)}"'
            f' tempus="{c.rng.randint(20, 3600)}"/>'
        )
    xml = (
        '<?xml version="1.0" encoding="UTF-8"?>\n<rexistru versione="2">\n'
        f'  <aparatu mac="{mac}" firmware="6.2.18"/>\n' + "\n".join(rows) + "\n</rexistru>\n"
    )
    b.set_body(xml.encode(), "application/xml; charset=utf-8")
    b.respond(200, "application/xml", b'<?xml version="1.0"?><risposta esitu="OK"/>')
    return b.build()


def positzione(c: Context) -> Flow:
    b = _b(c, "PUT", f"{MW}/v1/registratziones/{c.rng.randint(10**6, 10**7)}/positzione")
    b.view("json programma + positzione (recording resume point)")
    b.json(
        {
            "programma": c.rng.choice(PROGRAMMAS),
            "positzione": c.rng.randint(60, 5400),
            "durada": 5400,
            "tempus": iso(c),
        }
    )
    b.no_content()
    return b.build()


def qoe_opaque(c: Context) -> Flow:
    b = _b(c, "POST", f"{MW}/q")
    b.header("x-s", b.id("box_serial", "md5", "header x-s", detectable=False))
    b.view("form d (base64 of channel|start|seconds)", detectable=False)
    num = c.rng.choice(CANALES)[0]
    b.form([("d", b64(f"{num}|{int(c.now) - 900}|{c.rng.randint(30, 900)}|{c.rng.randint(0, 3)}"))])
    b.no_content()
    return b.build()


def status(c: Context) -> Flow:
    b = _b(c, "POST", f"{MW}/v1/aparatu/istadu")
    b.decoy("uptime and memory figures")
    b.json(
        {
            "seriale": b.id("box_serial", where="json seriale"),
            "firmware": "6.2.18",
            "uptime_s": c.rng.randint(1000, 900000),
            "memoria_libera_mb": c.rng.randint(200, 900),
            "temperadura": c.rng.randint(40, 62),
        }
    )
    b.ok_json({"aggiornamentu": False})
    return b.build()


def epg(c: Context) -> Flow:
    num, canale = c.rng.choice(CANALES)
    b = _b(c, "GET", f"{MW}/v1/epg?canale={num}&die=oe")
    b.decoy("EPG: programme start times and durations")
    t0 = int(c.now) // 3600 * 3600
    b.ok_json(
        {
            "canale": canale,
            "programmas": [
                {"tìtulu": p, "incumintzu": t0 + i * 3600, "durada": 3600}
                for i, p in enumerate(PROGRAMMAS)
            ],
        }
    )
    return b.build()


def canales(c: Context) -> Flow:
    b = _b(c, "GET", f"{MW}/v1/canales?regione=SAR")
    b.ok_json({"canales": [{"nùmeru": n, "nùmene": m, "logo": f"/l/{n}.png"} for n, m in CANALES]})
    return b.build()


def playback_url(c: Context) -> Flow:
    num, _canale = c.rng.choice(CANALES)
    b = _b(c, "GET", f"{MW}/v1/canales/{num}/flussu")
    b.decoy("stream URL fetch for a channel (no report of watching)")
    b.ok_json(
        {
            "url": f"https://live.tvsardigna.example/{num}/index.m3u8?tk={new_hex(c.rng, 24)}",
            "req": rid(c.rng),
            "ts": ms(c),
        }
    )
    return b.build()
