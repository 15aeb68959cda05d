"""Pouls: a Withings-like watch companion (the watch's BLE MAC and serial).

Pairing sends the watch's MAC and serial; the sync answer lists the devices.
Heart-rate and sleep series are health data, not one of the three categories
here (ordinary for this set); the watch faces list is not about faces. The
diagnostics upload packs the serial into a gzip+base64 field under a one-letter
key: an opaque carrier a decoder can still unpack (known).
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow

from .phone import FB, gzb64, iso, ms, rid, ua

API = "https://wbsapi.pouls-sante.example"
UA = ua("Pouls", "6.3.0")


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "pouls", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + rid(c.rng).replace("-", ""))
    return b


def association(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/appareil?action=associer")
    b.form(
        [
            ("adresse_mac", b.id("watch_mac", where="form adresse_mac")),
            ("numero_serie", b.id("watch_serial", where="form numero_serie")),
            ("modele", "ScanWatch 2"),
        ]
    )
    b.ok_json({"status": 0})
    return b.build()


def liste(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/user?action=getdevice")
    mac = b.id("watch_mac", "nosep", "response json appareils[0].mac", direction="response")
    b.ok_json(
        {
            "status": 0,
            "body": {
                "appareils": [
                    {"type": "Montre", "mac": mac, "batterie": "haute", "derniereSynchro": iso(c)}
                ]
            },
        }
    )
    return b.build()


def journal(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/diag")
    serial = b.id(
        "watch_serial", where="json z|base64|gzip|json n (one-letter key)", detectable=False
    )
    b.json({"z": gzb64({"n": serial, "b": c.rng.randint(5, 100), "t": ms(c)})})
    b.no_content()
    return b.build()


def cardio(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/measure?action=getintradayactivity")
    b.decoy("heart-rate series (health data, no face or voice)")
    b.ok_json(
        {"series": [{"t": ms(c) // 1000 + i * 60, "fc": c.rng.randint(55, 120)} for i in range(20)]}
    )
    return b.build()


def cadrans(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/cadrans")
    b.decoy("watch faces catalogue (a watch face is not a face)")
    b.ok_json(
        {"cadrans": [{"nom": n, "id": i} for i, n in enumerate(["Classique", "Sport", "Minimal"])]}
    )
    return b.build()
