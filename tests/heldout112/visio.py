"""Téléconsultation: video calls with patients on Doctolib, and its booking sync.

The call's WebRTC statistics (frames decoded, jitter, packet loss, bitrate,
round-trip time) go to the platform's quality endpoint every few seconds. A
live call is not watched content: call-quality stats are not viewing history
(decoys). The booking sync carries appointment ids, times and the practice's
opening hours.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex

from .phone import FB, iso, ms, rf, rid

WEB = "https://www.doctolib.fr"
UA = "Mozilla/5.0 (Linux; Android 14; SM-A546B) AppleWebKit/537.36 (KHTML, like Gecko) "
UA += "Chrome/130.0.6723.107 Mobile Safari/537.36"


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "doctolib", method, url)
    b.header("user-agent", UA)
    b.header("x-csrf-token", new_hex(c.rng, 44))
    return b


def qos_stats(c: Context) -> Flow:
    room = new_hex(c.rng, 16)
    b = _b(c, "POST", f"{WEB}/api/video_consultations/{room}/stats")
    b.decoy("WebRTC call-quality stats of a live video call (not watched content)")
    b.json(
        {
            "timestamp": ms(c),
            "inbound_video": {
                "framesDecoded": c.rng.randint(1000, 40000),
                "framesDropped": c.rng.randint(0, 80),
                "frameWidth": 640,
                "frameHeight": 480,
                "framesPerSecond": rf(c.rng, 14, 30, 1),
                "jitter": rf(c.rng, 0.001, 0.05, 4),
                "packetsLost": c.rng.randint(0, 120),
                "bytesReceived": c.rng.randint(10**6, 10**8),
            },
            "outbound_audio": {"bitrate": c.rng.randint(24000, 64000), "codec": "opus"},
            "candidatePair": {"currentRoundTripTime": rf(c.rng, 0.02, 0.3, 3)},
            "elapsedSec": c.rng.randint(10, 1800),
        }
    )
    b.no_content()
    return b.build()


def call_join(c: Context) -> Flow:
    b = _b(c, "POST", f"{WEB}/api/video_consultations/join")
    b.decoy("call room token and session ids")
    b.json({"appointment_id": str(c.rng.randint(10**8, 10**9)), "role": "practitioner"})
    b.ok_json({"room": new_hex(c.rng, 16), "token": new_hex(c.rng, 64), "iceServers": ["turn:eu1"]})
    return b.build()


def booking_sync(c: Context) -> Flow:
    b = _b(c, "GET", f"{WEB}/api/practitioner/agendas/{c.rng.randint(10**5, 10**6)}/appointments")
    b.decoy("online booking list (appointment ids and times)")
    b.ok_json(
        {
            "appointments": [
                {
                    "id": c.rng.randint(10**8, 10**9),
                    "start_date": iso(c),
                    "visit_motive": c.rng.choice(["Première consultation", "Suivi", "Bilan"]),
                    "new_patient": c.rng.random() < 0.3,
                    "status": "confirmed",
                }
                for _ in range(c.rng.randint(3, 8))
            ]
        }
    )
    return b.build()


def opening_hours(c: Context) -> Flow:
    b = _b(c, "PUT", f"{WEB}/api/practitioner/opening_hours")
    b.json(
        {
            "days": [
                {"day": d, "ranges": [["08:00", "12:30"], ["14:00", "19:30"]]} for d in range(1, 6)
            ],
            "request_id": rid(c.rng),
        }
    )
    b.ok_json({"ok": True})
    return b.build()
