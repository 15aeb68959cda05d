"""IdentitateRO: a Romanian eID app (own backend, Romanian key names) that reads
the ID card chip over NFC and runs a liveness check.

Chip: ICAO Doc 9303 LDS data groups (DG1 = MRZ, DG2 = encoded face image, SOD).
Liveness / selfie: an Innovatrics Digital Identity Service style API
(developers.innovatrics.com, DIS: /api/v1/customers/{uuid}/selfie with
{"image": {"data": base64}}, /liveness and /liveness/records), self-hosted.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import b64, fake_jpeg, floats_b64

from .phone import FB, floats, iso, points, rid, ua

API = "https://api.identitate-ro.ro"
UA = ua("IdentitateRO", "2.3.5")


def _hdr(b: FB) -> None:
    b.header("user-agent", UA)
    b.header("x-corelare", rid(b.ctx.rng))


def _dis(c: Context, method: str, path: str) -> FB:
    b = FB(c, "identitate", method, f"{API}/dis/api/v1/customers/{c.phone.eid_case}{path}")
    _hdr(b)
    return b


def chip_dg2(c: Context) -> Flow:
    b = FB(c, "identitate", "POST", f"{API}/api/v2/inrolare/cip")
    _hdr(b)
    jp2 = b"\x00\x00\x00\x0cjP  \r\n\x87\n" + bytes(c.rng.getrandbits(8) for _ in range(500))
    b.json(
        {
            "dosar": c.phone.eid_case,
            "tipDocument": "CEI",
            "grupuriDate": {
                "DG1": b64(b"P<ROU" + bytes(80)),
                "DG2": b64(jp2),
                "SOD": b64(bytes(120)),
            },
            "citireNfc": {"bac": True, "pace": True, "durataMs": c.rng.randint(2000, 9000)},
        }
    )
    b.bio("face_image", "body.grupuriDate.DG2 (chip face image)")
    b.ok_json({"stare": "CITIT", "idCerere": rid(c.rng)})
    return b.build()


def dis_selfie(c: Context) -> Flow:
    b = _dis(c, "PUT", "/selfie")
    b.json(
        {
            "image": {"data": b64(fake_jpeg(c.rng.getrandbits(32), 500))},
            "advice": {"detection": {"maxFaceSizeRatio": 0.7}},
        }
    )
    b.bio("face_image", "body.image.data (selfie)")
    b.ok_json({"detection": {"confidence": 0.97}, "links": {"self": "/selfie"}})
    return b.build()


def dis_liveness(c: Context) -> Flow:
    b = _dis(c, "POST", "/liveness/records")
    kind = c.rng.choice(["MAGNIFEYE_LIVENESS", "SMILE_LIVENESS", "PASSIVE_LIVENESS"])
    b.json(
        {
            "type": kind,
            "data": b64(bytes(c.rng.getrandbits(8) for _ in range(320))),
            "image": {"data": b64(fake_jpeg(c.rng.getrandbits(32), 260))},
        }
    )
    b.bio("liveness", "body.type=*_LIVENESS/image.data")
    b.ok_json({"links": {"selfie": "/selfie"}})
    return b.build()


def sablon(c: Context) -> Flow:
    b = FB(c, "identitate", "POST", f"{API}/api/v2/biometrie/sablon")
    _hdr(b)
    b.json(
        {
            "dosar": c.phone.eid_case,
            "sablonFacial": floats_b64(floats(c.rng, 128)),
            "versiuneModel": "fr-2024.3",
        }
    )
    b.bio("face_template", "body.sablonFacial")
    b.ok_json({"acceptat": True})
    return b.build()


def repere(c: Context) -> Flow:
    """The on-device liveness step's facial landmarks and head pose, sent for audit."""
    b = FB(c, "identitate", "POST", f"{API}/api/v2/biometrie/viabilitate")
    _hdr(b)
    b.json(
        {
            "dosar": c.phone.eid_case,
            "repereFaciale": points(c.rng, 68),
            "pozaCap": {
                "yaw": round(c.rng.gauss(0, 8), 2),
                "pitch": round(c.rng.gauss(0, 6), 2),
                "roll": round(c.rng.gauss(0, 4), 2),
            },
            "clipiri": c.rng.randint(1, 3),
        }
    )
    b.bio("face_landmarks", "body.repereFaciale")
    b.ok_json({"scor": round(c.rng.uniform(0.85, 0.99), 3)})
    return b.build()


def opaque_bio(c: Context) -> Flow:
    b = FB(c, "identitate", "POST", f"{API}/api/v2/p")
    _hdr(b)
    b.set_body(bytes(c.rng.getrandbits(8) for _ in range(600)), "application/octet-stream")
    b.bio("face_image", "body (encrypted container)", detectable=False)
    b.ok_json({"ok": True})
    return b.build()


def dispozitiv(c: Context) -> Flow:
    b = FB(c, "identitate", "POST", f"{API}/api/v2/dispozitiv/atestare")
    _hdr(b)
    b.json(
        {
            "idDispozitiv": b.id("aid_eid", where="body.idDispozitiv"),
            "nonce": b64(rid(c.rng)),
            "integritate": "MEETS_DEVICE_INTEGRITY",
        }
    )
    b.ok_json({"valid": True})
    return b.build()


def article(c: Context) -> Flow:
    b = FB(c, "identitate", "GET", f"{API}/stiri/recunoasterea-faciala-si-datele-tale")
    b.respond(
        200,
        "text/html; charset=utf-8",
        "<h1>Recunoașterea facială: ce date păstrăm</h1><p>Fața ta...</p>".encode(),
    )
    b.decoy("article about face recognition")
    return b.build()


def programare(c: Context) -> Flow:
    b = FB(c, "identitate", "POST", f"{API}/api/v2/programari")
    _hdr(b)
    b.json({"judet": "CJ", "ghiseu": c.rng.randint(1, 9), "data": iso(c)[:10], "interval": "10:30"})
    b.ok_json({"numarProgramare": f"CJ-{c.rng.randint(10**5, 10**6)}"})
    b.decoy("appointment booking")
    return b.build()


def stare(c: Context) -> Flow:
    b = FB(c, "identitate", "GET", f"{API}/api/v2/dosar/{c.phone.eid_case}/stare")
    _hdr(b)
    b.ok_json({"stare": c.rng.choice(["IN_VERIFICARE", "APROBAT"]), "actualizat": iso(c)})
    return b.build()
