"""Hotel Moselblick (Remich): the commuter's overnight room and its TV.

The room TV is the hotel's equipment: its serial and MAC are the hotel's, not a
device identifier of the guest. What it reports about one room's viewing (the
interactive-TV platform's play log per room: channel, programme, start and
minutes) is viewing history. The room's channel list, the welcome page, the
room-service order and the Wi-Fi portal are ordinary.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_digits, new_hex

from .phone import B, fmac, iso, mk, rf

ITV = "https://itv.hotel-moselblick.example"
ROOM = "214"
TV_SERIAL = "HTV-0214-7Q3X9"
TV_MAC = "00:09:DF:5A:21:4C"
CHANNELS = [("RTL Tëlee", "De Journal"), ("ARD", "Tagesschau"), ("TF1", "Journal de 20h")]


def _tv(c: Context, method: str, path: str) -> B:
    b = mk(c, "hotel-itv", method, ITV + path, "HotelTV/3.1 (Linux; Tizen 6.5)")
    b.header("x-room", ROOM)
    return b


def room_viewing_xml(c: Context) -> Flow:
    ch, prog = c.rng.choice(CHANNELS)
    b = _tv(c, "POST", "/itv/api/playlog")
    b.view("xml PlayLog Room/Channel/Programme/Start/Minutes (one room's viewing)")
    b.decoy("hotel's TV serial and MAC (institution's equipment)")
    xml = (
        '<?xml version="1.0" encoding="UTF-8"?>'
        f'<PlayLog room="{ROOM}" tv="{TV_SERIAL}" mac="{TV_MAC}">'
        f"<Entry><Channel>{ch}</Channel><Programme>{prog}</Programme>"
        f"<Start>{iso(c)}</Start><Minutes>{c.rng.randint(3, 55)}</Minutes></Entry>"
        "</PlayLog>"
    )
    b.set_body(xml.encode(), "application/xml; charset=UTF-8")
    b.respond(200, "application/xml", b"<ok/>")
    return b.build()


def tv_heartbeat(c: Context) -> Flow:
    b = _tv(c, "POST", "/itv/api/heartbeat")
    b.decoy("hotel TV status with its serial and MAC (hotel's equipment, no viewing)")
    b.json({"tv": TV_SERIAL, "mac": TV_MAC, "uptime": c.rng.randint(100, 90000), "fw": "3.1.7"})
    b.ok_json({"cmd": None})
    return b.build()


def channel_list(c: Context) -> Flow:
    b = _tv(c, "GET", "/itv/api/channels?lang=lb")
    b.decoy("room TV channel list ('Sender')")
    b.ok_json({"Sender": [{"nr": n, "numm": ch} for n, (ch, _) in enumerate(CHANNELS, 1)]})
    return b.build()


def room_service(c: Context) -> Flow:
    b = mk(c, "hotel-app", "POST", "https://app.hotel-moselblick.example/v1/roomservice")
    b.decoy("room-service order with room and order number")
    b.json({"zëmmer": ROOM, "artikelen": ["Quiche", "Crémant"], "zäit": iso(c)})
    b.ok_json({"bestellung": "RS-" + new_digits(c.rng, 6), "preis": rf(c.rng, 12, 60, 2)})
    return b.build()


def wifi_portal(c: Context) -> Flow:
    b = mk(c, "hotel-wifi", "POST", "https://wifi.hotel-moselblick.example/login")
    b.decoy("captive portal with room number and a session token")
    b.form([("room", ROOM), ("name", "Schmitt"), ("accept", "1")])
    b.ok_json({"session": new_hex(c.rng, 24), "ap": fmac(c.rng, "F0:9F:C2")})
    return b.build()
