"""The smart TV in the son's Skopje flat (a fictional Orion brand) with
automatic content recognition (ACR).

The TV recognises what is on screen, whichever input it comes from, and
reports viewing sessions (content identifier, channel, programme, start and
end, input source), the viewing information the FTC described for smart-TV
ACR (FTC v. VIZIO, 2017); field names are the vendor's own, in English. The
TV is identified by an ACR `psid`, its serial and its Wi-Fi MAC. A newer
firmware sends protobuf: a SHA-256 of the serial, then repeated
(content hash, start, seconds) records with no names. The home-screen rails,
the app store, the "trending in North Macedonia" audience shares, the remote
keys and the firmware check (with an MD5 of the image) are ordinary.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import pb_bytes, pb_msg, pb_varint

from .phone import FB, iso, ms, rf, rid

API = "https://api.oriontv.example"
ACR = "https://acr-eu.oriontv.example"
UA = "OrionTV/9.1 (Linux; Tizen-like 7.0; OR55Q9)"
KANALI = ["МРТ 1", "Сител", "Канал 5", "Телма", "Алсат", "Арена Спорт 1", "Netflix", "YouTube"]
EMISII = [
    "Вечерни вести",
    "Македонски народни приказни",
    "Ѕвезди на Гранд",
    "Лига на шампиони: Вардар 1961 – Барселона",
    "Топ тема",
    "Стела",
]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "orion-tv", method, url)
    b.header("user-agent", UA)
    return b


def register(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/device/register")
    b.json(
        {
            "psid": b.id("tv_psid", where="json psid"),
            "serialNumber": b.id("tv_serial", where="json serialNumber"),
            "wifiMacAddress": b.id("tv_mac", where="json wifiMacAddress"),
            "modelCode": "OR55Q9",
            "countryCode": "MK",
            "viewingInfoConsent": True,
        }
    )
    b.ok_json({"accountId": b.acct("tv_account"), "acrHost": ACR})
    return b.build()


def acr_sessions(c: Context) -> Flow:
    b = _b(c, "POST", f"{ACR}/v4/viewing-sessions")
    b.header("x-orion-psid", b.id("tv_psid", where="header x-orion-psid"))
    b.view("json sessions[] contentIdentifier/programme/start/end (ACR)")
    sessions = []
    for _ in range(c.rng.randint(1, 4)):
        start = int(c.now) - c.rng.randint(300, 7200)
        sessions.append(
            {
                "contentIdentifier": f"orc:{c.rng.randint(10**6, 10**7)}",
                "channel": c.rng.choice(KANALI),
                "programme": c.rng.choice(EMISII),
                "startTime": start,
                "endTime": start + c.rng.randint(60, 3600),
                "inputSource": c.rng.choice(["TUNER", "HDMI2", "APP"]),
                "matchConfidence": rf(c.rng, 0.8, 1, 3),
            }
        )
    b.json({"sessions": sessions, "tz": "Europe/Skopje"}, "gzip")
    b.no_content()
    return b.build()


def acr_protobuf(c: Context) -> Flow:
    b = FB(c, "orion-tv", "POST", f"{ACR}/v5/s")
    b.header("user-agent", "orion-acr/5.0")
    key = b.id("tv_serial", "sha256", "protobuf field 1 (sha256 of serial)", detectable=False)
    b.view("protobuf field 2 records (content hash, start, seconds)", detectable=False)
    records = [
        pb_msg(
            2,
            [
                pb_varint(1, c.rng.getrandbits(48)),
                pb_varint(2, int(c.now) - c.rng.randint(60, 7200)),
                pb_varint(3, c.rng.randint(60, 3600)),
            ],
        )
        for _ in range(c.rng.randint(1, 5))
    ]
    b.set_body(pb_bytes(1, key) + b"".join(records), "application/x-protobuf")
    b.respond(200, "application/x-protobuf", pb_varint(1, 0))
    return b.build()


def viewing_summary(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/viewing/recent?days=7")
    b.header("authorization", "Bearer " + rid(c.rng).replace("-", ""))
    b.view("response json recentlyWatched[] (this TV's viewing)", direction="response")
    b.ok_json(
        {
            "recentlyWatched": [
                {
                    "programme": c.rng.choice(EMISII),
                    "channel": c.rng.choice(KANALI),
                    "watchedAt": iso(c),
                    "minutesWatched": c.rng.randint(5, 140),
                }
                for _ in range(5)
            ]
        }
    )
    return b.build()


def network(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/device/network")
    mac = b.id("tv_mac", "lower", "response json macAddress", direction="response")
    b.ok_json(
        {"type": "WIFI", "macAddress": mac, "ssid": "A1-Skopje-5G", "rssi": -c.rng.randint(40, 80)}
    )
    return b.build()


def home_rails(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/home?lang=mk")
    b.ok_json(
        {
            "rails": [
                {"title": "Препорачано", "items": [f"app_{i}" for i in range(6)]},
                {"title": "Филмови", "items": [f"mv_{c.rng.randint(100, 999)}" for _ in range(6)]},
            ]
        }
    )
    return b.build()


def trending(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/trending?country=MK")
    b.decoy("aggregate audience shares per programme (not one viewer)")
    b.ok_json(
        {
            "trending": [
                {"programme": e, "channel": k, "audienceShare": rf(c.rng, 1, 30, 1)}
                for e, k in zip(EMISII, KANALI, strict=False)
            ]
        }
    )
    return b.build()


def app_store(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/apps?page=1")
    b.ok_json(
        {
            "apps": [
                {"id": a, "rating": rf(c.rng, 3, 5, 1)}
                for a in ("youtube", "netflix", "gledajplus", "maxtv")
            ]
        }
    )
    return b.build()


def remote_key(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/remote/event")
    b.json({"key": c.rng.choice(["VOLUME_UP", "CHANNEL_DOWN", "OK", "HOME"]), "t": ms(c)})
    b.no_content()
    return b.build()


def firmware(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/firmware/check?model=OR55Q9&ver=T-9.1.204")
    b.decoy("firmware image md5 and build number")
    b.ok_json({"latest": "T-9.1.211", "md5": new_hex(c.rng, 32), "size": 1_284_113_920})
    return b.build()
