"""BankSejahtera: a Malaysian bank app with face login, on the father's Samsung.

Face login runs an on-device face SDK licensed from a Shenzhen vendor: the
app posts its face template as base64 float32 (`renlian_tezheng`, "face
feature") with the vendor's quality and head-pose block; enrolment sends the
Malay `templat_wajah` plus 106 landmark points. The older login path sends the
same template under `v` with nothing else (opaque). Device binding sends the
ANDROID_ID and the bank's own binding id. The SGD/MYR rate series (the father
is paid in Singapore), the transaction list and the DuitNow transfer are
ordinary data.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import floats_b64

from .phone import FB, floats, iso, ms, rf, rid, ua_samsung

API = "https://mbanking.banksejahtera.example"
UA = ua_samsung("BankSejahtera", "9.1.4")


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "banksejahtera", method, url)
    b.header("user-agent", UA)
    b.header("x-request-id", rid(c.rng))
    return b


def face_login(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v2/auth/renlian")
    b.bio("face_embedding", "json renlian_tezheng (base64 float32 face feature)")
    b.bio("face_analysis", "json zhiliang{toubu_zitai yaw/pitch/roll} (head pose from the face)")
    b.json(
        {
            "cif": b.acct("bank_cif"),
            "renlian_tezheng": floats_b64(floats(c.rng, 128)),
            "zhiliang": {
                "qingxidu": rf(c.rng, 0.6, 1.0, 3),
                "toubu_zitai": {
                    "yaw": rf(c.rng, -12, 12),
                    "pitch": rf(c.rng, -10, 10),
                    "roll": rf(c.rng, -6, 6),
                },
            },
            "sdk": "FaceKit-Android 4.2.1",
        }
    )
    b.ok_json({"token": rid(c.rng), "expires_in": 300})
    return b.build()


def face_enrol(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v2/biometrik/daftar-wajah")
    b.bio("face_embedding", "json templat_wajah (float list)")
    b.bio("face_landmarks", "json titik_mercu_wajah (106 [x,y] points)")
    cx, cy = rf(c.rng, 200, 280), rf(c.rng, 260, 340)
    b.json(
        {
            "templat_wajah": floats(c.rng, 128),
            "titik_mercu_wajah": [
                [round(cx + c.rng.gauss(0, 45), 1), round(cy + c.rng.gauss(0, 55), 1)]
                for _ in range(106)
            ],
            "peranti_terikat": b.id("bank_binding", where="json peranti_terikat"),
        }
    )
    b.ok_json({"berjaya": True})
    return b.build()


def legacy_login_opaque(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v1/a/2")
    b.bio("face_embedding", "json v (base64 float32, no key names)", detectable=False)
    b.json({"v": floats_b64(floats(c.rng, 128)), "n": ms(c) % 100000})
    b.ok_json({"r": 0})
    return b.build()


def device_binding(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v2/peranti/ikat")
    b.json(
        {
            "androidId": b.id("aid_bank", where="json androidId"),
            "idPengikatan": b.id("bank_binding", where="json idPengikatan"),
            "model": "SM-S911B",
            "otpMelalui": "SMS",
        }
    )
    b.ok_json({"status": "DIIKAT"})
    return b.build()


def fx_rates(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v1/kadar/SGDMYR?tempoh=30d")
    b.decoy("SGD/MYR rate series (price series)")
    b.ok_json(
        {
            "pasangan": "SGDMYR",
            "siri": [[ms(c) - i * 86400000, rf(c.rng, 3.3, 3.6)] for i in range(30)],
        }
    )
    return b.build()


def transactions(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v1/akaun/transaksi?had=20")
    b.decoy("transaction list with reference numbers (account data, no device id)")
    b.ok_json(
        {
            "transaksi": [
                {
                    "rujukan": f"FT{c.rng.randint(10**9, 10**10)}",
                    "amaun": rf(c.rng, -500, 6000, 2),
                    "tarikh": iso(c),
                    "keterangan": c.rng.choice(["GAJI SG", "TNB", "DuitNow", "Tol PLUS"]),
                }
                for _ in range(6)
            ]
        }
    )
    return b.build()


def transfer(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v1/pindahan/duitnow")
    b.json(
        {
            "kepada": "+6012" + str(c.rng.randint(10**6, 10**7)),
            "amaun": rf(c.rng, 10, 500, 2),
            "nota": "duit belanja",
        }
    )
    b.ok_json({"rujukan": f"DN{c.rng.randint(10**11, 10**12)}"})
    return b.build()
