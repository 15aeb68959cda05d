"""JuaBox: a pay-as-you-go solar home system (panel, battery, lights, radio)
bought on a lease-to-own plan, with its app on the Tecno.

The controller in the house has a GSM modem; the app reads its state by the
controller serial in the path (`/kifaa/{serial}`), the controller itself
reports telemetry with its serial and modem IMEI (`namba_ya_kifaa`,
`imei_ya_modem`), and an old firmware heartbeat sends the IMEI's MD5 under
`x`. The lease makes the controller the household's device while they pay it
off (the company could lock it, but it is in the family's house and theirs at
the end): labelled as the household's. Unlock tokens, battery voltage series
and payment plans are ordinary.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_digits

from .phone import FB, iso, ksh, ms, rf, rid, ua_tecno

API = "https://api.juabox.example"
M2M = "https://m2m.juabox.example"
UA = ua_tecno("JuaBox", "4.0.2")


def _app(c: Context, method: str, url: str) -> FB:
    b = FB(c, "juabox", method, url)
    b.header("user-agent", UA)
    b.header("x-app-device", b.id("aid_jua", where="header x-app-device"))
    return b


def status(c: Context) -> Flow:
    b = FB(c, "juabox", "GET", "")
    b.header("user-agent", UA)
    serial = b.id("jua_serial", where="path /kifaa/{serial}")
    b.base = f"{API}/v1/kifaa/{serial}/hali"
    b.decoy("battery level and days of light remaining")
    b.ok_json(
        {
            "betri_asilimia": c.rng.randint(10, 100),
            "siku_zilizobaki": c.rng.randint(0, 30),
            "imefungwa": c.rng.random() < 0.1,
            "akaunti": b.acct("jua_account"),
        }
    )
    return b.build()


def telemetry(c: Context) -> Flow:
    b = FB(c, "juabox-m2m", "POST", f"{M2M}/t/v2", http_version="HTTP/1.1")
    b.header("user-agent", "JBX-CTRL/2.6")
    b.decoy("battery voltage and panel current series")
    b.json(
        {
            "namba_ya_kifaa": b.id("jua_serial", where="json namba_ya_kifaa"),
            "imei_ya_modem": b.id("imei_jua", where="json imei_ya_modem"),
            "volti": [rf(c.rng, 11.8, 14.2, 2) for _ in range(12)],
            "ampea_za_paneli": [rf(c.rng, 0, 4.5, 2) for _ in range(12)],
            "saa": ms(c) // 1000,
        }
    )
    b.ok_json({"sawa": 1})
    return b.build()


def legacy_heartbeat(c: Context) -> Flow:
    b = FB(c, "juabox-m2m", "GET", f"{M2M}/h", http_version="HTTP/1.1")
    b.header("user-agent", "JBX-CTRL/1.9")
    b.param("x", b.id("imei_jua", "md5", "query x (MD5 of the modem IMEI)", detectable=False))
    b.param("b", str(c.rng.randint(40, 100)))
    b.respond(200, "text/plain", b"1")
    return b.build()


def unlock_token(c: Context) -> Flow:
    b = _app(c, "POST", f"{API}/v1/tokeni")
    b.decoy("unlock token for paid days (a code, not a device id)")
    b.json({"akaunti": b.acct("jua_account"), "ombi": rid(c.rng)})
    b.ok_json({"tokeni": new_digits(c.rng, 12), "siku": c.rng.choice([1, 7, 30]), "saa": iso(c)})
    return b.build()


def plan(c: Context) -> Flow:
    b = _app(c, "GET", f"{API}/v1/mpango")
    b.ok_json(
        {
            "bei_ya_kila_siku": 50,
            "kiasi_kilicholipwa": ksh(c.rng, 2000, 30000),
            "kiasi_kilichobaki": ksh(c.rng, 1000, 25000),
        }
    )
    return b.build()
