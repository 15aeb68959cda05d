"""Caisse Boréale: a Québec bank app with selfie login on the manager's phone.

Selfie login runs FaceTec: the app posts the encrypted 3D FaceScan with its
audit-trail images to the bank's FaceTec server (`/liveness-3d`, `/match-3d-3d`
with `faceScan`, `auditTrailImage`, `lowQualityAuditTrailImage`, `sessionId`,
`externalDatabaseRefID`; header X-Device-Key is the app's licence key, not a
device id). Enrolment stores a face embedding at the bank; a newer build sends
the template as protobuf packed floats; the re-verification step uploads its
frames as nameless multipart parts. Device binding sends the ANDROID_ID, the
bank's device key and the advertising id; balance calls carry a SHA-256 of the
ANDROID_ID under a one-letter header. Cheque images, the avatar and the
self-declared gender are ordinary.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import b64, fake_jpeg, floats_b64, multipart, pb_bytes, pb_packed_floats

from .phone import GB, MODEL, floats, iso, ms, rf, rid, ua

API = "https://mobile.caisseboreale.example"
FT = "https://facetec.caisseboreale.example"
UA = ua("CaisseBoreale", "8.1.0")


def _b(c: Context, method: str, url: str) -> GB:
    b = GB(c, "caisseboreale", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + b64(rid(c.rng)))
    return b


def _ft(c: Context, path: str) -> GB:
    b = GB(c, "facetec", "POST", f"{FT}/{path}")
    b.header("user-agent", "facetec|sdk|android|ca.caisseboreale.mobile|9.7.40")
    b.header("x-device-key", b.acct("facetec_key"))
    b.header("x-user-agent", "facetec|sdk|android|ca.caisseboreale.mobile|9.7.40|" + rid(c.rng))
    return b


def _jpeg(c: Context, size: int = 700) -> str:
    return b64(fake_jpeg(c.rng.randint(0, 10**9), size))


def lier_appareil(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v2/appareils/liaison")
    b.json(
        {
            "androidId": b.id("aid_banque", where="json androidId"),
            "cleAppareil": b.id("banque_device_key", where="json cleAppareil"),
            "advertisingId": b.id("gaid", where="json advertisingId"),
            "modele": MODEL,
            "racine": False,
        }
    )
    b.ok_json({"lie": True, "codeEnvoye": True})
    return b.build()


def liveness_3d(c: Context) -> Flow:
    b = _ft(c, "liveness-3d")
    b.bio("face_scan", "json faceScan + auditTrailImage (FaceTec selfie)")
    b.json(
        {
            "faceScan": b64(new_hex(c.rng, 600)),
            "auditTrailImage": _jpeg(c),
            "lowQualityAuditTrailImage": _jpeg(c, 300),
            "sessionId": rid(c.rng),
        }
    )
    b.ok_json({"success": True, "wasProcessed": True, "scanResultBlob": b64(new_hex(c.rng, 80))})
    return b.build()


def match_3d(c: Context) -> Flow:
    b = _ft(c, "match-3d-3d")
    b.bio("face_scan", "json faceScan (FaceTec 3D match at login)")
    b.json(
        {
            "faceScan": b64(new_hex(c.rng, 600)),
            "auditTrailImage": _jpeg(c),
            "lowQualityAuditTrailImage": _jpeg(c, 300),
            "externalDatabaseRefID": "cb-" + b.acct("banque_user"),
            "sessionId": rid(c.rng),
        }
    )
    b.ok_json({"success": True, "matchLevel": c.rng.choice([6, 8, 10]), "wasProcessed": True})
    return b.build()


def inscription_visage(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v3/connexion/visage/inscription")
    b.bio("face_embedding", "json visage.gabarit (512 float32, base64)")
    b.json(
        {
            "membre": b.acct("banque_user"),
            "visage": {"gabarit": floats_b64(floats(c.rng, 512)), "version": "fr-512-v3"},
            "cleAppareil": b.id("banque_device_key", where="json cleAppareil"),
        }
    )
    b.ok_json({"inscrit": True})
    return b.build()


def connexion_protobuf(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v4/c")
    b.bio("face_template", "protobuf field 2 packed floats", detectable=False)
    body = pb_bytes(1, new_hex(c.rng, 16)) + pb_packed_floats(2, floats(c.rng, 512))
    b.set_body(body, "application/x-protobuf")
    b.respond(200, "application/x-protobuf", pb_bytes(1, b"ok"))
    return b.build()


def reverification(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v3/rv/p")
    b.bio("face_image", "multipart parts f1..f3 (selfie frames)", detectable=False)
    boundary = rid(c.rng)
    parts = [
        (f"f{i}", f"{i}.bin", "application/octet-stream", fake_jpeg(c.rng.randint(0, 10**9), 500))
        for i in range(1, 4)
    ]
    b.set_body(multipart(boundary, parts), f"multipart/form-data; boundary={boundary}")
    b.ok_json({"etape": 3})
    return b.build()


def soldes_opaque(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v2/comptes")
    b.header("x-h", b.id("aid_banque", "sha256", "header x-h", detectable=False))
    b.ok_json(
        {
            "comptes": [
                {"type": "cheques", "transit": "81530", "solde": rf(c.rng, 100, 20000, 2)},
                {"type": "CELI", "transit": "81530", "solde": rf(c.rng, 1000, 90000, 2)},
            ]
        }
    )
    return b.build()


def depot_cheque(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v2/depots/cheque")
    b.decoy("cheque front / back images (no face)")
    b.json(
        {
            "recto": _jpeg(c, 500),
            "verso": _jpeg(c, 500),
            "montant": rf(c.rng, 20, 900, 2),
            "compte": "cheques",
        }
    )
    b.ok_json({"depotId": f"DEP{c.rng.randint(10**8, 10**9)}", "etat": "EN_TRAITEMENT"})
    return b.build()


def avatar(c: Context) -> Flow:
    b = _b(c, "PUT", f"{API}/api/v2/profil/photo")
    b.decoy("profile avatar upload (not a face-analysis API)")
    b.set_body(fake_jpeg(c.rng.randint(0, 10**9), 600), "image/jpeg")
    b.ok_json({"url": f"https://cdn.caisseboreale.example/av/{new_hex(c.rng, 20)}.jpg"})
    return b.build()


def profil(c: Context) -> Flow:
    b = _b(c, "PATCH", f"{API}/api/v2/profil")
    b.decoy("self-declared gender and birth date")
    b.json({"genre": "F", "dateNaissance": "1981-09-23", "langue": "fr", "ville": "Montréal"})
    b.ok_json({"ok": True})
    return b.build()


def virement(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v2/virements-interac")
    b.decoy("transfer reference and idempotency key")
    b.json(
        {
            "destinataire": "Projectionniste Rémi",
            "montant": rf(c.rng, 20, 300, 2),
            "message": "Pizza de la fermeture",
            "cleIdempotence": rid(c.rng),
        }
    )
    b.ok_json({"reference": f"CA{c.rng.randint(10**9, 10**10)}", "etat": "ENVOYE"})
    return b.build()


def taux(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v1/taux?t={ms(c)}")
    b.ok_json({"date": iso(c)[:10], "USD": rf(c.rng, 0.70, 0.75, 4), "hypo5ans": 4.84})
    return b.build()
