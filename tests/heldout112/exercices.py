"""Programmes d'exercices: home-exercise videos the therapist assigns to patients.

She browses the library, previews a clip (a manifest and a thumbnail: fetching
is not viewing history), assigns programmes, and reads adherence. Two kinds of
adherence answer come back:

* per video, over all her patients (how many watched, average completion): an
  aggregate, not viewing history (decoy);
* per patient: which exercise videos that named patient played, when and how far.
  LABEL DECISION: this is labelled viewing_history (direction response). The
  issue defines viewing history as a report of what *a person* watched, with
  content id and completion; unlike device_id it is not limited to the tester's
  own devices, and a patient's watch log is exactly the kind of record the
  category protects. The rule author should know the set counts it.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import fake_jpeg

from .phone import FB, iso, rf, rid, ua

API = "https://api.kinetika.example"
CDN = "https://videos.kinetika.example"
UA = ua("Kinetika", "3.8.2")
EXOS = [
    ("ex_gainage_01", "Gainage frontal"),
    ("ex_pont_fessier", "Pont fessier"),
    ("ex_proprio_cheville", "Proprioception cheville"),
    ("ex_rotateurs_ext", "Rotateurs externes élastique"),
    ("ex_mckenzie_ext", "Extension McKenzie"),
    ("ex_squat_mur", "Squat contre le mur"),
]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "kinetika-exos", method, url)
    b.header("user-agent", UA)
    return b


def library(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/exercices?categorie={c.rng.choice(['genou', 'rachis', 'epaule'])}")
    b.decoy("exercise-video catalogue (ids, titles, durations)")
    b.ok_json(
        {
            "videos": [
                {
                    "id": i,
                    "titre": t,
                    "duree_s": c.rng.randint(40, 240),
                    "vignette": f"{CDN}/{i}.jpg",
                }
                for i, t in EXOS
            ]
        }
    )
    return b.build()


def preview_manifest(c: Context) -> Flow:
    vid = c.rng.choice(EXOS)[0]
    b = _b(c, "GET", f"{CDN}/hls/{vid}/master.m3u8")
    b.decoy("stream manifest of an exercise clip (fetching, not a viewing report)")
    body = "#EXTM3U\n#EXT-X-STREAM-INF:BANDWIDTH=1200000,RESOLUTION=1280x720\n720p.m3u8\n"
    b.respond(200, "application/vnd.apple.mpegurl", body.encode())
    return b.build()


def thumbnail(c: Context) -> Flow:
    b = _b(c, "GET", f"{CDN}/{c.rng.choice(EXOS)[0]}.jpg")
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 600))
    return b.build()


def assign(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/programmes")
    b.decoy("programme assignment: video ids with sets and reps (a prescription)")
    b.json(
        {
            "patientId": f"pat_{c.rng.randint(100000, 999999)}",
            "exercices": [
                {"videoId": i, "series": 3, "repetitions": c.rng.choice([10, 12, 15])}
                for i, _ in c.rng.sample(EXOS, 3)
            ],
            "frequence": "quotidienne",
            "debut": iso(c)[:10],
        }
    )
    b.ok_json(
        {"programmeId": rid(c.rng), "lienPatient": f"https://kntk.example/p/{new_hex(c.rng, 8)}"}
    )
    return b.build()


def cohort_stats(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/exercices/statistiques")
    b.decoy("per-video completion over all her patients (aggregate, not viewing history)")
    b.ok_json(
        {
            "periode": "30j",
            "videos": [
                {
                    "videoId": i,
                    "nbPatients": c.rng.randint(3, 40),
                    "vuesTotales": c.rng.randint(10, 300),
                    "tauxCompletionMoyen": rf(c.rng, 0.3, 0.95, 2),
                }
                for i, _ in EXOS
            ],
        }
    )
    return b.build()


def patient_adherence(c: Context) -> Flow:
    pid = f"pat_{c.rng.randint(100000, 999999)}"
    b = _b(c, "GET", f"{API}/v2/patients/{pid}/observance")
    b.view(
        "response json visionnages[] (a patient's plays: videoId, vuLe, progression)",
        direction="response",
    )
    b.ok_json(
        {
            "patientId": pid,
            "visionnages": [
                {
                    "videoId": i,
                    "titre": t,
                    "vuLe": iso(c),
                    "positionSec": c.rng.randint(10, 200),
                    "progression": rf(c.rng, 0.2, 1, 2),
                    "termine": c.rng.random() < 0.6,
                }
                for i, t in c.rng.sample(EXOS, c.rng.randint(2, 4))
            ],
        }
    )
    return b.build()


def clip_edit(c: Context) -> Flow:
    """She trims her own exercise clip: an editor's timeline position, not viewing."""
    b = _b(c, "PATCH", f"{API}/v2/exercices/perso/{rid(c.rng)}/montage")
    b.decoy("video editor's trim points and timeline playhead (editing, not viewing)")
    b.json(
        {
            "debutCoupe_ms": c.rng.randint(0, 3000),
            "finCoupe_ms": c.rng.randint(30000, 90000),
            "positionTimeline_ms": c.rng.randint(0, 90000),
            "sousTitres": True,
        }
    )
    b.ok_json({"version": c.rng.randint(2, 9)})
    return b.build()
