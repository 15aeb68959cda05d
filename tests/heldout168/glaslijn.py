"""Glaslijn TV: a pay-TV operator's app (KPN / Telenet-like) and its fibre TV box,
with live football and cycling.

The box logs channel tuning ("zapLog": zender, afgestemdOp, kijkduur) and the app
relays it; recordings keep an "afspeelpositie". The box's older firmware sends the
same tuning rows as msgpack under numeric keys. The box registers with its serial
and MAC. Live scores (match minute), the cycling race's time gaps and the
programme guide look like positions and timestamps but say nothing about viewing.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import mpack

from .phone import FB, iso, ms, rf, rid, ua

API = "https://api.glaslijn-tv.example"
STB = "https://stb.glaslijn-tv.example"
UA = ua("GlaslijnTV", "12.4.0")
BOX_UA = "GlaslijnSTB/5.8.2 (Linux; ZTE B866V2)"
ZENDERS = [
    (1, "NPO 1"), (3, "VTM"), (4, "Eén"), (14, "Ziggo Sport"), (15, "ESPN 1"),
    (16, "Play Sports 1"), (21, "Eurosport 1"), (31, "Canvas"),
]  # fmt: skip


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "glaslijn", method, url)
    b.header("user-agent", UA)
    b.header("x-klantnummer", b.acct("glas_customer"))
    return b


def zap_log(c: Context) -> Flow:
    b = FB(c, "glaslijn-stb", "POST", f"{STB}/v2/kastje/zaplog")
    b.header("user-agent", BOX_UA)
    b.header("x-stb-serial", b.id("box_serial", where="header x-stb-serial"))
    b.view("json zapLog[] zender + afgestemdOp + kijkduur")
    b.json(
        {
            "zapLog": [
                {
                    "zenderNr": nr,
                    "zender": naam,
                    "afgestemdOp": iso(c),
                    "kijkduurSec": c.rng.randint(5, 5400),
                }
                for nr, naam in c.rng.sample(ZENDERS, c.rng.randint(2, 5))
            ]
        }
    )
    b.no_content()
    return b.build()


def zap_log_oud(c: Context) -> Flow:
    b = FB(c, "glaslijn-stb", "POST", f"{STB}/l")
    b.header("user-agent", "GlaslijnSTB/4.2.9")
    b.view("msgpack {1: [[channel, ts, seconds]]} rows", detectable=False)
    rows = [[nr, ms(c), c.rng.randint(5, 5400)] for nr, _ in c.rng.sample(ZENDERS, 3)]
    b.set_body(mpack({1: rows, 2: 7}), "application/octet-stream")
    b.no_content()
    return b.build()


def opname_positie(c: Context) -> Flow:
    wedstrijd = c.rng.choice(["Club Brugge - Anderlecht", "Ajax - PSV", "Omloop Het Nieuwsblad"])
    b = _b(c, "PATCH", f"{API}/v1/opnames/{new_hex(c.rng, 12)}")
    b.view("json afspeelpositie + bekeken of a recording")
    b.json({"titel": wedstrijd, "afspeelpositie": c.rng.randint(0, 6000), "bekeken": False})
    b.ok_json({"ok": True})
    return b.build()


def kastje_registratie(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/apparaten/koppel")
    b.json(
        {
            "serienummer": b.id("box_serial", where="json serienummer"),
            "macAdres": b.id("box_mac", where="json macAdres"),
            "appApparaat": b.id("glas_device_reg", where="json appApparaat (app registration)"),
            "androidId": b.id("aid_glas", where="json androidId"),
        }
    )
    b.ok_json({"gekoppeld": True})
    return b.build()


def kastje_status(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/apparaten/kastje/status")
    mac = b.id("box_mac", "lower", "response json netwerk.mac", direction="response")
    b.ok_json(
        {
            "aan": True,
            "firmware": "5.8.2",
            "netwerk": {"type": "ethernet", "mac": mac},
            "opslagVrijGb": rf(c.rng, 10, 400, 1),
        }
    )
    return b.build()


def kastje_ping(c: Context) -> Flow:
    b = FB(c, "glaslijn-stb", "POST", f"{STB}/k")
    b.header("user-agent", BOX_UA)
    b.form([("h", b.id("box_serial", "sha1", "form h (sha1 of serial)", detectable=False))])
    b.no_content()
    return b.build()


def livescore(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/sport/live/voetbal")
    b.decoy("live football scores: match minute and kick-off, not a viewer's position")
    b.ok_json(
        {
            "wedstrijden": [
                {"thuis": "KAA Gent", "uit": "Standard", "stand": "1-0",
                 "minuut": c.rng.randint(1, 90), "aftrap": iso(c)},
                {"thuis": "FC Utrecht", "uit": "Feyenoord", "stand": "2-2",
                 "minuut": c.rng.randint(1, 90), "aftrap": iso(c)},
            ]
        }
    )  # fmt: skip
    return b.build()


def koers_tussenstand(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/sport/wielrennen/ronde-van-vlaanderen/live")
    b.decoy("cycling race gaps and km to go: race positions, not viewing progress")
    b.ok_json(
        {
            "kmTeGaan": rf(c.rng, 0, 260, 1),
            "groepen": [
                {"renners": ["Van der Poel", "Pogačar"], "achterstandSec": 0},
                {"renners": ["Van Aert", "Pedersen"], "achterstandSec": c.rng.randint(5, 90)},
            ],
            "positie": {"lat": rf(c.rng, 50.7, 51.0), "lon": rf(c.rng, 3.5, 3.9)},
        }
    )
    return b.build()


def epg(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/epg?zenders=14,15,16&dag={c.rng.randint(0, 6)}")
    b.decoy("programme guide with start times (content fetch)")
    b.ok_json(
        {"programmas": [{"zender": z, "titel": "Jupiler Pro League", "start": iso(c)}
                        for _, z in ZENDERS]}
    )  # fmt: skip
    return b.build()


def stream_token(c: Context) -> Flow:
    nr, _ = c.rng.choice(ZENDERS)
    b = _b(c, "POST", f"{API}/v1/live/{nr}/token")
    b.decoy("stream session token and ids for a live channel (a fetch)")
    b.ok_json({"token": new_hex(c.rng, 64), "sessieId": rid(c.rng), "ttl": 3600})
    return b.build()
