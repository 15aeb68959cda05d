"""His Galaxy Watch6 and Galaxy Buds2 Pro through the Galaxy Wearable app and its
plugins (Samsung endpoints; paths and keys are this set's own, modelled on
FOTA checks that send the model, serial and BT address), plus Samsung Health
step and heart-rate sync (health data, no face or voice: decoys).
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow

from .phone import FB, iso, ms, rid, ua

UA = ua("GalaxyWearable", "2.2.62")


def watch_fota(c: Context) -> Flow:
    b = FB(
        c, "galaxy-wearable", "GET", "https://fota-cloud-dn.ospserver.samsung.com/firmware/check"
    )
    b.header("user-agent", UA)
    b.param("model", "SM-R940")
    b.param("sn", b.id("watch_serial", where="query:sn"))
    b.param("csc", "XFA")
    b.param("fw", "R940XXU1BXJ1")
    b.ok_json({"update": c.rng.random() < 0.1, "version": "R940XXU1BXK3"})
    return b.build()


def device_registry(c: Context) -> Flow:
    b = FB(c, "galaxy-wearable", "POST", "https://wearable-api.samsung.com/v2/devices/sync")
    b.header("user-agent", UA)
    b.json(
        {
            "devices": [
                {
                    "type": "watch",
                    "btMac": b.id("watch_mac", where="json:devices[0].btMac"),
                    "serialNumber": b.id("watch_serial", where="json:devices[0].serialNumber"),
                    "model": "SM-R940",
                },
                {
                    "type": "buds",
                    "btMac": b.id("buds_mac", "nosep_upper", "json:devices[1].btMac"),
                    "model": "SM-R510",
                },
            ],
            "syncedAt": iso(c),
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def buds_hashed(c: Context) -> Flow:
    b = FB(c, "galaxy-wearable", "POST", "https://wearable-api.samsung.com/v2/diag")
    b.header("user-agent", UA)
    b.json(
        {
            "h": b.id("buds_mac", "sha256", "json:h (sha256 of BT address)", detectable=False),
            "battL": c.rng.randint(10, 100),
            "battR": c.rng.randint(10, 100),
            "anc": c.rng.choice(["on", "off", "ambient"]),
        }
    )
    b.no_content()
    return b.build()


def steps(c: Context) -> Flow:
    b = FB(c, "samsung-health", "POST", "https://health-sync.samsung.com/v1/data/steps")
    b.header("user-agent", ua("SamsungHealth", "6.27.1"))
    b.decoy("step counts per 10 minutes during a patrol shift: a numeric series")
    b.json(
        {"bins": [{"t": ms(c) - i * 600000, "steps": c.rng.randint(0, 1300)} for i in range(12)]}
    )
    b.ok_json({"ok": True})
    return b.build()


def heart_rate(c: Context) -> Flow:
    b = FB(c, "samsung-health", "POST", "https://health-sync.samsung.com/v1/data/heart_rate")
    b.header("user-agent", ua("SamsungHealth", "6.27.1"))
    b.decoy("heart-rate series: health data, not face or voice biometrics")
    b.json(
        {
            "samples": [c.rng.randint(60, 140) for _ in range(30)],
            "intervalSec": 60,
            "batch": rid(c.rng),
        }
    )
    b.ok_json({"ok": True})
    return b.build()
