"""Afriland-like bank app "BanqueMboa": face login and device binding (French).

Face login sends 68 landmarks (`points_repere_visage`) and a head pose from the
face; one login path sends the face crop under a single-letter key in protobuf
(opaque). Device binding sends ANDROID_ID and the advertising id. Statements,
FX rates and branch maps are ordinary.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import fake_jpeg, pb_bytes, pb_varint

from .phone import FB, iso, rf, ua

API = "https://mobile.banquemboa.example"
UA = ua("BanqueMboa", "6.2.0")


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "banquemboa", method, url)
    b.header("user-agent", UA)
    return b


def connexion_visage(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/auth/v2/connexion/visage")
    b.bio("face_landmarks", "json points_repere_visage (68 [x,y]) with pose_tete from the face")
    cx, cy = rf(c.rng, 200, 300, 1), rf(c.rng, 250, 350, 1)
    pts = [
        [round(cx + c.rng.gauss(0, 40), 1), round(cy + c.rng.gauss(0, 50), 1)] for _ in range(68)
    ]
    b.json(
        {
            "client": b.acct("bank_user"),
            "android_id": b.id("aid_bank", where="json android_id"),
            "points_repere_visage": pts,
            "pose_tete": {
                "lacet": rf(c.rng, -10, 10, 2),
                "tangage": rf(c.rng, -8, 8, 2),
                "roulis": rf(c.rng, -5, 5, 2),
            },
            "horodatage": iso(c),
        }
    )
    b.ok_json({"acces": "accorde", "jeton": new_hex(c.rng, 48)})
    return b.build()


def connexion_pb(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/auth/v2/c")
    b.bio("face_image", "protobuf field 3: face crop JPEG under no readable name", detectable=False)
    body = pb_varint(1, 2) + pb_bytes(3, fake_jpeg(c.rng.randint(0, 10**9), 500)) + pb_varint(4, 1)
    b.set_body(body, "application/x-protobuf")
    b.ok_json({"acces": "accorde"})
    return b.build()


def enrolement_appareil(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/device/v1/enrolement")
    b.json(
        {
            "androidId": b.id("aid_bank", where="json androidId"),
            "gaid": b.id("gaid", where="json gaid"),
            "fabricant": "TECNO",
            "racine": False,
        }
    )
    b.ok_json({"statut": "ENROLE"})
    return b.build()


def releve(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/comptes/v1/releve?mois=11")
    b.decoy("statement: amounts series and operation references")
    ops = [
        {
            "ref": "OP" + new_hex(c.rng, 10).upper(),
            "montant": c.rng.randint(-90000, 90000),
            "date": iso(c),
        }
        for _ in range(8)
    ]
    b.ok_json({"operations": ops})
    return b.build()


def taux_change(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/marche/v1/taux?base=XAF")
    b.decoy("EUR/USD price series")
    b.ok_json({"EUR": 655.957, "USD": [rf(c.rng, 590, 625, 2) for _ in range(14)]})
    return b.build()
