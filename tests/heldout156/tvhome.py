"""The living room: a smart TV with automatic content recognition (ACR) and an
Android TV box from the fibre operator (IPTV).

The TV maker's ACR service reports matched programmes with the TV's serial,
Wi-Fi MAC and its own `psid` (the fields follow the FTC's account of smart-TV
ACR data in FTC v. VIZIO, 2017: content, channel, start, duration; the names
are the maker's). An older firmware path sends audio-fingerprint rows under
`f` with an MD5 of the serial under `s` (opaque). The IPTV box logs channel
changes (`zap`, `khao` enter / `ok` leave) with its serial and Ethernet MAC,
and its heartbeat sends the serial as `sn` and the MAC bare under `m`. The
EPG, channel ratings (audience share over all households), firmware checks and
the app store are ordinary.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex

from .phone import FB, iso, ms, rf

ACR = "https://acr.kthome-tv.example"
IPTV = "https://stb.gigafiber.example"
TV_UA = "KTHomeTV/2024 (Linux; Tizen-like 7.0; KT55QX)"
BOX_UA = "GigaBox/5.1.4 (Linux; Android 11; PLAYBOX Build/RTT1.210805)"
CHANNELS = ["ช่อง 3 HD", "ช่อง 7HD", "ไทยรัฐทีวี", "เวิร์คพอยท์", "ONE31", "Thai PBS", "GMM25"]
PROGRAMMES = [
    "ข่าวภาคค่ำ",
    "ละครหลังข่าว",
    "ศึกจ้าวมวยไทย",
    "The Mask Singer",
    "ไทยรัฐนิวส์โชว์",
    "หกฉากครับจารย์",
]


def _tv(c: Context, method: str, url: str) -> FB:
    b = FB(c, "kthome-acr", method, url)
    b.header("user-agent", TV_UA)
    return b


def _box(c: Context, method: str, url: str) -> FB:
    b = FB(c, "gigabox", method, url)
    b.header("user-agent", BOX_UA)
    return b


def acr_report(c: Context) -> Flow:
    b = _tv(c, "POST", f"{ACR}/acr/v3/matches")
    b.view("json matches[] chong + rai_kan + roem + nan_winathi (ACR)")
    b.json(
        {
            "tv_sn": b.id("tv_serial", where="json tv_sn"),
            "wifi_mac": b.id("tv_mac", where="json wifi_mac"),
            "psid": b.id("tv_acr_psid", where="json psid"),
            "matches": [
                {
                    "chong": c.rng.choice(CHANNELS),
                    "rai_kan": c.rng.choice(PROGRAMMES),
                    "roem": iso(c),
                    "nan_winathi": c.rng.randint(30, 3600),
                    "source": c.rng.choice(["tuner", "hdmi1", "app"]),
                }
                for _ in range(c.rng.randint(1, 4))
            ],
        },
        "gzip",
    )
    b.no_content()
    return b.build()


def acr_fingerprint_opaque(c: Context) -> Flow:
    b = _tv(c, "POST", f"{ACR}/a/f")
    b.view("json f[] rows [fingerprint, ts, channel index]", detectable=False)
    b.json(
        {
            "s": b.id("tv_serial", "md5", "json s (md5 of serial)", detectable=False),
            "f": [
                [new_hex(c.rng, 16), ms(c), c.rng.randint(0, 6)] for _ in range(c.rng.randint(3, 8))
            ],
        }
    )
    b.no_content()
    return b.build()


def acr_optin(c: Context) -> Flow:
    b = _tv(c, "GET", f"{ACR}/acr/v3/settings")
    b.header("x-tv-mac", b.id("tv_mac", "nosep", "header x-tv-mac"))
    b.decoy("viewing-information opt-in setting (a setting, not viewing)")
    b.ok_json({"viewing_info_enabled": True, "policy_version": "2024.2", "updated": iso(c)})
    return b.build()


def zap_log(c: Context) -> Flow:
    b = _box(c, "POST", f"{IPTV}/iptv/v1/zap-log")
    b.view("json zap[] ch + khao/ok (live channel tuning log)")
    rows = []
    for _ in range(c.rng.randint(2, 6)):
        start = iso(c)
        rows.append({"ch_no": c.rng.randint(1, 99), "ch": c.rng.choice(CHANNELS), "khao": start,
                     "ok": iso(c)})  # fmt: skip
    b.json(
        {
            "stb_sn": b.id("tvbox_serial", where="json stb_sn"),
            "mac": b.id("tvbox_mac", where="json mac"),
            "zap": rows,
        }
    )
    b.no_content()
    return b.build()


def box_heartbeat(c: Context) -> Flow:
    b = _box(c, "GET", f"{IPTV}/stb/hb")
    b.param("sn", b.id("tvbox_serial", where="query sn"))
    b.param("m", b.id("tvbox_mac", "nosep", "query m (bare MAC)", detectable=False))
    b.param("fw", "5.1.4")
    b.ok_json({"cmd": None, "next": 300})
    return b.build()


def box_register_jaoplay(c: Context) -> Flow:
    """The streaming app's TV build registers the box it runs on."""
    b = FB(c, "jaoplay", "POST", "https://api.jaoplay.example/v2/tv/register")
    b.header("user-agent", "JaoPlayTV/3.2.0 (Linux; Android 11; PLAYBOX Build/RTT1.210805)")
    b.json(
        {
            "android_id": b.id("aid_tvbox", where="json android_id"),
            "device_serial": b.id("tvbox_serial", where="json device_serial"),
            "model": "PLAYBOX",
            "code": str(c.rng.randint(100000, 999999)),
        }
    )
    b.ok_json({"linked": True})
    return b.build()


def epg(c: Context) -> Flow:
    b = _box(c, "GET", f"{IPTV}/iptv/v1/epg?ch={c.rng.randint(1, 99)}&date=today")
    b.decoy("programme guide with start times and durations")
    b.ok_json(
        {
            "phang_rai_kan": [
                {"title": t, "start": iso(c), "naathi": c.rng.choice([30, 60, 90])}
                for t in PROGRAMMES
            ]
        }
    )
    return b.build()


def ratings(c: Context) -> Flow:
    b = _box(c, "GET", f"{IPTV}/iptv/v1/rating-chong?week=current")
    b.decoy("channel ratings: audience share over all households (aggregate)")
    b.ok_json({"rating": [{"ch": ch, "share": rf(c.rng, 0.5, 12, 2)} for ch in CHANNELS]})
    return b.build()


def firmware(c: Context) -> Flow:
    b = _box(c, "GET", f"{IPTV}/ota/check?model=PLAYBOX&cur=5.1.4")
    b.decoy("firmware hash")
    b.ok_json({"latest": "5.1.6", "sha256": new_hex(c.rng, 64), "size": 48_211_000})
    return b.build()


def app_store(c: Context) -> Flow:
    b = _box(c, "GET", f"{IPTV}/apps/v1/featured")
    b.ok_json(
        {
            "apps": [
                {"pkg": p, "rating": rf(c.rng, 3, 5, 1)} for p in ("jaoplay", "youtube", "siang")
            ]
        }
    )
    return b.build()
