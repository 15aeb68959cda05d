"""KoreaNobela: a K-drama streamer with Tagalog subtitles (ads via Mintegral).

Watch events go to the app's API in English (`/v1/watch/events`, `episodeId`,
`watchedMs`, `subtitle: "fil"`); the watch history tab reads `/v1/me/history`.
The player's QoS beacon seals its payload (AES-looking base64 under `p`), and it
holds the episode and position too. Mintegral's setting call carries the
advertising id in plain `gaid` and the ANDROID_ID in `dvi` under Mintegral's
private base64 alphabet. Subtitle files, the trending rail and episode lists
are ordinary content.
"""

from __future__ import annotations

import hashlib

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_digits, new_hex
from tests.heldout.wire import b64, js

from .phone import FB, app_builder, dalvik, iso, ms, ua

API = "https://api.koreanobela.example"
UA = ua("KoreaNobela", "5.0.3")
DRAMAS = [
    ("kn_0912", "Hari ng Hardin (The Garden King)"),
    ("kn_1044", "Lihim sa Seoul"),
    ("kn_1187", "Crash Landing sa Puso"),
    ("kn_1203", "Doktora Kang"),
]


def _b(c: Context, method: str, url: str) -> FB:
    b = app_builder(c, "koreanobela", method, url, UA)
    b.header("x-kn-device", b.id("kdrama_device", where="header x-kn-device"))
    return b


def watch_event(c: Context) -> Flow:
    did, title = c.rng.choice(DRAMAS)
    ep = c.rng.randint(1, 16)
    b = _b(c, "POST", f"{API}/v1/watch/events")
    b.view("json episodeId + watchedMs + event")
    b.json(
        {
            "events": [
                {
                    "type": c.rng.choice(["play", "pause", "progress", "complete"]),
                    "dramaId": did,
                    "title": title,
                    "episodeId": f"{did}-ep{ep:02d}",
                    "watchedMs": c.rng.randint(10_000, 4_000_000),
                    "subtitle": "fil",
                    "at": iso(c),
                }
            ],
            "androidId": b.id("aid_kdrama", where="json androidId"),
        }
    )
    b.no_content()
    return b.build()


def history(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/me/history?page=1")
    b.view("response json history[] with lastPositionMs", direction="response")
    b.ok_json(
        {
            "history": [
                {
                    "episodeId": f"{d}-ep{c.rng.randint(1, 16):02d}",
                    "title": t,
                    "lastPositionMs": c.rng.randint(1, 4_000_000),
                    "watchedAt": iso(c),
                }
                for d, t in c.rng.sample(DRAMAS, 3)
            ]
        }
    )
    return b.build()


def qos_sealed(c: Context) -> Flow:
    did, _ = c.rng.choice(DRAMAS)
    b = _b(c, "POST", f"{API}/q")
    b.view("json p (sealed: episode + position + bitrate)", detectable=False)
    inner = js(
        {"e": f"{did}-ep{c.rng.randint(1, 16):02d}", "pos": c.rng.randint(1, 4000), "br": 2500}
    ).encode()
    key = hashlib.sha256(b"kn" + str(ms(c)).encode()).digest()
    sealed = bytes(x ^ key[i % 32] for i, x in enumerate(inner))
    b.json({"p": b64(new_hex(c.rng, 16).encode() + sealed), "k": 2})
    b.no_content()
    return b.build()


def mintegral(c: Context) -> Flow:
    b = FB(c, "mintegral", "GET", "https://setting.rayjump.com/setting", http_version="HTTP/1.1")
    b.header("user-agent", dalvik())
    b.params += [
        ("app_id", new_digits(c.rng, 6, "1")),
        ("sign", new_hex(c.rng, 32)),
        ("platform", "1"),
        ("os_version", "14"),
        ("package_name", "ph.koreanobela.app"),
        ("gaid", b.id("gaid", where="query gaid")),
        ("dvi", b.id("aid_kdrama", "custom_b64", "query dvi (private alphabet)", detectable=False)),
        ("sdk_version", "MAL_16.8.11"),
    ]
    b.decoy("sign md5-looking hex")
    b.ok_json({"status": 1, "data": {"cc": "PH"}})
    return b.build()


def subtitles(c: Context) -> Flow:
    did, _ = c.rng.choice(DRAMAS)
    b = FB(
        c,
        "koreanobela",
        "GET",
        f"https://cdn.koreanobela.example/subs/{did}/ep{c.rng.randint(1, 16):02d}.fil.vtt",
    )
    b.header("user-agent", "ExoPlayerLib/2.19.1")
    b.decoy("subtitle file with cue timestamps (content, not a viewer's position)")
    b.respond(200, "text/vtt", b"WEBVTT\n\n00:01:02.000 --> 00:01:04.500\nMahal kita, Ji-woo.\n")
    return b.build()


def trending(c: Context) -> Flow:
    b = FB(c, "koreanobela", "GET", f"{API}/v1/trending?region=PH")
    b.header("user-agent", UA)
    b.decoy("trending rail: views across all users")
    b.ok_json(
        {
            "trending": [
                {"dramaId": d, "title": t, "views7d": c.rng.randint(10**4, 10**6)}
                for d, t in DRAMAS
            ]
        }
    )
    return b.build()


def episodes(c: Context) -> Flow:
    did, title = c.rng.choice(DRAMAS)
    b = FB(c, "koreanobela", "GET", f"{API}/v1/dramas/{did}/episodes")
    b.header("user-agent", UA)
    b.ok_json(
        {"title": title, "episodes": [{"ep": i, "durationMs": 3_900_000} for i in range(1, 17)]}
    )
    return b.build()
