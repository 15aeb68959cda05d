"""Masar: a ride-hailing app on the iPhone (Dubai, Riyadh).

Its analytics goes through Firebase with the IDFA and its own install id; the
trip screen returns the captain's (driver's) phone id and car plate: the
driver's device, not the household's (a decoy). Route polylines, fare
estimates and the captain's rating are ordinary; the in-trip "safety
check-in" sends a voice note for TRANSCRIPTION only (speech recognition, no
speaker model: not biometric).
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex, new_uuid
from tests.heldout.wire import b64, fake_wav

from .phone import FB, ios_ua, iso, ms, rf, rid

API = "https://api.masar-rides.example"
UA = ios_ua("Masar", "11.8.0")


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "masar", method, url)
    b.header("user-agent", UA)
    b.header("x-install-id", b.id("ride_install", where="header x-install-id (app install id)"))
    return b


def launch(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/app/launch")
    b.json(
        {
            "idfa": b.id("idfa", where="json idfa"),
            "att": "authorized",
            "rider": b.acct("ride_user"),
            "ts": ms(c),
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def estimate(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/fare/estimate")
    b.decoy("pickup / drop-off coordinates and fare")
    b.json(
        {
            "pickup": [rf(c.rng, 25.0, 25.3, 5), rf(c.rng, 55.1, 55.4, 5)],
            "dropoff": [rf(c.rng, 25.0, 25.3, 5), rf(c.rng, 55.1, 55.4, 5)],
            "product": "comfort",
        }
    )
    b.ok_json({"fareAed": rf(c.rng, 18, 90, 2), "etaMin": c.rng.randint(2, 15)})
    return b.build()


def trip(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/trips/{rid(c.rng)}")
    b.decoy("captain's phone id and car plate: the driver's device, not the rider's")
    b.ok_json(
        {
            "captain": {
                "name": "Faisal",
                "rating": rf(c.rng, 4.5, 5, 2),
                "deviceId": new_uuid(c.rng).upper(),
                "plate": f"DXB O {c.rng.randint(10000, 99999)}",
            },
            "polyline": "".join(c.rng.choice("abcdefghij_@?~") for _ in range(80)),
        }
    )
    return b.build()


def voice_note(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/safety/voice-note/transcribe")
    b.decoy("voice note sent for transcription (speech recognition, no speaker model)")
    b.json({"audio": b64(fake_wav(c.rng.randint(0, 10**9), 800)), "lang": "ar-AE", "ts": iso(c)})
    b.ok_json({"text": "أنا بخير، شكراً", "confidence": rf(c.rng, 0.7, 0.95, 2)})
    return b.build()


def opaque_telemetry(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/tm")
    b.json(
        {
            "q": b.id("idfa", "md5_upper", "json q (MD5 of IDFA, uppercase)", detectable=False),
            "n": new_hex(c.rng, 8),
        }
    )
    b.no_content()
    return b.build()
