"""E-Tür (Э-Төр): a state e-services app with face login.

Login matches a selfie and liveness frames against the civil registry photo
(`nuur_zurag`, romanised нүүр зураг; `amid_baidal`, liveness); the legacy SDK
path posts a sealed blob. The app's header shows the state name in the
traditional Mongolian script. Citizen data lookups (the registration number is
an account), a form's self-declared sex (хүйс) and the address pin are ordinary.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import b64, fake_jpeg, multipart

from .phone import FB, iso, rf, rid, ua

API = "https://api.e-tur.example"
UA = ua("ETur", "2.11.0")
STATE_TRADITIONAL = "ᠮᠣᠩᠭᠣᠯ ᠤᠯᠤᠰ"  # Монгол Улс in the traditional script


def _b(c: Context, method: str, path: str) -> FB:
    b = FB(c, "e-tur", method, API + path)
    b.header("user-agent", UA)
    b.header("accept-language", "mn")
    return b


def device_register(c: Context) -> Flow:
    b = _b(c, "POST", "/v1/device/register")
    b.json(
        {
            "deviceId": b.id("aid_gov", where="json deviceId"),
            "platform": "android",
            "osVersion": "14",
        }
    )
    b.ok_json({"registered": True})
    return b.build()


def face_login(c: Context) -> Flow:
    b = _b(c, "POST", "/v1/auth/nuur-tanilt")
    b.bio("face_image", "json nuur_zurag (base64 selfie for face login)")
    b.json(
        {
            "registr": b.acct("register_no"),
            "nuur_zurag": b64(fake_jpeg(c.rng.randint(0, 10**9), 900)),
            "amid_baidal": {"nud_irmeh": True, "onoo": rf(c.rng, 0.8, 1)},
            "tuhuurumj": b.id("aid_gov", where="json tuhuurumj"),
        }
    )
    b.ok_json({"token": rid(c.rng).replace("-", ""), "ijil_onoo": rf(c.rng, 0.85, 0.99)})
    return b.build()


def liveness_frames(c: Context) -> Flow:
    b = _b(c, "POST", "/v1/auth/amid-esekh")
    b.bio("face_image", "multipart nuur_0..nuur_2 face frames (liveness)")
    boundary = "etur" + rid(c.rng).replace("-", "")[:16]
    parts = [
        (f"nuur_{i}", f"nuur_{i}.jpg", "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 400))
        for i in range(3)
    ]
    parts.append(("uildel", None, None, b"tolgoi_ergeleh"))
    b.set_body(multipart(boundary, parts), f"multipart/form-data; boundary={boundary}")
    b.mark(
        "biometric",
        "face_analysis",
        "response json толгойн_байрлал + нас (face analysis)",
        True,
        "response",
    )
    b.ok_json(
        {
            "амьд": True,
            "толгойн_байрлал": {"yaw": rf(c.rng, -15, 15, 1), "pitch": rf(c.rng, -8, 8, 1)},
            "нас": c.rng.randint(35, 55),
        }
    )
    return b.build()


def sealed_login(c: Context) -> Flow:
    b = _b(c, "POST", "/v1/auth/x")
    b.bio("face_image", "json a: encrypted selfie from the legacy SDK", detectable=False)
    b.json({"a": b64(bytes(c.rng.getrandbits(8) for _ in range(700))), "b": 1})
    b.ok_json({"c": 0})
    return b.build()


def home(c: Context) -> Flow:
    b = _b(c, "GET", "/v1/app/nuur")
    b.decoy("app home screen (нүүр = front page) with the traditional-script state title")
    b.ok_json(
        {
            "garchig": STATE_TRADITIONAL,
            "garchig_kirill": "Монгол Улс",
            "uilchilgee": ["Иргэний бүртгэл", "Нийгмийн даатгал", "Татвар", "Газар"],
        }
    )
    return b.build()


def citizen_record(c: Context) -> Flow:
    b = _b(c, "GET", "/v1/irgen/medeelel")
    b.decoy("citizen record: registration number and name (an account, not a device)")
    b.ok_json(
        {
            "registr": b.acct("register_no"),
            "ovog": "Ганзориг",
            "ner": "Батболд",
            "torson_ognoo": "1979-03-12",
            "hayag": "БЗД, 26-р хороо",
        }
    )
    return b.build()


def service_form(c: Context) -> Flow:
    b = _b(c, "POST", "/v1/uilchilgee/lavlagaa")
    b.decoy("certificate request form: self-declared sex (хүйс) and an address pin, not biometric")
    b.json(
        {
            "lavlagaa": "оршин_суугаа_хаяг",
            "hüis": c.rng.choice(["эрэгтэй", "эмэгтэй"]),
            "bairshil": {"lat": rf(c.rng, 47.88, 47.95), "lng": rf(c.rng, 106.85, 107.0)},
            "ognoo": iso(c),
        }
    )
    b.ok_json({"lavlagaa_dugaar": "L" + str(c.rng.randint(10**7, 10**8))})
    return b.build()


def documents(c: Context) -> Flow:
    b = _b(c, "GET", "/v1/barimt/jagsaalt")
    b.decoy("list of issued documents with their numbers")
    b.ok_json(
        {
            "barimtuud": [
                {"torol": t, "dugaar": str(c.rng.randint(10**6, 10**7))}
                for t in ("Иргэний үнэмлэх", "Жолооны үнэмлэх", "Гадаад паспорт")
            ]
        }
    )
    return b.build()
