"""Tumbletoons: a kids' cartoon streaming app on the phone and on an Amazon Fire TV
stick, built on a Kaltura OTT player, with the kids' ad network Kidoz and
Kochava attribution.

- Kaltura player analytics (KAVA): GET analytics.kaltura.com/api_v3/index.php?
  service=analytics&action=trackEvent with eventType (3 play, 11-14 quartiles,
  99 view every 10 s), partnerId, entryId, sessionId, eventIndex, position,
  playTimeSum (github.com/kaltura/playkit-js-kava, docs "KAVA events").
- Kaltura playManifest URLs: /p/{partnerId}/sp/{partnerId}00/playManifest/entryId/
  {entryId}/format/applehttp/protocol/https/a.m3u8 (fetching, not a report).
- Kidoz: sdk-api.kidoz.net/api/initSDK (query device_hash, google_id) and
  analytics.kidoz.net/parents/KidozRestMobile.php (form KidozEventsLogAsJson with
  DeviceParams.DeviceHash) (TrackHAR src/adapters/kidoz.ts).
- Fire OS: apps read the Amazon advertising id from Settings.Secure
  "advertising_id" (developer.amazon.com, "Advertising ID"); Fire TV's Wi-Fi
  connectivity check fetches spectrum.s3.amazonaws.com/kindle-wifi/wifistub.txt.
"""

from __future__ import annotations

import random
from datetime import UTC, datetime
from urllib.parse import urlencode

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex, new_uuid
from tests.heldout.wire import fake_jpeg, js, jsb

from . import sdks
from .phone import FB, okhttp, ua

API = "https://api.tumbletoons.example"
PARTNER = "2503451"
SERIES = ["Pip & Pebble", "Rocket Otters", "Moonbeam Farm", "Dino Dig Crew", "The Busy Buses"]


def episode(rng: random.Random) -> dict[str, object]:
    alnum = "abcdefghijklmnopqrstuvwxyz0123456789"
    return {
        "entry_id": "1_" + "".join(rng.choice(alnum) for _ in range(8)),
        "series": rng.choice(SERIES),
        "ep": rng.randint(1, 52),
        "duration": rng.randint(420, 1320),
    }


def _ua(tv: bool) -> str:
    return ua("Tumbletoons", "3.8.1", tv=tv)


def _iso(t: float) -> str:
    return datetime.fromtimestamp(t, UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def register_tv(ctx: Context) -> Flow:
    b = FB(ctx, "toons:register", "POST", f"{API}/v2/devices", http_version="HTTP/1.1")
    b.header("user-agent", _ua(True))
    b.json(
        {
            "platform": "firetv",
            "model": "AFTKA",
            "os": "Fire OS 7.6.6.9",
            "serial": b.id("firetv_serial", where="body.serial"),
            "wifi_mac": b.id("firetv_mac", where="body.wifi_mac"),
            "android_id": b.id("aid_firetv", where="body.android_id"),
            "household": ctx.phone.toons_household,
        }
    )  # type: ignore[attr-defined]
    dev = b.id("toons_device_id", where="response.device_id", direction="response")
    b.ok_json({"device_id": dev, "token": new_hex(ctx.rng, 40)}, 201)
    return b.build()


def register_phone(ctx: Context) -> Flow:
    b = FB(ctx, "toons:register", "POST", f"{API}/v2/devices")
    b.header("user-agent", _ua(False))
    b.json(
        {
            "platform": "android",
            "model": "SM-A546B",
            "android_id_sha1": b.id("aid_toons", "sha1", where="body.android_id_sha1"),
            "household": ctx.phone.toons_household,
        }
    )  # type: ignore[attr-defined]
    b.ok_json({"device_id": "ttd-" + new_hex(ctx.rng, 20), "token": new_hex(ctx.rng, 40)}, 201)
    return b.build()


def authorize(ctx: Context, ep: dict[str, object], tv: bool) -> Flow:
    """Playback authorisation: the TV's device id travels in a header."""
    b = FB(
        ctx,
        "toons:play",
        "POST",
        f"{API}/v2/playback/authorize",
        http_version="HTTP/1.1" if tv else "HTTP/2.0",
    )
    b.header("user-agent", _ua(tv))
    if tv:
        b.header("x-tt-device-id", b.id("toons_device_id", where="header:x-tt-device-id"))
    b.json({"entry_id": ep["entry_id"], "profile": "kid_1", "drm": "widevine"})
    b.ok_json({"ks": new_hex(ctx.rng, 64), "expires": int(ctx.now) + 600})
    return b.build()


def manifest(ctx: Context, ep: dict[str, object], tv: bool) -> Flow:
    url = (
        f"https://cdnapisec.kaltura.com/p/{PARTNER}/sp/{PARTNER}00/playManifest/entryId/{ep['entry_id']}"
        "/format/applehttp/protocol/https/a.m3u8"
    )
    b = FB(ctx, "kaltura:manifest", "GET", url, [("ks", new_hex(ctx.rng, 48))])
    b.header(
        "user-agent", "ExoPlayerLib/2.19.1" if not tv else "KalturaPlayer/4.28 ExoPlayerLib/2.19.1"
    )
    text = "#EXTM3U\n#EXT-X-STREAM-INF:BANDWIDTH=1200000,RESOLUTION=1280x720\nindex-v1-a1.m3u8\n"
    b.respond(200, "application/vnd.apple.mpegurl", text.encode())
    b.decoy("video manifest for an entry id")
    return b.build()


def segment(ctx: Context, ep: dict[str, object]) -> Flow:
    n = ctx.rng.randint(1, 120)
    url = f"https://cfvod.kaltura.com/scf/hls/p/{PARTNER}/sp/{PARTNER}00/serveFlavor/entryId/{ep['entry_id']}/v/1/ev/3/flavorId/1_{new_hex(ctx.rng, 8)}/name/a.mp4/seg-{n}-v1-a1.ts"  # noqa: E501
    b = FB(ctx, "kaltura:segment", "GET", url)
    b.header("user-agent", "ExoPlayerLib/2.19.1")
    b.respond(200, "video/mp2t", b"G@\x11\x10" + new_hex(ctx.rng, 300).encode())
    return b.build()


def kava(
    ctx: Context, ep: dict[str, object], event: int, index: int, position: float, tv: bool
) -> Flow:
    b = FB(ctx, "kaltura:kava", "GET", "https://analytics.kaltura.com/api_v3/index.php")
    b.header("user-agent", _ua(tv))
    b.params += [
        ("service", "analytics"),
        ("action", "trackEvent"),
        ("eventType", str(event)),
        ("partnerId", PARTNER),
        ("entryId", str(ep["entry_id"])),
        ("flavourId", "1_" + new_hex(ctx.rng, 8)),
        ("sessionId", new_uuid(ctx.rng)),
        ("eventIndex", str(index)),
        ("bufferTime", "0.000"),
        ("actualBitrate", str(ctx.rng.choice([800, 1200, 2400]))),
        ("playTimeSum", f"{position * 0.97:.3f}"),
        ("position", f"{position:.3f}"),
        ("deliveryType", "hls"),
        ("playbackType", "vod"),
        ("sessionStartTime", str(int(ctx.now) - int(position))),
        ("clientVer", "4.28.0"),
        ("clientTag", "kalturaPlayerAndroid-4.28.0"),
        ("application", "tv.tumbletoons.app"),
    ]
    b.mark("viewing_history", "kava_view", "query:eventType,entryId,position,playTimeSum", True)
    b.ok_json({"time": ctx.now, "viewEventsEnabled": True})
    return b.build()


def history_sync(ctx: Context, watched: list[dict[str, object]]) -> Flow:
    b = FB(ctx, "toons:history", "POST", f"{API}/v2/profiles/kid_1/history")
    b.header("user-agent", _ua(False))
    items = [
        {
            "episode_id": e["entry_id"],
            "series": e["series"],
            "watched_seconds": ctx.rng.randint(60, int(e["duration"])),  # type: ignore[arg-type]
            "duration": e["duration"],
            "completed": ctx.rng.random() < 0.4,
            "last_watched_at": _iso(ctx.now - ctx.rng.randint(60, 86400)),
        }
        for e in watched
    ]
    b.json({"items": items}, "deflate")
    b.mark(
        "viewing_history",
        "watch_history_list",
        "body.items[]{episode_id,watched_seconds,last_watched_at}",
        True,
    )
    b.ok_json({"synced": len(items)})
    return b.build()


def continue_watching(ctx: Context, watched: list[dict[str, object]], tv: bool) -> Flow:
    b = FB(ctx, "toons:continue", "GET", f"{API}/v2/profiles/kid_1/continue-watching")
    b.header("user-agent", _ua(tv))
    rows = [
        {
            "entry_id": e["entry_id"],
            "title": f"{e['series']} - Episode {e['ep']}",
            "position_sec": ctx.rng.randint(30, int(e["duration"]) - 10),
            "duration_sec": e["duration"],  # type: ignore[arg-type]
            "watched_at": _iso(ctx.now - ctx.rng.randint(600, 200000)),
        }
        for e in watched
    ]
    b.ok_json({"rows": rows})
    b.mark(
        "viewing_history",
        "continue_watching",
        "response.rows[]{entry_id,position_sec,watched_at}",
        True,
        "response",
    )
    return b.build()


def entitlements(ctx: Context) -> Flow:
    """The TV asks what the household may watch: its device id is a path segment."""
    dev = ""
    b = FB(ctx, "toons:entitlements", "GET", "", http_version="HTTP/1.1")
    dev = b.id("toons_device_id", where="path:/devices/{device_id}/entitlements")
    b.base = f"{API}/v2/devices/{dev}/entitlements"
    b.header("user-agent", _ua(True))
    b.ok_json({"tiers": ["kids_plus"], "max_streams": 2, "request_id": new_uuid(ctx.rng)})
    return b.build()


def beacon_opaque(ctx: Context, ep: dict[str, object]) -> Flow:
    b = FB(ctx, "toons:b", "GET", "https://b.tumbletoons.example/b")
    b.header("user-agent", _ua(True))
    b.params += [
        ("c", str(ep["entry_id"])),
        ("t", str(ctx.rng.randint(10, 900))),
        ("s", "1"),
        ("h", ctx.phone.toons_household),
    ]  # type: ignore[attr-defined]
    b.mark("viewing_history", "opaque_beacon", "query:c,t", False)
    b.respond(204, None)
    return b.build()


def heartbeat_opaque(ctx: Context) -> Flow:
    b = FB(ctx, "toons:hb", "POST", "https://b.tumbletoons.example/hb", http_version="HTTP/1.1")
    b.header("user-agent", _ua(True))
    b.json(
        {
            "z": b.id("firetv_serial", "b64", where="body.z (base64 serial)", detectable=False),
            "q": 1,
        }
    )
    b.respond(204, None)
    return b.build()


def kidoz_init(ctx: Context) -> Flow:
    b = FB(ctx, "kidoz", "GET", "https://sdk-api.kidoz.net/api/initSDK")
    b.header("user-agent", okhttp())
    b.params += [
        ("publisher_id", "14932"),
        ("security_token", new_hex(ctx.rng, 32)),
        ("device_hash", b.id("kidoz_device_hash", where="query:device_hash")),
        ("google_id", b.id("gaid", where="query:google_id", detectable=False)),
        ("package_id", "tv.tumbletoons.app"),
        ("app_version_code", "381"),
        ("app_version_name", "3.8.1"),
        ("sdk_version", "9.1.2"),
        ("actual_sdk_version", "9.1.2"),
        ("os_type", "android"),
        ("os_version", "14"),
        ("device_lang", "en"),
        ("manufacturer", "samsung"),
        ("model", "SM-A546B"),
        ("network_type", "WIFI"),
    ]
    b.ok_json({"status": True, "data": {"style_id": 2, "config": {"interstitial": True}}})
    return b.build()


def kidoz_events(ctx: Context) -> Flow:
    b = FB(ctx, "kidoz", "POST", "https://analytics.kidoz.net/parents/KidozRestMobile.php")
    b.header("user-agent", okhttp())
    log = {
        "DeviceParams": {
            "DeviceHash": b.id(
                "kidoz_device_hash", where="form:KidozEventsLogAsJson.DeviceParams.DeviceHash"
            ),
            "PackageID": "tv.tumbletoons.app",
            "AppVersion": "3.8.1",
            "DeviceBrand": "samsung",
            "DeviceModel": "SM-A546B",
            "OsType": "android",
            "OsVersion": "14",
            "DeviceLang": "en",
            "TimeZone": "Europe/Berlin",
            "SdkVersion": "9.1.2",
            "ScreenW": 1080,
            "ScreenH": 2340,
        },
        "Entries": [
            {
                "EventName": "Interstitial Impression",
                "EventParams": {"SdkVersion": "9.1.2"},
                "TimeStamp": int(ctx.now),
            }
        ],
    }
    b.set_body(
        urlencode(
            [("methodName", "SendKidozEventsToServer"), ("KidozEventsLogAsJson", js(log))]
        ).encode(),
        "application/x-www-form-urlencoded",
    )
    b.ok_json({"status": True})
    return b.build()


def kochava(ctx: Context, tv: bool) -> Flow:
    return sdks.kochava_init(ctx, "kotumbletoons-3f2a1", tv)


# --- ordinary traffic -----------------------------------------------------------


def catalog(ctx: Context, tv: bool) -> Flow:
    b = FB(ctx, "toons:catalog", "GET", f"{API}/v2/home", [("profile", "kid_1"), ("age", "4-6")])
    b.header("user-agent", _ua(tv))
    rows = [
        {"title": s, "items": [episode(ctx.rng) for _ in range(6)]}
        for s in ctx.rng.sample(SERIES, 3)
    ]
    b.respond(200, "application/json", jsb({"rows": rows, "request_id": new_uuid(ctx.rng)}), "gzip")
    b.decoy("catalog with entry ids and durations")
    return b.build()


def artwork(ctx: Context) -> Flow:
    b = FB(
        ctx,
        "kaltura:thumb",
        "GET",
        f"https://cfvod.kaltura.com/p/{PARTNER}/sp/{PARTNER}00/thumbnail/entry_id/1_{new_hex(ctx.rng, 8)}/width/480/height/270",  # noqa: E501
    )
    b.header("user-agent", okhttp())
    b.respond(200, "image/jpeg", fake_jpeg(ctx.rng.getrandbits(24), 500))
    return b.build()


def subtitles(ctx: Context, ep: dict[str, object]) -> Flow:
    b = FB(
        ctx,
        "kaltura:captions",
        "GET",
        f"https://cdnapisec.kaltura.com/api_v3/index.php/service/caption_captionasset/action/serve/captionAssetId/1_{new_hex(ctx.rng, 8)}",  # noqa: E501
    )
    b.header("user-agent", "ExoPlayerLib/2.19.1")
    b.respond(
        200, "text/vtt", b"WEBVTT\n\n00:00:01.000 --> 00:00:03.000\nLook, Pebble! A rocket!\n"
    )
    return b.build()


def parental_pin(ctx: Context) -> Flow:
    b = FB(ctx, "toons:parental", "POST", f"{API}/v2/household/pin/verify")
    b.header("user-agent", _ua(False))
    b.json({"pin_hash": new_hex(ctx.rng, 64), "attempt": 1})
    b.ok_json({"ok": True, "unlock_until": int(ctx.now) + 900})
    return b.build()


def search(ctx: Context) -> Flow:
    b = FB(
        ctx,
        "toons:search",
        "GET",
        f"{API}/v2/search",
        [("q", ctx.rng.choice(["dino", "bus", "otter", "moon"])), ("profile", "kid_1")],
    )
    b.header("user-agent", _ua(True))
    b.ok_json({"results": [episode(ctx.rng) for _ in range(4)]})
    return b.build()


def wifistub(ctx: Context) -> Flow:
    b = FB(
        ctx,
        "fireos:connectivity",
        "GET",
        "http://spectrum.s3.amazonaws.com/kindle-wifi/wifistub.txt",
        http_version="HTTP/1.1",
    )
    b.header("user-agent", "Dalvik/2.1.0 (Linux; U; Android 9; AFTKA Build/PS7633.3445N)")
    b.respond(200, "text/plain", b"81ce4465-7167-4dcb-835b-dcc9e44c112a")
    return b.build()


def app_config(ctx: Context) -> Flow:
    b = FB(ctx, "toons:config", "GET", f"{API}/v2/config", [("platform", "firetv"), ("v", "3.8.1")])
    b.header("user-agent", _ua(True))
    b.ok_json(
        {
            "ab": {"autoplay_next": "on", "bucket_id": ctx.rng.randint(0, 99)},
            "trace": new_hex(ctx.rng, 32),
        }
    )
    return b.build()
