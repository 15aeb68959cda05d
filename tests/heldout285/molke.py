"""Molkrobot: the family farm's milking-robot app (heit's Galaxy S23, near Snits).

The herd-management backend speaks Frisian with Dutch dairy terms: `kij`
(cows), `molkproduksje` (milk yield), `robot`, `fiedering` (feed),
`temperatuer`. Most of its traffic is sensor and yield data: per-cow daily
milk-yield series, robot visit counts, the barn gateway's sensor readings
(cow and sensor numbers, not device identifiers of a person), alarms. The app
registers with the ANDROID_ID; a push subscription sends it again, base64.
None of the yield series, sensor rows or cow numbers is sensitive.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex

from .phone import B, iso, ms, rf, ua

API = "https://api.molkrobot.example"
UA = ua("Molkrobot", "2.14.0", "heit")


def _b(c: Context, method: str, url: str) -> B:
    b = B(c, "molkrobot", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + new_hex(c.rng, 32))
    return b


def register(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v1/app/registrearje")
    b.json(
        {
            "apparaat": {"androidId": b.id("aid_molke", where="json apparaat.androidId")},
            "buorkerij": b.acct("molke_farm"),
            "taal": "fy",
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def push_subscribe(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v1/meldingen/abonnearje")
    b.form(
        [
            ("app", b.id("aid_molke", "b64", "form app (base64 ANDROID_ID)", detectable=False)),
            ("alarmen", "molkrobot,temperatuer"),
        ]
    )
    b.ok_json({"abonnearre": True})
    return b.build()


def molkproduksje(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v1/kij/produksje?dagen=14")
    b.decoy("milk-yield time series per cow")
    b.ok_json(
        {
            "kij": [
                {
                    "kou": f"NL {c.rng.randint(10**8, 10**9)}",
                    "namme": c.rng.choice(["Aukje", "Baukje", "Tsjitske", "Hiltsje", "Sjoukje"]),
                    "molkproduksje_l": [rf(c.rng, 18, 42, 1) for _ in range(14)],
                    "molkbesites": c.rng.randint(2, 4),
                }
                for _ in range(c.rng.randint(3, 6))
            ],
            "oant": iso(c),
        }
    )
    return b.build()


def robot_status(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v1/robots/{c.rng.randint(1, 2)}/status")
    b.decoy("robot unit status (farm equipment)")
    b.ok_json(
        {
            "robot": c.rng.choice(["Robot 1", "Robot 2"]),
            "status": c.rng.choice(["molket", "spielet", "wachtet"]),
            "besites_hjoed": c.rng.randint(80, 190),
            "tankfolume_l": rf(c.rng, 200, 3800, 0),
        }
    )
    return b.build()


def sensor_batch(c: Context) -> Flow:
    b = B(c, "molkrobot-gateway", "POST", f"{API}/ingest/v2/sensors")
    b.header("user-agent", "barn-gateway/1.6 (armv7l)")
    b.decoy("barn sensor readings (sensor numbers, temperatures)")
    b.json(
        {
            "gateway": "skuorre-1",
            "readings": [
                {
                    "sensor": f"T-{c.rng.randint(1, 12):02d}",
                    "temperatuer": rf(c.rng, 2, 22, 1),
                    "fochtigens": rf(c.rng, 50, 95, 1),
                    "ts": ms(c),
                }
                for _ in range(c.rng.randint(3, 8))
            ],
        }
    )
    b.no_content()
    return b.build()


def fiedering(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v1/fiedering/plan")
    b.ok_json(
        {
            "groepen": [
                {"groep": g, "krêftfoer_kg": rf(c.rng, 2, 9, 1)}
                for g in ("heechproduktyf", "droech", "jongfee")
            ]
        }
    )
    return b.build()


def alarmen(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v1/alarmen?iepen=1")
    b.decoy("alarm list with cow numbers")
    b.ok_json(
        {
            "alarmen": [
                {
                    "soart": c.rng.choice(["gjin_molkbesite", "hege_selgetal", "filter"]),
                    "kou": f"NL {c.rng.randint(10**8, 10**9)}",
                    "tiid": iso(c),
                }
            ]
        }
    )
    return b.build()
