"""Animal faces and voices: kennel cameras (the KENNEL's), a lost-pet search that
matches a DOG's face embedding, and bark / vocalisation analysis. None of it is
human biometric data; every flow is a hard decoy.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_digits, new_hex
from tests.heldout.wire import b64, fake_jpeg, fake_wav, floats_b64, jsb, multipart

from .phone import FB, floats, iso, ms, rf, rid, ua


def kennel_cams(c: Context) -> Flow:
    b = FB(c, "kennelcam", "GET", "https://api.kennelview.ie/v1/kennels/cameras")
    b.header("user-agent", ua("KennelView", "2.2"))
    b.ok_json(
        {
            "cameras": [
                {
                    "run": f"Run {i}",
                    "deviceSerial": "KV" + new_hex(c.rng, 10).upper(),
                    "wifiMac": "7C:DD:" + ":".join(new_hex(c.rng, 2) for _ in range(4)),
                    "owner": "Ballyboden Boarding Kennels",
                }
                for i in range(1, 4)
            ]
        }
    )
    b.decoy("boarding kennel's camera serials and MACs: not the tester's devices")
    return b.build()


def kennel_motion(c: Context) -> Flow:
    b = FB(c, "kennelcam", "POST", "https://api.kennelview.ie/v1/events/ack")
    b.json({"event": rid(c.rng), "type": "dog_detected", "bbox": floats(c.rng, 4), "t": ms(c)})
    b.decoy("kennel camera 'dog_detected' event with a bounding box")
    b.ok_json({"ok": True})
    return b.build()


def petface_search(c: Context) -> Flow:
    b = FB(c, "findfido", "POST", "https://api.findfido.app/v3/lost/search")
    b.header("user-agent", ua("FindFido", "4.1.0"))
    b.json(
        {
            "species": "dog",
            "breed": "border_collie",
            "dogFaceEmbedding": floats(c.rng, 128),
            "muzzleLandmarks": [[rf(c.rng, 0, 1), rf(c.rng, 0, 1)] for _ in range(9)],
            "lastSeen": {"lat": rf(c.rng, 53.2, 53.4), "lng": rf(c.rng, -6.4, -6.1)},
        }
    )
    b.decoy("a DOG's face embedding and muzzle landmarks for lost-pet search: not human")
    b.ok_json({"matches": [{"petId": new_digits(c.rng, 8), "similarity": rf(c.rng, 0.5, 0.99)}]})
    return b.build()


def petface_enrol(c: Context) -> Flow:
    b = FB(c, "findfido", "POST", "https://api.findfido.app/v3/pets/nose-print")
    bnd = "fido" + new_hex(c.rng, 12)
    meta = jsb(
        {"species": "cat", "noseprint_version": 2, "template": floats_b64(floats(c.rng, 64))}
    )
    b.set_body(
        multipart(
            bnd,
            [
                ("meta", None, "application/json", meta),
                ("photo", "pet_face.jpg", "image/jpeg", fake_jpeg(c.rng.randint(0, 9999))),
            ],
        ),
        f"multipart/form-data; boundary={bnd}",
    )
    b.decoy("a cat's face photo and nose-print template: animal, not human biometric")
    b.ok_json({"enrolled": True})
    return b.build()


def bark_analysis(c: Context) -> Flow:
    b = FB(c, "woofsense", "POST", "https://api.woofsense.io/analyse/vocalisation")
    b.json(
        {
            "animal": "dog",
            "clip": b64(fake_wav(c.rng.randint(0, 9999), 400)),
            "mfcc": floats(c.rng, 26),
            "capturedAt": iso(c),
        }
    )
    b.decoy("a dog's bark recording with MFCCs: animal vocalisation, not a voiceprint")
    b.ok_json({"emotion": "anxious", "confidence": rf(c.rng, 0.4, 0.9), "barkRate": 12})
    return b.build()
