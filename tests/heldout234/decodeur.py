"""The satellite pay-TV decoder in the Antananarivo living room (a fictional
NosySat hybrid decoder: satellite tuner plus an Internet return path).

The operator's backend speaks French. At boot the decoder registers with its
serial (`numeroSerie`), its Ethernet MAC (`adresseMac`) and its chipset id;
every call carries the serial in `X-STB-Serial`. Zapping / audience events
(`chaine`, `debut`, `duree`) go to the operator's audience measurement
endpoint. An older firmware sends binary-ish rows keyed by an MD5 of the bare
MAC. The EPG, the subscription rights (the subscriber's number), the VOD
catalogue and the OTA check are not viewing history.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow

from .phone import FB, iso, ms

API = "https://stb.nosysat.example"
AUD = "https://audience.nosysat.example"
UA = "NosySat-STB/5.4.12 (HDS-7200; Linux 4.9; STi H418)"
CHAINES = [
    (11, "TVM"),
    (12, "Kolo TV"),
    (13, "Viva TV"),
    (21, "Canal+ Première"),
    (22, "beIN Sports 1"),
    (23, "TV5Monde Afrique"),
    (31, "Novelas TV"),
    (32, "A+ Ivoire"),
]


def _b(c: Context, method: str, url: str, serial: bool = True) -> FB:
    b = FB(c, "nosysat-stb", method, url, http_version="HTTP/1.1")
    b.header("user-agent", UA)
    if serial:
        b.header("x-stb-serial", b.id("dec_serial", where="header x-stb-serial"))
    return b


def enregistrement(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/stb/v1/enregistrement", serial=False)
    b.json(
        {
            "numeroSerie": b.id("dec_serial", where="json numeroSerie"),
            "adresseMac": b.id("dec_mac", where="json adresseMac"),
            "chipId": b.id("dec_chip_id", where="json chipId"),
            "modele": "HDS-7200",
            "logiciel": "5.4.12",
        }
    )
    b.ok_json({"abonne": b.acct("dec_subscriber"), "statut": "ACTIF"})
    return b.build()


def audience(c: Context) -> Flow:
    b = _b(c, "POST", f"{AUD}/v2/evenements")
    b.view("json evenements[] chaine/debut/duree (zapping log)")
    b.json(
        {
            "evenements": [
                {
                    "type": c.rng.choice(["zapping", "veille_sortie", "zapping"]),
                    "chaine": ch,
                    "nomChaine": name,
                    "debut": iso(c),
                    "duree": c.rng.randint(20, 5400),
                }
                for ch, name in c.rng.sample(CHAINES, c.rng.randint(1, 4))
            ]
        },
        "gzip",
    )
    b.no_content()
    return b.build()


def audience_opaque(c: Context) -> Flow:
    b = FB(c, "nosysat-stb", "POST", f"{AUD}/r", http_version="HTTP/1.1")
    b.header("user-agent", "nsaud/1.2")
    key = b.id("dec_mac", "md5_of_nosep", "json i", detectable=False)
    b.view("json r[] rows", detectable=False)
    rows = [[c.rng.choice(CHAINES)[0], ms(c), c.rng.randint(20, 5400)] for _ in range(3)]
    b.json({"i": key, "r": rows})
    b.no_content()
    return b.build()


def etat_reseau(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/stb/v1/reseau")
    mac = b.id("dec_mac", "lower", "response json mac", direction="response")
    b.ok_json({"lien": "ethernet", "mac": mac, "ip": "192.168.1.23", "debit": 8400})
    return b.build()


def guide(c: Context) -> Flow:
    ch, name = c.rng.choice(CHAINES)
    b = _b(c, "GET", f"{API}/epg/v1/chaines/{ch}?jour=0")
    b.decoy("EPG start times and durations (content fetch)")
    b.ok_json(
        {
            "chaine": name,
            "programmes": [
                {"titre": t, "debut": iso(c), "duree": c.rng.choice([30, 60, 90])}
                for t in ("Journal", "Série", "Football", "Documentaire")
            ],
        }
    )
    return b.build()


def droits(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/stb/v1/droits")
    b.decoy("subscriber number and bouquet (account, not device)")
    b.ok_json(
        {
            "abonne": b.acct("dec_subscriber"),
            "bouquet": c.rng.choice(["ACCESS", "EVASION", "TOUT CANAL+"]),
            "finValidite": "2025-01-15",
        }
    )
    return b.build()


def vod_catalogue(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/vod/v1/catalogue?categorie=films&page=1", serial=False)
    b.decoy("VOD catalogue with durations")
    b.ok_json(
        {
            "films": [
                {"id": f"v{c.rng.randint(1000, 9999)}", "titre": t, "duree": c.rng.randint(80, 140)}
                for t in ("Ilo Tsy Very", "Mahajanga Blues", "Le Voyage de Rabe")
            ]
        }
    )
    return b.build()


def ota(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/ota/v1/verifier?modele=HDS-7200&version=5.4.12", serial=False)
    b.ok_json({"disponible": False, "derniere": "5.4.12"})
    return b.build()
