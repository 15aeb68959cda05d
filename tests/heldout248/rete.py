"""The ship's network: the crew Wi-Fi captive portal, the data quota, the
ship's position and the daily programme.

The captive portal (a fictional onboard Wi-Fi manager) is told the phone's
Wi-Fi MAC in the login form (the ship's portal redirect puts it there; MAC
randomisation is off on the crew SSID by MDM policy, so it is the phone's
real MAC: the tester's own device id). The quota page is keyed by a SHA-1 of
the bare MAC under `k` (opaque). The ship's position ("posizione", speed,
heading) and the programme are ordinary.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex

from .nave import PORTS, SHIP, ship
from .phone import OB, iso, rf

PORTAL = f"https://wifi.{SHIP}"


def _portal(c: Context, method: str, url: str) -> OB:
    b = OB(c, "wifi-portal", method, url)
    b.header(
        "user-agent",
        "Mozilla/5.0 (Linux; Android 14; SM-S911B) AppleWebKit/537.36 (KHTML, like Gecko) "
        "Chrome/125.0.6422.165 Mobile Safari/537.36",
    )
    return b


def captive_login(c: Context) -> Flow:
    b = _portal(c, "POST", f"{PORTAL}/portal/login")
    b.form(
        [
            ("username", b.acct("crew_id")),
            ("password", new_hex(c.rng, 12)),
            ("client_mac", b.id("wifi_mac", where="form client_mac")),
            ("ap_mac", "00:3a:7d:" + ":".join(new_hex(c.rng, 2) for _ in range(3))),
            ("ssid", "SDM-CREW"),
            ("redirect", "http://connectivitycheck.gstatic.com/generate_204"),
        ]
    )
    b.respond(302, "text/html", b"", headers=[("location", f"{PORTAL}/portal/ok")])
    return b.build()


def quota_hashed(c: Context) -> Flow:
    b = _portal(c, "GET", f"{PORTAL}/portal/api/q")
    b.param("k", b.id("wifi_mac", "sha1_of_nosep", "query k", detectable=False))
    b.decoy("data quota in MB")
    b.ok_json({"mbUsed": c.rng.randint(10, 1900), "mbTotal": 2048, "piano": "CREW-2GB"})
    return b.build()


def quota(c: Context) -> Flow:
    b = _portal(c, "GET", f"{PORTAL}/portal/api/session?sid={new_hex(c.rng, 24)}")
    b.decoy("session time left / duration of the Wi-Fi plan")
    b.ok_json({"minutiRimasti": c.rng.randint(10, 1440), "durataPiano": 1440, "stato": "attivo"})
    return b.build()


def ship_position(c: Context) -> Flow:
    b = ship(c, "nav", "GET", f"https://nav.{SHIP}/api/posizione")
    b.decoy("the ship's position, speed and heading (navigation)")
    b.ok_json(
        {
            "lat": rf(c.rng, 41.0, 44.3, 4),
            "lon": rf(c.rng, 2.1, 9.0, 4),
            "velocitaNodi": rf(c.rng, 0, 21, 1),
            "rotta": rf(c.rng, 0, 359, 0),
            "prossimoPorto": c.rng.choice(PORTS)[1],
            "eta": iso(c),
        }
    )
    return b.build()


def daily_programme(c: Context) -> Flow:
    code, name = c.rng.choice(PORTS)
    b = ship(c, "programma", "GET", f"https://app.{SHIP}/api/v1/programma?porto={code}")
    b.decoy("the day's programme with times and durations")
    b.ok_json(
        {
            "porto": name,
            "attivita": [
                {"ora": "08:00", "titolo": "Sbarco / Desembarque", "durataMin": 60},
                {"ora": "10:30", "titolo": "Zumba in piscina", "durataMin": 45},
                {"ora": "17:30", "titolo": "Tutti a bordo", "durataMin": 0},
                {"ora": "21:00", "titolo": "Spettacolo al Teatro Colosseo", "durataMin": 50},
            ],
        }
    )
    return b.build()


FLOWS = [quota, ship_position, daily_programme]
