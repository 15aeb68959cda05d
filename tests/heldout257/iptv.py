"""The IPTV set-top box in the Ljubljana living room: a NEO-style box of the
(fictional) operator Zvezda TV, whose middleware is Kaltura OTT ("Phoenix").

Every middleware call is `POST /api_v3/service/{service}/action/{action}` with
a JSON body holding `apiVersion` and the session `ks`. The box logs in with
its `udid` (`ottuser/action/login`), registers as a `KalturaHouseholdDevice`
whose `dynamicData` carries its Ethernet MAC and serial, and reports playback
with `bookmark/action/add` (`KalturaBookmark` with the asset `id`, `position`
and `playerData.action` FIRST_PLAY / HIT / PAUSE / STOP), the bookmark the
middleware keeps for "continue watching". The operator's own STB telemetry
(Slovenian keys: `preklopi` = channel changes, `kanal`, `ogledano_s`) reports
channel zapping; its QoE probe sends `channel:seconds` pairs keyed by an MD5
of the bare MAC. Playback-context fetches (the stream URL), the channel list
and the EPG (`asset/action/list`) are content fetches.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex

from .phone import FB, iso, ms

OTT = "https://ott.zvezda-tv.example/api_v3/service"
TELE = "https://stb-telemetrija.zvezda-tv.example/v1"
QOE = "https://qoe.zvezda-tv.example/q"
UA = "ZvezdaSTB/5.8.2 (Linux; Android TV 12; ZV-4K2) Kaltura/OTT-Android 7.8.1"
API_VERSION = "7.8.1"
KANALI = [
    (8101, "SLO 1"),
    (8102, "SLO 2"),
    (8103, "POP TV"),
    (8104, "Kanal A"),
    (8105, "Planet TV"),
    (8106, "Sportklub 1"),
    (8107, "Arena Sport 1"),
    (8108, "MRT 1"),
]
VOD = [(91201, "Ekstravagantni pikniki"), (91244, "Vojna in mir"), (91263, "Čefurji raus!")]


def _b(c: Context, service: str, action: str) -> FB:
    b = FB(c, "kaltura-ott", "POST", f"{OTT}/{service}/action/{action}")
    b.header("user-agent", UA)
    b.header("x-kaltura-session", "1")
    return b


def _body(c: Context, extra: dict[str, object]) -> dict[str, object]:
    return {"apiVersion": API_VERSION, "ks": c.phone.box_ks, **extra}


def login(c: Context) -> Flow:
    b = _b(c, "ottuser", "login")
    b.json(
        {
            "apiVersion": API_VERSION,
            "partnerId": 3221,
            "username": "kovac.janez",
            "password": new_hex(c.rng, 12),
            "udid": b.id("box_udid", where="json udid"),
            "extraParams": {"deviceFamily": {"objectType": "KalturaStringValue", "value": "STB"}},
        }
    )
    b.decoy("ks session token and refresh token")
    b.ok_json(
        {
            "executionTime": round(c.rng.uniform(0.01, 0.2), 4),
            "result": {
                "objectType": "KalturaLoginResponse",
                "loginSession": {"ks": c.phone.box_ks, "refreshToken": new_hex(c.rng, 32)},
                "user": {"householdId": int(c.phone.box_household), "username": "kovac.janez"},
            },
        }
    )
    return b.build()


def device_add(c: Context) -> Flow:
    b = _b(c, "householddevice", "add")
    b.json(
        _body(
            c,
            {
                "device": {
                    "objectType": "KalturaHouseholdDevice",
                    "udid": b.id("box_udid", where="json device.udid"),
                    "name": "ZV-4K2 dnevna soba",
                    "brandId": 22,
                    "householdId": int(c.phone.box_household),
                    "dynamicData": {
                        "mac": {
                            "objectType": "KalturaStringValue",
                            "value": b.id("box_mac", where="json device.dynamicData.mac.value"),
                        },
                        "serial": {
                            "objectType": "KalturaStringValue",
                            "value": b.id(
                                "box_serial", where="json device.dynamicData.serial.value"
                            ),
                        },
                    },
                }
            },
        )
    )
    udid = b.id("box_udid", where="response json result.udid", direction="response")
    b.ok_json(
        {"result": {"objectType": "KalturaHouseholdDevice", "udid": udid, "state": "activated"}}
    )
    return b.build()


def bookmark(c: Context) -> Flow:
    action = c.rng.choice(["FIRST_PLAY", "HIT", "HIT", "PAUSE", "STOP"])
    if c.rng.random() < 0.6:
        asset, kind = c.rng.choice(KANALI)[0], "epg"
    else:
        asset, kind = c.rng.choice(VOD)[0], "media"
    b = _b(c, "bookmark", "add")
    b.view(f"json bookmark id + position + playerData.action={action}")
    b.json(
        _body(
            c,
            {
                "bookmark": {
                    "objectType": "KalturaBookmark",
                    "id": str(asset),
                    "type": kind,
                    "position": c.rng.randint(0, 6000),
                    "programId": c.rng.randint(10**7, 10**8) if kind == "epg" else 0,
                    "playerData": {
                        "objectType": "KalturaBookmarkPlayerData",
                        "action": action,
                        "averageBitrate": c.rng.randint(2000, 9000),
                        "totalBitrate": 12000,
                        "currentBitrate": c.rng.randint(2000, 9000),
                        "fileId": c.rng.randint(10**5, 10**6),
                    },
                }
            },
        )
    )
    b.ok_json({"executionTime": 0.012, "result": True})
    return b.build()


def preklopi(c: Context) -> Flow:
    b = FB(c, "zvezda-telemetrija", "POST", f"{TELE}/preklopi")
    b.header("user-agent", UA)
    b.view("json preklopi[] kanal + ogledano_s (channel zapping log)")
    b.json(
        {
            "stb": {
                "mac": b.id("box_mac", "lower", "json stb.mac"),
                "serijska": b.id("box_serial", where="json stb.serijska"),
                "fw": "5.8.2",
            },
            "preklopi": [
                {
                    "kanal": name,
                    "st": ch - 8100,
                    "od": iso(c),
                    "ogledano_s": c.rng.randint(5, 3600),
                }
                for ch, name in c.rng.sample(KANALI, c.rng.randint(2, 5))
            ],
        },
        "gzip",
    )
    b.no_content()
    return b.build()


def qoe_probe(c: Context) -> Flow:
    b = FB(c, "zvezda-qoe", "POST", QOE)
    b.header("user-agent", "zqoe/2.1")
    key = b.id("box_mac", "md5_of_nosep", "json k", detectable=False)
    b.view("json v (channel:seconds pairs)", detectable=False)
    pairs = ";".join(
        f"{c.rng.choice(KANALI)[0]}:{c.rng.randint(30, 3600)}" for _ in range(c.rng.randint(1, 4))
    )
    b.json({"k": key, "v": pairs, "t": ms(c), "bw": c.rng.randint(8000, 90000)})
    b.no_content()
    return b.build()


def status(c: Context) -> Flow:
    b = FB(c, "zvezda-telemetrija", "POST", f"{TELE}/stanje")
    b.header("user-agent", UA)
    b.json(
        {
            "mac": b.id("box_mac", where="json mac"),
            "serijska": b.id("box_serial", where="json serijska"),
            "uptime_s": c.rng.randint(3600, 10**6),
            "temperatura": c.rng.randint(38, 61),
            "hdmi": "priklopljen",
        }
    )
    b.ok_json({"ukaz": None})
    return b.build()


def playback_context(c: Context) -> Flow:
    ch, _ = c.rng.choice(KANALI)
    b = _b(c, "asset", "getPlaybackContext")
    b.decoy("playback context for a channel (stream URL fetch, not a watch report)")
    b.json(
        _body(
            c,
            {
                "assetId": str(ch),
                "assetType": "epg",
                "contextDataParams": {
                    "objectType": "KalturaPlaybackContextOptions",
                    "context": "PLAYBACK",
                    "streamerType": "mpegdash",
                },
            },
        )
    )
    b.ok_json(
        {
            "result": {
                "sources": [
                    {
                        "url": f"https://cdn.zvezda-tv.example/live/{ch}/manifest.mpd"
                        f"?t={new_hex(c.rng, 24)}",
                        "drm": [{"scheme": "WIDEVINE_CENC"}],
                    }
                ]
            }
        }
    )
    return b.build()


def channel_list(c: Context) -> Flow:
    b = _b(c, "asset", "list")
    b.decoy("channel list (catalogue)")
    b.json(_body(c, {"filter": {"objectType": "KalturaChannelFilter", "idEqual": 3301}}))
    b.ok_json(
        {
            "result": {
                "totalCount": len(KANALI),
                "objects": [{"id": ch, "name": n, "type": 603} for ch, n in KANALI],
            }
        }
    )
    return b.build()


def epg(c: Context) -> Flow:
    ch, _ = c.rng.choice(KANALI)
    b = _b(c, "asset", "list")
    b.decoy("EPG: programme start/end dates (content fetch)")
    b.json(
        _body(
            c,
            {
                "filter": {
                    "objectType": "KalturaSearchAssetFilter",
                    "kSql": f"(and epg_channel_id='{ch}' start_date>'{int(c.now) - 7200}')",
                }
            },
        )
    )
    t0 = int(c.now) // 1800 * 1800
    b.ok_json(
        {
            "result": {
                "objects": [
                    {
                        "objectType": "KalturaProgramAsset",
                        "name": n,
                        "startDate": t0 + i * 3600,
                        "endDate": t0 + (i + 1) * 3600,
                    }
                    for i, n in enumerate(["Poročila", "Tarča", "Film tedna", "Šport"])
                ]
            }
        }
    )
    return b.build()
