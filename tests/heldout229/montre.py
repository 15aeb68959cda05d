"""Pulso: the companion app of the manager's watch (a Galaxy-Watch-class watch
paired over BLE).

The app binds the watch by its BLE MAC and serial, sends the MAC in a header on
every sync, reads the watch's details back, and relays the watch's raw dump as
protobuf (no field names on the wire). Remote config is keyed by an MD5 of the
ANDROID_ID under a one-letter form field. Steps, heart rate, sleep, watch
faces and wrist-raise angles are ordinary data.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import pb_bytes, pb_packed_floats, pb_varint

from .phone import GB, iso, ms, rf, rid, ua

API = "https://api.pulso-montres.example"
UA = ua("Pulso", "4.0.3")
CADRANS = ["Classique", "Hockey Bleu-Blanc-Rouge", "Minimal", "Infos"]


def _b(c: Context, method: str, url: str) -> GB:
    b = GB(c, "pulso", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + rid(c.rng).replace("-", ""))
    return b


def jumelage(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/montres/jumelage")
    b.json(
        {
            "userId": b.acct("montre_user"),
            "bleMac": b.id("montre_mac", where="json bleMac"),
            "serialNumber": b.id("montre_serial", where="json serialNumber"),
            "phoneAndroidId": b.id("aid_montre", where="json phoneAndroidId"),
            "modele": "SM-R930",
            "micrologiciel": "R930XXU1BXG4",
        }
    )
    b.ok_json({"code": 0})
    return b.build()


def infos_montre(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/montres/courante")
    mac = b.id("montre_mac", "nosep", "response json montre.mac", direction="response")
    b.ok_json({"montre": {"mac": mac, "batterie": c.rng.randint(5, 100), "synchro": iso(c)}})
    return b.build()


def synchro(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/donnees/synchro")
    b.header("x-watch-mac", b.id("montre_mac", "nosep_upper", "header x-watch-mac"))
    b.json(
        {
            "pas": [c.rng.randint(0, 400) for _ in range(24)],
            "frequenceCardiaque": [c.rng.randint(55, 120) for _ in range(24)],
            "sommeilMin": c.rng.randint(300, 520),
            "debut": ms(c),
        },
        "gzip",
    )
    b.ok_json({"code": 0})
    return b.build()


def vidage_protobuf(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v3/brut")
    body = (
        pb_bytes(1, b.id("montre_serial", "protobuf", "protobuf field 1", detectable=False))
        + pb_varint(2, ms(c))
        + pb_packed_floats(3, [rf(c.rng, 0, 2) for _ in range(16)])
    )
    b.set_body(body, "application/x-protobuf")
    b.respond(200, "application/x-protobuf", pb_varint(1, 0))
    return b.build()


def config_opaque(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/k")
    b.form(
        [
            ("a", "ca.pulso.app"),
            ("z", b.id("aid_montre", "md5", "form z", detectable=False)),
            ("v", "4.0.3"),
        ]
    )
    b.ok_json({"f": {"ecg": False, "meteo": True}})
    return b.build()


def cadran(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/cadrans/installer")
    b.decoy("watch face (not a face)")
    b.json({"cadranId": c.rng.randint(100, 999), "nom": c.rng.choice(CADRANS)})
    b.ok_json({"code": 0})
    return b.build()


def poignet(c: Context) -> Flow:
    b = _b(c, "PUT", f"{API}/v2/reglages/lever-poignet")
    b.decoy("wrist pitch / roll angles (not a head pose)")
    b.json(
        {
            "actif": True,
            "tangageDeg": rf(c.rng, 10, 45, 1),
            "roulisDeg": rf(c.rng, -30, 30, 1),
        }
    )
    b.ok_json({"code": 0})
    return b.build()


def journee(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/donnees/jour?date=aujourdhui")
    b.ok_json(
        {
            "pas": c.rng.randint(2000, 18000),
            "km": rf(c.rng, 1, 14, 2),
            "kcal": c.rng.randint(150, 900),
            "fcRepos": c.rng.randint(52, 70),
        }
    )
    return b.build()


def meteo_montre(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/meteo?ville=Montreal")
    b.ok_json({"tempC": rf(c.rng, -25, 30, 1), "ciel": c.rng.choice(["neige", "soleil", "nuages"])})
    return b.build()
