"""The building's access control: face terminals at the studio doors, run by a
BioStar-2-style server that the security integrator hosts for the broadcaster.

Staff face enrolment at the reception terminal sends the new employee's face to
the vendor's server: `PUT /api/users/{id}` with `User.credentials.faces[]`
holding `raw_image` (base64 JPEG) and `templates[].template` (the face
template): biometric, whoever's face it is. The terminals' nightly sync posts
their template store as one encrypted blob (`d`): biometric but opaque. Access
events (door, time, auth mode "ansikt"), door status and the terminals'
heartbeats with their serials are ordinary; the terminals are the building's.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_digits, new_hex
from tests.heldout.wire import b64, fake_jpeg

from .phone import EB, iso, rid

API = "https://biostar.adgangspartner.example"
DORER = ["Studio 1", "Studio 2", "Kontrollrom A", "Teknisk sentral", "Hovedinngang", "Garderobe"]
TERMINALER = [("FS2-01", "545010231"), ("FS2-02", "545010232"), ("FS2-03", "545010247")]
NAVN = ["Kari Nordmann", "Ola Hansen", "Siri Berg", "Jonas Lie", "Maja Dahl", "Emil Bakke"]


def _b(c: Context, method: str, url: str) -> EB:
    b = EB(c, "biostar", method, url, http_version="HTTP/1.1")
    b.header("user-agent", "FaceStation2/1.3.0")
    b.header("bs-session-id", new_hex(c.rng, 32))
    return b


def face_enrol(c: Context) -> Flow:
    uid = new_digits(c.rng, 4, "4")
    b = _b(c, "PUT", f"{API}/api/users/{uid}")
    b.bio("face_template", "json User.credentials.faces[].raw_image + templates[].template")
    b.json(
        {
            "User": {
                "user_id": uid,
                "name": c.rng.choice(NAVN),
                "user_group_id": {"id": c.rng.randint(2, 9)},
                "credentials": {
                    "faces": [
                        {
                            "raw_image": b64(fake_jpeg(c.rng.randint(0, 10**9), 700)),
                            "templates": [
                                {"template": b64(bytes(c.rng.getrandbits(8) for _ in range(552)))}
                                for _ in range(2)
                            ],
                            "flag": "0",
                            "useProfile": "false",
                            "index": 0,
                        }
                    ]
                },
            }
        }
    )
    b.ok_json({"Response": {"code": "0", "message": "Success"}})
    return b.build()


def template_sync_opaque(c: Context) -> Flow:
    term = c.rng.choice(TERMINALER)[0]
    b = _b(c, "POST", f"{API}/api/t/{term}/s")
    b.bio("face_template", "json d (encrypted template store)", detectable=False)
    b.decoy("terminal name in path")
    b.json({"d": b64(bytes(c.rng.getrandbits(8) for _ in range(900))), "n": c.rng.randint(40, 300)})
    b.ok_json({"ok": 1})
    return b.build()


def hendelser(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/events/search")
    b.decoy("access events with auth mode 'ansikt' (no face data)")
    b.json({"Query": {"limit": 20, "conditions": [{"column": "datetime", "operator": 3}]}})
    b.ok_json(
        {
            "EventCollection": {
                "rows": [
                    {
                        "id": str(c.rng.randint(10**6, 10**7)),
                        "datetime": iso(c),
                        "door_id": {"name": c.rng.choice(DORER)},
                        "user_id": {"user_id": new_digits(c.rng, 4, "4")},
                        "event_type_id": {"code": "4867"},
                        "autentisering": c.rng.choice(["ansikt", "kort", "ansikt+kort"]),
                    }
                    for _ in range(5)
                ]
            }
        }
    )
    return b.build()


def dorstatus(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/doors/status")
    b.ok_json(
        {"DoorCollection": {"rows": [{"name": d, "locked": c.rng.random() < 0.8} for d in DORER]}}
    )
    return b.build()


def heartbeat(c: Context) -> Flow:
    navn, serie = c.rng.choice(TERMINALER)
    b = _b(c, "POST", f"{API}/api/devices/{serie}/heartbeat")
    b.decoy("access terminal serial (the building's equipment)")
    b.json({"name": navn, "id": serie, "fw": "1.3.0", "uptime": c.rng.randint(10**4, 10**6)})
    b.ok_json({"Response": {"code": "0"}, "trace": rid(c.rng)})
    return b.build()
