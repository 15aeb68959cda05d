"""BankNusa mobile: a bank app with face login ('Masuk dengan Wajah').

Enrolment sends a face template (base64 float32 under `templat_wajah`), login
sends a live face embedding and blendshape scores; an older build packs the
embedding in a JWE-looking string under `a`. The transfer form, the branch map
and the bank's own 'agent' EDC serial are not sensitive.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import b64url, floats_b64

from .phone import FB, floats, iso, rf, rid, ua

API = "https://mb.banknusa.example"
UA = ua("BankNusaMobile", "3.40.1")


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "banknusa", method, url)
    b.header("user-agent", UA)
    b.header("x-device-binding", b.id("bank_binding", where="header x-device-binding"))
    return b


def daftar_wajah(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/auth/v2/wajah/daftar")
    b.bio("face_template", "json templat_wajah (base64 float32 face template)")
    b.json(
        {
            "cif": b.acct("bank_cif"),
            "templat_wajah": floats_b64(floats(c.rng, 128)),
            "versi_model": "fn-mobile-2.1",
            "kualitas_wajah": rf(c.rng, 0.7, 1.0),
        }
    )
    b.ok_json({"terdaftar": True})
    return b.build()


def login_wajah(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/auth/v2/wajah/masuk")
    b.bio("face_embedding", "json face_embedding[] + blendshapes (live login)")
    b.json(
        {
            "face_embedding": floats(c.rng, 64),
            "blendshapes": {
                k: rf(c.rng, 0, 1)
                for k in ("eyeBlinkLeft", "eyeBlinkRight", "jawOpen", "mouthSmileLeft")
            },
            "android_id": b.id("aid_bank", where="json android_id"),
            "waktu": iso(c),
        }
    )
    b.ok_json({"token": rid(c.rng).replace("-", ""), "berlaku_detik": 300})
    return b.build()


def login_lama(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/auth/v1/l")
    b.bio(
        "face_embedding",
        "json a (JWE-style compact string wrapping the embedding)",
        detectable=False,
    )
    parts = [b64url(bytes(c.rng.getrandbits(8) for _ in range(n))) for n in (32, 12, 520, 16)]
    b.json({"a": "eyJhbGciOiJkaXIiLCJlbmMiOiJBMjU2R0NNIn0.." + ".".join(parts), "c": 2})
    b.ok_json({"t": new_hex(c.rng, 40)})
    return b.build()


def transfer(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/trx/v1/transfer")
    b.decoy("transfer with account numbers and a reference id")
    b.json(
        {
            "rekening_tujuan": "1370" + str(c.rng.randint(10**8, 10**9)),
            "nominal": c.rng.choice([50000, 250000]),
            "berita": "arisan RT",
            "ref": rid(c.rng),
        }
    )
    b.ok_json({"status": "SUKSES"})
    return b.build()


def peta_cabang(c: Context) -> Flow:
    b = FB(c, "banknusa", "GET", f"{API}/info/v1/atm?lat=-7.2575&lon=112.7521&radius=2")
    b.header("user-agent", UA)
    b.decoy(
        "ATM and agent list with coordinates and the agents' EDC serials (the bank's equipment)"
    )
    b.ok_json(
        {
            "lokasi": [
                {
                    "nama": f"Agen BankNusa {i}",
                    "lat": rf(c.rng, -7.3, -7.2),
                    "lon": rf(c.rng, 112.7, 112.8),
                    "edc_sn": "EDC" + new_hex(c.rng, 10).upper(),
                }
                for i in range(4)
            ]
        }
    )
    return b.build()
