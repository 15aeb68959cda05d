"""Ealloguovdda: a reindeer-herding app (the father's Samsung in Kautokeino).

The herd wears GPS collars (`bealljemearka` = ear mark, `boazu` = reindeer,
`eallu` = herd). Collar fixes come in over the collars' satellite link and the
app syncs them: collar serials and herd coordinates are the herder's equipment
and the animals' positions, not a person's device or movements. Reindeer counts
(`lohku`) are ordinary. The app registers the phone itself (ANDROID_ID and
advertising id) and sends a SHA-256 of the ANDROID_ID in an unnamed header;
Sentry crash reports carry the SDK's installation id as `user.id`.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import js

from .phone import FB, iso, rf, ua

API = "https://api.ealloguovdda.example"
UA = ua("Ealloguovdda", "1.9.3", "ahcci")
COLLARS = ["VX-" + str(40112 + 37 * i) for i in range(8)]  # Vectronic-style collar serials


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "ealloguovdda", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + new_hex(c.rng, 40))
    return b


def register(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/gaskaoapmi")
    b.json(
        {
            "geavaheaddji": b.acct("eallu_user"),
            "gaskaoapmi": {
                "androidId": b.id("aid_eallu", where="json gaskaoapmi.androidId"),
                "adId": b.id("gaid_ahcci", where="json gaskaoapmi.adId"),
                "málle": "SM-A556B",
            },
            "orohat": "Kautokeino 23",
        }
    )
    b.ok_json({"registrerejuvvon": True})
    return b.build()


def collar_sync(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/eallu/sajit?maŋimus=6h".replace("ŋ", "n"))
    b.header("x-h", b.id("aid_eallu", "sha256", "header x-h", detectable=False))
    b.decoy("GPS collar serials and herd coordinates (the herder's equipment, not a person)")
    b.ok_json(
        {
            "bohccot": [
                {
                    "bealljemearka": f"{c.rng.randint(1, 40)}-{c.rng.randint(1, 9)}",
                    "gárgadanbiebmu": serial,
                    "sadji": {"lat": rf(c.rng, 68.9, 69.3, 5), "lon": rf(c.rng, 22.6, 23.8, 5)},
                    "áigi": iso(c),
                    "báttár": c.rng.randint(20, 100),
                }
                for serial in c.rng.sample(COLLARS, 4)
            ]
        }
    )
    return b.build()


def collar_config(c: Context) -> Flow:
    b = _b(c, "PUT", f"{API}/v1/gargadanbiebmu/{c.rng.choice(COLLARS)}/config")
    b.decoy("collar serial and fix interval (equipment on a reindeer)")
    b.json({"fixInterval": c.rng.choice([30, 60, 120]), "geofence": [[69.01, 23.02], [69.2, 23.6]]})
    b.ok_json({"ok": True})
    return b.build()


def lohku(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/eallu/lohku")
    b.decoy("reindeer counts per corral")
    b.json(
        {
            "gárdi": c.rng.choice(["Šuoššjávri", "Siebe", "Mázejohka"]),
            "lohku": {
                "áldu": c.rng.randint(100, 400),
                "miessi": c.rng.randint(50, 200),
                "varit": c.rng.randint(5, 30),
            },
            "áigi": iso(c),
        }
    )
    b.ok_json({"vurkejuvvon": True})
    return b.build()


def sentry_user(c: Context) -> Flow:
    b = FB(c, "sentry", "POST", "https://o44120.ingest.sentry.io/api/5510332/envelope/")
    b.header("user-agent", "sentry.java.android/7.8.0")
    event_id = new_hex(c.rng, 32)
    event = {
        "event_id": event_id,
        "level": "error",
        "platform": "java",
        "release": "no.ealloguovdda@1.9.3+193",
        "user": {
            "id": b.id(
                "eallu_sentry_install",
                where="envelope event user.id (Sentry installation id)",
                detectable=False,
            )
        },
        "contexts": {"trace": {"trace_id": new_hex(c.rng, 32), "span_id": new_hex(c.rng, 16)}},
        "exception": {
            "values": [{"type": "IllegalStateException", "value": "gárgadanbiebmu offline"}]
        },
    }
    env = "\n".join(
        [js({"event_id": event_id, "sent_at": iso(c)}), js({"type": "event"}), js(event)]
    )
    b.set_body((env + "\n").encode(), "application/x-sentry-envelope")
    b.ok_json({"id": event_id})
    return b.build()
