"""Sahel Vision (fictional) smart TV on the same Wi-Fi, seen by the same proxy.
Its firmware does automatic content recognition: video / audio fingerprint
queries every few seconds, matched-programme reports (channel, programme, start,
end: what a viewing-measurement panel records), a daily viewing digest, and a
binary ACR upload (opaque). Every call names the set by DUID, Wi-Fi MAC or
serial. Decoys: programme guide, app store, firmware check, screensaver art,
remote keypresses. In-house only; the shape follows what TV makers describe in
their "viewing information services" notices (channel, programme, time watched).
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import fake_jpeg

from .phone import FB, iso, ms, rid

ACR = "https://acr.sahelvision.tv"
CHANNELS = ["NTA Network", "Arewa24", "EBS TV", "Channels TV", "Africa Magic Hausa", "Fana TV"]
SHOWS = ["Labarina", "Kwana Casa'in", "Sunday Live", "News at 9", "Dadin Kowa", "Seifu on EBS"]
UA = "SahelVisionTV/2.4 (Linux; VIDAA-like; model 43A4K)"


def _b(c: Context, method: str, url: str, params: list[tuple[str, str]] | None = None) -> FB:
    b = FB(c, "tv", method, url, params, http_version="HTTP/1.1")
    b.header("user-agent", UA)
    return b


def acr_query(c: Context) -> Flow:
    b = _b(c, "POST", f"{ACR}/v1/match")
    b.header("x-tv-duid", b.id("tv_duid", where="header.x-tv-duid"))
    b.json(
        {
            "acr": {
                "video_fp": [c.rng.getrandbits(32) for _ in range(16)],
                "audio_fp": [c.rng.getrandbits(32) for _ in range(8)],
                "captured_at": ms(c),
            },
            "input": c.rng.choice(["HDMI1", "TUNER"]),
        }
    )
    b.view("body.acr (content fingerprints)")
    b.ok_json({"match": {"channel": c.rng.choice(CHANNELS), "conf": 0.93}})
    return b.build()


def acr_report(c: Context) -> Flow:
    b = _b(c, "POST", f"{ACR}/v1/viewing")
    b.json(
        {
            "mac": b.id("tv_mac", where="body.mac"),
            "viewing": [
                {
                    "channel": c.rng.choice(CHANNELS),
                    "programme": c.rng.choice(SHOWS),
                    "start": iso(c),
                    "seconds_watched": c.rng.randint(60, 3600),
                }
                for _ in range(c.rng.randint(1, 3))
            ],
        }
    )
    b.view("body.viewing[]")
    b.no_content()
    return b.build()


def daily_digest(c: Context) -> Flow:
    b = _b(c, "POST", f"{ACR}/v1/digest")
    b.param("sn", b.id("tv_serial", where="query.sn"))
    b.json(
        {
            "date": iso(c)[:10],
            "minutes_by_channel": {ch: c.rng.randint(0, 240) for ch in c.rng.sample(CHANNELS, 3)},
            "top_programmes": c.rng.sample(SHOWS, 2),
        },
        encoding="gzip",
    )
    b.view("body.minutes_by_channel+top_programmes")
    b.no_content()
    return b.build()


def acr_binary(c: Context) -> Flow:
    b = _b(c, "POST", f"{ACR}/v2/u")
    b.header("x-tv-duid", b.id("tv_duid", where="header.x-tv-duid"))
    b.set_body(bytes(c.rng.getrandbits(8) for _ in range(360)), "application/octet-stream")
    b.view("body (binary ACR batch)", detectable=False)
    b.no_content()
    return b.build()


def tv_status(c: Context) -> Flow:
    b = _b(c, "GET", "https://api.sahelvision.tv/v1/device/status")
    b.param("duid", b.id("tv_duid", where="query.duid"))
    b.param("serialNumber", b.id("tv_serial", where="query.serialNumber"))
    b.param("wifiMac", b.id("tv_mac", how="nosep", where="query.wifiMac"))
    b.ok_json({"fw": "V0000.05.12A.N0412", "account": b.acct("tv_account")[:6] + "…"})
    return b.build()


def epg(c: Context) -> Flow:
    b = _b(
        c, "GET", "https://api.sahelvision.tv/v1/epg", [("region", "NG-KN"), ("day", iso(c)[:10])]
    )
    rows = [{"channel": ch, "title": c.rng.choice(SHOWS), "start": iso(c)} for ch in CHANNELS]
    b.ok_json({"schedule": rows})
    b.decoy("programme guide (what is on, not what was watched)")
    return b.build()


def app_store(c: Context) -> Flow:
    b = _b(c, "GET", "https://store.sahelvision.tv/v1/apps", [("cat", "video")])
    b.ok_json({"apps": [{"pkg": f"tv.app{i}", "rating": 4.1} for i in range(6)]})
    b.decoy("TV app store listing")
    return b.build()


def firmware(c: Context) -> Flow:
    b = _b(c, "GET", "https://ota.sahelvision.tv/check", [("model", "43A4K"), ("ver", "05.12A")])
    b.ok_json({"update": False, "sha256": new_hex(c.rng, 64)})
    b.decoy("firmware check with a file hash")
    return b.build()


def screensaver(c: Context) -> Flow:
    b = _b(c, "GET", f"https://cdn.sahelvision.tv/art/{new_hex(c.rng, 10)}.jpg")
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.getrandbits(32), 600))
    b.decoy("screensaver artwork")
    return b.build()


def keypress(c: Context) -> Flow:
    b = _b(c, "POST", "https://api.sahelvision.tv/v1/rc/log")
    b.json(
        {"keys": [c.rng.choice(["UP", "OK", "VOL+", "HOME"]) for _ in range(5)], "req": rid(c.rng)}
    )
    b.no_content()
    b.decoy("remote-control key log")
    return b.build()


def heartbeat(c: Context) -> Flow:
    b = _b(c, "GET", "https://api.sahelvision.tv/v1/devices/{sn}/heartbeat")
    serial = b.id("tv_serial", where="path./devices/{sn}/")
    b.base = f"https://api.sahelvision.tv/v1/devices/{serial}/heartbeat"
    b.param("uptime", str(c.rng.randint(60, 90000)))
    b.no_content()
    return b.build()
