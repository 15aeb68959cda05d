"""Lumo Buds: the companion app of Daan's own wireless earbuds.

Pairing and sync send the buds' serial and Bluetooth address (his own device);
the firmware check sends the serial base64-encoded under 's'. The app uses
Firebase Installations (its FID is an install id). Equaliser presets, battery
levels and the in-app hearing check (an audiogram of hearing thresholds, not a
voiceprint) are ordinary.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow

from .phone import FB, bearer, iso, ms, rf, rid, ua

API = "https://api.lumobuds.example"
UA = ua("LumoBuds", "3.2.7")
FIS = "https://firebaseinstallations.googleapis.com/v1/projects/lumo-buds-prod/installations"


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "lumobuds", method, url)
    b.header("user-agent", UA)
    b.header("authorization", bearer(c.rng))
    return b


def pair(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/devices/pair")
    b.json(
        {
            "serialNumber": b.id("buds_serial", where="json serialNumber"),
            "btAddress": b.id("buds_mac", where="json btAddress"),
            "phoneAndroidId": b.id("aid_buds", where="json phoneAndroidId"),
            "model": "Lumo Buds Pro 2",
        }
    )
    b.ok_json({"paired": True, "account": b.acct("buds_account")})
    return b.build()


def sync(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/devices/sync")
    b.header("x-buds-serial", b.id("buds_serial", where="header x-buds-serial"))
    b.json(
        {
            "batterij": {
                "links": c.rng.randint(5, 100),
                "rechts": c.rng.randint(5, 100),
                "case": c.rng.randint(5, 100),
            },
            "ancModus": c.rng.choice(["aan", "transparant", "uit"]),
            "draagtijdMin": c.rng.randint(10, 600),
            "ts": ms(c),
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def firmware_opaque(c: Context) -> Flow:
    b = FB(c, "lumobuds", "GET", f"{API}/fw")
    b.header("user-agent", UA)
    b.param("s", b.id("buds_serial", "b64", "query s", detectable=False))
    b.param("v", "2.1.9")
    b.ok_json({"update": False})
    return b.build()


def fis(c: Context) -> Flow:
    b = FB(c, "firebase", "POST", FIS)
    b.header("user-agent", UA)
    b.header("x-goog-api-key", "AIzaSy" + rid(c.rng).replace("-", "")[:33])
    b.json(
        {
            "fid": b.id("buds_fid", where="json fid"),
            "appId": "1:488213307711:android:3f1c0a8e92d4b6aa",
            "authVersion": "FIS_v2",
            "sdkVersion": "a:17.2.0",
        }
    )
    b.ok_json(
        {"name": "projects/488213307711/installations/x", "authToken": {"expiresIn": "604800s"}}
    )
    return b.build()


def eq_preset(c: Context) -> Flow:
    b = _b(c, "PUT", f"{API}/v1/me/equalizer")
    b.json(
        {
            "preset": c.rng.choice(["Bass", "Podcast", "Eigen"]),
            "banden": [rf(c.rng, -6, 6, 1) for _ in range(10)],
        }
    )
    b.no_content()
    return b.build()


def hearing_check(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/me/gehoortest")
    b.decoy("audiogram (hearing thresholds per frequency): not a voiceprint")
    b.json(
        {
            "links": {str(f): c.rng.randint(0, 40) for f in (250, 500, 1000, 2000, 4000, 8000)},
            "rechts": {str(f): c.rng.randint(0, 40) for f in (250, 500, 1000, 2000, 4000, 8000)},
            "gemeten": iso(c),
        }
    )
    b.ok_json({"profiel": "licht verlies hoge tonen"})
    return b.build()
