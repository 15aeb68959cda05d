"""Rothaí: a food-delivery rider app on the S23 (Dublin) with selfie checks before shifts.

The shift-start check uploads a selfie and the app's own face embedding for
matching against the rider's enrolled photo. The courier's insulated bag scanner
and the restaurant's tablet are the businesses' equipment: their ids are decoys.
GPS breadcrumbs are look-alikes.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import b64, fake_jpeg, floats_b64

from .phone import FB, and_ua, floats, iso, ms, rf

API = "https://rider-api.rothai.example"
UA = and_ua("RothaiRider", "3.22.0")


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "rothai", method, url)
    b.header("user-agent", UA)
    b.header("x-device-id", b.id("aid_rothai", where="header x-device-id"))
    return b


def selfie_seiceail(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/shift/identity-check")
    b.bio("face_image", "json selfie_jpeg + face_embedding for rider identity check")
    b.json(
        {
            "rider": b.acct("rider_no"),
            "selfie_jpeg": b64(fake_jpeg(c.rng.randint(0, 10**9), 1000)),
            "face_embedding": floats_b64(floats(c.rng, 128)),
            "captured_at": iso(c),
        }
    )
    b.ok_json({"match": True, "similarity": rf(c.rng, 0.8, 0.99, 3)})
    return b.build()


def selfie_fp(c: Context) -> Flow:
    """The same check on the legacy path: raw vector under numeric keys."""
    b = _b(c, "POST", f"{API}/v1/sc")
    b.bio("face_embedding", "json '3' (float list) on /v1/sc", detectable=False)
    dev = b.id("aid_rothai", "sha1", "json '4' (sha1 of ANDROID_ID)", detectable=False)
    b.json({"1": b.acct("rider_no"), "2": ms(c), "3": floats(c.rng, 128), "4": dev})
    b.ok_json({"0": 1})
    return b.build()


def gps(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/location/batch")
    b.decoy("GPS breadcrumbs (lat, lon, speed, heading)")
    b.json(
        {
            "points": [
                [
                    rf(c.rng, 53.3, 53.36, 5),
                    rf(c.rng, -6.3, -6.2, 5),
                    rf(c.rng, 0, 8, 1),
                    c.rng.randint(0, 359),
                ]
                for _ in range(10)
            ]
        }
    )
    b.no_content()
    return b.build()


def bag_scan(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/orders/handover")
    b.decoy("restaurant's tablet serial and the company's thermal-bag tag: business equipment")
    b.json(
        {
            "order": f"D{c.rng.randint(10**7, 10**8)}",
            "restaurant_tablet_serial": "RT" + new_hex(c.rng, 10).upper(),
            "bag_tag": "BAG-" + new_hex(c.rng, 6).upper(),
            "handed_over_at": iso(c),
        }
    )
    b.no_content()
    return b.build()
