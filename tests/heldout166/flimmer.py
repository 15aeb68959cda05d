"""Flimmerkiste: her personal video-streaming app.

The player's heartbeats carry the title and position (`wiedergabePosition`),
the "Weiterschauen" rail answers with her positions, and a telemetry beacon
ships an AES-encrypted blob. The device registration sends the app's own
device id and the ANDROID_ID; a header carries the ANDROID_ID's SHA-1 under a
bare `x-t`. Manifests, catalogue rails and the national top 10 are ordinary.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import b64

from .phone import FB, iso, ua

API = "https://api.flimmerkiste.example"
UA = ua("Flimmerkiste", "5.4.0")
TITLES = ["fk-serie-2291-s02e05", "fk-film-10372", "fk-serie-0871-s01e01", "fk-doku-552"]


def _b(c: Context, method: str, url: str, device: bool = True) -> FB:
    b = FB(c, "flimmerkiste", method, url)
    b.header("user-agent", UA)
    b.header("x-fk-profil", b.acct("flimmer_profile"))
    if device:
        b.header("x-fk-geraet", b.id("flimmer_device", where="header x-fk-geraet"))
    return b


def heartbeat(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/player/v1/heartbeat")
    b.view("json inhaltId with wiedergabePosition and ereignis")
    b.json(
        {
            "inhaltId": c.rng.choice(TITLES),
            "ereignis": c.rng.choice(["play", "heartbeat", "heartbeat", "pause", "stop"]),
            "wiedergabePosition": c.rng.randint(0, 3000),
            "dauer": 3120,
            "zeit": iso(c),
        }
    )
    b.no_content()
    return b.build()


def continue_watching(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/rails/v1/weiterschauen")
    b.view("response json weiterschauen[] with positionSek", direction="response")
    b.ok_json(
        {
            "weiterschauen": [
                {"inhaltId": t, "positionSek": c.rng.randint(60, 2900), "zuletzt": iso(c)}
                for t in c.rng.sample(TITLES, 3)
            ]
        }
    )
    return b.build()


def telemetry_blob(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/t", device=False)
    b.view("json p: encrypted playback telemetry", detectable=False)
    b.json({"k": 2, "p": b64(bytes(c.rng.getrandbits(8) for _ in range(220)))})
    b.no_content()
    return b.build()


def register_device(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/konto/v1/geraete", device=False)
    b.header("x-t", b.id("aid_flimmer", "sha1", "header x-t", detectable=False))
    b.json(
        {
            "deviceId": b.id("flimmer_device", where="json deviceId"),
            "androidId": b.id("aid_flimmer", where="json androidId"),
            "name": "Galaxy S23",
            "drm": "widevine-L1",
        }
    )
    b.ok_json({"registriert": True, "maxGeraete": 5})
    return b.build()


def manifest(c: Context) -> Flow:
    t = c.rng.choice(TITLES)
    b = _b(c, "GET", f"https://cdn.flimmerkiste.example/v/{t}/master.m3u8", device=False)
    b.decoy("stream manifest fetch")
    b.respond(200, "application/vnd.apple.mpegurl",
              b"#EXTM3U\n#EXT-X-STREAM-INF:BANDWIDTH=5000000\n1080p.m3u8\n")  # fmt: skip
    return b.build()


def top10(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/rails/v1/top10?land=DE", device=False)
    b.decoy("national top-10 rail (aggregate)")
    b.ok_json({"top10": [{"rang": i + 1, "inhaltId": t} for i, t in enumerate(TITLES)]})
    return b.build()


def catalogue(c: Context) -> Flow:
    b = _b(
        c,
        "GET",
        f"{API}/katalog/v1/genre/{c.rng.choice(['krimi', 'doku', 'komoedie'])}",
        device=False,
    )
    b.decoy("catalogue rail with durations")
    b.ok_json(
        {"titel": [{"inhaltId": t, "laufzeitSek": c.rng.randint(1500, 7000)} for t in TITLES]}
    )
    return b.build()
