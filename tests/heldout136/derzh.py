"""Posluhy: a Ukrainian state-services app that signs documents with a cloud
qualified e-signature after a face liveness check against the passport photo.

The liveness step sends head-turn frames and a face template with romanised
and Cyrillic keys (`oblychchia`, `шаблон_обличчя`); an older path sends the
selfie as base64 under `foto_oblychchia`. The newest build wraps everything in
gzip+base64 under `d`. The document-scan OCR, the tax-number form and the
signing hash are ordinary.
"""

from __future__ import annotations

import json

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import b64, fake_jpeg, floats_b64, gz

from .phone import FB, floats, iso, rf, rid, ua

API = "https://api.posluhy.example"
UA = ua("Posluhy", "4.3.0")


def _b(c: Context, method: str, url: str, device: bool = True) -> FB:
    b = FB(c, "posluhy", method, url)
    b.header("user-agent", UA)
    if device:
        b.header("x-prystrii-id", b.id("aid_state", where="header x-prystrii-id"))
    return b


def liveness_frames(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v3/kep/zhyvist/kadry")
    b.bio("face_analysis", "json kadry[].oblychchia.povorot_holovy (head pose from the face)")
    b.bio("face_embedding", "json шаблон_обличчя (float vector)")
    b.json(
        {
            "sesiia": rid(c.rng),
            "kadry": [
                {
                    "oblychchia": {
                        "ramka": [c.rng.randint(100, 400) for _ in range(4)],
                        "povorot_holovy": {
                            "yaw": rf(c.rng, -30, 30, 1),
                            "pitch": rf(c.rng, -15, 15, 1),
                        },
                        "ochi_vidkryti": c.rng.choice([True, False]),
                    },
                    "zavdannia": c.rng.choice(["povernit_vlivo", "povernit_vpravo", "morgnit"]),
                }
                for _ in range(3)
            ],
            "шаблон_обличчя": floats(c.rng, 128),
        }
    )
    b.ok_json({"rezultat": "zhyvyi", "skor": rf(c.rng, 0.9, 1)})
    return b.build()


def selfie_b64(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/identyfikatsiia/foto")
    b.bio("face_image", "json foto_oblychchia (base64 selfie for matching)")
    b.json(
        {
            "foto_oblychchia": b64(fake_jpeg(c.rng.randint(0, 10**9), 700)),
            "porivniaty_z": "pasport",
        }
    )
    b.ok_json({"zbih": True, "podibnist": rf(c.rng, 0.85, 0.99)})
    return b.build()


def liveness_packed(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v4/z", device=False)
    payload = {"a": floats_b64(floats(c.rng, 512)), "b": [rf(c.rng, -1, 1) for _ in range(6)]}
    b.bio("face_embedding", "json d (gzip+base64 of a face template)", detectable=False)
    b.json({"d": b64(gz(json.dumps(payload).encode())), "n": new_hex(c.rng, 16)})
    b.ok_json({"ok": 1})
    return b.build()


def document_ocr(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/dokumenty/skan", device=False)
    b.decoy("passport page OCR fields and text boxes (no face data)")
    b.json(
        {
            "polia": {"prizvyshche": "Коваленко", "nomer": f"FE{c.rng.randint(10**5, 10**6)}"},
            "ramky": [[c.rng.randint(0, 800) for _ in range(4)] for _ in range(5)],
        }
    )
    b.ok_json({"status": "ok"})
    return b.build()


def sign_request(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v3/kep/pidpys")
    b.decoy("document hash to sign and the taxpayer number (an account, not a device)")
    b.json(
        {
            "hesh": new_hex(c.rng, 64),
            "rnokpp": c.phone.state_user,
            "email_dlia_kvytantsii": b.id("email", where="json email_dlia_kvytantsii"),
            "chas": iso(c),
        }
    )
    b.ok_json({"pidpys": b64(bytes(c.rng.getrandbits(8) for _ in range(96)))})
    return b.build()


def services_list(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/posluhy?mova=uk", device=False)
    b.decoy("catalogue of services")
    b.ok_json(
        {"posluhy": [{"id": i, "nazva": n} for i, n in enumerate(["Паспорт", "Податки", "Авто"])]}
    )
    return b.build()
