"""Tūī+: a commercial streaming service (Australian and NZ drama, sport, US series)
on Mere's iPhone and on the family's Android TV streaming stick.

The player reports progress to the service's own bookmarks API (`bookmark`,
`positionMs`) and to Mux Data (`video_id`, `video_title`, `player_playhead_time`,
`viewer_device_id`). The stick registers with its ANDROID_ID and serial number.
AppsFlyer (iOS SDK) carries the IDFA, the IDFV and its own `uid`. Continue
watching comes back in a response. Catalogue rails, "Because you watched"
recommendations, DRM licences and the 'Top 10 in Australia' list are not
viewing history. Some stick builds send progress AES-encrypted (opaque).
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import b64

from .phone import WB, ios_ua, iso, ms, rid

API = "https://api.tuiplus.example"
UA = ios_ua("TuiPlus", "24.11.2")
STICK_UA = "TuiPlus/24.11.2 (Linux; Android 12; Chromecast HD Build/STTE.240615.001)"
TITLES = [
    ("t-77120", "Bluey S3E12 Cricket"),
    ("t-80933", "Wentworth S4E2"),
    ("t-81240", "The Brokenwood Mysteries S9E1"),
    ("t-79002", "Fisk S2E5"),
    ("t-82311", "Mystery Road: Origin E3"),
]


def _b(c: Context, method: str, url: str, stick: bool = False) -> WB:
    b = WB(c, "tuiplus", method, url)
    b.header("user-agent", STICK_UA if stick else UA)
    b.header("x-profile", b.acct("stream_profile"))
    return b


def bookmark(c: Context) -> Flow:
    stick = c.rng.random() < 0.5
    tid, _title = c.rng.choice(TITLES)
    b = _b(c, "PUT", f"{API}/v4/bookmarks/{tid}", stick)
    b.view("path bookmarks/<title> + json positionMs")
    body = {"positionMs": c.rng.randint(0, 3_000_000), "state": "PLAYING", "updatedAt": iso(c)}
    if stick:
        body["deviceId"] = b.id("aid_stick", where="json deviceId")
    else:
        body["vendorId"] = b.id("idfv_stream", where="json vendorId")
    b.json(body)
    b.no_content()
    return b.build()


def mux(c: Context) -> Flow:
    tid, title = c.rng.choice(TITLES)
    b = WB(c, "mux", "POST", "https://k8hf2qd0e9a.litix.io")
    b.header("user-agent", UA)
    b.view("json events[] video_id + video_title + player_playhead_time")
    b.json(
        {
            "transmission_timestamp": ms(c),
            "events": [
                {
                    "e": c.rng.choice(["playing", "pause", "timeupdate", "ended"]),
                    "video_id": tid,
                    "video_title": title,
                    "player_playhead_time": c.rng.randint(0, 3_000_000),
                    "viewer_device_id": b.id("idfv_stream", where="json viewer_device_id"),
                    "view_id": rid(c.rng),
                    "player_software": "AVPlayer",
                }
            ],
        }
    )
    b.ok_json({})
    return b.build()


def continue_watching(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v4/rails/continue-watching")
    b.view("response json items[].progress", direction="response")
    b.ok_json(
        {
            "items": [
                {"id": tid, "title": t, "progress": round(c.rng.random(), 2), "lastWatched": iso(c)}
                for tid, t in c.rng.sample(TITLES, 3)
            ]
        }
    )
    return b.build()


def stick_progress_encrypted(c: Context) -> Flow:
    """Stick build 24.10: progress sealed with AES-GCM, base64 under `p`."""
    b = WB(c, "tuiplus", "POST", f"{API}/v4/s")
    b.header("user-agent", STICK_UA)
    b.view("json p = AES-GCM sealed progress (opaque)", detectable=False)
    b.json({"p": b64(bytes(c.rng.getrandbits(8) for _ in range(96))), "k": 7})
    b.no_content()
    return b.build()


def stick_register(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v4/devices", stick=True)
    b.json(
        {
            "deviceType": "ANDROID_TV",
            "androidId": b.id("aid_stick", where="json androidId"),
            "serialNumber": b.id("stick_serial", where="json serialNumber"),
            "model": "Chromecast HD",
            "nickname": "Lounge TV",
        }
    )
    b.ok_json({"registered": True, "deviceLimit": 4})
    return b.build()


def appsflyer(c: Context) -> Flow:
    b = WB(
        c,
        "appsflyer",
        "POST",
        "https://inapps.appsflyersdk.com/api/v6.15/iosevent?app_id=id1449922",
    )
    b.header("user-agent", UA)
    b.json(
        {
            "advertiserId": b.id("idfa", where="json advertiserId"),
            "vendorId": b.id("idfv_stream", where="json vendorId"),
            "uid": b.id("af_uid", where="json uid"),
            "eventName": c.rng.choice(["af_subscribe", "af_login", "af_content_view"]),
            "eventValue": '{"af_content_type":"series"}',
            "timestamp": str(ms(c)),
            "platformextension": "ios_native",
        }
    )
    b.ok_json({"status": "ok"})
    return b.build()


def catalogue(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v4/rails/home?region=AU")
    b.decoy("home rails incl. Top 10 in Australia (aggregate ranking), catalogue")
    b.ok_json(
        {
            "rails": [
                {"title": "Top 10 in Australia", "items": [t for t, _ in TITLES]},
                {"title": "Because you watched Wentworth", "items": [t for t, _ in TITLES[:3]]},
            ]
        }
    )
    return b.build()


def drm_licence(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v4/drm/fairplay")
    b.decoy("DRM licence request: content key fetch, opaque bytes")
    b.json({"spc": b64(bytes(c.rng.getrandbits(8) for _ in range(120))), "assetId": TITLES[0][0]})
    b.ok_json({"ckc": b64(bytes(c.rng.getrandbits(8) for _ in range(80)))})
    return b.build()


def thumbnail(c: Context) -> Flow:
    b = WB(c, "tuiplus-img", "GET", f"https://img.tuiplus.example/{new_hex(c.rng, 16)}/w640.jpg")
    b.header("user-agent", UA)
    b.respond(
        200, "image/jpeg", b"\xff\xd8\xff\xe0" + bytes(c.rng.getrandbits(8) for _ in range(200))
    )
    return b.build()
