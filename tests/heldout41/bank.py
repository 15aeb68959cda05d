"""Havnbank: a Danish bank app with MitID-style face verification (FaceTec
ZoOm server API, self-hosted), in-house face landmarks, and voice
confirmation of payments.

FaceTec: the SDK hands the app a FaceScan and audit-trail images that the app
posts to its FaceTec Server (`/enrollment-3d`, `/match-3d-3d`) as
{"faceScan", "auditTrailImage", "lowQualityAuditTrailImage",
"externalDatabaseRefID", "sessionId"} with the `X-Device-Key` (the app's
licence key, NOT a device identifier) and `X-User-Agent` headers (FaceTec
"REST API" docs and the FaceTec sample apps on GitHub).
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex, new_uuid
from tests.heldout.wire import b64, fake_jpeg, fake_wav, floats_b64, multipart

from .phone import FB, floats, iso, points, rf, rid, ua

API = "https://mobil.havnbank.dk"
UA = ua("Havnbank", "12.3.0")
DEVICE_KEY = "dR4kQ9vM2xWn7bYc1PzL0aT5uE8sJ3hF"


def _facetec(b: FB, path: str) -> None:
    b.header("user-agent", UA)
    b.header("x-device-key", DEVICE_KEY)
    b.header(
        "x-user-agent",
        f"facetec|sdk|android|dk.havnbank|{DEVICE_KEY}|{new_uuid(b.ctx.rng)}|CPH2493|9.7.2|da_DK|da|{path}",
    )
    b.decoy("x-device-key is a licence key")


def enrol_3d(c: Context) -> Flow:
    b = FB(c, "facetec", "POST", f"{API}/facetec/enrollment-3d")
    _facetec(b, "enrollment-3d")
    seed = c.rng.getrandbits(32)
    b.json(
        {
            "faceScan": b64(bytes.fromhex(new_hex(c.rng, 600))),
            "auditTrailImage": b64(fake_jpeg(seed, 700)),
            "lowQualityAuditTrailImage": b64(fake_jpeg(seed + 1, 300)),
            "externalDatabaseRefID": "hb_" + c.phone.bank_user,
            "sessionId": new_uuid(c.rng),
        }
    )
    b.bio("face_scan", "json:faceScan+auditTrailImage")
    b.ok_json({"success": True, "wasProcessed": True})
    return b.build()


def match_3d(c: Context) -> Flow:
    b = FB(c, "facetec", "POST", f"{API}/facetec/match-3d-3d")
    _facetec(b, "match-3d-3d")
    b.json(
        {
            "faceScan": b64(bytes.fromhex(new_hex(c.rng, 560))),
            "auditTrailImage": b64(fake_jpeg(c.rng.getrandbits(32), 650)),
            "externalDatabaseRefID": "hb_" + c.phone.bank_user,
            "sessionId": new_uuid(c.rng),
        }
    )
    b.bio("face_scan", "json:faceScan")
    b.ok_json({"success": True, "matchLevel": 10})
    return b.build()


def ansigt_landmarks(c: Context) -> Flow:
    b = FB(c, "havnbank", "POST", f"{API}/api/identitet/ansigtskontrol")
    b.header("user-agent", UA)
    b.json(
        {
            "kontrolId": rid(c.rng),
            "ansigtspunkter": points(c.rng, 68),
            "hovedvinkel": {"yaw": rf(c.rng, -10, 10, 2), "pitch": rf(c.rng, -8, 8, 2)},
            "livagtighed": rf(c.rng, 0.85, 0.99, 3),
            "tidspunkt": iso(c),
        }
    )
    b.bio("face_landmarks", "json:ansigtspunkter (68 points) + livagtighed")
    b.ok_json({"godkendt": True})
    return b.build()


def stemme_bekraeft(c: Context) -> Flow:
    bnd = "----HavnbankBoundary" + new_hex(c.rng, 12)
    meta = b'{"formaal":"betalingsbekraeftelse","metode":"stemmebiometri","sprog":"da-DK"}'
    b = FB(c, "havnbank", "POST", f"{API}/api/stemme/bekraeft")
    b.header("user-agent", UA)
    body = multipart(
        bnd,
        [
            ("meta", None, "application/json", meta),
            ("stemmeproeve", "proeve.wav", "audio/wav", fake_wav(c.rng.getrandbits(32), 900)),
        ],
    )
    b.set_body(body, f"multipart/form-data; boundary={bnd}")
    b.bio("voice_sample", "multipart:stemmeproeve wav, metode=stemmebiometri")
    b.ok_json({"match": True, "score": rf(c.rng, 0.8, 0.99, 3)})
    return b.build()


def stemmeaftryk(c: Context) -> Flow:
    b = FB(c, "havnbank", "POST", f"{API}/api/stemme/tilmeld")
    b.header("user-agent", UA)
    b.json({"stemmeaftryk": floats_b64(floats(c.rng, 192)), "model": "ecapa-tdnn-2", "dim": 192})
    b.bio("voiceprint", "json:stemmeaftryk (speaker embedding)")
    b.ok_json({"tilmeldt": True})
    return b.build()


def bio_opaque(c: Context) -> Flow:
    b = FB(c, "havnbank", "POST", f"{API}/api/v2/sikker/kuvert")
    b.header("user-agent", UA)
    b.json(
        {
            "alg": "A256GCM",
            "iv": b64(bytes.fromhex(new_hex(c.rng, 24))),
            "ct": b64(bytes.fromhex(new_hex(c.rng, 900))),
        }
    )
    b.bio("face_template", "json:ct (encrypted face template)", detectable=False)
    b.ok_json({"ok": True})
    return b.build()


def binding(c: Context) -> Flow:
    b = FB(c, "havnbank", "POST", f"{API}/api/enhed/binding")
    b.header("user-agent", UA)
    b.json(
        {
            "deviceBinding": {
                "androidId": b.id("aid_bank", where="json:deviceBinding.androidId"),
                "bindingKey": b.id(
                    "bank_binding", where="json:deviceBinding.bindingKey", detectable=False
                ),
            },
            "kunde": b.acct("bank_user"),
        }
    )
    b.ok_json({"status": "BUNDET"})
    return b.build()


def konto(c: Context) -> Flow:
    b = FB(c, "havnbank", "GET", f"{API}/api/konti/oversigt")
    b.header("user-agent", UA)
    saldo = [rf(c.rng, -2000, 30000, 2) for _ in range(30)]
    b.ok_json({"konti": [{"reg": "9070", "saldoHistorik": saldo}], "requestId": rid(c.rng)})
    b.decoy("balance series")
    return b.build()


def artikel(c: Context) -> Flow:
    b = FB(c, "havnbank", "GET", f"{API}/api/nyheder/saadan-virker-ansigtsgenkendelse")
    b.header("user-agent", UA)
    b.ok_json(
        {
            "overskrift": "Sådan virker ansigtsgenkendelse i appen",
            "tekst": "Vi gemmer aldrig dit ansigt ...",
        }
    )
    b.decoy("article about face recognition")
    return b.build()
