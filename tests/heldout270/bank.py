"""Sivumut Bank: a northern bank's app with Onfido selfie checks, face login and
Adjust attribution (the mother's Galaxy A35 in Iqaluit).

The bank's API is French and English with Inuktitut labels (sivumut 'forward').
Onboarding uses Onfido's Canadian region: the SDK uploads the selfie to
`/v3.6/live_photos` (multipart `file` + `applicant_id` + `advanced_validation`)
and the short motion video to `/v3.6/live_videos`; the document's back side
goes to `/v3.6/documents` (no face on it). Face login sends a 256-float face
template (`gabaritVisage`, float32 base64) with a liveness score; a newer build
sends the same as an unnamed base64 vector under 'v'. Adjust tracks sessions
and events (`/session`, `/event` form bodies with `gps_adid`, `android_uuid`,
`callback_params` as a JSON string; the answer carries Adjust's `adid`).
Device binding sends the ANDROID_ID, the bank's device key and the advertising
id. Transfers, the self-declared gender on the account form and balances are
ordinary.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import b64, fake_jpeg, fake_mp4, floats_b64, js, jwt, multipart

from .phone import FB, floats, iso, ms, rf, rid, ua

API = "https://mobile.sivumutbank.example"
ONFIDO = "https://api.ca.onfido.com/v3.6"
ADJUST = "https://app.adjust.com"
UA = ua("SivumutBank", "6.1.0", "aana")
APP_TOKEN = "q8w2h4n6x0zc"


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "sivumutbank", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + b64(rid(c.rng)))
    b.header("accept-language", "fr-CA,en-CA;q=0.8,iu;q=0.5")
    return b


def _onfido(c: Context, path: str) -> FB:
    b = FB(c, "onfido", "POST", f"{ONFIDO}/{path}")
    b.header("user-agent", "Onfido-Android-SDK/19.2.0 okhttp/4.12.0")
    b.header(
        "authorization",
        "Bearer " + jwt({"payload": new_hex(c.rng, 24), "exp": int(c.now) + 5400}),
    )
    return b


def _created(c: Context) -> str:
    return iso(c)[:-1] + "Z+0000"


def device_bind(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v3/appareil/lier")
    b.json(
        {
            "androidId": b.id("aid_bank", where="json androidId"),
            "cleAppareil": b.id("bank_device_key", where="json cleAppareil"),
            "idPublicitaire": b.id("gaid_aana", where="json idPublicitaire"),
            "modele": "SM-A356W",
            "racine": False,
        }
    )
    b.ok_json({"lie": True, "otp": "envoyé"})
    return b.build()


def adjust_session(c: Context) -> Flow:
    b = FB(c, "adjust", "POST", f"{ADJUST}/session")
    b.header("user-agent", UA)
    b.header("client-sdk", "android4.38.3")
    b.form(
        [
            ("app_token", APP_TOKEN),
            ("app_version", "6.1.0"),
            ("gps_adid", b.id("gaid_aana", where="form gps_adid")),
            ("gps_adid_src", "service"),
            ("android_uuid", b.id("bank_adjust_uuid", where="form android_uuid")),
            ("created_at", _created(c)),
            ("device_type", "phone"),
            ("device_manufacturer", "samsung"),
            ("os_name", "android"),
            ("os_version", "14"),
            ("environment", "production"),
            ("needs_response_details", "1"),
            ("session_count", str(c.rng.randint(2, 90))),
            ("tracking_enabled", "1"),
            ("package_name", "ca.sivumutbank.mobile"),
        ]
    )
    b.ok_json(
        {
            "app_token": APP_TOKEN,
            "adid": b.id("bank_adid", where="response json adid", direction="response"),
            "timestamp": _created(c),
            "message": "Session tracked",
        }
    )
    return b.build()


def adjust_event(c: Context) -> Flow:
    b = FB(c, "adjust", "POST", f"{ADJUST}/event")
    b.header("user-agent", UA)
    b.header("client-sdk", "android4.38.3")
    b.form(
        [
            ("app_token", APP_TOKEN),
            ("event_token", c.rng.choice(["k3t9ab", "u1x0pd"])),
            ("gps_adid", b.id("gaid_aana", where="form gps_adid")),
            ("android_uuid", b.id("bank_adjust_uuid", where="form android_uuid")),
            ("callback_params", js({"etape": "onboarding", "langue": "iu"})),
            ("created_at", _created(c)),
            ("environment", "production"),
        ]
    )
    b.ok_json({"app_token": APP_TOKEN, "message": "Event tracked"})
    return b.build()


def onfido_live_photo(c: Context) -> Flow:
    b = _onfido(c, "live_photos")
    b.bio("face_image", "multipart file (Onfido live_photos selfie)")
    boundary = rid(c.rng)
    parts = [
        ("applicant_id", None, None, b.acct("onfido_applicant").encode()),
        ("advanced_validation", None, None, b"true"),
        ("file", "selfie.jpg", "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 800)),
    ]
    b.set_body(multipart(boundary, parts), f"multipart/form-data; boundary={boundary}")
    b.ok_json(
        {
            "id": rid(c.rng),
            "created_at": iso(c),
            "file_name": "selfie.jpg",
            "file_type": "image/jpeg",
            "file_size": 802,
        },
        201,
    )
    return b.build()


def onfido_live_video(c: Context) -> Flow:
    b = _onfido(c, "live_videos")
    b.bio("face_video", "multipart file (Onfido live_videos face video + challenges)")
    boundary = rid(c.rng)
    challenge = [{"type": "movement", "query": "turnLeft"}, {"type": "recite", "query": [4, 7, 1]}]
    parts = [
        ("applicant_id", None, None, b.acct("onfido_applicant").encode()),
        ("challenge", None, None, js(challenge).encode()),
        ("languages", None, None, js([{"source": "sdk", "language_code": "fr"}]).encode()),
        ("file", "video.mp4", "video/mp4", fake_mp4(c.rng.randint(0, 10**9), 1200)),
    ]
    b.set_body(multipart(boundary, parts), f"multipart/form-data; boundary={boundary}")
    b.ok_json({"id": rid(c.rng), "created_at": iso(c), "file_type": "video/mp4"}, 201)
    return b.build()


def onfido_document_back(c: Context) -> Flow:
    b = _onfido(c, "documents")
    b.decoy("ID card back side (no face) to the KYC vendor")
    boundary = rid(c.rng)
    parts = [
        ("applicant_id", None, None, b.acct("onfido_applicant").encode()),
        ("type", None, None, b"national_identity_card"),
        ("side", None, None, b"back"),
        ("issuing_country", None, None, b"CAN"),
        ("file", "back.jpg", "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 700)),
    ]
    b.set_body(multipart(boundary, parts), f"multipart/form-data; boundary={boundary}")
    b.ok_json({"id": rid(c.rng), "side": "back", "type": "national_identity_card"}, 201)
    return b.build()


def onfido_config(c: Context) -> Flow:
    b = _onfido(c, "sdk/configurations")
    b.json({"sdk_source": "onfido-android-sdk", "sdk_version": "19.2.0"})
    b.ok_json({"experimental_features": {"enable_multi_frame_capture": True}, "liveness": {}})
    return b.build()


def face_login(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v3/connexion/visage")
    b.bio("face_template", "json gabaritVisage (256 float32, base64) + vivacite")
    b.json(
        {
            "client": b.acct("bank_client"),
            "gabaritVisage": floats_b64(floats(c.rng, 256)),
            "versionGabarit": "sv-face-3",
            "vivacite": rf(c.rng, 0.86, 0.99, 3),
            "horodatage": iso(c),
        }
    )
    b.ok_json({"valide": True, "similarite": rf(c.rng, 0.8, 0.99, 3), "jeton": new_hex(c.rng, 32)})
    return b.build()


def face_login_opaque(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v4/c")
    b.bio("face_template", "json v (unnamed float32 vector, base64)", detectable=False)
    b.json({"v": floats_b64(floats(c.rng, 256)), "n": new_hex(c.rng, 16), "s": 1})
    b.ok_json({"r": 1, "j": new_hex(c.rng, 32)})
    return b.build()


def balance(c: Context) -> Flow:
    """Balance call; a header 'x-d' holds the sha256 of the ANDROID_ID."""
    b = _b(c, "GET", f"{API}/api/v2/comptes")
    b.header("x-d", b.id("aid_bank", "sha256", "header x-d", detectable=False))
    b.ok_json(
        {
            "comptes": [
                {"type": "chèque", "solde": rf(c.rng, 100, 9000, 2), "devise": "CAD"},
                {"type": "épargne", "solde": rf(c.rng, 100, 30000, 2), "devise": "CAD"},
            ]
        }
    )
    return b.build()


def transfer(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v2/virements")
    b.decoy("transfer reference and idempotency key")
    b.json(
        {
            "vers": "Interac " + c.rng.choice(["Kuujjuaq", "Pangnirtung"]),
            "montant": rf(c.rng, 20, 800, 2),
            "message": "ᖁᔭᓐᓇᒦᒃ — pour le gaz du skidoo",
            "cleIdempotence": rid(c.rng),
        }
    )
    b.ok_json({"reference": f"VIR{c.rng.randint(10**9, 10**10)}", "statut": "EN_COURS"})
    return b.build()


def account_form(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v2/profil")
    b.decoy("self-declared gender and birth year")
    b.json(
        {
            "prenom": "Aana",
            "genre": "F",
            "suiaq": "arnaq",
            "anneeNaissance": 1981,
            "collectivite": "Iqaluit",
            "courriel_opt_in": False,
        }
    )
    b.ok_json({"enregistre": True})
    return b.build()


def rates(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v1/taux?t={ms(c)}")
    b.ok_json({"USD": rf(c.rng, 0.70, 0.75, 4), "EUR": rf(c.rng, 0.65, 0.69, 4)})
    return b.build()
