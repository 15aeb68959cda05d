"""LakayBox: an Android TV box in Port-au-Prince with the maker's launcher and ACR.

The launcher's automatic content recognition matches what is on screen
(Haitian channels over the air or IPTV, US channels through the family's
subscription) and reports matched programmes: channel, programme, start,
seconds. Which fields such reports hold follows the FTC's account of smart-TV
ACR data (FTC v. VIZIO, 2017) and the TV makers' own "viewing information"
notices; the field names are the maker's. Newer firmware sends the matches as
protobuf. The box registers with its serial, Wi-Fi and Ethernet MACs and a
maker DUID. The EPG, channel logos and firmware checks are not sensitive.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import pb_bytes, pb_msg, pb_varint

from .phone import FB, iso, ms

API = "https://api.lakaybox.example"
ACR = "https://acr.lakaybox.example"
UA = "LakayBoxLauncher/2.6.3 (Linux; Android 11; LKB-4K Build/RP1A.201005.006)"
CHANNELS = [
    "Télé Métropole",
    "Télé Caraïbes",
    "Télé Ginen",
    "TNH",
    "Canal 11",
    "Télé Pluriel",
    "WSVN 7",
    "Univision 23",
]
PROGRAMMES = [
    "Le Point",
    "Ranmase",
    "Jounal 8h",
    "Chanpyona D1 Ayiti",
    "Konpa Lakay",
    "Noticias 23",
    "Telenovela: Mi Camino",
    "Ti Kouto Konn Sa Ki Nan Kè Jiromon",
]


def _b(c: Context, method: str, url: str, sdk: str = "lakaybox") -> FB:
    b = FB(c, sdk, method, url)
    b.header("user-agent", UA)
    return b


def register(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/box/register")
    b.json(
        {
            "serialNumber": b.id("box_serial", where="json serialNumber"),
            "wifiMac": b.id("box_wifi_mac", where="json wifiMac"),
            "ethMac": b.id("box_eth_mac", where="json ethMac"),
            "duid": b.id("box_duid", where="json duid"),
            "model": "LKB-4K",
            "fw": "2.6.3",
        }
    )
    b.ok_json({"account": b.acct("box_account"), "region": "HT-OU"})
    return b.build()


def heartbeat(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/box/heartbeat")
    b.json(
        {
            "duid": b.id("box_duid", where="json duid"),
            "uptime": c.rng.randint(60, 900000),
            "net": c.rng.choice(["wifi", "ethernet"]),
            "ts": ms(c),
        }
    )
    b.no_content()
    return b.build()


def net_status(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/box/network")
    mac = b.id("box_eth_mac", "upper", "response json ethernet.mac", direction="response")
    b.header("x-box-duid", b.id("box_duid", where="header x-box-duid"))
    b.ok_json(
        {"ethernet": {"mac": mac, "link": "100M"}, "ip": "192.168.1." + str(c.rng.randint(2, 250))}
    )
    return b.build()


def opaque_ping(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/q")
    b.form([("s", b.id("box_serial", "md5", "form s", detectable=False)), ("f", "263")])
    b.no_content()
    return b.build()


def acr_report(c: Context) -> Flow:
    b = _b(c, "POST", f"{ACR}/v3/acr/matches", "lakaybox-acr")
    b.view("gzip json matches[] (ACR)")
    b.json(
        {
            "duid": b.id("box_duid", where="gzip json duid"),
            "matches": [
                {
                    "channel": c.rng.choice(CHANNELS),
                    "programme": c.rng.choice(PROGRAMMES),
                    "startedAt": iso(c),
                    "seconds": c.rng.randint(60, 3600),
                    "source": c.rng.choice(["hdmi1", "iptv", "antenna"]),
                }
                for _ in range(c.rng.randint(1, 4))
            ],
        },
        "gzip",
    )
    b.no_content()
    return b.build()


def acr_protobuf(c: Context) -> Flow:
    """Newer firmware: protobuf rows {1: channel no, 2: content no, 3: ts, 4: seconds}."""
    b = _b(c, "POST", f"{ACR}/v4/m", "lakaybox-acr")
    b.view("protobuf field 2 rows", detectable=False)
    rows = b"".join(
        pb_msg(
            2,
            [
                pb_varint(1, c.rng.randint(1, 40)),
                pb_varint(2, c.rng.randint(10**5, 10**7)),
                pb_varint(3, ms(c)),
                pb_varint(4, c.rng.randint(60, 3600)),
            ],
        )
        for _ in range(c.rng.randint(1, 5))
    )
    msg = pb_bytes(1, b.id("box_duid", "protobuf", "protobuf field 1", detectable=False)) + rows
    b.set_body(msg, "application/x-protobuf")
    b.no_content()
    return b.build()


def recent_channels(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/box/denye-chanel")
    b.header("x-box-duid", b.id("box_duid", where="header x-box-duid"))
    b.view("response json recent[] (channels watched, minutes)", direction="response")
    b.ok_json(
        {
            "recent": [
                {
                    "channel": c.rng.choice(CHANNELS),
                    "watchedAt": iso(c),
                    "minutes": c.rng.randint(3, 200),
                }
                for _ in range(5)
            ]
        }
    )
    return b.build()


def epg(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/epg?ch={c.rng.randint(1, 40)}")
    b.decoy("programme guide with times (content fetch)")
    b.ok_json(
        {
            "programmes": [
                {"title": t, "start": iso(c), "minutes": c.rng.choice([30, 60, 90])}
                for t in PROGRAMMES[:5]
            ]
        }
    )
    return b.build()


def logo(c: Context) -> Flow:
    b = _b(c, "GET", f"https://cdn.lakaybox.example/logos/{c.rng.randint(1, 40)}.png")
    b.respond(
        200, "image/png", b"\x89PNG\r\n\x1a\n" + bytes(c.rng.getrandbits(8) for _ in range(200))
    )
    return b.build()


def firmware(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/ota/check?model=LKB-4K&fw=2.6.3")
    b.decoy("firmware sha256")
    b.ok_json({"update": False, "latest": "2.6.3", "sha256": new_hex(c.rng, 64)})
    return b.build()
