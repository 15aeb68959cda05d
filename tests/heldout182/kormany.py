"""ÁllamKapu: a government app (Ügyfélkapu-like) that signs the citizen in with
face verification against the ID-card photo.

The selfie, the face template, the liveness head-pose readings are biometric;
the ID card's OCR boxes, a form's self-declared sex and appointment bookings are
not. The app registers the phone with its ANDROID_ID and Firebase installation.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import b64, fake_jpeg, floats_b64, multipart

from .phone import FB, floats, iso, rf, rid, ua

API = "https://api.allamkapu.example"
UA = ua("AllamKapu", "4.2.0")


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "allamkapu", method, url)
    b.header("user-agent", UA)
    b.header("x-munkamenet", new_hex(c.rng, 32))
    return b


def arckep_feltoltes(c: Context) -> Flow:
    """The selfie sent to the face-match service, multipart with a liveness flag."""
    bnd = "----AllamKapu" + new_hex(c.rng, 16)
    b = _b(c, "POST", f"{API}/arcazonositas/v1/egyeztetes")
    b.bio("face_image", "multipart arckep (selfie for face match)")
    body = multipart(
        bnd,
        [
            ("arckep", "szelfi.jpg", "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 900)),
            ("elosegellenorzes", None, None, b"aktiv"),
            ("okmany_tipus", None, None, b"szemelyi_igazolvany"),
        ],
    )
    b.set_body(body, f"multipart/form-data; boundary={bnd}")
    b.ok_json({"egyezes": True, "pontszam": rf(c.rng, 0.8, 0.99, 3)})
    return b.build()


def arcsablon(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/arcazonositas/v1/sablon")
    b.bio("face_embedding", "json arcsablon (base64 float32 face template)")
    b.json(
        {
            "arcsablon": floats_b64(floats(c.rng, 128)),
            "sablon_verzio": "fm-2.3",
            "letrehozva": iso(c),
        }
    )
    b.ok_json({"mentve": True})
    return b.build()


def eloseg_fejtartas(c: Context) -> Flow:
    """Liveness: head-pose readings and eye openness from the face, frame by frame."""
    b = _b(c, "POST", f"{API}/arcazonositas/v1/eloseg")
    b.bio("face_analysis", "json kepkockak[].fejtartas / szem_nyitottsag (from the face)")
    frames = [
        {
            "fejtartas": {
                "elfordulas": rf(c.rng, -25, 25, 1),
                "biccentes": rf(c.rng, -15, 15, 1),
                "dontes": rf(c.rng, -10, 10, 1),
            },
            "szem_nyitottsag": [rf(c.rng, 0, 1, 2), rf(c.rng, 0, 1, 2)],
            "arc_doboz": [c.rng.randint(100, 300), c.rng.randint(150, 400), 320, 400],
        }
        for _ in range(c.rng.randint(3, 6))
    ]
    b.json({"feladat": "fordítsa_balra", "kepkockak": frames})
    b.ok_json({"elo": True})
    return b.build()


def titkositott(c: Context) -> Flow:
    """The vendor SDK's encrypted capture package: nothing readable outside."""
    b = _b(c, "POST", f"{API}/fv/pkg")
    b.bio("face_image", "json payload (encrypted capture package)", detectable=False)
    blob = c.rng.randbytes(700)
    b.json({"k": b64(new_hex(c.rng, 32)), "payload": b64(blob), "iv": new_hex(c.rng, 24)})
    b.ok_json({"s": 1})
    return b.build()


def okmany_ocr(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/okmany/v1/ocr")
    b.decoy("ID-card OCR boxes and fields (text recognition, not a face)")
    b.json(
        {
            "mezok": [
                {"nev": "csaladi_nev", "ertek": "KOVÁCS", "doboz": [40, 88, 210, 112]},
                {"nev": "szuletesi_hely", "ertek": "SZEGED", "doboz": [40, 140, 190, 162]},
                {"nev": "okmanyszam", "ertek": f"{c.rng.randint(100000, 999999)}AB"},
            ]
        }
    )
    b.ok_json({"ervenyes": True})
    return b.build()


def urlap(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/ugyintezes/v1/urlap")
    b.decoy("form with self-declared sex and birth date (not a face analysis)")
    b.json(
        {
            "ugytipus": "lakcimvaltozas",
            "nem": "nő",
            "szuletesi_datum": "1986-04-12",
            "uj_lakcim": "6720 Szeged, Kárász u. 5.",
            "ugyfel": b.acct("gov_user"),
        }
    )
    b.ok_json({"ugyszam": f"EÜ-{c.rng.randint(100000, 999999)}/2026"})
    return b.build()


def idopont(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/kormanyablak/v1/idopontok?varos=Debrecen")
    b.ok_json({"szabad": [iso(c) for _ in range(3)], "hivatal": "Debreceni Kormányablak"})
    return b.build()


def eszkoz_regisztracio(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/eszkoz/v1/regisztracio")
    b.json(
        {
            "androidId": b.id("aid_gov", where="json androidId"),
            "fid": b.id("gov_fid", where="json fid (Firebase installation id)"),
            "modell": "Xiaomi 23078PND5G",
            "keresAzonosito": rid(c.rng),
        }
    )
    b.ok_json({"regisztralva": True})
    return b.build()


def firebase_installation(c: Context) -> Flow:
    b = FB(
        c,
        "firebase",
        "POST",
        "https://firebaseinstallations.googleapis.com/v1/projects/allamkapu-prod/installations",
    )
    b.header("user-agent", UA)
    b.header("x-goog-api-key", "AIza" + new_hex(c.rng, 35))
    b.json(
        {
            "fid": b.id("gov_fid", where="json fid"),
            "appId": "1:402229981123:android:7c1d2e90aa31bb02",
            "authVersion": "FIS_v2",
            "sdkVersion": "a:17.2.0",
        }
    )
    b.ok_json({"name": "projects/402229981123/installations/x", "refreshToken": new_hex(c.rng, 40)})
    return b.build()
