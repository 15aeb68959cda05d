"""The family's Xiaomi TV box (Android TV, PatchWall-style launcher) seen through
the phone's remote / companion app and the box itself on the same network.

The launcher's content recognition reports which channel or programme was on
screen and for how long (fingerprint match results, in-house keys), syncs a
watch history and keeps a device record with the box's Wi-Fi MAC, serial and
its own ANDROID_ID. Xiaomi's OneTrack-style analytics (tracking.intl.miui.com)
carries an instance id and the ids in a header block. EPG, keypresses and the
app list carry no history.
"""

from __future__ import annotations

import base64
import hashlib

from tests.heldout.flowmodel import Context, Flow

from .phone import FB, iso, ms, rf, rid

ACR = "https://acr.mitvbox.example.com"
BOX = "https://api.mitvbox.example.com"
CHANNELS = ["Star Plus", "Zee Punjabi", "Colors Gujarati", "Asianet", "Udaya TV", "PTC Punjabi"]


def _b(c: Context, method: str, url: str, sdk: str = "mitvbox") -> FB:
    b = FB(c, sdk, method, url, http_version="HTTP/1.1")
    b.header("user-agent", "Dalvik/2.1.0 (Linux; U; Android 11; MiTV-AYFR0 Build/RTT2.220118.001)")
    return b


def acr_report(c: Context) -> Flow:
    b = _b(c, "POST", ACR + "/v2/match/report")
    b.view("json:matches[] (ACR)")
    b.json(
        {
            "box": b.id("aid_box", where="json:box", detectable=False),
            "matches": [
                {
                    "channel": c.rng.choice(CHANNELS),
                    "program": c.rng.choice(["Anupamaa", "Uppum Mulakum", "Jatt Brothers"]),
                    "fp_offset_ms": c.rng.randint(0, 10**6),
                    "on_screen_sec": c.rng.randint(20, 3600),
                    "at": iso(c),
                }
                for _ in range(c.rng.randint(1, 3))
            ],
            "input": "HDMI1",
        }
    )
    b.no_content()
    return b.build()


def acr_samay(c: Context) -> Flow:
    b = _b(c, "GET", ACR + "/p")
    b.params += [
        ("ch", c.rng.choice(CHANNELS)),
        ("dekha_samay", str(c.rng.randint(30, 4000))),
        ("mac", b.id("box_mac", "nosep", where="query:mac")),
    ]
    b.view("query:ch+dekha_samay")
    b.respond(204, None)
    return b.build()


def acr_opaque(c: Context) -> Flow:
    b = _b(c, "POST", ACR + "/v2/fp")
    b.view("body (audio fingerprint batch, opaque)", detectable=False)
    b.set_body(hashlib.shake_256(rid(c.rng).encode()).digest(512), "application/octet-stream")
    b.no_content()
    return b.build()


def watch_history(c: Context) -> Flow:
    b = _b(c, "POST", BOX + "/launcher/v1/history/sync")
    b.view("json:history")
    b.json(
        {
            "history": [
                {
                    "app": c.rng.choice(["in.chalchitra.ott", "com.google.android.youtube.tv"]),
                    "title": c.rng.choice(["Garba Nights S1E4", "Kayal Theerangal E9"]),
                    "watched_ms": c.rng.randint(60, 3000) * 1000,
                    "last": ms(c),
                }
                for _ in range(3)
            ],
            "sn": b.id("box_serial", where="json:sn"),
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def device_record(c: Context) -> Flow:
    b = _b(c, "POST", BOX + "/device/v1/checkin")
    b.json(
        {
            "serialNumber": b.id("box_serial", where="json:serialNumber"),
            "wifiMac": b.id("box_mac", where="json:wifiMac"),
            "androidId": b.id("aid_box", where="json:androidId"),
            "duid": c.phone.box_duid,
            "fw": "V13.0.2.0.TAYMIXM",
            "region": "IN",
        }
    )
    b.other_id("box_duid", "json:duid")
    b.ok_json({"registered": True})
    return b.build()


def onetrack(c: Context) -> Flow:
    b = _b(c, "POST", "https://tracking.intl.miui.com/track/v4", "xiaomi-onetrack")
    head = {
        "instance_id": c.phone.box_duid,
        "gaid": b.id("gaid", where="json:H.gaid"),
        "model": "MiTV-AYFR0",
        "region": "IN",
        "net": "WIFI",
    }
    b.other_id("box_duid", "json:H.instance_id")
    b.json(
        {"H": head, "B": [{"event": "app_start", "pkg": "com.mitv.tvhome", "ts": ms(c)}]},
        encoding="gzip",
    )
    b.ok_json({"code": 0})
    return b.build()


def box_opaque_ping(c: Context) -> Flow:
    b = _b(c, "GET", BOX + "/c")
    b.params.append(("z", b.id("box_mac", "md5", where="query:z", detectable=False)))
    b.respond(204, None)
    return b.build()


def epg(c: Context) -> Flow:
    b = _b(c, "GET", BOX + "/epg/v1/grid")
    b.params += [("date", iso(c)[:10]), ("region", c.rng.choice(["PB", "GJ", "KA", "KL"]))]
    b.decoy("programme guide with start times and durations")
    b.ok_json(
        {
            "grid": [
                {"ch": ch, "slots": [{"title": "News", "start": "20:00", "dur": 30}]}
                for ch in CHANNELS
            ]
        }
    )
    return b.build()


def keypress(c: Context) -> Flow:
    b = _b(c, "POST", BOX + "/remote/v1/key")
    b.decoy("remote-control keypress")
    b.json(
        {
            "key": c.rng.choice(["DPAD_UP", "DPAD_DOWN", "OK", "BACK", "VOL_UP"]),
            "seq": c.rng.randint(1, 999),
        }
    )
    b.no_content()
    return b.build()


def wallpaper(c: Context) -> Flow:
    b = _b(
        c,
        "GET",
        "https://cdn.mitvbox.example.com/wall/"
        + base64.b32encode(rid(c.rng).encode()[:10]).decode().lower()
        + ".jpg",
    )
    b.decoy("launcher wallpaper")
    b.respond(200, "image/jpeg", b"\xff\xd8\xff\xe0" + bytes(30) + b"\xff\xd9")
    b.header("x-rand", str(rf(c.rng, 0, 1)))
    return b.build()
