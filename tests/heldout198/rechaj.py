"""Rechaj Rapid: a prepaid top-up app (Digicel, Natcom) on a Tecno Spark 4 in Cap-Haïtien.

On Android 9 an app holding READ_PHONE_STATE may still read the IMEI, and the
app binds the account to the handset with it: the bind call sends the IMEI,
the ANDROID_ID, the advertising id and a device key it generated; later calls
carry the key in `x-aparey-kle` and a hash of the IMEI in an unnamed signature
header; the binding status is looked up by IMEI in the path. Offers, balances,
recipients' phone numbers and transaction numbers are not device identifiers.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_digits, new_hex
from tests.heldout.wire import b64

from .phone import FB, iso, rf, rid, ua_tecno

API = "https://api.rechajrapid.example"
UA = ua_tecno("RechajRapid", "1.9.4")


def _b(c: Context, method: str, url: str, key: bool = True) -> FB:
    b = FB(c, "rechajrapid", method, url, http_version="HTTP/1.1")
    b.header("user-agent", UA)
    if key:
        b.header("x-aparey-kle", b.id("rechaj_key", where="header x-aparey-kle"))
    return b


def bind(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/aparey/lye", key=False)
    b.json(
        {
            "imei": b.id("tecno_imei", where="json imei"),
            "android_id": b.id("aid_rechaj", where="json android_id"),
            "gaid": b.id("gaid_tecno", where="json gaid"),
            "kle_aparey": b.id("rechaj_key", where="json kle_aparey"),
            "kle_piblik": "MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE" + b64(new_hex(c.rng, 48))[:52],
            "modèl": "TECNO KC8",
            "operatè": c.rng.choice(["Digicel", "Natcom"]),
        }
    )
    b.ok_json({"lye": True, "kont": b.acct("rechaj_msisdn")[:4] + "****", "le": iso(c)})
    return b.build()


def bind_status(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/aparey")
    b.base += "/" + b.id("tecno_imei", where="path /aparey/{imei}/estati") + "/estati"
    b.ok_json({"imei_lye": True, "denye_koneksyon": iso(c)})
    return b.build()


def topup(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/rechaj")
    b.header("x-s", b.id("tecno_imei", "sha1", "header x-s", detectable=False))
    b.decoy("recipient phone number, transaction number")
    b.json(
        {
            "nimewo": "+509" + new_digits(c.rng, 8, c.rng.choice(["3", "4"])),
            "operatè": c.rng.choice(["Digicel", "Natcom"]),
            "montan_htg": c.rng.choice([100, 250, 500, 1000]),
            "idempotency": rid(c.rng),
        }
    )
    b.ok_json(
        {"tranzaksyon": f"RR-{c.rng.randint(10**9, 10**10)}", "estati": "reyisi", "le": iso(c)}
    )
    return b.build()


def offers(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/ofri?operate={c.rng.choice(['digicel', 'natcom'])}", key=False)
    b.ok_json(
        {
            "ofri": [
                {"kod": f"PK{i}", "non": n, "pri_htg": p}
                for i, (n, p) in enumerate(
                    (("Bonis 2x", 250), ("Entènèt 5GB", 750), ("Apèl san limit", 500))
                )
            ]
        }
    )
    return b.build()


def balance(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/balans")
    b.ok_json({"balans_htg": rf(c.rng, 0, 5000, 2), "komisyon": rf(c.rng, 0, 200, 2)})
    return b.build()


def history(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/tranzaksyon?paj=1", key=False)
    b.decoy("transaction numbers and recipients")
    b.ok_json(
        {
            "tranzaksyon": [
                {
                    "id": f"RR-{c.rng.randint(10**9, 10**10)}",
                    "nimewo": "+509" + new_digits(c.rng, 8, "3"),
                    "montan_htg": c.rng.choice([100, 250, 500]),
                    "le": iso(c),
                }
                for _ in range(4)
            ]
        }
    )
    return b.build()
