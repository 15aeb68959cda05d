"""The LG webOS 23 TV (OLED55C3PSA) itself: content recognition, LG Ads, platform.

- webOS platform requests to LG's service delivery platform carry the TV's
  identity in X-Device-* headers (X-Device-ID, X-Device-Product,
  X-Device-Platform, X-Device-Model, X-Device-Country), as logged in public
  webOS TV traffic captures and homebrew discussions (webosbrew, RootMyTV).
- ACR ("Live Plus"): LG runs it through Alphonso (LG Ad Solutions); the TV
  uploads video/audio fingerprints of what is on screen, any input, and gets
  matches back (Varmarken et al., "Watching TV with the Second-Party",
  arXiv 2409.06203). Payload layouts here are ours; the flow pattern is theirs.
- LG Ads (LG Smart Ad) requests for the home-screen banner carry the TV's ad id
  (LGUDID, resettable under "Advertising ID" in the TV's privacy settings).
- Decoys: EPG grid, weather widget, firmware check, launcher artwork.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import b64, fake_jpeg, mpack

from .phone import FB, iso, ms, rf, rid, tv_ua

FW_XML = (
    b"<REQUEST><PRODUCT_NM>webOSTV 23</PRODUCT_NM><MODEL_NM>OLED55C3PSA</MODEL_NM>"
    b"<FW_VERSION>03.31.35</FW_VERSION><COUNTRY>MX</COUNTRY></REQUEST>"
)
CHANNELS = [
    ("Las Estrellas", "2.1"),
    ("Azteca Uno", "1.1"),
    ("Caracol TV", "6"),
    ("Canal 13", "13"),
]
PROGRAMS = ["Hoy", "Venga la Alegría", "Desafío XX", "Teletrece", "La Rosa de Guadalupe"]


def _lg_headers(b: FB, where_id: bool = True) -> None:
    b.header("user-agent", tv_ua())
    if where_id:
        b.header("X-Device-ID", b.id("tv_duid", where="header.X-Device-ID"))
    b.header("X-Device-Product", "webOSTV 23")
    b.header("X-Device-Platform", "W23O")
    b.header("X-Device-Model", "HE_DTV_W23O_AFABATAA")
    b.header("X-Device-Country", "MX")


def acr_fingerprints(c: Context) -> Flow:
    b = FB(c, "lg-acr", "POST", "https://mx-acr2.alphonso.tv/acr/v2/fingerprints")
    b.header("user-agent", tv_ua())
    fps = [{"ts": ms(c) - i * 500, "vfp": b64(bytes.fromhex(new_hex(c.rng, 64)))} for i in range(8)]
    b.json(
        {
            "acrType": "video",
            "inputSource": c.rng.choice(["TV", "HDMI1", "HDMI2", "APP"]),
            "deviceId": b.id("tv_duid", how="sha256", where="body.deviceId"),
            "fingerprints": fps,
            "sampleIntervalMs": 500,
        }
    )
    b.view("body.fingerprints (ACR of screen content)")
    b.ok_json({"status": "ok", "next": 15})
    return b.build()


def acr_match_report(c: Context) -> Flow:
    ch, num = c.rng.choice(CHANNELS)
    b = FB(c, "lg-acr", "POST", "https://mx-acr2.alphonso.tv/acr/v2/viewing")
    b.header("user-agent", tv_ua())
    b.json(
        {
            "tvid": b.id("lgudid", where="body.tvid"),
            "matches": [
                {
                    "channelName": ch,
                    "channelNumber": num,
                    "programTitle": c.rng.choice(PROGRAMS),
                    "startTime": iso(c),
                    "durationSec": c.rng.randint(30, 1800),
                }
            ],
        }
    )
    b.view("body.matches[].programTitle+durationSec")
    b.no_content()
    return b.build()


def acr_opaque(c: Context) -> Flow:
    """The ACR client's binary msgpack frame: short keys, packed fingerprint bytes."""
    b = FB(c, "lg-acr", "POST", "https://mx-acr2.alphonso.tv/a")
    b.header("user-agent", "acrclient/3.4")
    body = mpack(
        {"v": 3, "k": bytes.fromhex(new_hex(c.rng, 16)), "p": bytes.fromhex(new_hex(c.rng, 96))}
    )
    b.set_body(body, "application/octet-stream")
    b.view("body (packed fingerprints)", detectable=False)
    b.no_content()
    return b.build()


def lg_ad_request(c: Context) -> Flow:
    b = FB(c, "lg-ads", "GET", "https://mx.ad.lgsmartad.com/lgad/ad/v3/request")
    _lg_headers(b, where_id=False)
    b.params += [
        ("slot", "home_banner"),
        ("cntry", "MX"),
        ("mdl", "OLED55C3PSA"),
        ("lgudid", b.id("lgudid", where="query.lgudid")),
        ("lmt", "0"),
        ("rid", rid(c.rng)),
    ]
    b.ok_json({"ads": [{"creative": "https://cdn.lgsmartad.com/c/" + new_hex(c.rng, 16) + ".jpg"}]})
    return b.build()


def lg_ad_impression(c: Context) -> Flow:
    b = FB(c, "lg-ads", "POST", "https://mx.info.lgsmartad.com/lgad/imp")
    b.header("user-agent", tv_ua())
    b.json(
        {
            "adId": new_hex(c.rng, 12),
            "udid": b.id("lgudid", how="upper", where="body.udid"),
            "mac": b.id("tv_mac", how="nosep", where="body.mac"),
            "ts": ms(c),
        }
    )
    b.no_content()
    return b.build()


def device_register(c: Context) -> Flow:
    b = FB(c, "lg-sdp", "POST", "https://mx.lgtvsdp.com/rest/sdp/v11.0/initservices")
    _lg_headers(b)
    b.json(
        {
            "serialNumber": b.id("tv_serial", where="body.serialNumber"),
            "macAddress": b.id("tv_mac", where="body.macAddress"),
            "firmware": "03.31.35",
            "tz": "America/Mexico_City",
        }
    )
    b.ok_json({"sessionId": rid(c.rng), "policy": {"acr": True}})
    return b.build()


def opaque_heartbeat(c: Context) -> Flow:
    """A platform keep-alive whose 'k' is an encrypted device token (LG's own cipher)."""
    b = FB(c, "lg-sdp", "POST", "https://ngfts.lge.com/ngfts/keepalive")
    b.header("user-agent", tv_ua())
    token = b.id_raw("tv_serial", "lg_cipher", "body.k (ciphered serial)")
    b.form(
        [("k", new_hex(c.rng, 16) + bytes(ord(ch) ^ 0x5A for ch in token).hex()), ("t", str(ms(c)))]
    )
    b.no_content()
    return b.build()


def epg(c: Context) -> Flow:
    b = FB(c, "lg-sdp", "GET", "https://mx.lgtvsdp.com/rest/epg/v2/grid", [("region", "CDMX")])
    b.header("user-agent", tv_ua())
    b.decoy("EPG grid: channels and programme titles, nothing about viewing")
    grid = [
        {"canal": ch, "num": n, "programa": c.rng.choice(PROGRAMS), "inicio": iso(c)}
        for ch, n in CHANNELS
    ]
    b.ok_json({"grid": grid})
    return b.build()


def weather(c: Context) -> Flow:
    b = FB(
        c,
        "lg-sdp",
        "GET",
        "https://mx.lgtvsdp.com/rest/weather/v1/forecast",
        [("lat", "19.43"), ("lon", "-99.13")],
    )
    b.header("user-agent", tv_ua())
    b.decoy("weather series")
    b.ok_json({"temp": [rf(c.rng, 9, 26, 1) for _ in range(24)], "ciudad": "Ciudad de México"})
    return b.build()


def firmware(c: Context) -> Flow:
    b = FB(c, "lg-sdp", "POST", "https://snu.lge.com/CheckSWAutoUpdate.laf")
    b.header("user-agent", tv_ua())
    b.decoy("firmware check with model and version only")
    b.set_body(
        FW_XML,
        "application/xml",
    )
    b.respond(200, "application/xml", b"<RESPONSE><RESULT_CD>900</RESULT_CD></RESPONSE>")
    return b.build()


def launcher_art(c: Context) -> Flow:
    b = FB(c, "lg-sdp", "GET", f"https://ngfts.lge.com/img/launcher/{new_hex(c.rng, 20)}.jpg")
    b.header("user-agent", tv_ua())
    b.decoy("launcher tile artwork")
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.randint(0, 1 << 30), 400))
    return b.build()
