"""Klingelfix: a smart video doorbell with "bekannte Gesichter" (familiar faces).

The doorbell (the family's own: its serial and Wi-Fi MAC are device ids) sends
events through the cloud: a person at the door comes with a face crop and a
recognition vector; the app enrols faces from photos. Motion events with boxes,
parcel detection and the cat at the door (an animal's face) are look-alikes.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import b64, fake_jpeg, mpack, multipart

from .phone import FB, android_ua, floats, iso, ms, rf, rid

API = "https://cloud.klingelfix.example"
UA = android_ua("Klingelfix", "2.30.0")


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "klingelfix", method, url)
    b.header("user-agent", UA)
    b.header("x-app-geraet", b.id("aid_klingel", where="header x-app-geraet"))
    return b


def geraet_koppeln(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/geraete/koppeln")
    b.json(
        {
            "seriennummer": b.id("klingel_serial", where="json seriennummer"),
            "wlanMac": b.id("klingel_mac", where="json wlanMac"),
            "standort": "Haustür",
            "firmware": "KF-3.8.2",
        }
    )
    b.ok_json({"geraetId": c.rng.randint(100000, 999999), "status": "online"})
    return b.build()


def geraete_liste(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/geraete")
    sn = b.id("klingel_serial", where="response json geraete[0].sn", direction="response")
    b.ok_json({"geraete": [{"sn": sn, "akku": c.rng.randint(20, 100), "online": True}]})
    return b.build()


def person_erkannt(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/ereignisse?typ=person&seit={ms(c)}")
    where = "response json gesicht.merkmale + gesicht.bild (visitor's face)"
    b.mark("biometric", "face_embedding", where, True, "response")
    b.ok_json(
        {
            "ereignisse": [
                {
                    "typ": "PERSON_AN_DER_TUER",
                    "zeit": iso(c),
                    "gesicht": {
                        "box": [c.rng.randint(0, 500) for _ in range(4)],
                        "merkmale": floats(c.rng, 128),
                        "bild": b64(fake_jpeg(c.rng.randint(0, 10**9), 300)),
                        "bekannt": c.rng.choice(["Oma Hilde", "Postbote", None]),
                    },
                }
            ]
        }
    )
    return b.build()


def gesicht_anlernen(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/bekannte-gesichter")
    b.bio("face_image", "multipart gesichtsfoto (familiar-face enrolment)")
    boundary = rid(c.rng)
    body = multipart(
        boundary,
        [
            ("name", None, None, c.rng.choice(["Oma Hilde", "Onkel Murat", "Nachbarin"]).encode()),
            ("gesichtsfoto", "gesicht.jpg", "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9))),
        ],
    )
    b.set_body(body, f"multipart/form-data; boundary={boundary}")
    b.ok_json({"gesichtId": rid(c.rng)})
    return b.build()


def kamera_telemetrie_opaque(c: Context) -> Flow:
    """The doorbell's cloud relay: msgpack with one-letter keys, its serial in `s`."""
    b = FB(c, "klingelfix", "POST", "https://relay.klingelfix.example/t")
    b.header("user-agent", "KF-fw/3.8.2")
    b.set_body(
        mpack(
            {
                "s": b.id("klingel_serial", where="msgpack s (doorbell serial)", detectable=False),
                "b": c.rng.randint(20, 100),
                "r": -c.rng.randint(40, 80),
            }
        ),
        "application/x-msgpack",
    )
    b.no_content()
    return b.build()


def bewegung(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/ereignisse/bewegung")
    b.decoy("motion boxes and a parcel label (no face)")
    b.json(
        {
            "zeit": iso(c),
            "boxen": [[c.rng.randint(0, 640) for _ in range(4)] for _ in range(3)],
            "klasse": c.rng.choice(["paket", "auto", "katze"]),
            "konfidenz": rf(c.rng, 0.5, 0.99, 2),
        }
    )
    b.no_content()
    return b.build()


def katze_erkannt(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/ereignisse/tier")
    b.decoy("pet face landmarks of the cat (animal, not biometric)")
    b.json(
        {
            "tier": "katze",
            "tierGesicht": {
                "landmarks": [[rf(c.rng, 0, 640, 1), rf(c.rng, 0, 480, 1)] for _ in range(9)]
            },
            "zeit": iso(c),
        }
    )
    b.no_content()
    return b.build()


def clip_vorschau(c: Context) -> Flow:
    b = FB(c, "klingelfix", "GET", f"https://media.klingelfix.example/clips/{rid(c.rng)}/thumb.jpg")
    b.header("user-agent", UA)
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 400))
    return b.build()
