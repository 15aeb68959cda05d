"""The operator's IPTV set-top box in the Yakutsk flat (a Rostelecom-like
box on the operator's middleware): device auth in XML with the MAC and serial,
channel logs as JSON (`channelLog` with channel, start and seconds) and as XML
(`<ChannelLog><Entry .../>`), an opaque QoS probe, and ordinary EPG, channel
list and watchdog pings. The box is the family's own device.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow

from .phone import FB, iso, ms, rid

MW = "https://mw.iptv-sakhatelecom.example"
UA = "Mozilla/5.0 (Linux; STB SML-482 HD Base) AppleWebKit/537.36 IPTVPortal/2.19"
KANAL = ["НВК Саха", "Первый канал", "Россия-1", "Ариг Ус", "Якутия 24", "Карусель"]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "iptv", method, url, http_version="HTTP/1.1")
    b.header("user-agent", UA)
    return b


def auth(c: Context) -> Flow:
    b = _b(c, "POST", f"{MW}/api/stb/auth")
    mac = b.id("box_mac", where="xml <mac>")
    sn = b.id("box_serial", where="xml <serialNumber>")
    xml = (
        f'<?xml version="1.0" encoding="UTF-8"?><deviceAuth><mac>{mac}</mac>'
        f"<serialNumber>{sn}</serialNumber><model>SML-482</model><fw>2.19.4</fw></deviceAuth>"
    )
    b.set_body(xml.encode(), "application/xml")
    b.ok_json({"session": rid(c.rng), "account": b.acct("box_account")})
    return b.build()


def epg(c: Context) -> Flow:
    b = _b(c, "GET", f"{MW}/api/epg?channel={c.rng.randint(1, 60)}&date=today")
    b.decoy("programme guide with start times and durations")
    b.ok_json(
        {"programs": [{"title": "Новости", "start": iso(c), "duration": 1800} for _ in range(3)]}
    )
    return b.build()


def channels(c: Context) -> Flow:
    b = _b(c, "GET", f"{MW}/api/channels?region=14")
    b.ok_json({"channels": [{"num": i + 1, "name": k} for i, k in enumerate(KANAL)]})
    return b.build()


def watchdog(c: Context) -> Flow:
    b = _b(c, "GET", f"{MW}/api/ping?uptime={c.rng.randint(100, 900000)}")
    b.decoy("uptime ping, no content")
    b.ok_json({"pong": True})
    return b.build()


def log_json(c: Context) -> Flow:
    b = _b(c, "POST", f"{MW}/api/stat/channelLog")
    b.view("json channelLog[] (channel, start, seconds)")
    b.json(
        {
            "mac": b.id("box_mac", where="json mac"),
            "channelLog": [
                {"channel": c.rng.choice(KANAL), "start": ms(c), "seconds": c.rng.randint(30, 3600)}
                for _ in range(3)
            ],
        }
    )
    b.no_content()
    return b.build()


def log_xml(c: Context) -> Flow:
    b = _b(c, "POST", f"{MW}/api/stat/xml")
    sn = b.id("box_serial", where="xml ChannelLog@serial")
    b.view("xml <ChannelLog><Entry channel begin duration/>")
    entries = "".join(
        f'<Entry channel="{c.rng.choice(KANAL)}" begin="{iso(c)}" '
        f'duration="{c.rng.randint(30, 3600)}"/>'
        for _ in range(3)
    )
    b.set_body(
        f'<ChannelLog serial="{sn}">{entries}</ChannelLog>'.encode(), "text/xml; charset=utf-8"
    )
    b.no_content()
    return b.build()


def qos(c: Context) -> Flow:
    b = _b(c, "GET", f"{MW}/q.gif")
    b.param("k", b.id("box_mac", "md5_of_nosep", "query k (md5 of MAC)", detectable=False))
    b.view("query v (channel-number:seconds pairs)", detectable=False)
    b.param("v", ",".join(f"{c.rng.randint(1, 60)}:{c.rng.randint(10, 900)}" for _ in range(3)))
    b.respond(200, "image/gif", b"GIF89a;")
    return b.build()
