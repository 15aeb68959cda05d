"""Kanal Plus companion for the household's TV decoder (bought with its kit):
remote, recordings, "journal de zapping" of live channels.

The decoder uploads its tuning log through the companion (channel, start,
seconds): live-channel tuning is viewing history. A newer firmware packs the
log rows as bare protobuf without names (opaque). The programme guide, the
subscription offer and the renewal are not; the subscriber number is an account.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import pb_bytes, pb_msg, pb_varint

from .phone import FB, iso, ms, ua

API = "https://api.kanalplus-sn.example"
UA = ua("KanalPlus", "6.0.4")
CHAINES = ["RTS1", "2STV", "TFM", "Sen TV", "Canal+ Sport 1", "A+ Ivoire", "Novelas TV", "Walf TV"]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "kanalplus", method, url)
    b.header("user-agent", UA)
    return b


def pair(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/decodeur/associer")
    b.json(
        {
            "numero_decodeur": b.id("decoder_serial", where="json numero_decodeur"),
            "numero_abonne": b.acct("abonne_no"),
            "android_id": b.id("aid_decoder", where="json android_id"),
        }
    )
    b.ok_json({"associe": True, "formule": "Évasion"})
    return b.build()


def zapping(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/decodeur/journal-zapping")
    b.view("json journal[] chaine + debut + duree_s (live channel tuning log)")
    b.json(
        {
            "decodeur": b.id("decoder_serial", where="json decodeur"),
            "journal": [
                {
                    "chaine": c.rng.choice(CHAINES),
                    "debut": iso(c),
                    "duree_s": c.rng.randint(30, 5400),
                }
                for _ in range(c.rng.randint(2, 6))
            ],
        }
    )
    b.no_content()
    return b.build()


def zapping_opaque(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/dj")
    b.view("protobuf rows {1: channel index, 2: epoch ms, 3: seconds}", detectable=False)
    rows = [
        pb_msg(
            1,
            [
                pb_varint(1, c.rng.randint(1, 80)),
                pb_varint(2, ms(c)),
                pb_varint(3, c.rng.randint(30, 5400)),
            ],
        )
        for _ in range(c.rng.randint(2, 5))
    ]
    b.set_body(pb_bytes(7, b"d7") + b"".join(rows), "application/x-protobuf")
    b.no_content()
    return b.build()


def guide(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/guide?chaine={c.rng.choice(CHAINES).replace(' ', '')}&jour=0")
    b.decoy("programme guide with start times (content schedule)")
    b.ok_json(
        {
            "programmes": [
                {"titre": t, "debut": iso(c), "duree_min": c.rng.choice([30, 60, 90])}
                for t in ("Journal 20h", "Wiri Wiri", "Lutte: Le choc", "Ligue 1")
            ]
        }
    )
    return b.build()


def abonnement(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/abonnement")
    b.decoy("subscription offer and expiry (subscriber number is an account)")
    b.ok_json(
        {
            "numero_abonne": b.acct("abonne_no"),
            "formule": "Évasion",
            "expire_le": iso(c),
            "prix_fcfa": 10000,
        }
    )
    return b.build()


def enregistrements(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/decodeur/enregistrements")
    b.decoy("scheduled recordings list (planned, not watched)")
    b.ok_json(
        {
            "enregistrements": [
                {"titre": "Lutte: Le choc", "chaine": c.rng.choice(CHAINES), "prevu_le": iso(c)}
            ]
        }
    )
    return b.build()
