"""Botvloer: the warehouse's robot (AMR), forklift and printer dashboard, opened
from the shift-lead app.

Robots report a pose (x, y and heading in the floor plan, plus the lidar's
yaw / pitch / roll), forklifts their telematics box (an LTE modem IMEI, impact
g-forces, the operator's badge login), label printers their MAC and printhead
wear, and the voice-picking headsets whether each operator's speech-recognition
template is trained. All of it is the employer's equipment and the work of the
team: none is Daan's device, none of it is biometric (a picker's voice template
for speech recognition is not a speaker model, and this flow carries only its
status anyway).
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import fake_wav, multipart

from .phone import FB, bearer, fleet_imei, fleet_mac, fleet_serial, iso, ms, rf, rid, ua

API = "https://fleet.botvloer.example"
UA = ua("VloerLead", "4.18.2")


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "botvloer", method, url)
    b.header("user-agent", UA)
    b.header("authorization", bearer(c.rng))
    return b


def robot_poses(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v2/robots/poses?site=RTM-WH2")
    b.decoy("robot poses with yaw/pitch/roll: machines' heading, not a head pose")
    b.ok_json(
        {
            "robots": [
                {
                    "robotId": f"AMR-{c.rng.randint(100, 180)}",
                    "pose": {
                        "x": rf(c.rng, 0, 180, 2),
                        "y": rf(c.rng, 0, 90, 2),
                        "theta": rf(c.rng, -3.14, 3.14, 3),
                    },
                    "imu": {
                        "yaw": rf(c.rng, -180, 180, 1),
                        "pitch": rf(c.rng, -2, 2, 2),
                        "roll": rf(c.rng, -2, 2, 2),
                    },
                    "state": c.rng.choice(["PICKING", "CHARGING", "IDLE", "BLOCKED"]),
                    "batteryPct": c.rng.randint(10, 100),
                }
                for _ in range(c.rng.randint(5, 12))
            ],
            "ts": ms(c),
        }
    )
    return b.build()


def robot_registry(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v2/robots")
    b.decoy("the employer's robots: serial and Wi-Fi MAC of company machines")
    b.ok_json(
        [
            {
                "robotId": f"AMR-{c.rng.randint(100, 180)}",
                "serial": fleet_serial(c.rng, "LR"),
                "macAddress": fleet_mac(c.rng, "00:1B:C5"),
                "firmware": "7.4.12",
                "commissioned": "2023-03-14",
            }
            for _ in range(c.rng.randint(3, 8))
        ]
    )
    return b.build()


def forklift_telematics(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v2/heftrucks/{c.rng.randint(1, 24)}/telemetrie")
    b.decoy("forklift telematics: the truck's modem IMEI (company equipment), impact g-forces")
    b.ok_json(
        {
            "heftruck": f"HT-{c.rng.randint(1, 24):02d}",
            "modem": {"imei": fleet_imei(c.rng), "rssi": -c.rng.randint(60, 100)},
            "serienummer": fleet_serial(c.rng, "LDH"),
            "bestuurderBadge": "4" + str(c.rng.randint(10**6, 10**7)),
            "schokken": [
                {"g": rf(c.rng, 0.5, 3.5, 2), "tijd": iso(c)} for _ in range(c.rng.randint(0, 3))
            ],
            "urenteller": rf(c.rng, 1000, 14000, 1),
        }
    )
    return b.build()


def forklift_unlock(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v2/heftrucks/vrijgeven")
    b.decoy("unlock a company forklift by its serial after the daily check")
    b.json(
        {
            "serienummer": fleet_serial(c.rng, "LDH"),
            "dagelijkseKeuring": {"remmen": "ok", "vorken": "ok", "claxon": "ok"},
            "vrijgegevenDoor": b.acct("staff_no"),
        }
    )
    b.ok_json({"vrijgegeven": True})
    return b.build()


def printer_status(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v2/printers")
    b.decoy("label printers' MAC, serial and printhead wear (company devices)")
    b.ok_json(
        {
            "printers": [
                {
                    "naam": f"ZT411-dock{c.rng.randint(1, 12)}",
                    "serial": fleet_serial(c.rng, "99J"),
                    "mac": fleet_mac(c.rng, "00:07:4D").lower(),
                    "printheadKm": rf(c.rng, 1, 60, 1),
                    "labelsOver": c.rng.randint(0, 900),
                    "status": c.rng.choice(["READY", "PAPER OUT", "HEAD OPEN"]),
                }
                for _ in range(c.rng.randint(2, 6))
            ]
        }
    )
    return b.build()


def print_label(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v2/printers/print")
    zpl = (
        "^XA^FO50,50^BCN,100,Y,N,N^FD00387"
        + str(c.rng.randint(10**12, 10**13))
        + "^FS^FO50,200^A0N,40,40^FDDock 4^FS^XZ"
    )
    b.json({"printer": f"ZT411-dock{c.rng.randint(1, 12)}", "zpl": zpl, "copies": 1})
    b.ok_json({"jobId": rid(c.rng)})
    return b.build()


def voice_headsets(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v2/spraakpicken/headsets")
    b.decoy(
        "voice-picking headsets (company) and whether each operator's speech-recognition "
        "template is trained: a status, no audio, no speaker model"
    )
    b.ok_json(
        {
            "headsets": [
                {
                    "serial": fleet_serial(c.rng, "SRX"),
                    "operator": f"op{c.rng.randint(100, 999)}",
                    "taal": c.rng.choice(["nl", "pl", "en"]),
                    "voiceTemplate": {
                        "trained": c.rng.random() < 0.8,
                        "words": c.rng.randint(40, 70),
                        "updated": iso(c),
                    },
                }
                for _ in range(c.rng.randint(3, 7))
            ]
        }
    )
    return b.build()


def voice_misrecognition(c: Context) -> Flow:
    """A picker's misheard word, sent from the dashboard to the speech recogniser."""
    b = _b(c, "POST", f"{API}/api/v2/spraakpicken/herkenning/herbeoordeel")
    b.decoy(
        "a voice-picking audio snippet sent to speech recognition (what word was said): "
        "transcription, no speaker model or enrolment"
    )
    boundary = "bv" + rid(c.rng).replace("-", "")[:18]
    meta = (
        '{"verwacht":"' + c.rng.choice(["zeven", "siedem", "drie", "bevestig"]) + '",'
        '"taal":"'
        + c.rng.choice(["nl-NL", "pl-PL"])
        + '","headset":"'
        + fleet_serial(c.rng, "SRX")
        + '"}'
    ).encode()
    b.set_body(
        multipart(
            boundary,
            [
                ("meta", None, "application/json", meta),
                ("audio", "fragment.wav", "audio/wav", fake_wav(c.rng.randint(0, 10**9), 900)),
            ],
        ),
        f"multipart/form-data; boundary={boundary}",
    )
    b.ok_json({"herkend": "zeven", "zekerheid": rf(c.rng, 0.4, 0.99, 2)})
    return b.build()


def forklift_fatigue_summary(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v2/heftrucks/vermoeidheid?dienst=vroeg")
    b.decoy(
        "per-forklift counts of the cab camera's fatigue alerts this shift: counts per "
        "machine, no face measurement, no image"
    )
    b.ok_json(
        {
            "heftrucks": [
                {
                    "heftruck": f"HT-{n:02d}",
                    "dmsCamera": c.rng.choice(["actief", "afgedekt", "storing"]),
                    "vermoeidheidsmeldingen": c.rng.randint(0, 4),
                    "afleidingsmeldingen": c.rng.randint(0, 6),
                }
                for n in c.rng.sample(range(1, 25), 5)
            ]
        }
    )
    return b.build()
