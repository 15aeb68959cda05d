"""Smart-home app "Casa Lista" (Tuya / SmartThings-like): cameras, thermostats, plugs.

Look-alikes: camera motion events with a "person" / "pet" box, thermostat
schedules, energy series, device lists with model names, doorbell rings.
Sensitive: the camera's "familiar faces" library (enrolling a face crop with
its feature vector; recognition events naming the matched person, with the
face embedding), and pairing the camera (its serial number and Wi-Fi MAC).
Tuya's own API shape (a1.tuyaus.com/api.json?a=<action>&v=...) is followed for
the device calls: action name in `a`, form field postData (developer.tuya.com).
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import b64, fake_jpeg, floats_b64, js

from .phone import FB, floats, iso, ms, rf, rid, ua

API = "https://a1.casalista-iot.com/api.json"
UA = ua("CasaLista", "5.9.0")


def _b(c: Context, action: str, post: dict | None = None) -> FB:
    b = FB(
        c,
        "casalista",
        "POST",
        API,
        [
            ("a", action),
            ("v", "1.0"),
            ("clientId", "cl7x2hq9"),
            ("time", str(int(c.now))),
            ("lang", "es"),
            ("requestId", rid(c.rng)),
        ],
    )
    b.header("user-agent", UA)
    if post is not None:
        b.form([("postData", js(post)), ("sign", rid(c.rng).replace("-", ""))])
    return b


def motion_event(c: Context) -> Flow:
    obj = c.rng.choice(["person", "pet", "vehicle", "person"])
    b = _b(c, "casa.m.ipc.event.list", {"camara": "Cochera", "desde": ms(c) - 3600000})
    b.ok_json(
        {
            "eventos": [
                {
                    "tipo": "movimiento",
                    "objeto": obj,
                    "confianza": rf(c.rng, 0.5, 0.99, 2),
                    "bbox": [
                        c.rng.randint(0, 600),
                        c.rng.randint(0, 300),
                        c.rng.randint(60, 300),
                        c.rng.randint(80, 400),
                    ],
                    "ts": ms(c),
                    "clip": f"https://clips.casalista-iot.com/{rid(c.rng)}.mp4",
                }
                for _ in range(c.rng.randint(1, 4))
            ]
        }
    )
    b.decoy("camera motion events: object class and bounding box, no face data")
    return b.build()


def thermostat(c: Context) -> Flow:
    b = _b(
        c,
        "casa.m.device.dp.publish",
        {
            "dps": {"2": 22.5, "4": "auto"},
            "horario": [
                {"dia": d, "desde": "06:30", "hasta": "08:00", "temp": 22}
                for d in ("lun", "mar", "mie")
            ],
        },
    )
    b.ok_json({"success": True, "t": ms(c)})
    b.decoy("thermostat schedule and setpoint")
    return b.build()


def device_list(c: Context) -> Flow:
    b = _b(c, "casa.m.my.group.device.list", {"gid": c.rng.randint(10**7, 10**8)})
    b.ok_json(
        {
            "result": [
                {"name": n, "productId": p, "category": k, "online": True}
                for n, p, k in [
                    ("Termostato sala", "TH-200", "wk"),
                    ("Cámara cochera", "IPC-C3W", "sp"),
                    ("Enchufe tele", "SP-10", "cz"),
                ]
            ]
        }
    )
    b.decoy("device list: names, product models, categories")
    return b.build()


def energy(c: Context) -> Flow:
    b = _b(c, "casa.m.device.energy.hourly", {"dia": iso(c)[:10]})
    b.ok_json({"kwh": [rf(c.rng, 0, 0.6, 3) for _ in range(24)], "tarifa": "1C"})
    b.decoy("hourly energy series")
    return b.build()


def doorbell(c: Context) -> Flow:
    b = _b(c, "casa.m.ipc.doorbell.ring", {"ts": ms(c)})
    b.ok_json(
        {
            "snapshot": f"https://snap.casalista-iot.com/{rid(c.rng)}.jpg",
            "duracion_s": c.rng.randint(3, 20),
        }
    )
    b.decoy("doorbell ring with a snapshot link")
    return b.build()


def face_enrol(c: Context) -> Flow:
    b = _b(c, "casa.m.ipc.face.library.add")
    b.form(
        [
            (
                "postData",
                js(
                    {
                        "nombre": c.rng.choice(["Mamá", "Diego", "Vecina"]),
                        "rostro_jpg": b64(fake_jpeg(c.rng.randint(0, 10**9), 400)),
                        "face_feature": floats_b64(floats(c.rng, 128)),
                        "calidad": rf(c.rng, 0.6, 1, 2),
                    }
                ),
            ),
            ("sign", rid(c.rng).replace("-", "")),
        ]
    )
    b.bio("face_template", "form postData.face_feature (128-d float32) + face crop")
    b.ok_json({"success": True, "faceId": c.rng.randint(10**5, 10**6)})
    return b.build()


def face_seen(c: Context) -> Flow:
    b = _b(
        c,
        "casa.m.ipc.face.recognized",
        {
            "camara": "Cochera",
            "persona": c.rng.choice(["Mamá", "Diego", "desconocido"]),
            "similitud": rf(c.rng, 0.5, 0.98, 3),
            "face_embedding": floats(c.rng, 64),
            "ts": ms(c),
        },
    )
    b.bio("face_template", "postData face_embedding of a recognised visitor")
    b.ok_json({"success": True})
    return b.build()


def pair_camera(c: Context) -> Flow:
    b = FB(
        c,
        "casalista",
        "POST",
        API,
        [
            ("a", "casa.m.device.bind"),
            ("v", "2.0"),
            ("clientId", "cl7x2hq9"),
            ("time", str(int(c.now))),
            ("lang", "es"),
        ],
    )
    b.header("user-agent", UA)
    post = {
        "sn": b.id("cam_serial", where="form postData.sn"),
        "mac": b.id("cam_mac", where="form postData.mac"),
        "productId": "IPC-C3W",
        "token": rid(c.rng)[:8],
        "ssid_len": 12,
    }
    b.form([("postData", js(post)), ("sign", rid(c.rng).replace("-", ""))])
    b.ok_json({"success": True, "gwId": "eb" + rid(c.rng).replace("-", "")[:20]})
    return b.build()
