"""Gerelt TV: an IPTV operator's companion app and its set-top box.

The box (Android TV based, the operator's launcher) keeps a channel-tuning log
(`suvag_shiljilt`: channel switches with start, end and seconds on each) and
posts it through the operator's API; older firmware sends the same rows as
protobuf with numbered fields. The companion app pairs with the box (its MAC
and serial) and works as a remote. The programme guide, the catch-up manifest
and the channel ratings (shares over all subscribers) are not viewing history.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import pb_bytes, pb_msg, pb_varint

from .phone import FB, iso, ms, rf, rid, ua

API = "https://api.gerelt-iptv.example"
LOG = "https://log.gerelt-iptv.example"
UA = ua("GereltTV", "2.4.0")
STB_UA = "GereltSTB/5.1.7 (Linux; Android 9; UVS-4K)"
CHANNELS = [
    (1, "МҮОНТ"),
    (5, "TV5"),
    (9, "Eagle News"),
    (12, "NTV"),
    (15, "Боловсрол"),
    (25, "Sport Box"),
    (31, "ТВ9"),
    (44, "Channel 25"),
]
SHOWS = ["Цагийн хүрд", "Мэдээ 20:00", "Үндэсний бөх", "Хүүхдийн цаг", "Тал нутгийн аялал"]


def _app(c: Context, method: str, path: str) -> FB:
    b = FB(c, "gerelt-app", method, API + path)
    b.header("user-agent", UA)
    b.header("x-geree", b.acct("iptv_contract"))  # гэрээ: the subscription contract number
    return b


def _stb(c: Context, method: str, url: str) -> FB:
    b = FB(c, "gerelt-stb", method, url, http_version="HTTP/1.1")
    b.header("user-agent", STB_UA)
    return b


def pair(c: Context) -> Flow:
    b = _app(c, "POST", "/v1/stb/holboh")
    b.json(
        {
            "stb_serial": b.id("stb_serial", where="json stb_serial"),
            "mac_hayag": b.id("stb_mac", where="json mac_hayag"),
            "android_id": b.id("aid_iptv", where="json android_id"),
            "pin": str(c.rng.randint(1000, 9999)),
        }
    )
    b.ok_json({"holbogdson": True, "stb_ner": "Зочны өрөө"})
    return b.build()


def tuning_log(c: Context) -> Flow:
    b = _stb(c, "POST", f"{LOG}/v2/suvag/log")
    b.view("json suvag_shiljilt[] (channel, started, ended, seconds): tuning log")
    start = ms(c) - 3_600_000
    rows = []
    for _ in range(c.rng.randint(2, 6)):
        num, name = c.rng.choice(CHANNELS)
        secs = c.rng.randint(20, 1800)
        rows.append(
            {
                "suvgiin_dugaar": num,
                "suvag": name,
                "ehelsen": start,
                "duussan": start + secs * 1000,
                "uzsen_sec": secs,
            }
        )
        start += secs * 1000
    b.json(
        {
            "tuhuurumj": {"sn": b.id("stb_serial", where="json tuhuurumj.sn"), "fw": "5.1.7"},
            "suvag_shiljilt": rows,
        }
    )
    b.no_content()
    return b.build()


def tuning_log_cyrillic(c: Context) -> Flow:
    """The catch-up player's log, from the newer team that writes Cyrillic keys."""
    b = _stb(c, "POST", f"{LOG}/v2/nohoj-uzeh/log")
    _, name = c.rng.choice(CHANNELS)
    b.view("json нөхөж_үзсэн (суваг, нэвтрүүлэг, байрлал, үзсэн_секунд)")
    b.json(
        {
            "төхөөрөмж_мак": b.id("stb_mac", "nosep", "json төхөөрөмж_мак (MAC without colons)"),
            "нөхөж_үзсэн": {
                "суваг": name,
                "нэвтрүүлэг": c.rng.choice(SHOWS),
                "байрлал": c.rng.randint(0, 3600),
                "үзсэн_секунд": c.rng.randint(30, 3600),
                "огноо": iso(c),
            },
        }
    )
    b.no_content()
    return b.build()


def tuning_protobuf(c: Context) -> Flow:
    """Older firmware: rows as protobuf (1 = box MAC, 2 = rows of channel, start, secs)."""
    b = _stb(c, "POST", f"{LOG}/l")
    b.view("protobuf field 2 rows (channel number, start ms, seconds)", detectable=False)
    mac = b.id("stb_mac", "protobuf", "protobuf field 1", detectable=False)
    rows = [
        pb_msg(
            2,
            [
                pb_varint(1, c.rng.choice(CHANNELS)[0]),
                pb_varint(2, ms(c) - c.rng.randint(0, 3_600_000)),
                pb_varint(3, c.rng.randint(20, 1800)),
            ],
        )
        for _ in range(c.rng.randint(2, 5))
    ]
    b.set_body(pb_bytes(1, mac) + b"".join(rows), "application/x-protobuf")
    b.no_content()
    return b.build()


def stb_status(c: Context) -> Flow:
    b = _app(c, "GET", "/v1/stb/baidal")
    mac = b.id("stb_mac", where="response json suljee.mac_hayag", direction="response")
    b.ok_json(
        {
            "asaalttai": True,
            "odoogiin_suvag": c.rng.choice(CHANNELS)[1],
            "suljee": {
                "torol": "ethernet",
                "mac_hayag": mac,
                "ip": "10.12.4." + str(c.rng.randint(2, 250)),
            },
        }
    )
    return b.build()


def remote_key(c: Context) -> Flow:
    b = _app(c, "POST", "/v1/stb/tovchluur")
    b.json({"tovch": c.rng.choice(["CH_UP", "CH_DOWN", "VOL_UP", "OK", "BACK"]), "ts": ms(c)})
    b.no_content()
    return b.build()


def epg(c: Context) -> Flow:
    num, name = c.rng.choice(CHANNELS)
    b = _app(c, "GET", f"/v1/hotolbor?suvag={num}&udur=0")
    b.decoy("programme guide (хөтөлбөр) with start times and durations: a fetch")
    b.ok_json(
        {
            "суваг": name,
            "хөтөлбөр": [
                {"нэр": s, "эхлэх": iso(c), "үргэлжлэх_мин": c.rng.choice([30, 45, 60, 90])}
                for s in SHOWS
            ],
        }
    )
    return b.build()


def channel_ratings(c: Context) -> Flow:
    b = _app(c, "GET", "/v1/suvag/reiting?udur=1")
    b.decoy("channel ratings: share of all subscribers per channel (an aggregate)")
    b.ok_json(
        {
            "reiting": [
                {
                    "suvag": n,
                    "uzegchdiin_huvi": rf(c.rng, 0.5, 22, 1),
                    "dundaj_min": c.rng.randint(5, 90),
                }
                for _, n in CHANNELS
            ]
        }
    )
    return b.build()


def catchup_manifest(c: Context) -> Flow:
    num, _ = c.rng.choice(CHANNELS)
    b = _stb(c, "GET", f"https://cdn.gerelt-iptv.example/catchup/{num}/{ms(c) // 1000}/index.m3u8")
    b.decoy("catch-up stream manifest fetch")
    b.respond(
        200,
        "application/vnd.apple.mpegurl",
        b"#EXTM3U\n#EXT-X-TARGETDURATION:6\n#EXTINF:6.0,\nseg0.ts\n#EXTINF:6.0,\nseg1.ts\n",
    )
    return b.build()


def stb_heartbeat_hashed(c: Context) -> Flow:
    """The box's keep-alive: an MD5 of its serial under `h` (opaque)."""
    b = _stb(c, "GET", f"{API}/ka")
    b.param("h", b.id("stb_serial", "md5", "query h (md5 of serial)", detectable=False))
    b.param("s", rid(c.rng)[:8])
    b.no_content()
    return b.build()


def billing(c: Context) -> Flow:
    b = _app(c, "GET", "/v1/tulbur/uldegdel")
    b.decoy("bill balance and contract number (an account)")
    b.ok_json(
        {"uldegdel_tugrug": c.rng.randint(0, 60000), "bagts": "Гэр бүл 120+", "tuluh_ognoo": iso(c)}
    )
    return b.build()
