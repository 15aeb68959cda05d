"""AppLovin MAX inside the set-8 game: `ms.applovin.com/1.0/mediate` (gzip JSON
with `device_info` {idfa, idfv, dnt...} and `app_info`) and
`d.applovin.com/2.0/device` with the SDK's `compass_random_token`. Endpoints
from decompiled AppLovin SDK settings in public repositories (mediation_endpoint,
fetch_settings_endpoint); sources of the other networks in adnets.py."""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import b64

from .adnets import BUNDLE, _b
from .phone import ms, rid


def applovin_mediate(c: Context) -> Flow:
    b = _b(c, "applovin-max", "POST", "https://ms.applovin.com/1.0/mediate")
    body = {
        "ad_unit_id": "f1d2a8c03e7b5a46",
        "ad_format": c.rng.choice(["REWARDED", "INTER", "BANNER"]),
        "app_info": {
            "package_name": BUNDLE,
            "app_version": "3.12.0",
            "installer_name": "apple",
            "tg": str(c.rng.randint(10**9, 10**10)),
        },
        "device_info": {
            "idfa": b.id("idfa", where="body.gzip.json.device_info.idfa"),
            "idfv": b.id("idfv_game", where="body.gzip.json.device_info.idfv"),
            "dnt": False,
            "att_status": 3,
            "model": "iPhone15,4",
            "os": "17.4.1",
            "brand": "Apple",
            "locale": "nl_NL",
            "volume": c.rng.randint(0, 100),
            "bt_ms": ms(c) - c.rng.randint(10**6, 10**8),
        },
        "sc": rid(c.rng).replace("-", ""),
        "signal_data": [{"network": "UNITY", "signal": b64(rid(c.rng))}],
    }
    b.json(body, encoding="gzip")
    b.ok_json({"ads": [], "settings": {"ttl_sec": 3600}})
    return b.build()


def applovin_device(c: Context) -> Flow:
    b = _b(c, "applovin", "POST", "https://d.applovin.com/2.0/device")
    b.json(
        {
            "device_info": {
                "idfv": b.id("idfv_game", where="body.json.device_info.idfv"),
                "compass_random_token": b.id(
                    "al_compass",
                    where="body.json.device_info.compass_random_token",
                    detectable=False,
                ),
                "model": "iPhone15,4",
                "tz_offset": 1.0,
            },
            "app_info": {"package_name": BUNDLE, "sdk_version": "12.3.1"},
        }
    )
    b.ok_json({"results": []})
    return b.build()
