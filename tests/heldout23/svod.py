"""Marquee+: a subscription video app on the Fire TV, built like Netflix's.

Netflix identifies a device by its ESN (electronic serial number, built from
the model and a per-device part) and wraps its play and log traffic in MSL
(Message Security Layer, github.com/Netflix/msl: `headerdata` / `payload`
base64, encrypted, with `signature`); its cadmium client posts `logblob`s and
play `events` (`movieId`/`xid`/`position`). Marquee+ does the same with its own
names: clear keep-alive events and bookmark syncs, MSL-wrapped log blobs (only
the ESN shows, in the query), a device registration that sends the Fire TV's
DSN, ANDROID_ID and Wi-Fi MAC.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_digits, new_hex
from tests.heldout.wire import b64, fake_jpeg, fake_mp4

from .phone import FB, fire_ua, iso, ms, rid

API = "https://api.marqueeplus.com"
TITLES = ["81234567", "80192837", "81559012", "70143836", "81001122"]


def _ua() -> str:
    return fire_ua("MarqueePlus/9.4.2 (firetv)")


def device_register(c: Context) -> Flow:
    b = FB(c, "marquee", "POST", f"{API}/device/v2/register")
    variant = c.rng.randint(0, 2)
    body: dict[str, object] = {
        "esn": b.id("svod_esn", where="body:esn"),
        "manufacturer": "Amazon",
        "model": "AFTKRT",
        "androidId": b.id("aid_svod", where="body:androidId"),
    }
    if variant == 0:
        body["dsn"] = b.id("fire_dsn", where="body:dsn")
    elif variant == 1:
        body["hashedSerial"] = b.id("fire_dsn", "sha256", where="body:hashedSerial")
        body["wifiMac"] = b.id("fire_mac", where="body:wifiMac")
    else:
        body["deviceSerialNumber"] = b.id("fire_dsn", where="body:deviceSerialNumber")
    b.header("user-agent", _ua())
    b.json(body)
    b.ok_json({"deviceToken": new_hex(c.rng, 48), "profileGate": True})
    return b.build()


def keep_alive(c: Context) -> Flow:
    b = FB(c, "marquee", "POST", f"{API}/playapi/events")
    pos = c.rng.randint(1000, 5_400_000)
    b.view("body:movieId+position+event")
    body = {
        "event": c.rng.choice(["keepAlive", "keepAlive", "pause", "resume", "stop"]),
        "movieId": int(c.rng.choice(TITLES)),
        "xid": new_digits(c.rng, 19, "1"),
        "position": pos,
        "sessionStartTime": ms(c) - pos - 4000,
        "playTimes": {
            "total": pos,
            "video": [{"downloadableId": new_digits(c.rng, 9), "duration": pos}],
        },
        "esn": b.id("svod_esn", where="body:esn"),
        "profileGuid": b.acct("svod_profile"),
    }
    b.header("user-agent", _ua())
    b.json(body)
    b.ok_json({"result": "ok"})
    return b.build()


def bookmarks(c: Context) -> Flow:
    b = FB(c, "marquee", "POST", f"{API}/bookmarks/v1/sync")
    b.view("body:bookmarks[].videoId+bookmarkSec+watchedDate")
    marks = [
        {"videoId": t, "bookmarkSec": c.rng.randint(0, 5200), "watchedDate": iso(c)}
        for t in c.rng.sample(TITLES, c.rng.randint(1, 3))
    ]
    b.header("user-agent", _ua())
    b.json({"profileGuid": b.acct("svod_profile"), "bookmarks": marks}, encoding="gzip")
    b.ok_json({"synced": len(marks)})
    return b.build()


def msl_logblob(c: Context) -> Flow:
    """MSL-wrapped log blob: encrypted, so only the ESN in the query says anything."""
    b = FB(c, "marquee", "POST", f"{API}/msl/playapi/cadmium/logblob/1")
    b.param("reqAttempt", "1")
    b.param("reqName", "logblob")
    b.param("esn", b.id("svod_esn", where="query:esn"))
    b.view("body:MSL payload (encrypted)", detectable=False)
    noise = c.rng.randbytes(180)
    header = b64(c.rng.randbytes(120))
    text = (
        '{"headerdata":"' + header + '","signature":"' + b64(c.rng.randbytes(32)) + '"}'
        '{"payload":"' + b64(noise) + '","signature":"' + b64(c.rng.randbytes(32)) + '"}'
    )
    b.header("user-agent", _ua())
    b.set_body(text.encode(), "text/plain")
    b.respond(
        200, "application/json", b'{"headerdata":"' + b64(c.rng.randbytes(60)).encode() + b'"}'
    )
    return b.build()


def lolomo(c: Context) -> Flow:
    b = FB(c, "marquee", "GET", f"{API}/api/pathEvaluator")
    b.param("path", '["lolomo",{"from":0,"to":10},{"from":0,"to":6},"title"]')
    b.param("requestId", rid(c.rng))
    b.decoy("catalogue rows (what is offered, not what was watched)")
    rows = [{"listId": rid(c.rng), "videos": c.rng.sample(TITLES, 3)} for _ in range(3)]
    b.ok_json({"jsonGraph": {"lolomos": rows}})
    return b.build()


def artwork(c: Context) -> Flow:
    b = FB(c, "marquee", "GET", f"https://art.marqueeplus.net/boxart/{new_hex(c.rng, 20)}.jpg")
    b.decoy("box art fetch")
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.randint(0, 10**6), 700))
    return b.build()


def trailer_segment(c: Context) -> Flow:
    b = FB(c, "marquee", "GET", f"https://cdn.marqueeplus.net/range/{new_hex(c.rng, 16)}/v4.mp4")
    b.param("o", "AQ" + new_hex(c.rng, 30))
    b.header("range", f"bytes=0-{c.rng.randint(60000, 90000)}")
    b.decoy("trailer video bytes (a fetch, not history)")
    b.respond(206, "video/mp4", fake_mp4(c.rng.randint(0, 10**6), 900))
    return b.build()
