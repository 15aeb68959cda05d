"""Hanul Bank: a Korean bank app with face authentication ("얼굴인증") and voice
authentication ("목소리 인증"). The fraud-detection SDK ("FDS") sends IMEI,
ANDROID_ID and Wi-Fi MAC, as Korean banks' device-binding does. Its face
template travels encrypted in the newest build (opaque); the OCR of an ID card,
exchange rates and the account list are not sensitive.
"""

from __future__ import annotations

import base64
import hashlib

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import fake_wav, floats_b64, jsb, multipart

from .phone import builder, floats, galaxy_ua, kst, rf, rid

API = "https://sb.hanulbank.example"
FDS = "https://fds.hanulbank.example"
UA = galaxy_ua("HanulBank", "6.3.0")


def _sealed(c: Context, data: bytes) -> str:
    """The app's own envelope (a keystream from a session nonce): no matcher undoes it."""
    key = hashlib.sha256(rid(c.rng).encode()).digest()
    stream = (key * (len(data) // 32 + 1))[: len(data)]
    return base64.b64encode(bytes(a ^ b for a, b in zip(data, stream, strict=True))).decode()


def face_auth(c: Context) -> Flow:
    b = builder(c, "hanulbank", "POST", f"{API}/api/eolgul-injeung/verify", UA)
    b.bio("face_template", "json 얼굴특징벡터 (512 float face embedding, base64 float32)")
    b.json(
        {
            "고객번호": b.acct("bank_cust"),
            "얼굴특징벡터": floats_b64(floats(c.rng, 512)),
            "라이브니스점수": rf(c.rng, 0.9, 1.0),
            "단말ID": b.id("aid_bank", where="json 단말ID"),
        }
    )
    b.ok_json({"gyeolgwa": "SUCCESS", "score": rf(c.rng, 0.8, 0.99)})
    return b.build()


def face_sealed(c: Context) -> Flow:
    b = builder(c, "hanulbank", "POST", f"{API}/api/v3/fa", UA)
    b.bio(
        "face_template", "json p (app-encrypted face template, nothing readable)", detectable=False
    )
    blob = _sealed(c, jsb({"v": floats(c.rng, 128)}))
    b.json({"p": blob, "k": rid(c.rng)[:8]})
    b.ok_json({"r": 0})
    return b.build()


def voice_enrol(c: Context) -> Flow:
    b = builder(c, "hanulbank", "POST", f"{API}/api/moksori-injeung/deungrok", UA)
    b.bio(
        "voiceprint", "multipart 화자등록 audio + speakerEmbedding (voice authentication enrolment)"
    )
    boundary = "hanul" + rid(c.rng)[:12]
    emb = ",".join(str(x) for x in floats(c.rng, 192))
    body = multipart(
        boundary,
        [
            ("화자등록음성", "enrol.wav", "audio/wav", fake_wav(c.rng.randint(0, 10**9), 900)),
            ("speakerEmbedding", None, "text/plain", emb.encode()),
            ("phrase", None, "text/plain", "제 목소리는 저의 비밀번호입니다".encode()),
        ],
    )
    b.set_body(body, f"multipart/form-data; boundary={boundary}")
    b.ok_json({"enrolled": True})
    return b.build()


def voice_verify(c: Context) -> Flow:
    b = builder(c, "hanulbank", "POST", f"{API}/api/moksori-injeung/hwain", UA)
    b.bio("voiceprint", "json hwajaBekteo (speaker vector for voice authentication)")
    b.json({"hwajaBekteo": floats(c.rng, 192), "sesyeon": rid(c.rng), "sr": 16000})
    b.ok_json({"match": True})
    return b.build()


def fds_collect(c: Context) -> Flow:
    b = builder(c, "hanulbank-fds", "POST", f"{FDS}/collect", UA)
    b.json(
        {
            "imei": b.id("imei", where="json imei"),
            "androidId": b.id("aid_bank", where="json androidId"),
            "wifiMac": b.id("wifi_mac", where="json wifiMac"),
            "fdsToken": b.id("bank_fds_token", where="json fdsToken (FDS device fingerprint)"),
            "rooting": False,
            "usim": "SKT",
            "phone": b.acct("phone_no"),
        }
    )
    b.decoy("phone number (account, not a device id)")
    b.ok_json({"risk": "LOW"})
    return b.build()


def fds_sealed(c: Context) -> Flow:
    b = builder(c, "hanulbank-fds", "POST", f"{FDS}/c2", UA)
    imei = b.id_raw("imei", "app_cipher", "json e (IMEI inside the app's envelope)")
    b.json({"e": _sealed(c, jsb({"1": imei, "t": kst(c)})), "v": 2})
    b.no_content()
    return b.build()


def id_card_ocr(c: Context) -> Flow:
    b = builder(c, "hanulbank", "POST", f"{API}/api/sinbunjeung/ocr", UA)
    b.decoy("ID-card OCR text boxes (OCR, not a face)")
    b.ok_json(
        {
            "boxes": [
                {
                    "x": c.rng.randint(0, 600),
                    "y": c.rng.randint(0, 400),
                    "w": 120,
                    "h": 24,
                    "text": t,
                }
                for t in ("주민등록증", "박민지", "서울특별시")
            ]
        }
    )
    return b.build()


def fx_rates(c: Context) -> Flow:
    b = builder(c, "hanulbank", "GET", f"{API}/api/hwanyul?cur=USD,JPY", UA)
    b.decoy("exchange-rate series (numbers, not a face)")
    b.ok_json(
        {
            "USD": [rf(c.rng, 1350, 1420, 2) for _ in range(30)],
            "JPY": [rf(c.rng, 880, 960, 2) for _ in range(30)],
        }
    )
    return b.build()


def accounts(c: Context) -> Flow:
    b = builder(c, "hanulbank", "GET", f"{API}/api/gyejwa/list", UA)
    b.ok_json(
        {
            "gyejwa": [{"no": b.acct("bank_cust")[:6] + "****", "janaek": c.rng.randint(0, 10**7)}],
            "reqId": rid(c.rng),
        }
    )
    return b.build()
