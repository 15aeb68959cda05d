"""KitaTV box: the family's Android TV box (Android TV 11) from a Malaysian IPTV
reseller, whose launcher does automatic content recognition (ACR) on HDMI-in /
live channels, logs channel zapping, and registers the box's hardware ids.

In-house ACR and launcher backend (keys English and Malay: saluran = channel,
rancangan = programme, mula / tamat = start / end). ACR shape (audio
fingerprint hashes with offsets, then a match naming channel and programme)
follows what published ACR SDK docs describe; the names are the vendor's own.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import encode
from tests.heldout.wire import jsb

from .phone import FB, box_ua, iso, ms, rid

ACR = "https://acr.kitatv.com.my"
LAUNCH = "https://launcher.kitatv.com.my"
CHANNELS = [
    ("TV3", "Buletin Utama"),
    ("TV9", "Nona"),
    ("8TV", "Mandarin News"),
    ("Astro Ria", "Gegar Vaganza"),
    ("TVB Jade", "東張西望"),
    ("NTV7", "Edisi 7"),
]


def _base(c: Context, method: str, url: str) -> FB:
    b = FB(c, "kitatv", method, url, http_version="HTTP/1.1")
    b.header("user-agent", box_ua())
    return b


def acr_fingerprint(c: Context) -> Flow:
    b = _base(c, "POST", ACR + "/v2/acr/fingerprints")
    hashes = [[c.rng.getrandbits(32), i * 64] for i in range(24)]
    b.json(
        {
            "deviceId": b.id("box_aid", where="body deviceId"),
            "src": "hdmi1",
            "audioFingerprint": hashes,
            "capturedAt": ms(c),
        },
        encoding="gzip",
    )
    b.view("url /acr/fingerprints + body audioFingerprint (ACR samples of what is on screen)")
    b.ok_json({"next": 30})
    return b.build()


def acr_match(c: Context) -> Flow:
    ch, prog = c.rng.choice(CHANNELS)
    b = _base(c, "POST", ACR + "/v2/acr/match-report")
    b.json(
        {
            "box": b.id("box_serial", where="body box (serial)"),
            "matched": {"channel": ch, "programme": prog, "offsetSec": c.rng.randint(0, 3000)},
            "confidence": round(c.rng.uniform(0.7, 0.99), 2),
            "ts": iso(c),
        }
    )
    b.view("body matched.channel/programme (recognised content)")
    b.no_content()
    return b.build()


def acr_opaque(c: Context) -> Flow:
    b = _base(c, "POST", ACR + "/b")
    blob = bytes(c.rng.getrandbits(8) for _ in range(c.rng.randint(400, 700)))
    b.set_body(blob, "application/octet-stream")
    b.view("octet-stream body (binary ACR batch, no names)", detectable=False)
    b.no_content()
    return b.build()


def zap_log(c: Context) -> Flow:
    b = _base(c, "POST", LAUNCH + "/api/log/saluran")
    rows = []
    for _ in range(c.rng.randint(2, 6)):
        ch, prog = c.rng.choice(CHANNELS)
        start = ms(c) - c.rng.randint(60000, 3600000)
        rows.append(
            {
                "saluran": ch,
                "rancangan": prog,
                "mula": start,
                "tamat": start + c.rng.randint(60000, 1800000),
            }
        )
    b.json({"androidId": b.id("box_aid", where="body androidId"), "log": rows})
    b.view("body log[].saluran/rancangan/mula/tamat (channel viewing log)")
    b.ok_json({"ok": True})
    return b.build()


def register(c: Context) -> Flow:
    b = _base(c, "POST", LAUNCH + "/api/device/register")
    b.json(
        {
            "serialNo": b.id("box_serial", where="body serialNo"),
            "ethMac": b.id("box_eth_mac", where="body ethMac"),
            "wlanMac": b.id("box_wifi_mac", where="body wlanMac"),
            "androidId": b.id("box_aid", where="body androidId"),
            "gaid": b.id("box_gaid", where="body gaid"),
            "model": "MiBOX4",
            "fw": "RP1A.201005.004",
        }
    )
    b.ok_json({"activated": True, "region": "MY"})
    return b.build()


def heartbeat(c: Context) -> Flow:
    b = _base(c, "GET", LAUNCH + "/api/device/ping")
    b.param("mac", b.id("box_eth_mac", how="nosep_upper", where="query mac (no colons, upper)"))
    b.param("up", str(c.rng.randint(100, 900000)))
    b.ok_json({"cmd": None})
    return b.build()


def hwid_check(c: Context) -> Flow:
    b = _base(c, "GET", LAUNCH + "/api/licence/check")
    b.param("hwid", b.id("box_serial", how="sha256", where="query hwid (sha256 of serial)"))
    b.param("pkg", "my.kitatv.iptv")
    b.ok_json({"valid": True})
    return b.build()


def opaque_token(c: Context) -> Flow:
    b = _base(c, "POST", LAUNCH + "/api/x")
    t = b.id_raw("box_aid", "custom_b64", "body t (shuffled-alphabet base64)")
    b.set_body(jsb({"t": encode(t, "custom_b64"), "v": 2}), "application/json")
    b.ok_json({})
    return b.build()


def acr_token(c: Context) -> Flow:
    b = _base(c, "GET", ACR + "/v2/config")
    b.param("token", b.id("acr_token", where="query token (ACR install token)", detectable=False))
    b.ok_json({"interval": 30, "enabled": True})
    return b.build()


def app_store(c: Context) -> Flow:
    b = _base(c, "GET", LAUNCH + "/api/apps/featured")
    b.ok_json(
        {
            "apps": [{"pkg": p, "rating": 4.2} for p in ("tv.astro", "com.netflix", "my.tonton")],
            "reqId": rid(c.rng),
        }
    )
    b.decoy("featured app list and request id")
    return b.build()


def epg(c: Context) -> Flow:
    b = _base(c, "GET", LAUNCH + "/api/epg")
    b.param("saluran", c.rng.choice(CHANNELS)[0])
    b.ok_json(
        {
            "rancangan": [
                {"tajuk": p, "mula": ms(c) + i * 3600000} for i, (_c, p) in enumerate(CHANNELS)
            ]
        }
    )
    b.decoy("programme guide")
    return b.build()


def screensaver(c: Context) -> Flow:
    b = _base(c, "GET", f"https://cdn.kitatv.com.my/ss/{c.rng.randint(1, 60)}.jpg")
    b.respond(200, "image/jpeg", bytes(c.rng.getrandbits(8) for _ in range(256)))
    b.decoy("screensaver image")
    return b.build()
