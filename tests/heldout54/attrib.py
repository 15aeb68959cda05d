"""Branch deep-linking / attribution SDK inside the neobank and lending apps.

POST https://api2.branch.io/v1/open (and /v1/install) with hardware_id (the
ANDROID_ID), is_hardware_id_real, brand, model, os, os_version,
advertising_ids {"aaid": ...}, lat_val, device_fingerprint_id, identity_id,
branch_key, sdk; commerce events go to /v2/event/standard with a user_data
object (android_id, aaid, device_fingerprint_id, limit_ad_tracking, os, model)
(BranchMetrics/android-branch-deep-linking-attribution: ServerRequestRegisterOpen,
Defines.Jsonkey; Branch "Track Events" API reference).
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_digits

from .phone import FB, ms, rid

APPS = {
    "banco": ("aid_banco", "key_live_hcnegBanco"),
    "presta": ("aid_presta", "key_live_pYaPresta"),
}


def branch_open(c: Context, app: str = "banco") -> Flow:
    aid, key = APPS[app]
    b = FB(c, "branch", "POST", "https://api2.branch.io/v1/open")
    b.header("user-agent", "Dalvik/2.1.0 (Linux; U; Android 14; moto g84 5G Build/U1TCS34.18-38)")
    b.json(
        {
            "hardware_id": b.id(aid, where="body.hardware_id"),
            "is_hardware_id_real": True,
            "brand": "motorola",
            "model": "moto g84 5G",
            "screen_dpi": 400,
            "os": "Android",
            "os_version": 34,
            "advertising_ids": {"aaid": b.id("gaid", where="body.advertising_ids.aaid")},
            "lat_val": 0,
            "device_fingerprint_id": b.id("branch_fp", where="body.device_fingerprint_id"),
            "identity_id": new_digits(c.rng, 18, "1"),
            "branch_key": key,
            "sdk": "android5.12.2",
            "retryNumber": 0,
            "first_install_time": ms(c) - 86_400_000 * c.rng.randint(1, 60),
            "metadata": {},
        }
    )
    b.ok_json(
        {
            "session_id": new_digits(c.rng, 18, "1"),
            "link": "https://bnube.app.link/?%24identity_id=1",
        }
    )
    return b.build()


def branch_event(c: Context, app: str = "banco") -> Flow:
    aid, key = APPS[app]
    b = FB(c, "branch", "POST", "https://api2.branch.io/v2/event/standard")
    b.json(
        {
            "name": c.rng.choice(["COMPLETE_REGISTRATION", "INITIATE_PURCHASE", "ACHIEVE_LEVEL"]),
            "user_data": {
                "os": "Android",
                "os_version": 34,
                "model": "moto g84 5G",
                "android_id": b.id(aid, where="body.user_data.android_id"),
                "aaid": b.id("gaid", where="body.user_data.aaid"),
                "limit_ad_tracking": 0,
                "device_fingerprint_id": b.id(
                    "branch_fp", where="body.user_data.device_fingerprint_id"
                ),
            },
            "event_data": {"transaction_id": rid(c.rng), "currency": "MXN"},
            "branch_key": key,
        }
    )
    b.ok_json({"branch_view_enabled": False})
    return b.build()
