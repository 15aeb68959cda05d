"""The living room: a TV channel's live app (Huawei phone), the smart TV's ACR
and the telco's IPTV set-top box.

Live tuning logs (which channel, when, for how long) are viewing history. The
smart TV's ACR client sends content fingerprint matches with the TV's serial and
MAC. The set-top box is rented from the telco: its MAC/serial are the telco's
equipment ids (decoys), while the channel-zapping log it uploads is still the
household's viewing. An EPG grid and a public "now playing" banner are content.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex

from .phone import FB, iso, ms, ua

LIVE = "https://live.nilechannel.example"
ACR = "https://acr.smarttv-vendor.example"
IPTV = "https://iptv.misrtel.example"
UA = ua("NileLive", "2.3.1")
CHANNELS = ["nile-drama", "nile-sport", "nile-news", "cbc-egypt", "mbc-masr"]


def live_tuning(c: Context) -> Flow:
    b = FB(c, "nilelive", "POST", f"{LIVE}/api/tuning")
    b.header("user-agent", UA)
    b.view("json القناة + مدة_المشاهدة (live channel tuning log)")
    b.json(
        {
            "معرف_الجهاز": b.id("aid_live", where="json معرف_الجهاز (device id in Arabic)"),
            "القناة": c.rng.choice(CHANNELS),
            "بداية": iso(c),
            "مدة_المشاهدة": c.rng.randint(60, 5400),
        }
    )
    b.no_content()
    return b.build()


def live_now(c: Context) -> Flow:
    b = FB(c, "nilelive", "GET", f"{LIVE}/api/now?ch={c.rng.choice(CHANNELS)}")
    b.header("user-agent", UA)
    b.decoy("now-playing banner of a channel (public schedule)")
    b.ok_json(
        {"program": "مساء الخير يا مصر", "start": iso(c), "viewers_now": c.rng.randint(900, 90000)}
    )
    return b.build()


def acr_report(c: Context) -> Flow:
    b = FB(c, "tv-acr", "POST", f"{ACR}/v2/acr/matches")
    b.header("user-agent", "SmartTV-ACR/5.1 (Tizen 7.0)")
    b.view("json matches[].contentId + offsetMs (smart-TV ACR)")
    b.json(
        {
            "deviceSerial": b.id("tv_serial", where="json deviceSerial"),
            "wifiMac": b.id("tv_mac", where="json wifiMac"),
            "matches": [
                {
                    "contentId": f"EG-{c.rng.randint(10**5, 10**6)}",
                    "offsetMs": c.rng.randint(0, 3_600_000),
                    "ts": ms(c),
                }
                for _ in range(c.rng.randint(1, 3))
            ],
        }
    )
    b.no_content()
    return b.build()


def acr_opaque(c: Context) -> Flow:
    """Audio fingerprints in hex under `f`, keyed by a SHA-256 of the TV's MAC under `h`."""
    b = FB(c, "tv-acr", "POST", f"{ACR}/fp")
    b.header("user-agent", "SmartTV-ACR/5.1 (Tizen 7.0)")
    b.view("form f = audio fingerprint hashes (what is on screen)", detectable=False)
    h = b.id("tv_mac", "sha256", "form h = sha256(TV MAC)", detectable=False)
    b.form([("h", h), ("f", new_hex(c.rng, 96)), ("t", str(ms(c)))])
    b.no_content()
    return b.build()


def tv_heartbeat(c: Context) -> Flow:
    b = FB(c, "tv-acr", "GET", f"{ACR}/v2/config?serial={c.phone.tv_serial}")
    b.id("tv_serial", where="query serial")
    b.header("user-agent", "SmartTV-ACR/5.1 (Tizen 7.0)")
    b.ok_json({"acr": True, "intervalSec": 30})
    return b.build()


def stb_zapping(c: Context) -> Flow:
    b = FB(c, "iptv-stb", "POST", f"{IPTV}/stb/v1/zapping")
    b.header("user-agent", "MisrTelSTB/10.2 (Android TV 9; ZX4K)")
    b.view("json zapping[].channel + watchedSec (household's channel log)")
    b.decoy("stbMac / stbSerial: the telco's rented set-top box (ownership rental)")
    b.json(
        {
            "stbMac": c.phone.stb_mac,
            "stbSerial": c.phone.stb_serial,
            "ownership": "rental",
            "zapping": [
                {
                    "channel": c.rng.choice(CHANNELS),
                    "start": iso(c),
                    "watchedSec": c.rng.randint(5, 3600),
                }
                for _ in range(c.rng.randint(2, 6))
            ],
        }
    )
    b.ok_json({"ok": 1})
    return b.build()


def stb_epg(c: Context) -> Flow:
    b = FB(c, "iptv-stb", "GET", f"{IPTV}/stb/v1/epg?date=today&stb={c.phone.stb_serial}")
    b.header("user-agent", "MisrTelSTB/10.2 (Android TV 9; ZX4K)")
    b.decoy("EPG grid; stb= is the telco's rented box serial, not the household's device")
    b.ok_json({"grid": [{"ch": ch, "title": "نشرة الأخبار", "start": iso(c)} for ch in CHANNELS]})
    return b.build()
