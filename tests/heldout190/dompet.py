"""DompetKita: an e-wallet with eKYC (MyKad scan, selfie, liveness) on the Huawei phone.

Onboarding posts the MyKad front for OCR (text boxes only come back), then a
selfie and a short liveness burst to the wallet's eKYC gateway, which answers
with a face-match score and head pose. Re-verification for large transfers
sends the selfie sealed with the app's cipher under `p` (opaque). The device
risk call binds the OAID and ANDROID_ID; a reversible-looking `hash_peranti`
is the MD5 of the ANDROID_ID under an opaque key in a separate ping. QR
payments, top-ups and the OCR result are ordinary data.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import b64, fake_jpeg, multipart

from .phone import FB, ms, rf, rid, seal, ua_huawei

API = "https://api.dompetkita.example"
EKYC = "https://ekyc.dompetkita.example"
UA = ua_huawei("DompetKita", "5.30.1")


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "dompetkita", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + rid(c.rng).replace("-", ""))
    return b


def _jpeg(c: Context, size: int = 700) -> bytes:
    return fake_jpeg(c.rng.randint(0, 10**9), size)


def selfie_upload(c: Context) -> Flow:
    b = _b(c, "POST", f"{EKYC}/v2/ekyc/swafoto")
    b.bio("face_image", "multipart gambar_swafoto (selfie for face match)")
    boundary = "dk" + rid(c.rng).replace("-", "")
    body = multipart(
        boundary,
        [
            ("rujukan", None, None, f"EKYC-{c.rng.randint(10**7, 10**8)}".encode()),
            ("jenis", None, None, b"padanan_muka"),
            ("gambar_swafoto", "swafoto.jpg", "image/jpeg", _jpeg(c)),
        ],
    )
    b.set_body(body, f"multipart/form-data; boundary={boundary}")
    b.ok_json({"skor_padanan": rf(c.rng, 0.7, 0.99, 3), "status": "LULUS"})
    return b.build()


def liveness_burst(c: Context) -> Flow:
    b = _b(c, "POST", f"{EKYC}/v2/ekyc/liveness")
    b.bio("face_image", "json bingkai[] (liveness frames of the face)")
    b.json(
        {
            "cabaran": c.rng.choice(["kelip_mata", "toleh_kiri", "senyum"]),
            "bingkai": [b64(_jpeg(c, 300)) for _ in range(3)],
        }
    )
    b.ok_json({"hidup": True, "skor": rf(c.rng, 0.8, 1.0, 3)})
    return b.build()


def match_result(c: Context) -> Flow:
    b = _b(c, "GET", f"{EKYC}/v2/ekyc/keputusan/{rid(c.rng)}")
    b.bio("face_analysis", "response json analisis_muka{anggaran_umur, pose_kepala}")
    b.carriers[-1].direction = "response"
    b.ok_json(
        {
            "analisis_muka": {
                "anggaran_umur": c.rng.randint(28, 40),
                "jantina_dikesan": "P",
                "pose_kepala": {
                    "yaw": rf(c.rng, -10, 10),
                    "pitch": rf(c.rng, -8, 8),
                    "roll": rf(c.rng, -5, 5),
                },
            },
            "skor_padanan_mykad": rf(c.rng, 0.7, 0.99, 3),
        }
    )
    return b.build()


def sealed_reverify(c: Context) -> Flow:
    b = _b(c, "POST", f"{EKYC}/v3/rv")
    b.bio("face_image", "json p (app-sealed selfie for re-verification)", detectable=False)
    b.json({"p": seal(_jpeg(c, 500), "dk" + rid(c.rng)), "v": 3})
    b.ok_json({"r": 1})
    return b.build()


def mykad_ocr(c: Context) -> Flow:
    b = _b(c, "POST", f"{EKYC}/v2/ekyc/mykad/ocr")
    b.decoy("MyKad OCR: text boxes of name and IC number fields (OCR, no face matching here)")
    b.json({"sisi": "depan", "gambar": b64(_jpeg(c, 400))})
    b.ok_json(
        {
            "kotak": [
                {"medan": "nama", "x": 120, "y": 210, "w": 300, "h": 28},
                {"medan": "no_kp", "x": 40, "y": 60, "w": 220, "h": 30},
            ]
        }
    )
    return b.build()


def device_risk(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/risiko/peranti")
    b.json(
        {
            "oaid": b.id("oaid", where="json oaid"),
            "androidId": b.id("aid_dompet", where="json androidId"),
            "root": False,
            "emulator": False,
            "telefon": b.acct("msisdn"),
        }
    )
    b.ok_json({"tahap_risiko": "rendah"})
    return b.build()


def hashed_ping(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/pg")
    b.form(
        [
            ("h", b.id("aid_dompet", "md5", "form h (md5 of ANDROID_ID)", detectable=False)),
            ("t", str(ms(c))),
        ]
    )
    b.no_content()
    return b.build()


def qr_pay(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/bayar/duitnow-qr")
    b.decoy("DuitNow QR payment: merchant terminal id and reference (the merchant's device)")
    b.json(
        {
            "dompet": b.acct("wallet_id"),
            "terminal_peniaga": "TID" + str(c.rng.randint(10**7, 10**8)),
            "amaun": rf(c.rng, 3, 80, 2),
            "mata_wang": "MYR",
        }
    )
    b.ok_json({"rujukan": f"DN{c.rng.randint(10**11, 10**12)}", "status": "BERJAYA"})
    return b.build()


def topup(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/tambah-nilai")
    b.json({"amaun": c.rng.choice([20, 50, 100]), "kaedah": "FPX", "bank": "MBB0228"})
    b.ok_json({"baki": rf(c.rng, 10, 900, 2)})
    return b.build()
