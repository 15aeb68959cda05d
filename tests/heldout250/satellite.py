"""KongoSat+: a satellite pay-TV operator in the Canal+ / StarTimes mould, with a
hybrid decoder (DVB-S2 tuner plus Wi-Fi, Android TV inside) in the father's
living room in Kinshasa and a companion app on his Galaxy A34.

The decoder registers with its serial, Wi-Fi MAC and conditional-access chip id
(all three on its "Informations système" screen), checks its entitlements
(`droits`) with the chip id and the smart-card number (a subscription number:
the re-subscription kiosks take it like an account number), polls for
firmware with its serial, and reports audience: the return-path JSON names
the channel, the programme and the seconds watched; the operator's older
audience pixel sends a service number and seconds under one-letter keys with
an MD5 of the bare MAC.

The companion app pairs with the decoder (serial, chip id, its own
ANDROID_ID), streams live channels on the phone with a heartbeat, shows the
decoder's "récemment regardés" list and renews the subscription (a price and a
duration in months). The bouquet list, the guide and the remote-control keys
are content or commands, not viewing history.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex

from .phone import FB, iso, ms, rf, rid, ua

STB = "https://stb.kongosat.example/api/v1"
AUDIENCE = "https://audience.kongosat.example"
MOBILE = "https://api.kongosat.example/api/v1/mobile"
STB_UA = "KongoSat-STB/4.2.17 (KS-H4; Android TV 11; Linux armv7l)"
MOBILE_UA = ua("KongoSatMobile", "2.8.1", "papa")
CHAINES = [
    (101, "RTNC"),
    (104, "Digital Congo TV"),
    (112, "B-One TV"),
    (205, "Novelas TV"),
    (207, "Nollywood TV"),
    (311, "Canal+ Sport 1 Afrique"),
    (402, "Trace Africa"),
    (405, "TV5Monde Afrique"),
    (501, "A+ Kids"),
]
PROGRAMMES = ["Journal de 20h", "Likambo na Likambo", "Ligue 1: PSG - OM", "Novela: Amor Eterno",
              "Trace Hits Rumba", "Dessins animés", "Linafoot: Mazembe - V.Club"]  # fmt: skip


def _stb(c: Context, method: str, url: str) -> FB:
    b = FB(c, "kongosat-stb", method, url, http_version="HTTP/1.1")
    b.header("user-agent", STB_UA)
    b.header("x-stb-token", c.phone.sat_token)
    return b


def _mob(c: Context, method: str, url: str) -> FB:
    b = FB(c, "kongosat-mobile", method, url)
    b.header("user-agent", MOBILE_UA)
    b.header("authorization", "Bearer " + new_hex(c.rng, 40))
    return b


# --- the decoder ----------------------------------------------------------------------


def enregistrement(c: Context) -> Flow:
    b = _stb(c, "POST", f"{STB}/decodeur/enregistrement")
    b.json(
        {
            "numeroSerie": b.id("decodeur_serial", where="json numeroSerie"),
            "adresseMac": b.id("decodeur_mac", where="json adresseMac"),
            "chipId": b.id("decodeur_chip", where="json chipId"),
            "modele": "KS-H4",
            "logiciel": "4.2.17",
            "tuner": "DVB-S2",
        }
    )
    b.ok_json({"statut": "ACTIF", "jeton": c.phone.sat_token, "region": "CD-KN"})
    return b.build()


def etat(c: Context) -> Flow:
    b = _stb(c, "GET", f"{STB}/decodeur/etat")
    b.param("sn", b.id("decodeur_serial", where="query sn"))
    b.param("logiciel", "4.2.17")
    b.param("signal", str(c.rng.randint(55, 92)))
    b.ok_json({"messages": 0, "redemarrer": False})
    return b.build()


def droits(c: Context) -> Flow:
    b = _stb(c, "POST", f"{STB}/droits/verifier")
    b.json(
        {
            "chipId": b.id("decodeur_chip", where="json chipId"),
            "numeroCarte": b.acct("carte_sat"),
            "horodatage": iso(c),
        }
    )
    b.ok_json({"formule": "EVASION+", "actif": True, "expire": "2024-12-28"})
    return b.build()


def ota(c: Context) -> Flow:
    b = _stb(c, "GET", f"{STB}/ota/verifier")
    b.param("modele", "KS-H4")
    b.param("sn", b.id("decodeur_serial", where="query sn"))
    b.param("version", "4.2.17")
    b.decoy("firmware md5")
    b.ok_json({"derniere": "4.2.19", "md5": new_hex(c.rng, 32), "taille": 48_213_004})
    return b.build()


def guide(c: Context) -> Flow:
    sid, nom = c.rng.choice(CHAINES)
    b = _stb(c, "GET", f"{STB}/epg?service={sid}&jours=1")
    b.decoy("EPG start times and durations (content fetch)")
    t0 = int(c.now) // 1800 * 1800
    b.ok_json(
        {
            "service": sid,
            "chaine": nom,
            "evenements": [
                {"titre": p, "debut": t0 + i * 3600, "dureeSec": 3600}
                for i, p in enumerate(c.rng.sample(PROGRAMMES, 4))
            ],
        }
    )
    return b.build()


def mesure_audience(c: Context) -> Flow:
    b = _stb(c, "POST", f"{AUDIENCE}/v2/mesures")
    b.view("json evenements[] chaine / programme / dureeSec (channels watched)")
    evenements = []
    for _ in range(c.rng.randint(1, 3)):
        sid, nom = c.rng.choice(CHAINES)
        evenements.append(
            {
                "serviceId": sid,
                "chaine": nom,
                "programme": c.rng.choice(PROGRAMMES),
                "debut": iso(c),
                "dureeSec": c.rng.randint(60, 5400),
            }
        )
    b.json({"chipId": b.id("decodeur_chip", where="json chipId"), "evenements": evenements})
    b.no_content()
    return b.build()


def pixel_audience(c: Context) -> Flow:
    b = _stb(c, "GET", f"{AUDIENCE}/p.gif")
    b.param("k", b.id("decodeur_mac", "md5_of_nosep", "query k", detectable=False))
    b.view("query s (service number) + d (seconds)", detectable=False)
    b.param("s", str(c.rng.choice(CHAINES)[0]))
    b.param("d", str(c.rng.randint(60, 3600)))
    b.param("t", str(int(c.now)))
    b.param("v", "3")
    b.respond(200, "image/gif", b"GIF89a\x01\x00\x01\x00\x80\x00\x00\xff\xff\xff\x00\x00\x00;")
    return b.build()


# --- the companion app ----------------------------------------------------------------


def appairage(c: Context) -> Flow:
    b = _mob(c, "POST", f"{MOBILE}/appairage")
    b.json(
        {
            "numeroSerie": b.id("decodeur_serial", where="json numeroSerie"),
            "chipId": b.id("decodeur_chip", where="json chipId"),
            "androidId": b.id("aid_satmobile", where="json androidId"),
            "nomAppareil": "Galaxy A34 de Papa",
        }
    )
    b.ok_json({"appaire": True})
    return b.build()


def direct_battement(c: Context) -> Flow:
    b = _mob(c, "POST", f"{MOBILE}/direct/battement")
    b.header("x-appareil-id", b.id("aid_satmobile", where="header x-appareil-id"))
    b.view("json chaine + secondesVues (live channel on the phone)")
    sid, nom = c.rng.choice(CHAINES)
    b.json({"serviceId": sid, "chaine": nom, "secondesVues": 60, "reseau": "4G"})
    b.ok_json({"continuer": True})
    return b.build()


def recemment_regardes(c: Context) -> Flow:
    serial = c.phone.decodeur_serial
    b = _mob(c, "GET", f"{MOBILE}/decodeurs/{serial}/recemment-regardes")
    b.id("decodeur_serial", where="path decodeurs/{serial}")
    b.view("response json recents[] (channels and programmes watched)", direction="response")
    rows = []
    for _ in range(c.rng.randint(3, 6)):
        _sid, nom = c.rng.choice(CHAINES)
        rows.append(
            {
                "chaine": nom,
                "programme": c.rng.choice(PROGRAMMES),
                "regardeLe": iso(c),
                "dureeMin": c.rng.randint(5, 120),
            }
        )
    b.ok_json({"recents": rows})
    return b.build()


def statut_abonnement(c: Context) -> Flow:
    b = _mob(c, "GET", f"{MOBILE}/abonnement/statut")
    b.param("c", b.acct("carte_sat"))
    b.header("x-h", b.id("aid_satmobile", "md5", "header x-h", detectable=False))
    b.ok_json({"formule": "EVASION+", "expire": "2024-12-28", "joursRestants": 27})
    return b.build()


def reabonnement(c: Context) -> Flow:
    b = _mob(c, "POST", f"{MOBILE}/reabonnement")
    b.decoy("subscription price with a duration in months; smart-card (subscription) number")
    formule, prix = c.rng.choice([("ACCESS", 10), ("EVASION+", 25), ("TOUT CANAL", 40)])
    b.json(
        {
            "numeroCarte": b.acct("carte_sat"),
            "formule": formule,
            "montant": prix,
            "devise": "USD",
            "dureeMois": c.rng.choice([1, 3]),
            "paiement": c.rng.choice(["M-Pesa", "Orange Money", "Airtel Money"]),
        }
    )
    b.ok_json({"reference": "RA" + str(c.rng.randint(10**9, 10**10)), "statut": "PAYE"})
    return b.build()


def bouquet(c: Context) -> Flow:
    b = _mob(c, "GET", f"{MOBILE}/bouquets/EVASION%2B/chaines")
    b.decoy("channel list of a bouquet (catalogue)")
    b.ok_json({"chaines": [{"serviceId": s, "nom": n, "position": s} for s, n in CHAINES]})
    return b.build()


def telecommande(c: Context) -> Flow:
    b = _mob(c, "POST", f"{MOBILE}/telecommande")
    b.json(
        {
            "numeroCarte": b.acct("carte_sat"),
            "touche": c.rng.choice(["CH+", "CH-", "VOL+", "OK", "MENU", "GUIDE"]),
            "horodatage": ms(c),
            "requete": rid(c.rng),
        }
    )
    b.ok_json({"envoye": True, "latenceMs": round(rf(c.rng, 40, 400, 0))})
    return b.build()
