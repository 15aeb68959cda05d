"""НетВижън ТВ (NetVision TV): an IPTV operator's Android set-top box (Vivacom /
A1-like) in the father's living room in Sofia, on Kaltura's OTT (Phoenix) API.

At boot the box provisions itself with the operator (MAC, serial, firmware),
then logs in to Kaltura (`ottuser/action/login` with the box's `udid`) and
registers as a household device. Phoenix requests are JSON bodies with
`apiVersion` and `ks`; playback reports go through `bookmark/action/add`
(`KalturaBookmark` with asset `id`, `position` and a player action), and the
"continue watching" rail comes from `bookmark/action/list`
(https://www.kaltura.com/api_v3/testmeDoc/ for the OTT services). The operator
also collects channel changes itself, in a zap log with Cyrillic keys
(`канал`, `гледано_сек`), and its return-path audience meter posts msgpack rows
[channel number, seconds, ts] keyed by an MD5 of the bare MAC in a header.
The EPG, the channel list and the playback context (the stream URL) are
content fetches.
"""

from __future__ import annotations

from typing import Any

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import mpack

from .phone import FB, iso, ms, rf, rid

PHOENIX = "https://3207.frp1.ott.kaltura.com/api_v3/service"
PROV = "https://prov.netvision.example/stb/v1"
STAT = "https://stat.netvision.example/v1"
UA = "NetVisionSTB/11.2.7 (Linux; Android 11; NV-4K2 Build/RTT5.230117.001) ExoPlayerLib/2.18.7"
API_VERSION = "7.8.1"
KANALI = [
    (101, 1, "БНТ 1 HD"),
    (102, 3, "bTV HD"),
    (103, 4, "Нова HD"),
    (104, 11, "Diema Sport HD"),
    (105, 12, "MAX Sport 1 HD"),
    (106, 20, "Планета HD"),
    (107, 31, "Kino Nova"),
    (108, 44, "National Geographic HD"),
]
VOD = [
    (55012, "Откраднат живот 2x14"),
    (55023, "Завръщане"),
    (55031, "Лятото на 1989"),
    (55044, "Вечерно шоу"),
]


def _phoenix(c: Context, path: str) -> FB:
    b = FB(c, "kaltura-ott", "POST", f"{PHOENIX}/{path}")
    b.header("user-agent", UA)
    return b


def _send(b: FB, body: dict[str, Any], ks: bool = True) -> None:
    """A Phoenix request body: the API version, the session's `ks`, the service's params."""
    payload: dict[str, Any] = {"apiVersion": API_VERSION}
    if ks:
        payload["ks"] = b.acct("stb_ks")
    payload.update(body)
    b.json(payload)


def _ok(b: FB, result: dict[str, Any], c: Context) -> None:
    b.ok_json({"executionTime": rf(c.rng, 0.01, 0.3, 4), "result": result})


def boot(c: Context) -> Flow:
    b = FB(c, "netvision", "POST", f"{PROV}/boot")
    b.header("user-agent", UA)
    b.json(
        {
            "mac": b.id("stb_mac", where="json mac"),
            "serial": b.id("stb_serial", where="json serial"),
            "model": "NV-4K2",
            "fw": "11.2.7",
            "mreja": "ethernet",
            "ip": "10.44." + str(c.rng.randint(0, 255)) + "." + str(c.rng.randint(2, 254)),
        }
    )
    b.ok_json(
        {"portal": PHOENIX, "partnerId": 3207, "ntp": "ntp.netvision.example", "tz": "Europe/Sofia"}
    )
    return b.build()


def login(c: Context) -> Flow:
    b = _phoenix(c, "ottuser/action/login")
    _send(
        b,
        {
            "partnerId": 3207,
            "username": "stb-" + b.acct("stb_household"),
            "password": "********",
            "udid": b.id("stb_udid", where="json udid"),
            "extraParams": {},
        },
        ks=False,
    )
    _ok(
        b,
        {
            "objectType": "KalturaLoginResponse",
            "loginSession": {"ks": b.acct("stb_ks"), "expiry": int(c.now) + 604800},
            "user": {"householdId": int(b.acct("stb_household")), "userState": "ok"},
        },
        c,
    )
    return b.build()


def household_device(c: Context) -> Flow:
    b = _phoenix(c, "householddevice/action/get")
    _send(b, {})
    udid = b.id("stb_udid", where="response json result.udid", direction="response")
    _ok(
        b,
        {
            "objectType": "KalturaHouseholdDevice",
            "householdId": int(c.phone.stb_household),
            "udid": udid,
            "name": "Хол - приемник",
            "brandId": 22,
            "activatedOn": 1719820800,
            "status": "ACTIVATED",
        },
        c,
    )
    return b.build()


def bookmark_add(c: Context) -> Flow:
    if c.rng.random() < 0.5:
        asset, _ = c.rng.choice(VOD)
        kind = "media"
    else:
        asset, _, _ = c.rng.choice(KANALI)
        kind = "epg"
    b = _phoenix(c, "bookmark/action/add")
    _send(
        b,
        {
            "bookmark": {
                "objectType": "KalturaBookmark",
                "id": str(asset),
                "type": kind,
                "position": c.rng.randint(30, 5400),
                "playerData": {
                    "objectType": "KalturaBookmarkPlayerData",
                    "action": c.rng.choice(
                        ["FIRST_PLAY", "PLAY", "HIT", "PAUSE", "STOP", "FINISH"]
                    ),
                    "averageBitrate": c.rng.randint(2000, 9000),
                    "totalBitrate": 0,
                    "currentBitrate": c.rng.randint(2000, 9000),
                    "fileId": str(c.rng.randint(100000, 999999)),
                },
            }
        },
    )
    b.view("json bookmark (KalturaBookmark id / position / playerData.action)")
    _ok(b, {"objectType": "KalturaBooleanValue", "value": True}, c)
    return b.build()


def bookmark_list(c: Context) -> Flow:
    b = _phoenix(c, "bookmark/action/list")
    _send(
        b,
        {
            "filter": {
                "objectType": "KalturaBookmarkFilter",
                "assetIdIn": ",".join(str(a) for a, _ in VOD),
                "assetTypeEqual": "media",
            }
        },
    )
    b.view("response json KalturaBookmarkListResponse (continue watching)", direction="response")
    _ok(
        b,
        {
            "objectType": "KalturaBookmarkListResponse",
            "objects": [
                {
                    "objectType": "KalturaBookmark",
                    "id": str(a),
                    "type": "media",
                    "position": c.rng.randint(60, 5000),
                    "positionOwner": "household",
                    "finishedWatching": c.rng.random() < 0.3,
                }
                for a, _ in c.rng.sample(VOD, 3)
            ],
            "totalCount": 3,
        },
        c,
    )
    return b.build()


def zap_log(c: Context) -> Flow:
    b = FB(c, "netvision", "POST", f"{STAT}/zap")
    b.header("user-agent", UA)
    b.header("x-stb-serial", b.id("stb_serial", where="header x-stb-serial"))
    b.view("json събития[] канал / гледано_сек (channel changes)")
    events = []
    for _ in range(c.rng.randint(1, 4)):
        _, num, name = c.rng.choice(KANALI)
        events.append(
            {"канал": name, "номер": num, "от": iso(c), "гледано_сек": c.rng.randint(5, 3600)}
        )
    b.json({"събития": events, "версия": 3}, "gzip")
    b.no_content()
    return b.build()


def rpd_opaque(c: Context) -> Flow:
    """The return-path audience meter: msgpack rows, MD5 of the bare MAC in `x-h`."""
    b = FB(c, "netvision", "POST", f"{STAT}/r")
    b.header("user-agent", "nvrpd/2.3")
    b.header("x-h", b.id("stb_mac", "md5_of_nosep", "header x-h", detectable=False))
    b.view("msgpack rows [channel number, seconds, ts]", detectable=False)
    rows = [
        [c.rng.choice(KANALI)[1], c.rng.randint(10, 3600), ms(c)]
        for _ in range(c.rng.randint(2, 6))
    ]
    b.set_body(mpack(rows), "application/x-msgpack")
    b.no_content()
    return b.build()


def epg(c: Context) -> Flow:
    asset, _, _ = c.rng.choice(KANALI)
    b = _phoenix(c, "asset/action/list")
    _send(
        b,
        {
            "filter": {
                "objectType": "KalturaSearchAssetFilter",
                "kSql": f"(and epg_channel_id='{asset}' start_date>'{int(c.now) - 3600}')",
                "orderBy": "START_DATE_ASC",
            },
            "pager": {"objectType": "KalturaFilterPager", "pageSize": 10, "pageIndex": 1},
        },
    )
    b.decoy("EPG programme assets with start / end dates (content fetch)")
    t0 = int(c.now) // 1800 * 1800
    _ok(
        b,
        {
            "objectType": "KalturaAssetListResponse",
            "objects": [
                {
                    "objectType": "KalturaProgramAsset",
                    "id": c.rng.randint(10**8, 10**9),
                    "name": t,
                    "epgChannelId": asset,
                    "startDate": t0 + i * 3600,
                    "endDate": t0 + (i + 1) * 3600,
                }
                for i, t in enumerate(["Новините", "Сутрешен блок", "Документален филм", "Спорт"])
            ],
            "totalCount": 4,
        },
        c,
    )
    return b.build()


def kanali(c: Context) -> Flow:
    b = _phoenix(c, "asset/action/list")
    _send(
        b,
        {
            "filter": {"objectType": "KalturaChannelFilter", "idEqual": 3418},
            "pager": {"pageSize": 50},
        },
    )
    b.decoy("channel line-up (catalogue)")
    _ok(
        b,
        {
            "objectType": "KalturaAssetListResponse",
            "objects": [
                {"objectType": "KalturaMediaAsset", "id": a, "name": n, "channelNumber": num}
                for a, num, n in KANALI
            ],
            "totalCount": len(KANALI),
        },
        c,
    )
    return b.build()


def playback_context(c: Context) -> Flow:
    asset, _, _ = c.rng.choice(KANALI)
    b = _phoenix(c, "asset/action/getPlaybackContext")
    _send(
        b,
        {
            "assetId": str(asset),
            "assetType": "media",
            "contextDataParams": {
                "objectType": "KalturaPlaybackContextOptions",
                "context": "PLAYBACK",
                "streamerType": "mpegdash",
            },
        },
    )
    b.decoy("playback context: the stream URL and DRM data (content fetch)")
    _ok(
        b,
        {
            "objectType": "KalturaPlaybackContext",
            "sources": [
                {
                    "objectType": "KalturaPlaybackSource",
                    "format": "dash-widevine",
                    "url": f"https://cdn.netvision.example/live/{asset}/manifest.mpd"
                    f"?t={new_hex(c.rng, 32)}",
                    "drm": [
                        {
                            "scheme": "WIDEVINE_CENC",
                            "licenseURL": "https://drm.netvision.example/wv",
                        }
                    ],
                }
            ],
        },
        c,
    )
    return b.build()


def heartbeat(c: Context) -> Flow:
    b = FB(c, "netvision", "GET", f"{PROV}/ping?t={ms(c)}&id={rid(c.rng)}")
    b.header("user-agent", UA)
    b.decoy("keep-alive with a request id and a timestamp")
    b.ok_json({"ok": True, "ntp": iso(c)})
    return b.build()
