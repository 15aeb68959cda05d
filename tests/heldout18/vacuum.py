"""A robot-vacuum app (Roborock / Dreame style): device list and binding with
the robot's serial and MACs, map fetches by serial, the robot's AI camera
events (obstacles, and recognised household members' faces), face enrolment
of a household member, and the vendor's encrypted RPC.

Sources: the public shape of these apps' cloud APIs as the open-source
clients document it (humbertogontijo/python-roborock: `duid`, `sn`, `mac`
in home data, RPC over MQTT/HTTP with AES-encrypted payloads; Tasshack/
dreame-vacuum: AI obstacle detection with object types and boxes); face
features as 128-d float32 base64 vectors (FaceNet-style). Key names for the
face events are this app's own.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import b64, fake_jpeg, floats_b64, jsb, multipart

from .phone import FB, floats, iso, ms, rf, rid, ua

API = "https://euiot.saugbot-example.com/api/v1"
OBJECTS = ["sock", "cable", "shoe", "pet_waste", "power_strip", "scale"]


def _auth(b: FB, c: Context) -> None:
    b.header("authorization", 'Hawk id="' + rid(c.rng) + '"')
    b.header("user-agent", ua("SaugBot", "4.31.02"))


def home_data(c: Context) -> Flow:
    b = FB(c, "saugbot-api", "GET", f"{API}/user/homes/{c.rng.randint(10**6, 10**7)}")
    _auth(b, c)
    dev = {
        "duid": rid(c.rng)[:22],
        "name": "Saugi",
        "model": "s8.maxv.ultra",
        "sn": b.id("vac_serial", where="response:devices[0].sn", direction="response"),
        "mac": b.id("vac_wifi_mac", where="response:devices[0].mac", direction="response"),
        "online": True,
    }
    b.ok_json({"rrHomeId": b.acct("vac_user"), "devices": [dev]})
    return b.build()


def bind(c: Context) -> Flow:
    b = FB(c, "saugbot-api", "POST", f"{API}/device/bind")
    _auth(b, c)
    b.json(
        {
            "serialNumber": b.id("vac_serial", where="body:serialNumber"),
            "wifiMac": b.id("vac_wifi_mac", "upper", where="body:wifiMac"),
            "bleMac": b.id("vac_ble_mac", where="body:bleMac"),
            "phoneAndroidId": b.id("aid_vac", where="body:phoneAndroidId"),
            "appUuid": b.id("vac_app_uuid", where="body:appUuid"),
            "tz": "Europe/Berlin",
        }
    )
    b.ok_json({"result": "ok"})
    return b.build()


def map_fetch(c: Context) -> Flow:
    b = FB(c, "saugbot-api", "GET", "")
    b.base = f"{API}/devices/{b.id('vac_serial', where='path:/devices/{sn}/map')}/map/latest"
    _auth(b, c)
    b.ok_json(
        {
            "rooms": [
                {
                    "id": i,
                    "name": n,
                    "polygon": [[c.rng.randint(0, 900), c.rng.randint(0, 900)] for _ in range(4)],
                }
                for i, n in enumerate(["Küche", "Flur", "Wohnzimmer"])
            ]
        }
    )
    b.decoy("map polygons")
    return b.build()


def obstacle_events(c: Context) -> Flow:
    b = FB(c, "saugbot-api", "POST", f"{API}/ai/obstacles")
    _auth(b, c)
    items = [
        {
            "type": c.rng.choice(OBJECTS),
            "conf": rf(c.rng, 0.6, 0.99, 2),
            "box": [c.rng.randint(0, 600) for _ in range(4)],
            "pos": [rf(c.rng, -4, 4, 2), rf(c.rng, -4, 4, 2)],
            "embedding": floats(c.rng, 32),
        }
        for _ in range(c.rng.randint(1, 3))
    ]
    b.json({"cleanId": rid(c.rng), "obstacles": items, "ts": ms(c)})
    b.decoy("object detections with a feature vector (no face context)")
    b.ok_json({"ok": True})
    return b.build()


def person_seen(c: Context) -> Flow:
    b = FB(c, "saugbot-api", "POST", f"{API}/ai/household/recognition")
    _auth(b, c)
    b.json(
        {
            "cleanId": rid(c.rng),
            "ts": ms(c),
            "persons": [
                {
                    "memberId": c.rng.choice(["m1", "m2", "unknown"]),
                    "faceBox": [c.rng.randint(0, 400) for _ in range(4)],
                    "faceFeature": floats_b64(floats(c.rng, 128)),
                    "matchScore": rf(c.rng, 0.3, 0.95, 3),
                }
            ],
        }
    )
    b.bio("face_embedding", "body:persons[].faceFeature (128-d float32 base64)")
    b.ok_json({"ok": True})
    return b.build()


def member_enrol(c: Context) -> Flow:
    boundary = rid(c.rng)
    parts = [
        ("memberName", None, None, b"Lena"),
        ("faceImage", "face_crop.jpg", "image/jpeg", fake_jpeg(c.rng.randint(0, 10**6), 600)),
    ]
    b = FB(c, "saugbot-api", "POST", f"{API}/ai/household/members/face")
    _auth(b, c)
    b.set_body(multipart(boundary, parts), f"multipart/form-data; boundary={boundary}")
    b.bio("face_image", "body:multipart faceImage (household member face enrolment)")
    b.ok_json({"memberId": "m" + str(c.rng.randint(2, 9))})
    return b.build()


def rpc_sealed(c: Context) -> Flow:
    b = FB(c, "saugbot-api", "POST", f"{API}/rpc/send")
    _auth(b, c)
    raw = b.id_raw("vac_serial", "aes_ecb", where="body:payload (AES, serial inside)")
    blob = bytes((x + 41) % 256 for x in jsb({"sn": raw, "m": "get_status", "ts": ms(c)}))
    b.json({"ver": "1.0", "payload": b64(blob), "security": {"nonce": rid(c.rng)[:16]}})
    b.ok_json({"ack": 1})
    return b.build()


def clean_record(c: Context) -> Flow:
    b = FB(c, "saugbot-api", "GET", f"{API}/cleaning/records")
    _auth(b, c)
    recs = [
        {"begin": iso(c), "durationSec": c.rng.randint(600, 3600), "areaM2": rf(c.rng, 20, 80, 1)}
    ]
    b.ok_json({"records": recs})
    return b.build()
