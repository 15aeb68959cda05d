"""Bigi Mor Iroise: a ferry company (Brest / Le Conquet - Molène - Eusa) with its
booking app on Yann's Galaxy A54, its captive onboard Wi-Fi and its own screens.

The app (French with Breton labels: `lestr` = ship, `treizhadenn` = crossing,
`kabin`, `lec'hiadur` = position) books crossings and cabins and uses Braze
(`device_id`, `google_ad_id` in the `device` object of /api/v3/data,
https://www.braze.com/docs/). The captive portal logs the phone in by its
Wi-Fi MAC (`client_mac` in the URL). Each cabin has a TV of the company's; the
cabin TV reports which channel and programme the cabin watched, and when: one
room's viewing, so viewing history, even though the TV (its serial and MAC)
is the company's own equipment. The lounge signage proof-of-play (a public
screen), the fleet's screen inventory with serials and MACs, the ship's
position, heading and speed (`lec'hiadur`), timetables, booking numbers and
the bar menu are ordinary.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex

from .phone import FB, inst_mac, inst_serial, iso, ms, rf, rid, ua

API = "https://api.bigimor-iroise.example"
PORTAL = "http://wifi.lestr-bigimor.example"
KABIN = "http://kabin-tv.lestr-bigimor.example"
UA = ua("BigiMor", "4.1.2", "yann")
LESTRI = ["Enez Eusa", "Fromveur II", "Molenez"]
CHADENNOU = ["France 3 Breizh", "Tebeo", "TF1", "Arte", "Skignañ 1"]
ABADENNOU = ["Thalassa", "Ar Mor Don", "Keleier", "Des chiffres et des lettres", "Pennoù Skañv"]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "bigimor", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + new_hex(c.rng, 48))
    return b


def register(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v3/appareils")
    b.json(
        {
            "androidId": b.id("aid_lestr", where="json androidId"),
            "pushToken": "fcm:" + new_hex(c.rng, 64),
            "langue": "fr",
            "modele": "SM-A546B",
        }
    )
    b.ok_json({"client": b.acct("lestr_user"), "ok": True})
    return b.build()


def braze_data(c: Context) -> Flow:
    b = FB(c, "braze", "POST", "https://sdk.fra-02.braze.eu/api/v3/data")
    b.header("user-agent", UA)
    b.header("x-braze-api-key", rid(c.rng))
    b.json(
        {
            "api_key": rid(c.rng),
            "device_id": b.id("lestr_braze_id", where="json device_id"),
            "time": int(c.now),
            "sdk_version": "30.4.0",
            "app_version": "4.1.2",
            "device": {
                "android_version": "34",
                "model": "SM-A546B",
                "google_ad_id": b.id("gaid_yann", where="json device.google_ad_id"),
                "ad_tracking_enabled": True,
                "locale": "fr_FR",
            },
            "events": [
                {
                    "name": "ce",
                    "data": {"n": "reservation_vue", "p": {"ligne": "Brest-Eusa"}},
                    "time": rf(c.rng, 1.7e9, 1.8e9, 3),
                }
            ],
        }
    )
    b.ok_json({"feed": [], "triggers": []})
    return b.build()


def portal_login(c: Context) -> Flow:
    b = FB(c, "bigimor-wifi", "GET", f"{PORTAL}/login", http_version="HTTP/1.1")
    b.param("client_mac", b.id("mac_yann", where="query client_mac"))
    b.param("ap", inst_mac(c.rng))
    b.param("ssid", "BigiMor-Wifi")
    b.param("url", "http://connectivitycheck.gstatic.com/generate_204")
    b.header("user-agent", "Mozilla/5.0 (Linux; Android 14; SM-A546B) AppleWebKit/537.36")
    b.decoy("access point MAC (the ship's)")
    b.respond(200, "text/html; charset=utf-8", b"<html><body>Degemer mat e bourzh!</body></html>")
    return b.build()


def portal_quota(c: Context) -> Flow:
    b = FB(c, "bigimor-wifi", "POST", f"{PORTAL}/api/kota", http_version="HTTP/1.1")
    b.header("user-agent", "Mozilla/5.0 (Linux; Android 14; SM-A546B) AppleWebKit/537.36")
    b.header("cookie", "sess=" + b.id("mac_yann", "nosep_upper", "cookie sess"))
    b.form([("a", "status")])
    b.ok_json({"mo_restant": c.rng.randint(10, 200), "expire": iso(c)})
    return b.build()


def cabin_tv(c: Context) -> Flow:
    kabin = c.rng.randint(101, 236)
    b = FB(c, "bigimor-kabin", "POST", f"{KABIN}/v1/kabin/{kabin}/sellet", http_version="HTTP/1.1")
    b.header("user-agent", "KabinTV/2.3 (Linux; Tizen 6.5)")
    b.view("json sellet[] (one cabin's channel, programme, start, minutes)")
    b.decoy("cabin TV serial and MAC (the company's own set)")
    b.json(
        {
            "kabin": str(kabin),
            "lestr": c.rng.choice(LESTRI),
            "skramm": {"sn": inst_serial(c.rng, "KTV"), "mac": inst_mac(c.rng)},
            "sellet": [
                {
                    "chadenn": c.rng.choice(CHADENNOU),
                    "abadenn": c.rng.choice(ABADENNOU),
                    "kregin": iso(c),
                    "munutennoù": c.rng.randint(3, 55),
                }
                for _ in range(c.rng.randint(1, 3))
            ],
        }
    )
    b.no_content()
    return b.build()


def signage_pop(c: Context) -> Flow:
    b = FB(c, "bigimor-skramm", "POST", f"{API}/skrammou/v1/proof-of-play", http_version="HTTP/1.1")
    b.header("user-agent", "SignageAgent/5.0")
    b.decoy("lounge signage proof-of-play (public screen, no viewer) with serial/MAC")
    b.json(
        {
            "skramm_sn": inst_serial(c.rng, "SGN"),
            "mac": inst_mac(c.rng),
            "lec'h": "sal bras, pont 2",
            "roll_c'hoari": [
                {"media": m, "kregin": iso(c), "padelezh_s": c.rng.randint(10, 30)}
                for m in ("surentez.mp4", "bar-menu.png", "dremmwel-eusa.jpg")
            ],
        }
    )
    b.no_content()
    return b.build()


def screen_inventory(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/flota/v1/skrammou?lestr=Enez%20Eusa")
    b.decoy("fleet screen inventory: serials, MACs, IMEIs of the company's screens")
    b.ok_json(
        {
            "skrammou": [
                {
                    "sn": inst_serial(c.rng, "KTV"),
                    "mac": inst_mac(c.rng),
                    "imei_modem": "86" + "".join(str(c.rng.randint(0, 9)) for _ in range(13)),
                    "kabin": str(c.rng.randint(101, 236)),
                    "stad": c.rng.choice(["enaouet", "lazhet"]),
                }
                for _ in range(4)
            ]
        }
    )
    return b.build()


def ship_position(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/lestri/{c.rng.choice(LESTRI).replace(' ', '-')}/lec-hiadur")
    b.decoy("ship position, heading and speed ('lec'hiadur')")
    b.ok_json(
        {
            "lec'hiadur": {"lat": rf(c.rng, 48.3, 48.48, 5), "lon": rf(c.rng, -5.15, -4.7, 5)},
            "roud": rf(c.rng, 0, 359, 1),
            "tizh_noz": rf(c.rng, 8, 16, 1),
            "amzer": iso(c),
        }
    )
    return b.build()


def timetable(c: Context) -> Flow:
    b = _b(
        c, "GET", f"{API}/v2/treizhadennou?eus=Brest&da=Eusa&deiz=2024-12-0{c.rng.randint(1, 9)}"
    )
    b.ok_json(
        {
            "treizhadennou": [
                {
                    "loc'hañ": h,
                    "erruout": f"{int(h[:2]) + 2:02d}:15",
                    "plasoù": c.rng.randint(0, 80),
                }
                for h in ("08:30", "11:00", "16:45")
            ]
        }
    )
    return b.build()


def book_cabin(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/reservations")
    b.decoy("booking number, cabin number, passengers")
    b.json(
        {
            "treizhadenn": f"BE-{c.rng.randint(1000, 9999)}",
            "kabin": {"niverenn": str(c.rng.randint(101, 236)), "gweleoù": 2},
            "tremenidi": [{"anv": "Yann Kerhervé", "oad": "adult"}, {"anv": "Nolwenn", "oad": "5"}],
            "karr": {"plaque": "GH-" + str(c.rng.randint(100, 999)) + "-BZ"},
            "idempotencyKey": rid(c.rng),
        }
    )
    b.ok_json({"dossier": f"BMI{c.rng.randint(10**6, 10**7)}", "qr": new_hex(c.rng, 24)})
    return b.build()


def bar_menu(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/bar/menu?t={ms(c)}")
    b.ok_json({"menu": [{"anv": "Krampouezh", "priz": 4.5}, {"anv": "Chistr", "priz": 3.8}]})
    return b.build()
