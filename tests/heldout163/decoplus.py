"""DécoPlus: a pay-TV app (DStv / Canal+-like) with live football, paired with the
family's satellite decoder in Abidjan.

Pairing sends the decoder's serial and chip id (its sticker); the smartcard
number is the subscription's account number (what the customer quotes to pay by
mobile money) and is not labelled as a device id. The decoder uploads its
zapping journal (live-channel tuning log: viewing history); the app's live
player sends heartbeats during the match. EPG, live scores, the "maquis showing
the match" finder (venues' own decoders: a business's equipment) and the
audience figures of a match are not sensitive.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow

from .phone import FB, iso, ms, rid, ua

API = "https://api.decoplus.example"
STB = "https://stb.decoplus.example"
UA = ua("DecoPlus", "7.2.0")
CHAINES = ["Canal+ Sport 1", "Canal+ Foot", "NCI", "RTI 1", "A+ Ivoire", "Novelas TV", "GH One"]
MATCHS = ["ASEC Mimosas - Africa Sports", "Hearts of Oak - Asante Kotoko", "Côte d'Ivoire - Ghana"]


def _b(c: Context, method: str, url: str, aid: bool = True) -> FB:
    b = FB(c, "decoplus", method, url)
    b.header("user-agent", UA)
    if aid:
        b.header("x-dp-terminal", b.id("aid_canal", where="header x-dp-terminal"))
    return b


def pair_decoder(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v1/decodeur/appairage")
    b.decoy("numeroCarte is the smartcard / subscription account number, not a device id")
    b.json(
        {
            "numeroSerie": b.id("decoder_serial", where="json numeroSerie"),
            "chipId": b.id("decoder_chip", where="json chipId"),
            "numeroCarte": b.acct("smartcard"),
            "modele": "G11 HD",
            "abonne": b.acct("canal_user"),
        }
    )
    b.ok_json({"appaire": True, "bouquet": "EVASION", "finAbonnement": "2024-12-31"})
    return b.build()


def journal_zapping(c: Context) -> Flow:
    """The decoder's tuning log, relayed by the app (live channels and minutes)."""
    b = FB(c, "decoplus-stb", "POST", f"{STB}/v2/journal/zapping")
    b.header("user-agent", "DecoPlusSTB/G11 3.4.19")
    b.header("x-stb-serial", b.id("decoder_serial", where="header x-stb-serial"))
    b.view("json zappings[] (chaine, debut, duree_s: live-channel tuning log)")
    b.json(
        {
            "zappings": [
                {
                    "chaine": c.rng.choice(CHAINES),
                    "debut": iso(c),
                    "duree_s": c.rng.randint(20, 5400),
                }
                for _ in range(c.rng.randint(2, 6))
            ],
            "fuseau": "Africa/Abidjan",
        },
        "gzip",
    )
    b.no_content()
    return b.build()


def live_heartbeat(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v1/player/heartbeat")
    b.view("json evenement/positionLive/chaine (live match player heartbeat)")
    b.json(
        {
            "evenement": c.rng.choice(["play", "heartbeat", "heartbeat", "pause"]),
            "chaine": c.rng.choice(CHAINES[:2]),
            "programme": c.rng.choice(MATCHS),
            "positionLive": c.rng.randint(0, 6000),
            "sessionLecture": rid(c.rng),
            "ts": ms(c),
        }
    )
    b.no_content()
    return b.build()


def stb_ping_opaque(c: Context) -> Flow:
    """Older decoder firmware: serial base64 in 's', chip id in 'c', channel rows in 'r'."""
    b = FB(c, "decoplus-stb", "GET", f"{STB}/p")
    b.header("user-agent", "DecoPlusSTB/G10 2.9.1")
    b.param("s", b.id("decoder_serial", "b64", "query s", detectable=False))
    b.param("c", b.id("decoder_chip", where="query c", detectable=False))
    b.view("query r (channel-number:seconds rows)", detectable=False)
    b.param(
        "r",
        ",".join(f"{c.rng.randint(1, 240)}:{c.rng.randint(30, 4000)}" for _ in range(3)),
    )
    b.respond(200, "text/plain", b"OK")
    return b.build()


def epg(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v1/guide?chaine={c.rng.randint(1, 200)}&jour=0", aid=False)
    b.decoy("programme guide with start times and durations")
    b.ok_json({"programmes": [{"titre": m, "debut": iso(c), "dureeMin": 120} for m in MATCHS]})
    return b.build()


def live_score(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v1/scores/live", aid=False)
    b.decoy("live match scores and minute (not what anyone watched)")
    b.ok_json(
        {
            "matchs": [
                {
                    "match": m,
                    "score": f"{c.rng.randint(0, 3)}-{c.rng.randint(0, 3)}",
                    "minute": c.rng.randint(1, 90),
                }
                for m in MATCHS
            ]
        }
    )
    return b.build()


def audience(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v1/audiences/match?jour=hier", aid=False)
    b.decoy("audience of a match across all subscribers (aggregate)")
    b.ok_json(
        {
            "match": c.rng.choice(MATCHS),
            "telespectateurs": c.rng.randint(10**5, 3 * 10**6),
            "partAudience": round(c.rng.uniform(10, 60), 1),
            "dureeMoyenneMin": c.rng.randint(40, 95),
        }
    )
    return b.build()


def maquis_finder(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v1/maquis/proches?lat=5.3364&lon=-4.0267", aid=False)
    b.decoy("venues' decoder serials (a business's equipment, not the family's)")
    b.ok_json(
        {
            "maquis": [
                {
                    "nom": n,
                    "quartier": q,
                    "decodeurPro": "SNP" + str(c.rng.randint(10**10, 10**11)),
                    "ecranGeant": True,
                }
                for n, q in (("Chez Tantie Bintou", "Yopougon"), ("Le Gbaka d'Or", "Cocody"))
            ]
        }
    )
    return b.build()


def renew_momo(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v1/reabonnement")
    b.decoy("mobile-money payment: phone number and transaction id (accounts)")
    b.json(
        {
            "numeroCarte": b.acct("smartcard"),
            "formule": "EVASION",
            "montantXOF": 10000,
            "moyenPaiement": "ORANGE_MONEY",
            "telephone": b.acct("msisdn_ci"),
        }
    )
    b.ok_json(
        {"transactionId": "OM" + rid(c.rng).replace("-", "")[:14].upper(), "statut": "EN_ATTENTE"}
    )
    return b.build()


def receiver_status(c: Context) -> Flow:
    """The decoder answers the app's LAN query: the serial comes back in the response."""
    b = _b(c, "GET", f"{API}/api/v1/decodeur/etat")
    serial = b.id("decoder_serial", where="response json numeroSerie", direction="response")
    b.ok_json({"numeroSerie": serial, "signal": c.rng.randint(40, 95), "version": "3.4.19"})
    return b.build()
