"""Arogya Vima: a health-insurance app on the mother's Redmi Note 13 in Mysuru,
with voice-based claim verification.

Before a cashless claim is approved the insured speaks a pass-phrase. The app
enrols her voice with its speaker-verification vendor (Vaani Mudre, a
fictional Bengaluru vendor): a multipart upload of the recorded phrase
(`dhwani_namuna` = voice sample) with `uddesha` speaker_enrolment; at claim time
it sends a fresh recording in base64 to the vendor's `/v1/verify`, and the
app's own backend gets the on-device speaker embedding (`dhwani_mudre` =
voiceprint, 192 floats) with the claim. An older build posts the recording
under `p` to a path that names nothing. Registration sends the ANDROID_ID and
the app's install id; the claim-status poll hides an upper-case SHA-1 of the
ANDROID_ID in `x-vi`.

The policy (term, premium, sum insured), network hospitals near her (map
positions, distances), the hospital bill photographed for the claim, the
e-card, teleconsultation slots and the wellness step count are ordinary.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_digits, new_hex
from tests.heldout.wire import b64, fake_jpeg, fake_wav, jsb, multipart

from .phone import FB, floats, iso, ms, rf, rid, ua

API = "https://app.arogyavima.example"
VENDOR = "https://api.vaanimudre.example"
UA = ua("ArogyaVima", "3.9.2", "amma")
PHRASES = [
    "Nanna dhwaniye nanna gurutu",
    "ಮೈಸೂರು ಮಲ್ಲಿಗೆ ಹೂವು",
    "Kaveri nadiya neeru sihi",
]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "arogyavima", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + new_hex(c.rng, 48))
    return b


def _vendor(c: Context, path: str) -> FB:
    b = FB(c, "vaanimudre", "POST", f"{VENDOR}{path}")
    b.header("user-agent", "okhttp/4.12.0")
    b.header("x-api-key", "vm_live_" + new_hex(c.rng, 24))
    return b


def _claim(c: Context) -> str:
    return "CL" + new_digits(c.rng, 10, "25")


def register(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v1/device/register")
    b.json(
        {
            "android_id": b.id("aid_vima", where="json android_id"),
            "install_id": b.id("vima_install", where="json install_id"),
            "policy": b.acct("vima_policy"),
            "model": "23124RA7EO",
            "bhashe": "kn",
        }
    )
    b.ok_json({"registered": True})
    return b.build()


def voice_enrol(c: Context) -> Flow:
    b = _vendor(c, f"/v1/speakers/{b64(rid(c.rng))[:22]}/enrol")
    b.bio("voice_sample", "multipart dhwani_namuna (speaker enrolment recording)")
    boundary = rid(c.rng)
    meta = {
        "uddesha": "speaker_enrolment",
        "vakya": c.rng.choice(PHRASES),
        "sample_rate": 16000,
        "member": b.acct("vima_member"),
    }
    body = multipart(
        boundary,
        [
            ("meta", None, "application/json", jsb(meta)),
            ("dhwani_namuna", "namuna_1.wav", "audio/wav", fake_wav(c.rng.randint(0, 10**9))),
        ],
    )
    b.set_body(body, f"multipart/form-data; boundary={boundary}")
    b.ok_json({"speaker_status": "ENROLLED", "samples": c.rng.randint(1, 3)})
    return b.build()


def vendor_verify(c: Context) -> Flow:
    b = _vendor(c, "/v1/verify")
    b.bio("voice_sample", "json audio (base64 WAV) for speaker verification")
    b.json(
        {
            "speaker_ref": b.acct("vima_member"),
            "audio": b64(fake_wav(c.rng.randint(0, 10**9), 900)),
            "encoding": "LINEAR16",
            "sample_rate": 16000,
            "vakya": c.rng.choice(PHRASES),
        }
    )
    b.ok_json(
        {
            "decision": "ACCEPT",
            "speaker_score": rf(c.rng, 0.7, 0.98, 3),
            "spoof_score": rf(c.rng, 0, 0.1, 3),
        }
    )
    return b.build()


def claim_voiceprint(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v2/claims/{_claim(c)}/dhwani-parishilane")
    b.bio("voiceprint", "json dhwani_mudre (192-float speaker embedding)")
    b.json(
        {
            "dhwani_mudre": floats(c.rng, 192),
            "model": "ecapa-tdnn-192",
            "vakya_avadhi_ms": c.rng.randint(1800, 4200),
            "samaya": iso(c),
        }
    )
    b.ok_json({"parishilita": True, "holike": rf(c.rng, 0.65, 0.97, 3)})
    return b.build()


def voice_opaque(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v2/c/u2")
    b.bio("voice_sample", "json p (base64 recording)", detectable=False)
    b.json({"p": b64(fake_wav(c.rng.randint(0, 10**9), 700)), "q": 3, "t": ms(c)})
    b.ok_json({"r": 1})
    return b.build()


def claim_status(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v2/claims/{_claim(c)}/sthiti")
    b.header("x-vi", b.id("aid_vima", "sha1_upper", "header x-vi", detectable=False))
    b.ok_json(
        {
            "sthiti": c.rng.choice(["PARISHILANEYALLI", "ANUMODITA", "DAKHALE_BEKU"]),
            "motta": rf(c.rng, 5000, 180000, 0),
            "updated": iso(c),
        }
    )
    return b.build()


# --- ordinary ---------------------------------------------------------------------


def policy(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v1/policy")
    b.decoy("policy term / waiting-period durations and premium")
    b.ok_json(
        {
            "policy": b.acct("vima_policy"),
            "vime_motta": 500000,
            "premium": 18450,
            "avadhi": {"aarambha": "2024-11-01", "anta": "2025-10-31"},
            "waiting_period_days": 730,
            "sadasyaru": ["Shivaprasad K", "Sharada S"],
        }
    )
    return b.build()


def hospitals(c: Context) -> Flow:
    lat, lon = 12.3052 + rf(c.rng, -0.02, 0.02), 76.6552 + rf(c.rng, -0.02, 0.02)
    b = _b(c, "GET", f"{API}/api/v1/network-aspatre?lat={lat}&lon={lon}&radius=5000")
    b.decoy("her map position and hospital distances")
    b.ok_json(
        {
            "aspatregalu": [
                {
                    "hesaru": h,
                    "lat": rf(c.rng, 12.28, 12.33),
                    "lon": rf(c.rng, 76.62, 76.68),
                    "doora_m": c.rng.randint(300, 5000),
                }
                for h in (
                    "JSS Hospital",
                    "Apollo BGS",
                    "Columbia Asia Mysuru",
                    "Narayana Multispeciality",
                )
            ]
        }
    )
    return b.build()


def bill_upload(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v2/claims/{_claim(c)}/dakhalegalu")
    b.decoy("hospital bill photo (a document, no face)")
    boundary = rid(c.rng)
    body = multipart(
        boundary,
        [
            ("prakara", None, None, b"hospital_bill"),
            ("file", "bill.jpg", "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 600)),
        ],
    )
    b.set_body(body, f"multipart/form-data; boundary={boundary}")
    b.ok_json({"dakhale_id": rid(c.rng)})
    return b.build()


def ecard(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v1/ecard.pdf")
    b.respond(200, "application/pdf", b"%PDF-1.7\n" + c.rng.randbytes(300))
    return b.build()


def teleconsult_slots(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v1/teleconsult/slots?vibhaga=general")
    b.decoy("doctor slots (schedule with durations)")
    b.ok_json(
        {
            "slots": [
                {"vaidya": d, "samaya": f"2025-01-16T{h:02d}:30:00+05:30", "avadhi_nimisha": 15}
                for d, h in (("Dr. Prakash", 10), ("Dr. Vidya", 12), ("Dr. Rao", 17))
            ]
        }
    )
    return b.build()


def wellness_steps(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v1/wellness/hejjegalu")
    b.json({"dina": iso(c)[:10], "hejjegalu": c.rng.randint(1500, 11000), "moola": "google_fit"})
    b.ok_json({"ankagalu": c.rng.randint(0, 50)})
    return b.build()
