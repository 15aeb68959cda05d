"""The technician's own evening streaming app (fictional "Iltakatsomo"), cast to the
living-room TV: playback heartbeats with position and progress, the continue-watching
row, an opaque measurement pixel, the app's Firebase installation and device
registration, and its IMA ad requests with the phone's advertising id. Catalogue
and manifest fetches are decoys.
"""

from __future__ import annotations

import base64

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import jsb

from .phone import FB, iso, ms, rf, rid, ua

API = "https://api.iltakatsomo.example"
UA = ua("Iltakatsomo", "4.0.7")
SHOWS = ["s-karppi-3-4", "s-sorjonen-2-1", "e-uutiset-2030", "s-bron-1-5", "e-kummeli-7"]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "iltakatsomo", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + new_hex(c.rng, 40))
    return b


def heartbeat(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/toisto/syke")
    b.view("json ohjelma_id + katseluaika_s + edistyminen + tapahtuma")
    b.json(
        {
            "ohjelma_id": c.rng.choice(SHOWS),
            "tapahtuma": c.rng.choice(["toisto", "tauko", "syke", "loppu"]),
            "kohta_s": c.rng.randint(0, 3000),
            "katseluaika_s": c.rng.randint(30, 3000),
            "edistyminen": rf(c.rng, 0, 1, 3),
            "toistolaite": "chromecast-olohuone",
            "aika": ms(c),
        }
    )
    b.no_content()
    return b.build()


def continue_watching(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/kayttaja/jatka-katsomista")
    b.view("response json jatka_katsomista[] {ohjelma_id, edistyminen}", direction="response")
    b.ok_json(
        {
            "jatka_katsomista": [
                {"ohjelma_id": s, "edistyminen": rf(c.rng, 0.05, 0.95, 2), "katsottu": iso(c)}
                for s in c.rng.sample(SHOWS, 3)
            ]
        }
    )
    return b.build()


def pixel_opaque(c: Context) -> Flow:
    rows = [c.rng.choice(SHOWS), ms(c), c.rng.randint(10, 3000)]
    blob = base64.urlsafe_b64encode(jsb(rows)).decode().rstrip("=")
    b = FB(
        c,
        "iltakatsomo-mitta",
        "GET",
        f"https://m.iltakatsomo.example/px.gif?e={blob}&r={c.rng.randint(10**8, 10**9)}",
    )
    b.header("user-agent", UA)
    b.view("query e: base64url array [show, time, seconds]", detectable=False)
    b.respond(200, "image/gif", b"GIF89a\x01\x00\x01\x00\x00\x00\x00;")
    return b.build()


def firebase_install(c: Context) -> Flow:
    b = FB(
        c,
        "firebase",
        "POST",
        "https://firebaseinstallations.googleapis.com/v1/projects/iltakatsomo-prod/installations",
    )
    b.header("user-agent", UA)
    b.header("x-goog-api-key", "AIza" + new_hex(c.rng, 35))
    fid = b.id("stream_fid", where="json fid")
    b.json(
        {
            "fid": fid,
            "appId": "1:48213:android:" + new_hex(c.rng, 16),
            "authVersion": "FIS_v2",
            "sdkVersion": "a:17.2.0",
        }
    )
    b.ok_json(
        {
            "name": f"projects/48213/installations/{fid}",
            "fid": fid,
            "refreshToken": new_hex(c.rng, 40),
        }
    )
    return b.build()


def register_device(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/laitteet")
    b.json(
        {
            "laitetunniste": b.id("aid_stream", where="json laitetunniste"),
            "malli": "SM-A546B",
            "kayttaja": b.acct("stream_user"),
            "push_kieli": "fi",
        }
    )
    b.ok_json({"ok": True, "istunto": rid(c.rng)})
    return b.build()


def ima_ad(c: Context) -> Flow:
    b = FB(c, "google-ima", "GET", "https://pubads.g.doubleclick.net/gampad/ads")
    b.header("user-agent", UA)
    for k, v in [
        ("iu", "/2173/iltakatsomo/preroll"),
        ("sz", "640x480"),
        ("env", "vp"),
        ("gdfp_req", "1"),
    ]:
        b.param(k, v)
    b.param("rdid", b.id("gaid", where="query rdid"))
    b.param("idtype", "adid")
    b.param("is_lat", "0")
    b.param("correlator", str(c.rng.randint(10**15, 10**16)))
    b.respond(200, "text/xml", b'<VAST version="4.0"></VAST>')
    return b.build()


def catalogue(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/etusivu")
    b.decoy("home page rails: new and most-watched (aggregate) with thumbnails")
    b.ok_json(
        {
            "rivit": [
                {
                    "nimi": "Suosituimmat nyt",
                    "ohjelmat": [{"id": s, "katsojia": c.rng.randint(10**3, 10**5)} for s in SHOWS],
                },
                {
                    "nimi": "Uudet",
                    "ohjelmat": [
                        {
                            "id": s,
                            "kuva": f"https://img.iltakatsomo.example/{new_hex(c.rng, 12)}.jpg",
                        }
                        for s in SHOWS[:3]
                    ],
                },
            ]
        }
    )
    return b.build()


def manifest(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/toisto/{c.rng.choice(SHOWS)}/manifest.mpd")
    b.decoy("DASH manifest fetch (fetching a video)")
    b.respond(
        200, "application/dash+xml", b'<MPD xmlns="urn:mpeg:dash:schema:mpd:2011"><Period/></MPD>'
    )
    return b.build()
