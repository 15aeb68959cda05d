"""KidoWatch: the son's 4G kid's smartwatch (Budapest), reporting to the watch
maker's cloud.

The watch has its own SIM and IMEI. It registers with IMEI and serial, sends
position, battery and steps (`helyzet`, `akkumulator`, `lepesek`) with the
IMEI in the JSON, and keeps a heartbeat in the bracketed text protocol cheap
GPS watches use (`[3G*<10-digit cloud id>*<len>*LK,...]`), sent here over
HTTPS. The family chat's voice messages (a recording the child sends to his
mother, not a voiceprint), the geofence polygon and the school timetable are
ordinary. A second heartbeat form carries the IMEI MD5-hashed in a header.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import fake_wav

from .phone import FB, iso, ms, rf, rid

API = "https://api.kidowatch.example/ora/v1"
UA = "KidoWatch/2.6 (RTOS; KW-4G-S; 4G)"


def _b(c: Context, method: str, path: str) -> FB:
    b = FB(c, "kidowatch", method, f"{API}/{path}", http_version="HTTP/1.1")
    b.header("user-agent", UA)
    return b


def regisztracio(c: Context) -> Flow:
    b = _b(c, "POST", "eszkoz/regisztracio")
    b.json(
        {
            "imei": b.id("ora_imei", where="json imei"),
            "sorozatszam": b.id("ora_serial", where="json sorozatszam"),
            "felhoAzonosito": b.id("ora_cloud_id", where="json felhoAzonosito"),
            "szuloTelefon": b.acct("ora_parent"),
            "modell": "KW-4G-S",
        }
    )
    b.ok_json({"siker": True, "token": rid(c.rng).replace("-", "")})
    return b.build()


def jelentes(c: Context) -> Flow:
    b = _b(c, "POST", "jelentes")
    b.json(
        {
            "imei": b.id("ora_imei", where="json imei"),
            "helyzet": {"lat": rf(c.rng, 47.46, 47.50, 5), "lon": rf(c.rng, 19.03, 19.07, 5)},
            "pontossag": c.rng.randint(5, 60),
            "akkumulator": c.rng.randint(10, 100),
            "lepesek": c.rng.randint(0, 12000),
            "ido": iso(c),
        }
    )
    b.ok_json({"parancsok": []})
    return b.build()


def lk_opaque(c: Context) -> Flow:
    b = _b(c, "POST", "gw")
    cid = b.id("ora_cloud_id", where="text body [3G*id*...] frame", detectable=False)
    payload = f"LK,{c.rng.randint(0, 12000)},0,{c.rng.randint(10, 100)}"
    frame = f"[3G*{cid}*{len(payload):04X}*{payload}]"
    b.set_body(frame.encode(), "text/plain")
    b.respond(200, "text/plain", f"[3G*{cid}*0002*LK]".encode())
    return b.build()


def eletjel_hash(c: Context) -> Flow:
    b = _b(c, "GET", f"e?t={ms(c)}")
    b.header("x-k", b.id("ora_imei", "md5", "header x-k", detectable=False))
    b.ok_json({"ok": 1})
    return b.build()


def hanguzenet(c: Context) -> Flow:
    b = _b(c, "POST", "csalad/hanguzenet")
    b.header("authorization", "Bearer " + rid(c.rng).replace("-", ""))
    b.decoy("voice chat message to the family (a recording, not a voiceprint)")
    b.set_body(fake_wav(c.rng.randint(0, 10**9), 900), "audio/amr")
    b.ok_json({"uzenetId": rid(c.rng), "kezbesitve": True})
    return b.build()


def geokerites(c: Context) -> Flow:
    b = _b(c, "GET", "geokerites")
    b.header("authorization", "Bearer " + rid(c.rng).replace("-", ""))
    b.decoy("geofence coordinate list (school, home)")
    b.ok_json(
        {
            "teruletek": [
                {
                    "nev": n,
                    "pontok": [
                        [rf(c.rng, 47.46, 47.50, 5), rf(c.rng, 19.03, 19.07, 5)] for _ in range(5)
                    ],
                }
                for n in ("Iskola", "Otthon", "Edzés")
            ]
        }
    )
    return b.build()


def orarend(c: Context) -> Flow:
    b = _b(c, "GET", "iskolai-mod/orarend")
    b.header("authorization", "Bearer " + rid(c.rng).replace("-", ""))
    b.ok_json(
        {
            "orak": [
                {"nap": d, "kezdes": "08:00", "vege": "13:30", "nemitva": True}
                for d in ("H", "K", "Sze", "Cs", "P")
            ]
        }
    )
    return b.build()
