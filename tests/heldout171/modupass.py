"""ModuPASS (모두PASS): a carrier identity app (mobile ID, identity verification).

Carrier identity apps ship preinstalled with carrier privileges, so this one
reads the IMEI and the USIM ICCID when it binds the phone; the phone number
(`ctn`) and CI (연계정보, the person's linking id) are account data, not device
ids. The USIM's ICCID is labelled as a device identifier of the tester's own
phone (the SIM is theirs, not the carrier's equipment) though known.yaml does not
list it. Issuing the mobile ID matches a selfie to the ID photo; face login keeps a
face template; voice verification (목소리 인증, `moksori`) enrols and checks a
speaker embedding. An older endpoint ships face landmarks gzip+base64 under `p`.
"""

from __future__ import annotations

import base64

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import b64, fake_jpeg, fake_wav, floats_b64, gz, js, jwt, multipart

from .phone import FB, floats, kst14, ms, points, rf, rid, ua_android

API = "https://api.modupass.example"
UA = ua_android("ModuPASS", "4.9.0")


def _b(c: Context, method: str, url: str, dvc: bool = True) -> FB:
    b = FB(c, "modupass", method, url)
    b.header("user-agent", UA)
    if dvc:
        b.header("x-pass-aid", b.id("aid_pass", where="header x-pass-aid"))
    return b


def bind(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/device/bind", dvc=False)
    b.json(
        {
            "ctn": b.acct("phone_no"),
            "telco": "SKT",
            "imei": b.id("phone_imei", where="json imei"),
            "usimIccid": b.id("usim_iccid", where="json usimIccid"),
            "androidId": b.id("aid_pass", where="json androidId"),
            "mdl": "SM-S921N",
        }
    )
    b.ok_json({"resultCode": "0000", "ci": b.acct("pass_ci"), "bindDt": kst14(c)})
    return b.build()


def imei_check(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/device/st", dvc=False)
    b.param("h", b.id("phone_imei", "sha256", "query h", detectable=False))
    b.param("t", str(ms(c)))
    b.ok_json({"st": "A"})
    return b.build()


def mid_face(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/mid/face/verify")
    b.bio("face_image", "json faceImg (selfie) on /mid/face/verify")
    b.json(
        {
            "txId": rid(c.rng),
            "faceImg": b64(fake_jpeg(c.rng.randint(0, 10**9), 700)),
            "livenessScore": rf(c.rng, 0.9, 1, 3),
            "headPose": {"yaw": rf(c.rng, -15, 15, 2), "pitch": rf(c.rng, -10, 10, 2)},
        }
    )
    b.ok_json({"resultCode": "0000", "matchScore": rf(c.rng, 0.82, 0.99, 3)})
    return b.build()


def face_tmpl(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/bio/face/tmpl")
    b.bio("face_embedding", "json faceTmpl (base64 float32 x128)")
    b.json({"faceTmpl": floats_b64(floats(c.rng, 128)), "tmplVer": "FT3", "algo": "arc-m"})
    b.ok_json({"resultCode": "0000"})
    return b.build()


def moksori_enrol(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/moksori/deungrok")
    b.bio("voiceprint", "multipart moksoriSample (enrolment audio) + spkrEmbd")
    boundary = "----ModuPass" + new_hex(c.rng, 16)
    body = multipart(
        boundary,
        [
            ("moksoriSample", "s1.wav", "audio/wav", fake_wav(c.rng.randint(0, 10**9))),
            ("spkrEmbd", None, "application/json", js(floats(c.rng, 192)).encode()),
            ("phrase", None, "text/plain", "나의 목소리로 인증합니다".encode()),
        ],
    )
    b.set_body(body, f"multipart/form-data; boundary={boundary}")
    b.ok_json({"resultCode": "0000", "enrolled": True})
    return b.build()


def moksori_verify(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/moksori/injeung")
    b.bio("voiceprint", "json spkrEmbd (speaker embedding) on /moksori/injeung")
    b.json({"spkrEmbd": floats(c.rng, 192), "snr": rf(c.rng, 10, 30, 1), "txId": rid(c.rng)})
    b.ok_json({"resultCode": "0000", "score": rf(c.rng, 0.6, 0.99, 3), "passYn": "Y"})
    return b.build()


def opaque_face(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v0/r")
    b.bio("face_landmarks", "json p (gzip+base64 of landmark rows)", detectable=False)
    blob = base64.b64encode(gz(js({"l": points(c.rng, 68), "q": 1}).encode())).decode()
    b.json({"p": blob, "k": 2})
    b.ok_json({"r": 0})
    return b.build()


def cert_sign(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/cert/sign", dvc=False)
    b.decoy("PKI signature and a signed JWT (tokens, no device data)")
    b.json(
        {
            "signedData": b64(new_hex(c.rng, 120)),
            "token": jwt({"sub": rid(c.rng), "iat": ms(c) // 1000}),
        }
    )
    b.ok_json({"resultCode": "0000"})
    return b.build()


def mdl_qr(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/mid/qr", dvc=False)
    b.ok_json({"qr": b64(new_hex(c.rng, 60)), "exp": ms(c) + 30000})
    return b.build()


def kyc_form(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/verify/identity", dvc=False)
    b.decoy("identity form: name, birth date, self-declared gender, phone number")
    b.json(
        {
            "name": "김서연",
            "birth": "19850314",
            "gender": "F",
            "ctn": b.acct("phone_no"),
            "telco": "SKT",
        }
    )
    b.ok_json({"resultCode": "0000", "ci": b.acct("pass_ci")})
    return b.build()
