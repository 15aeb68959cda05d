"""Her bank app (fictional "Tūī Bank", NZ/AU): face liveness, selfie match, voice ID.

Selfie match goes to Amazon Rekognition CompareFaces through the bank's own API
gateway, which forwards the documented request (docs.aws.amazon.com/rekognition
/latest/APIReference/API_CompareFaces.html: SourceImage.Bytes / TargetImage.Bytes
base64, SimilarityThreshold; X-Amz-Target RekognitionService.CompareFaces).
The liveness check sends on the face-analysis result (landmarks, pose, quality),
as FaceDetail in DetectFaces does. Voice ID (like the voiceprint logins of AU/NZ
banks) enrols three passphrase recordings and verifies with a speaker embedding.
Decoys: the Face ID *setting* (LocalAuthentication), a biometric-login
signature, speech-to-text of a payment command, transaction lists.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import b64, fake_jpeg, fake_wav, floats_b64, multipart

from .phone import FB, floats, iso, rf, rid, ua

HOST = "https://api.tuibank.example.co.nz"


def _b(c: Context, method: str, path: str, host: str = HOST) -> FB:
    b = FB(c, "bank", method, host + path)
    b.header("user-agent", ua("TuiBank", "12.4"))
    b.header("x-correlation-id", rid(c.rng))
    return b


def compare_faces(c: Context) -> Flow:
    b = _b(c, "POST", "/", "https://rekognition-gw.tuibank.example.co.nz")
    b.header("x-amz-target", "RekognitionService.CompareFaces")
    b.set_body(
        f'{{"SourceImage":{{"Bytes":"{b64(fake_jpeg(c.rng.randint(1, 10**6), 900))}"}},'
        f'"TargetImage":{{"Bytes":"{b64(fake_jpeg(c.rng.randint(1, 10**6), 900))}"}},'
        f'"SimilarityThreshold":90,"QualityFilter":"AUTO"}}'.encode(),
        "application/x-amz-json-1.1",
    )
    b.bio(
        "face_image",
        "json:SourceImage.Bytes/TargetImage.Bytes (selfie vs ID portrait to CompareFaces)",
    )
    b.ok_json({"FaceMatches": [{"Similarity": rf(c.rng, 95, 99.9, 2)}], "UnmatchedFaces": []})
    return b.build()


def liveness_result(c: Context) -> Flow:
    b = _b(c, "POST", "/v3/onboarding/liveness")
    marks = [
        {"Type": t, "X": rf(c.rng, 0.3, 0.7), "Y": rf(c.rng, 0.3, 0.7)}
        for t in ("eyeLeft", "eyeRight", "nose", "mouthLeft", "mouthRight", "chinBottom")
    ]
    b.json(
        {
            "sessionId": rid(c.rng),
            "faceDetail": {
                "Landmarks": marks,
                "Pose": {
                    "Roll": rf(c.rng, -8, 8, 2),
                    "Yaw": rf(c.rng, -10, 10, 2),
                    "Pitch": rf(c.rng, -8, 8, 2),
                },
                "AgeRange": {"Low": 29, "High": 37},
                "EyesOpen": {"Value": True, "Confidence": 99.1},
                "Quality": {"Brightness": rf(c.rng, 40, 90, 1), "Sharpness": rf(c.rng, 60, 95, 1)},
            },
            "livenessConfidence": rf(c.rng, 85, 99.9, 2),
            "capturedAt": iso(c),
        }
    )
    b.bio(
        "face_analysis",
        "json:faceDetail (Rekognition FaceDetail landmarks, pose, age range sent on)",
    )
    b.ok_json({"status": "PASSED"})
    return b.build()


def voice_enrol(c: Context) -> Flow:
    bnd = "Boundary-" + rid(c.rng).upper()
    b = _b(c, "POST", "/v3/voiceid/enrolments")
    parts = [
        ("passphrase", None, None, b"My voice is my password at Tui"),
        ("sampleRate", None, None, b"16000"),
    ]
    parts += [
        (f"utterance{i}", f"utt{i}.wav", "audio/wav", fake_wav(c.rng.randint(1, 10**6), 900))
        for i in range(3)
    ]
    b.set_body(multipart(bnd, parts), f"multipart/form-data; boundary={bnd}")
    b.bio(
        "voiceprint",
        "multipart:/v3/voiceid/enrolments utterance0..2 (speaker enrolment recordings)",
    )
    b.ok_json({"enrolmentId": rid(c.rng), "status": "ENROLLED"})
    return b.build()


def voice_verify(c: Context) -> Flow:
    b = _b(c, "POST", "/v3/voiceid/verify")
    b.json(
        {
            "customerRef": b.acct("bank_user"),
            "speakerEmbedding": floats_b64(floats(c.rng, 192)),
            "embeddingModel": "ecapa-tdnn-192",
            "channel": "app",
            "ts": iso(c),
        }
    )
    b.bio("voiceprint", "json:speakerEmbedding (192-d speaker embedding, base64 float32)")
    b.ok_json({"match": True, "score": rf(c.rng, 0.7, 0.95, 3)})
    return b.build()


def opaque_liveness(c: Context) -> Flow:
    b = _b(c, "POST", "/v3/onboarding/ld")
    b.json({"v": 3, "p": b64(bytes(c.rng.getrandbits(8) for _ in range(600))), "k": rid(c.rng)})
    b.bio("face_frames", "json:p (encrypted liveness frame bundle, opaque)", detectable=False)
    b.ok_json({"ok": True})
    return b.build()


def faceid_setting(c: Context) -> Flow:
    b = _b(c, "PUT", "/v3/me/security/preferences")
    b.json(
        {
            "faceIdEnabled": True,
            "biometricType": "faceID",
            "laPolicy": "deviceOwnerAuthenticationWithBiometrics",
            "voiceIdEnabled": c.rng.random() < 0.5,
            "pinLength": 6,
        }
    )
    b.ok_json({"saved": True})
    b.decoy("Face ID / voice ID settings flags (no face or voice data)")
    return b.build()


def biometric_login(c: Context) -> Flow:
    b = _b(c, "POST", "/v3/auth/biometric")
    b.json(
        {
            "keyId": rid(c.rng),
            "challenge": b64(bytes(c.rng.getrandbits(8) for _ in range(32))),
            "signature": b64(bytes(c.rng.getrandbits(8) for _ in range(64))),
            "authMethod": "faceID",
        }
    )
    b.ok_json({"accessToken": rid(c.rng).replace("-", "")})
    b.decoy("Face ID-unlocked key signs a challenge: a signature, no biometric template")
    return b.build()


def speech_payment(c: Context) -> Flow:
    b = _b(c, "POST", "/v3/assistant/transcribe")
    b.set_body(fake_wav(c.rng.randint(1, 10**6), 800), "audio/wav")
    b.ok_json({"transcript": "pay Liam twenty dollars", "intent": "PAY"})
    b.decoy("speech sent for speech-to-text (payment command), not speaker recognition")
    return b.build()


def transactions(c: Context) -> Flow:
    b = _b(c, "GET", "/v3/accounts/" + rid(c.rng)[:8] + "/transactions")
    txs = [
        {
            "id": rid(c.rng),
            "amount": rf(c.rng, -250, 2000, 2),
            "merchant": c.rng.choice(["Countdown", "Z Energy"]),
            "postedAt": iso(c),
        }
        for _ in range(8)
    ]
    b.ok_json({"transactions": txs})
    b.decoy("transaction list with amounts and ids")
    return b.build()


def bank_device(c: Context) -> Flow:
    b = _b(c, "POST", "/v3/devices/bind")
    b.json(
        {
            "deviceVendorId": b.id("idfv_bank", where="json:deviceVendorId"),
            "model": "iPhone15,4",
            "osVersion": "17.5.1",
            "appVersion": "12.4",
        }
    )
    b.ok_json({"bound": True})
    return b.build()
