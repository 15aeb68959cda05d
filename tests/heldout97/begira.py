"""Begira: a Basque public-service streamer (EITB-like), its own backend.

Watch history in Basque: ikusitakoak (watched list), ikusita (watched),
posizioa (position), atala (episode), denboraldia (season), jarraitu
(continue watching), iraupena (duration), gailu_id (device id). Adjust for
attribution (sdks.py). Key names are this set's own.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import b64, gz

from . import sdks
from .phone import FB, iso, ms, rid, ua

API = "https://api.begira.eus"
PKG = "eus.begira.android"
SAIOAK = [
    ("Goazen", 10),
    ("Go!azen", 8),
    ("Hondar ahoak", 2),
    ("Pilota partida", 1),
    ("Sorginen laratza", 3),
]


def _atal(c: Context) -> dict[str, object]:
    izena, denb = c.rng.choice(SAIOAK)
    return {
        "edukia": f"eitb-{c.rng.randint(100000, 999999)}",
        "saioa": izena,
        "denboraldia": c.rng.randint(1, denb),
        "atala": c.rng.randint(1, 26),
    }


def ikusitakoak(c: Context) -> Flow:
    b = FB(c, "begira", "POST", API + "/erabiltzailea/ikusitakoak")
    b.view("json:ikusitakoak[].posizioa")
    items = []
    for _ in range(c.rng.randint(1, 3)):
        it = _atal(c)
        dur = c.rng.randint(1200, 3600)
        pos = c.rng.randint(10, dur)
        it.update({"posizioa": pos, "iraupena": dur, "ikusita": pos > dur - 90, "noiz": iso(c)})
        items.append(it)
    b.json({"erabiltzailea": b.acct("iku_user"), "ikusitakoak": items})
    b.header("user-agent", ua("Begira", "3.8.0"))
    b.no_content()
    return b.build()


def posizioa(c: Context) -> Flow:
    it = _atal(c)
    b = FB(c, "begira", "PATCH", f"{API}/erreprodukzioa/{it['edukia']}")
    b.view("json:posizioa/egoera")
    b.json(
        {
            "posizioa": c.rng.randint(5, 3000),
            "egoera": c.rng.choice(["pausa", "jolasten", "amaitua"]),
        }
    )
    b.header("user-agent", ua("Begira", "3.8.0"))
    b.no_content()
    return b.build()


def jarraitu(c: Context) -> Flow:
    b = FB(c, "begira", "GET", API + "/erabiltzailea/jarraitu")
    b.view("response:jarraitu[].posizioa", direction="response")
    items = []
    for _ in range(c.rng.randint(2, 5)):
        it = _atal(c)
        it["posizioa"] = c.rng.randint(60, 2500)
        items.append(it)
    b.header("user-agent", ua("Begira", "3.8.0"))
    b.ok_json({"jarraitu": items})
    return b.build()


def opaque_stats(c: Context) -> Flow:
    b = FB(c, "begira", "POST", API + "/s/v1")
    b.view("body:gzip'd encrypted blob", detectable=False)
    blob = bytes(c.rng.getrandbits(8) for _ in range(c.rng.randint(90, 200)))
    b.set_body(gz(b64(blob).encode()), "application/octet-stream")
    b.header("user-agent", ua("Begira", "3.8.0"))
    b.no_content()
    return b.build()


def comscore(c: Context) -> Flow:
    it = _atal(c)
    dur = c.rng.randint(1200, 3600) * 1000
    return sdks.comscore_beacon(
        c,
        "Begira",
        c.rng.choice(["hb", "hb", "play", "end"]),
        str(it["edukia"]),
        str(it["saioa"]),
        f"{it['denboraldia']}. denb. {it['atala']}. atala",
        c.rng.randint(0, dur),
        dur,
        c2="16548732",
        pkg=PKG,
    )


def adjust(c: Context) -> Flow:
    return sdks.adjust_session(c, "Begira", PKG, "gaid")


def gailua(c: Context) -> Flow:
    """Device registration: the Basque key gailu_id means 'device id'."""
    b = FB(c, "begira", "PUT", API + "/gailuak")
    b.json(
        {
            "gailu_id": b.id("aid_iku", where="json:gailu_id"),
            "gailu_mota": "mugikorra",
            "modeloa": "SM-S921B",
            "hizkuntza": "eu",
        }
    )
    b.header("user-agent", ua("Begira", "3.8.0"))
    b.ok_json({"ados": True})
    return b.build()


def katalogoa(c: Context) -> Flow:
    b = FB(
        c,
        "begira",
        "GET",
        API + "/katalogoa",
        [("atala", "umeak"), ("orria", str(c.rng.randint(1, 6)))],
    )
    b.decoy("catalogue page with episode numbers (not history)")
    b.ok_json({"elementuak": [dict(_atal(c), iraupena=c.rng.randint(600, 3600)) for _ in range(6)]})
    return b.build()


def zuzenean(c: Context) -> Flow:
    b = FB(c, "begira", "GET", API + "/zuzenean/etb1/egoera", [("_", str(ms(c)))])
    gailu = b.id("aid_iku", where="cookie:begira_gailua")
    b.header("cookie", f"begira_gailua={gailu}; onespena=1; hizk=eu")
    b.ok_json(
        {"kanala": "etb1", "orain": "Albisteak", "hurrengoa": "Eguraldia", "eskaera": rid(c.rng)}
    )
    return b.build()
