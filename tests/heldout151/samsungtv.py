"""The household's Samsung TV (Tizen), with Viewing Information Services (ACR) on.

The TV posts ACR match results (content, channel, start, seconds) with its
DUID and PSID; an older path posts fingerprint-match rows under `m` only.
Samsung Ads fetches its config with the TV's advertising id (TIFA); the
SmartThings app on the phone lists the TV with its Wi-Fi MAC in the answer.
Samsung TV Plus channel lists and "Trending now" counts are ordinary.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow

from .phone import FB, iso, mk, ms, rid, ua

TV_UA = (
    "Mozilla/5.0 (SMART-TV; LINUX; Tizen 7.0) AppleWebKit/537.36 (KHTML, like Gecko)"
    " TV Safari/537.36"
)
CHANNELS = ["ABC TV", "Seven", "Nine", "SBS", "TVNZ 1", "Samsung TV Plus: Bondi Rescue"]
PROGRAMMES = [
    "Gardening Australia",
    "The Chase Australia",
    "A Current Affair",
    "Bluey",
    "Married at First Sight",
    "Te Karere",
]


def acr_report(c: Context) -> Flow:
    b = mk(c, "samsung-acr", "POST", "https://acr-ap.samsungacr.com/v3/acr/results", TV_UA)
    b.view("json acrResults[] (content, channel, startTime, durationSec)")
    b.json(
        {
            "duid": b.id("tv_duid", where="json duid"),
            "psid": b.id("tv_psid", where="json psid"),
            "acrResults": [
                {
                    "contentId": f"EP{c.rng.randint(10**7, 10**8)}",
                    "channelName": c.rng.choice(CHANNELS),
                    "programTitle": c.rng.choice(PROGRAMMES),
                    "startTime": iso(c),
                    "durationSec": c.rng.randint(60, 3600),
                }
                for _ in range(c.rng.randint(1, 4))
            ],
        },
        "gzip",
    )
    b.no_content()
    return b.build()


def acr_rows_opaque(c: Context) -> Flow:
    b = mk(c, "samsung-acr", "POST", "https://acr-ap.samsungacr.com/fp/m", TV_UA)
    b.view("json m[] rows [content, channel index, ts, seconds]", detectable=False)
    b.json(
        {
            "m": [
                [c.rng.randint(10**7, 10**8), c.rng.randint(0, 5), ms(c), c.rng.randint(60, 3600)]
                for _ in range(c.rng.randint(1, 5))
            ],
            "h": b.id("tv_mac", "md5_of_nosep", "json h (md5 of the TV MAC)", detectable=False),
        }
    )
    b.no_content()
    return b.build()


def ads_config(c: Context) -> Flow:
    b = FB(
        c,
        "samsung-ads",
        "GET",
        "https://config.samsungads.com/tv/v2/config",
        [("lat", "0"), ("country", "AU")],
    )
    b.header("user-agent", TV_UA)
    b.param("tifa", b.id("tv_tifa", where="query tifa (Tizen id for advertising)"))
    b.ok_json({"adsEnabled": True, "refreshSec": 3600})
    return b.build()


def smartthings_devices(c: Context) -> Flow:
    b = mk(
        c,
        "smartthings",
        "GET",
        "https://api.smartthings.com/v1/devices?capability=tvChannel",
        ua("SmartThings", "1.8.21"),
    )
    b.header("authorization", "Bearer " + rid(c.rng))
    mac = b.id("tv_mac", where="response json items[].ocf.macAddress", direction="response")
    b.ok_json(
        {
            "items": [
                {
                    "deviceId": rid(c.rng),
                    "label": "Living Room TV",
                    "ocf": {"mnmo": "QA65Q80C", "macAddress": mac},
                }
            ]
        }
    )
    return b.build()


def tvplus_channels(c: Context) -> Flow:
    b = mk(c, "samsung-tvplus", "GET", "https://i.mjh.nz/SamsungTVPlus/au.json", TV_UA)
    b.decoy("channel list with start times (a guide)")
    b.ok_json(
        {
            "channels": [
                {"name": ch, "chno": i + 1, "start": iso(c)} for i, ch in enumerate(CHANNELS)
            ]
        }
    )
    return b.build()


def trending(c: Context) -> Flow:
    b = mk(c, "samsung-tvplus", "GET", "https://api.samsungcloud.tv/v1/trending?cc=AU", TV_UA)
    b.decoy("'Trending now' titles with viewer counts over all TVs (aggregate)")
    b.ok_json(
        {"trending": [{"title": t, "viewers": c.rng.randint(1000, 90000)} for t in PROGRAMMES]}
    )
    return b.build()
