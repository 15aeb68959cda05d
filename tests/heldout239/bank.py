"""Fjordbanken: Ingrid's bank app (BankID login, selfie onboarding).

Login runs BankID's OpenID Connect flow (authorisation code, PKCE) against
auth.bankid.no: tokens and codes, nothing biometric. Onboarding takes a selfie
with Onfido: the SDK uploads it to `POST /v3.6/live_photos` as multipart
(`applicant_id`, `file`, `advanced_validation`) and the short liveness clip to
`/v3.6/live_videos`; the driving licence's back side goes to `/v3.6/documents`
(`side` = back, no face on it). The bank's own re-verification step posts
frames as nameless multipart parts. Device binding sends the ANDROID_ID and
the bank's device key; balances, payments with KID numbers and account
numbers, and the profile avatar are ordinary.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import b64url, fake_jpeg, fake_mp4, multipart

from .phone import EB, iso, ms, rf, rid, ua

API = "https://mobil.fjordbanken.example"
ONFIDO = "https://api.eu.onfido.com/v3.6"
UA = ua("Fjordbanken", "7.3.0")


def _b(c: Context, method: str, url: str) -> EB:
    b = EB(c, "fjordbanken", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + new_hex(c.rng, 64))
    return b


def _onfido(c: Context, path: str) -> EB:
    b = EB(c, "onfido", "POST", f"{ONFIDO}/{path}")
    b.header("user-agent", "onfido-android-sdk/19.2.0")
    b.header("authorization", "Bearer eyJ" + new_hex(c.rng, 90))
    return b


def _kontonr(c: Context) -> str:
    return f"1506{c.rng.randint(10, 99)}{c.rng.randint(10000, 99999)}"


def device_bind(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v2/enhet/bind")
    b.json(
        {
            "androidId": b.id("aid_bank", where="json androidId"),
            "enhetsnokkel": b.id("bank_device_key", where="json enhetsnokkel"),
            "modell": "SM-S911B",
            "rootet": False,
            "bankIdTilkoblet": True,
        }
    )
    b.ok_json({"bundet": True})
    return b.build()


def onfido_live_photo(c: Context) -> Flow:
    b = _onfido(c, "live_photos")
    b.bio("face_image", "multipart file (Onfido live_photos selfie)")
    boundary = rid(c.rng)
    parts = [
        ("applicant_id", None, None, rid(c.rng).encode()),
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
            "file_size": c.rng.randint(90000, 400000),
        },
        201,
    )
    return b.build()


def onfido_live_video(c: Context) -> Flow:
    b = _onfido(c, "live_videos")
    b.bio("face_video", "multipart file (Onfido live_videos liveness clip)")
    boundary = rid(c.rng)
    parts = [
        ("applicant_id", None, None, rid(c.rng).encode()),
        ("file", "liveness.mp4", "video/mp4", fake_mp4(c.rng.randint(0, 10**9), 1200)),
        ("challenge", None, None, b'[{"type":"movement","query":"turnLeft"}]'),
    ]
    b.set_body(multipart(boundary, parts), f"multipart/form-data; boundary={boundary}")
    b.ok_json({"id": rid(c.rng), "file_name": "liveness.mp4"}, 201)
    return b.build()


def onfido_document_back(c: Context) -> Flow:
    b = _onfido(c, "documents")
    b.decoy("driving licence back side (no face)")
    boundary = rid(c.rng)
    parts = [
        ("applicant_id", None, None, rid(c.rng).encode()),
        ("type", None, None, b"driving_licence"),
        ("side", None, None, b"back"),
        ("issuing_country", None, None, b"NOR"),
        ("file", "document_back.jpg", "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 700)),
    ]
    b.set_body(multipart(boundary, parts), f"multipart/form-data; boundary={boundary}")
    b.ok_json({"id": rid(c.rng), "type": "driving_licence", "side": "back"}, 201)
    return b.build()


def reverifisering_opaque(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v3/rv/2")
    b.bio("face_image", "multipart parts p0..p2 (re-verification frames)", detectable=False)
    boundary = rid(c.rng)
    parts = [
        (f"p{i}", f"{i}.bin", "application/octet-stream", fake_jpeg(c.rng.randint(0, 10**9), 500))
        for i in range(3)
    ]
    b.set_body(multipart(boundary, parts), f"multipart/form-data; boundary={boundary}")
    b.ok_json({"steg": 4})
    return b.build()


def bankid_authorize(c: Context) -> Flow:
    b = EB(
        c,
        "bankid",
        "GET",
        "https://auth.bankid.no/auth/realms/prod/protocol/openid-connect/auth?"
        f"client_id=fjordbanken-mobil&response_type=code&scope=openid%20nnin_altsub"
        f"&redirect_uri=no.fjordbanken%3A%2Fcallback&state={new_hex(c.rng, 16)}"
        f"&code_challenge={b64url(new_hex(c.rng, 32))}&code_challenge_method=S256",
    )
    b.header("user-agent", UA)
    b.decoy("OIDC state / PKCE challenge")
    b.respond(302, None, headers=[("location", "https://auth.bankid.no/auth/login")])
    return b.build()


def bankid_token(c: Context) -> Flow:
    b = EB(
        c,
        "bankid",
        "POST",
        "https://auth.bankid.no/auth/realms/prod/protocol/openid-connect/token",
    )
    b.header("user-agent", UA)
    b.form(
        [
            ("grant_type", "authorization_code"),
            ("code", new_hex(c.rng, 48)),
            ("code_verifier", new_hex(c.rng, 43)),
            ("client_id", "fjordbanken-mobil"),
        ]
    )
    b.ok_json(
        {
            "access_token": "eyJ" + new_hex(c.rng, 120),
            "id_token": "eyJ" + new_hex(c.rng, 120),
            "token_type": "Bearer",
            "expires_in": 300,
        }
    )
    return b.build()


def saldo(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v2/kontoer")
    b.decoy("account numbers")
    b.ok_json(
        {
            "kontoer": [
                {"kontonummer": _kontonr(c), "navn": "Brukskonto", "saldo": rf(c.rng, 100, 9e4, 2)},
                {"kontonummer": _kontonr(c), "navn": "Sparekonto", "saldo": rf(c.rng, 1e3, 5e5, 2)},
            ]
        }
    )
    return b.build()


def betaling(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v2/betalinger")
    b.decoy("KID number and payment reference")
    b.json(
        {
            "fraKonto": _kontonr(c),
            "tilKonto": _kontonr(c),
            "kid": str(c.rng.randint(10**11, 10**12)),
            "belop": rf(c.rng, 100, 12000, 2),
            "forfallsdato": iso(c)[:10],
            "idempotensnokkel": rid(c.rng),
        }
    )
    b.ok_json({"referanse": f"BET{c.rng.randint(10**9, 10**10)}", "status": "REGISTRERT"})
    return b.build()


def avatar(c: Context) -> Flow:
    b = _b(c, "PUT", f"{API}/api/v2/profil/bilde")
    b.decoy("profile picture upload (not sent to a face-analysis service)")
    b.set_body(fake_jpeg(c.rng.randint(0, 10**9), 600), "image/jpeg")
    b.ok_json({"url": f"https://cdn.fjordbanken.example/p/{new_hex(c.rng, 20)}.jpg"})
    return b.build()


def varsler(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v2/varsler?siden={ms(c) - 86400000}")
    b.ok_json({"varsler": [{"tekst": "Lønn mottatt", "tid": iso(c)}]})
    return b.build()
