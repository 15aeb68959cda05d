"""The handler's fleet: Zebra handheld terminals, TETRA radios and the
supervisor app ("Rampeleder") on her own phone, plus the work-profile MDM agent.

The handhelds' and radios' serials, MACs and radio ISSIs belong to the employer
(decoys). The radio push-to-talk transcripts are speech recognition, not a
speaker model. Her own phone is hers even when the employer's MDM or app reads
it: the Rampeleder app's ANDROID_ID and install id, and the MDM agent's
work-profile ANDROID_ID and device id, are labelled as her device ids.
"""

from __future__ import annotations

import gzip

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_digits, new_hex
from tests.heldout.wire import b64

from .phone import FB, fleet_mac, flight_no, iso, ms, rf, rid, stand, ua, zebra_serial

OPS = "https://ops.nordgrind.example"
MDM = "https://mdm.nordgrind.example"
UA = ua("Rampeleder", "4.12.1")


def _ops(c: Context, method: str, url: str) -> FB:
    b = FB(c, "rampeleder", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + new_hex(c.rng, 40))
    return b


def handheld_checkin(c: Context) -> Flow:
    b = FB(c, "fleet", "POST", f"{MDM}/api/fleet/checkin")
    b.header("user-agent", "StageNow/13.4 (TC58)")
    b.decoy("handheld terminal serial / Wi-Fi MAC / IMEI-less: employer equipment")
    b.json(
        {
            "serialNumber": zebra_serial(c.rng),
            "wifiMac": fleet_mac(c.rng),
            "model": "TC58",
            "battery": {"level": c.rng.randint(8, 100), "cycles": c.rng.randint(40, 600)},
            "assignedTo": "GH" + new_digits(c.rng, 6),
            "lastSeen": iso(c),
        }
    )
    b.ok_json({"policies": ["kiosk-ramp", "wifi-osl-staff"], "pendingApps": []})
    return b.build()


def fleet_overview(c: Context) -> Flow:
    b = _ops(c, "GET", f"{OPS}/api/v3/fleet/devices?type=handheld&status=all")
    b.decoy("device list of the shift's handhelds: serials, MACs of employer devices")
    b.ok_json(
        {
            "devices": [
                {
                    "deviceId": "TC58-" + new_digits(c.rng, 4),
                    "serial": zebra_serial(c.rng),
                    "mac": fleet_mac(c.rng),
                    "holder": "GH" + new_digits(c.rng, 6),
                    "battery": c.rng.randint(5, 100),
                }
                for _ in range(6)
            ]
        }
    )
    return b.build()


def radio_status(c: Context) -> Flow:
    b = _ops(c, "GET", f"{OPS}/api/v3/radios?talkgroup=RAMP-2")
    b.decoy("TETRA radio ISSIs and serials: employer's radios, not hers")
    b.ok_json(
        {
            "radios": [
                {
                    "issi": new_digits(c.rng, 7, "3"),
                    "tei": new_digits(c.rng, 15, "3"),
                    "callsign": f"Rampe {c.rng.randint(1, 30)}",
                    "rssiDbm": -c.rng.randint(60, 105),
                }
                for _ in range(5)
            ]
        }
    )
    return b.build()


def ptt_transcript(c: Context) -> Flow:
    b = _ops(c, "POST", f"{OPS}/api/v3/radio/transcripts")
    b.decoy("push-to-talk speech-to-text: transcription, no speaker model")
    b.json(
        {
            "talkgroup": "RAMP-2",
            "issi": new_digits(c.rng, 7, "3"),
            "durationMs": c.rng.randint(900, 7000),
            "tale_tekst": c.rng.choice(
                [
                    "lasting ferdig på D7, klar for pushback",
                    "trenger en ekstra traktor til C12",
                    "bagasje fra Bergen er på bånd fire",
                    "fuel truck delayed ten minutes",
                ]
            ),
            "confidence": rf(c.rng, 0.7, 0.98, 2),
        }
    )
    b.ok_json({"id": rid(c.rng)})
    return b.build()


def shift_roster(c: Context) -> Flow:
    b = _ops(c, "GET", f"{OPS}/api/v3/shifts/current")
    b.ok_json(
        {
            "shift": "SEIN",
            "start": iso(c),
            "crew": [
                {"staffNo": "GH" + new_digits(c.rng, 6), "role": c.rng.choice(["LOAD", "PUSH"])}
                for _ in range(8)
            ],
        }
    )
    return b.build()


def rampe_register(c: Context) -> Flow:
    """The supervisor app registers her phone for push."""
    b = _ops(c, "POST", f"{OPS}/api/v3/me/devices")
    b.json(
        {
            "enhetsId": b.id("aid_rampe", where="json enhetsId"),
            "installasjonsId": b.other_id_value("rampe_install", "json installasjonsId"),
            "pushToken": b.acct("fcm_token"),
            "ansattnr": b.acct("staff_no"),
            "modell": "SM-S911B",
        }
    )
    b.ok_json({"registered": True})
    return b.build()


def rampe_telemetry_opaque(c: Context) -> Flow:
    """The app's own usage beacon: gzip + base64 under 'p'; install id inside."""
    b = _ops(c, "POST", f"{OPS}/t")
    inner = (
        '{"i":"' + b.other_id_value("rampe_install", "body p (gzip+base64) i", False) + '",'
        '"s":"' + new_hex(c.rng, 8) + '","e":["open_turn","open_fleet"]}'
    )
    b.form([("p", b64(gzip.compress(inner.encode(), mtime=0)))])
    b.no_content()
    return b.build()


def mdm_checkin(c: Context) -> Flow:
    """The work-profile agent on her own phone."""
    b = FB(c, "mdm", "POST", f"{MDM}/api/byod/checkin")
    b.header("user-agent", "NordgrindMDM/2.7 (Android 14; work profile)")
    b.header("x-device-id", b.other_id_value("mdm_device", "header x-device-id"))
    b.json(
        {
            "workProfileAndroidId": b.id("aid_mdm", where="json workProfileAndroidId"),
            "ownership": "PERSONAL",
            "model": "SM-S911B",
            "patchLevel": "2024-10-01",
            "compliant": True,
        }
    )
    b.ok_json({"nextCheckinSec": 14400})
    return b.build()


def turn_assign(c: Context) -> Flow:
    b = _ops(c, "POST", f"{OPS}/api/v3/turns/{flight_no(c.rng)}/assign")
    b.json(
        {
            "stand": stand(c.rng),
            "team": [f"Rampe {c.rng.randint(1, 30)}" for _ in range(3)],
            "at": ms(c),
        }
    )
    b.ok_json({"ok": True})
    return b.build()
