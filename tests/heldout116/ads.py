"""The ad and analytics SDKs in the mechanic's apps: AppsFlyer and Firebase /
GA4 on his own phone, with his advertising id and ANDROID_IDs.

The VOD app reports installs and sessions to AppsFlyer; the bank's app and the
car app log to Firebase (app instance id). One AppsFlyer build ships its
payload AES-encrypted under `d` with the GAID hashed under `k`: the
identifiers are there, nothing readable says so.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import b64

from .phone import FB, ms, ua

AF = "https://launches.appsflyer.com/api/v6.14/androidevent?app_id=pl.kinoteka.android&buildnumber=6.14.2"
GA = "https://app-measurement.com/a"


def appsflyer_launch(c: Context) -> Flow:
    b = FB(c, "appsflyer", "POST", AF)
    b.header("user-agent", ua("Kinoteka", "4.2.0"))
    b.json(
        {
            "advertiserId": b.id("gaid", where="json advertiserId"),
            "android_id": b.id("aid_vod", where="json android_id"),
            "uid": b.id("af_uid", where="json uid"),
            "af_timestamp": str(ms(c)),
            "counter": str(c.rng.randint(2, 90)),
            "model": "SM-A546B",
            "brand": "samsung",
            "lang": "pl",
            "country": "PL",
            "isFirstCall": "false",
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def appsflyer_encrypted(c: Context) -> Flow:
    b = FB(c, "appsflyer", "POST", AF.replace("androidevent", "androidevent_enc"))
    b.header("user-agent", ua("Kinoteka", "4.2.0"))
    hashed = b.id("gaid", "sha256", "json k (sha256 of GAID)", detectable=False)
    b.other_id("af_uid", "json d (AES ciphertext holding the AppsFlyer uid)", detectable=False)
    cipher = bytes(c.rng.getrandbits(8) for _ in range(240))
    b.json({"k": hashed, "d": b64(cipher), "v": 3})
    b.ok_json({"ok": True})
    return b.build()


def firebase_event(c: Context) -> Flow:
    """GA4's measurement hit from the bank app: instance id and an ordinary login event."""
    b = FB(c, "firebase", "POST", GA)
    b.header("user-agent", ua("mBankowosc", "7.31.0"))
    b.json(
        {
            "app_instance_id": b.id("fb_instance", where="json app_instance_id"),
            "adid": b.id("gaid", where="json adid"),
            "events": [{"name": "login_success", "ts": ms(c), "params": {"method": "face"}}],
            "app_id": "pl.mbankowosc.android",
        }
    )
    b.no_content()
    return b.build()
