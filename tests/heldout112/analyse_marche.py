"""Analyse posturale et de la marche: markerless motion capture of patients.

The phone films a patient walking on the treadmill or standing against the
posture grid; an on-device pose model gives body keypoints that the app sends
as gait cycles (Helen-Hayes-style lower-body markers, joint angles) and as
posture landmarks (tragus, acromion, ASIS, knees, malleoli: the points a
posture assessment marks on the body). Body pose is not biometric under the
issue's definition, and none of these point sets is a face mesh: decoys.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import b64, gz, js

from .phone import FB, iso, rf, rid, ua

API = "https://mocap.kinetika.example"
UA = ua("Kinetika", "3.8.2")
MARKERS = ["LASI", "RASI", "LPSI", "RPSI", "LTHI", "RTHI", "LKNE", "RKNE"]
MARKERS += ["LTIB", "RTIB", "LANK", "RANK", "LHEE", "RHEE", "LTOE", "RTOE"]
POSTURE = ["tragus_g", "tragus_d", "acromion_g", "acromion_d", "eias_g", "eias_d"]
POSTURE += ["genou_g", "genou_d", "malleole_g", "malleole_d"]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "kinetika-mocap", method, url)
    b.header("user-agent", UA)
    return b


def _xyz(c: Context) -> list[float]:
    return [rf(c.rng, -400, 400, 1), rf(c.rng, 0, 1700, 1), rf(c.rng, -200, 200, 1)]


def gait_cycles(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/marche/cycles")
    b.decoy("gait-analysis body markers (x,y,z per marker per frame): body pose, no face")
    b.json(
        {
            "patientId": f"pat_{c.rng.randint(100000, 999999)}",
            "frequence_hz": 60,
            "marqueurs": MARKERS,
            "trames": [[_xyz(c) for _ in MARKERS] for _ in range(6)],
            "cadence_pas_min": rf(c.rng, 90, 125, 1),
            "longueurPas_cm": rf(c.rng, 50, 80, 1),
            "angles": {"flexionGenou_g": rf(c.rng, 50, 68, 1), "flexionGenou_d": rf(c.rng, 50, 68)},
        }
    )
    b.ok_json({"analyseId": rid(c.rng), "symetrie_pct": rf(c.rng, 80, 99, 1)})
    return b.build()


def posture_landmarks(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/posture/bilan")
    b.decoy(
        "posture landmarks (tragus, acromion, ASIS...) and head tilt from the ear-shoulder"
        " line: a body posture assessment, not a face analysis"
    )
    b.json(
        {
            "vue": c.rng.choice(["face", "profil_g", "dos"]),
            "landmarks": [
                {"nom": n, "x": rf(c.rng, 0, 1, 4), "y": rf(c.rng, 0, 1, 4)} for n in POSTURE
            ],
            "inclinaisonTete_deg": rf(c.rng, -6, 6, 1),
            "anteriorisationTete_cm": rf(c.rng, 0, 6, 1),
            "bascule_bassin_deg": rf(c.rng, -5, 5, 1),
        }
    )
    b.ok_json({"score": c.rng.randint(55, 95)})
    return b.build()


def pose_stream(c: Context) -> Flow:
    """Batched keypoints, gzipped then base64'd by the capture module: still body pose."""
    b = _b(c, "POST", f"{API}/v1/capture/lot")
    b.decoy("gzip+base64 batch of lower-body keypoints (body pose, not biometric)")
    frames = [[[rf(c.rng, 0, 1, 3), rf(c.rng, 0, 1, 3)] for _ in range(17)] for _ in range(10)]
    b.json({"fmt": "kp17-gz", "n": 10, "d": b64(gz(js(frames).encode()))})
    b.ok_json({"recu": 10})
    return b.build()


def report_pdf(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/rapports/{rid(c.rng)}.pdf")
    b.respond(
        200, "application/pdf", b"%PDF-1.7\n" + bytes(c.rng.getrandbits(8) for _ in range(400))
    )
    return b.build()


def session_upload_meta(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/videos/meta")
    b.decoy("capture video metadata: duration, fps, resolution (the patient's gait clip)")
    b.json(
        {
            "clipId": rid(c.rng),
            "duree_s": rf(c.rng, 8, 40, 1),
            "fps": 60,
            "resolution": "1920x1080",
            "enregistreLe": iso(c),
        }
    )
    b.ok_json({"uploadUrl": f"{API}/v1/videos/{rid(c.rng)}"})
    return b.build()
