"""Akses+ 門禁: the residents' app of a smart building (Hong Kong estate and a KL
condo) with face-recognition door access: enrolment to the Hikvision face
terminal, phone-side face unlock, visitor photos, and access events.

Sources: Hikvision ISAPI face library (POST /ISAPI/Intelligent/FDLib/
FaceDataRecord?format=json, multipart with a FaceDataRecord JSON part
{faceLibType, FDID, FPID, name} and the face picture part; ISAPI access
control guide, and public clients such as Shaykhnazar/hikvision-isapi
FaceService). The estate cloud's keys are its own.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import b64, fake_jpeg, floats_b64, js, multipart

from .phone import FB, cfnet, floats, ios_ua, iso, rf, rid

API = "https://cloud.aksesplus.hk"
UA = ios_ua("AksesPlus", "2.9.4")
BOUNDARY = "----AksesBoundary7MA4YWxkTrZu0gW"


def _base(c: Context, method: str, path: str) -> FB:
    b = FB(c, "aksesplus", method, API + path)
    b.header("user-agent", UA)
    b.header("x-estate", c.rng.choice(["HK-TKO-07", "MY-KL-MontKiara"]))
    return b


def isapi_enrol(c: Context) -> Flow:
    """Enrolment pushed from the phone to the lobby terminal on the estate Wi-Fi."""
    url = "http://10.20.3.41/ISAPI/Intelligent/FDLib/FaceDataRecord?format=json"
    b = FB(c, "hikvision-isapi", "POST", url, http_version="HTTP/1.1")
    b.header("user-agent", cfnet("AksesPlus", "294"))
    rec = {"faceLibType": "blackFD", "FDID": "1", "FPID": b.acct("resident_id"), "name": "Tan"}
    parts = [
        ("FaceDataRecord", None, "application/json", js(rec).encode()),
        ("img", "face.jpg", "image/jpeg", fake_jpeg(c.rng.getrandbits(32))),
    ]
    b.set_body(multipart(BOUNDARY, parts), f"multipart/form-data; boundary={BOUNDARY}")
    b.bio("face_image", "multipart img under FDLib/FaceDataRecord")
    b.ok_json({"statusCode": 1, "statusString": "OK", "subStatusCode": "ok"})
    return b.build()


def face_unlock(c: Context) -> Flow:
    b = _base(c, "POST", "/api/v2/door/open/face")
    b.json(
        {
            "doorId": f"D{c.rng.randint(100, 999)}",
            "faceFeature": floats_b64(floats(c.rng, 256)),
            "featVer": "hik-fr-5.1",
            "livenessPass": True,
            "mobileDeviceId": b.id("idfv_door", where="body mobileDeviceId"),
        }
    )
    b.bio("face_embedding", "body faceFeature (256-d face feature)")
    b.ok_json({"opened": True})
    return b.build()


def visitor(c: Context) -> Flow:
    b = _base(c, "POST", "/api/v2/visitors")
    b.json(
        {
            "visitorName": c.rng.choice(["Chan Tai Man", "Nur Aisyah", "Lee Wai Kit"]),
            "visitDate": iso(c)[:10],
            "facePhoto": b64(fake_jpeg(c.rng.getrandbits(32), 400)),
            "purpose": "family",
        }
    )
    b.bio("face_image", "body facePhoto (visitor face jpeg, base64)")
    b.ok_json({"pass": rid(c.rng)[:8].upper()})
    return b.build()


def access_event(c: Context) -> Flow:
    """The app reports back the terminal's recognition result it was shown."""
    b = _base(c, "POST", "/api/v2/access/events")
    b.json(
        {
            "events": [
                {
                    "panel": f"P-{c.rng.randint(1, 40):02d}",
                    "verifyMode": "face",
                    "faceMatch": {
                        "similarity": rf(c.rng, 0.8, 0.99, 3),
                        "maskOn": c.rng.random() < 0.2,
                        "faceRect": [rf(c.rng, 0, 300, 1) for _ in range(4)],
                    },
                    "at": iso(c),
                }
            ]
        }
    )
    b.bio("face_analysis", "body events[].faceMatch (recognition result + face rect)")
    b.no_content()
    return b.build()


def ble_handshake(c: Context) -> Flow:
    """Mobile-key handshake relayed to the cloud: the reader's encrypted bundle
    (it carries the face feature, but nothing says so)."""
    b = _base(c, "POST", "/api/v2/mk/relay")
    blob = bytes(c.rng.getrandbits(8) for _ in range(c.rng.randint(300, 500)))
    b.json({"r": f"P-{c.rng.randint(1, 40):02d}", "p": b64(blob)})
    b.bio("face_embedding", "body p (encrypted reader bundle)", detectable=False)
    b.no_content()
    return b.build()


def register_phone(c: Context) -> Flow:
    b = _base(c, "POST", "/api/v2/residents/me/phone")
    b.json(
        {
            "mobileDeviceId": b.id("idfv_door", where="body mobileDeviceId"),
            "platform": "ios",
            "bleKeyVer": 3,
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def lift_call(c: Context) -> Flow:
    b = _base(c, "POST", "/api/v2/lift/call")
    b.json({"panelNo": f"L{c.rng.randint(1, 8)}", "floor": c.rng.randint(1, 45), "req": rid(c.rng)})
    b.decoy("lift call: panel number, floor, request id")
    b.ok_json({"car": c.rng.choice("ABCD")})
    return b.build()


def notice(c: Context) -> Flow:
    b = _base(c, "GET", f"/api/v2/notices/{c.rng.randint(100, 400)}")
    b.ok_json(
        {
            "title": "Face recognition terminals upgrade / 人臉識別系統升級",
            "body": "Residents may re-enrol their face at the management office. "
            "Face templates are stored on the lobby terminals only.",
        }
    )
    b.decoy("estate notice about face recognition (an article, no data)")
    return b.build()


def parcel(c: Context) -> Flow:
    b = _base(c, "GET", "/api/v2/parcels")
    b.ok_json({"lockers": [{"no": c.rng.randint(1, 80), "pin": f"{c.rng.randint(0, 999999):06d}"}]})
    b.decoy("parcel locker number and pin")
    return b.build()
