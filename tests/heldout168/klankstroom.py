"""Klankstroom: a music streamer (Deezer / Spotify-like, Dutch in-house backend).

Every finished track is scrobbled to "luistergeschiedenis" (track id, luisterduur,
afgespeeldOp); "Recent afgespeeld" comes back in a response; the offline-sync job
ships a gzip+base64 batch of plays under 'e'. Charts, lyrics, playlists and audio
segments are content, not history.
"""

from __future__ import annotations

import base64

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import gz, js

from .phone import FB, iso, ms, rid, ua

API = "https://api.klankstroom.example"
UA = ua("Klankstroom", "9.2.44")
NUMMERS = [
    ("trk_88120", "Froukje - Groter dan ik", 214),
    ("trk_90211", "Stromae - Santé", 187),
    ("trk_77341", "Goldband - Noodgeval", 181),
    ("trk_66512", "Bazart - Goud", 232),
    ("trk_55120", "Meau - Dat heb jij gedaan", 200),
]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "klankstroom", method, url)
    b.header("user-agent", UA)
    b.header("x-kls-device", b.id("klank_device", where="header x-kls-device"))
    return b


def luistergeschiedenis(c: Context) -> Flow:
    nid, _, duur = c.rng.choice(NUMMERS)
    b = _b(c, "POST", f"{API}/v1/luistergeschiedenis")
    b.view("json nummerId + luisterduur + afgespeeldOp")
    b.json(
        {
            "nummerId": nid,
            "luisterduur": c.rng.randint(30, duur),
            "afgespeeldOp": iso(c),
            "bron": c.rng.choice(["afspeellijst", "radio", "album"]),
            "gebruiker": b.acct("klank_user"),
        }
    )
    b.no_content()
    return b.build()


def recent_afgespeeld(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/me/recent-afgespeeld")
    b.view("response json recent[] nummer + afgespeeldOp", direction="response")
    b.ok_json(
        {"recent": [{"nummer": t, "id": i, "afgespeeldOp": iso(c)} for i, t, _ in NUMMERS[:4]]}
    )
    return b.build()


def offline_batch(c: Context) -> Flow:
    plays = [[i, ms(c), c.rng.randint(30, d)] for i, _, d in c.rng.sample(NUMMERS, 3)]
    b = _b(c, "POST", f"{API}/v1/sync")
    b.view("json e = base64(gzip(play rows))", detectable=False)
    b.json({"e": base64.b64encode(gz(js(plays).encode())).decode(), "n": len(plays)})
    b.ok_json({"ok": True})
    return b.build()


def registreer(c: Context) -> Flow:
    b = FB(c, "klankstroom", "POST", f"{API}/v1/apparaat")
    b.header("user-agent", UA)
    b.json(
        {
            "apparaatId": b.id("klank_device", where="json apparaatId"),
            "androidId": b.id("aid_klank", where="json androidId"),
            "naam": "Galaxy S23 van Femke",
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def hitlijst(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/hitlijsten/top-50-nederland")
    b.decoy("top 50 chart with play counts over all listeners (aggregate)")
    b.ok_json(
        {"nummers": [{"id": i, "titel": t, "streams": c.rng.randint(10**5, 10**7)}
                     for i, t, _ in NUMMERS]}
    )  # fmt: skip
    return b.build()


def songtekst(c: Context) -> Flow:
    nid, _, _ = c.rng.choice(NUMMERS)
    b = _b(c, "GET", f"{API}/v1/songtekst/{nid}")
    b.decoy("synced lyrics with timestamps per line (content)")
    b.ok_json({"regels": [{"startMs": k * 4100, "tekst": "..."} for k in range(8)]})
    return b.build()


def audio_segment(c: Context) -> Flow:
    nid, _, _ = c.rng.choice(NUMMERS)
    b = FB(
        c,
        "klankstroom-cdn",
        "GET",
        f"https://audio.klankstroom.example/{nid}/{new_hex(c.rng, 8)}"
        f"/seg{c.rng.randint(1, 40)}.mp4",
    )
    b.header("user-agent", UA)
    b.respond(200, "audio/mp4", bytes(c.rng.getrandbits(8) for _ in range(300)))
    return b.build()


def afspeellijst(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/afspeellijsten/{new_hex(c.rng, 10)}")
    b.ok_json(
        {"titel": "Zondagochtend", "nummers": [i for i, _, _ in NUMMERS], "sessie": rid(c.rng)}
    )
    return b.build()
