"""eID: a government identity wallet (Serbian ConsentID-like / Slovenian
eOsebna-like, in-house) that reads the ID card chip over NFC and checks the
holder with liveness. Chip data groups follow ICAO Doc 9303 part 10 (DG1 =
MRZ, DG2 = encoded face image, SOD = security object); the face match uses
Regula Face API (`POST /api/match`, `images[]` with `type` 1 printed, 2 RFID,
3 live, `data` base64; docs regulaforensics.com, github.com/regulaforensics/
FaceSDK-web-openapi). Liveness head-turn frames and ML Kit face contours are
the app's own.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import b64, fake_jpeg

from .phone import FB, iso, points, rf, rid, ua

API = "https://api.eid-novcanik.gov.rs"
UA = ua("eID", "2.4.1")


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "eid", method, url)
    b.header("user-agent", UA)
    b.header("x-eid-install", c.phone.eid_install)
    return b


def _install(b: FB) -> None:
    b.id("eid_install", where="header:x-eid-install")


def chip_upload(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/aktivacija/cip")
    _install(b)
    b.json(
        {
            "dataGroups": {
                "DG1": b64("IDSRB" + "<" * 20 + str(c.rng.randint(10**8, 10**9))),
                "DG2": b64(fake_jpeg(c.rng.getrandbits(32), 800)),
            },
            "SOD": b64(c.rng.getrandbits(8 * 120).to_bytes(120, "big")),
            "bacOk": True,
        }
    )
    b.bio("chip_face_image", "json:dataGroups.DG2 (ICAO face image)")
    b.ok_json({"status": "procitano"})
    return b.build()


def regula_match(c: Context) -> Flow:
    b = FB(c, "regula", "POST", "https://faceapi.regulaforensics.com/api/match")
    b.header("user-agent", UA)
    b.json(
        {
            "tag": rid(c.rng),
            "images": [
                {"type": 2, "index": 0, "data": b64(fake_jpeg(c.rng.getrandbits(32), 600))},
                {"type": 3, "index": 1, "data": b64(fake_jpeg(c.rng.getrandbits(32), 600))},
            ],
            "thumbnails": False,
        }
    )
    b.bio("face_image", "json:images[type=3].data (Regula match)")
    b.ok_json({"code": 0, "results": [{"similarity": rf(c.rng, 0.8, 0.99, 3)}]})
    return b.build()


def liveness(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/zivost/provera")
    _install(b)
    frames = []
    for step in ("levo", "desno", "gore"):
        frames.append(
            {
                "izazov": step,
                "okvir": b64(fake_jpeg(c.rng.getrandbits(32), 300)),
                "headEulerY": rf(c.rng, -40, 40, 1),
                "headEulerZ": rf(c.rng, -10, 10, 1),
            }
        )
    b.json({"okviri": frames, "pocetak": iso(c)})
    b.bio("liveness_frames", "json:okviri[].okvir+headEuler")
    b.ok_json({"ziv": True})
    return b.build()


def contours(c: Context) -> Flow:
    """Face contours from ML Kit (FaceContour types), sent for server-side QA."""
    b = _b(c, "POST", f"{API}/v1/zivost/kvalitet")
    _install(b)
    b.json(
        {
            "faceContours": {
                "FACE": points(c.rng, 36),
                "LEFT_EYE": points(c.rng, 16),
                "RIGHT_EYE": points(c.rng, 16),
                "NOSE_BRIDGE": points(c.rng, 2),
                "UPPER_LIP_TOP": points(c.rng, 11),
            },
            "smilingProbability": rf(c.rng, 0, 1, 3),
            "leftEyeOpenProbability": rf(c.rng, 0.5, 1, 3),
        }
    )
    b.bio("face_landmarks", "json:faceContours")
    b.ok_json({"ok": True})
    return b.build()


def sealed(c: Context) -> Flow:
    """The signed attestation bundle: the face result sits inside a CMS blob."""
    b = _b(c, "POST", f"{API}/v1/potvrda")
    _install(b)
    blob = c.rng.getrandbits(8 * 300).to_bytes(300, "big")
    b.set_body(blob, "application/pkcs7-mime")
    b.bio("face_result", "body:CMS envelope", detectable=False)
    b.ok_json({"ok": True})
    return b.build()


def registracija(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/uredjaj")
    _install(b)
    b.json(
        {
            "installationId": b.id("eid_install", where="json:installationId"),
            "androidId": b.id("aid_eid", where="json:androidId"),
            "playIntegrity": "eyJ" + rid(c.rng).replace("-", ""),
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def dokumenti(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/dokumenti")
    _install(b)
    b.ok_json({"dokumenti": [{"tip": "licna_karta", "vaziDo": "2033-05-01"}]})
    return b.build()


def pol_decoy(c: Context) -> Flow:
    """Profile form: self-declared sex and date of birth, typed by the user."""
    b = _b(c, "PUT", f"{API}/v1/profil")
    _install(b)
    b.json({"ime": "Jelena", "pol": "Ž", "gender": "female", "datumRodjenja": "1991-03-12"})
    b.decoy("self-declared gender / date of birth on a form")
    b.ok_json({"ok": True})
    return b.build()


def article_decoy(c: Context) -> Flow:
    b = FB(c, "eid", "GET", f"{API}/v1/vesti/kako-radi-prepoznavanje-lica")
    b.header("user-agent", UA)
    b.ok_json({"naslov": "Kako radi prepoznavanje lica", "tekst": "Face recognition explained."})
    b.decoy("news article about face recognition")
    return b.build()
