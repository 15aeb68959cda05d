"""The living-room smart TV in Tórshavn (a fictional Nordvisa brand) with
automatic content recognition (ACR).

The TV recognises what is on screen, whichever input it comes from, and
reports viewing segments (content id, channel, programme, start, seconds,
input); field names are the vendor's own, in English. It is identified by an
ACR `psid`, its serial and its Wi-Fi MAC. A newer firmware sends protobuf:
a SHA-256 of the serial, then repeated (content hash, start, seconds) records
with no names. The home rails, the app store, the remote keys and the
firmware check (MD5 of the image) are ordinary.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import pb_bytes, pb_msg, pb_varint

from .phone import FB, rf

API = "https://api.nordvisa-tv.example"
ACR = "https://acr.nordvisa-tv.example"
UA = "NordvisaTV/6.2 (Linux; webOS-like 6.0; NV55Q8)"
CHANNELS = ["KVF", "DR1", "TV 2", "NRK1", "Netflix", "YouTube", "HDMI1"]
PROGRAMMES = ["Dagur og vika", "TV Avisen", "Vild med dans", "Kringvarp: Tíðindi", "Matador"]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "nordvisa-tv", method, url)
    b.header("user-agent", UA)
    return b


def register(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/device/register")
    b.json(
        {
            "psid": b.id("tv_psid", where="json psid"),
            "serial": b.id("tv_serial", where="json serial"),
            "wifiMac": b.id("tv_mac", where="json wifiMac"),
            "model": "NV55Q8",
            "country": "FO",
            "acrConsent": True,
        }
    )
    b.ok_json({"account": b.acct("tv_account"), "acrEndpoint": ACR})
    return b.build()


def acr_segments(c: Context) -> Flow:
    b = _b(c, "POST", f"{ACR}/v3/segments")
    b.header("x-nv-psid", b.id("tv_psid", where="header x-nv-psid"))
    b.view("json segments[] contentId/programme/start/seconds (ACR)")
    segs = [
        {
            "contentId": f"nvc:{c.rng.randint(10**6, 10**7)}",
            "channel": c.rng.choice(CHANNELS),
            "programme": c.rng.choice(PROGRAMMES),
            "start": int(c.now) - c.rng.randint(300, 7200),
            "seconds": c.rng.randint(60, 3600),
            "input": c.rng.choice(["TUNER", "HDMI1", "APP"]),
            "confidence": rf(c.rng, 0.8, 1, 3),
        }
        for _ in range(c.rng.randint(1, 4))
    ]
    b.json({"segments": segs, "tz": "Atlantic/Faroe"}, "gzip")
    b.no_content()
    return b.build()


def acr_protobuf(c: Context) -> Flow:
    b = _b(c, "POST", f"{ACR}/v4/s")
    b.view("protobuf repeated (content hash, start, seconds), no names", detectable=False)
    recs = [
        pb_msg(
            2,
            [
                pb_bytes(1, new_hex(c.rng, 16)),
                pb_varint(2, int(c.now) - c.rng.randint(0, 7200)),
                pb_varint(3, c.rng.randint(30, 3600)),
            ],
        )
        for _ in range(c.rng.randint(2, 5))
    ]
    body = pb_bytes(
        1, b.id("tv_serial", "sha256", "protobuf 1 (sha256 of serial)", False)
    ) + b"".join(recs)
    b.set_body(body, "application/x-protobuf")
    b.respond(204, None)
    return b.build()


def network(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/device/network")
    b.json(
        {
            "mac": b.id("tv_mac", "nosep_upper", "json mac (no separators)"),
            "ssid_hash": new_hex(c.rng, 16),
            "rssi": -c.rng.randint(40, 70),
        }
    )
    b.decoy("ssid_hash of the home Wi-Fi name")
    b.ok_json({"ok": True})
    return b.build()


def remote_key(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/ui/key")
    b.json({"key": c.rng.choice(["UP", "DOWN", "OK", "BACK", "HOME"]), "t": int(c.now)})
    b.no_content()
    return b.build()


def home_rails(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/home?lang=fo")
    b.decoy("recommendation rails (content fetch)")
    b.ok_json({"rails": [{"title": "Vinsælt", "items": PROGRAMMES[:3]}]})
    return b.build()


def app_store(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/apps?cat=video")
    b.ok_json(
        {
            "apps": [
                {"id": a, "v": "1." + str(c.rng.randint(0, 9))}
                for a in ("sjonogras", "stromplus", "youtube")
            ]
        }
    )
    return b.build()


def firmware(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/firmware/latest?model=NV55Q8")
    b.decoy("firmware image md5 (hex)")
    b.ok_json({"version": "6.2.11", "md5": new_hex(c.rng, 32), "size": 812345678})
    return b.build()
