"""Domofon24: the smart intercom of the family's Warsaw apartment block.

The entrance panel belongs to the housing cooperative: its serial and MAC are
shared building equipment, not the family's devices (decoys). Visitor snapshots
are other people at the door, stored for the call log and not sent to any face
matching (ordinary images). The tester enrols their own face for hands-free
entry (`szablon_twarzy`): biometric. The phone's ANDROID_ID goes in a header.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import b64, fake_jpeg, floats_b64

from .phone import FB, floats, iso, rid, ua

API = "https://api.domofon24.example"
PANEL_SERIAL = "DMF-KL2-004417"
PANEL_MAC = "02:1A:7C:44:09:E2"


def _b(c: Context, method: str, url: str, device: bool = True) -> FB:
    b = FB(c, "domofon24", method, url)
    b.header("user-agent", ua("Domofon24", "3.1.5"))
    if device:
        b.header("x-urzadzenie-id", b.id("aid_door", where="header x-urzadzenie-id"))
    return b


def face_enrol(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/wejscie/twarz/rejestracja")
    b.bio("face_embedding", "json szablon_twarzy (base64 float32 face template)")
    b.json(
        {
            "lokal": c.phone.door_flat,
            "szablon_twarzy": floats_b64(floats(c.rng, 256)),
            "jakosc_twarzy": round(c.rng.uniform(0.7, 0.99), 3),
        }
    )
    b.ok_json({"zarejestrowano": True})
    return b.build()


def door_event(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/zdarzenia/otwarcie")
    b.decoy("building panel serial/MAC: the cooperative's shared equipment, not the family's")
    b.json(
        {
            "panel": {"numer_seryjny": PANEL_SERIAL, "mac": PANEL_MAC},
            "lokal": c.phone.door_flat,
            "metoda": c.rng.choice(["aplikacja", "twarz", "kod"]),
            "czas": iso(c),
        }
    )
    b.ok_json({"otwarto": True})
    return b.build()


def visitor_snapshot(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/polaczenia/{rid(c.rng)}/zdjecie.jpg")
    b.decoy("visitor snapshot from the panel: someone else at the door, no face matching")
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 600))
    return b.build()


def call_log(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/polaczenia?limit=20", device=False)
    b.decoy("intercom call log with durations")
    b.ok_json(
        {
            "polaczenia": [
                {"id": rid(c.rng), "czas_trwania_s": c.rng.randint(3, 90), "odebrane": True}
                for _ in range(4)
            ]
        }
    )
    return b.build()


def face_unlock_opaque(c: Context) -> Flow:
    """Hands-free entry check: the phone sends the template encrypted under `e`."""
    b = _b(c, "POST", f"{API}/v3/w/e", device=False)
    b.bio("face_embedding", "json e (encrypted face template for door unlock)", detectable=False)
    b.json({"e": b64(bytes(c.rng.getrandbits(8) for _ in range(520))), "i": new_hex(c.rng, 12)})
    b.ok_json({"r": 1})
    return b.build()
