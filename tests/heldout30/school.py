""" "KhruConnect": a Thai / Filipino school app whose teacher mode takes face-recognition
attendance with the phone camera.

Tencent Cloud Face Recognition (IAI) API 3.0: `POST https://iai.tencentcloudapi.com/`
with X-TC-Action (SearchFaces, CreatePerson), X-TC-Version 2020-03-03, X-TC-Region,
X-TC-Timestamp and a TC3-HMAC-SHA256 Authorization; bodies GroupIds / Image /
MaxFaceNum / NeedPersonInfo and GroupId / PersonName / PersonId / Image (Tencent
Cloud API docs, iai SearchFaces, CreatePerson). The in-house attendance keys are
partly romanised Thai (nakrian = student, lakkhana_bai_na = face features, wela).
"""

from __future__ import annotations

import hashlib

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import b64, fake_jpeg, floats_b64, js, multipart

from .phone import FB, floats, iso, ms, rf, rid, ua

API = "https://api.khruconnect.school"
UA = ua("KhruConnect", "1.22.3")
NAMES = ["ด.ญ. ปิยะนุช", "ด.ช. ธนกร", "Juan Dela Cruz", "Maria Santos", "ด.ญ. ณัฐธิดา"]


def _hdr(b: FB, c: Context) -> None:
    b.header("user-agent", UA)
    b.header("x-request-id", rid(c.rng))


def _tc(b: FB, c: Context, action: str, body: dict) -> None:
    b.header("x-tc-action", action)
    b.header("x-tc-version", "2020-03-03")
    b.header("x-tc-region", "ap-bangkok")
    b.header("x-tc-timestamp", str(int(c.now)))
    sig = hashlib.sha256(str(c.rng.random()).encode()).hexdigest()
    b.header(
        "authorization",
        "TC3-HMAC-SHA256 Credential=AKIDEXAMPLE/2025-03-14/iai/tc3_request, "
        f"SignedHeaders=content-type;host, Signature={sig}",
    )
    b.set_body(js(body).encode(), "application/json; charset=utf-8")


def tc_search(c: Context) -> Flow:
    b = FB(c, "tencent-iai", "POST", "https://iai.tencentcloudapi.com/")
    img = b64(fake_jpeg(c.rng.getrandbits(32), 800))
    _tc(
        b,
        c,
        "SearchFaces",
        {"GroupIds": ["kc_m2_room3"], "Image": img, "MaxFaceNum": 10, "NeedPersonInfo": 1},
    )
    b.bio("face_image", "body Image to Tencent IAI SearchFaces")
    b.ok_json(
        {
            "Response": {
                "Results": [
                    {
                        "Candidates": [
                            {
                                "PersonId": "STU" + str(c.rng.randint(10**6, 10**7)),
                                "Score": rf(c.rng, 80, 99, 2),
                            }
                        ]
                    }
                ],
                "RequestId": rid(c.rng),
            }
        }
    )
    return b.build()


def tc_enrol(c: Context) -> Flow:
    b = FB(c, "tencent-iai", "POST", "https://iai.tencentcloudapi.com/")
    img = b64(fake_jpeg(c.rng.getrandbits(32), 800))
    body = {
        "GroupId": "kc_m2_room3",
        "PersonName": c.rng.choice(NAMES),
        "PersonId": "STU" + str(c.rng.randint(10**6, 10**7)),
        "Image": img,
    }
    _tc(b, c, "CreatePerson", body)
    b.bio("face_image", "body Image to Tencent IAI CreatePerson (face enrolment)")
    b.ok_json({"Response": {"FaceId": str(c.rng.randint(10**17, 10**18)), "RequestId": rid(c.rng)}})
    return b.build()


def attendance_embed(c: Context) -> Flow:
    b = FB(c, "khruconnect", "POST", f"{API}/v1/chek_chue")
    _hdr(b, c)
    rows = [
        {
            "nakrian_id": "STU" + str(c.rng.randint(10**6, 10**7)),
            "wela": iso(c),
            "lakkhana_bai_na": floats_b64(floats(c.rng, 128)),
            "khwam_man_jai": rf(c.rng, 0.6, 0.99),
        }
        for _ in range(c.rng.randint(1, 3))
    ]
    b.json({"hong": "ม.2/3", "model": "mobilefacenet_v2", "rai_kan": rows})
    b.bio("face_embedding", "body rai_kan[].lakkhana_bai_na (128-d MobileFaceNet face embedding)")
    b.ok_json({"saved": len(rows)})
    return b.build()


def attendance_photo(c: Context) -> Flow:
    bd = "kc" + rid(c.rng).replace("-", "")[:14]
    b = FB(c, "khruconnect", "POST", f"{API}/v1/attendance/face-scan")
    _hdr(b, c)
    meta = {"classId": "M2-3", "period": c.rng.randint(1, 7), "at": ms(c)}
    parts = [
        ("meta", None, "application/json", js(meta).encode()),
        ("face", "face.jpg", "image/jpeg", fake_jpeg(c.rng.getrandbits(32), 600)),
    ]
    b.set_body(multipart(bd, parts), f"multipart/form-data; boundary={bd}")
    b.bio("face_image", "multipart face image for attendance recognition")
    b.ok_json({"recognized": True})
    return b.build()


def template_sealed(c: Context) -> Flow:
    b = FB(c, "khruconnect", "POST", f"{API}/v1/sync/t")
    _hdr(b, c)
    blob = hashlib.shake_256(b"t" + str(c.rng.random()).encode()).digest(512)
    b.json({"tpl": b64(blob), "n": c.rng.randint(1, 40)})
    b.bio("face_template", "body tpl (encrypted template bundle)", detectable=False)
    b.no_content()
    return b.build()


def device_reg(c: Context) -> Flow:
    b = FB(c, "khruconnect", "POST", f"{API}/v1/device")
    _hdr(b, c)
    b.json(
        {
            "installId": b.id("school_install", where="body installId"),
            "androidId": b.id("aid_school", where="body androidId"),
            "teacher": b.acct("school_user"),
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def timetable(c: Context) -> Flow:
    b = FB(c, "khruconnect", "GET", f"{API}/v1/timetable", [("class", "M2-3")])
    _hdr(b, c)
    subj = ["คณิตศาสตร์", "Science", "ภาษาไทย", "Filipino", "PE"]
    b.ok_json(
        {
            "days": [
                [{"period": p + 1, "subject": c.rng.choice(subj)} for p in range(6)]
                for _ in range(5)
            ]
        }
    )
    b.decoy("class timetable")
    return b.build()


def grades(c: Context) -> Flow:
    b = FB(c, "khruconnect", "GET", f"{API}/v1/grades", [("term", "2")])
    _hdr(b, c)
    b.ok_json({"scores": [rf(c.rng, 1, 4, 1) for _ in range(30)], "avg": rf(c.rng, 2, 3.8, 2)})
    b.decoy("grade list (numeric series)")
    return b.build()


def homework(c: Context) -> Flow:
    b = FB(c, "khruconnect", "POST", f"{API}/v1/homework/check")
    _hdr(b, c)
    b.json(
        {
            "image": b64(fake_jpeg(c.rng.getrandbits(32), 500)),
            "ocr_text": "2x + 5 = 17",
            "handwritingVec": floats(c.rng, 32, 4),
            "subject": "math",
        }
    )
    b.decoy("homework photo with OCR and a handwriting feature vector (no face)")
    b.ok_json({"plagiarism": rf(c.rng, 0, 0.3)})
    return b.build()
