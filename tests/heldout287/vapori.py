"""Tirrenu: a ferry company's app (Bastia - Livorno / Marseille crossings) and
its own cabin screens.

Almost everything here is ordinary: crossing times with `durata` of the
traversata, the ship's `pusizione` (lat / lon) for the map, booking numbers,
the place in the disembarkation queue (`pusizione in fila`), the onboard film
catalogue (content fetch, "da fighjà à bordu") and the restaurant menu. The
cabin screens are the company's equipment: they poll for their playlist and
report their health under an inventory serial (`schermu`, not a person's
device). The passenger app registers its ANDROID_ID and sends Adjust events.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex

from . import sdk
from .phone import FB, iso, ms, rf, rid, ua

API = "https://api.tirrenu-ferries.example"
ONBOARD = "https://bordu.tirrenu-ferries.example"
UA = ua("Tirrenu", "5.1.4", "gh")
PKG = "com.tirrenu.ferries"
SHIPS = ["Pascal Paoli", "Sampiero Corso", "Monte d'Oro"]
FILMS = [("f11", "U Mare in Faccia", 5400), ("f14", "Vendetta", 6100), ("f19", "Isula", 4800)]
SCREENS = [f"CAB-{n:04d}-TR" for n in (1102, 1107, 2214, 3120, 3131)]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "tirrenu", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + new_hex(c.rng, 40))
    return b


def register(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v3/apparechju")
    b.json(
        {
            "androidId": b.id("aid_vapori", where="json androidId"),
            "cliente": b.acct("vapori_user"),
            "notifiche": True,
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def adjust_booking(c: Context) -> Flow:
    b = sdk.adjust_event(
        c,
        "adjust",
        "t9r3n5u1f0e2",
        PKG,
        "gaid_gh",
        "vapori_adjust_uuid",
        UA,
        "bk7a2z",
        lambda b: {"rotta": "BIA-LIV", "cabina": "1"},
    )
    return b.build()


def crossings(c: Context) -> Flow:
    dest = c.rng.choice(["LIV", "MRS", "NCE", "SVN"])
    b = _b(c, "GET", f"{API}/v3/traversate?da=BIA&a={dest}&data={iso(c)[:10]}")
    b.decoy("durata of a ferry crossing")
    b.ok_json(
        {
            "traversate": [
                {
                    "battellu": s,
                    "partenza": iso(c),
                    "durata": c.rng.choice([240, 270, 600]),
                    "prezzu": rf(c.rng, 40, 160, 2),
                }
                for s in SHIPS
            ]
        }
    )
    return b.build()


def ship_position(c: Context) -> Flow:
    ship = c.rng.choice(SHIPS)
    b = _b(c, "GET", f"{API}/v3/battelli/{ship.replace(' ', '-').lower()}/pusizione")
    b.decoy("a ship's pusizione (lat/lon)")
    b.ok_json(
        {
            "battellu": ship,
            "pusizione": {"lat": rf(c.rng, 42.6, 43.5), "lon": rf(c.rng, 9.4, 10.3)},
            "velocità": rf(c.rng, 14, 22, 1),
            "arrivuPrevistu": iso(c),
        }
    )
    return b.build()


def booking(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v3/prenotazioni")
    b.decoy("booking number")
    b.json(
        {
            "traversata": f"TR{c.rng.randint(1000, 9999)}",
            "passageri": 2,
            "vittura": {"targa": f"GH-{c.rng.randint(100, 999)}-AZ"},
            "cabina": "interna 2 lochi",
            "idempotenza": rid(c.rng),
        }
    )
    b.ok_json({"numeruPrenotazione": f"TIR-{c.rng.randint(10**6, 10**7)}", "totale": 214.5})
    return b.build()


def queue(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v3/imbarcu/fila?prenotazione=TIR-{c.rng.randint(10**6, 10**7)}")
    b.decoy("pusizione in a boarding queue")
    b.ok_json({"pusizione": c.rng.randint(1, 400), "corsia": c.rng.randint(1, 8), "attesa": 25})
    return b.build()


def onboard_films(c: Context) -> Flow:
    b = _b(c, "GET", f"{ONBOARD}/v1/filmi?ponte=7")
    b.decoy("onboard film catalogue with durata (content fetch)")
    b.ok_json(
        {
            "filmi": [
                {"id": i, "titulu": t, "durata": d, "affissu": f"{ONBOARD}/img/{i}.jpg"}
                for i, t, d in FILMS
            ],
            "da_fighjà": "Sala cinema, ponte 7",
        }
    )
    return b.build()


def menu(c: Context) -> Flow:
    b = _b(c, "GET", f"{ONBOARD}/v1/ristorante/listinu")
    b.ok_json(
        {
            "piatti": [
                {"nome": n, "prezzu": p}
                for n, p in (("Fiadone", 6.5), ("Pulenda castagnina", 12.0), ("Brocciu", 5.0))
            ]
        }
    )
    return b.build()


def cabin_playlist(c: Context) -> Flow:
    scr = c.rng.choice(SCREENS)
    b = FB(c, "cabin-screen", "GET", f"{ONBOARD}/v1/schermi/{scr}/playlist")
    b.header("user-agent", "TirrenuSignage/2.3 (Linux; BrightSign XD235)")
    b.decoy("cabin screen inventory serial (company equipment)")
    b.ok_json(
        {
            "schermu": scr,
            "playlist": [
                {"clip": "sicurezza_co.mp4", "durata": 180},
                {"clip": "ristorante.mp4", "durata": 45},
            ],
        }
    )
    return b.build()


def cabin_health(c: Context) -> Flow:
    scr = c.rng.choice(SCREENS)
    b = FB(c, "cabin-screen", "POST", f"{ONBOARD}/v1/schermi/stato")
    b.header("user-agent", "TirrenuSignage/2.3 (Linux; BrightSign XD235)")
    b.decoy("cabin screen serial and MAC in the company's inventory")
    b.json(
        {
            "schermu": scr,
            "serie": "XD" + scr[4:8] + "C7",
            "cabina": int(scr[4:8]),
            "temperatura": rf(c.rng, 35, 55, 1),
            "uptime": c.rng.randint(10**4, 10**6),
            "firmware": "8.5.47",
            "ora": ms(c),
        }
    )
    b.no_content()
    return b.build()


def wifi_portal(c: Context) -> Flow:
    b = _b(c, "POST", f"{ONBOARD}/portal/accessu")
    b.decoy("onboard Wi-Fi voucher")
    b.form([("voucher", f"W{c.rng.randint(10**5, 10**6)}"), ("lingua", "co")])
    b.ok_json({"accessu": True, "minuti": 120})
    return b.build()
