"""The Hisense VIDAA TV on the tester's Wi-Fi: automatic content recognition
(fingerprints and matched programme), its VIDAA advertising id in ad requests,
its MAC in device registration, its serial in firmware checks, EPG and app store
(decoys). Hisense's VIDAA privacy notice names ACR ("viewing information
services") and a resettable advertising id; the wire format is ours.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import b64, pb_bytes, pb_varint

from .phone import FB, iso, ms, rid

CHANNELS = ["SABC 1", "e.tv", "Mzansi Magic", "Channels TV", "AIT", "SuperSport PSL"]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "vidaa", method, url)
    b.header("user-agent", "Mozilla/5.0 (Linux; VIDAA 7.0; Hisense; 55A6K) AppleWebKit/537.36")
    return b


def acr_match(c: Context) -> Flow:
    b = _b(c, "POST", "https://acr-af.hismarttv.com/acr/v2/report")
    b.json(
        {
            "tvId": b.id("tv_serial", where="body.tvId"),
            "matches": [
                {
                    "channel": c.rng.choice(CHANNELS),
                    "programme": "Generations: The Legacy",
                    "offsetSec": c.rng.randint(0, 1800),
                    "confidence": 0.93,
                    "at": iso(c),
                }
            ],
            "fpCount": c.rng.randint(10, 60),
        }
    )
    b.view("body.matches[]")
    b.no_content()
    return b.build()


def acr_fingerprints(c: Context) -> Flow:
    """Raw audio/video fingerprints in protobuf under an SDK-made device uuid."""
    b = _b(c, "POST", "https://acr-af.hismarttv.com/acr/v2/fp")
    prints = b"".join(
        pb_bytes(3, bytes(c.rng.getrandbits(8) for _ in range(16))) for _ in range(12)
    )
    body = pb_bytes(1, c.phone.tv_acr_uuid) + pb_varint(2, ms(c)) + prints
    b.other_id("tv_acr_uuid", "body.pb.1", detectable=False)
    b.set_body(body, "application/x-protobuf")
    b.view("body.pb.3 (fingerprints)", detectable=False)
    b.no_content()
    return b.build()


def ad_request(c: Context) -> Flow:
    b = _b(c, "GET", "https://ads.vidaahub.com/v1/launcher/banner")
    b.param("ifa", b.id("tv_adid", where="query.ifa"))
    b.param("ifa_type", "vida")
    b.param("lmt", "0")
    b.param("model", "55A6K")
    b.ok_json({"creatives": [{"img": f"https://cdn.vidaahub.com/{new_hex(c.rng, 20)}.jpg"}]})
    return b.build()


def register(c: Context) -> Flow:
    b = _b(c, "POST", "https://api.hismarttv.com/device/v1/register")
    b.json(
        {
            "deviceInfo": {
                "mac": b.id("tv_mac", where="body.deviceInfo.mac"),
                "sn": b.id("tv_serial", where="body.deviceInfo.sn"),
                "brand": "Hisense",
                "model": "55A6K",
                "region": "ZA",
            }
        }
    )
    b.ok_json({"token": new_hex(c.rng, 40)})
    return b.build()


def firmware(c: Context) -> Flow:
    b = _b(c, "GET", "https://ota.hismarttv.com/upgrade/check")
    b.param("serialNumber", b.id("tv_serial", where="query.serialNumber"))
    b.param("ver", "V0000.07.21K.N0531")
    b.ok_json({"update": False, "sha256": new_hex(c.rng, 64)})
    b.decoy("firmware hash")
    return b.build()


def opaque_ping(c: Context) -> Flow:
    """A telemetry ping whose body is base64 of a custom binary: the MAC inside."""
    b = _b(c, "POST", "https://log.hismarttv.com/t")
    mac = b.id_raw("tv_mac", "b64_binary", "body.d (base64 binary)").replace(":", "")
    b.form([("d", b64(bytes.fromhex(new_hex(c.rng, 8)) + mac.encode()))])
    b.no_content()
    return b.build()


def epg(c: Context) -> Flow:
    b = _b(c, "GET", "https://epg.vidaahub.com/v2/guide")
    b.param("region", "ZA")
    b.ok_json({"channels": [{"name": ch, "now": "News", "start": iso(c)} for ch in CHANNELS]})
    b.decoy("programme guide")
    return b.build()


def appstore(c: Context) -> Flow:
    b = _b(c, "GET", "https://appstore.vidaahub.com/api/apps")
    b.param("traceId", rid(c.rng))
    b.ok_json({"apps": ["Showmax", "YouTube", "Netflix", "DStv"]})
    b.decoy("trace id")
    return b.build()
