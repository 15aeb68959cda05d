"""The telco's IPTV set-top box in the Thimphu living room (a Linux STB on
the operator's middleware, HTTP/1.1).

Login sends the STB id, the MAC and the serial as form fields; the
middleware's XML bookmark call reports the channel / programme and the
position; the channel-zap report (`gyun_rim_log`) lists channels with
seconds watched; the QoE probe sends a base64 blob with the programme and a
hashed MAC. EPG, channel list, the status poll and the ad-insertion VAST are
ordinary.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import b64, js

from .phone import FB, iso, ms

MW = "http://mw.druktv-iptv.example:8080"
UA = "Mozilla/5.0 (Linux; STB-DTV/4.2) AppleWebKit/537.36 (KHTML, like Gecko) Safari/537.36"
CHANNELS = [("101", "BBS 1"), ("102", "BBS 2"), ("204", "Kuzoo Kids"), ("310", "Sony MAX")]
PROGS = [
    ("EP44021", "Tshechu special"),
    ("EP44107", "Druk Superstar S5E3"),
    ("EP45001", "IPL cricket"),
]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "druktv-stb", method, url, http_version="HTTP/1.1")
    b.header("user-agent", UA)
    return b


def login(c: Context) -> Flow:
    b = _b(c, "POST", f"{MW}/mw/api/login")
    b.form(
        [
            ("stbid", b.id("box_stb_id", where="form stbid")),
            ("mac", b.id("box_mac", where="form mac")),
            ("sn", b.id("box_serial", where="form sn")),
            ("account", b.acct("box_account")),
            ("fw", "4.2.17"),
        ]
    )
    b.ok_json({"token": new_hex(c.rng, 40), "region": "THM"})
    return b.build()


def bookmark(c: Context) -> Flow:
    pid, title = c.rng.choice(PROGS)
    b = _b(c, "POST", f"{MW}/mw/ws/bookmark")
    b.header("x-stb-mac", b.id("box_mac", "nosep_upper", "header x-stb-mac"))
    b.view("xml <Bookmark> programCode / title / position / updateTime")
    xml = (
        '<?xml version="1.0" encoding="UTF-8"?><Bookmark><programCode>'
        + pid
        + "</programCode><title>"
        + title
        + f"</title><position>{c.rng.randint(30, 5400)}</position>"
        + f"<updateTime>{iso(c)}</updateTime></Bookmark>"
    )
    b.set_body(xml.encode(), "text/xml; charset=utf-8")
    b.respond(200, "text/xml", b"<Result><retcode>0</retcode></Result>")
    return b.build()


def zap_log(c: Context) -> Flow:
    b = _b(c, "POST", f"{MW}/mw/api/gyun_rim_log")
    b.view("json gyun_rim (channel, seconds watched, from time)")
    b.json(
        {
            "stb": b.id("box_stb_id", where="json stb"),
            "gyun_rim": [
                {"ch": ch, "ming": n, "sec": c.rng.randint(20, 3000), "from": iso(c)}
                for ch, n in c.rng.sample(CHANNELS, 3)
            ],
        }
    )
    b.no_content()
    return b.build()


def qoe_probe(c: Context) -> Flow:
    pid, _ = c.rng.choice(PROGS)
    b = _b(c, "POST", f"{MW}/qoe/v1/r")
    b.view("json p (base64 JSON with short keys: programme, position)", detectable=False)
    h = b.id("box_mac", "md5", "base64 json h (md5 of MAC)", detectable=False)
    blob = b64(js({"h": h, "q": pid, "o": c.rng.randint(1, 5400), "t": ms(c), "br": 8000}))
    b.json({"p": blob})
    b.no_content()
    return b.build()


def epg(c: Context) -> Flow:
    b = _b(c, "GET", f"{MW}/mw/api/epg?ch={c.rng.choice(CHANNELS)[0]}&day=0")
    b.decoy("EPG: programme titles, start times, durations")
    b.ok_json({"progs": [{"code": p, "title": t, "start": iso(c), "dur": 3600} for p, t in PROGS]})
    return b.build()


def channel_list(c: Context) -> Flow:
    b = _b(c, "GET", f"{MW}/mw/api/channels?pkg=basic")
    b.ok_json(
        {
            "channels": [
                {"no": ch, "name": n, "url": f"igmp://239.1.1.{ch[-1]}:5000"} for ch, n in CHANNELS
            ]
        }
    )
    return b.build()


def status(c: Context) -> Flow:
    b = _b(c, "GET", f"{MW}/mw/api/heartbeat?t={ms(c)}")
    b.decoy("keep-alive with a request id")
    b.ok_json({"ok": True, "rid": new_hex(c.rng, 16)})
    return b.build()


def vast(c: Context) -> Flow:
    b = _b(c, "GET", f"http://ads.druktv-iptv.example/vast?slot=pre&ch={c.rng.choice(CHANNELS)[0]}")
    b.decoy("VAST ad (creative ids)")
    b.respond(
        200,
        "application/xml",
        (
            f'<VAST version="3.0"><Ad id="{new_hex(c.rng, 8)}"><InLine>'
            "<AdTitle>Druk Seed</AdTitle></InLine></Ad></VAST>"
        ).encode(),
    )
    return b.build()
