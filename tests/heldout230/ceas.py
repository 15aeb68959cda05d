"""The mother's smartwatch (a fictional Puls W2) and its companion app on the
Redmi in Cluj-Napoca.

Binding and sync send the watch's BLE MAC and serial and the companion app's
install id; daily summaries carry steps, sleep and heart-rate samples (health
data, none of it a face, a voice or a device id). A newer build uploads the
watch's device record as protobuf with unnamed fields, and the config poll
sends the watch only as an MD5 of its bare MAC. Watch faces, firmware and
settings are ordinary.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import pb_bytes, pb_varint

from .phone import FB, iso, ms, ua

API = "https://api.pulswear.example"
UA = ua("PulsWear", "2.6.0", "mama")


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "pulswear", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + new_hex(c.rng, 32))
    return b


def asociere(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/dispozitive/asociere")
    b.json(
        {
            "macBluetooth": b.id("ceas_mac", where="json macBluetooth"),
            "serie": b.id("ceas_serial", where="json serie"),
            "idInstalare": b.id("ceas_install", where="json idInstalare"),
            "androidId": b.id("aid_ceas", where="json androidId"),
            "model": "Puls W2",
        }
    )
    b.ok_json({"utilizator": b.acct("ceas_user"), "asociat": True})
    return b.build()


def sincronizare(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/sincronizare")
    b.header("x-device-mac", b.id("ceas_mac", "nosep_upper", "header x-device-mac"))
    b.json(
        {
            "serie": b.id("ceas_serial", where="json serie"),
            "baterie": c.rng.randint(10, 100),
            "ultimaSincronizare": iso(c),
            "pasi": c.rng.randint(200, 14000),
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def info_dispozitiv(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/dispozitive/info")
    b.param("mac", b.id("ceas_mac", "urlenc", "query mac"))
    b.ok_json({"firmware": "W2-1.4.7", "actualizareDisponibila": False})
    return b.build()


def inregistrare_protobuf(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/d")
    serial = b.id_raw("ceas_serial", "protobuf", "protobuf field 2", detectable=False)
    inst = b.id_raw("ceas_install", "protobuf", "protobuf field 3", detectable=False)
    body = pb_bytes(1, "W2") + pb_bytes(2, serial) + pb_bytes(3, inst) + pb_varint(4, ms(c))
    b.set_body(body, "application/x-protobuf")
    b.respond(200, "application/x-protobuf", pb_varint(1, 1))
    return b.build()


def config_opac(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/cfg")
    b.param("h", b.id("ceas_mac", "md5_of_nosep", "query h", detectable=False))
    b.ok_json({"intervalSincronizare": 900, "functii": ["spo2", "somn"]})
    return b.build()


def rezumat_zilnic(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/sanatate/zilnic")
    b.decoy("steps, sleep and heart-rate samples (health data, not a face or voice)")
    b.json(
        {
            "data": iso(c)[:10],
            "pasi": c.rng.randint(2000, 15000),
            "somnMinute": c.rng.randint(300, 520),
            "puls": [c.rng.randint(55, 120) for _ in range(24)],
        }
    )
    b.ok_json({"salvat": True})
    return b.build()


def cadrane(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/cadrane?pagina=1")
    b.ok_json(
        {"cadrane": [{"id": new_hex(c.rng, 8), "nume": n} for n in ("Clasic", "Sport", "Carpați")]}
    )
    return b.build()


def setari(c: Context) -> Flow:
    b = _b(c, "PUT", f"{API}/v1/setari")
    b.decoy("self-declared sex, height and weight (profile settings)")
    b.json({"sex": "F", "inaltime": 164, "greutate": 63, "mana": "stanga"})
    b.ok_json({"ok": True})
    return b.build()
