"""The IPTV set-top box in the Bratislava living room: an Android TV operator
box of a fictional Slovak ISP (Dunaj-Net), whose middleware speaks the Kaltura
OTT (Phoenix) JSON API: `POST /api_v3/service/<service>/action/<action>` with
the session `ks` and a typed object in the body.

The box logs in with its `udid`, registers itself as a `KalturaHouseholdDevice`
(udid, name, and in `dynamicData` the serial and Ethernet MAC the operator asks
for), and while a channel or a recording plays, `bookmark/action/add` reports a
`KalturaBookmark` (asset id, `position`, `playerData.action` HIT / FINISH):
viewing history. The operator's QoS agent posts [asset, seconds, ts] rows
keyed by a SHA-1 of the bare MAC. Channel lists (`asset/action/list`), EPG and
playback-context (stream URL) fetches are content.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex

from .phone import FB, ms

OTT = "https://ott.dunaj-net.example/api_v3/service"
QOS = "https://qos.dunaj-net.example/v2/m"
UA = "DunajNetTV/2.9.4 (Linux; Android 11; DN-BOX4K; Build/RP1A.201005.006)"
PARTNER = 3217
CHANNELS = [
    (700101, "Markíza HD"),
    (700102, "JOJ HD"),
    (700103, "Jednotka HD"),
    (700104, "Dvojka HD"),
    (700105, "TA3"),
    (700106, "Nova Sport 1"),
    (700107, "Arena Sport 1"),
    (700108, "Doma"),
]


def _b(c: Context, service: str, action: str) -> FB:
    b = FB(c, "kaltura-ott", "POST", f"{OTT}/{service}/action/{action}")
    b.header("user-agent", UA)
    return b


def login(c: Context) -> Flow:
    b = _b(c, "ottuser", "login")
    b.json(
        {
            "apiVersion": "7.8.1",
            "partnerId": PARTNER,
            "username": "kovac.jan",
            "password": new_hex(c.rng, 16),
            "udid": b.id("box_udid", where="json udid"),
        }
    )
    b.ok_json(
        {
            "executionTime": 0.06,
            "result": {
                "objectType": "KalturaLoginResponse",
                "loginSession": {"ks": c.phone.box_ks},
            },
        }
    )
    return b.build()


def device_add(c: Context) -> Flow:
    b = _b(c, "householddevice", "add")
    b.json(
        {
            "apiVersion": "7.8.1",
            "ks": b.acct("box_ks"),
            "device": {
                "objectType": "KalturaHouseholdDevice",
                "udid": b.id("box_udid", where="json device.udid"),
                "name": "Obývačka",
                "brandId": 22,
                "dynamicData": {
                    "serialNumber": {
                        "objectType": "KalturaStringValue",
                        "value": b.id("box_serial", where="json dynamicData.serialNumber.value"),
                    },
                    "macAddress": {
                        "objectType": "KalturaStringValue",
                        "value": b.id("box_mac", where="json dynamicData.macAddress.value"),
                    },
                },
            },
        }
    )
    b.ok_json({"result": {"objectType": "KalturaHouseholdDevice", "state": "activated"}})
    return b.build()


def bookmark(c: Context) -> Flow:
    asset, _ = c.rng.choice(CHANNELS)
    b = _b(c, "bookmark", "add")
    b.view("json bookmark (KalturaBookmark id + position + playerData.action)")
    b.json(
        {
            "apiVersion": "7.8.1",
            "ks": b.acct("box_ks"),
            "bookmark": {
                "objectType": "KalturaBookmark",
                "id": str(asset),
                "type": c.rng.choice(["media", "epg"]),
                "position": c.rng.randint(30, 5400),
                "playerData": {
                    "objectType": "KalturaBookmarkPlayerData",
                    "action": c.rng.choice(["HIT", "HIT", "FIRST_PLAY", "FINISH"]),
                    "averageBitrate": c.rng.choice([3500, 6000, 8000]),
                    "totalBitrate": 8000,
                    "currentBitrate": 6000,
                    "fileId": c.rng.randint(10**6, 10**7),
                },
            },
        }
    )
    b.ok_json({"result": True})
    return b.build()


def playback_context(c: Context) -> Flow:
    asset, _ = c.rng.choice(CHANNELS)
    b = _b(c, "asset", "getPlaybackContext")
    b.decoy("stream URL fetch for a channel (content fetch)")
    b.json(
        {
            "apiVersion": "7.8.1",
            "ks": b.acct("box_ks"),
            "assetId": str(asset),
            "assetType": "media",
            "contextDataParams": {
                "objectType": "KalturaPlaybackContextOptions",
                "context": "PLAYBACK",
                "streamerType": "mpegdash",
            },
        }
    )
    b.ok_json(
        {
            "result": {
                "sources": [
                    {
                        "url": f"https://cdn.dunaj-net.example/live/{asset}/manifest.mpd"
                        f"?t={new_hex(c.rng, 24)}",
                        "format": "dash-widevine",
                    }
                ]
            }
        }
    )
    return b.build()


def channel_list(c: Context) -> Flow:
    b = _b(c, "asset", "list")
    b.decoy("channel list (catalogue)")
    b.json(
        {
            "apiVersion": "7.8.1",
            "ks": b.acct("box_ks"),
            "filter": {"objectType": "KalturaSearchAssetFilter", "kSql": "asset_type='607'"},
            "pager": {"pageSize": 50, "pageIndex": 1},
        }
    )
    b.ok_json(
        {
            "result": {
                "totalCount": len(CHANNELS),
                "objects": [{"id": a, "name": n, "type": 607} for a, n in CHANNELS],
            }
        }
    )
    return b.build()


def epg(c: Context) -> Flow:
    asset, _ = c.rng.choice(CHANNELS)
    b = _b(c, "asset", "list")
    b.decoy("EPG programme start / end times (content fetch)")
    t0 = int(c.now) // 1800 * 1800
    b.json(
        {
            "apiVersion": "7.8.1",
            "ks": b.acct("box_ks"),
            "filter": {
                "objectType": "KalturaSearchAssetFilter",
                "kSql": f"(and epg_channel_id='{asset}' start_date>'{t0}')",
            },
        }
    )
    b.ok_json(
        {
            "result": {
                "objects": [
                    {"name": n, "startDate": t0 + i * 3600, "endDate": t0 + (i + 1) * 3600}
                    for i, n in enumerate(["Krimi", "Televízne noviny", "Počasie", "Film"])
                ]
            }
        }
    )
    return b.build()


def qos(c: Context) -> Flow:
    b = FB(c, "dunajnet-qos", "POST", QOS)
    b.header("user-agent", "dnqos/2.1")
    key = b.id("box_mac", "sha1_of_nosep", "json d", detectable=False)
    b.view("json x[] rows", detectable=False)
    rows = [
        [c.rng.choice(CHANNELS)[0], c.rng.randint(30, 3600), ms(c)]
        for _ in range(c.rng.randint(1, 4))
    ]
    b.json({"d": key, "x": rows, "bw": c.rng.randint(4000, 30000)})
    b.no_content()
    return b.build()
