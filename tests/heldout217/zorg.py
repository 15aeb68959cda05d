"""Care equipment: medication carts, the fall-detection cameras and the staff
face-login terminal.

The fall-detection cameras analyse on the edge and send pose skeletons (17
body keypoints with confidences) when someone falls: body posture, not a face
image, face template or voice, so labelled ordinary (a reviewer may differ).
The face-login terminal normally sends only the match result and a staff
number; when a new staff member is enrolled it uploads a face photo and a
face template (biometric). Medication carts report drawers, doses and timers.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import b64, fake_jpeg, floats_b64, jsb, multipart

from .phone import HB, floats, iso, ms, rf, rid

CART = "https://karren.medicatie-systeem.example"
CAM = "https://edge.valdetectie.example"
TERM = "https://login.zorghuis-utrecht.example"
KEYPOINTS = [
    "nose", "left_eye", "right_eye", "left_ear", "right_ear", "left_shoulder", "right_shoulder",
    "left_elbow", "right_elbow", "left_wrist", "right_wrist", "left_hip", "right_hip",
    "left_knee", "right_knee", "left_ankle", "right_ankle",
]  # fmt: skip


def _b(c: Context, sdk: str, method: str, url: str, agent: str) -> HB:
    b = HB(c, sdk, method, url)
    b.header("user-agent", agent)
    return b


def cart_status(c: Context) -> Flow:
    b = _b(c, "medicatiekar", "POST", f"{CART}/api/kar/{c.rng.randint(1, 6)}/status", "MedKar/3.2")
    b.decoy("medication cart: drawers, doses, round timer")
    b.json(
        {
            "lades": [{"lade": i, "open": c.rng.random() < 0.2} for i in range(1, 5)],
            "ronde": c.rng.choice(["08:00", "12:00", "17:00", "21:00"]),
            "toegediend": c.rng.randint(0, 30),
            "timerSec": c.rng.randint(0, 3600),
            "t": iso(c),
        }
    )
    b.no_content()
    return b.build()


def cart_dose(c: Context) -> Flow:
    b = _b(c, "medicatiekar", "POST", f"{CART}/api/toediening", "MedKar/3.2")
    b.decoy("dose registration with product serial (GTIN / batch), not a device serial")
    b.json(
        {
            "kamer": f"{c.rng.randint(1, 3)}.{c.rng.randint(1, 14):02d}",
            "gtin": f"0871{c.rng.randint(10**8, 10**9 - 1)}",
            "batch": f"B{c.rng.randint(10000, 99999)}",
            "dosis": c.rng.choice(["1 tablet", "5 ml", "2 tabletten"]),
            "tijdstip": iso(c),
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def pose_event(c: Context) -> Flow:
    b = _b(c, "valcamera", "POST", f"{CAM}/v1/events", "ValDetectie-Edge/2.0")
    b.decoy("pose skeleton: body keypoints, no face data")
    b.json(
        {
            "camera": f"kamer-{c.rng.randint(1, 3)}.{c.rng.randint(1, 14):02d}",
            "event": c.rng.choice(["fall", "lying_on_floor", "sitting_up"]),
            "confidence": rf(c.rng, 0.6, 0.99, 2),
            "skeleton": [
                {
                    "kp": k,
                    "x": rf(c.rng, 0, 1, 3),
                    "y": rf(c.rng, 0, 1, 3),
                    "s": rf(c.rng, 0.3, 1, 2),
                }
                for k in KEYPOINTS
            ],
            "ts": ms(c),
        }
    )
    b.ok_json({"alarmId": rid(c.rng)})
    return b.build()


def pose_track_packed(c: Context) -> Flow:
    b = _b(c, "valcamera", "POST", f"{CAM}/v1/track", "ValDetectie-Edge/2.0")
    b.decoy("packed float32 body-keypoint track (opaque floats, not a face vector)")
    b.json(
        {
            "c": f"k{c.rng.randint(1, 40)}",
            "n": 17,
            "f": 8,
            "d": floats_b64(floats(c.rng, 17 * 2 * 8)),
            "t": ms(c),
        }
    )
    b.no_content()
    return b.build()


def camera_health(c: Context) -> Flow:
    b = _b(
        c, "valcamera", "GET", f"{CAM}/v1/health?cam={c.rng.randint(1, 40)}", "ValDetectie-Edge/2.0"
    )
    b.decoy("camera yaw / pitch and fps")
    b.ok_json(
        {
            "fps": c.rng.randint(10, 15),
            "yaw": rf(c.rng, -40, 40, 1),
            "pitch": rf(c.rng, -30, 0, 1),
            "privacyMasker": True,
        }
    )
    return b.build()


def face_login(c: Context) -> Flow:
    b = _b(c, "gezichtslogin", "POST", f"{TERM}/api/v1/inloggen/resultaat", "FaceTerminal/5.1")
    b.decoy("face-login result only: match score and staff number, no face data")
    b.json(
        {
            "medewerker": b.acct("staff_no"),
            "methode": "gezicht",
            "match": True,
            "score": rf(c.rng, 0.85, 0.99, 3),
            "terminal": "balie-linde",
            "tijd": iso(c),
        }
    )
    b.ok_json({"sessie": rid(c.rng)})
    return b.build()


def face_enrol(c: Context) -> Flow:
    b = _b(c, "gezichtslogin", "POST", f"{TERM}/api/v1/medewerkers/gezicht", "FaceTerminal/5.1")
    b.bio("face_image", "multipart gezichtsfoto (jpeg)")
    bnd = "----enrol" + rid(c.rng)[:8]
    b.set_body(
        multipart(
            bnd,
            [
                (
                    "gezichtsfoto",
                    "gezicht.jpg",
                    "image/jpeg",
                    fake_jpeg(c.rng.randint(0, 10**9), 800),
                ),
                ("medewerker", None, None, b.acct("staff_no").encode()),
            ],
        ),
        f"multipart/form-data; boundary={bnd}",
    )
    b.ok_json({"ingeschreven": True})
    return b.build()


def template_sync_opaque(c: Context) -> Flow:
    b = _b(c, "gezichtslogin", "POST", f"{TERM}/api/v1/sync/t", "FaceTerminal/5.1")
    b.bio("face_template", "json v (base64 float32 face embedding)", detectable=False)
    b.set_body(
        jsb({"m": b.acct("staff_no"), "v": floats_b64(floats(c.rng, 128)), "r": 2}),
        "application/json",
    )
    b.no_content()
    return b.build()


def roster(c: Context) -> Flow:
    b = _b(
        c,
        "rooster",
        "GET",
        "https://rooster.zorghuis-utrecht.example/api/diensten?week=49",
        "Rooster/2.0",
    )
    b.ok_json(
        {
            "diensten": [
                {"dienst": d, "start": s}
                for d, s in (("vroeg", "07:00"), ("laat", "15:00"), ("nacht", "23:00"))
            ],
            "b": b64(rid(c.rng)),
        }
    )
    return b.build()
