"""The pay-TV operator's satellite decoder in the Harare lounge (a fictional
ZuvaSat HD PVR with a Wi-Fi return path).

The decoder reports audience data: channel tune events with start time and
seconds watched, keyed by its serial and smartcard number, as XML the way
set-top-box middleware does; a legacy firmware uploads pipe-delimited rows
(service numbers and seconds only) keyed by a SHA-1 of the serial. The
return-path check-in carries the Wi-Fi MAC. The EPG download, the software
update check, the signal-quality report (LNB levels, no channels) and the
operator's channel line-up are ordinary.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex

from .phone import FB, iso, ms, rf

API = "https://rp.zuvasat.example"
UA = "ZuvaSat-PVR/HD2 fw 7.14.2 (STB; BCM7362)"
SERVICES = [
    (101, "ZuvaSport 1"),
    (102, "ZuvaSport 2"),
    (114, "ZuvaMagic"),
    (120, "ZBC TV"),
    (131, "Africa News 24"),
    (145, "Zuva Gospel"),
    (160, "Kids Kingdom"),
]
PROGRAMMES = ["PSL Live: CAPS United v FC Platinum", "Mukadzi Wangu", "Main News", "Gospel Hour"]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "zuvasat", method, url, http_version="HTTP/1.1")
    b.header("user-agent", UA)
    return b


def checkin(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/stb/v2/checkin")
    b.json(
        {
            "serial": b.id("dec_serial", where="json serial"),
            "smartcard": b.id("dec_smartcard", where="json smartcard"),
            "wifiMac": b.id("dec_mac", where="json wifiMac"),
            "fw": "7.14.2",
            "customer": b.acct("dec_account"),
        }
    )
    b.ok_json({"interval": 900, "audience": True, "ntp": "pool.ntp.org"})
    return b.build()


def audience_xml(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/stb/v2/audience")
    serial = b.id("dec_serial", where="xml attribute stb/@serial")
    card = b.id("dec_smartcard", where="xml attribute stb/@smartcard")
    b.view("xml <tune service= programme= start= duration=>")
    rows = "".join(
        f'<tune service="{s}" name="{n}" programme="{c.rng.choice(PROGRAMMES)}" '
        f'start="{iso(c)}" duration="{c.rng.randint(60, 5400)}" '
        f'source="{c.rng.choice(["LIVE", "PVR"])}"/>'
        for s, n in c.rng.sample(SERVICES, c.rng.randint(1, 4))
    )
    xml = (
        '<?xml version="1.0" encoding="UTF-8"?>'
        f'<audience><stb serial="{serial}" smartcard="{card}"/>{rows}</audience>'
    )
    b.set_body(xml.encode(), "application/xml")
    b.respond(200, "application/xml", b"<ack/>")
    return b.build()


def audience_legacy(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/a")
    b.header("user-agent", "stb-rp/1.0")
    k = b.id("dec_serial", "sha1", "body first line", detectable=False)
    b.view("text rows service|start ms|seconds", detectable=False)
    rows = "\n".join(
        f"{c.rng.choice(SERVICES)[0]}|{ms(c)}|{c.rng.randint(60, 3600)}"
        for _ in range(c.rng.randint(2, 6))
    )
    b.set_body(f"{k}\n{rows}\n".encode(), "text/plain")
    b.respond(200, "text/plain", b"OK")
    return b.build()


def epg(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/epg/v1/day/{iso(c)[:10]}.xml.gz")
    b.decoy("EPG with programme start times")
    rows = "".join(
        f'<event service="{s}" start="{h:02d}:00" title="{p}"/>'
        for (s, _), h, p in zip(SERVICES, range(17, 22), PROGRAMMES, strict=False)
    )
    b.respond(200, "application/xml", f"<epg>{rows}</epg>".encode(), "gzip")
    return b.build()


def update_check(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/sw/v1/latest?model=HD2&fw=7.14.2")
    b.decoy("firmware hash")
    b.ok_json({"latest": "7.14.2", "sha256": new_hex(c.rng, 64), "mandatory": False})
    return b.build()


def signal_report(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/stb/v2/signal")
    b.decoy("signal quality (no channel, no device id)")
    b.json(
        {
            "transponder": c.rng.choice([11590, 11630, 11670]),
            "snr": rf(c.rng, 6, 14, 1),
            "ber": rf(c.rng, 0, 0.001, 6),
            "lnb": "13V",
            "t": ms(c),
        }
    )
    b.no_content()
    return b.build()


def lineup(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/lineup/v1/ZW?bouquet=family")
    b.ok_json({"bouquet": "Family", "services": [{"n": s, "name": n} for s, n in SERVICES]})
    return b.build()
