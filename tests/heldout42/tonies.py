"""An audio-play box and its app (Toniebox-like): listening history per figure.

The box side follows the protocol teddyCloud (toniebox-reverse-engineering/
teddycloud, handler_cloud.c and proto/toniebox.pb.freshness-check.*.proto)
documents: `GET /v1/time`, `GET /v1/claim/{ruid}` when a figure is put on the
box (the figure's reversed NFC UID in the path, auth token in an
`Authorization: BD <hex>` header), `POST /v1/freshness-check` with a protobuf
list of (uid fixed64, audio_id fixed32). A claim is a listening event, but
nothing in it says so (not signature-detectable). The app's backend
(fictional `api.hoerfiguren-example.de`) keeps a per-figure listening history
("Hörverlauf") with German key names of our own, and sets the box up over
Wi-Fi (the box's MAC).
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import pb_bytes, pb_fixed64, pb_varint

from .phone import FB, iso, ms, tab_ua

BOX = "https://prod.boxcloud-example.de"
APP = "https://api.hoerfiguren-example.de/v3"
FIGUREN = ["Der Grüffelo", "Bibi Blocksberg", "Benjamin Blümchen", "Die Olchis", "Conni", "Pumuckl"]


def _ruid(c: Context) -> str:
    return new_hex(c.rng, 10) + "0304e0"


def box_claim(c: Context) -> Flow:
    b = FB(c, "hoerbox", "GET", f"{BOX}/v1/claim/{_ruid(c)}", http_version="HTTP/1.1")
    b.header("authorization", "BD " + new_hex(c.rng, 64).upper())
    b.header("user-agent", "TB/3.1.0_BF4 SDK/4.0.2")
    b.view("path.ruid (figure placed on the box)", detectable=False)
    b.respond(200, "application/octet-stream", b"")
    return b.build()


def box_freshness(c: Context) -> Flow:
    b = FB(c, "hoerbox", "POST", f"{BOX}/v1/freshness-check", http_version="HTTP/1.1")
    b.header("user-agent", "TB/3.1.0_BF4 SDK/4.0.2")
    infos = b"".join(
        pb_bytes(
            1,
            pb_fixed64(1, c.rng.getrandbits(64))
            + b"\x15"
            + c.rng.getrandbits(32).to_bytes(4, "little"),
        )
        for _ in range(c.rng.randint(3, 9))
    )
    body = infos + pb_varint(2, 1) + pb_varint(3, 0)
    b.set_body(body, "application/octet-stream")
    b.respond(200, "application/octet-stream", pb_varint(1, 0))
    b.decoy("content freshness check (catalogue of owned figures)")
    return b.build()


def box_time(c: Context) -> Flow:
    b = FB(c, "hoerbox", "GET", f"{BOX}/v1/time", http_version="HTTP/1.1")
    b.header("user-agent", "TB/3.1.0_BF4 SDK/4.0.2")
    b.respond(200, "text/plain", str(int(c.now)).encode())
    return b.build()


def _app_headers(b: FB, hashed: bool = False) -> None:
    b.header("user-agent", tab_ua("HoerfigurenApp", "2.58.0"))
    b.header("x-household", b.acct("tonie_household"))
    if hashed:
        b.header(
            "x-device-fingerprint",
            b.id("aid_tonie", how="md5", where="header.x-device-fingerprint"),
        )
    else:
        b.header("x-android-id", b.id("aid_tonie", where="header.x-android-id"))


def hoerverlauf(c: Context) -> Flow:
    """Offline listening collected by the app player, uploaded in one batch."""
    b = FB(c, "hoerfiguren-app", "POST", f"{APP}/haushalt/hoerverlauf")
    _app_headers(b)
    rows = [
        {
            "figur": c.rng.choice(FIGUREN),
            "kapitel": c.rng.randint(1, 12),
            "gehoertSekunden": c.rng.randint(30, 2400),
            "zuletzt": iso(c),
        }
        for _ in range(5)
    ]
    b.json({"seit": ms(c) - 7 * 86400000, "hoerverlauf": rows})
    b.view("body.hoerverlauf[] (listening history per figure)")
    b.ok_json({"gespeichert": len(rows)})
    return b.build()


def hoer_event(c: Context) -> Flow:
    b = FB(c, "hoerfiguren-app", "POST", f"{APP}/wiedergabe/ereignis")
    _app_headers(b, hashed=c.rng.random() < 0.5)
    b.json(
        {
            "figurId": new_hex(c.rng, 8),
            "figurName": c.rng.choice(FIGUREN),
            "kapitel": c.rng.randint(1, 12),
            "ereignis": c.rng.choice(["gestartet", "beendet", "pausiert"]),
            "abspielpositionSek": c.rng.randint(0, 2400),
            "quelle": "app-player",
        }
    )
    b.view("body.figurName+kapitel+abspielpositionSek (listen event)")
    b.no_content()
    return b.build()


def box_setup(c: Context) -> Flow:
    b = FB(c, "hoerfiguren-app", "POST", f"{APP}/boxen/einrichten")
    _app_headers(b)
    b.json(
        {
            "macAddress": b.id("box_mac", where="body.macAddress"),
            "wlanLand": "DE",
            "name": "Hörbox Kinderzimmer",
            "firmware": "3.1.0_BF4",
        }
    )
    b.ok_json({"boxId": new_hex(c.rng, 12), "status": "verbunden"})
    return b.build()


def box_status(c: Context) -> Flow:
    b = FB(c, "hoerfiguren-app", "GET", f"{APP}/boxen/{b_mac(c)}/status")
    _app_headers(b)
    b.id("box_mac", how="nosep", where="path.boxen/{mac}", detectable=False)
    b.ok_json({"lautstaerkeMax": 70, "akku": c.rng.randint(10, 100), "online": True})
    return b.build()


def login(c: Context) -> Flow:
    b = FB(c, "hoerfiguren-app", "POST", f"{APP}/auth/anmelden")
    b.header("user-agent", tab_ua("HoerfigurenApp", "2.58.0"))
    b.json(
        {
            "email": b.id("email", where="body.email"),
            "passwort": "*" * 12,
            "geraetName": "Kinder-Tablet",
        }
    )
    b.ok_json({"token": new_hex(c.rng, 40), "haushalt": b.acct("tonie_household")})
    return b.build()


def figuren_shop(c: Context) -> Flow:
    b = FB(c, "hoerfiguren-app", "GET", f"{APP}/shop/figuren")
    b.param("kategorie", c.rng.choice(["hoerspiel", "musik", "wissen"]))
    b.ok_json(
        {
            "figuren": [
                {
                    "name": f,
                    "preis": c.rng.choice([14.99, 16.99]),
                    "dauerMin": c.rng.randint(20, 90),
                }
                for f in FIGUREN
            ]
        }
    )
    b.decoy("shop catalogue with durations and prices")
    return b.build()


def b_mac(c: Context) -> str:
    return str(c.phone.box_mac).replace(":", "")  # type: ignore[attr-defined]
