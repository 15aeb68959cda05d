"""Remote app for the LG webOS TV ("RemoteNow", fictional) with an ACR SDK.

The app pairs with the TV on the LAN (UPnP device description with
`serialNumber` and `UDN`, as webOS TVs answer SSDP), registers the TV with its
own cloud (model, serial, Wi-Fi / Ethernet MAC, LG device id from
`com.webos.service.update/getCurrentSWInformation`), calls LG's content
services with LG's `X-Device-*` request headers (X-Device-ID, -Product,
-Platform, -Model, -Country, -Language, -FW-Version, -Eco-Info, as seen in
published webOS traffic captures), and embeds an Alphonso-style audio ACR SDK
(LG owns Alphonso, which powers LG "Live Plus") and a Samba-TV-style
viewership report. One ACR upload is a raw fingerprint batch (opaque).
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import b64, gz

from .phone import FB, ZERO_IDFA, fb, iso, ms, rf, rid, ua

API = "https://api.remotenow.app"
TV = "http://192.168.1.47:1527"
UA = ua("RemoteNow", "iPadOS 17.5.1", "77")
SHOWS = [
    ("NRK1", "1", "Dagsrevyen", "EP019288450012"),
    ("NRK Super", "3", "Fantorangen", "EP017702230118"),
    ("TV 2", "2", "Farmen", "EP022901330004"),
    ("Disney Channel", "19", "Bluey", "EP031442810022"),
]


def _base(c: Context, method: str, url: str) -> FB:
    b = fb(c, "remotenow", method, url)
    b.header("user-agent", UA)
    b.header("x-rn-install", b.id("remote_install", where="header:x-rn-install"))
    return b


def upnp_description(c: Context) -> Flow:
    b = fb(c, "remotenow", "GET", f"{TV}/", http="HTTP/1.1")
    b.header("user-agent", UA)
    serial = b.id("tv_serial", where="response:<serialNumber>", direction="response")
    xml = (
        '<?xml version="1.0"?><root xmlns="urn:schemas-upnp-org:device-1-0"><device>'
        "<deviceType>urn:schemas-upnp-org:device:Basic:1</deviceType>"
        "<friendlyName>[LG] webOS TV OLED55C36LC</friendlyName><manufacturer>LG Electronics"
        "</manufacturer><modelName>OLED55C36LC</modelName>"
        f"<serialNumber>{serial}</serialNumber><UDN>uuid:{rid(c.rng)}</UDN></device></root>"
    )
    b.respond(200, "text/xml; charset=utf-8", xml.encode())
    return b.build()


def register_tv(c: Context) -> Flow:
    b = _base(c, "POST", f"{API}/v2/tvs")
    b.json(
        {
            "tv": {
                "modelName": "OLED55C36LC",
                "webOSVersion": "23",
                "firmware": "03.21.25",
                "serialNumber": b.id("tv_serial", where="body:tv.serialNumber"),
                "macAddress": b.id("tv_wifi_mac", where="body:tv.macAddress"),
                "ethMac": b.id("tv_eth_mac", how="nosep", where="body:tv.ethMac"),
                "deviceId": b.id("tv_device_id", where="body:tv.deviceId"),
            },
            "controller": {
                "vendorId": b.id("idfv_remote", where="body:controller.vendorId"),
                "model": "iPad13,18",
            },
        }
    )
    b.ok_json({"tvId": "tv_" + rid(c.rng)[:8]})
    return b.build()


def lg_content(c: Context) -> Flow:
    url = "https://no.lgappstv.com/rest/sdp/v9.0/apps/featured?cnt=20"
    b = fb(c, "lg-sdp", "GET", url)
    b.header("user-agent", UA)
    for k, v in [
        ("X-Device-ID", b.id("tv_device_id", where="header:X-Device-ID")),
        ("X-Device-Product", "webOSTV 23"),
        ("X-Device-Platform", "W23O"),
        ("X-Device-Model", "HE_DTV_W23O_AFABATAA"),
        ("X-Device-Country", "NO"),
        ("X-Device-Language", "nb-NO"),
        ("X-Device-FW-Version", "03.21.25"),
        ("X-Device-Eco-Info", "1"),
        ("X-Device-Type", "T01"),
    ]:
        b.header(k, v)
    b.ok_json({"apps": [{"id": "netflix"}, {"id": "nrk.tv"}], "trace": rid(c.rng)})
    return b.build()


def now_playing(c: Context) -> Flow:
    ch, num, prog, _ = c.rng.choice(SHOWS)
    b = _base(c, "POST", API)
    tvid = b.id("tv_device_id", where="path:/tvs/{deviceId}/now-playing")
    b.base = f"{API}/v2/tvs/{tvid}/now-playing"
    b.json(
        {
            "foregroundApp": "com.webos.app.livetv",
            "channel": {"number": num, "name": ch},
            "program": prog,
            "since": iso(c),
        }
    )
    b.view("body:channel/program")
    b.no_content()
    return b.build()


def acr_match(c: Context) -> Flow:
    ch, _num, prog, pid = c.rng.choice(SHOWS)
    b = fb(c, "alphonso-acr", "POST", "https://api.alphonso.tv/v4/acr/events")
    b.header("user-agent", UA)
    b.json(
        {
            "device": {
                "acrDeviceId": b.id("acr_device", where="body:device.acrDeviceId"),
                "idfv": b.id("idfv_remote", where="body:device.idfv"),
                "idfa": ZERO_IDFA,
                "lat": 1,
            },
            "matches": [
                {
                    "contentId": pid,
                    "title": prog,
                    "network": ch,
                    "type": "linear",
                    "offsetSec": c.rng.randint(0, 3000),
                    "matchedAt": iso(c),
                    "confidence": rf(c.rng, 0.7, 1.0, 2),
                }
            ],
            "source": "audio",
            "sdk": "3.9.2",
        },
        "gzip",
    )
    b.view("body:matches[].contentId/title/network")
    b.decoy("all-zero IDFA with lat=1")
    b.no_content()
    return b.build()


def fp_batch(c: Context) -> Flow:
    b = fb(c, "alphonso-acr", "POST", "https://api.alphonso.tv/v4/acr/fp")
    b.header("user-agent", UA)
    b.set_body(gz(bytes(c.rng.getrandbits(8) for _ in range(900))), "application/octet-stream")
    b.view("body (raw audio fingerprint batch of TV sound)", detectable=False)
    b.respond(202, None)
    return b.build()


def samba_viewership(c: Context) -> Flow:
    ch, _num, prog, pid = c.rng.choice(SHOWS)
    b = fb(c, "samba-tv", "POST", "https://acr-events.samba.tv/v2/viewership")
    b.header("user-agent", UA)
    start = ms(c) - c.rng.randint(60, 3600) * 1000
    b.json(
        {
            "tv_mac_md5": b.id("tv_wifi_mac", how="md5_of_nosep", where="body:tv_mac_md5"),
            "events": [
                {
                    "kind": "linear",
                    "channel": ch,
                    "program": prog,
                    "program_id": pid,
                    "start_ms": start,
                    "end_ms": ms(c),
                }
            ],
        }
    )
    b.view("body:events[].channel/program/program_id")
    b.no_content()
    return b.build()


def live_plus(c: Context) -> Flow:
    ch, _num, prog, pid = c.rng.choice(SHOWS)
    b = fb(c, "lg-liveplus", "GET", "https://no.info.lgsmartad.com/liveplus/v1/triggers")
    b.header("user-agent", UA)
    b.header("X-Device-ID", b.id("tv_device_id", where="header:X-Device-ID"))
    for k, v in [
        ("chan", ch),
        ("prog_id", pid),
        ("prog", prog),
        ("pos", str(c.rng.randint(0, 3000))),
    ]:
        b.param(k, v)
    b.view("query:chan/prog_id/prog/pos")
    b.ok_json({"triggers": []})
    return b.build()


def acr_opt_status(c: Context) -> Flow:
    b = _base(c, "GET", f"{API}/v2/privacy/acr?tv={b64(rid(c.rng))[:12]}")
    b.ok_json({"liveplus": True, "viewingInfo": True})
    return b.build()


def keypress_log(c: Context) -> Flow:
    b = _base(c, "POST", f"{API}/v2/analytics/keys")
    keys = [
        c.rng.choice(["VOL_UP", "VOL_DOWN", "HOME", "OK", "BACK", "UP", "DOWN"]) for _ in range(5)
    ]
    b.json({"keys": keys, "ts": ms(c), "trace": rid(c.rng)})
    b.decoy("remote keypresses (no content)")
    b.no_content()
    return b.build()


def epg(c: Context) -> Flow:
    b = _base(c, "GET", f"{API}/v2/epg?region=NO&day={c.rng.randint(0, 6)}")
    b.decoy("EPG schedule (catalogue)")
    b.ok_json({"channels": [{"name": s[0], "now": s[2]} for s in SHOWS]})
    return b.build()
