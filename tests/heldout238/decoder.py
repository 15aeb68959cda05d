"""The pay-TV decoder in the Lagos living room (a fictional Ìmọ́lẹ̀ Sat
operator; a hybrid satellite / IP box of the kind Nigerian operators rent).

The box's middleware checks entitlement with its smartcard number, serial and
Ethernet MAC (`smartcardNumber`, `stbSerial`, `mac`), and reports channel
zaps (`channelId`, `serviceName`, `dwellSec`: a viewing log). The operator's
audience panel uploads positional rows keyed by a SHA-256 of the smartcard
number. The EPG, the bouquet and the "clear error E16" self-service call
(which takes the customer's account number) are ordinary.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow

from .phone import FB, iso, ms, rid

MW = "https://mw.imolesat.example"
AUD = "https://panel.imolesat.example"
UA = "ImoleSat-STB/3.11 (Linux; HD-S7; Broadcom BCM7362)"
CHANNELS = [
    (151, "Africa Magic Yoruba"),
    (152, "Yoruba Movies+"),
    (198, "Galaxy TV"),
    (251, "NTA Network"),
    (222, "SuperSport Premier League"),
    (224, "SuperSport Football"),
    (401, "Channels TV"),
    (354, "Gospel Music TV"),
]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "imolesat-stb", method, url, http_version="HTTP/1.1")
    b.header("user-agent", UA)
    return b


def entitlement(c: Context) -> Flow:
    b = _b(c, "POST", f"{MW}/stb/v2/entitlement")
    b.json(
        {
            "smartcardNumber": b.id("dec_card", where="json smartcardNumber"),
            "stbSerial": b.id("dec_serial", where="json stbSerial"),
            "mac": b.id("dec_mac", where="json mac"),
            "firmware": "HD-S7_3.11.2",
            "bouquet_check": True,
        }
    )
    b.ok_json({"entitled": True, "bouquet": "Compact Plus", "expires": "2025-01-31"})
    return b.build()


def heartbeat(c: Context) -> Flow:
    b = _b(c, "GET", f"{MW}/stb/v2/heartbeat")
    b.param("sn", b.id("dec_serial", where="query sn"))
    b.param("t", str(int(c.now)))
    b.ok_json({"cmd": None, "next": 900})
    return b.build()


def zap_log(c: Context) -> Flow:
    ch, name = c.rng.choice(CHANNELS)
    b = _b(c, "POST", f"{MW}/stb/v2/events/zap")
    b.header("x-smartcard", b.id("dec_card", where="header x-smartcard"))
    b.view("json channelId/serviceName/dwellSec (channel watched)")
    b.json(
        {
            "channelId": ch,
            "serviceName": name,
            "startedAt": iso(c),
            "dwellSec": c.rng.randint(15, 5400),
        }
    )
    b.no_content()
    return b.build()


def panel_opaque(c: Context) -> Flow:
    b = FB(c, "imolesat-panel", "POST", f"{AUD}/r")
    b.header("user-agent", "amp/2.2")
    key = b.id("dec_card", "sha256", "json k", detectable=False)
    b.view("json v[] rows", detectable=False)
    rows = [
        [c.rng.choice(CHANNELS)[0], c.rng.randint(30, 3600), ms(c)]
        for _ in range(c.rng.randint(1, 4))
    ]
    b.json({"k": key, "v": rows})
    b.no_content()
    return b.build()


def epg(c: Context) -> Flow:
    ch, name = c.rng.choice(CHANNELS)
    b = _b(c, "GET", f"{MW}/epg/v1/channel/{ch}?hours=6")
    b.decoy("EPG start times and durations (content fetch)")
    t0 = int(c.now) // 1800 * 1800
    b.ok_json(
        {
            "channel": name,
            "events": [
                {"title": t, "start": t0 + i * 3600, "durationSec": 3600}
                for i, t in enumerate(["Iroyin", "Fiimu Agba", "Ere Idaraya", "Orin Emi"])
            ],
        }
    )
    return b.build()


def bouquet(c: Context) -> Flow:
    b = _b(c, "GET", f"{MW}/catalog/v1/bouquets?country=NG")
    b.decoy("bouquet list with channel numbers (catalogue)")
    b.ok_json(
        {
            "bouquets": [
                {"name": n, "priceNgn": p, "channels": [ch for ch, _ in CHANNELS]}
                for n, p in (("Yanga", 5100), ("Confam", 9300), ("Compact Plus", 30000))
            ]
        }
    )
    return b.build()


def clear_error(c: Context) -> Flow:
    b = _b(c, "POST", f"{MW}/selfcare/v1/clear-error")
    b.decoy("customer account number and a ticket id")
    b.json({"accountNumber": b.acct("dec_account"), "code": "E16", "ticket": rid(c.rng)})
    b.ok_json({"status": "sent", "eta_min": 15})
    return b.build()
