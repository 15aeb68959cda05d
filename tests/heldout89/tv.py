"""The family's TCL Google TV: the maker's content recognition and ad id.

The TV's ACR service reports what is on screen (channel, programme, input,
start / end) with the set's serial and Wi-Fi MAC, in the style of smart-TV ACR
disclosures (Samba TV / maker "viewing information" programmes: fingerprints
matched server-side, programme and time slots reported). A second format
ships bare audio / video fingerprints (opaque). The TV's own GAID goes out in
IMA pre-roll requests and Nielsen DCR pings (sdks.py, measure.py).
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import pb_bytes, pb_fixed64, pb_msg, pb_varint

from . import measure, sdks
from .phone import FB, iso, ms, tv_ua

API = "https://acr-eu.tclsmart.example.com"
CHANNELS = [
    ("Rai 1", "Il commissario Sarti"),
    ("Canale 5", "Terra Amara"),
    ("San Marino RTV", "TG"),
    ("La7", "Otto e mezzo"),
    ("HDMI1", None),
]


def _hdr(b: FB) -> None:
    b.header("user-agent", tv_ua("TCLAcr", "3.2.8"))


def acr_report(c: Context) -> Flow:
    b = FB(c, "tcl_acr", "POST", f"{API}/v2/acr/report")
    _hdr(b)
    b.view("json:acr[]")
    rows = []
    for ch, prog in c.rng.sample(CHANNELS, 3):
        rows.append(
            {
                "channel": ch,
                "programma": prog,
                "input": "TUNER" if prog else "HDMI1",
                "inizio": iso(c),
                "fine": iso(c),
                "secondi": c.rng.randint(60, 3600),
            }
        )
    b.json(
        {
            "deviceSn": b.id("tv_serial", where="json:deviceSn"),
            "mac": b.id("tv_mac", where="json:mac"),
            "acr": rows,
            "ver": "3.2.8",
        },
        encoding="gzip",
    )
    b.no_content()
    return b.build()


def acr_fingerprints(c: Context) -> Flow:
    b = FB(c, "tcl_acr", "POST", f"{API}/v2/fp")
    _hdr(b)
    b.id("aid_tv", where="protobuf:1 (bare field)", how="protobuf", detectable=False)
    b.view("protobuf:3 fingerprints", detectable=False)
    body = (
        pb_bytes(1, c.phone.aid_tv)
        + pb_varint(2, ms(c))
        + b"".join(
            pb_msg(3, [pb_fixed64(1, c.rng.getrandbits(64)), pb_varint(2, i * 500)])
            for i in range(6)
        )
    )
    b.set_body(body, "application/x-protobuf")
    b.no_content()
    return b.build()


def watch_history(c: Context) -> Flow:
    b = FB(c, "tcl_channel", "POST", "https://tclplus.tclsmart.example.com/api/v1/watch-history")
    _hdr(b)
    b.view("json:history[]")
    b.json(
        {
            "androidId": b.id("aid_tv", where="json:androidId"),
            "history": [
                {
                    "contentId": "tclp-" + new_hex(c.rng, 8),
                    "watchedSeconds": c.rng.randint(60, 4000),
                    "lastPosition": c.rng.randint(0, 4000),
                    "watchedAt": iso(c),
                }
                for _ in range(3)
            ],
        }
    )
    b.ok_json({"saved": 3})
    return b.build()


def register(c: Context) -> Flow:
    b = FB(c, "tcl_acr", "POST", f"{API}/v2/device/register")
    _hdr(b)
    b.json(
        {
            "serialNo": b.id("tv_serial", where="json:serialNo"),
            "wifiMac": b.id("tv_mac", "lower", where="json:wifiMac"),
            "androidId": b.id("aid_tv", where="json:androidId"),
            "model": "55C645",
            "firmware": "V8-R51MT05-LF1V412.002345",
            "country": "IT",
            "acrOptIn": True,
        }
    )
    b.ok_json({"token": new_hex(c.rng, 40)})
    return b.build()


def epg(c: Context) -> Flow:
    b = FB(
        c,
        "tcl_channel",
        "GET",
        "https://tclplus.tclsmart.example.com/api/v1/epg",
        [("country", "IT")],
    )
    _hdr(b)
    b.decoy("EPG grid")
    b.ok_json({"grid": [{"channel": ch, "title": p, "start": iso(c)} for ch, p in CHANNELS[:4]]})
    return b.build()


def screensaver(c: Context) -> Flow:
    b = FB(
        c,
        "google_tv",
        "GET",
        f"https://lh3.googleusercontent.com/ambient/{new_hex(c.rng, 24)}=w1920-h1080",
    )
    b.decoy("ambient-mode photo fetch")
    b.respond(
        200, "image/jpeg", b"\xff\xd8\xff\xe0" + bytes(c.rng.randrange(256) for _ in range(70))
    )
    return b.build()


def ima(c: Context) -> Flow:
    return sdks.ima_ad_request(
        c, "/21700000/tclplus/ctv_preroll", "com.tcl.tclplus", "TCLplus", tv=True
    )


def nielsen(c: Context) -> Flow:
    ch, prog = c.rng.choice(CHANNELS[:4])
    return measure.nielsen_dcr(c, prog or "live", ch, "com.tcl.tclplus", tv=True)
