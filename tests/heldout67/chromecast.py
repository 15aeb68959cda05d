"""The family's Chromecast with Google TV as the phone sees it: the Google Home
app reading the device's local setup API and its home graph.

- Local setup API (rithvikvibhu/GHLocalApi docs, "eureka_info"): GET
  http://<ip>:8008/setup/eureka_info?params=...&options=detail answers JSON
  with device_info.mac_address, cloud_device_id, ssdp_udn, product_name.
- Home graph: gRPC to googlehomefoyer-pa.googleapis.com
  (google.internal.home.foyer.v1.StructuresService/GetHomeGraph), a protobuf
  answer listing devices with serial and MAC under field numbers only.
"""

from __future__ import annotations

import struct

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import pb_bytes, pb_msg

from .phone import FB, ua

HOME = ua("GoogleHome", "3.24.1.4")


def eureka_info(c: Context) -> Flow:
    params = [
        ("params", "version,name,build_info,device_info,net,wifi,setup,opt_in"),
        ("options", "detail"),
        ("nonce", str(c.rng.randint(10**8, 10**9))),
    ]
    b = FB(
        c,
        "google-home",
        "GET",
        "http://192.168.1.41:8008/setup/eureka_info",
        params,
        http_version="HTTP/1.1",
    )
    b.header("user-agent", HOME)
    mac = b.id("cast_mac", where="response json:device_info.mac_address", direction="response")
    b.other_id("cast_device_id", "response json:device_info.cloud_device_id", direction="response")
    b.ok_json(
        {
            "name": "סלון",
            "build_info": {"cast_build_revision": "1.56.500000", "system_build_number": "12165497"},
            "device_info": {
                "mac_address": mac,
                "cloud_device_id": c.phone.cast_device_id,
                "manufacturer": "Google Inc.",
                "product_name": "sabrina",
                "model_name": "Chromecast",
            },
            "net": {"ip_address": "192.168.1.41", "online": True},
        }
    )
    return b.build()


def home_graph(c: Context) -> Flow:
    url = (
        "https://googlehomefoyer-pa.googleapis.com/"
        "google.internal.home.foyer.v1.StructuresService/GetHomeGraph"
    )
    b = FB(c, "google-home", "POST", url)
    b.header("user-agent", "grpc-java-okhttp/1.62.2")
    b.header("te", "trailers")
    b.set_body(b"\x00" + struct.pack(">I", 4) + pb_bytes(1, "me"), "application/grpc")
    serial = b.id(
        "cast_serial",
        how="protobuf",
        where="response protobuf:2.3.7",
        detectable=False,
        direction="response",
    )
    mac = b.id(
        "cast_mac",
        how="protobuf",
        where="response protobuf:2.3.8",
        detectable=False,
        direction="response",
    )
    dev = pb_msg(
        3,
        [
            pb_bytes(1, "Living room TV"),
            pb_bytes(2, "sabrina"),
            pb_bytes(7, serial),
            pb_bytes(8, mac),
            pb_bytes(9, new_hex(c.rng, 40)),
        ],
    )
    msg = pb_msg(2, [pb_bytes(1, "Papadaki home"), dev])
    b.respond(
        200,
        "application/grpc",
        b"\x00" + struct.pack(">I", len(msg)) + msg,
        headers=[("grpc-status", "0")],
    )
    return b.build()


def cast_app_list(c: Context) -> Flow:
    b = FB(c, "google-home", "GET", "https://clients3.google.com/cast/chromecast/device/baseconfig")
    b.header("user-agent", HOME)
    b.decoy("cast base config: app ids and version strings")
    b.ok_json(
        {
            "enabled_app_ids": ["CC1AD845", "233637DE", new_hex(c.rng, 8).upper()],
            "build": "12165497",
        }
    )
    return b.build()
