"""Sony Bravia / Google TV companion ("TV SideView-like") with content
recognition: the phone listens to the TV, the backend names the programme and
the app reports what was on. Endpoints and keys are our own invention; the TV's
Wi-Fi MAC, serial and DUID travel on pairing, as TV companion apps do.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import b64, jsb, pb_bytes, pb_msg, pb_varint

from .phone import FB, iso, ms, rf, rid, ua

API = "https://tvapp.bravia-link.jp"
UA = ua("BraviaLink", "9.2.1")
PROGRAMS = [
    ("NHK G", "連続テレビ小説"),
    ("日テレ", "金曜ロードショー"),
    ("テレ東", "ワールドビジネスサテライト"),
    ("TBS", "日曜劇場"),
    ("フジ", "めざましテレビ"),
]


def _b(c: Context, method: str, path: str) -> FB:
    b = FB(c, "bravialink", method, API + path)
    b.header("user-agent", UA)
    return b


def acr_identify(c: Context) -> Flow:
    b = _b(c, "POST", "/acr/v2/identify")
    fp = bytes(c.rng.getrandbits(8) for _ in range(240))
    b.view("body.audioFingerprint to /acr/identify (what is on the TV)")
    b.json({"audioFingerprint": b64(fp), "captureMs": 6000, "ts": ms(c), "tz": "Asia/Tokyo"})
    ch, prog = c.rng.choice(PROGRAMS)
    b.ok_json({"match": {"channel": ch, "program": prog, "offsetSec": c.rng.randint(0, 3000)}})
    return b.build()


def acr_report(c: Context) -> Flow:
    b = _b(c, "POST", "/acr/v2/report")
    rows = []
    for _ in range(c.rng.randint(1, 4)):
        ch, prog = c.rng.choice(PROGRAMS)
        rows.append(
            {
                "channel": ch,
                "bangumi_mei": prog,
                "start": iso(c),
                "viewingSec": c.rng.randint(60, 3600),
                "matchConfidence": rf(c.rng, 0.6, 1, 3),
            }
        )
    b.view("body.sessions[]: channel + bangumi_mei + viewingSec (ACR report)")
    b.json({"tvDuid": b.id("tv_duid", where="body.tvDuid"), "sessions": rows}, encoding="gzip")
    b.no_content()
    return b.build()


def viewing_pb(c: Context) -> Flow:
    b = _b(c, "POST", "/acr/v2/r.pb")
    ch, prog = c.rng.choice(PROGRAMS)
    msg = pb_msg(
        1, [pb_bytes(1, ch), pb_bytes(2, prog), pb_varint(3, int(c.now)), pb_varint(4, 900)]
    )
    b.view("body: protobuf without names (channel, title, time, seconds)", detectable=False)
    b.set_body(msg, "application/x-protobuf")
    b.no_content()
    return b.build()


def pair_tv(c: Context) -> Flow:
    b = _b(c, "POST", "/device/v1/pair")
    body = {
        "tv": {
            "macAddress": b.id("tv_mac", where="body.tv.macAddress"),
            "serialNumber": b.id("tv_serial", where="body.tv.serialNumber"),
            "duid": b.id("tv_duid", where="body.tv.duid"),
            "model": "XRJ-55A95L",
        },
        "phone": {"androidId": b.id("aid_tv", where="body.phone.androidId")},
        "account": b.acct("tv_account"),
    }
    b.json(body)
    b.ok_json({"paired": True, "pairingId": rid(c.rng)})
    return b.build()


def tv_status(c: Context) -> Flow:
    mac = "header x-tv-mac"
    b = _b(c, "GET", "/device/v1/status")
    b.header("x-tv-mac", b.id("tv_mac", "nosep_upper", where=mac))
    b.ok_json({"power": "on", "input": "tv", "volume": c.rng.randint(5, 30)})
    return b.build()


def keypress(c: Context) -> Flow:
    b = _b(c, "POST", "/remote/v1/ircc")
    b.decoy("remote key press")
    key = c.rng.choice(["VolumeUp", "ChannelDown", "Home", "Netflix", "Confirm"])
    b.json({"code": key, "repeat": 1, "req": rid(c.rng)})
    b.ok_json({"result": [0]})
    return b.build()


def epg(c: Context) -> Flow:
    b = _b(c, "GET", "/epg/v1/bangumihyou?area=130&date=20241105")
    b.decoy("programme guide (catalogue, not history)")
    items = [{"ch": ch, "title": p, "start": iso(c)} for ch, p in PROGRAMS]
    b.respond(200, "application/json", jsb({"bangumi": items}))
    return b.build()


def picture_settings(c: Context) -> Flow:
    b = _b(c, "PUT", "/device/v1/picture")
    b.decoy("picture settings with numeric curves")
    b.json({"mode": "cinema", "gamma": [round(i / 10, 2) for i in range(11)], "brightness": 38})
    b.no_content()
    return b.build()


def tv_state_pb(c: Context) -> Flow:
    b = _b(c, "POST", "/device/v1/state.pb")
    mac = b.id("tv_mac", "protobuf", where="body: protobuf field 1 (no names)", detectable=False)
    msg = pb_bytes(1, mac) + pb_varint(2, 1) + pb_varint(3, c.rng.randint(5, 30))
    b.set_body(msg, "application/x-protobuf")
    b.no_content()
    return b.build()
