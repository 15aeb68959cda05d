"""Exam proctoring ("Tenttivalvoja", the district's digital-exam kiosk add-on).

Label decisions, by the issue's definitions: the per-exam integrity report (counts of
flagged events per pupil alias, tab switches, no face data) is NOT biometric; the
exam hall cameras' serials are the school's; the check-in face photo matched to the
roster photo, the per-frame head pose of the face tracker and the tracker's face
template ARE biometric whoever's face it is (the technician runs test check-ins as a
candidate while debugging a kiosk; the definitions do not ask whose face).
"""

from __future__ import annotations

import base64

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import fake_jpeg, gz, multipart

from .phone import FB, district_serial, floats, iso, ms, pupil_alias, rf, rid, ua

API = "https://valvonta.tenttivalvoja.example"
UA = ua("Tenttivalvoja", "2.11.4")


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "tenttivalvoja", method, url)
    b.header("user-agent", UA)
    b.header("x-koe-istunto", rid(c.rng))
    return b


def exam_config(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/koe/{c.rng.randint(10**4, 10**5)}/asetukset")
    b.decoy("kiosk settings of an exam (camera on, tab lock), no pupil data")
    b.ok_json(
        {
            "kamera_pakollinen": True,
            "kasvotunnistus": "tarkistus_alussa",
            "valilehtilukko": True,
            "kesto_min": c.rng.choice([45, 75, 90]),
        }
    )
    return b.build()


def integrity_report(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/koe/{c.rng.randint(10**4, 10**5)}/raportti")
    b.decoy(
        "ambiguous, chosen not biometric: per-pupil counts of flagged events (rule outcomes, "
        "no face geometry, pose values or images)"
    )
    b.ok_json(
        {
            "oppilaat": [
                {
                    "oppilas": pupil_alias(c.rng),
                    "valilehden_vaihdot": c.rng.randint(0, 6),
                    "poissa_kuvasta_lkm": c.rng.randint(0, 4),
                    "useita_henkiloita_lkm": c.rng.randint(0, 1),
                    "tila": c.rng.choice(["ok", "tarkista"]),
                }
                for _ in range(c.rng.randint(4, 10))
            ],
            "luotu": iso(c),
        }
    )
    return b.build()


def hall_cameras(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/salit/kamerat?koulu={c.rng.randint(100, 180)}")
    b.decoy("exam hall IP cameras of the school: serials and firmware (school's equipment)")
    b.ok_json(
        {
            "kamerat": [
                {
                    "sarjanumero": district_serial(c.rng, "AXIS", 8),
                    "sali": f"Sali {i}",
                    "online": True,
                }
                for i in range(1, 4)
            ]
        }
    )
    return b.build()


def face_checkin(c: Context) -> Flow:
    boundary = "----tv" + new_hex(c.rng, 16)
    b = _b(c, "POST", f"{API}/api/tunnistus/kasvovertailu")
    b.bio("face_image", "multipart kasvokuva (check-in photo matched to roster photo)")
    body = multipart(
        boundary,
        [
            ("koe_id", None, None, str(c.rng.randint(10**4, 10**5)).encode()),
            ("kasvokuva", "kasvot.jpg", "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 1400)),
            ("vertailu", None, None, b"rekisterikuva"),
        ],
    )
    b.set_body(body, f"multipart/form-data; boundary={boundary}")
    b.ok_json({"vastaavuus": rf(c.rng, 0.7, 0.99, 3), "hyvaksytty": True})
    return b.build()


def head_pose_frames(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/seuranta/kasvot")
    b.bio("head_pose", "json kehykset[].paan_asento {yaw,pitch,roll} of the tracked face")
    b.json(
        {
            "kehykset": [
                {
                    "t": ms(c) + i * 500,
                    "kasvoja": 1,
                    "paan_asento": {
                        "yaw": rf(c.rng, -30, 30, 2),
                        "pitch": rf(c.rng, -20, 20, 2),
                        "roll": rf(c.rng, -10, 10, 2),
                    },
                    "katseen_suunta": c.rng.choice(["naytto", "vasen", "alas"]),
                }
                for i in range(6)
            ]
        }
    )
    b.no_content()
    return b.build()


def face_template_opaque(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/s/2")
    b.bio("face_embedding", "json d: gzip+base64 of the tracker's face template", detectable=False)
    blob = gz(repr(floats(c.rng, 128)).encode())
    b.json({"d": base64.b64encode(blob).decode(), "v": 2})
    b.no_content()
    return b.build()
