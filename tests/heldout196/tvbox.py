"""The family's satellite decoder (Canal+-like, bought outright) and the smart TV with ACR.

The decoder's companion app logs channel tuning (`zapping` with chaîne and
durée) with the decoder serial; the TV's ACR reports name the matched programme
with its Wi-Fi MAC; one ACR batch is a gzip blob under `b` (opaque). The EPG, the
subscription status (smart-card number: an account) and the channel audience
figures are ordinary.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import b64, gz, js

from .phone import FB, iso, ms, ua

DEC = "https://decodeur.mboatv.example"
ACR = "https://acr.tvsmart.example"
CHANNELS = ["CRTV", "Canal 2 International", "Equinoxe TV", "Vision 4", "STV", "Novelas TV"]


def _dec(c: Context, method: str, url: str) -> FB:
    b = FB(c, "mboatv", method, url)
    b.header("user-agent", ua("MboaTV", "2.0.4"))
    return b


def zapping(c: Context) -> Flow:
    b = _dec(c, "POST", f"{DEC}/api/journal/zapping")
    b.view("json zapping[] with chaine, debut, duree_sec (live channel tuning log)")
    b.json(
        {
            "decodeur_serie": b.id("decoder_serial", where="json decodeur_serie"),
            "zapping": [
                {
                    "chaine": c.rng.choice(CHANNELS),
                    "debut": iso(c),
                    "duree_sec": c.rng.randint(20, 3600),
                }
                for _ in range(c.rng.randint(2, 5))
            ],
        }
    )
    b.ok_json({"recu": True})
    return b.build()


def abonnement(c: Context) -> Flow:
    b = _dec(c, "GET", f"{DEC}/api/abonnement")
    b.header("x-serial", b.id("decoder_serial", where="header x-serial"))
    b.decoy("smart-card number is the subscription account, not a device id")
    b.ok_json({"carte": b.acct("decoder_card"), "formule": "Evasion", "expire": iso(c)})
    return b.build()


def epg(c: Context) -> Flow:
    b = _dec(c, "GET", f"{DEC}/api/epg?jour=aujourdhui")
    b.decoy("programme guide with start times and durations")
    b.ok_json(
        {
            "programmes": [
                {"chaine": ch, "titre": "Journal 20h", "debut": iso(c), "duree": 1800}
                for ch in CHANNELS
            ]
        }
    )
    return b.build()


def audiences(c: Context) -> Flow:
    b = _dec(c, "GET", f"{DEC}/api/audiences/semaine")
    b.decoy("weekly channel audience shares: aggregate over all households")
    b.ok_json({"parts": {ch: round(c.rng.random() * 30, 1) for ch in CHANNELS}})
    return b.build()


def acr_report(c: Context) -> Flow:
    b = FB(c, "tv-acr", "POST", f"{ACR}/v1/recognition/report")
    b.header("user-agent", "SmartTV/2023 Linux")
    b.view("json matches[] content title, channel, offsetMs (ACR)")
    b.json(
        {
            "mac": b.id("tv_mac", where="json mac"),
            "matches": [
                {
                    "contentTitle": "Les Déballeurs",
                    "channel": c.rng.choice(CHANNELS),
                    "offsetMs": c.rng.randint(0, 2_000_000),
                    "matchedAt": ms(c),
                }
            ],
        }
    )
    b.no_content()
    return b.build()


def acr_opaque(c: Context) -> Flow:
    b = FB(c, "tv-acr", "POST", f"{ACR}/v1/fp")
    b.header("user-agent", "SmartTV/2023 Linux")
    b.view("json b = gzip+base64 of fingerprint matches", detectable=False)
    rows = [[c.rng.randint(10**5, 10**6), c.rng.randint(0, 2_000_000), ms(c)] for _ in range(3)]
    b.json(
        {
            "b": b64(gz(js(rows).encode())),
            "m": b.id("tv_mac", how="md5", where="json m (md5 of TV MAC)", detectable=False),
        }
    )
    b.no_content()
    return b.build()


def tv_remote_pair(c: Context) -> Flow:
    b = FB(c, "tv-remote", "POST", "https://remote.tvsmart.example/v2/pair")
    b.header("user-agent", ua("TVRemote", "3.1"))
    b.json(
        {
            "tvMac": b.id("tv_mac", where="json tvMac"),
            "phoneAndroidId": b.id("aid_tv", where="json phoneAndroidId"),
            "pin": "4821",
        }
    )
    b.ok_json({"paired": True})
    return b.build()
