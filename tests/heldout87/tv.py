"""The family's Samsung Tizen TV (QE55Q80C). Its content recognition reports what is
on screen, the ad stack carries the TIFA, and the SmartThings-style device record
carries the DUID and Wi-Fi MAC.

Hosts are those Samsung TVs are documented to contact (Samsung Smart TV privacy
notice "Viewing Information Services"; blocklist write-ups of acr*.samsungcloudsolution
.com, samsungacr.com, samsungads.com). Tizen's TIFA: developer.samsung.com/smarttv
"Tizen Identifier For Advertising" (webapis.adinfo.getTIFA()), sent in ad requests.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import b64

from .phone import FB, iso, ms, rid, tv_ua

CHANNELS = ["TF1", "France 2", "RTS 1", "La Une", "M6", "Arte"]


def acr_report(ctx: Context) -> Flow:
    b = FB(ctx, "tv-acr", "POST", "https://log-ingestion-eu.samsungacr.com/v2/viewing")
    b.view("body.viewing[]")
    b.header("user-agent", tv_ua())
    b.json(
        {
            "duid": b.id("tv_duid", where="body.duid"),
            "psid": ctx.phone.tv_psid,
            "viewing": [
                {
                    "channel": ctx.rng.choice(CHANNELS),
                    "program": "Le 20h",
                    "start": ms(ctx) - 600_000,
                    "duration_sec": ctx.rng.randint(30, 3600),
                    "source": "HDMI1",
                    "match_confidence": 0.97,
                }
                for _ in range(ctx.rng.randint(1, 3))
            ],
        }
    )
    b.other_id("tv_psid", where="body.psid")
    b.no_content()
    return b.build()


def acr_fingerprints(ctx: Context) -> Flow:
    b = FB(ctx, "tv-acr", "POST", "https://acr-eu-prd.samsungcloudsolution.com/fp")
    b.view("body.fp (video fingerprints)", detectable=False)
    b.json(
        {"k": ctx.phone.tv_psid[:16], "fp": b64(bytes(ctx.rng.randrange(256) for _ in range(240)))}
    )
    b.other_id("tv_psid", where="body.k (truncated)", detectable=False)
    b.no_content()
    return b.build()


def ad_request(ctx: Context) -> Flow:
    b = FB(ctx, "tv-ads", "GET", "https://ad.samsungads.com/v3/ads")
    b.header("user-agent", tv_ua())
    for k, v in [
        ("tifa", b.id("tifa", where="query.tifa")),
        ("lmt", "0"),
        ("slot", "home-banner"),
        ("country", "CH"),
        ("model", "23_PONTUSM_QTV"),
    ]:
        b.param(k, v)
    b.ok_json({"ads": [{"id": rid(ctx.rng), "img": "https://img.samsungads.com/b.jpg"}]})
    return b.build()


def device_record(ctx: Context) -> Flow:
    b = FB(ctx, "tv", "POST", "https://eu-api.samsungiotcloud.com/v1/devices/register")
    b.header("x-duid", b.id("tv_duid", where="header.x-duid"))
    b.json(
        {
            "macAddress": b.id("tv_mac", where="body.macAddress"),
            "model": "QE55Q80C",
            "firmware": "T-PTMDEUC-1340.5",
            "uid": ctx.phone.tv_user,
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def tv_ping_opaque(ctx: Context) -> Flow:
    b = FB(ctx, "tv", "GET", "https://time.samsungcloudsolution.com/openapi/timesync")
    b.param("c", b.id("tv_mac", how="md5", where="query.c", detectable=False))
    b.ok_json({"t": ms(ctx)})
    return b.build()


def epg(ctx: Context) -> Flow:
    b = FB(ctx, "tv", "GET", "https://epg.samsungcloud.tv/v1/guide", [("country", "CH")])
    b.decoy("EPG: programme schedule with start times and durations")
    b.ok_json(
        {
            "chaines": [
                {"nom": c, "programmes": [{"titre": "Journal", "debut": iso(ctx), "duree": 1800}]}
                for c in CHANNELS
            ]
        }
    )
    return b.build()


def app_list(ctx: Context) -> Flow:
    b = FB(ctx, "tv", "GET", "https://api.samsungcloud.tv/apps/featured")
    b.decoy("app store rail")
    b.ok_json({"apps": ["Netflix", "YouTube", "RTS Play", "Auvio"]})
    return b.build()
