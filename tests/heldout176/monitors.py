"""The ward's bedside equipment as the nurse's work-profile apps see it.

The alarm-forwarding app (an Ascom-Unite-style middleware) pushes monitor alarms to
the nurse's phone; the device-integration gateway feeds vital signs from the
patient monitors to the EHR as FHIR Observations with IEEE 11073 MDC codes, and
the infusion pumps and ventilators report status and settings. Every serial and
MAC here is the hospital's equipment (never the tester's device); vital-sign
series, ECG and pressure waveforms are float arrays that look like embeddings or
price series but carry no face, voice or viewing data.
"""

from __future__ import annotations

import math

from tests.heldout.flowmodel import Context, Flow

from . import ward
from .phone import FB, iso, ms, rf, rid, ua

GW = "https://laiteintegraatio.hyks.example"
ALARMS = "https://halytys.hyks.example"
UA = ua("HYKS-Halytys", "5.2.0")

MDC = [
    ("MDC_ECG_HEART_RATE", 147842, "/min", 55, 120),
    ("MDC_PULS_OXIM_SAT_O2", 150456, "%", 88, 100),
    ("MDC_PRESS_BLD_ART_MEAN", 150035, "mm[Hg]", 60, 95),
    ("MDC_RESP_RATE", 151562, "/min", 10, 28),
    ("MDC_TEMP_BLD", 150344, "Cel", 36.0, 38.9),
]


def _b(c: Context, method: str, url: str, sdk: str = "hyks-gateway") -> FB:
    b = FB(c, sdk, method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + rid(c.rng).replace("-", ""))
    return b


def vitals_bundle(c: Context) -> Flow:
    mon = c.rng.choice(ward.MONITORS)
    b = _b(c, "POST", f"{GW}/fhir/R4/Bundle")
    b.decoy("patient monitor serial and MAC (the hospital's equipment, not the tester's)")
    b.decoy("vital-sign values with timestamps (clinical data, no viewing or biometric)")
    entries = []
    for name, code, unit, low, high in MDC:
        entries.append(
            {
                "resource": {
                    "resourceType": "Observation",
                    "status": "final",
                    "code": {
                        "coding": [
                            {
                                "system": "urn:iso:std:iso:11073:10101",
                                "code": str(code),
                                "display": name,
                            }
                        ]
                    },
                    "subject": {"reference": f"Patient/{c.rng.choice(ward.PATIENTS)}"},
                    "effectiveDateTime": iso(c),
                    "valueQuantity": {"value": rf(c.rng, low, high, 1), "unit": unit},
                    "device": {"reference": f"Device/{mon.serial}"},
                },
                "request": {"method": "POST", "url": "Observation"},
            }
        )
    entries.append(
        {
            "resource": {
                "resourceType": "Device",
                "id": mon.serial,
                "serialNumber": mon.serial,
                "identifier": [{"system": "urn:ieee:mac", "value": mon.mac}],
                "location": {"display": mon.room},
            },
            "request": {"method": "PUT", "url": f"Device/{mon.serial}"},
        }
    )
    b.json(
        {"resourceType": "Bundle", "type": "transaction", "entry": entries},
        ctype="application/fhir+json",
    )
    b.respond(
        200, "application/fhir+json", b'{"resourceType":"Bundle","type":"transaction-response"}'
    )
    return b.build()


def ecg_strip(c: Context) -> Flow:
    mon = c.rng.choice(ward.MONITORS)
    b = _b(c, "POST", f"{GW}/api/v2/aaltomuodot/ekg")
    b.decoy("ECG waveform samples: a float vector of a heart, not a face or voice template")
    hr = c.rng.uniform(60, 110)
    samples = [
        round(
            0.9 * math.exp(-(((i * 4 / 1000 * hr / 60) % 1 - 0.3) ** 2) / 0.0008)
            + c.rng.gauss(0, 0.03),
            4,
        )
        for i in range(500)
    ]
    b.json(
        {
            "laite": {"sarjanumero": mon.serial, "mac": mon.mac, "huone": mon.room},
            "kytkenta": "II",
            "naytteenottotaajuus_hz": 250,
            "alku": iso(c),
            "naytteet_mV": samples,
        },
        "gzip",
    )
    b.ok_json({"tallennettu": True})
    return b.build()


def alarm_push(c: Context) -> Flow:
    mon = c.rng.choice(ward.MONITORS)
    b = _b(
        c, "GET", f"{ALARMS}/api/v1/halytykset?yksikko={ward.WARD}&kuitattu=false", "hyks-halytys"
    )
    b.decoy("monitor serials in an alarm list (hospital equipment)")
    b.ok_json(
        {
            "halytykset": [
                {
                    "id": rid(c.rng),
                    "huone": mon.room,
                    "laite": mon.serial,
                    "prioriteetti": c.rng.choice(["korkea", "keski", "matala"]),
                    "teksti": c.rng.choice(["SpO2 LOW", "HR HIGH", "ABP DISCONNECT", "APNEA"]),
                    "arvo": rf(c.rng, 50, 140, 0),
                    "aika": iso(c),
                }
            ]
        }
    )
    return b.build()


def alarm_ack(c: Context) -> Flow:
    b = _b(c, "POST", f"{ALARMS}/api/v1/halytykset/{rid(c.rng)}/kuittaus", "hyks-halytys")
    b.decoy("the nurse's badge id in an acknowledgement (the hospital's badge)")
    b.json({"kuittaaja": ward.NURSE_BADGE.serial, "toimenpide": "ACK", "aika": ms(c)})
    b.no_content()
    return b.build()


def pump_status(c: Context) -> Flow:
    pump = c.rng.choice(ward.PUMPS)
    b = _b(c, "POST", f"{GW}/api/v2/infuusiopumput/{pump.serial}/status")
    b.decoy("infusion pump serial and MAC (the hospital's equipment)")
    b.json(
        {
            "pumpSerial": pump.serial,
            "macAddress": pump.mac,
            "channel": c.rng.randint(1, 3),
            "drugLibraryVersion": "TO3-2024.11",
            "drug": c.rng.choice(
                ["Noradrenaliini 0,1 mg/ml", "Propofoli 20 mg/ml", "Insuliini 1 IU/ml"]
            ),
            "infusionRate_mlh": rf(c.rng, 0.5, 25, 1),
            "vtbi_ml": rf(c.rng, 5, 100, 1),
            "batteryPct": c.rng.randint(20, 100),
            "state": c.rng.choice(["RUNNING", "PAUSED", "KVO"]),
            "ts": iso(c),
        }
    )
    b.ok_json({"accepted": True})
    return b.build()


def pump_library(c: Context) -> Flow:
    pump = c.rng.choice(ward.PUMPS)
    b = _b(c, "GET", f"{GW}/api/v2/infuusiopumput/laakekirjasto?sarjanumero={pump.serial}")
    b.decoy("pump serial in a drug-library sync (hospital equipment)")
    b.ok_json(
        {
            "versio": "TO3-2024.11",
            "laakkeet": [
                {"nimi": "Noradrenaliini", "pitoisuus": "0,1 mg/ml", "maxNopeus_mlh": 30},
                {"nimi": "Propofoli", "pitoisuus": "20 mg/ml", "maxNopeus_mlh": 40},
                {"nimi": "Fentanyyli", "pitoisuus": "50 µg/ml", "maxNopeus_mlh": 10},
            ],
        }
    )
    return b.build()


def vent_settings(c: Context) -> Flow:
    vent = c.rng.choice(ward.VENTS)
    b = _b(c, "POST", f"{GW}/api/v2/hengityskoneet/asetukset")
    b.decoy("ventilator serial and MAC (hospital equipment); pressure waveform floats")
    b.json(
        {
            "serialNo": vent.serial,
            "mac": vent.mac,
            "room": vent.room,
            "mode": c.rng.choice(["PC-SIMV", "PRVC", "CPAP/PS"]),
            "peep_cmH2O": c.rng.randint(5, 12),
            "fio2": rf(c.rng, 0.25, 0.7, 2),
            "vt_ml": c.rng.randint(350, 550),
            "rr_set": c.rng.randint(12, 22),
            "paw_cmH2O": [rf(c.rng, 5, 28, 1) for _ in range(60)],
            "flow_lmin": [rf(c.rng, -40, 50, 1) for _ in range(60)],
            "sampledAt": ms(c),
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def bed_exit(c: Context) -> Flow:
    """A fall-prevention camera's skeleton: body joints only, no face points."""
    b = _b(c, "POST", f"{GW}/api/v1/kaatumisvahti/tapahtuma")
    b.decoy("body pose keypoints of a patient without any face point (not biometric here)")
    joints = [
        "l_shoulder",
        "r_shoulder",
        "l_elbow",
        "r_elbow",
        "l_wrist",
        "r_wrist",
        "l_hip",
        "r_hip",
        "l_knee",
        "r_knee",
        "l_ankle",
        "r_ankle",
    ]
    b.json(
        {
            "huone": c.rng.choice(ward.ROOMS),
            "tapahtuma": c.rng.choice(["SANGYSTA_NOUSU", "ISTUU_REUNALLA"]),
            "luottamus": rf(c.rng, 0.6, 0.99, 2),
            "nivelet": {j: [rf(c.rng, 0, 1, 3), rf(c.rng, 0, 1, 3)] for j in joints},
            "aika": iso(c),
        }
    )
    b.ok_json({"halytys": True})
    return b.build()
