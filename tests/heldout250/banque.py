"""Fleuve Mobile: the app of a Kinshasa retail bank (the father's Galaxy A34, Gombe).

The bank speaks French. Remote onboarding runs Onfido's Android SDK against
the EU API with an SDK token: the applicant is created by the bank's backend
(here the app's proxy call with name and birth date), the selfie goes to
`/v3.6/live_photos` as multipart `file`, the motion / video step to
`/v3.6/live_videos` with the `challenge` it answered, the voter card's back to
`/v3.6/documents` (`side=back`, no face on it;
https://documentation.onfido.com/api/latest/).

Face login is the bank's own: a 256-float template ("gabarit") with a
liveness score ("vivacité"); enrolment stores the vector; the newest build
sends the template as protobuf packed floats with no field names. The device
binding sends the ANDROID_ID, the advertising id (for the fraud engine) and
the bank's device key; the accounts call repeats the ANDROID_ID as an
upper-case SHA-1 in a short header. Exchange rates, transfers, SNEL / REGIDESO
bill payments with their payment history, branch locations, the KYC form and
the avatar are ordinary.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_digits, new_hex
from tests.heldout.wire import (
    b64url,
    fake_jpeg,
    fake_mp4,
    floats_b64,
    jsb,
    jwt,
    multipart,
    pb_bytes,
    pb_packed_floats,
    pb_varint,
)

from .phone import FB, floats, iso, ms, rf, rid, ua

API = "https://mobile.banquedufleuve.example"
ONFIDO = "https://api.eu.onfido.com/v3.6"
UA = ua("FleuveMobile", "6.1.0", "papa")


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "fleuve-mobile", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + new_hex(c.rng, 40))
    b.header("x-canal", "ANDROID")
    return b


def _onfido(c: Context, path: str) -> FB:
    b = FB(c, "onfido", "POST", f"{ONFIDO}/{path}")
    b.header("user-agent", "Onfido-Android-SDK/20.4.0 okhttp/4.12.0")
    token = jwt({"exp": int(c.now) + 5400, "payload": new_hex(c.rng, 24), "uuid": rid(c.rng)})
    b.header("authorization", "Bearer " + token)
    return b


def _onfido_meta() -> bytes:
    return jsb({"sdk_source": "onfido-android", "sdk_version": "20.4.0", "flow": "native"})


def lier_appareil(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v2/appareil/lier")
    b.json(
        {
            "idClient": b.acct("banque_client"),
            "androidId": b.id("aid_banque", where="json androidId"),
            "identifiantPublicitaire": b.id("gaid_papa", where="json identifiantPublicitaire"),
            "cleAppareil": b.id("banque_device_key", where="json cleAppareil"),
            "modele": "SM-A346E",
            "racine": False,
            "emulateur": False,
        }
    )
    b.ok_json({"lie": True, "otpEnvoye": True})
    return b.build()


def comptes(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v2/comptes")
    b.header("x-dh", b.id("aid_banque", "sha1_upper", "header x-dh", detectable=False))
    b.ok_json(
        {
            "comptes": [
                {
                    "numero": "00011-" + new_digits(c.rng, 11) + "-" + new_digits(c.rng, 2),
                    "devise": d,
                    "solde": rf(c.rng, 10, 90000, 2),
                }
                for d in ("USD", "CDF")
            ]
        }
    )
    return b.build()


def onfido_applicant(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v2/kyc/onfido/demandeur")
    b.decoy("applicant name and birth date (no image)")
    b.json({"prenom": "Jean-Pierre", "nom": "Mukendi", "dateNaissance": "1966-09-14"})
    b.ok_json({"applicantId": rid(c.rng), "sdkToken": "eyJ" + new_hex(c.rng, 60)})
    return b.build()


def onfido_live_photo(c: Context) -> Flow:
    b = _onfido(c, "live_photos")
    b.bio("face_image", "multipart file selfie.jpg (Onfido live_photos)")
    boundary = rid(c.rng)
    parts: list[tuple[str, str | None, str | None, bytes]] = [
        ("file", "selfie.jpg", "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 900)),
        ("advanced_validation", None, None, b"true"),
        ("sdk_metadata", None, None, _onfido_meta()),
    ]
    b.set_body(multipart(boundary, parts), f"multipart/form-data; boundary={boundary}")
    pid = rid(c.rng)
    b.ok_json(
        {
            "id": pid,
            "created_at": iso(c),
            "file_name": "selfie.jpg",
            "file_type": "image/jpeg",
            "file_size": 902,
            "href": f"/v3.6/live_photos/{pid}",
            "download_href": f"/v3.6/live_photos/{pid}/download",
        },
        201,
    )
    return b.build()


def onfido_live_video(c: Context) -> Flow:
    b = _onfido(c, "live_videos")
    b.bio("face_video", "multipart file video.mp4 + challenge (Onfido live_videos)")
    boundary = rid(c.rng)
    digits = [c.rng.randint(0, 9) for _ in range(3)]
    challenge = [
        {"type": "recite", "query": digits},
        {"type": "movement", "query": c.rng.choice(["turnLeft", "turnRight"])},
    ]
    parts: list[tuple[str, str | None, str | None, bytes]] = [
        ("file", "video.mp4", "video/mp4", fake_mp4(c.rng.randint(0, 10**9), 1400)),
        ("challenge", None, None, jsb(challenge)),
        ("challenge_id", None, None, rid(c.rng).encode()),
        ("challenge_switch_at", None, None, str(c.rng.randint(2500, 6000)).encode()),
        ("languages", None, None, jsb([{"source": "sdk", "language_code": "fr"}])),
        ("sdk_metadata", None, None, _onfido_meta()),
    ]
    b.set_body(multipart(boundary, parts), f"multipart/form-data; boundary={boundary}")
    b.ok_json({"id": rid(c.rng), "created_at": iso(c), "file_type": "video/mp4"}, 201)
    return b.build()


def onfido_document_back(c: Context) -> Flow:
    b = _onfido(c, "documents")
    b.decoy("voter card back side image (no face)")
    boundary = rid(c.rng)
    parts: list[tuple[str, str | None, str | None, bytes]] = [
        ("file", "document_back.jpg", "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 700)),
        ("type", None, None, b"voter_id"),
        ("side", None, None, b"back"),
        ("issuing_country", None, None, b"COD"),
        ("sdk_metadata", None, None, _onfido_meta()),
    ]
    b.set_body(multipart(boundary, parts), f"multipart/form-data; boundary={boundary}")
    b.ok_json({"id": rid(c.rng), "type": "voter_id", "side": "back"}, 201)
    return b.build()


def connexion_visage(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v2/connexion/visage")
    b.bio("face_template", "json gabaritVisage (256 float32, base64) + scoreVivacite")
    b.json(
        {
            "idClient": b.acct("banque_client"),
            "gabaritVisage": floats_b64(floats(c.rng, 256)),
            "versionGabarit": "fv3-256",
            "scoreVivacite": rf(c.rng, 0.85, 0.99, 3),
            "horodatage": iso(c),
        }
    )
    b.ok_json({"valide": True, "similarite": rf(c.rng, 0.8, 0.99, 3), "jeton": new_hex(c.rng, 32)})
    return b.build()


def enrolement_visage(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v2/visage/enrolement")
    b.bio("face_embedding", "json visage.vecteur (256 floats)")
    b.json(
        {
            "idClient": b.acct("banque_client"),
            "visage": {"vecteur": floats(c.rng, 256), "modele": "fv3-256"},
            "cleAppareil": b.id("banque_device_key", where="json cleAppareil"),
        }
    )
    b.ok_json({"enrole": True})
    return b.build()


def connexion_protobuf(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v3/a/7")
    b.bio("face_template", "protobuf field 3 packed floats", detectable=False)
    body = (
        pb_bytes(1, b.acct("banque_client"))
        + pb_varint(2, ms(c))
        + pb_packed_floats(3, floats(c.rng, 256))
    )
    b.set_body(body, "application/x-protobuf")
    b.respond(200, "application/x-protobuf", pb_varint(1, 1) + pb_bytes(2, new_hex(c.rng, 32)))
    return b.build()


def connexion_jwe(c: Context) -> Flow:
    """The hardened build: the face template rides inside a JWE (RSA-OAEP-256 / A256GCM)."""
    b = _b(c, "POST", f"{API}/api/v3/s")
    b.bio("face_template", "JWE ciphertext under d (encrypted, nothing readable)", False)
    header = b64url(jsb({"alg": "RSA-OAEP-256", "enc": "A256GCM", "kid": "fm-2024-11"}))
    pieces = [header] + [b64url(c.rng.randbytes(n)) for n in (256, 12, 1100, 16)]
    b.json({"d": ".".join(pieces), "v": 3})
    b.ok_json({"d": b64url(c.rng.randbytes(120)), "v": 3})
    return b.build()


def taux(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v1/taux-de-change")
    b.ok_json(
        {
            "date": iso(c)[:10],
            "USD_CDF": rf(c.rng, 2780, 2860, 2),
            "EUR_CDF": rf(c.rng, 2950, 3080, 2),
        }
    )
    return b.build()


def virement(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v2/virements")
    b.decoy("account numbers and transfer reference")
    b.json(
        {
            "compteDebit": "00011-" + new_digits(c.rng, 11),
            "beneficiaire": "BE71 0961 2345 " + new_digits(c.rng, 4),
            "montant": rf(c.rng, 50, 800, 2),
            "devise": "USD",
            "motif": "Frais scolaires Bruxelles",
            "cleIdempotence": rid(c.rng),
        }
    )
    b.ok_json({"reference": "VIR" + new_digits(c.rng, 12), "statut": "EN_COURS"})
    return b.build()


def factures(c: Context) -> Flow:
    fournisseur = c.rng.choice(["SNEL", "REGIDESO", "CANAL+"])
    b = _b(c, "GET", f"{API}/api/v2/factures/historique?fournisseur={fournisseur}")
    b.decoy("bill payment history (not viewing history)")
    b.ok_json(
        {
            "historique": [
                {
                    "reference": "FAC" + new_digits(c.rng, 10),
                    "fournisseur": fournisseur,
                    "montant": rf(c.rng, 5, 60, 2),
                    "date": iso(c)[:10],
                    "periode": c.rng.choice(["2024-10", "2024-11"]),
                }
                for _ in range(4)
            ]
        }
    )
    return b.build()


def agences(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v1/agences?ville=Kinshasa")
    b.decoy("branch positions and opening hours")
    b.ok_json(
        {
            "agences": [
                {
                    "nom": n,
                    "position": {"lat": rf(c.rng, -4.36, -4.30), "lon": rf(c.rng, 15.26, 15.34)},
                    "horaires": "08h00-15h30",
                }
                for n in ("Gombe Boulevard", "Limete 7e rue", "Matonge Victoire")
            ]
        }
    )
    return b.build()


def formulaire_kyc(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v2/kyc/informations")
    b.decoy("self-declared sex and birth date")
    b.json(
        {
            "prenom": "Jean-Pierre",
            "nom": "Mukendi",
            "sexe": "M",
            "dateNaissance": "1966-09-14",
            "commune": "Limete",
            "numeroCarteElecteur": new_digits(c.rng, 10, "2"),
        }
    )
    b.ok_json({"enregistre": True})
    return b.build()


def avatar(c: Context) -> Flow:
    b = _b(c, "PUT", f"{API}/api/v2/profil/photo")
    b.decoy("profile avatar upload (not a face-analysis API)")
    b.set_body(fake_jpeg(c.rng.randint(0, 10**9), 600), "image/jpeg")
    b.ok_json({"url": f"https://cdn.banquedufleuve.example/av/{new_hex(c.rng, 20)}.jpg"})
    return b.build()
