"""Revontuli Sync: the companion app of the coordinator's own sports watch.

Pairing registers the watch's BLE MAC and serial with the phone's ANDROID_ID;
training sync sends the serial (`kelloSarjanumero`) with the sessions; the
watch's raw dump is relayed as protobuf with the serial and MAC in numbered
fields. Heart rate, training durations, sleep, recovery and the watch's GPS
track are health and fitness data here, not biometric identifiers (no face,
voice or fingerprint), and the firmware check names only the model.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import pb_bytes, pb_varint

from .phone import FB, iso, ms, rf, rid, ua

API = "https://api.revontuli-sport.example"
UA = ua("RevontuliSync", "3.8.4")
LAJIT = ["juoksu", "pyöräily", "hiihto", "kuntosali", "sauvakävely"]


def _b(c: Context, method: str, url: str, install: bool = False) -> FB:
    b = FB(c, "revontuli", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + rid(c.rng).replace("-", ""))
    if install:
        b.header("x-asennus", b.id("kello_install", where="header x-asennus (install id)"))
    return b


def paritus(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/laitteet/paritus", install=True)
    b.json(
        {
            "kayttaja": b.acct("kello_user"),
            "kello": {
                "malli": "Vire 2",
                "bleMac": b.id("watch_mac", where="json kello.bleMac"),
                "sarjanumero": b.id("watch_serial", where="json kello.sarjanumero"),
                "firmware": "2.14.7",
            },
            "puhelin": {"androidId": b.id("aid_kello", where="json puhelin.androidId")},
        }
    )
    b.ok_json({"paritettu": True})
    return b.build()


def synkronointi(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/harjoitukset/synkronoi")
    b.decoy("training durations and heart rate (fitness data)")
    laji = c.rng.choice(LAJIT)
    b.json(
        {
            "kelloSarjanumero": b.id("watch_serial", where="json kelloSarjanumero"),
            "harjoitukset": [
                {
                    "laji": laji,
                    "alku": iso(c),
                    "kesto_s": c.rng.randint(1200, 5400),
                    "matka_m": c.rng.randint(2000, 25000),
                    "sykeKeski": c.rng.randint(110, 160),
                    "sykeMax": c.rng.randint(160, 190),
                }
            ],
        }
    )
    b.ok_json({"tallennettu": 1})
    return b.build()


def raakadata(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/d")
    body = (
        pb_bytes(1, b.id("watch_serial", "protobuf", "protobuf field 1", detectable=False))
        + pb_bytes(2, b.id("watch_mac", "protobuf", "protobuf field 2", detectable=False))
        + pb_varint(3, ms(c))
        + pb_bytes(4, bytes(c.rng.getrandbits(8) for _ in range(120)))
    )
    b.set_body(body, "application/x-protobuf")
    b.respond(200, "application/x-protobuf", pb_varint(1, 0))
    return b.build()


def paivayhteenveto(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/paiva/{iso(c)[:10]}")
    b.decoy("daily steps, resting heart rate and sleep (fitness data)")
    b.ok_json(
        {
            "askeleet": c.rng.randint(3000, 16000),
            "leposyke": c.rng.randint(48, 64),
            "uni": {"kesto_min": c.rng.randint(330, 520), "syvaa_min": c.rng.randint(40, 120)},
            "palautuminen": rf(c.rng, 0.3, 0.95, 2),
        }
    )
    return b.build()


def reitti(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/harjoitukset/{rid(c.rng)[:12]}/reitti")
    b.decoy("GPS track positions (maps position)")
    lat, lon = 61.4978, 23.761
    b.ok_json(
        {
            "pisteet": [
                [
                    round(lat + rf(c.rng, -0.02, 0.02, 5), 5),
                    round(lon + rf(c.rng, -0.03, 0.03, 5), 5),
                ]
                for _ in range(8)
            ]
        }
    )
    return b.build()


def firmware(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/firmware/uusin?malli=Vire%202&nykyinen=2.14.7")
    b.ok_json({"versio": "2.15.0", "koko": 4431872, "pakollinen": False})
    return b.build()
