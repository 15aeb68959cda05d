"""The SDKs on the Tecno phone: Transsion's Athena analytics (HiOS system
service), its Hisavana ad SDK, and Firebase installations.

Athena's event upload names its ids (`gaid`, `imei`, `vaid`); the Hisavana
ad request is an AES envelope (`data`) that holds the ad id: nothing readable
says it is there and no matcher can open it. Firebase's installation call
carries its FID.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import b64

from .phone import FB, iso, ms, rid

ATHENA = "https://athena-ire.transsion.com"
HISAVANA = "https://ssp.hisavana.com"


def athena_events(c: Context) -> Flow:
    b = FB(c, "transsion-athena", "POST", f"{ATHENA}/api/v2/event/upload")
    b.header("user-agent", "Athena/2.3.1.6 (HiOS 13.0)")
    b.json(
        {
            "head": {
                "gaid": b.id("gaid", where="json head.gaid"),
                "imei": b.id("imei", where="json head.imei"),
                "vaid": b.id("athena_gaid", where="json head.vaid"),
                "brand": "TECNO",
                "model": "CK8n",
                "os": "HiOS 13.0",
                "mcc": "639",
            },
            "events": [
                {"tid": c.rng.choice([1401, 2201, 3307]), "ev": "app_launch", "ts": ms(c)}
                for _ in range(c.rng.randint(1, 4))
            ],
        }
    )
    b.ok_json({"code": 0})
    return b.build()


def hisavana_ad(c: Context) -> Flow:
    b = FB(c, "hisavana", "POST", f"{HISAVANA}/ssp/v3/ad/request")
    b.header("user-agent", "HisavanaSDK/3.2.0")
    b.id_raw("gaid", "aes", "json data (AES envelope with the ad id)")
    b.json(
        {
            "data": b64(bytes(c.rng.getrandbits(8) for _ in range(480))),
            "v": 3,
            "k": new_hex(c.rng, 16),
            "ts": ms(c),
        }
    )
    b.ok_json({"code": 0, "ads": [{"adId": rid(c.rng), "img": f"{HISAVANA}/c/77.jpg"}]})
    return b.build()


def firebase_installation(c: Context) -> Flow:
    b = FB(
        c,
        "firebase",
        "POST",
        "https://firebaseinstallations.googleapis.com/v1/projects/tazama-plus-ke/installations",
    )
    b.header("user-agent", "okhttp/4.11.0")
    b.json(
        {
            "fid": b.id("fid", where="json fid"),
            "appId": "1:883712:android:9ab2",
            "authVersion": "FIS_v2",
            "sdkVersion": "a:17.1.3",
        }
    )
    b.ok_json(
        {
            "name": "projects/883712/installations/" + c.phone.fid,
            "refreshToken": new_hex(c.rng, 40),
            "createdAt": iso(c),
        }
    )
    b.other_id("fid", "response json name", direction="response")
    return b.build()


def athena_config(c: Context) -> Flow:
    b = FB(c, "transsion-athena", "GET", f"{ATHENA}/api/v2/config?ver=231")
    b.header("user-agent", "Athena/2.3.1.6 (HiOS 13.0)")
    b.decoy("sampling config with trace id")
    b.ok_json({"sample": 0.2, "traceId": new_hex(c.rng, 32)})
    return b.build()
