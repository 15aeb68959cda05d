"""LaoStar-style Lao TV app on the family's Android TV box in Vientiane.

The box reports live-channel tuning with Lao-script keys (ຊ່ອງ channel,
ເວລາເບິ່ງ time watched) and registers with its Wi-Fi MAC and serial under
French loanword keys (adresse_mac, numero_serie). A protobuf-ish opaque tuning
log hides the same facts behind field numbers.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import pb_bytes, pb_varint

from .phone import BOX_UA, FB, iso, ms, rid

API = "https://tv.laosat.example"
CHANNELS = ["LNTV1", "LNTV3", "Lao Star", "TV Lao", "MVLao"]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "laotv", method, url, http_version="HTTP/1.1")
    b.header("user-agent", BOX_UA)
    return b


def tuning_log(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/ບັນທຶກ/ການເບິ່ງ")
    b.view("json ຊ່ອງ (channel) + ເວລາເບິ່ງ (seconds watched), Lao-script keys")
    b.header("x-box-id", b.id("lao_box_uuid", where="header x-box-id"))
    b.json(
        {
            "ຊ່ອງ": c.rng.choice(CHANNELS),
            "ເລີ່ມ": ms(c) - 600000,
            "ເວລາເບິ່ງ": c.rng.randint(30, 3600),
            "ລາຍການ": c.rng.choice(["ຂ່າວ", "ລະຄອນ", "ບານເຕະ"]),
            "android_id": b.id("aid_lao", where="json android_id"),
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def watch_history(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/historique?uid={c.phone.lao_user}")
    b.view("response json historique[].duree_vue (French loanword keys)", direction="response")
    b.ok_json(
        {
            "historique": [
                {
                    "chaine": c.rng.choice(CHANNELS),
                    "emission": "ລະຄອນ",
                    "duree_vue": c.rng.randint(60, 3000),
                    "date": iso(c),
                }
                for _ in range(3)
            ]
        }
    )
    return b.build()


def tuning_opaque(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/t")
    b.view("protobuf fields 1 (channel no), 2 (start), 3 (seconds)", detectable=False)
    mac = b.id("box_mac", "nosep_upper", "protobuf field 9", detectable=False)
    body = (
        pb_varint(1, c.rng.randint(1, 40))
        + pb_varint(2, ms(c))
        + pb_varint(3, c.rng.randint(30, 3600))
        + pb_bytes(9, mac)
    )
    b.set_body(body, "application/x-protobuf")
    b.no_content()
    return b.build()


def box_register(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/appareil/enregistrer")
    b.json(
        {
            "adresse_mac": b.id("box_mac", where="json adresse_mac"),
            "numero_serie": b.id("box_serial", where="json numero_serie"),
            "ລະຫັດເຄື່ອງ": b.id("lao_box_uuid", where="json ລະຫັດເຄື່ອງ (device code)"),
            "modele": "X96Q",
        }
    )
    b.ok_json({"token": rid(c.rng)})
    return b.build()


def epg(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/epg?date=2024-12-03")
    b.decoy("programme guide with start times and durations (schedule, not watching)")
    b.ok_json(
        {
            "ຕາຕະລາງ": [
                {"ຊ່ອງ": ch, "ເລີ່ມ": ms(c) + i * 3600000, "duration": 3600}
                for i, ch in enumerate(CHANNELS)
            ]
        }
    )
    return b.build()


def ratings(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/top-channels")
    b.decoy("most-watched channels over all viewers (aggregate)")
    b.ok_json({"top": [{"chaine": ch, "viewers": c.rng.randint(1000, 90000)} for ch in CHANNELS]})
    return b.build()


def segment(c: Context) -> Flow:
    b = FB(
        c, "laotv", "GET", f"https://live.laosat.example/lntv1/seg_{c.rng.randint(10**5, 10**6)}.ts"
    )
    b.header("user-agent", BOX_UA)
    b.respond(200, "video/mp2t", bytes(c.rng.getrandbits(8) for _ in range(400)))
    return b.build()
