"""The VanuaSky satellite pay-TV decoder in the Suva living room (a Sky
Pacific-like DTH service), connected to the home Wi-Fi for its return path.

The decoder talks XML to the operator's return-path server: at boot it
registers its serial, Ethernet MAC and the conditional-access smart card
number; the audience-measurement agent uploads `<Tune>` events (service,
channel name, start, seconds watched). A newer agent build sends the same
events as a packed binary record (magic, card number in ASCII, then fixed-size
rows of service id / start / seconds) with no names at all. The entitlement
check sends the card number in the query. The EPG, the channel line-up, the
dish pointing report (azimuth / elevation, signal quality), the package list
and the firmware check carry no viewing and no identifier.
"""

from __future__ import annotations

import struct
from xml.sax.saxutils import quoteattr

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex

from .phone import FB, iso, rf

RP = "https://rp.vanuasky.example"
UA = "VanuaSky-STB/5.2.14 (Linux 4.9; STi H418; VS4K-200)"
SERVICES = [
    (101, "Fiji One"),
    (102, "FBC TV"),
    (110, "Mai TV"),
    (205, "Sky Sports Pacific 1"),
    (206, "Sky Sports Pacific 2"),
    (301, "Star Plus"),
    (302, "Zee TV"),
    (310, "Colors Rishtey"),
    (404, "Cartoon Network"),
]
PROGRAMMES = [
    "Na Tukutuku Vakaviti",
    "FBC News at Seven",
    "Skipper Cup Live: Nadroga v Naitasiri",
    "Anupamaa",
    "Kundali Bhagya",
    "Super Rugby Pacific: Drua v Chiefs",
    "Bula Kids",
]


def _b(c: Context, method: str, url: str, ctype_xml: bool = True) -> FB:
    b = FB(c, "vanuasky-stb", method, url, http_version="HTTP/1.1")
    b.header("user-agent", UA)
    if ctype_xml:
        b.header("accept", "application/xml")
    return b


def _xml(b: FB, body: str) -> None:
    b.set_body(('<?xml version="1.0" encoding="UTF-8"?>' + body).encode(), "application/xml")


def _ok_xml(b: FB, body: str) -> None:
    b.respond(200, "application/xml", ('<?xml version="1.0"?>' + body).encode())


def boot_register(c: Context) -> Flow:
    b = _b(c, "POST", f"{RP}/stb/v2/register")
    serial = b.id("stb_serial", where="xml Stb@serial")
    mac = b.id("stb_mac", where="xml Stb@ethMac")
    card = b.id("stb_card", where="xml Stb@smartCard")
    _xml(
        b,
        f'<Register><Stb serial="{serial}" ethMac="{mac}" smartCard="{card}" '
        f'model="VS4K-200" fw="5.2.14" loader="2.07"/><Time>{iso(c)}</Time></Register>',
    )
    uid = b.id("sky_stb_uid", where="response xml Stb@uid", direction="response")
    _ok_xml(b, f'<RegisterResult status="OK"><Stb uid="{uid}" region="FJ-C"/></RegisterResult>')
    return b.build()


def audience_xml(c: Context) -> Flow:
    b = _b(c, "POST", f"{RP}/am/v1/events")
    b.view("xml Tune@service / channel / start / seconds")
    uid = b.id("sky_stb_uid", where="xml AudienceReport@stbUid")
    rows = []
    for _ in range(c.rng.randint(1, 5)):
        sid, name = c.rng.choice(SERVICES)
        rows.append(
            f"<Tune service={quoteattr(str(sid))} channel={quoteattr(name)} "
            f"event={quoteattr(c.rng.choice(PROGRAMMES))} start={quoteattr(iso(c))} "
            f"seconds={quoteattr(str(c.rng.randint(20, 5400)))}/>"
        )
    _xml(b, f'<AudienceReport stbUid="{uid}" v="3">{"".join(rows)}</AudienceReport>')
    _ok_xml(b, '<Ack n="1"/>')
    return b.build()


def audience_bin(c: Context) -> Flow:
    """Packed records: b'VSAR', version, card number (12 ASCII bytes), rows of
    (service u16, start u32, seconds u16)."""
    b = _b(c, "POST", f"{RP}/am/v2/b", ctype_xml=False)
    card = b.id("stb_card", where="binary body bytes 5-16 (card number)", detectable=False)
    b.view("binary rows (service, start, seconds)", detectable=False)
    rows = b"".join(
        struct.pack(
            ">HIH",
            c.rng.choice(SERVICES)[0],
            int(c.now) - c.rng.randint(0, 9000),
            c.rng.randint(20, 5400),
        )
        for _ in range(c.rng.randint(2, 6))
    )
    b.set_body(b"VSAR\x02" + card.encode() + rows, "application/octet-stream")
    b.respond(204, None)
    return b.build()


def entitlement(c: Context) -> Flow:
    b = _b(c, "GET", f"{RP}/ca/v1/entitlements")
    b.param("cardNo", b.id("stb_card", where="query cardNo"))
    b.param("region", "FJ-C")
    _ok_xml(
        b,
        '<Entitlements><Pkg id="VUVALE" until="2025-04-01"/><Pkg id="SPORTS" until="2025-04-01"/>'
        "</Entitlements>",
    )
    return b.build()


def epg(c: Context) -> Flow:
    sid, name = c.rng.choice(SERVICES)
    b = _b(c, "GET", f"{RP}/epg/v1/service/{sid}?days=1")
    b.decoy("EPG start times and durations (schedule)")
    rows = "".join(
        f"<Event title={quoteattr(t)} start={quoteattr(iso(c))} "
        f'duration="{c.rng.choice([30, 60, 90])}"/>'
        for t in c.rng.sample(PROGRAMMES, 4)
    )
    _ok_xml(b, f"<Schedule service={quoteattr(name)}>{rows}</Schedule>")
    return b.build()


def lineup(c: Context) -> Flow:
    b = _b(c, "GET", f"{RP}/si/v1/lineup?region=FJ-C")
    b.decoy("channel line-up (catalogue)")
    rows = "".join(
        f'<Service id="{sid}" lcn="{i + 1}" name={quoteattr(n)}/>'
        for i, (sid, n) in enumerate(SERVICES)
    )
    _ok_xml(b, f"<Lineup>{rows}</Lineup>")
    return b.build()


def dish_report(c: Context) -> Flow:
    b = _b(c, "POST", f"{RP}/diag/v1/signal")
    b.decoy("dish position: azimuth / elevation / signal quality (not a face or head pose)")
    _xml(
        b,
        f'<Signal sat="Intelsat 19" transponder="12{c.rng.randint(100, 700)}H" '
        f'azimuth="{rf(c.rng, 54, 56, 2)}" elevation="{rf(c.rng, 57, 60, 2)}" '
        f'quality="{c.rng.randint(60, 98)}" strength="{c.rng.randint(55, 95)}" rain="0"/>',
    )
    _ok_xml(b, '<Ack n="1"/>')
    return b.build()


def firmware(c: Context) -> Flow:
    b = _b(c, "GET", f"{RP}/ota/v1/check?model=VS4K-200&fw=5.2.14")
    b.decoy("firmware version and image hash")
    _ok_xml(b, f'<Ota latest="5.2.16" sha256="{new_hex(c.rng, 64)}" size="41872311"/>')
    return b.build()


def packages(c: Context) -> Flow:
    b = _b(c, "GET", f"{RP}/store/v1/packages")
    b.decoy("package prices and durations")
    _ok_xml(
        b,
        '<Packages><Pkg id="VUVALE" price="39.95" duration="30"/>'
        '<Pkg id="SPORTS" price="24.95" duration="30"/>'
        '<Pkg id="HINDI" price="19.95" duration="30"/>'
        "</Packages>",
    )
    return b.build()
