"""CareDock, a telehealth app: video visits, and face and voice biometrics for identity.

Formats followed:
- Incode Omni API: selfie as `base64Image` JSON to `/omni/add/face`
  (docs.incode.com, "Add Face"); Persona selfie verification submissions
  (docs.withpersona.com, selfie verifications: `center_photo`, `left_photo`,
  `right_photo`); iProov's encrypted capture (docs.iproov.com: the SDK streams
  an opaque, encrypted payload; nothing in it is readable).
- ID R&D IDVoice templates: the SDK yields a voice template the app uploads
  (docs.idrnd.net, "VoiceTemplate" serialisation, base64).
- Twilio Video access tokens and room joins (twilio.com/docs/video) - negatives.
- ML Kit / MediaPipe style face landmarks and Euler angles in a liveness
  challenge (developers.google.com/ml-kit/vision/face-detection).
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import b64, fake_jpeg, fake_wav, floats_b64, jwt, mpack, multipart

from .phone import FB, floats, iso, ms, okhttp, req_id, rf, ua

UA = ua("CareDock", "7.12.0")


def _api(ctx: Context, method: str, path: str) -> FB:
    b = FB(ctx, "caredock-api", method, f"https://api.caredock.health{path}")
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + jwt({"sub": ctx.phone.care_patient, "iat": int(ctx.now)}))
    rid = req_id(ctx.rng)
    b.header("x-request-id", rid)
    b.decoy("x-request-id uuid")
    return b


def appointments(ctx: Context) -> Flow:
    b = _api(ctx, "GET", "/v2/appointments?status=upcoming")
    b.ok_json(
        {
            "items": [
                {
                    "id": "apt_" + new_hex(ctx.rng, 10),
                    "clinician": "Dr. Amara Obi",
                    "starts_at": iso(ctx),
                    "type": "video",
                    "reason": "follow-up",
                }
            ]
        }
    )
    return b.build()


def clinician_search(ctx: Context) -> Flow:
    spec = ctx.rng.choice(["dermatology", "general practice", "psychiatry", "paediatrics"])
    b = _api(ctx, "GET", f"/v2/clinicians?specialty={spec.replace(' ', '%20')}&available=today")
    b.ok_json(
        {
            "items": [
                {
                    "id": "cl_" + new_hex(ctx.rng, 8),
                    "name": "Dr. Lee",
                    "rating": rf(ctx.rng, 4, 5, 1),
                }
            ]
        }
    )
    return b.build()


def symptom_check(ctx: Context) -> Flow:
    b = _api(ctx, "POST", "/v2/triage/symptoms")
    b.json({"age": 41, "sex": "female", "symptoms": ["headache", "fever"], "duration_days": 2})
    b.ok_json({"urgency": "routine", "suggested": "gp_video"})
    return b.build()


def signup(ctx: Context) -> Flow:
    """Self-declared profile on sign-up (negative: gender and birth date typed in)."""
    b = _api(ctx, "POST", "/v2/patients")
    b.json(
        {
            "given_name": "Tomas",
            "family_name": "Okafor",
            "gender": "male",
            "date_of_birth": "1983-04-12",
            "postcode": "M14 5RB",
            "marketing_opt_in": False,
        }
    )
    b.ok_json({"patient_id": ctx.phone.care_patient})
    return b.build()


def article(ctx: Context) -> Flow:
    """A help article about face verification (negative: text about faces)."""
    b = FB(
        ctx,
        "caredock-cms",
        "GET",
        "https://help.caredock.health/api/articles/why-we-check-your-face",
    )
    b.ok_json(
        {
            "title": "Why we check your face before a video visit",
            "body": "We compare a short selfie video with your photo ID. "
            "Face templates and liveness "
            "results are deleted after 30 days. Face landmarks are computed on the device.",
            "tags": ["biometric", "face recognition", "privacy"],
        }
    )
    return b.build()


def video_token(ctx: Context) -> Flow:
    b = _api(ctx, "POST", "/v2/visits/token")
    b.json({"appointment_id": "apt_" + new_hex(ctx.rng, 10), "room": "RM" + new_hex(ctx.rng, 32)})
    b.decoy("twilio room sid")
    b.ok_json(
        {"token": jwt({"grants": {"video": {"room": "visit"}}, "iss": "SK" + new_hex(ctx.rng, 32)})}
    )
    return b.build()


def video_stats(ctx: Context) -> Flow:
    """Twilio Video insights: network quality stats of the visit (negative)."""
    b = FB(ctx, "twilio", "POST", "https://sdkgw.us1.twilio.com/v1/insights")
    b.json(
        {
            "group": "quality",
            "name": "stats-report",
            "payload": {
                "peerConnectionId": "PC" + new_hex(ctx.rng, 32),
                "roundTripTime": rf(ctx.rng, 0.02, 0.3),
                "jitter": rf(ctx.rng, 0, 0.05),
                "packetsLost": ctx.rng.randint(0, 30),
            },
        }
    )
    b.no_content()
    return b.build()


def prescription(ctx: Context) -> Flow:
    b = _api(ctx, "GET", f"/v2/prescriptions/rx_{new_hex(ctx.rng, 10)}.pdf")
    b.respond(200, "application/pdf", b"%PDF-1.7\n" + bytes(100))
    return b.build()


def fid(ctx: Context) -> Flow:
    b = FB(
        ctx,
        "firebase",
        "POST",
        "https://firebaseinstallations.googleapis.com/v1/projects/caredock-prod/installations",
    )
    b.header("x-goog-api-key", "AIzaSy" + new_hex(ctx.rng, 33))
    b.json(
        {
            "fid": b.id("care_fid", where="body.fid"),
            "appId": "1:88213:android:" + new_hex(ctx.rng, 16),
            "authVersion": "FIS_v2",
            "sdkVersion": "a:17.2.0",
        }
    )
    b.ok_json({"name": "projects/88213/installations/x", "refreshToken": new_hex(ctx.rng, 40)})
    return b.build()


def incode_face(ctx: Context) -> Flow:
    b = FB(
        ctx,
        "incode",
        "POST",
        "https://saas-api.incodesmile.com/omni/add/face/third-party?imageType=selfie",
    )
    b.header("api-version", "1.0")
    b.header("x-incode-hardware-id", b.id("aid_care", where="header:x-incode-hardware-id"))
    b.bio("face_image", "body.base64Image to /omni/add/face")
    b.json({"base64Image": b64(fake_jpeg(ctx.rng.randint(0, 10**6), 700))})
    b.ok_json({"confidence": 0.0, "isBright": True, "hasLenses": False, "sessionStatus": "Alive"})
    return b.build()


def persona_selfie(ctx: Context) -> Flow:
    ver = "ver_" + new_hex(ctx.rng, 24)
    b = FB(
        ctx, "persona", "POST", f"https://withpersona.com/api/internal/verifications/{ver}/submit"
    )
    boundary = "----persona" + new_hex(ctx.rng, 16)
    parts = [("verification[type]", None, None, b"verification/selfie")]
    for pose in ("center", "left", "right"):
        parts.append(
            (
                f"verification[{pose}_photo]",
                f"{pose}.jpg",
                "image/jpeg",
                fake_jpeg(ctx.rng.randint(0, 10**6), 500),
            )
        )
    b.bio("face_image", "multipart verification[center_photo|left_photo|right_photo]")
    b.set_body(multipart(boundary, parts), f"multipart/form-data; boundary={boundary}")
    b.ok_json({"data": {"type": "verification/selfie", "attributes": {"status": "submitted"}}})
    return b.build()


def iproov_claim(ctx: Context) -> Flow:
    """The encrypted liveness capture: a face, but nothing on the wire says so."""
    b = FB(ctx, "iproov", "POST", "https://eu.rp.secure.iproov.me/api/v2/claim/verify/frames")
    b.bio("face_video_encrypted", "body:octet-stream (encrypted capture)", False)
    b.set_body(bytes(ctx.rng.getrandbits(8) for _ in range(900)), "application/octet-stream")
    b.ok_json({"passed": True})
    return b.build()


def liveness_challenge(ctx: Context) -> Flow:
    b = _api(ctx, "POST", "/v2/identity/liveness/challenge")
    pts = [[rf(ctx.rng, 0.2, 0.8), rf(ctx.rng, 0.2, 0.9)] for _ in range(106)]
    b.json(
        {
            "session": req_id(ctx.rng),
            "frames": [
                {
                    "t": ms(ctx),
                    "face": {
                        "landmarks_106": pts,
                        "euler": {
                            "yaw": rf(ctx.rng, -20, 20, 2),
                            "pitch": rf(ctx.rng, -10, 10, 2),
                            "roll": rf(ctx.rng, -5, 5, 2),
                        },
                        "leftEyeOpenProbability": rf(ctx.rng, 0, 1),
                        "rightEyeOpenProbability": rf(ctx.rng, 0, 1),
                        "smilingProbability": rf(ctx.rng, 0, 1),
                    },
                }
            ],
        }
    )
    b.bio("face_landmarks", "body.frames[].face.landmarks_106 + euler")
    b.ok_json({"next": "turn_left"})
    return b.build()


def voice_enrol(ctx: Context) -> Flow:
    b = _api(ctx, "POST", "/v2/identity/voice/enroll")
    boundary = "okhttp-" + req_id(ctx.rng)
    b.bio("voice_sample", "multipart voice_sample to /identity/voice/enroll")
    b.set_body(
        multipart(
            boundary,
            [
                (
                    "voice_sample",
                    "enrol.wav",
                    "audio/wav",
                    fake_wav(ctx.rng.randint(0, 10**6), 800),
                ),
                ("passphrase_id", None, None, b"3"),
            ],
        ),
        f"multipart/form-data; boundary={boundary}",
    )
    b.ok_json({"enrolled": True})
    return b.build()


def voice_template(ctx: Context, b64_form: bool) -> Flow:
    b = _api(ctx, "PUT", "/v2/identity/voice/template")
    vec = floats(ctx.rng, 128)
    tmpl: object = floats_b64(vec) if b64_form else vec
    b.bio("voiceprint", "body.voice_template (IDVoice)")
    b.json({"engine": "idvoice-ti-3", "voice_template": tmpl, "created": iso(ctx)})
    b.no_content()
    return b.build()


def face_template_opaque(ctx: Context) -> Flow:
    """The face embedding the on-device matcher keeps, synced as msgpack with short keys."""
    b = _api(ctx, "POST", "/v2/sync/k")
    b.bio("face_embedding", "body:msgpack {v: float list}", False)
    b.set_body(mpack({"v": floats(ctx.rng, 128), "t": ms(ctx), "r": 3}), "application/x-msgpack")
    b.no_content()
    return b.build()


def push_register(ctx: Context) -> Flow:
    b = _api(ctx, "POST", "/v2/devices")
    b.json(
        {
            "platform": "android",
            "install_id": b.id("care_install", where="body.install_id"),
            "android_id": b.id("aid_care", where="body.android_id"),
            "app_version": "7.12.0",
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def okhttp_health(ctx: Context) -> Flow:
    b = FB(ctx, "caredock-api", "GET", "https://api.caredock.health/healthz")
    b.header("user-agent", okhttp())
    b.ok_json({"status": "ok"})
    return b.build()
