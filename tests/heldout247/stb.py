"""The cable operator's Android TV set-top box in the Belgrade living room (an
EON / MTS-style "KabloNet 4K" box running the operator's own TV app).

The middleware is REST with Serbian paths: the box logs in with its Ethernet
MAC, serial, ANDROID_ID and the middleware's `stbId`; each channel start and
each catch-up heartbeat goes to `gledanje/start` and `gledanje/puls` with the
channel and programme. Video analytics run through NPAW (Youbora): the plug-in
asks `a-fds.youborafds01.com/data` for a host and view code, then sends
`/start` (with `title`, `channel`, `live`, `deviceUUID`), `/joinTime`, `/ping`
(only `code`, `playhead`, `bitrate`: a running view by its code) and `/stop`
as GET query strings. The operator's usage statistics collector gets rows of
[channel, seconds, ts] keyed by an MD5 of the bare MAC under 'h'. The EPG,
the channel line-up (whose `pozicija` is a channel's place in the list), the
VOD catalogue and the update check are content fetches.
"""

from __future__ import annotations

from urllib.parse import quote

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import js

from .phone import FB, iso, ms, rid

MW = "https://mw.kablonet.example/tv/v3"
STAT = "https://stat.kablonet.example/u"
NPAW_FDS = "https://a-fds.youborafds01.com/data"
NPAW = "https://infinity-c14.youboranqs01.com"
UA = "KabloNetTV/5.9.3 (Linux; Android 12; KN-4K Build/STT1.211025.001)"
KANALI = [
    (101, "РТС 1"),
    (102, "РТС 2"),
    (103, "Pink"),
    (104, "Prva"),
    (105, "B92"),
    (106, "Happy"),
    (107, "N1"),
    (108, "Nova S"),
    (121, "Arena Sport 1"),
    (122, "Arena Sport 2"),
]
EMISIJE = [
    "Дневник",
    "Zadruga",
    "Ami G Show",
    "Exkluziv",
    "Utisak nedelje",
    "Slagalica",
    "Igokea - Zvezda",
]
PLUGIN = "6.8.12-ExoPlayer2-Android"


def _b(c: Context, method: str, url: str, stb_id: bool = True) -> FB:
    b = FB(c, "kablonet-stb", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + c.phone.box_token)
    if stb_id:
        b.header("x-stb-id", b.id("box_stb_id", where="header x-stb-id"))
    return b


def prijava(c: Context) -> Flow:
    b = _b(c, "POST", f"{MW}/uredjaj/prijava", stb_id=False)
    b.json(
        {
            "mac": b.id("box_mac", where="json mac"),
            "serijskiBroj": b.id("box_serial", where="json serijskiBroj"),
            "androidId": b.id("aid_box", where="json androidId"),
            "stbId": b.id("box_stb_id", where="json stbId"),
            "model": "KN-4K",
            "firmver": "5.9.3-20241104",
            "pretplatnik": b.acct("box_subscriber"),
        }
    )
    b.ok_json({"token": c.phone.box_token, "paket": "KabloNet Max", "kanala": 214})
    return b.build()


def status(c: Context) -> Flow:
    b = _b(c, "GET", f"{MW}/uredjaj/status")
    mac = b.id("box_mac", "lower", "response json mreza.mac", direction="response")
    b.ok_json(
        {
            "mreza": {
                "tip": "ethernet",
                "mac": mac,
                "ip": f"10.77.{c.rng.randint(0, 255)}.{c.rng.randint(2, 254)}",
            },
            "signal": "OK",
            "azurirano": iso(c),
        }
    )
    return b.build()


def gledanje_start(c: Context) -> Flow:
    ch, name = c.rng.choice(KANALI)
    b = _b(c, "POST", f"{MW}/gledanje/start")
    b.view("json kanalId / kanal / emisija (channel tuned)")
    b.json(
        {
            "kanalId": ch,
            "kanal": name,
            "emisija": c.rng.choice(EMISIJE),
            "tip": "LIVE",
            "vreme": iso(c),
        }
    )
    b.ok_json({"sesija": rid(c.rng)})
    return b.build()


def gledanje_puls(c: Context) -> Flow:
    ch, name = c.rng.choice(KANALI)
    b = _b(c, "POST", f"{MW}/gledanje/puls")
    b.view("json sadrzaj / kanal / pozicija (catch-up heartbeat)")
    b.json(
        {
            "sadrzajId": f"cu-{ch}-{c.rng.randint(10**5, 10**6)}",
            "kanal": name,
            "naslov": c.rng.choice(EMISIJE),
            "pozicija": c.rng.randint(60, 7200),
            "tip": "CATCHUP",
        }
    )
    b.no_content()
    return b.build()


def _npaw(c: Context, path: str, params: list[tuple[str, str]]) -> FB:
    b = FB(c, "npaw", "GET", f"{NPAW}/{path}", params, "HTTP/1.1")
    b.header("user-agent", UA)
    return b


def npaw_data(c: Context) -> Flow:
    b = FB(
        c,
        "npaw",
        "GET",
        NPAW_FDS,
        [
            ("system", "kablonet"),
            ("pluginVersion", PLUGIN),
            ("requestNumber", str(c.rng.random())[:18]),
            ("timemark", str(ms(c))),
            ("outputformat", "json"),
        ],
        "HTTP/1.1",
    )
    b.header("user-agent", UA)
    b.ok_json(
        {
            "q": {
                "h": NPAW.split("//")[1],
                "c": "U_" + new_hex(c.rng, 16),
                "pt": "5",
                "i": {"bt": "60"},
            }
        }
    )
    return b.build()


def npaw_start(c: Context) -> Flow:
    _, name = c.rng.choice(KANALI)
    info = {"model": "KN-4K", "osName": "Android", "osVersion": "12", "brand": "KabloNet"}
    params = [
        ("accountCode", "kablonet"),
        ("code", "U_" + new_hex(c.rng, 16)),
        ("sessionRoot", rid(c.rng)),
        ("title", c.rng.choice(EMISIJE)),
        ("program", c.rng.choice(EMISIJE)),
        ("channel", name),
        ("live", "true"),
        ("mediaDuration", "0"),
        ("rendition", "1920x1080@6Mbps"),
        ("player", "ExoPlayer2"),
        ("playerVersion", "2.19.1"),
        ("pluginVersion", PLUGIN),
        ("system", "kablonet"),
        ("timemark", str(ms(c))),
    ]
    b = _npaw(c, "start", params)
    b.view("query title / channel / program (NPAW start)")
    b.param("deviceUUID", b.id("box_npaw_uuid", where="query deviceUUID"))
    b.param("deviceInfo", js(info))
    b.respond(200, "text/plain", b"")
    return b.build()


def npaw_ping(c: Context) -> Flow:
    b = _npaw(
        c,
        "ping",
        [
            ("code", "U_" + new_hex(c.rng, 16)),
            ("pingTime", "5"),
            ("playhead", str(c.rng.randint(5, 7200))),
            ("bitrate", str(c.rng.choice([3200000, 6000000]))),
            ("throughput", str(c.rng.randint(10**7, 6 * 10**7))),
            ("timemark", str(ms(c))),
        ],
    )
    b.view("query code + playhead (a running view, no title or channel)", detectable=False)
    b.respond(200, "text/plain", b"")
    return b.build()


def npaw_join(c: Context) -> Flow:
    b = _npaw(
        c,
        "joinTime",
        [
            ("code", "U_" + new_hex(c.rng, 16)),
            ("joinDuration", str(c.rng.randint(300, 2500))),
            ("playhead", "0"),
            ("timemark", str(ms(c))),
        ],
    )
    b.respond(200, "text/plain", b"")
    return b.build()


def stat_opaque(c: Context) -> Flow:
    b = FB(c, "kablonet-stat", "POST", STAT)
    b.header("user-agent", "kn-stat/1.2")
    h = b.id("box_mac", "md5_of_nosep", "json h", detectable=False)
    b.view("json r[] rows [channel, seconds, ts]", detectable=False)
    rows = [
        [c.rng.choice(KANALI)[0], c.rng.randint(30, 3600), ms(c)]
        for _ in range(c.rng.randint(1, 5))
    ]
    b.json({"h": h, "r": rows, "f": "5.9.3"}, "gzip")
    b.no_content()
    return b.build()


def diag_opaque(c: Context) -> Flow:
    """Watchdog diagnostics: the serial as SHA-256 under 'd', uptime and memory."""
    b = FB(c, "kablonet-stat", "POST", f"{STAT}/d")
    b.header("user-agent", "kn-stat/1.2")
    b.json(
        {
            "d": b.id("box_serial", "sha256", "json d", detectable=False),
            "up": c.rng.randint(3600, 10**6),
            "mem": c.rng.randint(300, 1800),
            "t": ms(c),
        }
    )
    b.no_content()
    return b.build()


def epg(c: Context) -> Flow:
    ch, name = c.rng.choice(KANALI)
    b = _b(c, "GET", f"{MW}/epg?kanalId={ch}&od={int(c.now) // 3600 * 3600}", stb_id=False)
    b.decoy("EPG programme start times and durations (content fetch)")
    t0 = int(c.now) // 3600 * 3600
    b.ok_json(
        {
            "kanal": name,
            "emisije": [
                {"naslov": n, "pocetak": t0 + i * 3600, "trajanje": 3600}
                for i, n in enumerate(c.rng.sample(EMISIJE, 4))
            ],
        }
    )
    return b.build()


def kanali(c: Context) -> Flow:
    b = _b(c, "GET", f"{MW}/kanali?paket=max", stb_id=False)
    b.decoy("channel line-up; pozicija is a channel's place in the list")
    b.ok_json(
        {
            "kanali": [
                {
                    "id": ch,
                    "naziv": n,
                    "pozicija": i + 1,
                    "logo": f"https://img.kablonet.example/l/{ch}.png",
                }
                for i, (ch, n) in enumerate(KANALI)
            ]
        }
    )
    return b.build()


def vod_katalog(c: Context) -> Flow:
    b = _b(c, "GET", f"{MW}/vod/katalog?zanr={quote('домаћи филм')}", stb_id=False)
    b.decoy("VOD catalogue with durations and prices (content fetch)")
    b.ok_json(
        {
            "filmovi": [
                {"naslov": t, "trajanje": d, "cena": p}
                for t, d, p in (
                    ("Тичер", 94, 299),
                    ("Južni vetar", 131, 0),
                    ("Montevideo, Bog te video", 141, 199),
                )
            ]
        }
    )
    return b.build()


def azuriranje(c: Context) -> Flow:
    b = _b(c, "GET", f"{MW}/azuriranje?verzija=5.9.3", stb_id=False)
    b.decoy("firmware checksum")
    b.ok_json({"nova": False, "sha256": new_hex(c.rng, 64), "verzija": "5.9.3"})
    return b.build()


def live_chunk(c: Context) -> Flow:
    ch = c.rng.choice(KANALI)[0]
    b = FB(c, "kablonet-stb", "GET", f"https://live.kablonet.example/{ch}/hd/{ms(c) // 2000}.ts")
    b.header("user-agent", "ExoPlayerLib/2.19.1")
    b.respond(200, "video/mp2t", bytes(c.rng.getrandbits(8) for _ in range(300)))
    return b.build()
