"""The broadcaster's set-top box in the living room (Android TV based, the family's).

The box logs every channel zap and how long the room watched it, in batches to
the operator's log endpoint; its keys are romanised Bashkir (`qarau` =
watching, `kanal`, `daualylyq` = duration, `baslau` = start). The box sends its
MAC and serial with every batch and a heartbeat; a newer firmware packs the
log as protobuf with nameless fields. It also stores VOD resume points
(`tuqtau_urynы` romanised as `tuqtau_uryny`). The EPG download, the firmware
check and the channel list are ordinary.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import gz, jsb, pb_bytes, pb_msg, pb_varint

from .efir import CHANNELS, SHOWS
from .phone import FB, iso, ms

API = "https://stb.efir-bash.example"
UA = "EfirBox/2.4.7 (Linux; Android 11; UFB-400 Build/RP1A.201005.006)"


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "efirbox", method, url, http_version="HTTP/1.1")
    b.header("user-agent", UA)
    return b


def hello(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/box/v1/hello")
    b.form(
        [
            ("mac", b.id("stb_mac", where="form mac")),
            ("serial", b.id("stb_serial", where="form serial")),
            ("firmware", "2.4.7"),
            ("shartnama", b.acct("stb_contract")),
        ]
    )
    b.ok_json({"ok": 1, "token": new_hex(c.rng, 32), "epg": f"{API}/epg/v3"})
    return b.build()


def zap_log(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/box/v1/qarau-jurnaly")
    b.view("json qarau[] (kanal, baslau, daualylyq)")
    rows = [
        {
            "kanal": c.rng.choice(CHANNELS)[0],
            "baslau": int(c.now) - c.rng.randint(60, 7200),
            "daualylyq": c.rng.randint(20, 3600),
        }
        for _ in range(c.rng.randint(2, 6))
    ]
    b.json(
        {
            "qurylma": {
                "mac": b.id("stb_mac", where="json qurylma.mac"),
                "serial": b.id("stb_serial", where="json qurylma.serial"),
            },
            "qarau": rows,
        },
        encoding="gzip",
    )
    b.no_content()
    return b.build()


def zap_protobuf(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/box/v2/l")
    b.view("protobuf repeated field 3 (channel, start, seconds), nameless", detectable=False)
    rows = [
        pb_msg(
            3,
            [
                pb_bytes(1, c.rng.choice(CHANNELS)[0]),
                pb_varint(2, int(c.now) - c.rng.randint(60, 7200)),
                pb_varint(3, c.rng.randint(20, 3600)),
            ],
        )
        for _ in range(c.rng.randint(2, 5))
    ]
    body = pb_bytes(1, b.id("stb_serial", "protobuf", "protobuf field 1 (serial)", False))
    body += pb_varint(2, ms(c)) + b"".join(rows)
    b.set_body(body, "application/octet-stream")
    b.respond(200, "application/octet-stream", pb_varint(1, 1))
    return b.build()


def resume(c: Context) -> Flow:
    vid, title, dur = c.rng.choice(SHOWS)
    b = _b(c, "POST", f"{API}/box/v1/vod/tuqtau")
    b.view("json vod_id/tuqtau_uryny (VOD resume point)")
    b.json(
        {
            "vod_id": vid,
            "isem": title,
            "tuqtau_uryny": c.rng.randint(30, dur),
            "daualylyq": dur,
            "waqyt": iso(c),
            "serial": b.id("stb_serial", where="json serial"),
        }
    )
    b.ok_json({"saqlandy": True})
    return b.build()


def heartbeat(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/box/v1/ping")
    b.header("x-box-mac", b.id("stb_mac", "nosep_upper", "header x-box-mac"))
    b.param("uptime", str(c.rng.randint(100, 900000)))
    b.ok_json({"pong": ms(c)})
    return b.build()


def heartbeat_opaque(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/box/v1/p")
    b.header("x-k", b.id("stb_mac", "md5", "header x-k (md5 of MAC)", detectable=False))
    b.ok_json({"p": 1})
    return b.build()


def epg(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/epg/v3/{iso(c)[:10]}.json.gz")
    b.decoy("EPG download (programme schedule, no watch record)")
    sched = [
        {"kanal": cid, "tapshyryu": [{"t": f"{h:02d}:30", "isem": c.rng.choice(SHOWS)[1]}]}
        for cid, _ in CHANNELS
        for h in (7, 20)
    ]
    b.respond(200, "application/gzip", gz(jsb({"epg": sched})))
    return b.build()


def firmware(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/fw/UFB-400/latest.json")
    b.decoy("firmware build hash")
    b.ok_json({"version": "2.4.8", "sha256": new_hex(c.rng, 64), "size": 412332032})
    return b.build()


def channel_list(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/box/v1/kanaldar")
    b.ok_json(
        {"kanaldar": [{"id": cid, "isem": n, "lcn": i + 1} for i, (cid, n) in enumerate(CHANNELS)]}
    )
    return b.build()
