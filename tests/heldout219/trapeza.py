"""Trapeza Aigaiou: a Greek bank's app (Galaxy A55 of the father in Athens).

Onboarding takes a selfie through FaceTec's 3D liveness SDK: the sample flow
fetches a session token from api.facetec.com, then posts `faceScan` (the
encrypted 3D FaceMap), `auditTrailImage` and `lowQualityAuditTrailImage`
(JPEG, base64) with `sessionId` and `externalDatabaseRefID` to
`/liveness-3d` and `/enrollment-3d` (headers `X-Device-Key` = the app's SDK
licence key, `X-User-Agent` = FaceTec's session user agent). Later logins
match on the bank's own FaceTec server (`/match-3d-3d`) or by voice: the app
records a pass-phrase ("Η φωνή μου είναι ο κωδικός μου") and posts it to
`/fonitiki-taftopoiisi` (voice authentication); enrolment posts the
voiceprint vector the on-device model extracts. Keys are Greeklish
(`syskevi` device, `fonitiko_deigma` voice sample, `apotypoma` print).
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import (
    b64,
    fake_jpeg,
    fake_wav,
    floats_b64,
    multipart,
    pb_bytes,
    pb_packed_floats,
    pb_varint,
)

from .phone import FB, floats, iso, rid, sealed, ua

API = "https://api.trapeza-aigaiou.example"
FT_BANK = "https://facetec.trapeza-aigaiou.example"
FT_CLOUD = "https://api.facetec.com/api/v3.1/biometrics"
UA = ua("TrapezaAigaiou", "7.4.0", "babas")
DEVICE_KEY = "dT7qL0wBn4ZkRfYh2mXcVe9sPa1uGj3N"


def _b(c: Context, method: str, url: str, bind: bool = True) -> FB:
    b = FB(c, "trapeza", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + new_hex(c.rng, 48))
    if bind:
        b.header("x-syskevi-kleidi", b.id("trapeza_device_key", where="header x-syskevi-kleidi"))
    return b


def _ft(c: Context, method: str, url: str) -> FB:
    b = FB(c, "facetec", method, url)
    b.header("x-device-key", DEVICE_KEY)
    b.decoy("X-Device-Key is the app's FaceTec licence key, not the phone's id")
    b.header(
        "x-user-agent",
        f"facetec|sdk|android|gr.trapeza.aigaiou|{DEVICE_KEY}|9.7.2|el_GR|el|{rid(c.rng)}",
    )
    return b


def _facemap(c: Context) -> str:
    return b64(bytes(c.rng.getrandbits(8) for _ in range(900)))


def session_token(c: Context) -> Flow:
    b = _ft(c, "GET", f"{FT_CLOUD}/session-token")
    b.ok_json({"sessionToken": new_hex(c.rng, 64), "success": True})
    return b.build()


def liveness_3d(c: Context) -> Flow:
    b = _ft(c, "POST", f"{FT_CLOUD}/liveness-3d")
    b.bio("face_scan", "json faceScan (3D FaceMap)")
    b.bio("face_image", "json auditTrailImage / lowQualityAuditTrailImage")
    b.json(
        {
            "faceScan": _facemap(c),
            "auditTrailImage": b64(fake_jpeg(c.rng.randint(0, 10**9), 700)),
            "lowQualityAuditTrailImage": b64(fake_jpeg(c.rng.randint(0, 10**9), 300)),
            "sessionId": rid(c.rng),
        }
    )
    b.ok_json({"success": True, "wasProcessed": True, "scanResultBlob": b64(new_hex(c.rng, 60))})
    return b.build()


def enrollment_3d(c: Context) -> Flow:
    b = _ft(c, "POST", f"{FT_BANK}/enrollment-3d")
    b.bio("face_scan", "json faceScan (3D FaceMap) for enrolment")
    b.bio("face_image", "json auditTrailImage")
    b.json(
        {
            "faceScan": _facemap(c),
            "auditTrailImage": b64(fake_jpeg(c.rng.randint(0, 10**9), 700)),
            "externalDatabaseRefID": "ta_" + c.phone.trapeza_user,
            "sessionId": rid(c.rng),
        }
    )
    b.ok_json({"success": True, "wasProcessed": True})
    return b.build()


def match_3d(c: Context) -> Flow:
    b = _ft(c, "POST", f"{FT_BANK}/match-3d-3d")
    b.bio("face_scan", "json faceScan (3D FaceMap) for login")
    b.json(
        {
            "faceScan": _facemap(c),
            "lowQualityAuditTrailImage": b64(fake_jpeg(c.rng.randint(0, 10**9), 300)),
            "externalDatabaseRefID": "ta_" + c.phone.trapeza_user,
            "sessionId": rid(c.rng),
        }
    )
    b.ok_json({"success": True, "matchLevel": c.rng.choice([10, 12, 15])})
    return b.build()


def face_template_pb(c: Context) -> Flow:
    """The bank's 'quick login': a face template in an unnamed protobuf field."""
    b = _b(c, "POST", f"{API}/v4/sindesi/q")
    b.bio("face_embedding", "protobuf field 2 packed floats (unnamed)", detectable=False)
    body = pb_bytes(1, rid(c.rng)) + pb_packed_floats(2, floats(c.rng, 128)) + pb_varint(3, 1)
    b.set_body(body, "application/x-protobuf")
    b.ok_json({"ok": True})
    return b.build()


def voice_login(c: Context) -> Flow:
    boundary = "----" + new_hex(c.rng, 16)
    b = _b(c, "POST", f"{API}/v4/fonitiki-taftopoiisi")
    b.bio("voice_sample", "multipart fonitiko_deigma (voice pass-phrase for verification)")
    body = multipart(
        boundary,
        [
            ("pelatis", None, None, c.phone.trapeza_user.encode()),
            ("fonitiko_deigma", "deigma.wav", "audio/wav", fake_wav(c.rng.randint(0, 10**9), 1400)),
            ("frasi", None, None, "Η φωνή μου είναι ο κωδικός μου".encode()),
        ],
    )
    b.set_body(body, f"multipart/form-data; boundary={boundary}")
    b.ok_json({"epalithefsi": True, "vathmos": round(c.rng.uniform(0.8, 0.99), 3)})
    return b.build()


def voice_enrol(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v4/fonitiki-taftopoiisi/eggrafi")
    b.bio("voiceprint", "json fonitiko_apotypoma (speaker embedding)")
    b.json(
        {
            "pelatis": c.phone.trapeza_user,
            "fonitiko_apotypoma": floats_b64(floats(c.rng, 192)),
            "diastasi": 192,
            "montelo": "ecapa-tdnn-v2",
        }
    )
    b.ok_json({"kataxorithike": True})
    return b.build()


def voice_sealed(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v4/ft/e")
    b.bio("voice_sample", "json p (AES envelope of the voice login)", detectable=False)
    b.json({"k": 3, "p": sealed(c.rng, "voice", 1200)})
    b.ok_json({"ok": True})
    return b.build()


def desmeusi_syskevis(c: Context) -> Flow:
    """Device binding (`desmeusi syskevis`)."""
    b = _b(c, "POST", f"{API}/v4/syskeves/desmeusi", bind=False)
    b.json(
        {
            "androidId": b.id("aid_trapeza", where="json androidId"),
            "kleidiSyskevis": b.id("trapeza_device_key", where="json kleidiSyskevis"),
            "montelo": "SM-A556B",
            "rooted": False,
        }
    )
    b.ok_json({"desmeftike": True})
    return b.build()


def fingerprint_sealed(c: Context) -> Flow:
    """An anti-fraud fingerprint header: the ANDROID_ID hashed with a secret salt."""
    b = _b(c, "GET", f"{API}/v4/logariasmoi/ypoloipa")
    b.id_raw("aid_trapeza", "salted_hmac", "header x-dfp (salted HMAC of ANDROID_ID)")
    b.header("x-dfp", sealed(c.rng, c.phone.aid_trapeza)[:43])
    b.ok_json(
        {
            "logariasmoi": [
                {
                    "iban": "GR16011012500000000" + str(c.rng.randint(10000, 99999)),
                    "ypoloipo": round(c.rng.uniform(50, 9000), 2),
                }
            ]
        }
    )
    return b.build()


# --- ordinary -------------------------------------------------------------


def isotimies(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v4/isotimies", bind=False)
    b.ok_json(
        {
            "EUR/USD": round(c.rng.uniform(1.02, 1.12), 4),
            "EUR/AUD": round(c.rng.uniform(1.6, 1.7), 4),
        }
    )
    return b.build()


def metafora(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v4/metafores")
    b.decoy("transfer reference and trace id")
    b.json(
        {
            "pros": "GR96081000100000000" + str(c.rng.randint(10000, 99999)),
            "poso": round(c.rng.uniform(5, 900), 2),
            "aitiologia": "Ενοίκιο",
        }
    )
    b.ok_json({"arithmosSynallagis": rid(c.rng), "katastasi": "OK"})
    return b.build()


def kyc_forma(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v4/eggrafi/stoixeia")
    b.decoy("self-declared gender and date of birth on a form")
    b.json(
        {
            "onoma": "Γιώργος",
            "eponymo": "Παπαδόπουλος",
            "fylo": "arseniko",
            "imerominia_gennisis": "1968-04-11",
            "afm": "0" + str(c.rng.randint(10**7, 10**8 - 1)),
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def atm_chartis(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v4/atm?lat=37.98&lon=23.73", bind=False)
    b.decoy("ATM list with the bank's terminal ids and coordinates")
    atms = [
        {
            "atmId": "ATM" + str(c.rng.randint(10000, 99999)),
            "lat": round(37.98 + c.rng.uniform(-0.05, 0.05), 5),
            "lon": round(23.73 + c.rng.uniform(-0.05, 0.05), 5),
        }
        for _ in range(8)
    ]
    b.ok_json({"atm": atms})
    return b.build()


def otp(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v4/otp/epalithefsi")
    b.json({"kodikos": str(c.rng.randint(100000, 999999)), "ora": iso(c)})
    b.ok_json({"ok": True})
    return b.build()
