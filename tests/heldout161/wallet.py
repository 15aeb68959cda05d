"""Psifiako Portofoli: the state wallet app (Gov.gr Wallet-like) with face verification.

Adding the ID card matches a selfie against the card's chip photo through
iProov (liveness frames) and the wallet's own backend (selfie + face match
score). The ID card's MRZ read is OCR (not biometric); the AFM is a tax number
(an account, not a device id). An encrypted envelope re-sends the face match.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import b64, fake_jpeg, multipart

from .phone import FB, iso, rf, rid, ua

API = "https://wallet.psifiako-kratos.example"
UA = ua("PsifiakoPortofoli", "2.6.1")


def _b(c: Context, method: str, url: str, device: bool = True) -> FB:
    b = FB(c, "wallet", method, url)
    b.header("user-agent", UA)
    if device:
        b.header("x-device-android-id", b.id("aid_wallet", where="header x-device-android-id"))
    return b


def selfie_match(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/tautopoiisi/prosopo")
    b.bio("face_image", "multipart selfie jpeg to face match (syskopisi prosopou)")
    boundary = "----" + rid(c.rng)[:12]
    body = multipart(
        boundary,
        [
            ("afm", None, None, b.acct("wallet_afm").encode()),
            ("selfie", "selfie.jpg", "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 900)),
            ("typos", None, None, b"taftotita"),
        ],
    )
    b.set_body(body, f"multipart/form-data; boundary={boundary}")
    b.ok_json({"antistoixia_prosopou": rf(c.rng, 0.9, 0.99, 3), "zontanotita": True})
    return b.build()


def iproov_frames(c: Context) -> Flow:
    b = FB(c, "iproov", "POST", "https://eu.rp.secure.iproov.me/api/v2/claim/verify/validate")
    b.header("user-agent", "iProov/10.1.3 (Android)")
    b.bio("face_image", "json frames[] base64 jpeg (liveness)")
    b.json(
        {
            "token": rid(c.rng).replace("-", ""),
            "client": "android",
            "frames": [b64(fake_jpeg(c.rng.randint(0, 10**9), 300)) for _ in range(3)],
            "assurance_type": "genuine_presence",
        }
    )
    b.ok_json({"passed": True, "frame_available": True})
    return b.build()


def face_result(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/tautopoiisi/apotelesma")
    b.bio("face_analysis", "json face_match_score + head_pose from the selfie")
    b.json(
        {
            "face_match_score": rf(c.rng, 0.9, 0.99, 3),
            "head_pose": {
                "yaw": rf(c.rng, -10, 10, 2),
                "pitch": rf(c.rng, -8, 8, 2),
                "roll": rf(c.rng, -5, 5, 2),
            },
            "ektimomeni_ilikia": c.rng.randint(35, 50),
            "pote": iso(c),
        }
    )
    b.no_content()
    return b.build()


def sealed_match(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/e2e")
    b.bio("face_template", "json ct (encrypted face match envelope)", detectable=False)
    b.json(
        {
            "alg": "A256GCM",
            "iv": b64(bytes(c.rng.getrandbits(8) for _ in range(12))),
            "ct": b64(bytes(c.rng.getrandbits(8) for _ in range(900))),
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def mrz_ocr(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/eggrafa/mrz", device=False)
    b.decoy("MRZ OCR of the ID card: text boxes (OCR, not biometric)")
    b.json(
        {
            "grammes": ["IDGRCAB1234567<<<<<<<<<<<<<<<", "8504123F3012319GRC<<<<<<<<<<<4"],
            "plaisia": [[12, 400, 610, 430], [12, 440, 610, 470]],
        }
    )
    b.ok_json({"egkyro": True})
    return b.build()


def documents(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/eggrafa")
    b.decoy("list of the holder's documents (licence, ID) by type and expiry")
    b.ok_json(
        {"eggrafa": [{"typos": "diploma_odigisis", "lixi": "2031-05-01"}, {"typos": "taftotita"}]}
    )
    return b.build()
