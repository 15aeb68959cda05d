"""The smart TV in the Thimphu flat, with automatic content recognition (ACR).

The ACR client reports matched content per session (`acr/v2/sessions`,
gzip JSON with the content, channel, start and duration), the daily viewing
summary names programmes and minutes, and a newer firmware sends the matches
as protobuf (content id, offsets) with the serial in a field. The TV's
registration sends the Wi-Fi MAC and serial, and a hashed MAC rides in a
path segment of the network check. Home rails, the app store, remote-key
events, trending content and the firmware check are ordinary.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import pb_bytes, pb_msg, pb_varint

from .phone import FB, iso, ms

ACR = "https://acr.tvcloud.example"
CP = "https://api.tvcloud.example"
UA = "Mozilla/5.0 (Linux; Tizen-like 7.0; SmartTV-D55) AppleWebKit/537.36 TV Safari/537.36"
CONTENT = [
    ("bbs1:news:0611", "BBS 1", "Evening News"),
    ("bbs2:drama:113", "BBS 2", "Gyalsung"),
    ("ott:lf:LF-0311", "HDMI1", "Lunana"),
]


def _b(c: Context, method: str, url: str, sdk: str = "smarttv") -> FB:
    b = FB(c, sdk, method, url)
    b.header("user-agent", UA)
    return b


def register(c: Context) -> Flow:
    b = _b(c, "POST", f"{CP}/v1/device/register")
    b.json(
        {
            "wifiMac": b.id("tv_mac", where="json wifiMac"),
            "serialNumber": b.id("tv_serial", where="json serialNumber"),
            "psid": b.id("tv_psid", where="json psid (platform id)"),
            "country": "BT",
            "model": "D55Q",
        }
    )
    b.ok_json({"account": b.acct("tv_account")})
    return b.build()


def acr_sessions(c: Context) -> Flow:
    b = _b(c, "POST", f"{ACR}/acr/v2/sessions", "acr")
    b.header("x-psid", b.id("tv_psid", where="header x-psid"))
    b.view("gzip json sessions (contentId, channel, title, start, durationSec)")
    b.json(
        {
            "sessions": [
                {
                    "contentId": cid,
                    "channel": ch,
                    "title": t,
                    "start": iso(c),
                    "durationSec": c.rng.randint(60, 3600),
                    "matchConfidence": 0.97,
                }
                for cid, ch, t in c.rng.sample(CONTENT, 2)
            ]
        },
        encoding="gzip",
    )
    b.no_content()
    return b.build()


def viewing_summary(c: Context) -> Flow:
    b = _b(c, "POST", f"{ACR}/acr/v1/daily", "acr")
    b.view("json viewingSummary (programme + minutes per day)")
    b.json(
        {
            "tv": b.id("tv_serial", where="json tv (serial)"),
            "viewingSummary": [
                {"programme": t, "minutes": c.rng.randint(5, 180), "day": iso(c)[:10]}
                for _, _, t in CONTENT
            ],
        }
    )
    b.no_content()
    return b.build()


def acr_protobuf(c: Context) -> Flow:
    b = _b(c, "POST", f"{ACR}/acr/v3/m", "acr")
    b.view("protobuf matches (content id, offset, time), no key names", detectable=False)
    cid, _, _ = c.rng.choice(CONTENT)
    body = pb_bytes(
        1, b.id("tv_serial", "protobuf", "protobuf field 1 (serial)", detectable=False)
    ) + pb_msg(2, [pb_bytes(1, cid), pb_varint(2, c.rng.randint(1, 5400)), pb_varint(3, ms(c))])
    b.set_body(body, "application/x-protobuf")
    b.respond(200, "application/x-protobuf", pb_varint(1, 1))
    return b.build()


def network(c: Context) -> Flow:
    b = _b(c, "GET", f"{CP}/v1/net/check")
    b.base = (
        f"{CP}/v1/net/"
        + b.id("tv_mac", "md5", "url path segment (md5 of MAC)", detectable=False)
        + "/check"
    )
    b.ok_json({"online": True, "rtt": c.rng.randint(20, 200)})
    return b.build()


def home_rails(c: Context) -> Flow:
    b = _b(c, "GET", f"{CP}/v1/home?lang=dz")
    b.ok_json(
        {
            "rails": [
                {"title": t, "img": f"https://img.tvcloud.example/{new_hex(c.rng, 12)}.jpg"}
                for _, _, t in CONTENT
            ]
        }
    )
    return b.build()


def trending(c: Context) -> Flow:
    b = _b(c, "GET", f"{CP}/v1/trending?country=BT")
    b.decoy("country-wide trending titles with view counts")
    b.ok_json(
        {"trending": [{"title": t, "views": c.rng.randint(100, 50000)} for _, _, t in CONTENT]}
    )
    return b.build()


def remote_key(c: Context) -> Flow:
    b = _b(c, "POST", f"{CP}/v1/ui/key")
    b.json({"key": c.rng.choice(["KEY_UP", "KEY_OK", "KEY_BACK", "KEY_VOLUP"]), "t": ms(c)})
    b.no_content()
    return b.build()


def app_store(c: Context) -> Flow:
    b = _b(c, "GET", f"{CP}/v1/apps?cat=video")
    b.ok_json({"apps": ["Lhamo Flix", "Gakyil TV", "YouTube"]})
    return b.build()


def firmware(c: Context) -> Flow:
    b = _b(c, "GET", f"{CP}/v1/fw?model=D55Q&cur=1203.4")
    b.decoy("firmware hash")
    b.ok_json({"latest": "1204.1", "sha256": new_hex(c.rng, 64)})
    return b.build()
