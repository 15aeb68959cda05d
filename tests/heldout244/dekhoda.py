"""The pay-TV decoder in the Durban lounge (a fictional Bonisa satellite service
with an internet-connected PVR decoder).

The decoder's middleware speaks English keys, as pay-TV middleware does. It
registers with its smartcard number, serial, chip id and Ethernet MAC; its
entitlement check sends the smartcard number; its audience-measurement agent
reports channel changes (channel, start, seconds on the channel) and, on the
newer agent, a protobuf of numbered fields. Firmware checks send the serial.
The EPG, the recordings schedule and the channel line-up are content fetches.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import pb_bytes, pb_msg, pb_varint

from .phone import FB, iso, ms

API = "https://stb.bonisa.example"
AM = "https://am.bonisa.example"
UA = "BonisaSTB/4.12 (Linux; MIPS; BX-6000 PVR)"
CHANNELS = [
    (161, "SABC 1"),
    (194, "e.tv"),
    (161, "Mzansi Magic"),
    (157, "Moja Love"),
    (202, "SuperSport PSL"),
    (211, "SuperSport Rugby"),
    (341, "Trace Africa"),
    (342, "Ukhozi FM (audio)"),
]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "bonisa-stb", method, url, http_version="HTTP/1.1")
    b.header("user-agent", UA)
    return b


def register(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/stb/register")
    b.json(
        {
            "smartcardNumber": b.id("dec_smartcard", where="json smartcardNumber"),
            "decoderSerial": b.id("dec_serial", where="json decoderSerial"),
            "chipId": b.id("dec_chip_id", where="json chipId"),
            "ethMac": b.id("dec_mac", where="json ethMac"),
            "model": "BX-6000",
            "swVersion": "4.12.3",
        }
    )
    b.ok_json({"account": b.acct("dec_account"), "region": "KZN"})
    return b.build()


def entitlement(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/entitlements")
    b.param("smartcard", b.id("dec_smartcard", where="query smartcard"))
    b.ok_json({"package": "Compact Plus", "validUntil": iso(c)[:10], "pvr": True})
    return b.build()


def firmware(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/firmware/check")
    b.param("serial", b.id("dec_serial", where="query serial"))
    b.param("model", "BX-6000")
    b.param("sw", "4.12.3")
    b.ok_json({"update": False})
    return b.build()


def channel_change(c: Context) -> Flow:
    num, name = c.rng.choice(CHANNELS)
    b = _b(c, "POST", f"{AM}/v1/events")
    b.header("x-stb-mac", b.id("dec_mac", "nosep_upper", "header x-stb-mac"))
    b.view("json events[] channelChange (channel + secondsOnChannel)")
    b.json(
        {
            "events": [
                {
                    "type": "channelChange",
                    "channelNumber": num,
                    "channelName": name,
                    "tunedAt": iso(c),
                    "secondsOnChannel": c.rng.randint(20, 3600),
                }
            ]
        }
    )
    b.no_content()
    return b.build()


def recording_played(c: Context) -> Flow:
    b = _b(c, "POST", f"{AM}/v1/events")
    b.header("x-stb-mac", b.id("dec_mac", "nosep_upper", "header x-stb-mac"))
    b.view("json events[] pvrPlayback (recording + watchedSeconds)")
    b.json(
        {
            "events": [
                {
                    "type": "pvrPlayback",
                    "title": c.rng.choice(["Uzalo", "Isibaya", "Imbewu", "Rugby Championship"]),
                    "recordedFrom": c.rng.choice(CHANNELS)[1],
                    "watchedSeconds": c.rng.randint(60, 3000),
                    "endedAt": iso(c),
                }
            ]
        }
    )
    b.no_content()
    return b.build()


def am_protobuf(c: Context) -> Flow:
    b = _b(c, "POST", f"{AM}/v2/b")
    b.view("protobuf rows (channel, seconds, ts)", detectable=False)
    rows = [
        pb_msg(
            2,
            [
                pb_varint(1, c.rng.choice(CHANNELS)[0]),
                pb_varint(2, c.rng.randint(20, 3600)),
                pb_varint(3, ms(c)),
            ],
        )
        for _ in range(c.rng.randint(2, 4))
    ]
    b.set_body(pb_bytes(1, new_hex(c.rng, 8)) + b"".join(rows), "application/octet-stream")
    b.respond(200, "application/octet-stream", b"")
    return b.build()


def epg(c: Context) -> Flow:
    num, name = c.rng.choice(CHANNELS)
    b = _b(c, "GET", f"{API}/api/epg?channel={num}&day=0")
    b.decoy("EPG programme times (content fetch)")
    b.ok_json(
        {
            "channel": name,
            "programmes": [
                {"title": t, "start": iso(c), "durationMin": c.rng.choice([30, 60])}
                for t in ("Izindaba", "Uzalo", "Skeem Saam", "Live PSL")
            ],
        }
    )
    return b.build()


def recordings_schedule(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/pvr/schedule")
    b.decoy("recordings schedule (planned, not watched)")
    b.ok_json(
        {
            "scheduled": [
                {"title": t, "channel": ch, "start": iso(c)}
                for t, ch in (("Uzalo", "SABC 1"), ("Sharks v Bulls", "SuperSport Rugby"))
            ]
        }
    )
    return b.build()


def lineup(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/channels?package=compactplus")
    b.ok_json({"channels": [{"number": n, "name": name} for n, name in CHANNELS]})
    return b.build()
