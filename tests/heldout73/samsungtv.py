"""The family's Samsung Tizen TV (2023 model) on the same Wi-Fi.

Hosts are those the TV is publicly seen to contact (Pi-hole lists:
Perflyst/PiHoleBlocklist SmartTV.txt, issues #14, #33, #39, #49:
log-ingestion*.samsungacr.com, acr0.samsungcloudsolution.com,
ads.samsungads.com, osb-ussvc.samsungqbe.com, otn*.samsungcloudsolution.net,
time.samsungcloudsolution.com). TIFA is Samsung's resettable ad id
(developer.samsung.com "Tizen ID for Advertising", webapis.adinfo.getTIFA);
the DUID, Wi-Fi MAC and serial are the TV's persistent ids. The ACR payload
layouts are not public: the JSON match report names its fields, the raw
fingerprint query is binary (not detectable).
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import fake_jpeg, jsb

from .phone import FB, iso, ms, rid

UA = (
    "Mozilla/5.0 (SMART-TV; LINUX; Tizen 7.0) AppleWebKit/537.36 (KHTML, like Gecko) "
    "94.0.4606.31/7.0 TV Safari/537.36"
)
CHANNELS = [
    ("VTV1", "Thời sự 19h"),
    ("VTV3", "Ai là triệu phú"),
    ("HTV7", "Phim truyện: Cô Gái Nhà Người Ta"),
    ("Ch3 HD", "ละครหลังข่าว"),
    ("K+ SPORT1", "V.League 1: Hà Nội FC - Nam Định"),
]


def _b(c: Context, method: str, url: str, **kw: object) -> FB:
    b = FB(c, "samsung-tv", method, url, http_version="HTTP/1.1", **kw)  # type: ignore[arg-type]
    b.header("user-agent", UA)
    return b


def acr_report(c: Context) -> Flow:
    """Matched-content log: what played on which input, and for how long (gzip JSON)."""
    ch, prog = c.rng.choice(CHANNELS)
    b = _b(c, "POST", "https://log-ingestion-ap.samsungacr.com/acr/v3/logs")
    b.header("x-duid", b.id("tv_duid", where="header.x-duid"))
    body = {
        "psid_hash": new_hex(c.rng, 40),
        "logs": [
            {
                "type": "acr_match",
                "content_id": "EP" + new_hex(c.rng, 10).upper(),
                "channel": ch,
                "program_title": prog,
                "source": c.rng.choice(["TV", "HDMI1"]),
                "start": iso(c),
                "duration_s": c.rng.randint(30, 1800),
                "confidence": round(c.rng.uniform(0.8, 1), 2),
            }
        ],
    }
    b.set_body(jsb(body), "application/json", "gzip")
    b.view("body.logs[] (acr_match: program, duration)")
    b.no_content()
    return b.build()


def acr_fingerprint(c: Context) -> Flow:
    b = _b(
        c,
        "POST",
        "https://acr0.samsungcloudsolution.com/fp/q",
        params=[("v", "5"), ("t", str(ms(c)))],
    )
    b.set_body(c.rng.randbytes(c.rng.choice([384, 512, 640])), "application/octet-stream")
    b.view("body (binary video/audio fingerprints)", detectable=False)
    b.respond(200, "application/octet-stream", c.rng.randbytes(48))
    return b.build()


def tvplus_watch(c: Context) -> Flow:
    ch, prog = c.rng.choice(CHANNELS)
    b = _b(c, "POST", "https://osb-ussvc.samsungqbe.com/tvplus/v2/events")
    b.json(
        {
            "events": [
                {
                    "evt": "channel_watch",
                    "channel": ch,
                    "title": prog,
                    "watch_duration_sec": c.rng.randint(60, 3600),
                    "ended_at": ms(c),
                }
            ],
            "country": "VN",
        }
    )
    b.view("body.events[] (channel_watch)")
    b.ok_json({"ok": True})
    return b.build()


def tifa_ad(c: Context) -> Flow:
    b = _b(c, "GET", "https://ads.samsungads.com/ad/v2/request")
    b.param("tifa", b.id("tifa", where="query.tifa"))
    b.params += [
        ("lmt", "0"),
        ("slot", "home_banner"),
        ("model", "23_PONTUSM_UHD"),
        ("cc", "VN"),
        ("rid", rid(c.rng)),
    ]
    b.ok_json(
        {
            "ads": [
                {
                    "creative": "https://ads-cdn.samsungads.com/c/" + new_hex(c.rng, 16) + ".jpg",
                    "impression": "https://ads.samsungads.com/imp?i=" + new_hex(c.rng, 20),
                }
            ]
        }
    )
    return b.build()


def firmware_check(c: Context) -> Flow:
    b = _b(c, "GET", "https://otnprd10.samsungcloudsolution.net/otn/v1/check")
    b.param("duid", b.id("tv_duid", where="query.duid"))
    b.param("mac", b.id("tv_mac", how="nosep", where="query.mac (no separators)"))
    b.param("sn", b.id("tv_serial", where="query.sn"))
    b.params += [("fw", "T-PTMAKUC-1406.2"), ("model", "QA55Q70CAKXXV")]
    b.respond(200, "application/xml", b"<otn><update>false</update></otn>")
    return b.build()


def tv_app_launch(c: Context) -> Flow:
    """The PhimViet+ Tizen app reports its launch with the TV's ad id in a JSON envelope."""
    b = _b(c, "POST", "https://api.phimvietplus.vn/tv/v1/launch")
    b.json(
        {
            "platform": "tizen",
            "device": {
                "advertisingId": b.id("tifa", where="body.device.advertisingId"),
                "lat": False,
                "model": "QA55Q70C",
            },
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def epg(c: Context) -> Flow:
    b = _b(
        c,
        "GET",
        "https://osb-ussvc.samsungqbe.com/epg/v1/grid",
        params=[("cc", "VN"), ("start", str(ms(c)))],
    )
    b.respond(
        200,
        "application/json",
        jsb({"channels": [{"name": ch, "now": prog, "next": "Tin tức"} for ch, prog in CHANNELS]}),
        "gzip",
    )
    b.decoy("programme guide")
    return b.build()


def time_sync(c: Context) -> Flow:
    b = _b(
        c,
        "GET",
        "https://time.samsungcloudsolution.com/openapi/timesync",
        params=[("client", "TimeAgent/1.0")],
    )
    b.respond(200, "text/xml", f"<time>{ms(c)}</time>".encode())
    b.decoy("time sync")
    return b.build()


def app_icon(c: Context) -> Flow:
    b = _b(c, "GET", f"https://cdn.samsungcloudsolution.com/icons/{new_hex(c.rng, 10)}_256.jpg")
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.randint(0, 1 << 30), 400))
    b.decoy("app icon")
    return b.build()


def tv_config(c: Context) -> Flow:
    """Per-device service config, the DUID in the URL path."""
    b = _b(c, "GET", "https://osb-ussvc.samsungqbe.com/device/v1/")
    duid = b.id("tv_duid", where="path./device/v1/{duid}/config")
    b.base += f"{duid}/config"
    b.params += [("cc", "VN"), ("lang", "vi")]
    b.ok_json({"services": {"tvplus": True, "acr": True}, "ver": 41})
    return b.build()
