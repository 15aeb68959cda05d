"""Her bank app: face liveness and selfie-to-ID match via FaceTec (the
FaceTec Server REST API /liveness-3d and /match-3d-2d-idscan take faceScan,
auditTrailImage, lowQualityAuditTrailImage, externalDatabaseRefID, with
X-Device-Key and X-User-Agent headers; see dev.facetec.com API docs and
the FaceTec sample apps), and a voice-ID login of her own (in-house keys).
The IDFV rides in X-User-Agent as FaceTec's SDK builds it. FX charts and
transaction lists are decoys.
"""

from __future__ import annotations

import base64

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import b64, fake_jpeg, fake_wav

from .phone import FB, iso, rf, rid, ua

FT = "https://api.facetec.com/api/v3.1/biometrics"
BANK = "https://mobile.alpenbank-example.ch"
UA = ua("AlpenBank", "12.3")


def _blob(ctx: Context, n: int) -> str:
    return base64.b64encode(bytes(ctx.rng.getrandbits(8) for _ in range(n))).decode()


def _ft(ctx: Context, path: str) -> FB:
    b = FB(ctx, "bank", "POST", FT + path)
    b.header("x-device-key", "d" + new_hex(ctx.rng, 31))
    idfv = b.id("idfv_bank", where="header x-user-agent (pipe-joined)", detectable=False)
    b.header(
        "x-user-agent", f"facetec|sdk|ios|com.alpenbank.mobile|{idfv}|iPhone15,2|9.6.80|de-CH|"
    )
    return b


def liveness(ctx: Context) -> Flow:
    b = _ft(ctx, "/liveness-3d")
    b.json(
        {
            "faceScan": _blob(ctx, 400),
            "auditTrailImage": b64(fake_jpeg(ctx.rng.randint(0, 10**6), 500)),
            "lowQualityAuditTrailImage": b64(fake_jpeg(ctx.rng.randint(0, 10**6), 200)),
            "sessionId": rid(ctx.rng),
        }
    )
    b.bio("face_scan", "json faceScan + auditTrailImage to FaceTec liveness-3d")
    b.ok_json({"success": True, "wasProcessed": True, "scanResultBlob": _blob(ctx, 60)})
    return b.build()


def selfie_match(ctx: Context) -> Flow:
    b = _ft(ctx, "/match-3d-2d-idscan")
    b.json(
        {
            "externalDatabaseRefID": "ab_" + new_hex(ctx.rng, 16),
            "faceScan": _blob(ctx, 400),
            "idScan": _blob(ctx, 300),
            "idScanFrontImage": b64(fake_jpeg(ctx.rng.randint(0, 10**6), 400)),
            "minMatchLevel": 3,
        }
    )
    b.bio("face_match", "json faceScan matched against ID photo (FaceTec match-3d-2d-idscan)")
    b.ok_json({"success": True, "matchLevel": 6, "fullIDStatus": 1})
    return b.build()


def voice_login(ctx: Context) -> Flow:
    r = ctx.rng
    b = FB(ctx, "bank", "POST", BANK + "/auth/stimmprofil/verifizieren")
    b.header("user-agent", UA)
    b.json(
        {
            "kunde": b.acct("bank_user"),
            "passphrase": "Meine Stimme ist mein Passwort",
            "voiceSample": b64(fake_wav(r.randint(0, 10**6), 600)),
            "voiceprintVersion": "vp-3",
            "channel": "app",
        }
    )
    b.bio("voiceprint", "json voiceSample for voice-ID verification against voiceprint")
    b.ok_json({"verified": True, "score": rf(r, 0.8, 0.99, 3)})
    return b.build()


def voice_enrol(ctx: Context) -> Flow:
    r = ctx.rng
    b = FB(ctx, "bank", "POST", BANK + "/auth/stimmprofil")
    b.header("user-agent", UA)
    b.json({"speakerEmbedding": [round(r.gauss(0, 0.1), 5) for _ in range(192)], "enrolment": True})
    b.bio("speaker_embedding", "json speakerEmbedding of 192 floats at voice-profile enrolment")
    b.ok_json({"profil": "aktiv"})
    return b.build()


def kyc_opaque(ctx: Context) -> Flow:
    b = FB(ctx, "bank", "POST", BANK + "/x/s")
    b.header("user-agent", UA)
    b.set_body(bytes(ctx.rng.getrandbits(8) for _ in range(350)), "application/octet-stream")
    b.bio("face_scan", "encrypted selfie payload (unreadable)", detectable=False)
    b.no_content()
    return b.build()


def fx_chart(ctx: Context) -> Flow:
    r = ctx.rng
    b = FB(ctx, "bank", "GET", BANK + "/markets/fx/EURCHF")
    b.decoy("EUR/CHF price series")
    b.ok_json({"serie": [[iso(ctx), rf(r, 0.92, 0.96, 5)] for _ in range(30)]})
    return b.build()


def transactions(ctx: Context) -> Flow:
    r = ctx.rng
    b = FB(ctx, "bank", "GET", BANK + "/konten/umsaetze")
    b.header("user-agent", UA)
    b.decoy("transaction list with references and amounts")
    b.ok_json(
        {
            "umsaetze": [
                {
                    "ref": new_hex(r, 16).upper(),
                    "betrag": rf(r, -300, 300, 2),
                    "text": r.choice(["Coop", "SBB", "Migros"]),
                }
                for _ in range(8)
            ]
        }
    )
    return b.build()


BIO = [liveness, voice_login, selfie_match, voice_enrol, liveness, kyc_opaque, voice_login]
FLOWS = [fx_chart, transactions, transactions]
