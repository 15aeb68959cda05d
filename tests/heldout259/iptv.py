"""Fibra TV: the telco's IPTV set-top box in the Valletta living room.

The box boots against the operator's middleware with an XML `Apparat` record
(MAC, serial, the middleware's own STB id) and thereafter sends its MAC,
colon-less and upper-case, in `X-STB-MAC` on each call. When the viewer
changes channel the box posts an XML `BidlaTaKanal` (channel change) event
with the channel, programme, start and seconds watched; the "recently
watched" rail comes back as XML too. The operator's audience-measurement
probe sends rows of `channel:seconds:ts` in a query parameter keyed by a
SHA-1 of the bare MAC. The EPG, the channel line-up, the stream-URL / licence
request and the firmware check are ordinary.
"""

from __future__ import annotations

from xml.sax.saxutils import escape

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex

from .phone import FB, iso, ms

MW = "https://mw.fibratv.example"
AM = "https://am.fibratv.example/p"
UA = "FibraTV-STB/4.11.2 (Linux; Android 12; FTV-4K2 Build/SP2A.220505.008)"
KANALI = [
    (101, "TVM"),
    (102, "TVM News+"),
    (103, "ONE"),
    (104, "NET Television"),
    (105, "F Living"),
    (106, "Smash TV"),
    (107, "TVMSport+"),
    (110, "Rai 1"),
]
PROGRAMMI = [
    "L-Aħbarijiet",
    "Xarabank",
    "Malta u Lil Hinn Minnha",
    "Premier League Live",
    "Pjazza",
    "Film tal-Ħadd",
]


def _b(c: Context, method: str, path: str, mac: bool = True) -> FB:
    b = FB(c, "fibratv-stb", method, f"{MW}{path}", http_version="HTTP/1.1")
    b.header("user-agent", UA)
    b.header("x-abbonat", b.acct("box_subscriber"))
    if mac:
        b.header("x-stb-mac", b.id("box_mac", "nosep_upper", "header x-stb-mac"))
    return b


def _xml(body: str) -> bytes:
    return ('<?xml version="1.0" encoding="UTF-8"?>' + body).encode()


def boot(c: Context) -> Flow:
    b = _b(c, "POST", "/mw/v2/boot", mac=False)
    p = c.phone
    body = (
        "<Boot><Apparat>"
        f"<MAC>{b.id('box_mac', where='xml Apparat/MAC')}</MAC>"
        f"<Serjali>{b.id('box_serial', where='xml Apparat/Serjali')}</Serjali>"
        f"<StbId>{b.id('box_stb_id', where='xml Apparat/StbId')}</StbId>"
        "<Mudell>FTV-4K2</Mudell><Firmware>4.11.2</Firmware></Apparat>"
        f"<Abbonat>{p.box_subscriber}</Abbonat><Lingwa>mt</Lingwa></Boot>"
    )
    b.set_body(_xml(body), "application/xml; charset=utf-8")
    b.respond(
        200,
        "application/xml",
        _xml(
            f"<BootResponse><Token>{new_hex(c.rng, 40)}</Token><Ħin>{iso(c)}</Ħin></BootResponse>"
        ),
    )
    return b.build()


def zapping(c: Context) -> Flow:
    ch, name = c.rng.choice(KANALI)
    b = _b(c, "POST", "/mw/v2/avvenimenti")
    b.view("xml BidlaTaKanal Kanal/Programm/Bidu/SekondiMara (channel watched)")
    body = (
        "<Avvenimenti><BidlaTaKanal>"
        f'<Kanal id="{ch}">{escape(name)}</Kanal>'
        f"<Programm>{escape(c.rng.choice(PROGRAMMI))}</Programm>"
        f"<Bidu>{iso(c)}</Bidu><SekondiMara>{c.rng.randint(15, 3600)}</SekondiMara>"
        f"<Minn>{c.rng.choice(KANALI)[0]}</Minn>"
        "</BidlaTaKanal></Avvenimenti>"
    )
    b.set_body(_xml(body), "application/xml; charset=utf-8")
    b.respond(200, "application/xml", _xml("<Ok/>"))
    return b.build()


def ricentement(c: Context) -> Flow:
    b = _b(c, "GET", "/mw/v2/rail/mara-riċentement".replace("ċ", "%C4%8B"))
    b.view("response xml Mara/Oġġett (recently watched)", direction="response")
    items = "".join(
        f"<Oġġett><Kanal>{escape(c.rng.choice(KANALI)[1])}</Kanal>"
        f"<Programm>{escape(c.rng.choice(PROGRAMMI))}</Programm>"
        f"<MaraFl>{iso(c)}</MaraFl><Pożizzjoni>{c.rng.randint(60, 3000)}</Pożizzjoni></Oġġett>"
        for _ in range(c.rng.randint(2, 5))
    )
    b.respond(200, "application/xml; charset=utf-8", _xml(f"<Mara>{items}</Mara>"))
    return b.build()


def am_probe(c: Context) -> Flow:
    b = FB(c, "fibratv-am", "GET", AM, http_version="HTTP/1.1")
    b.header("user-agent", "fam/1.2")
    b.view("query d rows channel:seconds:ts", detectable=False)
    rows = ";".join(
        f"{c.rng.choice(KANALI)[0]}:{c.rng.randint(15, 3600)}:{int(c.now) - c.rng.randint(0, 900)}"
        for _ in range(c.rng.randint(1, 4))
    )
    b.params += [
        ("i", b.id("box_mac", "sha1_of_nosep", "query i", detectable=False)),
        ("d", rows),
        ("v", "3"),
    ]
    b.respond(204, None)
    return b.build()


def epg(c: Context) -> Flow:
    ch, _ = c.rng.choice(KANALI)
    b = _b(c, "GET", f"/mw/v2/epg?kanal={ch}&siegħat=6", mac=c.rng.random() < 0.3)
    b.decoy("EPG start times and durations (content fetch)")
    t0 = int(c.now) // 1800 * 1800
    progs = "".join(
        f'<Programm bidu="{t0 + i * 3600}" tul="3600">{escape(p)}</Programm>'
        for i, p in enumerate(PROGRAMMI[:4])
    )
    b.respond(200, "application/xml", _xml(f'<Epg kanal="{ch}">{progs}</Epg>'))
    return b.build()


def lineup(c: Context) -> Flow:
    b = _b(c, "GET", "/mw/v2/kanali", mac=False)
    b.decoy("channel line-up")
    rows = "".join(f'<Kanal numru="{ch}">{escape(n)}</Kanal>' for ch, n in KANALI)
    b.respond(200, "application/xml", _xml(f"<Kanali>{rows}</Kanali>"))
    return b.build()


def stream_url(c: Context) -> Flow:
    ch, _ = c.rng.choice(KANALI)
    b = _b(c, "POST", "/mw/v2/stream", mac=False)
    b.decoy("stream URL and DRM licence request (content fetch)")
    b.json({"kanal": ch, "drm": "widevine", "challenge": new_hex(c.rng, 64)})
    b.ok_json(
        {
            "url": f"https://live.fibratv.example/{ch}/index.mpd?tok={new_hex(c.rng, 32)}",
            "licenza": "https://drm.fibratv.example/wv",
            "skadenza": ms(c) + 3600000,
        }
    )
    return b.build()


def firmware(c: Context) -> Flow:
    b = _b(c, "GET", "/mw/v2/firmware?mudell=FTV-4K2&verzjoni=4.11.2", mac=False)
    b.decoy("firmware checksum")
    b.ok_json({"aġġornament": False, "sha256": new_hex(c.rng, 64), "verzjoni": "4.11.2"})
    return b.build()
