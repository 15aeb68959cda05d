"""Kanava Link: a TV companion app (remote, casting) whose TV runs automatic
content recognition and reports through the phone app (TV MAC and serial).

The ACR reports follow the pattern public ACR studies describe (periodic
fingerprint uploads and matched-content reports to the maker's servers); the
key names are this maker's own.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import encode
from tests.heldout.wire import b64, pb_bytes, pb_fixed64, pb_msg, pb_varint

from .phone import FB, iso, ms, rid, ua

API = "https://api.kanavalink.fi"
ACR = "https://acr.kanavalink.fi"
UA = ua("KanavaLink", "6.0.3")
CHANNELS = [
    ("yle-tv1", "Uutiset"),
    ("mtv3", "Salatut elämät"),
    ("nelonen", "Putous"),
    ("yle-tv2", "Pasila"),
]


def _hdr(b: FB) -> None:
    b.header("user-agent", UA)


def acr_matches(c: Context) -> Flow:
    b = FB(c, "kanava", "POST", f"{ACR}/v1/acr/matches")
    _hdr(b)
    m = [
        {
            "channel": ch,
            "programme": p,
            "offsetSec": c.rng.randint(0, 3000),
            "detectedAt": iso(c),
            "confidence": round(c.rng.uniform(0.7, 1), 2),
        }
        for ch, p in c.rng.sample(CHANNELS, 2)
    ]
    b.json({"tvSerial": b.id("tv_serial", where="body.tvSerial"), "matches": m})
    b.view("body.matches[].programme")
    b.no_content()
    return b.build()


def acr_fingerprints(c: Context) -> Flow:
    b = FB(c, "kanava", "POST", f"{ACR}/v1/acr/fingerprints")
    _hdr(b)
    b.header("x-tv-mac", b.id("tv_mac", where="header.x-tv-mac"))
    fps = [b64(bytes(c.rng.getrandbits(8) for _ in range(32))) for _ in range(6)]
    b.json(
        {"acrFingerprints": fps, "capturedAt": ms(c), "intervalMs": 500, "source": "hdmi1"},
        encoding="gzip",
    )
    b.view("body.acrFingerprints")
    b.ok_json({"matched": True})
    return b.build()


def acr_pb(c: Context) -> Flow:
    b = FB(c, "kanava", "POST", f"{ACR}/v2/i")
    _hdr(b)
    body = (
        pb_varint(1, 2)
        + pb_fixed64(2, ms(c))
        + pb_msg(3, [pb_bytes(1, bytes(c.rng.getrandbits(8) for _ in range(40)))])
    )
    b.set_body(body, "application/octet-stream")
    b.view("body (binary ACR samples, unnamed)", detectable=False)
    b.no_content()
    return b.build()


def watched_on_tv(c: Context) -> Flow:
    b = FB(c, "kanava", "GET", f"{API}/v1/tv/{c.phone.tv_user}/recently-watched")
    _hdr(b)
    b.ok_json(
        {
            "history": [
                {"channel": ch, "title": p, "watchedMinutes": c.rng.randint(5, 90)}
                for ch, p in CHANNELS[:3]
            ]
        }
    )
    b.view("response.history[]", direction="response")
    return b.build()


def pair(c: Context) -> Flow:
    b = FB(c, "kanava", "POST", f"{API}/v1/tv/pair")
    _hdr(b)
    b.json(
        {
            "macAddress": b.id("tv_mac", where="body.macAddress"),
            "serialNumber": b.id("tv_serial", where="body.serialNumber"),
            "model": "KL-55U8",
            "phoneId": b.id("aid_tv", where="body.phoneId"),
        }
    )
    b.ok_json({"paired": True, "tvUser": c.phone.tv_user})
    return b.build()


def status(c: Context) -> Flow:
    b = FB(c, "kanava", "GET", f"{API}/v1/tv/status")
    b.param("tv_uuid", b.id("tv_uuid", where="query.tv_uuid"))
    _hdr(b)
    b.ok_json({"power": "on", "input": "hdmi1", "volume": c.rng.randint(5, 40)})
    return b.build()


def keypress(c: Context) -> Flow:
    b = FB(c, "kanava", "POST", f"{API}/v1/remote/key")
    _hdr(b)
    b.json(
        {
            "key": c.rng.choice(["KEY_UP", "KEY_DOWN", "KEY_OK", "KEY_VOLUP", "KEY_BACK"]),
            "seq": c.rng.randint(1, 999),
        }
    )
    b.no_content()
    b.decoy("remote keypress")
    return b.build()


def launcher(c: Context) -> Flow:
    b = FB(c, "kanava", "GET", f"{API}/v1/tv/apps")
    _hdr(b)
    b.ok_json({"apps": ["Yle Areena", "Netflix", "Ruutu", "YouTube"], "requestId": rid(c.rng)})
    b.decoy("installed TV apps list")
    return b.build()


def opaque_ping(c: Context) -> Flow:
    b = FB(c, "kanava", "POST", f"{API}/p")
    _hdr(b)
    mac = b.id_raw("tv_mac", "custom_b64", "body.d (obfuscated)")
    b.json({"d": encode(f"{mac}|{ms(c)}", "custom_b64")})
    b.no_content()
    return b.build()
