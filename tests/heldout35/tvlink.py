"""Vidik TV: the companion app of a smart TV sold in the region (in-house
backend). The TV's automatic content recognition (ACR) results are relayed by
the phone app (the TV has no account), the TV's watch log feeds a
'recently watched' screen, and pairing sends the TV's Wi-Fi / Bluetooth MAC
and serial. Keys mix English and Serbian / Croatian.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import pb_bytes, pb_msg, pb_varint

from .phone import FB, iso, ms, rid, ua

API = "https://cloud.vidiktv.com"
UA = ua("VidikRemote", "4.0.7")
CHANNELS = ["RTS1", "Nova S", "HRT1", "RTL Hrvatska", "bTV", "Nova BG", "POP TV", "Kanal A"]
PROGS = ["Dnevnik", "Slagalica", "Potera", "Tigrov skok", "Pod prikritie", "24UR"]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "vidik", method, url)
    b.header("user-agent", UA)
    return b


def acr(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/acr/v2/matches")
    matches = [
        {
            "channel": c.rng.choice(CHANNELS),
            "program": c.rng.choice(PROGS),
            "offsetMs": c.rng.randint(0, 3_000_000),
            "matchedAt": ms(c) - i * 30000,
        }
        for i in range(c.rng.randint(2, 4))
    ]
    b.json({"tvSerial": b.id("tv_serial", where="json:tvSerial"), "acrMatches": matches})
    b.view("json:acrMatches[].channel+program")
    b.no_content()
    return b.build()


def acr_protobuf(c: Context) -> Flow:
    """Raw fingerprint frames for server-side matching: ints under field numbers."""
    b = _b(c, "POST", f"{API}/acr/v2/fp")
    frames = b"".join(
        pb_msg(2, [pb_varint(1, c.rng.getrandbits(32)), pb_varint(2, ms(c) - i * 500)])
        for i in range(6)
    )
    mac = b.id("tv_mac", "protobuf", where="protobuf:1", detectable=False)
    b.set_body(pb_bytes(1, mac) + frames, "application/x-protobuf")
    b.view("protobuf:2[] (fingerprint hashes)", detectable=False)
    b.no_content()
    return b.build()


def gledano(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v1/tv/istorija")
    items = [
        {
            "kanal": c.rng.choice(CHANNELS),
            "emisija": c.rng.choice(PROGS),
            "odMin": c.rng.randint(1, 90),
        }
        for _ in range(3)
    ]
    b.json(
        {"uredjaj": b.id("tv_mac", where="json:uredjaj (TV MAC)"), "gledano": items, "at": iso(c)}
    )
    b.view("json:gledano[].kanal+emisija")
    b.no_content()
    return b.build()


def pair(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v1/pair")
    b.json(
        {
            "wifiMac": b.id("tv_mac", where="json:wifiMac"),
            "btMac": b.id("tv_bt_mac", where="json:btMac"),
            "serialNumber": b.id("tv_serial", where="json:serialNumber"),
            "phoneId": b.id("aid_tv", where="json:phoneId"),
            "model": "VD55UQ8",
        }
    )
    b.ok_json({"paired": True})
    return b.build()


def status(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v1/tv/{c.phone.tv_serial}/status")
    b.id("tv_serial", where="path:/tv/{serial}/status")
    b.ok_json({"power": "on", "volume": c.rng.randint(0, 40)})
    return b.build()


def keypress(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v1/remote/key")
    b.json(
        {
            "key": c.rng.choice(["KEY_UP", "KEY_DOWN", "KEY_OK", "KEY_VOLUP", "KEY_BACK"]),
            "seq": c.rng.randint(1, 999),
        }
    )
    b.no_content()
    b.decoy("remote keypress")
    return b.build()


def epg(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v1/epg")
    b.param("kanal", c.rng.choice(CHANNELS))
    b.ok_json({"program": [{"naziv": p, "pocetak": f"{18 + i}:00"} for i, p in enumerate(PROGS)]})
    b.decoy("EPG grid")
    return b.build()


def apps(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v1/store/apps")
    b.ok_json(
        {"apps": [{"id": rid(c.rng)[:8], "name": n} for n in ("YouTube", "Netflix", "Gledaj")]}
    )
    b.decoy("TV app store list")
    return b.build()
