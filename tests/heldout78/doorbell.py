"""The family's doorbell camera app: motion, package and person alerts (decoys), and
its familiar-face recognition (truly biometric: the family's own doorbell matches and
enrols faces), plus the doorbell's own serial / MAC when the app lists or pings it.

Familiar-face recognition as the Nest Aware / Ring-style products describe it (face
crops clustered into "familiar faces", a match score per event). The vendors publish
no wire format, so the backend and its key names are in-house and plausible; the
motion-zone / person-box alerts follow the shape of Ring's public event history
(kind, created_at, recording status) as community clients (python-ring-doorbell,
github.com/python-ring-doorbell) parse it.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import b64, fake_jpeg, floats_b64, multipart

from .phone import FB, floats, iso, ms, rf, rid, ua

BELL = "https://api.sonnette-example.com"
NAMES = ["Mamie", "Papa", "Livreur habituel", "Theo"]


def motion_event(c: Context) -> Flow:
    b = FB(c, "doorbell", "GET", f"{BELL}/clients_api/doorbots/history", [("limit", "20")])
    b.header("user-agent", ua("Sonnette", "3.71.0"))
    b.decoy("motion / ding event history with person bounding boxes (no face identity)")
    b.ok_json(
        [
            {
                "id": c.rng.randint(10**17, 10**18),
                "kind": c.rng.choice(["motion", "ding"]),
                "created_at": iso(c),
                "recording": {"status": "ready"},
                "cv_properties": {
                    "person_detected": True,
                    "bbox": [rf(c.rng, 0, 0.5), rf(c.rng, 0, 0.5), 0.3, 0.6],
                },
            }
            for _ in range(3)
        ]
    )
    return b.build()


def package_alert(c: Context) -> Flow:
    b = FB(c, "doorbell", "POST", f"{BELL}/clients_api/alerts/ack")
    b.json(
        {
            "alert": "package_detected",
            "zone": "porch",
            "confidence": rf(c.rng, 0.6, 0.99, 2),
            "snapshot_url": f"https://snap.sonnette-example.com/{new_hex(c.rng, 20)}.jpg",
        }
    )
    b.decoy("package detected on the porch (object detection, not a face)")
    b.no_content()
    return b.build()


def snapshot(c: Context) -> Flow:
    b = FB(c, "doorbell", "GET", f"https://snap.sonnette-example.com/{new_hex(c.rng, 20)}.jpg")
    b.decoy(
        "doorbell snapshot thumbnail fetched for the timeline (download, not sent to a face API)"
    )
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.randint(1, 99999), 700))
    return b.build()


def familiar_face_event(c: Context) -> Flow:
    b = FB(c, "doorbell", "POST", f"{BELL}/clients_api/familiar_faces/events")
    b.bio("face_match", "json faceRecognition.{matchedFaceId,similarity,faceBox,landmarks5}")
    b.json(
        {
            "eventId": rid(c.rng),
            "camera": "Porte avant",
            "at": iso(c),
            "faceRecognition": {
                "matchedFaceId": "ff_" + new_hex(c.rng, 10),
                "label": c.rng.choice(NAMES),
                "similarity": rf(c.rng, 0.71, 0.98, 3),
                "faceBox": [rf(c.rng, 0.3, 0.5), rf(c.rng, 0.1, 0.3), 0.14, 0.2],
                "landmarks5": [[rf(c.rng, 0.3, 0.6), rf(c.rng, 0.1, 0.4)] for _ in range(5)],
            },
        }
    )
    b.ok_json({"notified": True})
    return b.build()


def familiar_face_enrol(c: Context) -> Flow:
    boundary = "----sonnette" + new_hex(c.rng, 16)
    body = multipart(
        boundary,
        [
            ("label", None, None, c.rng.choice(NAMES).encode()),
            ("face_crop", "face.jpg", "image/jpeg", fake_jpeg(c.rng.randint(1, 99999), 800)),
            ("embedding", None, "text/plain", floats_b64(floats(c.rng, 128)).encode()),
        ],
    )
    b = FB(c, "doorbell", "POST", f"{BELL}/clients_api/familiar_faces/enroll")
    b.set_body(body, f"multipart/form-data; boundary={boundary}")
    b.bio("face_template", "multipart face_crop + embedding (familiar-face enrolment)")
    b.ok_json({"faceId": "ff_" + new_hex(c.rng, 10), "cluster_size": c.rng.randint(1, 30)})
    return b.build()


def face_event_opaque(c: Context) -> Flow:
    """The face match travels inside an encrypted envelope under a meaningless key."""
    b = FB(c, "doorbell", "POST", f"{BELL}/clients_api/v2/sync")
    b.bio("face_match", "json d (encrypted envelope)", detectable=False)
    b.json({"k": 3, "d": b64(bytes(c.rng.randrange(256) for _ in range(180))), "ts": ms(c)})
    b.no_content()
    return b.build()


def device_list(c: Context) -> Flow:
    b = FB(c, "doorbell", "GET", f"{BELL}/clients_api/ring_devices")
    sn = b.id("bell_serial", where="response doorbots[].device_id", direction="response")
    mac = b.id("bell_mac", where="response doorbots[].health.mac_address", direction="response")
    b.ok_json(
        {
            "doorbots": [
                {
                    "id": c.rng.randint(10**8, 10**9),
                    "description": "Porte avant",
                    "device_id": sn,
                    "kind": "doorbell_v4",
                    "firmware_version": "1.4.26",
                    "health": {"mac_address": mac, "rssi": c.rng.randint(-70, -40)},
                }
            ],
            "chimes": [],
            "authorized_doorbots": [],
        }
    )
    return b.build()


def bell_ping(c: Context) -> Flow:
    b = FB(c, "doorbell", "PUT", f"{BELL}/clients_api/device")
    sn = b.id("bell_serial", where="header x-doorbell-serial")
    b.header("x-doorbell-serial", sn)
    b.json(
        {
            "device": {
                "metadata": {"api_version": "11", "device_model": "SM-X710", "pn_service": "fcm"}
            }
        }
    )
    b.no_content()
    return b.build()
