"""E-Xidmət: an ASAN-like e-government app with face and voice verification.

Signing in to a service, the citizen passes a liveness check (a selfie plus a
few frames), the app sends an ArcFace-style 512-float face template and, for
phone-line services, a voice sample to a speaker-verification endpoint.
The newer build encrypts the liveness bundle. The ID card OCR boxes, the voice
search (speech-to-text only, no speaker model), the FIN code (a personal
number: an account, not a device) and queue bookings are not biometric or
device data.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import b64, fake_jpeg, fake_wav, floats_b64, jsb, multipart

from .phone import FB, baku, floats, iso, ms, rf, rid, ua

API = "https://api.e-xidmet.example"
BIO = "https://bio.e-xidmet.example"
UA = ua("eXidmet", "5.2.1")


def _b(c: Context, method: str, url: str, device: bool = True) -> FB:
    b = FB(c, "exidmet", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + b64(rid(c.rng)))
    if device:
        b.header("x-cihaz-acari", b.id("gov_device_key", where="header x-cihaz-acari"))
    return b


def device_register(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/cihaz/qeydiyyat", device=False)
    b.json(
        {
            "cihaz": {
                "android_id": b.id("aid_gov", where="json cihaz.android_id"),
                "reklam_id": b.id("gaid", where="json cihaz.reklam_id"),
                "cihaz_acari": b.id("gov_device_key", where="json cihaz.cihaz_acari"),
                "model": "SM-A556E",
                "os": "Android 14",
            },
            "fin": b.acct("fin_code"),
            "telefon": b.acct("phone_number"),
        }
    )
    b.ok_json({"qeydiyyat": "ugurlu", "token_muddeti": 3600})
    return b.build()


def liveness_selfie(c: Context) -> Flow:
    b = _b(c, "POST", f"{BIO}/v2/biometrik/uz-dogrulama")
    boundary = "----eXidmet" + rid(c.rng).replace("-", "")[:20]
    b.bio("face_image", "multipart uz_sekli (selfie to face verification)")
    meta = {
        "fin": b.acct("fin_code"),
        "canlilik_yoxlamasi": "aktiv",
        "hereketler": ["gözlərini qırp", "başını sola çevir"],
        "bas_movqeyi": {"yaw": rf(c.rng, -25, 25, 1), "pitch": rf(c.rng, -15, 15, 1)},
    }
    parts = [("meta", None, "application/json", jsb(meta))]
    parts.append(("uz_sekli", "selfie.jpg", "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9))))
    for i in range(2):
        parts.append(
            (f"kadr_{i}", f"kadr_{i}.jpg", "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 500))
        )
    b.set_body(multipart(boundary, parts), f"multipart/form-data; boundary={boundary}")
    b.ok_json({"uygunluq": rf(c.rng, 0.8, 0.99, 3), "canli": True})
    return b.build()


def face_template(c: Context) -> Flow:
    b = _b(c, "POST", f"{BIO}/v2/biometrik/uz-sablonu/muqayise")
    b.bio("face_embedding", "json üz_şablonu (base64 float32 x512)")
    b.json(
        {
            "üz_şablonu": floats_b64(floats(c.rng, 512)),
            "model": "arcface-r100-v3",
            "ölçü": 512,
            "fin": b.acct("fin_code"),
            "vaxt": iso(c),
        }
    )
    b.ok_json({"eynilik": rf(c.rng, 0.7, 0.98, 3), "qerar": "tesdiq"})
    return b.build()


def voice_enrol(c: Context) -> Flow:
    b = _b(c, "POST", f"{BIO}/v1/biometrik/ses/qeydiyyat")
    boundary = rid(c.rng)
    b.bio("voiceprint", "multipart ses_numunesi (speaker enrolment audio)")
    meta = {"danisan_modeli": "ecapa-tdnn", "ifade": "Mənim səsim mənim şifrəmdir", "cehd": 1}
    body = multipart(
        boundary,
        [
            ("meta", None, "application/json", jsb(meta)),
            ("ses_numunesi", "numune1.wav", "audio/wav", fake_wav(c.rng.randint(0, 10**9))),
        ],
    )
    b.set_body(body, f"multipart/form-data; boundary={boundary}")
    b.ok_json({"ses_profili": rid(c.rng), "status": "qeyde_alindi"})
    return b.build()


def voice_verify(c: Context) -> Flow:
    b = _b(c, "POST", f"{BIO}/v1/biometrik/ses/dogrulama")
    b.bio("voiceprint", "json səs_izi (192-float speaker embedding)")
    b.json({"səs_izi": floats(c.rng, 192), "nitq_ms": c.rng.randint(1500, 4000), "ts": ms(c)})
    b.ok_json({"danisan_eynidir": True, "xal": rf(c.rng, 0.6, 0.97, 3)})
    return b.build()


def encrypted_liveness(c: Context) -> Flow:
    """Build 5.2: the liveness bundle (selfie + frames) AES-encrypted, base64 under 'p'."""
    b = _b(c, "POST", f"{BIO}/v3/bx")
    b.bio("face_image", "json p (encrypted liveness bundle)", detectable=False)
    blob = bytes(c.rng.getrandbits(8) for _ in range(1200))
    b.json({"p": b64(blob), "k": 2, "iv": b64(bytes(c.rng.getrandbits(8) for _ in range(16)))})
    b.ok_json({"r": 1})
    return b.build()


def id_card_ocr(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/senedler/ocr-netice", device=False)
    b.decoy("ID card OCR text boxes (document text, not a face)")
    b.json(
        {
            "sened_novu": "sexsiyyet_vesiqesi",
            "sahələr": [
                {
                    "ad": f,
                    "qutu": [c.rng.randint(0, 600) for _ in range(4)],
                    "etibar": rf(c.rng, 0.8, 1, 2),
                }
                for f in ("soyad", "ad", "ata_adi", "dogum_tarixi", "fin")
            ],
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def voice_search(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/sesli-axtaris/metn", device=False)
    b.decoy("speech-to-text query (transcription, no speaker model)")
    b.json(
        {
            "dil": "az-AZ",
            "metn": c.rng.choice(["pasport yenilə", "sürücülük vəsiqəsi", "ASAN növbə"]),
            "etibar": rf(c.rng, 0.7, 0.99, 2),
        }
    )
    b.ok_json({"xidmetler": [{"id": 112, "ad": "Pasportun dəyişdirilməsi"}]})
    return b.build()


def queue_booking(c: Context) -> Flow:
    lat, lon = baku(c.rng)
    b = _b(c, "POST", f"{API}/v1/novbe/rezerv", device=False)
    b.decoy("service-centre queue ticket and centre coordinates")
    b.json(
        {
            "merkez": c.rng.choice(["Bakı ASAN 1", "Gəncə ASAN"]),
            "lat": lat,
            "lng": lon,
            "vaxt": iso(c),
        }
    )
    b.ok_json({"bilet": f"A{c.rng.randint(100, 999)}", "gozleme_deq": c.rng.randint(5, 60)})
    return b.build()


def services(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/xidmetler?dil=az", device=False)
    b.ok_json({"xidmetler": [{"id": i, "ad": f"Xidmət {i}"} for i in range(1, 9)]})
    return b.build()
