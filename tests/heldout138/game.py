"""Mots fléchés Québec: a free crossword game with AppLovin MAX ads (the tester's phone).

AppLovin's mediation request carries the advertising id in `device_info` and the
SDK's own install token; the game's backend sends an MD5 of its ANDROID_ID under
`h` (opaque). Grids, scores and a daily-puzzle streak are ordinary.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow

from .phone import iso, new_builder, rid, ua

UA = ua("MotsFleches", "3.0.7")
API = "https://api.motsfleches-qc.example/v1"


def applovin_mediate(c: Context) -> Flow:
    b = new_builder(c, "applovin", "POST", "https://ms.applovin.com/1.0/mediate", UA)
    b.json(
        {
            "sdk_version": "12.6.1",
            "ad_format": c.rng.choice(["INTER", "BANNER"]),
            "device_info": {
                "adid": b.id("gaid", where="json device_info.adid"),
                "dnt": False,
                "model": "Pixel 8",
                "locale": "fr_CA",
            },
            "app_info": {
                "package_name": "ca.motsfleches.quebec",
                "installer_name": "com.android.vending",
            },
            "sdk_install_token": b.id("applovin_uid", where="json sdk_install_token"),
            "request_id": rid(c.rng),
        }
    )
    b.ok_json({"ad_unit_id": "a1b2c3d4e5f6", "waterfall": [{"network": "ADMOB_NETWORK"}]})
    return b.build()


def backend_hello(c: Context) -> Flow:
    b = new_builder(c, "motsfleches", "POST", f"{API}/session", UA)
    b.json(
        {
            "h": b.id("aid_mots", "md5", "json h (MD5 of ANDROID_ID)", detectable=False),
            "v": "3.0.7",
            "t": iso(c),
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def grid(c: Context) -> Flow:
    b = new_builder(c, "motsfleches", "GET", f"{API}/grilles/{c.rng.randint(100, 999)}", UA)
    b.decoy("crossword grid: cells with x/y coordinates")
    b.ok_json(
        {
            "cases": [
                {"x": x, "y": y, "l": c.rng.choice("AEIOUNRST")} for x in range(3) for y in range(3)
            ]
        }
    )
    return b.build()


def score(c: Context) -> Flow:
    b = new_builder(c, "motsfleches", "POST", f"{API}/scores", UA)
    b.json(
        {
            "grille": c.rng.randint(100, 999),
            "temps_s": c.rng.randint(60, 900),
            "serie": c.rng.randint(1, 40),
        }
    )
    b.ok_json({"rang": c.rng.randint(1, 5000)})
    return b.build()


ALL_ORDINARY = [grid, score]
