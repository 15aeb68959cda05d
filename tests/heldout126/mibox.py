"""The Xiaomi Mi Box S in Pokhara: PatchWall launcher telemetry to Xiaomi's
tracking endpoint, an OTA check and the screensaver.

PatchWall's `content_play` events (what was played in which app, for how long)
are viewing history; the same launcher's encrypted batch is opaque. The box's
Wi-Fi MAC, serial and ANDROID_ID, and the mistat instance id, are device ids
of the household. Screensaver images and the OTA manifest are ordinary.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import b64, fake_jpeg, gz, jsb

from .phone import BOX_UA, FB, ms

TRACK = "https://tracking.intl.miui.com/track/v4"
SHOWS = [
    ("Lakdasuna TV", "හිරු එළිය"),
    ("Chalchitra", "जिरे खुर्सानी"),
    ("YouTube", "Nepal Idol S5"),
    ("Isai Malar", "வசீகரா"),
]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "xiaomi-tv", method, url)
    b.header("user-agent", BOX_UA)
    return b


def content_play(c: Context) -> Flow:
    app, title = c.rng.choice(SHOWS)
    b = _b(c, "POST", TRACK)
    b.view("json events[] content_play title + play_duration")
    inst = b.id("box_mistat", where="json common.instance_id (mistat)", detectable=True)
    aid = b.id("aid_box", where="json common.android_id")
    b.json(
        {
            "common": {
                "instance_id": inst,
                "android_id": aid,
                "device": "MIBOX4",
                "region": "NP",
                "launcher": "PatchWall 4.1",
            },
            "events": [
                {
                    "event": "content_play",
                    "app": app,
                    "content_title": title,
                    "play_duration": c.rng.randint(30, 5400),
                    "ts": ms(c),
                }
            ],
        }
    )
    b.ok_json({"code": 0})
    return b.build()


def sealed_batch(c: Context) -> Flow:
    b = _b(c, "POST", f"{TRACK}/e")
    b.view("form d (gzip + base64 launcher batch with plays)", detectable=False)
    aid = b.id("aid_box", where="form a (ANDROID_ID)", detectable=False)
    rows = [[t, c.rng.randint(30, 3000), ms(c)] for _a, t in SHOWS[:2]]
    b.form([("a", aid), ("d", b64(gz(jsb(rows)))), ("v", "4")])
    b.ok_json({"code": 0})
    return b.build()


def ota_check(c: Context) -> Flow:
    b = _b(c, "POST", "https://update.intl.miui.com/updates/v1/tv/check")
    sn = b.id("box_serial", where="json sn")
    mac = b.id("box_mac", how="md5", where="json mac_md5 (md5 of Wi-Fi MAC)")
    b.json({"sn": sn, "mac_md5": mac, "model": "MIBOX4", "rom": "PI.2231", "region": "NP"})
    b.decoy("OTA build fingerprint hash")
    b.ok_json({"latest": False, "build_hash": new_hex(c.rng, 40)})
    return b.build()


def screensaver(c: Context) -> Flow:
    b = _b(c, "GET", f"https://cdn.intl.miui.com/tv/ss/{new_hex(c.rng, 16)}.jpg")
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 600))
    return b.build()
