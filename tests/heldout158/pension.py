"""The clinic's boarding-kennel cams (Croquecam): live streams for pets' owners.

The cameras belong to the clinic (their serials are the employer's equipment).
They track each dog's face in frame, detect barks and miaows with a voice model
of the animal, and publish HLS streams. An animal's face and voice are no
person's biometric data; a camera's stream manifest and segments are fetches,
not a report of watching. The cameras' motion "person in frame" flag carries
no face analysis.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import fake_jpeg, fake_wav, floats_b64

from .phone import FB, equipment_serial, floats, iso, ms, rf, rid

API = "https://pension.croquecam.example/v1"
UA = "Croquecam-Firmware/2.6.4 (armv7l)"


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "croquecam", method, url)
    b.header("user-agent", UA)
    return b


def suivi_visage_chien(c: Context) -> Flow:
    cam = equipment_serial(c.rng, "CQC-")
    b = _b(c, "POST", f"{API}/cameras/{cam}/evenements")
    b.decoy("dog face boxes, head pose and expression from the kennel camera (an animal's face)")
    b.decoy("kennel camera serial (the clinic's equipment)")
    b.json(
        {
            "type": "visage_animal",
            "espece": "chien",
            "boite": [c.rng.randint(0, 600), c.rng.randint(0, 400), 120, 110],
            "pose_tete": {"lacet": rf(c.rng, -40, 40, 1), "tangage": rf(c.rng, -20, 20, 1)},
            "expression": c.rng.choice(["calme", "joueur", "stresse"]),
            "horodatage": ms(c),
        }
    )
    b.no_content()
    return b.build()


def aboiement(c: Context) -> Flow:
    cam = equipment_serial(c.rng, "CQC-")
    b = _b(c, "POST", f"{API}/cameras/{cam}/audio/aboiement")
    b.decoy("bark clip and a voice embedding of a dog (animal voice, no speaker model of a person)")
    b.json(
        {
            "enclos": c.rng.randint(1, 12),
            "classe": c.rng.choice(["aboiement", "gemissement", "miaulement"]),
            "confiance": rf(c.rng, 0.6, 0.99, 2),
            "empreinte_vocale_animal": floats_b64(floats(c.rng, 64)),
            "duree_ms": c.rng.randint(300, 3000),
        }
    )
    b.no_content()
    return b.build()


def extrait_audio(c: Context) -> Flow:
    cam = equipment_serial(c.rng, "CQC-")
    b = _b(c, "PUT", f"https://clips.croquecam.example/{cam}/{rid(c.rng)}.wav")
    b.decoy("a kennel's audio clip of barking (animal voice)")
    b.set_body(fake_wav(c.rng.randint(0, 10**9), 900), "audio/wav")
    b.respond(200, None)
    return b.build()


def instantane(c: Context) -> Flow:
    cam = equipment_serial(c.rng, "CQC-")
    b = _b(c, "PUT", f"https://clips.croquecam.example/{cam}/snap/{ms(c)}.jpg")
    b.set_body(fake_jpeg(c.rng.randint(0, 10**9), 600), "image/jpeg")
    b.respond(200, None)
    return b.build()


def manifeste_direct(c: Context) -> Flow:
    b = FB(
        c,
        "croquecam",
        "GET",
        f"https://live.croquecam.example/enclos/{c.rng.randint(1, 12)}/index.m3u8",
    )
    b.header("user-agent", "ExoPlayerLib/2.19.1")
    b.decoy("a live kennel stream manifest (a fetch, not watch history)")
    text = (
        "#EXTM3U\n#EXT-X-TARGETDURATION:4\n#EXTINF:4.0,\nseg_1042.ts\n#EXTINF:4.0,\nseg_1043.ts\n"
    )
    b.respond(200, "application/vnd.apple.mpegurl", text.encode())
    return b.build()


def spectateurs(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/statistiques/spectateurs?jour={iso(c)[:10]}")
    b.decoy("viewer counts and average minutes per kennel stream (aggregate over all owners)")
    b.ok_json(
        {
            "enclos": [
                {
                    "id": i,
                    "spectateurs_uniques": c.rng.randint(0, 9),
                    "minutes_moyennes": rf(c.rng, 0, 14, 1),
                }
                for i in range(1, 7)
            ]
        }
    )
    return b.build()


def mouvement(c: Context) -> Flow:
    cam = equipment_serial(c.rng, "CQC-")
    b = _b(c, "POST", f"{API}/cameras/{cam}/mouvement")
    b.decoy("motion flag with a person-in-frame box (no face analysis)")
    b.json({"zone": "couloir", "personne": True, "boite": [40, 12, 200, 380], "ts": ms(c)})
    b.no_content()
    return b.build()
