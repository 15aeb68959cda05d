"""The living-room satellite decoder (a DTH box of the pay-TV operator, Kigali):
it posts XML audience logs (`<AudienceLog>` with the channel, start and
duration of each viewing) to the operator's head-end, polls for entitlements
with its smart card number, and downloads EPG and firmware lists. The smart
card number is a subscription, not a device id; the box's MAC and serial are."""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex

from .phone import FB, iso, ms

HE = "https://he.dth-rwanda.example"
CHANNELS = [
    ("101", "RBA TV"),
    ("102", "TV10"),
    ("117", "ST Sport Arena"),
    ("230", "ST Dadin Kowa"),
    ("305", "TV1 Rwanda"),
]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "decoder", method, url, http_version="HTTP/1.1")
    b.header("user-agent", "DTH-STB/3.2 (HiSilicon Hi3798; fw 7.4.11)")
    return b


def audience_log(c: Context) -> Flow:
    b = _b(c, "POST", f"{HE}/stb/v2/audience")
    b.id("dec_serial", where="xml Device@serial")
    b.id("dec_mac", where="xml Device@mac")
    b.view("xml AudienceLog/View channel, start, duration")
    views = "".join(
        f'<View channel="{n}" name="{nm}" start="{iso(c)}" duration="{c.rng.randint(60, 5400)}"/>'
        for n, nm in c.rng.sample(CHANNELS, 3)
    )
    xml = (
        '<?xml version="1.0" encoding="UTF-8"?>'
        f'<AudienceLog version="2"><Device serial="{c.phone.dec_serial}" mac="{c.phone.dec_mac}" '
        f'card="{b.acct("dec_smartcard")}"/>{views}</AudienceLog>'
    )
    b.set_body(xml.encode(), "application/xml; charset=utf-8")
    b.respond(200, "application/xml", b'<Ack status="0"/>')
    return b.build()


def audience_compact(c: Context) -> Flow:
    """The older firmware's compact log: `ch,start,secs` lines base64ed in one element."""
    import base64

    lines = "\n".join(
        f"{n},{int(c.now) - c.rng.randint(0, 9000)},{c.rng.randint(60, 4000)}"
        for n, _ in c.rng.sample(CHANNELS, 3)
    )
    b = _b(c, "POST", f"{HE}/stb/v1/al")
    b.id("dec_serial", where="xml S element")
    b.view("xml D = base64(csv channel,start,secs)", detectable=False)
    xml = f"<R><S>{c.phone.dec_serial}</S><D>{base64.b64encode(lines.encode()).decode()}</D></R>"
    b.set_body(xml.encode(), "text/xml")
    b.respond(200, "text/xml", b"<OK/>")
    return b.build()


def entitlement(c: Context) -> Flow:
    b = _b(
        c,
        "GET",
        f"{HE}/cas/entitlement?card={c.phone.dec_smartcard}&stb={c.phone.dec_mac.replace(':', '')}",
    )
    b.id("dec_mac", "nosep", "query stb (MAC without colons)")
    b.respond(
        200,
        "application/xml",
        f'<Entitlement card="{c.phone.dec_smartcard}" bouquet="Classic" '
        f'expires="2025-04-01"/>'.encode(),
    )
    return b.build()


def epg(c: Context) -> Flow:
    b = _b(c, "GET", f"{HE}/epg/day?d={iso(c)[:10]}")
    b.decoy("EPG schedule with channels and times")
    rows = "".join(
        f'<Event ch="{n}" title="Amakuru" start="{iso(c)}" dur="1800"/>' for n, _ in CHANNELS
    )
    b.respond(200, "application/xml", f"<Epg>{rows}</Epg>".encode())
    return b.build()


def firmware(c: Context) -> Flow:
    b = _b(c, "GET", f"{HE}/ota/check?model=HD-S2&fw=7.4.11")
    b.decoy("firmware version and checksum")
    b.respond(
        200,
        "application/xml",
        f'<Ota latest="7.4.12" sha1="{new_hex(c.rng, 40)}" t="{ms(c)}"/>'.encode(),
    )
    return b.build()
