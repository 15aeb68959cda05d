"""The mall's digital-signage players (Xibo CMS on xibo.cloud), as the operator app
relays them: XMDS SubmitStats proof-of-play, NotifyStatus and RequiredFiles.

Sources: Xibo "Creating a Player / XMDS" documentation and xibo-cms
lib/Xmds/Soap.php (SubmitStats takes serverKey, hardwareKey and statXml:
`<records><stat type="media" fromdt todt scheduleid layoutid mediaid/>`).
All negatives: what each screen in the mall played and for how long is an ad
playout log of a display, not what a person watched; hardwareKey identifies a
mall-owned player, not the tester's device.
"""

from __future__ import annotations

from datetime import UTC, datetime

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import js

from .phone import FB, mac, rid, ua

CMS = "https://mallscreens.xibo.cloud/xmds.php"
UA = ua("ScreenOps", "1.9.2")
TAGS = ["ster-kinekor", "woolies", "kfc"]


def _ts(t: float) -> str:
    return datetime.fromtimestamp(t, UTC).strftime("%Y-%m-%d %H:%M:%S")


def _soap(method: str, inner: str) -> bytes:
    return (
        '<?xml version="1.0" encoding="utf-8"?><soap:Envelope '
        'xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/" '
        'xmlns:tns="urn:xmds"><soap:Body>'
        f"<tns:{method}>{inner}</tns:{method}></soap:Body></soap:Envelope>"
    ).encode()


def _b(c: Context, method: str) -> FB:
    b = FB(c, "xibo-xmds", "POST", CMS, [("v", "7"), ("method", method)], "HTTP/1.1")
    b.header("user-agent", UA)
    b.header("soapaction", f"urn:xmds#{method}")
    return b


def _keys(c: Context) -> str:
    return f"<serverKey>mallkey</serverKey><hardwareKey>{new_hex(c.rng, 32)}</hardwareKey>"


def submit_stats(c: Context) -> Flow:
    b = _b(c, "SubmitStats")
    b.decoy("proof-of-play of a mall signage screen (media played, from/to): a display's ad log")
    recs = []
    t = c.now - 3600
    for _ in range(c.rng.randint(4, 10)):
        dur = c.rng.choice([10, 15, 30])
        recs.append(
            f'<stat type="media" fromdt="{_ts(t)}" todt="{_ts(t + dur)}" '
            f'scheduleid="{c.rng.randint(10, 90)}" layoutid="{c.rng.randint(100, 400)}" '
            f'mediaid="{c.rng.randint(1000, 4000)}" tag="{c.rng.choice(TAGS)}"/>'
        )
        t += dur
    xml = "<records>" + "".join(recs) + "</records>"
    esc = xml.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    b.set_body(
        _soap("SubmitStats", _keys(c) + f"<statXml>{esc}</statXml>"), "text/xml; charset=utf-8"
    )
    b.respond(200, "text/xml", _soap("SubmitStatsResponse", "<success>true</success>"))
    return b.build()


def notify_status(c: Context) -> Flow:
    b = _b(c, "NotifyStatus")
    b.decoy("signage player status (its MAC, current layout, storage): a mall-owned display")
    status = js(
        {
            "currentLayoutId": c.rng.randint(100, 400),
            "availableSpace": c.rng.randint(10**9, 2 * 10**10),
            "totalSpace": 32000000000,
            "lastCommandSuccess": True,
            "deviceName": f"L1-FOODCOURT-{c.rng.randint(1, 40):02d}",
            "macAddress": mac(c.rng, "00:1E:06"),
            "timeZone": "Africa/Johannesburg",
        }
    )
    b.set_body(
        _soap("NotifyStatus", _keys(c) + f"<status>{status}</status>"), "text/xml; charset=utf-8"
    )
    b.respond(200, "text/xml", _soap("NotifyStatusResponse", "<success>true</success>"))
    return b.build()


def required_files(c: Context) -> Flow:
    b = _b(c, "RequiredFiles")
    b.decoy("required media list of a signage player (ad creatives to download)")
    b.set_body(_soap("RequiredFiles", _keys(c)), "text/xml; charset=utf-8")
    files = "".join(
        f'<file type="media" id="{c.rng.randint(1000, 4000)}" size="{c.rng.randint(10**5, 10**7)}" '
        f'md5="{new_hex(c.rng, 32)}" download="http" saveAs="{rid(c.rng)}.mp4"/>'
        for _ in range(4)
    )
    b.respond(200, "text/xml", _soap("RequiredFilesResponse", f"<files>{files}</files>"))
    return b.build()


def audience_report(c: Context) -> Flow:
    b = FB(c, "screenops", "GET", "https://ops.mallscreens.co.za/api/campaigns/playouts")
    b.header("user-agent", UA)
    b.param("screen", f"L2-ESCALATOR-{c.rng.randint(1, 12):02d}")
    b.decoy("campaign playout totals per screen (plays, seconds on air): advertiser billing")
    rows = [
        {"creative": c.rng.choice(["Black Friday 30s", "Ster-Kinekor Moana 2", "KFC Streetwise"]),
         "plays": c.rng.randint(50, 400), "secondsOnAir": c.rng.randint(500, 9000)}
        for _ in range(5)
    ]  # fmt: skip
    b.ok_json({"rows": rows, "period": "7d"})
    return b.build()
