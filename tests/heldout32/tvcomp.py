"""Masach Remote (fictional smart-TV companion app, TV sold in IL/GR/CZ): pairs
with the TV over the LAN, relays the TV's automatic content recognition (ACR)
matches and a watch log to the maker's cloud, and registers the TV (Wi-Fi MAC,
serial). Key names are the maker's own; ACR reports carry what was matched on
screen (channel, programme, offset), as ACR vendors describe their output
(Samba TV / Gracenote ACR product docs: content id, network, timestamp).
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import b64, pb_bytes, pb_varint

from .phone import FB, iso, ms, rid, ua

API = "https://cloud.masach-tv.com"
UA = ua("MasachRemote", "2.4.0", "240")
CHANNELS = [("Kan 11", "ערוץ כאן 11"), ("ERT1", "ΕΡΤ1"), ("CT1", "ČT1"), ("Keshet 12", "קשת 12")]


def _b(c: Context, method: str, path: str) -> FB:
    b = FB(c, "tv", method, API + path)
    b.header("user-agent", UA)
    return b


def acr_match(c: Context) -> Flow:
    ch, local = c.rng.choice(CHANNELS)
    b = _b(c, "POST", "/acr/v2/matches")
    b.json(
        {
            "tvDuid": b.id("tv_duid", where="body.tvDuid"),
            "matches": [
                {
                    "channel": ch,
                    "channelName": local,
                    "programId": f"EP{c.rng.randint(10**6, 10**7)}",
                    "offsetMs": c.rng.randint(0, 3_000_000),
                    "matchedAt": iso(c),
                    "source": "acr",
                }
                for _ in range(c.rng.randint(1, 4))
            ],
        }
    )
    b.view("body.matches[] (ACR)")
    b.no_content()
    return b.build()


def tv_watchlog(c: Context) -> Flow:
    ch, _local = c.rng.choice(CHANNELS)
    b = _b(c, "POST", "/viewing/v1/log")
    b.json(
        {
            "tvMac": b.id("tv_mac", how="upper", where="body.tvMac"),
            "events": [
                {
                    "input": "HDMI1",
                    "app": c.rng.choice(["Netflix", "live"]),
                    "channel": ch,
                    "start": iso(c),
                    "durationSec": c.rng.randint(60, 5400),
                }
            ],
        }
    )
    b.view("body.events[] (viewing log)")
    b.no_content()
    return b.build()


def acr_fingerprint_opaque(c: Context) -> Flow:
    """Raw audio/video fingerprints in protobuf: the match happens server-side."""
    b = _b(c, "POST", "/acr/v2/fp")
    body = (
        pb_varint(1, ms(c)) + pb_bytes(2, c.rng.randbytes(256)) + pb_bytes(3, c.rng.randbytes(64))
    )
    b.set_body(body, "application/x-protobuf")
    b.view("body protobuf fingerprints (no names)", detectable=False)
    b.no_content()
    return b.build()


def register_tv(c: Context) -> Flow:
    b = _b(c, "POST", "/devices/v1/tv")
    b.json(
        {
            "serialNumber": b.id("tv_serial", where="body.serialNumber"),
            "wifiMac": b.id("tv_mac", where="body.wifiMac"),
            "model": "55QNED86",
            "fw": "T-KTM2-1450.5",
            "owner": b.acct("tv_user"),
            "phoneVendorId": b.id("idfv_tv", where="body.phoneVendorId"),
        }
    )
    b.ok_json({"paired": True})
    return b.build()


def tv_ping_opaque(c: Context) -> Flow:
    b = _b(c, "GET", "/p")
    b.param("q", b64(b.id_raw("tv_serial", "xor_b64", "query.q (obfuscated serial)")[::-1]))
    b.respond(204, None)
    return b.build()


def app_device(c: Context) -> Flow:
    b = _b(c, "PUT", "/users/v1/device")
    b.json({"vendorId": b.id("idfv_tv", where="body.vendorId"), "os": "iOS 17.4.1"})
    b.no_content()
    return b.build()


def keypress(c: Context) -> Flow:
    b = FB(c, "tv", "POST", "http://192.168.1.23:8001/api/v2/remote", http_version="HTTP/1.1")
    b.json(
        {"key": c.rng.choice(["KEY_VOLUP", "KEY_CHUP", "KEY_ENTER", "KEY_HOME"]), "id": rid(c.rng)}
    )
    b.ok_json({"ok": True})
    b.decoy("remote key press on the LAN")
    return b.build()


def epg(c: Context) -> Flow:
    b = _b(c, "GET", "/epg/v1/grid")
    b.ok_json(
        {
            "channels": [{"id": ch, "name": loc, "now": "חדשות"} for ch, loc in CHANNELS],
            "generated": ms(c),
        }
    )
    b.decoy("EPG grid")
    return b.build()


def pair_protobuf(c: Context) -> Flow:
    """The LAN pairing result relayed as protobuf: strings without field names."""
    b = _b(c, "POST", "/rpc/masach.pair.v1.Pairing/Confirm")
    body = (
        pb_bytes(1, b.id("tv_mac", how="protobuf", where="body.protobuf field 1", detectable=False))
        + pb_bytes(
            2, b.id("idfv_tv", how="protobuf", where="body.protobuf field 2", detectable=False)
        )
        + pb_varint(3, ms(c))
    )
    b.set_body(body, "application/x-protobuf")
    b.respond(200, "application/x-protobuf", pb_varint(1, 1))
    return b.build()
