"""Otakuflix: an anime streamer on the basement Roku and on the parent's Pixel.

Players report to Bitmovin Analytics (the collector's sample fields: `impressionId`,
`userId`, `videoId`, `videoTitle`, `played`, `videotime_start`, `videotime_end`,
`duration`, `state`). The Roku channel sends the Roku advertising id (`rida`, from
roDeviceInfo.GetRIDA) and the device serial to the app's backend; its resume service
was written by the Montréal team and speaks Canadian French (`positionLecture`,
`dureeVisionnee`). A firmware-era beacon sends numbered fields only. The catalogue,
episode manifests and the simulcast calendar are ordinary.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import pb_bytes, pb_varint

from .phone import FB, android_ua, bearer, iso, ms, rid

API = "https://api.otakuflix.example"
ROKU_UA = "Roku/DVP-14.0 (14.0.4.5206-C1)"
SHOWS = ["Frieren", "Jujutsu Kaisen", "Spy x Family", "One Piece", "Dandadan", "Solo Leveling"]


def _roku(c: Context, method: str, url: str) -> FB:
    b = FB(c, "otakuflix-roku", method, url)
    b.header("user-agent", ROKU_UA)
    b.header("authorization", bearer(c.rng))
    return b


def _ep(c: Context) -> tuple[str, str, int]:
    return f"ep-{c.rng.randint(10000, 99999)}", c.rng.choice(SHOWS), c.rng.randint(1380, 1460)


def bitmovin(c: Context) -> Flow:
    vid, show, dur = _ep(c)
    b = FB(
        c, "bitmovin-analytics", "POST", "https://analytics-ingress-global.bitmovin.com/analytics"
    )
    b.header("user-agent", android_ua("Otakuflix", "3.7.0"))
    b.view("json videoId + played / videotime_start / videotime_end")
    start = c.rng.randint(0, dur - 60) * 1000
    b.json(
        {
            "analyticsVersion": "v3.8.0",
            "key": new_hex(c.rng, 8) + "-" + new_hex(c.rng, 4),
            "domain": "com.otakuflix.android",
            "impressionId": rid(c.rng),
            "userId": b.id("bitmovin_user", where="json userId (Bitmovin per-install user id)"),
            "videoId": vid,
            "videoTitle": show,
            "played": c.rng.randint(5000, 60000),
            "videotime_start": start,
            "videotime_end": start + c.rng.randint(5000, 60000),
            "duration": c.rng.randint(5000, 60000),
            "videoDuration": dur * 1000,
            "state": "playing",
            "platform": "android",
            "time": ms(c),
        }
    )
    b.no_content()
    return b.build()


def roku_register(c: Context) -> Flow:
    b = _roku(c, "POST", f"{API}/roku/v2/device/register")
    b.json(
        {
            "rida": b.id("rida", where="json rida"),
            "lat": False,
            "serialNumber": b.id("roku_serial", where="json serialNumber"),
            "channelClientId": b.id("roku_channel_client", where="json channelClientId"),
            "model": "3960X",
            "osVersion": "14.0.4",
        }
    )
    b.ok_json({"deviceToken": new_hex(c.rng, 32)})
    return b.build()


def reprise(c: Context) -> Flow:
    """The Montréal team's resume API: fr-CA keys."""
    vid, show, dur = _ep(c)
    b = _roku(c, "PUT", f"{API}/reprise/v1/visionnement/{vid}")
    b.header("x-appareil", b.id("roku_serial", where="header x-appareil"))
    b.view("json positionLecture / dureeVisionnee (fr-CA)")
    b.json(
        {
            "serie": show,
            "episode": vid,
            "positionLecture": c.rng.randint(30, dur),
            "dureeTotale": dur,
            "dureeVisionnee": c.rng.randint(30, dur),
            "horodatage": iso(c),
            "langue": "fr-CA",
        }
    )
    b.no_content()
    return b.build()


def continuer(c: Context) -> Flow:
    b = _roku(c, "GET", f"{API}/reprise/v1/continuer-a-regarder")
    b.view("response json aReprendre[] (continue watching, fr-CA)", direction="response")
    rows = []
    for _ in range(4):
        vid, show, dur = _ep(c)
        rows.append(
            {
                "serie": show,
                "episode": vid,
                "positionLecture": c.rng.randint(30, dur),
                "vuLe": iso(c),
            }
        )
    b.ok_json({"aReprendre": rows})
    return b.build()


def roku_numbered(c: Context) -> Flow:
    """The old Roku SDK beacon: protobuf, field 1 the RIDA, field 3 packed rows."""
    b = _roku(c, "POST", f"{API}/b/1")
    b.view("protobuf field 3 rows (episode, seconds)", detectable=False)
    rida = b.id("rida", "protobuf", "protobuf field 1", detectable=False)
    rows = b"".join(
        pb_bytes(
            3, pb_varint(1, c.rng.randint(10000, 99999)) + pb_varint(2, c.rng.randint(30, 1400))
        )
        for _ in range(2)
    )
    b.set_body(pb_bytes(1, rida) + pb_varint(2, ms(c)) + rows, "application/x-protobuf")
    b.respond(200, "application/x-protobuf", pb_varint(1, 1))
    return b.build()


def pixel_history(c: Context) -> Flow:
    b = FB(c, "otakuflix", "POST", f"{API}/v2/history")
    b.header("user-agent", android_ua("Otakuflix", "3.7.0"))
    b.header("x-android-id", b.id("aid_otaku", where="header x-android-id"))
    vid, show, dur = _ep(c)
    b.view("json watched[].progressSeconds")
    b.json(
        {
            "watched": [
                {
                    "episodeId": vid,
                    "series": show,
                    "progressSeconds": c.rng.randint(30, dur),
                    "fullyWatched": c.rng.random() < 0.3,
                    "at": iso(c),
                }
            ]
        }
    )
    b.no_content()
    return b.build()


def catalogue(c: Context) -> Flow:
    b = _roku(c, "GET", f"{API}/catalogue/v1/rails?locale=en-CA")
    b.decoy("catalogue rails with episode durations and 'most watched' (aggregate)")
    b.ok_json(
        {
            "rails": [
                {
                    "title": "Most watched this week",
                    "items": [
                        {"series": s, "episodes": c.rng.randint(12, 1100), "runtimeSec": 1440}
                        for s in SHOWS
                    ],
                }
            ]
        }
    )
    return b.build()


def manifest(c: Context) -> Flow:
    vid, _, _ = _ep(c)
    b = FB(c, "otakuflix-cdn", "GET", f"https://vod.otakuflix.example/{vid}/dash/manifest.mpd")
    b.header("user-agent", ROKU_UA)
    b.respond(
        200,
        "application/dash+xml",
        b'<?xml version="1.0"?><MPD mediaPresentationDuration="PT23M50S"></MPD>',
    )
    return b.build()


def simulcast(c: Context) -> Flow:
    b = _roku(c, "GET", f"{API}/catalogue/v1/simulcast?season=fall-2024")
    b.decoy("simulcast calendar: air times per show")
    b.ok_json(
        {
            "calendar": [
                {"series": s, "airsAt": iso(c), "dayOfWeek": c.rng.randint(0, 6)} for s in SHOWS
            ]
        }
    )
    return b.build()
