"""The living room: the Samsung smart TV's ACR and the Freebox TV box's app.

The TV's automatic content recognition reports matched programmes (channel,
programme, start, seconds) with its Tizen DUID and Wi-Fi MAC to Samsung's ACR
service; a second report shape sends fingerprint match ids only under short
keys. The box's companion app ("Freebox TV") uploads the `zapping` log (live
channel tuning: channel, from, to) and shows `derniersProgrammesVus`; the box
registers with its serial and MAC. The programme guide, remote key presses
and the Wi-Fi channel scan (other people's access points) are ordinary.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex

from .phone import FB, iso, ms, rid, ua

ACR = "https://acr-eu.samsungcloudsolution.com"
BOX = "https://api.boxtv-libre.example"
UA_BOX = ua("FreeboxTV", "4.9.1")
CHAINES = [
    "TF1",
    "France 2",
    "France 3 Provence-Alpes",
    "M6",
    "Arte",
    "BFMTV",
    "beIN Sports 1",
    "2M Maroc",
]
PROGRAMMES = [
    "Journal de 13h",
    "Ici tout commence",
    "Le Grand Match",
    "Questions pour un champion",
    "Fort Boyard",
]


def acr_rapport(c: Context) -> Flow:
    b = FB(c, "samsung-acr", "POST", f"{ACR}/acr/v2/viewing")
    b.header("user-agent", "SmartTV Tizen/7.0 QE55Q80C")
    b.view("json matches[] channel/programme/duration")
    b.json(
        {
            "duid": b.id("tv_duid", where="json duid"),
            "mac": b.id("tv_mac", "lower", "json mac"),
            "matches": [
                {
                    "channel": c.rng.choice(CHAINES),
                    "programme": c.rng.choice(PROGRAMMES),
                    "start": iso(c),
                    "durationSec": c.rng.randint(30, 3600),
                    "source": c.rng.choice(["HDMI1", "TUNER"]),
                }
                for _ in range(c.rng.randint(1, 4))
            ],
        },
        "gzip",
    )
    b.no_content()
    return b.build()


def acr_empreintes(c: Context) -> Flow:
    b = FB(c, "samsung-acr", "POST", f"{ACR}/f/1")
    b.header("user-agent", "SmartTV Tizen/7.0 QE55Q80C")
    b.view("json m[] fingerprint match ids with epoch and seconds", detectable=False)
    b.json(
        {
            "d": b.id("tv_duid", where="json d (TV DUID)", detectable=False),
            "m": [[new_hex(c.rng, 16), ms(c), c.rng.randint(10, 600)] for _ in range(3)],
        }
    )
    b.no_content()
    return b.build()


def _box(c: Context, method: str, url: str) -> FB:
    b = FB(c, "freeboxtv", method, url)
    b.header("user-agent", UA_BOX)
    return b


def zapping(c: Context) -> Flow:
    b = _box(c, "POST", f"{BOX}/v3/box/journal/zapping")
    b.view("json zappings[] chaine/debut/fin (live channel tuning)")
    b.json(
        {
            "numeroSerie": b.id("box_serial", where="json numeroSerie"),
            "zappings": [
                {"chaine": c.rng.choice(CHAINES), "debut": iso(c), "fin": iso(c)}
                for _ in range(c.rng.randint(2, 6))
            ],
        }
    )
    b.no_content()
    return b.build()


def derniers_vus(c: Context) -> Flow:
    b = _box(c, "GET", f"{BOX}/v3/box/derniers-programmes-vus")
    b.view("response json derniersProgrammesVus[]", direction="response")
    b.ok_json(
        {
            "derniersProgrammesVus": [
                {"programme": p, "chaine": c.rng.choice(CHAINES), "vuLe": iso(c)}
                for p in PROGRAMMES[:3]
            ]
        }
    )
    return b.build()


def box_enregistrement(c: Context) -> Flow:
    b = _box(c, "POST", f"{BOX}/v3/box/association")
    b.json(
        {
            "numeroSerie": b.id("box_serial", where="json numeroSerie"),
            "adresseMac": b.id("box_mac", where="json adresseMac"),
            "appareilMobile": b.id("aid_maison", where="json appareilMobile (ANDROID_ID)"),
            "abonne": c.phone.box_abonne,
        }
    )
    b.ok_json({"associe": True})
    return b.build()


def box_etat(c: Context) -> Flow:
    b = _box(c, "GET", f"{BOX}/v3/box/etat")
    b.param("mac", b.id("box_mac", "nosep", "query mac"))
    b.ok_json({"enLigne": True, "debitDescendant": c.rng.randint(300, 8000), "firmware": "4.8.12"})
    return b.build()


def guide(c: Context) -> Flow:
    b = _box(c, "GET", f"{BOX}/v3/epg?date=aujourdhui")
    b.decoy("programme guide with start times (content guide)")
    b.ok_json(
        {
            "programmes": [
                {"chaine": ch, "titre": c.rng.choice(PROGRAMMES), "debut": iso(c)}
                for ch in CHAINES[:5]
            ]
        }
    )
    return b.build()


def telecommande(c: Context) -> Flow:
    b = _box(c, "POST", f"{BOX}/v3/box/telecommande")
    b.json({"touche": c.rng.choice(["vol_plus", "ok", "droite", "retour"]), "id": rid(c.rng)})
    b.no_content()
    return b.build()


def scan_wifi(c: Context) -> Flow:
    b = _box(c, "GET", f"{BOX}/v3/box/wifi/voisins")
    b.decoy("neighbours' Wi-Fi access points (other people's equipment, not the tester's)")
    b.ok_json(
        {
            "voisins": [
                {
                    "ssid": s,
                    "bssid": ":".join(new_hex(c.rng, 2) for _ in range(6)),
                    "canal": c.rng.choice([1, 6, 11, 36]),
                }
                for s in ("Livebox-7A2C", "SFR_B3E0", "Bbox-91F2")
            ]
        }
    )
    return b.build()
