"""The living-room smart TV's ACR service and the maker's companion calls.

ACR reports name the matched channel / content with timestamps (viewing history)
and carry the TV's MAC and serial. A binary fingerprint batch (protobuf of audio
hashes and content ids) says nothing readable. The TV's store rail and a
hotel-mode shop demo are ordinary.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import pb_bytes, pb_msg, pb_varint

from .phone import FB, iso, ms

ACR = "https://acr.tileorasi-os.example"
UA = "TileorasiOS/7.2 (SmartTV; 55QN90; el_GR)"
CONTENT = ["ΕΡΤ1 Ειδήσεις", "ANT1 Σειρά", "Gipedo Sports 1 Live", "Netflix: Maestro in Blue"]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "tv_acr", method, url, http_version="HTTP/1.1")
    b.header("user-agent", UA)
    return b


def acr_report(c: Context) -> Flow:
    b = _b(c, "POST", f"{ACR}/v2/acr/matches")
    b.view("json matches[].content + start + duration (ACR)")
    b.json(
        {
            "tvMac": b.id("tv_mac", where="json tvMac"),
            "serial": b.id("tv_serial", where="json serial"),
            "matches": [
                {
                    "content": c.rng.choice(CONTENT),
                    "input": "HDMI1",
                    "start": iso(c),
                    "duration": c.rng.randint(30, 1800),
                }
                for _ in range(c.rng.randint(1, 4))
            ],
        }
    )
    b.no_content()
    return b.build()


def acr_fingerprints(c: Context) -> Flow:
    b = _b(c, "POST", f"{ACR}/v2/fp")
    b.header("x-tv", b.id("tv_mac", "nosep", where="header x-tv", detectable=False))
    b.view("protobuf of audio fingerprints + matched content ids", detectable=False)
    rows = [
        pb_msg(
            2,
            [
                pb_varint(1, c.rng.randint(10**5, 10**6)),
                pb_varint(2, ms(c)),
                pb_bytes(3, bytes(c.rng.getrandbits(8) for _ in range(32))),
            ],
        )
        for _ in range(4)
    ]
    b.set_body(pb_varint(1, 7) + b"".join(rows), "application/x-protobuf")
    b.no_content()
    return b.build()


def tv_status(c: Context) -> Flow:
    b = _b(c, "GET", f"{ACR}/v2/device/status")
    b.param("sn", b.id("tv_serial", where="query sn"))
    b.ok_json({"acr": "on", "fw": "T-KSU2EDEUC-2230.1"})
    return b.build()


def store_rail(c: Context) -> Flow:
    b = _b(c, "GET", "https://store.tileorasi-os.example/v1/apps/featured?region=GR")
    b.decoy("featured apps rail of the TV store")
    b.ok_json(
        {"apps": [{"name": n, "rank": i} for i, n in enumerate(["ERTFLIX", "Netflix", "YouTube"])]}
    )
    return b.build()
