"""Kukátko: a Czech film-and-series streaming app with the Adjust SDK.

Its player reports the position of the episode she is watching (Czech keys),
the home screen's "Pokračovat ve sledování" rail lists her positions in the
response, and a compact quality-of-service beacon carries the content id and
position under one-letter keys (opaque). Trending rails, manifests and posters
are ordinary content fetches.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex

from .phone import FB, iso, ms, rid, ua

API = "https://api.kukatko.example"
UA = ua("Kukatko", "8.14.0")
TITLES = ["Most!", "Pelíšky", "Vyšehrad", "Zátopek", "Kulturní referát"]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "kukatko", method, url)
    b.header("user-agent", UA)
    b.header("x-kukatko-profil", b.acct("stream_profile"))
    return b


def player_position(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/prehravac/v2/pozice")
    b.view("json pozice_s with obsah_id and udalost")
    total = c.rng.randint(1500, 6500)
    b.json(
        {
            "obsah_id": f"ep-{c.rng.randint(1000, 9999)}",
            "nazev": c.rng.choice(TITLES),
            "udalost": c.rng.choice(["prehravani", "pauza", "heartbeat", "konec"]),
            "pozice_s": c.rng.randint(0, total),
            "delka_s": total,
            "cas": iso(c),
            "prehravac": b.id("stream_player_uuid", where="json prehravac (player install uuid)"),
        }
    )
    b.no_content()
    return b.build()


def continue_watching(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/obsah/v1/pokracovat-ve-sledovani")
    b.view("response json polozky[].pozice_s", direction="response")
    b.ok_json(
        {
            "polozky": [
                {
                    "obsah_id": f"ep-{c.rng.randint(1000, 9999)}",
                    "nazev": t,
                    "pozice_s": c.rng.randint(60, 3000),
                    "naposledy": iso(c),
                }
                for t in TITLES[: c.rng.randint(2, 4)]
            ]
        }
    )
    return b.build()


def qos_beacon(c: Context) -> Flow:
    """QoS beacon: c=content, t=position ms, b=bitrate; nothing names what they are."""
    b = FB(c, "kukatko", "GET", "https://q.kukatko.example/b.gif")
    b.header("user-agent", "ExoPlayerLib/2.19.1")
    b.view("query c (content) and t (position ms)", detectable=False)
    b.param("c", str(c.rng.randint(1000, 9999)))
    b.param("t", str(c.rng.randint(0, 6_000_000)))
    b.param("b", str(c.rng.choice([1800, 3500, 6000])))
    b.param("r", str(ms(c)))
    b.respond(200, "image/gif", b"GIF89a\x01\x00\x01\x00")
    return b.build()


def adjust_session(c: Context) -> Flow:
    b = FB(c, "adjust", "POST", "https://app.adjust.com/session")
    b.header("user-agent", UA)
    b.form(
        [
            ("app_token", "k8" + new_hex(c.rng, 10)),
            ("gps_adid", b.id("gaid", where="form gps_adid")),
            ("android_uuid", b.id("stream_adid", where="form android_uuid (adjust install uuid)")),
            ("android_id", b.id("aid_stream", where="form android_id")),
            ("created_at", iso(c)),
            ("session_count", str(c.rng.randint(2, 300))),
        ]
    )
    b.ok_json({"adid": new_hex(c.rng, 32), "message": "Session tracked"})
    return b.build()


def trending(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/obsah/v1/nejsledovanejsi?obdobi=tyden")
    b.decoy("most-watched rail: view counts over all viewers (aggregate)")
    b.ok_json(
        {
            "polozky": [
                {
                    "obsah_id": f"ep-{c.rng.randint(1000, 9999)}",
                    "nazev": t,
                    "zhlednuti": c.rng.randint(10**3, 10**6),
                }
                for t in TITLES
            ]
        }
    )
    return b.build()


def manifest(c: Context) -> Flow:
    b = FB(c, "kukatko", "GET", f"https://cdn.kukatko.example/v/{rid(c.rng)}/manifest.mpd")
    b.header("user-agent", "ExoPlayerLib/2.19.1")
    b.respond(200, "application/dash+xml", b'<?xml version="1.0"?><MPD type="static"/>')
    return b.build()


def poster(c: Context) -> Flow:
    b = FB(
        c, "kukatko", "GET", f"https://img.kukatko.example/plakat/{new_hex(c.rng, 10)}_w342.webp"
    )
    b.header("user-agent", UA)
    b.respond(200, "image/webp", b"RIFF" + bytes(c.rng.getrandbits(8) for _ in range(300)))
    return b.build()


def subtitles(c: Context) -> Flow:
    b = FB(c, "kukatko", "GET", f"https://cdn.kukatko.example/t/{rid(c.rng)}/cs.vtt")
    b.header("user-agent", "ExoPlayerLib/2.19.1")
    b.decoy("subtitle cues with timestamps (content, not viewing)")
    b.respond(
        200, "text/vtt", b"WEBVTT\n\n00:00:01.000 --> 00:00:04.000\nDobr\xc3\xbd ve\xc4\x8der.\n"
    )
    return b.build()
