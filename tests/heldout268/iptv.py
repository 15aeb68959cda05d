"""The telco's IPTV box in the Willemstad living room (Kòrsou Telekom's own
middleware, XML over HTTP).

The box registers with its MAC, serial and a middleware UDID, and logs every
channel change as XML (`<logKanal>` with `<kanal>`, `<programa>`,
`<kuminsa>`, `<durashon>`: what was on and for how long). Every call carries
the serial in `X-STB-Serial` and the MAC in an `stb_mac` cookie. The box info
call returns the MAC and UDID in its XML answer. The EPG, the channel list and
the stream token are content fetches. A QoS agent uploads CSV rows keyed by a
SHA-1 of the serial.
"""

from __future__ import annotations

from xml.sax.saxutils import escape

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex

from .phone import FB, iso, ms

MW = "http://mw.tv.korsoutel.example/stb/v2"
QOS = "https://qos.korsoutel.example/up"
UA = "KTSTB/3.1 (Linux; Amlogic S905X4; KT-BOX4K)"
KANALNAN = [
    (101, "TeleCuraçao"),
    (102, "CBA TV"),
    (103, "TV Direct"),
    (110, "ATV Aruba"),
    (120, "ESPN Caribbean"),
    (130, "ABN ATV"),
    (141, "NPO 1 Internashonal"),
]
PROGRAMANAN = ["Notisiero", "Dòkter Den Kas", "Beisbòl Liga", "Telenovela", "Musika Tambú"]


def _b(c: Context, method: str, path: str) -> FB:
    b = FB(c, "kt-stb", method, f"{MW}/{path}", http_version="HTTP/1.1")
    b.header("user-agent", UA)
    b.header("x-stb-serial", b.id("box_serial", where="header x-stb-serial"))
    mac = b.id("box_mac", "urlenc", "cookie stb_mac")
    b.header("cookie", f"stb_mac={mac}; lang=pap")
    return b


def _xml(b: FB, body: str) -> None:
    b.set_body(('<?xml version="1.0" encoding="UTF-8"?>' + body).encode(), "application/xml")


def _ok(b: FB, body: str = "<resultado>0</resultado>") -> None:
    b.respond(200, "application/xml; charset=utf-8", body.encode())


def registra(c: Context) -> Flow:
    b = _b(c, "POST", "registra")
    mac = b.id("box_mac", where="xml aparato/mac")
    serial = b.id("box_serial", where="xml aparato/serial")
    udid = b.id("box_udid", where="xml aparato/udid")
    _xml(
        b,
        f"<aparato><mac>{mac}</mac><serial>{serial}</serial><udid>{udid}</udid>"
        "<modelo>KT-BOX4K</modelo><firmware>3.1.22</firmware></aparato>",
    )
    _ok(b, f"<sesion><token>{c.phone.box_token}</token><valido>86400</valido></sesion>")
    return b.build()


def info(c: Context) -> Flow:
    b = _b(c, "GET", "aparato/info")
    mac = b.id("box_mac", "nosep", "response xml mac", direction="response")
    udid = b.id("box_udid", "upper", "response xml udid", direction="response")
    _ok(b, f"<aparato><mac>{mac}</mac><udid>{udid}</udid><estado>aktivo</estado></aparato>")
    return b.build()


def log_kanal(c: Context) -> Flow:
    b = _b(c, "POST", "log/kanal")
    b.view("xml logKanal/evento (kanal + programa + kuminsa + durashon)")
    evs = []
    for _ in range(c.rng.randint(1, 3)):
        num, naam = c.rng.choice(KANALNAN)
        evs.append(
            f'<evento tipo="kambio_di_kanal"><kanal number="{num}">{escape(naam)}</kanal>'
            f"<programa>{escape(c.rng.choice(PROGRAMANAN))}</programa>"
            f"<kuminsa>{iso(c)}</kuminsa><durashon>{c.rng.randint(20, 5400)}</durashon></evento>"
        )
    _xml(b, f"<logKanal><tempu>{iso(c)}</tempu>{''.join(evs)}</logKanal>")
    _ok(b)
    return b.build()


def epg(c: Context) -> Flow:
    num, _ = c.rng.choice(KANALNAN)
    b = _b(c, "GET", f"epg?kanal={num}&oranan=6")
    b.decoy("EPG (programme start times; content fetch)")
    items = "".join(
        f"<programa><titulo>{escape(p)}</titulo><kuminsa>{iso(c)}</kuminsa></programa>"
        for p in c.rng.sample(PROGRAMANAN, 3)
    )
    _ok(b, f"<epg kanal='{num}'>{items}</epg>")
    return b.build()


def lista_kanal(c: Context) -> Flow:
    b = _b(c, "GET", "kanalnan")
    b.decoy("channel list (catalogue)")
    items = "".join(f"<kanal number='{n}'>{escape(nm)}</kanal>" for n, nm in KANALNAN)
    _ok(b, f"<kanalnan>{items}</kanalnan>")
    return b.build()


def stream_token(c: Context) -> Flow:
    num, _ = c.rng.choice(KANALNAN)
    b = _b(c, "GET", f"stream?kanal={num}")
    b.decoy("stream URL fetch for a channel")
    _ok(
        b,
        f"<stream><url>http://live.korsoutel.example/{num}/index.m3u8"
        f"?tk={new_hex(c.rng, 24)}</url></stream>",
    )
    return b.build()


def qos_csv(c: Context) -> Flow:
    b = FB(c, "kt-qos", "POST", QOS, http_version="HTTP/1.1")
    b.header("user-agent", "ktqos/0.9")
    key = b.id("box_serial", "sha1", "csv first line", detectable=False)
    b.view("csv rows channel,seconds,ts", detectable=False)
    rows = [
        f"{c.rng.choice(KANALNAN)[0]},{c.rng.randint(30, 3600)},{ms(c)}"
        for _ in range(c.rng.randint(1, 4))
    ]
    b.set_body(("\n".join([key, *rows]) + "\n").encode(), "text/csv")
    b.no_content()
    return b.build()
