"""Kindred (fictional dating app): selfie-pose photo verification, FaceTec
liveness, face embeddings for "type" matching, Singular attribution.

Real: FaceTec server API v3.1 (sample apps' NetworkingHelpers; FaceTec Server
REST docs): POST https://api.facetec.com/api/v3.1/biometrics/liveness-3d and
/enrollment-3d with JSON faceScan, auditTrailImage, lowQualityAuditTrailImage,
sessionId (enrollment adds externalDatabaseRefID), headers X-Device-Key and
X-User-Agent (FaceTecSDK.createFaceTecAPIUserAgentString). Singular SDK session
start: GET sdk-api-v1.singular.net/api/v1/start with a (api key), p, i, k
(id kind, "AIFA"), u (the id), aifa, andi, asid (App Set ID). The verification
poses and the matching backend are the app's own.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import b64, fake_jpeg, multipart

from .phone import FB, floats, ms, rf, rid, ua

HOST = "https://api.kindred-dating.com"
FACETEC = "https://api.facetec.com/api/v3.1/biometrics"
UA = ua("Kindred", "12.3.0")
POSES = ["peace_sign", "thumbs_up", "hand_on_chin", "wave", "point_left"]


def _own(ctx: Context, method: str, path: str) -> FB:
    b = FB(ctx, "kindred", method, HOST + path)
    b.header("user-agent", UA)
    b.header("x-kindred-session", rid(ctx.rng))
    return b


def verify_pose(ctx: Context) -> Flow:
    b = _own(ctx, "POST", "/v2/verification/selfies")
    bnd = rid(ctx.rng)
    pose = ctx.rng.choice(POSES)
    parts = [
        ("pose", None, None, pose.encode()),
        ("attempt", None, None, str(ctx.rng.randint(1, 3)).encode()),
        ("selfie", "pose.jpg", "image/jpeg", fake_jpeg(ctx.rng.getrandbits(32), 1300)),
    ]
    b.set_body(multipart(bnd, parts), f"multipart/form-data; boundary={bnd}")
    b.bio("face_image", "multipart selfie (photo verification pose)")
    b.ok_json({"status": "IN_REVIEW", "pose": pose})
    return b.build()


def _facetec(ctx: Context, path: str) -> FB:
    b = FB(ctx, "facetec", "POST", FACETEC + path)
    b.header("x-device-key", "d" + rid(ctx.rng).replace("-", "")[:31])
    b.header("x-user-agent", "facetec|sdk|android|com.kindred.app|9.6.80|SM-S921B|" + rid(ctx.rng))
    return b


def facetec_liveness(ctx: Context) -> Flow:
    path = ctx.rng.choice(["/liveness-3d", "/enrollment-3d"])
    b = _facetec(ctx, path)
    body = {
        "faceScan": b64(fake_jpeg(ctx.rng.getrandbits(32), 1500)[20:]),
        "auditTrailImage": b64(fake_jpeg(ctx.rng.getrandbits(32), 900)),
        "lowQualityAuditTrailImage": b64(fake_jpeg(ctx.rng.getrandbits(32), 500)),
        "sessionId": rid(ctx.rng),
    }
    if path == "/enrollment-3d":
        body["externalDatabaseRefID"] = "kindred_" + b.acct("date_user")
    b.json(body)
    b.bio("face_scan", f"json faceScan + auditTrailImage (FaceTec {path})")
    b.ok_json({"success": True, "wasProcessed": True, "scanResultBlob": b64(rid(ctx.rng))})
    return b.build()


def face_prefs(ctx: Context) -> Flow:
    b = _own(ctx, "PUT", "/v2/match/face-preferences")
    b.json(
        {
            "userId": b.acct("date_user"),
            "selfEmbedding": floats(ctx.rng, 128, 5),
            "likedCentroid": floats(ctx.rng, 128, 5),
            "model": "arcface-r50-v3",
            "computedAt": ms(ctx),
        }
    )
    b.bio("face_embedding", "json selfEmbedding (face embedding for matching)")
    b.ok_json({"ok": True})
    return b.build()


def trust_opaque(ctx: Context) -> Flow:
    b = _own(ctx, "POST", "/v2/t")
    b.json({"d": b64(fake_jpeg(ctx.rng.getrandbits(32), 600)[20:]), "k": ctx.rng.randint(1, 9)})
    b.bio("face_embedding", "json d (encrypted verification features)", detectable=False)
    b.no_content()
    return b.build()


def singular_start(ctx: Context) -> Flow:
    b = FB(ctx, "singular", "GET", "https://sdk-api-v1.singular.net/api/v1/start")
    b.header("user-agent", "Singular/SDK-v12.5.4.PROD")
    b.param("a", "kindred_3f1e")
    b.param("p", "Android")
    b.param("i", "com.kindred.app")
    b.param("k", "AIFA")
    b.param("u", b.id("gaid", where="query u (with k=AIFA)", detectable=False))
    b.param("aifa", b.id("gaid", where="query aifa"))
    b.param("andi", b.id("aid_date", where="query andi"))
    b.param("asid", b.id("date_singular", where="query asid", detectable=False))
    b.param("s", str(ms(ctx)))
    b.param("sdk", "Singular/v12.5.4")
    b.ok_json({"status": "ok"})
    return b.build()


def profile_photos(ctx: Context) -> Flow:
    pid = rid(ctx.rng).replace("-", "")[:16]
    b = FB(ctx, "kindred", "GET", f"https://img.kindred-cdn.com/p/{pid}/1_640x800.jpg")
    b.header("user-agent", UA)
    b.respond(200, "image/jpeg", fake_jpeg(ctx.rng.getrandbits(32), 1200))
    b.decoy("profile photo download")
    return b.build()


def signup(ctx: Context) -> Flow:
    b = _own(ctx, "POST", "/v2/profile")
    b.json(
        {
            "firstName": "Ines",
            "contactEmail": b.id("email", "lower", where="json contactEmail"),
            "birthYear": 1993,
            "gender": "woman",
            "interestedIn": ["man", "woman"],
            "heightCm": 168,
            "bio": "Cyclist, bad at karaoke",
        }
    )
    b.ok_json({"profileId": b.acct("date_user")})
    b.decoy("self-declared gender on a sign-up form")
    return b.build()


def discover(ctx: Context) -> Flow:
    b = _own(ctx, "GET", "/v2/discover")
    b.param("lat", str(rf(ctx.rng, 47.4, 47.6)))
    b.param("lng", str(rf(ctx.rng, 19.0, 19.2)))
    cards = [
        {"id": rid(ctx.rng)[:8], "distanceKm": rf(ctx.rng, 0, 30, 1), "score": rf(ctx.rng, 0, 1)}
        for _ in range(8)
    ]
    b.ok_json({"cards": cards})
    b.decoy("discovery feed with distances and scores")
    return b.build()


def chat(ctx: Context) -> Flow:
    b = _own(ctx, "POST", "/v2/conversations/" + rid(ctx.rng)[:8] + "/messages")
    b.json({"text": "Your face looks familiar, were you at the climbing gym?", "clientTs": ms(ctx)})
    b.ok_json({"id": rid(ctx.rng)})
    b.decoy("chat message mentioning a face")
    return b.build()
