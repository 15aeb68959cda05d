"""The driver's Pixel Watch linked to the car (in-house "Nordvagn" wearables
service): pairing with the watch's BLE address and serial, a status sync with
the phone's Bluetooth address, and a protobuf keep-alive that carries the BLE
MAC as raw text in a numbered field. Decoy: watch-face and step goals.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import pb_bytes, pb_varint

from .phone import FB, iso, ms, rid

API = "https://wear.nordvagn-auto.com"


def _h(b: FB, ctx: Context) -> None:
    b.header("user-agent", "NordvagnWear/1.4.0 (Wear OS 4; Pixel Watch 2)")
    b.header("x-request-id", rid(ctx.rng))


def pair(ctx: Context) -> Flow:
    b = FB(ctx, "nordvagn-wear", "POST", f"{API}/v1/wearables/pair")
    _h(b, ctx)
    b.json(
        {
            "bleAddress": b.id("watch_ble_mac", where="body bleAddress"),
            "serialNumber": b.id("watch_serial", where="body serialNumber"),
            "model": "Pixel Watch 2",
            "pairedAt": iso(ctx),
        }
    )
    b.ok_json({"paired": True})
    return b.build()


def status_sync(ctx: Context) -> Flow:
    b = FB(ctx, "nordvagn-wear", "POST", f"{API}/v1/wearables/status")
    _h(b, ctx)
    b.json(
        {
            "watch": {"serial": b.id("watch_serial", where="body watch.serial"), "battery": 71},
            "phoneBtAddr": b.id("phone_bt_mac", how="nosep", where="body phoneBtAddr"),
            "digitalKey": True,
        }
    )
    b.no_content()
    return b.build()


def keepalive_pb(ctx: Context) -> Flow:
    b = FB(ctx, "nordvagn-wear", "POST", f"{API}/v1/ka")
    _h(b, ctx)
    mac = b.id("watch_ble_mac", how="protobuf", where="protobuf field 2", detectable=False)
    b.set_body(pb_varint(1, ms(ctx)) + pb_bytes(2, mac), "application/x-protobuf")
    b.no_content()
    return b.build()


def goals(ctx: Context) -> Flow:
    b = FB(ctx, "nordvagn-wear", "GET", f"{API}/v1/wearables/goals")
    _h(b, ctx)
    b.decoy("step goals and watch-face list")
    b.ok_json({"steps": 8000, "faces": ["Polestar Minimal", "Nordic Night"]})
    return b.build()
