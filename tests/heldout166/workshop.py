"""Werkstatt: the service workshop's diagnostic testers, seen from the DMS.

The diagnosis interface (VCI) reports its serial and MAC, read-outs of a
customer car's fault memory, ADAS camera calibration angles and new key
transponders: the workshop's equipment and customers' cars, nothing of the
tester's. The camera calibration's yaw / pitch / roll is not a head pose.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow

from .phone import FB, iso, other_mac, rf, rid, vin

API = "https://werkstatt.autohaus-berger.example"


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "berger-werkstatt", method, url)
    b.header("user-agent", "ISTA-Bridge/4.41 (Windows 10)")
    return b


def vci_status(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/diagnose/vci/status")
    b.decoy("the workshop's diagnosis interface: its serial and MAC (business equipment)")
    b.json(
        {
            "vciSeriennummer": f"ICOM-{c.rng.randint(10**7, 10**8)}",
            "mac": other_mac(c.rng),
            "firmware": "04-24-10",
            "arbeitsplatz": f"Bühne {c.rng.randint(1, 9)}",
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def fault_memory(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/diagnose/fehlerspeicher")
    b.decoy("fault codes of a customer's car with its VIN")
    b.json(
        {
            "vin": vin(c.rng),
            "auftragNr": f"W{c.rng.randint(10**6, 10**7)}",
            "eintraege": [
                {"code": f"{c.rng.choice('PCBU')}{c.rng.randint(1000, 3999):04X}",
                 "steuergeraet": c.rng.choice(["DME", "EGS", "KOMBI", "HU-H3"]),
                 "km": c.rng.randint(1000, 180000)}
                for _ in range(c.rng.randint(1, 6))
            ],
            "ausgelesen": iso(c),
        }
    )  # fmt: skip
    b.ok_json({"gespeichert": True})
    return b.build()


def adas_calibration(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/diagnose/kafas/kalibrierung")
    b.decoy("front camera calibration angles (yaw/pitch/roll of a camera, not a face)")
    b.json(
        {
            "vin": vin(c.rng),
            "kamera": "KAFAS4",
            "gier": rf(c.rng, -1.5, 1.5, 3),
            "nick": rf(c.rng, -2, 1, 3),
            "wank": rf(c.rng, -1, 1, 3),
            "zielTafelAbstandMm": 1500,
        }
    )
    b.ok_json({"ergebnis": "IO"})
    return b.build()


def key_programming(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/schluessel/anlernen")
    b.decoy("new car key transponder id for a customer's car")
    b.json({"vin": vin(c.rng), "transponderId": rid(c.rng)[:13].upper(), "slot": 3})
    b.ok_json({"ok": True})
    return b.build()


def voice_assistant_test(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/diagnose/sprachbedienung/test")
    b.decoy("speech-recognition test of a head unit: a transcript, no speaker model")
    b.json(
        {
            "vin": vin(c.rng),
            "erkannterText": c.rng.choice(["Navigation nach Hause", "Temperatur 21 Grad"]),
            "konfidenz": rf(c.rng, 0.7, 0.99, 2),
            "mikrofon": "Dachmodul",
        }
    )
    b.ok_json({"ergebnis": "IO"})
    return b.build()
