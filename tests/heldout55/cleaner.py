"""SafaiMaster, a phone-cleaner / battery app (in-house api.safaimaster.app)
with AdMob banners.

Its reports look like device fingerprints and are not identifiers: storage and
battery stats, the installed-app list with sizes, MD5 hashes of duplicate photos
(file content hashes), CPU temperature series. AdMob requests carry the GAID
(rdid): see adsdk.py.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex

from . import adsdk
from .phone import FB, rf, rid, ua

API = "https://api.safaimaster.app"
UA = ua("SafaiMaster", "1.9.7")
APPS = [
    "in.jhatpatkart.app", "com.gullyscore.live", "com.kalyanjodi.app", "in.kadaibill",
    "com.padhaipal.kids", "app.aasanai", "in.haaziribook", "com.whatsapp", "com.ludoraja",
]  # fmt: skip


def _b(c: Context, method: str, path: str) -> FB:
    b = FB(c, "safaimaster", method, API + path)
    b.header("user-agent", UA)
    b.header("x-req-id", rid(c.rng))
    return b


def scan_report(c: Context) -> Flow:
    b = _b(c, "POST", "/v2/scan/report")
    b.json(
        {
            "device": {"name": "Murugan's Galaxy M34", "model": "SM-M346B", "ram_gb": 6},
            "storage": {"total_gb": 128, "free_gb": rf(c.rng, 2, 40, 1)},
            "junk_mb": c.rng.randint(80, 2400),
            "battery": {
                "level": c.rng.randint(5, 100),
                "temp_c": rf(c.rng, 29, 44, 1),
                "health": "good",
                "cycles": c.rng.randint(80, 500),
            },
            "apps": [
                {"pkg": p, "size_mb": c.rng.randint(20, 900), "idle_days": c.rng.randint(0, 60)}
                for p in c.rng.sample(APPS, 6)
            ],
            "cpu_temp_series": [rf(c.rng, 35, 55, 1) for _ in range(10)],
        }
    )
    b.ok_json({"cleanable_mb": c.rng.randint(50, 2000)})
    b.decoy("storage / battery stats and installed-app list: device state, no identifier")
    return b.build()


def duplicate_photos(c: Context) -> Flow:
    b = _b(c, "POST", "/v2/dupes/summary")
    groups = [
        {"md5": new_hex(c.rng, 32), "copies": c.rng.randint(2, 5), "kb": c.rng.randint(90, 5000)}
        for _ in range(c.rng.randint(3, 8))
    ]
    b.json({"groups": groups, "folder": "DCIM/Camera"})
    b.ok_json({"ok": True})
    b.decoy("MD5 hashes of duplicate photo files: file-content hashes, not device ids")
    return b.build()


def banner(c: Context) -> Flow:
    return adsdk.admob(c, "safaimaster", "ca-app-pub-7301144920/4410021993")
