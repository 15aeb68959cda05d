"""Hatid Rider: a delivery-rider app (Davao hub) with selfie checks before a shift.

The start-of-shift check posts a selfie (`selfie_bago_shift`) and the face
landmarks its on-device detector found (`mga_punto_mukha`, 106 [x, y]) for
face matching. A later check sends the face crop as an opaque blob under `i`.
The rider's phone binds with its ANDROID_ID and GAID. Proof-of-delivery photos
(the parcel at the door), GPS breadcrumbs and the hub's rented e-bike's serial
(a fleet asset, not the tester's device) are ordinary.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import b64, fake_jpeg

from .phone import FB, android_ua, ms, rf, rid

API = "https://rider.hatid.example"


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "hatid", method, url)
    b.header("user-agent", android_ua("HatidRider", "3.7.5"))
    b.header("x-rider", c.phone.rider_no)
    return b


def _jpeg(c: Context) -> str:
    return b64(fake_jpeg(c.rng.randint(0, 10**9), 600))


def _pts(c: Context, n: int) -> list[list[float]]:
    cx, cy = c.rng.uniform(200, 280), c.rng.uniform(220, 300)
    return [
        [round(cx + c.rng.gauss(0, 45), 1), round(cy + c.rng.gauss(0, 55), 1)] for _ in range(n)
    ]


def selfie_check(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/shift/selfie-check")
    b.bio("face_image", "json selfie_bago_shift (selfie for face match)")
    b.bio("face_landmarks", "json mga_punto_mukha (106 face points)")
    b.json({"selfie_bago_shift": _jpeg(c), "mga_punto_mukha": _pts(c, 106), "oras": ms(c)})
    b.ok_json({"tugma": True, "puwede_na": True})
    return b.build()


def face_crop_opaque(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/x")
    b.bio("face_image", "json i = face crop jpeg (nothing names it)", detectable=False)
    b.json({"i": _jpeg(c), "q": c.rng.randint(1, 9)})
    b.ok_json({"r": "ok"})
    return b.build()


def bind(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/device/rehistro")
    b.json(
        {
            "android_id": b.id("aid_rider", where="json android_id"),
            "ad_id": b.id("gaid", how="upper", where="json ad_id (upper-case GAID)"),
            "app_ver": "3.7.5",
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def pod_photo(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/delivery/{new_hex(c.rng, 10)}/patunay")
    b.decoy("proof-of-delivery photo of a parcel (no face analysis)")
    b.json({"larawan": _jpeg(c), "lat": rf(c.rng, 7.0, 7.2, 5), "lng": rf(c.rng, 125.5, 125.7, 5)})
    b.ok_json({"ok": True})
    return b.build()


def breadcrumbs(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/lokasyon/batch")
    b.decoy("GPS breadcrumbs of a delivery route")
    b.json(
        {
            "mga_punto": [
                [rf(c.rng, 7.0, 7.2, 5), rf(c.rng, 125.5, 125.7, 5), ms(c)] for _ in range(20)
            ]
        }
    )
    b.no_content()
    return b.build()


def ebike(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/fleet/ebike?serial=EB{new_hex(c.rng, 10).upper()}")
    b.decoy("the hub's rented e-bike serial and battery (fleet asset, not the tester's device)")
    b.ok_json(
        {
            "baterya": c.rng.randint(10, 100),
            "imei_tracker": "35" + str(c.rng.randint(10**12, 10**13 - 1)),
        }
    )
    return b.build()


def jobs(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/trabaho?hub=DVO-Matina&req={rid(c.rng)}")
    b.decoy("job offers with pickup/drop coordinates and fees")
    b.ok_json({"trabaho": [{"id": rid(c.rng), "bayad": rf(c.rng, 45, 180, 2)} for _ in range(3)]})
    return b.build()
