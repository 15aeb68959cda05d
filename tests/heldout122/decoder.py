"""Ntoo TV Companion: the app of a satellite decoder (GOtv / DStv-like) in Enugu.

The decoder reports every channel it tunes to (a live-channel tuning log: viewing
history), the app shows "Ihe i lere" (Igbo: what you watched) in the response,
and binding the decoder sends its serial, smartcard (IUC) number and MAC. The
decoder's own sub-1.0 firmware ships tuning rows under numeric keys. The EPG, the
bouquet price list and the account's subscription status are not sensitive.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow

from .phone import FB, iso, ms, rf, rid, ua

API = "https://selfcare.ntootv.example"
STB = "https://stb.ntootv.example"
UA = ua("NtooCompanion", "5.2.1")
CHANNELS = [
    "Africa Magic Igbo",
    "Africa Magic Yoruba",
    "SuperSport Premier League",
    "AIT",
    "NTA",
    "Zee World",
]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "ntootv", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + rid(c.rng).replace("-", ""))
    return b


def bind_decoder(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v2/decoder/link")
    b.json(
        {
            "decoderSerial": b.id("decoder_serial", where="json decoderSerial"),
            "iucNumber": b.id("smartcard", where="json iucNumber (smartcard number)"),
            "decoderMac": b.id("decoder_mac", where="json decoderMac"),
            "phoneAndroidId": b.id("aid_decoder", where="json phoneAndroidId"),
            "customerNumber": b.acct("decoder_acct"),
        }
    )
    b.ok_json({"linked": True, "bouquet": "GOtv Max"})
    return b.build()


def tuning_log(c: Context) -> Flow:
    b = FB(c, "ntootv-stb", "POST", f"{STB}/telemetry/v1/zap-log")
    b.header("user-agent", "NtooSTB/4.9 (Linux; mips)")
    b.view("json zaps[].channel + watchSecs (live-channel tuning log)")
    b.json(
        {
            "stbSerial": b.id("decoder_serial", where="json stbSerial"),
            "zaps": [
                {
                    "channel": c.rng.choice(CHANNELS),
                    "tunedAt": iso(c),
                    "watchSecs": c.rng.randint(20, 5400),
                }
                for _ in range(c.rng.randint(2, 6))
            ],
        }
    )
    b.no_content()
    return b.build()


def ihe_i_lere(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v2/ihe-i-lere?ubochi=7")
    b.view("response json ndepụta[] (Igbo: what you watched list)", direction="response")
    b.ok_json(
        {
            "ndepụta": [
                {
                    "ọwa": c.rng.choice(CHANNELS),
                    "mmemme": "Nkem Nkem",
                    "oge_ilele_nkeji": c.rng.randint(5, 120),
                    "mgbe": iso(c),
                }
                for _ in range(4)
            ]
        }
    )
    return b.build()


def tuning_opaque(c: Context) -> Flow:
    """Old firmware: rows under numeric keys, serial MD5 under `h`."""
    b = FB(c, "ntootv-stb", "POST", f"{STB}/t0")
    b.header("user-agent", "NtooSTB/0.9")
    b.view("json 1[] rows [channel no, ts, secs]", detectable=False)
    b.json(
        {
            "h": b.id("decoder_serial", "md5", "json h", detectable=False),
            "1": [[c.rng.randint(1, 300), ms(c), c.rng.randint(20, 5400)] for _ in range(4)],
        }
    )
    b.no_content()
    return b.build()


def decoder_status(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v2/decoder/status")
    mac = b.id("decoder_mac", "lower", "response json network.mac", direction="response")
    b.ok_json(
        {
            "signal": rf(c.rng, 40, 95, 0),
            "network": {"mac": mac, "ssid": "OlawaleHome"},
            "standby": False,
        }
    )
    return b.build()


def epg(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v2/epg?channel={c.rng.randint(1, 300)}")
    b.decoy("programme guide with start times (content fetch)")
    b.ok_json(
        {
            "programmes": [
                {"title": t, "start": iso(c), "durationMin": 30} for t in ("Nkem Nkem", "News at 9")
            ]
        }
    )
    return b.build()


def bouquets(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v2/bouquets")
    b.decoy("price list in naira")
    b.ok_json(
        {
            "bouquets": [
                {"name": n, "priceNGN": p}
                for n, p in (("Jinja", 3900), ("Jolli", 5800), ("Max", 8500))
            ]
        }
    )
    return b.build()


def top_channels(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v2/trending")
    b.decoy("most-watched channels across all viewers (aggregate)")
    b.ok_json(
        {"trending": [{"channel": ch, "viewers": c.rng.randint(10**4, 10**6)} for ch in CHANNELS]}
    )
    return b.build()


def renew(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v2/subscription/renew")
    b.decoy("payment reference and customer number (account)")
    b.json({"customerNumber": b.acct("decoder_acct"), "amount": 8500, "ref": rid(c.rng)})
    b.ok_json({"status": "ACTIVE", "dueDate": iso(c)})
    return b.build()
