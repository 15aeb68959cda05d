"""The living-room smart TV in Grozny: a Russian-market TV on the local
operator's Smart TV middleware, with its IPTV channels.

The middleware authenticates the set by its Wi-Fi MAC and serial (form body)
and answers with its platform device id; every later call carries the MAC in
`X-Device-Mac`. The player reports what is on (`/tv/watching` with channel,
programme and position), the IPTV statistics service receives channel logs
(`channel_log` rows with channel name and from / to), and the VOD player posts
XML position events. A cheaper statistics endpoint sends a SHA-1 of the bare
MAC under `k` and rows `[channel, seconds, ts]` under `z`. Channel lists, EPG,
playlists and the app store are content fetches.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex

from .phone import FB, iso, ms, rid

MW = "https://mw.grozny-tv.example/api/v3"
STAT = "https://stat.grozny-tv.example"
UA = (
    "Mozilla/5.0 (Linux; Android 11; 43UR78006LK Build/RTT1.220314) "
    "SmartTV-MW/4.9 (KHTML, like Gecko)"
)
CHANNELS = [
    (1, "ЧГТРК Грозный"),
    (2, "Вайнах"),
    (3, "Первый канал"),
    (4, "Россия 1"),
    (5, "Ингушетия"),
    (6, "Мульт"),
    (7, "Матч!"),
    (8, "Путь"),
]
VOD = [(9001, "Чеченская свадьба"), (9002, "Горец"), (9003, "Брат")]


def _b(c: Context, method: str, url: str, mac_header: bool = True) -> FB:
    b = FB(c, "smarttv-mw", method, url)
    b.header("user-agent", UA)
    if mac_header:
        b.header("x-device-mac", b.id("tv_mac", where="header x-device-mac"))
    return b


def auth(c: Context) -> Flow:
    b = _b(c, "POST", f"{MW}/device/auth", mac_header=False)
    b.form(
        [
            ("mac", b.id("tv_mac", where="form mac")),
            ("serial", b.id("tv_serial", where="form serial")),
            ("model", "43UR78006LK"),
            ("fw", "RTT1.220314"),
            ("contract", b.acct("tv_contract")),
        ]
    )
    dev = b.id("tv_platform_id", where="response json device_id", direction="response")
    b.ok_json({"device_id": dev, "token": new_hex(c.rng, 48), "ttl": 86400})
    return b.build()


def watching(c: Context) -> Flow:
    ch, name = c.rng.choice(CHANNELS)
    b = _b(c, "GET", f"{MW}/tv/watching")
    b.view("query channel_id + programme + position_sec (what is on)")
    b.params += [
        ("channel_id", str(ch)),
        ("channel", name),
        ("programme", c.rng.choice(["Новости", "Даймохк", "Концерт", "Фильм"])),
        ("position_sec", str(c.rng.randint(10, 3000))),
        ("ts", str(int(c.now))),
    ]
    b.ok_json({"ok": True})
    return b.build()


def channel_log(c: Context) -> Flow:
    b = FB(c, "smarttv-iptv-stat", "POST", f"{STAT}/iptv/channel_log")
    b.header("user-agent", UA)
    b.view("json channel_log[] {channel, from, to}")
    t = int(c.now)
    rows = []
    for _ in range(c.rng.randint(2, 5)):
        ch, name = c.rng.choice(CHANNELS)
        dur = c.rng.randint(60, 2400)
        rows.append({"channel_id": ch, "channel": name, "from": t - dur, "to": t})
        t -= dur + c.rng.randint(1, 30)
    b.json({"serial": b.id("tv_serial", where="json serial"), "channel_log": rows})
    b.no_content()
    return b.build()


def vod_position(c: Context) -> Flow:
    vid, title = c.rng.choice(VOD)
    b = _b(c, "POST", f"{MW}/vod/event")
    b.view("xml event type=vod_position content + position")
    xml = (
        '<?xml version="1.0" encoding="UTF-8"?>'
        f'<events><event type="vod_position" content_id="{vid}" title="{title}" '
        f'position="{c.rng.randint(60, 6000)}" duration="6480" ts="{iso(c)}"/></events>'
    )
    b.set_body(xml.encode(), "application/xml; charset=utf-8")
    b.respond(200, "application/xml", b"<ok/>")
    return b.build()


def stat_opaque(c: Context) -> Flow:
    b = FB(c, "smarttv-iptv-stat", "POST", f"{STAT}/s")
    b.header("user-agent", UA)
    key = b.id("tv_mac", "sha1_of_nosep", "json k", detectable=False)
    b.view("json z rows [channel, seconds, ts]", detectable=False)
    rows = [[c.rng.choice(CHANNELS)[0], c.rng.randint(30, 1800), ms(c)] for _ in range(3)]
    b.json({"k": key, "z": rows})
    b.no_content()
    return b.build()


def status(c: Context) -> Flow:
    b = _b(c, "GET", f"{MW}/device/status")
    sn = b.id("tv_serial", where="response json serial", direction="response")
    b.ok_json({"serial": sn, "contract_active": True, "packages": ["базовый", "детский"]})
    return b.build()


def channels(c: Context) -> Flow:
    b = _b(c, "GET", f"{MW}/tv/channels")
    b.decoy("channel list (catalogue)")
    b.ok_json({"channels": [{"id": i, "name": n, "lcn": i} for i, n in CHANNELS]})
    return b.build()


def epg(c: Context) -> Flow:
    ch, _ = c.rng.choice(CHANNELS)
    b = _b(c, "GET", f"{MW}/tv/epg?channel_id={ch}&day=0")
    b.decoy("EPG start times (content listing)")
    t0 = int(c.now) // 3600 * 3600
    b.ok_json(
        {
            "programmes": [
                {"title": n, "start": t0 + i * 3600, "dur": 3600}
                for i, n in enumerate(["Новости", "Даймохк", "Концерт"])
            ]
        }
    )
    return b.build()


def playlist(c: Context) -> Flow:
    ch, _ = c.rng.choice(CHANNELS)
    b = FB(
        c,
        "smarttv-cdn",
        "GET",
        f"https://live.grozny-tv.example/ch{ch}/index.m3u8?token={new_hex(c.rng, 32)}",
    )
    b.header("user-agent", UA)
    b.decoy("live playlist fetch")
    body = "#EXTM3U\n#EXT-X-VERSION:3\n#EXT-X-TARGETDURATION:6\n" + "".join(
        f"#EXTINF:6.0,\nseg{c.rng.randint(1000, 9999)}.ts\n" for _ in range(3)
    )
    b.respond(200, "application/vnd.apple.mpegurl", body.encode())
    return b.build()


def app_store(c: Context) -> Flow:
    b = _b(c, "GET", f"{MW}/apps/featured?lang=ru")
    b.ok_json({"apps": [{"id": rid(c.rng), "name": n} for n in ("Погода", "Кинопоиск", "Намаз")]})
    return b.build()
