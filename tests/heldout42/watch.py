"""A kids' LTE smartwatch (Xplora-like; fictional backend `api.kiwiwatch-example.com`)
and its companion app on the kids' tablet: binding the watch (IMEI, serial,
Bluetooth MAC), watch check-ins, voice messages, locations and steps.

Key names are our own, in the mixed style of watch vendors' APIs (`imei`,
`sn`, `btMac`, `devSn`). Voice messages are ordinary chat audio (no speaker
recognition: decoys for biometric); location fixes and geofences are
coordinate lists; step counts are numeric series.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import b64, multipart

from .phone import FB, iso, ms, rf, tab_ua

API = "https://api.kiwiwatch-example.com"
UA = tab_ua("KiwiWatch", "4.8.1")


def _app(b: FB) -> None:
    b.header("user-agent", UA)
    b.header("x-user", b.acct("watch_user"))


def bind(c: Context) -> Flow:
    b = FB(c, "kiwi-watch", "POST", f"{API}/v3/watch/bind")
    _app(b)
    b.json(
        {
            "imei": b.id("watch_imei", where="body.imei"),
            "sn": b.id("watch_serial", where="body.sn"),
            "btMac": b.id("watch_btmac", where="body.btMac"),
            "phoneDeviceId": b.id("aid_watch", where="body.phoneDeviceId"),
            "relation": "Mama",
            "qr": "KW" + new_hex(c.rng, 10),
        }
    )
    b.ok_json({"watchId": new_hex(c.rng, 12), "bound": True})
    return b.build()


def checkin(c: Context) -> Flow:
    b = FB(c, "kiwi-watch-fw", "GET", f"{API}/w/v1/checkin", http_version="HTTP/1.1")
    b.params += [
        ("imei", b.id("watch_imei", where="query.imei")),
        ("bat", str(c.rng.randint(5, 100))),
        ("fw", "KW5_2.3.18"),
        ("t", str(ms(c))),
    ]
    b.header("user-agent", "KW5/2.3.18")
    b.ok_json({"cmd": [], "next": 300})
    return b.build()


def status(c: Context) -> Flow:
    b = FB(c, "kiwi-watch", "GET", f"{API}/v3/watch/{c.phone.watch_serial}/status")  # type: ignore[attr-defined]
    _app(b)
    b.id("watch_serial", where="path.watch/{devSn}", detectable=False)
    b.ok_json({"online": True, "battery": c.rng.randint(5, 100), "signal": c.rng.randint(1, 4)})
    return b.build()


def token_opaque(c: Context) -> Flow:
    b = FB(c, "kiwi-watch-fw", "POST", f"{API}/w/v1/t", http_version="HTTP/1.1")
    b.header("user-agent", "KW5/2.3.18")
    b.json(
        {
            "t": b.id("watch_serial", how="b64", where="body.t", detectable=False),
            "n": new_hex(c.rng, 8),
        }
    )
    b.ok_json({"ok": 1})
    return b.build()


def voice_message(c: Context) -> Flow:
    bd = "KiwiBoundary" + new_hex(c.rng, 10)
    b = FB(c, "kiwi-watch", "POST", f"{API}/v3/chat/voice")
    _app(b)
    amr = b"#!AMR\n" + bytes(c.rng.getrandbits(8) for _ in range(700))
    parts = [
        ("to", None, None, b"family-group"),
        ("durationSec", None, None, str(c.rng.randint(2, 15)).encode()),
        ("voice", "msg.amr", "audio/amr", amr),
    ]
    b.set_body(multipart(bd, parts), f"multipart/form-data; boundary={bd}")
    b.ok_json({"msgId": new_hex(c.rng, 16)})
    b.decoy("voice chat message audio (no speaker recognition)")
    return b.build()


def location(c: Context) -> Flow:
    b = FB(c, "kiwi-watch-fw", "POST", f"{API}/w/v1/loc", http_version="HTTP/1.1")
    b.header("user-agent", "KW5/2.3.18")
    b.header("x-imei", b.id("watch_imei", where="header.x-imei"))
    fixes = [
        {
            "lat": rf(c.rng, 48.1, 48.2, 6),
            "lng": rf(c.rng, 11.5, 11.6, 6),
            "acc": c.rng.randint(5, 60),
            "ts": ms(c) - i * 60000,
        }
        for i in range(6)
    ]
    b.json({"fixes": fixes, "src": "gps"})
    b.decoy("coordinate list (location fixes)")
    b.no_content()
    return b.build()


def geofence(c: Context) -> Flow:
    b = FB(c, "kiwi-watch", "PUT", f"{API}/v3/geofence")
    _app(b)
    poly = [[rf(c.rng, 47.36, 47.38, 6), rf(c.rng, 8.53, 8.55, 6)] for _ in range(8)]
    b.json({"name": "Schule", "polygon": poly, "notify": True})
    b.ok_json({"ok": True})
    b.decoy("geofence polygon")
    return b.build()


def steps(c: Context) -> Flow:
    b = FB(c, "kiwi-watch", "GET", f"{API}/v3/activity/steps")
    _app(b)
    b.param("date", iso(c)[:10])
    b.ok_json({"hourly": [c.rng.randint(0, 900) for _ in range(24)], "goal": 8000})
    b.decoy("numeric series (hourly steps)")
    return b.build()


def contacts(c: Context) -> Flow:
    b = FB(c, "kiwi-watch", "GET", f"{API}/v3/contacts")
    _app(b)
    b.ok_json(
        {
            "contacts": [
                {"name": n, "avatar": b64(new_hex(c.rng, 6))} for n in ("Mama", "Papa", "Oma")
            ]
        }
    )
    return b.build()
