"""The family's LG webOS TV: LG's SDP services, LG Ads and Alphonso ACR.

- LG SDP (lgtvsdp.com) requests carry X-Device-* headers (X-Device-Product,
  -Platform, -Model, -Netcast-Platform-Version, -FW-Version, -SDK-VERSION, -ID,
  -Type T01, -Language, -Country), as in a published webOS traffic capture
  (the "lgtv-sdp" impersonation write-up on GitHub); the home-profile call
  here sends the TV's MAC and serial under plain keys (this set's own body).
- LG Ads: ad requests with the webOS ad id (ifa, lmt), IAB CTV guidelines.
- ACR by Alphonso (LG Ad Solutions): matched-content reports (channel,
  programme, start, duration) and raw fingerprint uploads with nothing readable.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import jsb

from .phone import FB, TV_UA, iso, ms, rid

SDP = "https://eu.lgtvsdp.com/rest/sdp"
CHANNELS = ["TV3", "ETB1", "ETB2", "TVG", "La 1", "Antena 3", "3Cat Esport3"]
PROGS = ["Telenotícies", "Teleberri", "Luar", "Crackovia", "El tiempo", "Polònia"]


def _sdp(b: FB) -> None:
    b.other_id("tv_duid", "header:x-device-id")
    for k, v in [
        ("x-device-product", "webOSTV 6.0"),
        ("x-device-platform", "W6H"),
        ("x-device-model", "HE_DTV_W21H_AFADATAA"),
        ("x-device-netcast-platform-version", "6.2.0"),
        ("x-device-fw-version", "03.33.85"),
        ("x-device-sdk-version", "6.2.0"),
        ("x-device-id", b.ctx.phone.tv_duid),
        ("x-device-type", "T01"),
        ("x-device-language", "ca-ES"),
        ("x-device-country", "ES"),
        ("user-agent", TV_UA),
    ]:
        b.header(k, v)


def acr_report(c: Context) -> Flow:
    b = FB(c, "alphonso-acr", "POST", "https://eu-acr.alphonso.tv/acr/v2/report")
    b.view("json:matches[].channel/program/duration (ACR)")
    body = {
        "device": {"ifa": b.id("tv_ifa", where="json:device.ifa"), "platform": "webos"},
        "matches": [
            {
                "channel": c.rng.choice(CHANNELS),
                "program": c.rng.choice(PROGS),
                "start": iso(c),
                "duration_s": c.rng.randint(15, 1800),
                "confidence": round(c.rng.uniform(0.8, 1), 3),
            }
            for _ in range(c.rng.randint(1, 4))
        ],
    }
    b.set_body(jsb(body), "application/json", "gzip")
    b.header("user-agent", TV_UA)
    b.no_content()
    return b.build()


def acr_fingerprints(c: Context) -> Flow:
    b = FB(c, "alphonso-acr", "POST", "https://eu-acr.alphonso.tv/fp/v2", [("s", str(ms(c)))])
    b.view("body:raw audio/video fingerprints", detectable=False)
    b.set_body(bytes(c.rng.getrandbits(8) for _ in range(500)), "application/octet-stream")
    b.header("user-agent", TV_UA)
    b.no_content()
    return b.build()


def watch_history(c: Context) -> Flow:
    b = FB(c, "lg-sdp", "POST", SDP + "/v9.0/channels/watchhistory")
    b.view("json:watchHistory[].channelName/watchTime")
    b.json(
        {
            "watchHistory": [
                {
                    "channelName": c.rng.choice(CHANNELS),
                    "programTitle": c.rng.choice(PROGS),
                    "watchTime": c.rng.randint(60, 5400),
                    "endTime": iso(c),
                }
                for _ in range(c.rng.randint(1, 3))
            ]
        }
    )
    _sdp(b)
    b.no_content()
    return b.build()


def home_profile(c: Context) -> Flow:
    b = FB(c, "lg-sdp", "POST", SDP + "/v9.0/homeprofile")
    b.json(
        {
            "macAddress": b.id("tv_mac", where="json:macAddress"),
            "serialNumber": b.id("tv_serial", where="json:serialNumber"),
            "modelName": "OLED55C36LC",
            "account": b.acct("tv_account"),
        }
    )
    _sdp(b)
    b.ok_json({"result": "OK"})
    return b.build()


def lg_ad(c: Context) -> Flow:
    b = FB(c, "lg-ads", "GET", "https://eu.ad.lgsmartad.com/lgad/v3/request")
    for k, v in [
        ("slot", "home_banner"),
        ("ifa", b.id("tv_ifa", where="query:ifa")),
        ("ifa_type", "lgudid"),
        ("lmt", "0"),
        ("cc", "ES"),
    ]:
        b.param(k, v)
    b.header("user-agent", TV_UA)
    b.ok_json({"ad": {"id": rid(c.rng), "img": "https://cdn.lgsmartad.com/c/1.jpg"}})
    return b.build()


def epg(c: Context) -> Flow:
    b = FB(c, "lg-sdp", "GET", SDP + "/v9.0/epg", [("ch", c.rng.choice(CHANNELS)), ("d", "0")])
    b.decoy("EPG schedule (what is on, not what was watched)")
    _sdp(b)
    b.ok_json({"programs": [{"title": p, "start": f"{18 + i}:00"} for i, p in enumerate(PROGS)]})
    return b.build()
