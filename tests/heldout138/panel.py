"""Firmware updater of the studio's DaVinci Resolve Micro Panel (Blackmagic Design).

The grading panel belongs to the colour suite the producer books, not to the
tester: its serial and MAC in the update check are the studio's equipment.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex

from .phone import FB, new_builder

API = "https://www.blackmagicdesign.com/api/support/latest-version"
UA = "BlackmagicPanelSetup/2.1 (Android 14)"


def _b(c: Context, method: str, url: str) -> FB:
    return new_builder(c, "bmd-panel", method, url, UA)


def update_check(c: Context) -> Flow:
    b = _b(c, "POST", API)
    b.decoy("the studio's grading panel serial and MAC: the studio's equipment, not the tester's")
    b.json(
        {
            "product": "DaVinci Resolve Micro Panel",
            "serial": "7" + new_hex(c.rng, 9).upper(),
            "mac": "7C:2E:0D:" + ":".join(new_hex(c.rng, 2).upper() for _ in range(3)),
            "firmware": "1.3.2",
            "platform": "android",
        }
    )
    b.ok_json({"latest": "1.4.0", "sha256": new_hex(c.rng, 64), "size": 5242880})
    return b.build()


def firmware_download(c: Context) -> Flow:
    b = _b(c, "GET", "https://swr.cloud.blackmagicdesign.com/Panels/Micro_Panel_1.4.0.bin")
    b.decoy("firmware image with a checksum")
    b.respond(200, "application/octet-stream", bytes(c.rng.getrandbits(8) for _ in range(500)))
    return b.build()


ALL = [update_check, firmware_download]
