"""Derzh: a state-services app with digital documents and face verification.

Every call carries the app's install id in a `mobile_uid` header next to
`platform-type` and `app-version`, as the Ukrainian state app's public API does.
Identity checks (signing a document, confirming a change of residence) take a
selfie photo, a few liveness frames with face key points, a face template, and
return a liveness verdict with the estimated age and head pose of the face. One
older path ships the selfie encrypted under `p`. The documents themselves
(passport and tax numbers, a sharing QR token), a signing hash, a form with a
self-declared sex and the service centre's terminal id are not sensitive here.
"""

from __future__ import annotations

import hashlib

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_digits, new_hex
from tests.heldout.wire import b64, fake_jpeg, floats_b64, js, multipart

from .phone import FB, floats, iso, points, rf, rid, ua

API = "https://api.derzh.example"
UA = ua("Derzh", "4.6.0")


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "derzh", method, url)
    b.header("user-agent", UA)
    b.header("mobile_uid", b.id("derzh_mobile_uid", where="header mobile_uid"))
    b.header("platform-type", "android")
    b.header("platform-version", "14")
    b.header("app-version", "4.6.0")
    b.header("authorization", "Bearer " + new_hex(c.rng, 48))
    return b


def register(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v1/pristrii")
    b.json(
        {
            "android_id": b.id("aid_derzh", where="json android_id"),
            "model": "SM-A546B",
            "vyrobnyk": "samsung",
            "push_token": new_hex(c.rng, 11) + ":APA91b" + new_hex(c.rng, 40),
        }
    )
    b.ok_json({"status": "ok"})
    return b.build()


def selfie(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v1/identification/face/photo")
    boundary = "----derzh" + new_hex(c.rng, 16)
    b.bio("face_image", "multipart foto_oblychchia (selfie for face matching)")
    meta = js({"protses": "pidpys_dokumenta", "kamera": "front", "chas": iso(c)}).encode()
    body = multipart(
        boundary,
        [
            ("metadani", None, "application/json", meta),
            ("foto_oblychchia", "selfie.jpg", "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9))),
        ],
    )
    b.set_body(body, f"multipart/form-data; boundary={boundary}")
    b.ok_json({"zapyt_id": rid(c.rng), "status": "v_obrobtsi"})
    return b.build()


def liveness_frames(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v2/liveness/kadry")
    b.bio("face_landmarks", "json kadry[].kliuchovi_tochky_oblychchia (68 points)")
    b.json(
        {
            "sesiia": rid(c.rng),
            "kadry": [
                {
                    "zavdannia": task,
                    "kliuchovi_tochky_oblychchia": points(c.rng, 68),
                    "ramka_oblychchia": [rf(c.rng, 100, 300, 1), rf(c.rng, 150, 400, 1), 320, 410],
                }
                for task in ("pohlyan_pryamo", "povernit_holovu", "kliipnit")
            ],
        }
    )
    b.ok_json({"pryiniato": 3})
    return b.build()


def face_template(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v2/identification/shablon")
    b.bio("face_embedding", "json shablon_oblychchia (base64 float32 x 512)")
    b.json(
        {
            "shablon_oblychchia": floats_b64(floats(c.rng, 512)),
            "versiia_modeli": "arcface-r100-v3",
            "yakist": rf(c.rng, 0.7, 0.99, 3),
        }
    )
    b.ok_json({"zbih": True, "skhozhist": rf(c.rng, 0.8, 0.99, 3)})
    return b.build()


def liveness_result(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v2/liveness/rezultat/{rid(c.rng)}")
    b.mark(
        "biometric",
        "face_analysis",
        "response json oblychchia.vik_otsinka / povorot_holovy",
        True,
        "response",
    )
    b.ok_json(
        {
            "zhyvist": True,
            "bal_zhyvosti": rf(c.rng, 0.9, 0.999, 3),
            "oblychchia": {
                "vik_otsinka": c.rng.randint(38, 46),
                "povorot_holovy": {
                    "yaw": rf(c.rng, -8, 8, 2),
                    "pitch": rf(c.rng, -6, 6, 2),
                    "roll": rf(c.rng, -4, 4, 2),
                },
                "ochi_vidkryti": True,
            },
        }
    )
    return b.build()


def encrypted_selfie(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v1/identification/p")
    b.bio("face_image", "json p (AES-encrypted selfie, base64)", detectable=False)
    blob = hashlib.shake_256(new_hex(c.rng, 16).encode()).digest(900)
    b.json({"p": b64(blob), "k": new_hex(c.rng, 8), "v": 2})
    b.ok_json({"r": "ok"})
    return b.build()


def documents(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v3/documents?types=id-card,taxpayer-card")
    b.decoy("document numbers and tax number (personal data, not a device id)")
    b.ok_json(
        {
            "id-card": {
                "docNumber": new_digits(c.rng, 9, "00"),
                "lastNameUA": "Ковальчук",
                "firstNameUA": "Оксана",
                "birthday": "14.03.1983",
                "photo": "https://docs.derzh.example/p/" + new_hex(c.rng, 24),
            },
            "taxpayer-card": {"rnokpp": new_digits(c.rng, 10, "3")},
            "updatedAt": iso(c),
        }
    )
    return b.build()


def share_qr(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v3/documents/id-card/sharing")
    b.decoy("one-time sharing token / barcode")
    b.json({"dokument": "id-card"})
    b.ok_json(
        {"link": "https://derzh.example/s/" + new_hex(c.rng, 32), "barcode": new_digits(c.rng, 13)}
    )
    return b.build()


def sign_hash(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v2/pidpys/heshi")
    b.decoy("document hashes for signing")
    b.json(
        {
            "heshi": [
                {"nazva": "zaiava.pdf", "hesh": hashlib.sha256(rid(c.rng).encode()).hexdigest()}
            ],
            "alhorytm": "DSTU4145",
        }
    )
    b.ok_json({"status": "ochikuie_pidtverdzhennia"})
    return b.build()


def aid_form(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v2/posluhy/vpo/zaiava")
    b.decoy("form: self-declared sex (stat) and address of an IDP application, not biometric")
    b.json(
        {
            "posluha": "dopomoha_vpo",
            "stat": "жіноча",
            "data_narodzhennia": "1983-03-14",
            "adresa": {"misto": "Львів", "vulytsia": "вул. Городоцька", "budynok": "12"},
            "telefon": b.acct("phone_no"),
        }
    )
    b.ok_json({"nomer_zaiavy": f"VPO-{c.rng.randint(10**6, 10**7)}"})
    return b.build()


def cnap_queue(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v2/cnap/cherha")
    b.decoy("service centre's terminal id (public equipment, not the tester's device)")
    b.json({"tsentr_id": c.rng.randint(100, 999), "terminal_sn": "CNAP-T" + new_digits(c.rng, 6)})
    b.ok_json({"talon": f"A{c.rng.randint(10, 99)}", "chas": iso(c)})
    return b.build()


def news_feed(c: Context) -> Flow:
    b = FB(c, "derzh", "GET", f"{API}/api/v1/public/novyny?lang=uk")
    b.header("user-agent", UA)
    b.ok_json(
        {
            "novyny": [
                {"zaholovok": "Оновлення єОселя", "data": iso(c)},
                {"zaholovok": "Як перевірити обличчя для Дія.Підпис", "data": iso(c)},
            ]
        }
    )
    b.decoy("news headline mentioning face verification (text, not biometric)")
    return b.build()
