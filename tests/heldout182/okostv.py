"""The living-room smart TV's ACR (automatic content recognition) reports to Samba TV,
and the TV maker's own status ping.

An ACR match report says what was on the screen: viewing history. The word
`ujjlenyomat` (fingerprint) there is a video fingerprint, not a biometric. The
compact binary report hides the channel behind a blob.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import b64

from .phone import FB, iso, ms

ACR = "https://acr-eu.samba.tv"
UA = "SmartTV/2023 (Linux; Tizen-like; HU) SambaACR/3.2"
SHOWS = [("m1", "Híradó"), ("rtl", "A Nagy Ő"), ("tv2", "Tények"), ("m4sport", "Kézilabda NB I")]


def acr_match(c: Context) -> Flow:
    b = FB(c, "samba-acr", "POST", f"{ACR}/v3/matches")
    b.header("user-agent", UA)
    b.view("json matches[] channel / program / offset (ACR report)")
    ch, show = c.rng.choice(SHOWS)
    b.json(
        {
            "device": {
                "acr_id": b.id("tv_acr_id", where="json device.acr_id (ACR device id)"),
                "wifi_mac": b.id("tv_mac", where="json device.wifi_mac"),
            },
            "matches": [
                {
                    "channel": ch,
                    "program": show,
                    "offset_s": c.rng.randint(0, 3000),
                    "ujjlenyomat_tipus": "video",
                    "matched_at": iso(c),
                }
            ],
            "country": "HU",
        }
    )
    b.no_content()
    return b.build()


def acr_binary(c: Context) -> Flow:
    b = FB(c, "samba-acr", "POST", f"{ACR}/v3/fp")
    b.header("user-agent", UA)
    b.view("body fp (opaque fingerprint batch with channel inside)", detectable=False)
    blob = c.rng.randbytes(400)
    b.json(
        {
            "a": b.id("tv_acr_id", where="json a (ACR device id)", detectable=False),
            "fp": b64(blob),
            "t": ms(c),
        }
    )
    b.no_content()
    return b.build()


def tv_status(c: Context) -> Flow:
    b = FB(c, "tvgyarto", "GET", "https://api.tvgyarto.example/v1/firmware")
    b.header("user-agent", UA)
    b.param("mac", b.id("tv_mac", how="nosep_upper", where="query mac (no separators)"))
    b.param("modell", "55QN90")
    b.ok_json({"legujabb": "T-2250.12", "frissites": False, "hash": new_hex(c.rng, 40)})
    return b.build()
