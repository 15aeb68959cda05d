"""SiamGate: the face-access vendor's cloud console for the tower's turnstiles
(the manager's phone runs its admin app).

The vendor relays the turnstiles' Hikvision-style ISAPI through its cloud: a
resident is created as a person (`UserInfo`, `employeeNo` = unit and seat),
then enrolled into the face library with a multipart
`FaceDataRecord` (`faceLibType` blackFD, `FDID`, `FPID`) plus the face image
(`/ISAPI/Intelligent/FDLib/FaceDataRecord?format=json`). After enrolment the
cloud pushes each resident's extracted face feature to the turnstiles (named
`faceFeature.featureData`); the older turnstile firmware takes an encrypted
template bundle as a nameless octet stream. Residents' face templates are
biometric data whoever they belong to.

Ordinary: the access-event log (minor 75 = "face authentication passed", a
similarity score, the resident's employeeNo: who passed, not a face), remote door
opening, the turnstiles' status list with their own serials and MACs (the
building's equipment), the visitor QR passes. The admin app logs in with the
manager's phone's ANDROID_ID.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import b64, fake_jpeg, floats_b64, jsb, multipart

from .phone import FB, floats, iso, rf, rid, ua

API = "https://cloud.siamgate.example"
UA = ua("SiamGateAdmin", "3.8.2")
GATES = [
    ("T1-LOBBY-IN", "DS-K3G501SX0120230815V010300ENL48211795", "BC:5E:33:1A:07:4C"),
    ("T1-LOBBY-OUT", "DS-K3G501SX0120230815V010300ENL48211802", "BC:5E:33:1A:07:5E"),
    ("T2-CARPARK", "DS-K3G501SX0120230922V010300ENL49107730", "BC:5E:33:2C:91:02"),
    ("POOL-GATE", "DS-K1T671MF0120221107V030213ENJ88120461", "54:C4:15:7B:3D:A0"),
]
UNITS = ["12/101", "15/204", "21/1803", "21/2510", "32/3307", "18/1212", "27/805"]
NAMES = ["สมชาย ใจดี", "Napat W.", "กมลวรรณ ศรีสุข", "John Miller", "ธนพล แก้วมณี", "Yuki Tanaka"]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "siamgate", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + b64(rid(c.rng)))
    return b


def _emp(c: Context) -> str:
    return c.rng.choice(UNITS).replace("/", "-") + "-" + str(c.rng.randint(1, 4))


def admin_login(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v2/auth/login")
    b.json(
        {
            "account": b.acct("access_account"),
            "deviceId": b.id("aid_access", where="json deviceId"),
            "deviceModel": "SM-A556E",
            "lang": "th",
        }
    )
    b.ok_json({"code": 0, "token": new_hex(c.rng, 40), "site": "Sukhumvit Sky Residence"})
    return b.build()


def user_record(c: Context) -> Flow:
    gate = c.rng.choice(GATES)[0]
    b = _b(c, "POST", f"{API}/relay/{gate}/ISAPI/AccessControl/UserInfo/Record?format=json")
    b.decoy("resident person record (employeeNo = unit, name, validity)")
    b.json(
        {
            "UserInfo": {
                "employeeNo": _emp(c),
                "name": c.rng.choice(NAMES),
                "userType": "normal",
                "Valid": {
                    "enable": True,
                    "beginTime": "2025-01-01T00:00:00",
                    "endTime": "2035-12-31T23:59:59",
                },
                "doorRight": "1",
                "RightPlan": [{"doorNo": 1, "planTemplateNo": "1"}],
            }
        }
    )
    b.ok_json({"statusCode": 1, "statusString": "OK", "subStatusCode": "ok"})
    return b.build()


def face_enrol(c: Context) -> Flow:
    gate = c.rng.choice(GATES)[0]
    b = _b(c, "POST", f"{API}/relay/{gate}/ISAPI/Intelligent/FDLib/FaceDataRecord?format=json")
    b.bio("face_image", "multipart FaceDataRecord + img (face library enrolment)")
    boundary = "----" + new_hex(c.rng, 24)
    rec = {"faceLibType": "blackFD", "FDID": "1", "FPID": _emp(c)}
    body = multipart(
        boundary,
        [
            ("FaceDataRecord", None, "application/json", jsb(rec)),
            ("img", "face.jpg", "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 800)),
        ],
    )
    b.set_body(body, f"multipart/form-data; boundary={boundary}")
    b.ok_json({"statusCode": 1, "statusString": "OK", "FPID": rec["FPID"]})
    return b.build()


def feature_push(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v2/face/feature/distribute")
    b.bio("face_template", "json faceFeature.featureData (float32 base64) per resident")
    b.json(
        {
            "gates": [g[0] for g in GATES[:3]],
            "persons": [
                {
                    "employeeNo": _emp(c),
                    "faceFeature": {
                        "algorithm": "HIK-FR-V5",
                        "dim": 256,
                        "featureData": floats_b64(floats(c.rng, 256)),
                        "quality": rf(c.rng, 0.7, 0.99, 2),
                    },
                }
                for _ in range(c.rng.randint(1, 3))
            ],
        }
    )
    b.ok_json({"code": 0, "taskId": rid(c.rng)})
    return b.build()


def template_bundle(c: Context) -> Flow:
    gate = c.rng.choice(GATES)[0]
    b = _b(c, "PUT", f"{API}/relay/{gate}/fw1/sync/blk?seq={c.rng.randint(1, 9999)}")
    b.bio("face_template", "octet-stream encrypted template bundle", detectable=False)
    b.set_body(bytes(c.rng.getrandbits(8) for _ in range(1200)), "application/octet-stream")
    b.ok_json({"r": 0})
    return b.build()


def acs_events(c: Context) -> Flow:
    gate = c.rng.choice(GATES)[0]
    b = _b(c, "POST", f"{API}/relay/{gate}/ISAPI/AccessControl/AcsEvent?format=json")
    b.decoy("access log: face-auth-passed events with similarity (who passed, not a face)")
    b.json(
        {
            "AcsEventCond": {
                "searchID": rid(c.rng),
                "searchResultPosition": 0,
                "maxResults": 20,
                "major": 5,
                "minor": 75,
            }
        }
    )
    b.ok_json(
        {
            "AcsEvent": {
                "searchID": rid(c.rng),
                "responseStatusStrg": "MORE",
                "numOfMatches": 5,
                "InfoList": [
                    {
                        "major": 5,
                        "minor": 75,
                        "time": iso(c),
                        "employeeNoString": _emp(c),
                        "name": c.rng.choice(NAMES),
                        "currentVerifyMode": "face",
                        "similarity": rf(c.rng, 80, 99, 1),
                        "serialNo": c.rng.randint(10000, 99999),
                    }
                    for _ in range(5)
                ],
            }
        }
    )
    return b.build()


def gate_status(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v2/devices?site=sukhumvit-sky")
    b.decoy("turnstiles' serials and MACs (the building's equipment)")
    b.ok_json(
        {
            "devices": [
                {
                    "name": n,
                    "serialNo": s,
                    "macAddress": m.lower(),
                    "online": c.rng.random() < 0.95,
                    "firmware": "V3.2.30 build 230815",
                    "faceCount": c.rng.randint(400, 1300),
                }
                for n, s, m in GATES
            ]
        }
    )
    return b.build()


def remote_open(c: Context) -> Flow:
    gate = c.rng.choice(GATES)[0]
    b = _b(c, "PUT", f"{API}/relay/{gate}/ISAPI/AccessControl/RemoteControl/door/1")
    b.set_body(
        b'<RemoteControlDoor version="2.0"><cmd>open</cmd></RemoteControlDoor>',
        "application/xml",
    )
    b.respond(
        200,
        "application/xml",
        b"<ResponseStatus><statusCode>1</statusCode><statusString>OK</statusString>"
        b"</ResponseStatus>",
    )
    return b.build()


def visitor_pass(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v2/visitor/qr")
    b.decoy("visitor QR pass (plate, unit, validity)")
    b.json(
        {
            "hong": c.rng.choice(UNITS),
            "chue_phu_makan": c.rng.choice(["คุณแม่", "ช่างแอร์", "Grab Food", "Lazada"]),
            "thabian_rot": f"{c.rng.randint(1, 9)}กข {c.rng.randint(1000, 9999)}",
            "valid_until": iso(c),
        }
    )
    b.ok_json({"qr": new_hex(c.rng, 48), "passId": rid(c.rng)})
    return b.build()


def face_delete(c: Context) -> Flow:
    gate = c.rng.choice(GATES)[0]
    b = _b(c, "PUT", f"{API}/relay/{gate}/ISAPI/Intelligent/FDLib/FDSearch/Delete?format=json")
    b.decoy("face-library delete by FPID (no face data)")
    b.json({"FPID": [{"value": _emp(c)}]})
    b.ok_json({"statusCode": 1, "statusString": "OK"})
    return b.build()
