"""Kesher+ (fictional Israeli streaming app): in-house watch logs whose keys are
transliterated Hebrew (tsfiya = viewing, perek = episode, ona = season, makom =
position, meshech = duration), plus catalogue, artwork and HLS decoys.

The backend and its key names are the app's own (no public source); the
device registration follows the usual iOS pattern of sending
`UIDevice.identifierForVendor` as a device id. Pre-roll ads go through the IMA
SDK: GET pubads.g.doubleclick.net/gampad/ads with iu, sz, env=vp, output and
the device parameters rdid, idtype, is_lat (Google Ad Manager help, "Supply
device identifiers for programmatic video").
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import b64, fake_jpeg, pb_bytes, pb_varint

from .phone import FB, ZERO_IDFA, iso, ms, rf, rid, ua

API = "https://api.kesherplus.co.il"
TITLES = [("פאודה", "s-1182"), ("שטיסל", "s-0931"), ("קופה ראשית", "s-2210"), ("טהרן", "s-1875")]
UA = ua("KesherPlus", "5.3.0", "5301")


def _b(c: Context, method: str, path: str, params: list | None = None) -> FB:
    b = FB(c, "kesher", method, API + path, params)
    b.header("user-agent", UA)
    b.header("accept-language", "he-IL,he;q=0.9")
    return b


def _title(c: Context) -> tuple[str, str, int, int]:
    name, sid = c.rng.choice(TITLES)
    return name, sid, c.rng.randint(1, 4), c.rng.randint(1, 12)


def tsfiya_heartbeat(c: Context) -> Flow:
    name, sid, ona, perek = _title(c)
    b = _b(c, "POST", "/v3/tsfiya/dofek")
    dur = c.rng.randint(2400, 3300)
    b.json(
        {
            "sidra_id": sid,
            "shem": name,
            "ona": ona,
            "perek": perek,
            "makom_sec": c.rng.randint(10, dur),
            "meshech_sec": dur,
            "matzav": c.rng.choice(["menagen", "pause"]),
            "ts": ms(c),
            "user": b.acct("kesher_user"),
        }
    )
    b.view("body.makom_sec/perek")
    b.no_content()
    return b.build()


def watch_history_english(c: Context) -> Flow:
    name, sid, ona, perek = _title(c)
    b = _b(c, "POST", "/v3/me/watch-history")
    b.header("x-device-id", b.id("idfv_kesher", where="header.x-device-id"))
    b.json(
        {
            "items": [
                {
                    "seriesId": sid,
                    "title": name,
                    "season": ona,
                    "episode": perek,
                    "watchedSeconds": c.rng.randint(60, 3000),
                    "completed": c.rng.random() < 0.3,
                    "lastWatchedAt": iso(c),
                }
            ]
        }
    )
    b.view("body.items[].watchedSeconds")
    b.ok_json({"ok": True})
    return b.build()


def hamshech_list(c: Context) -> Flow:
    """Continue-watching sync: the server returns what the user watched (response)."""
    b = _b(c, "GET", "/v3/me/hamshech-litspot", [("lang", "he")])
    rows = []
    for _ in range(c.rng.randint(2, 5)):
        name, sid, ona, perek = _title(c)
        rows.append(
            {
                "sidra": sid,
                "shem": name,
                "ona": ona,
                "perek": perek,
                "hitkadmut": rf(c.rng, 0.05, 0.95, 2),
            }
        )
    b.ok_json({"hamshech": rows})
    b.view("response.hamshech[].hitkadmut", direction="response")
    return b.build()


def tsfiya_opaque(c: Context) -> Flow:
    """The player's QoE beacon: an encrypted protobuf; nothing says it is a watch log."""
    b = _b(c, "POST", "/qoe/b")
    blob = pb_varint(1, c.rng.randint(1, 9999)) + pb_bytes(2, c.rng.randbytes(48))
    b.form([("d", b64(blob)), ("v", "3")])
    b.view("body.d (encrypted)", detectable=False)
    b.no_content()
    return b.build()


def register_device(c: Context) -> Flow:
    b = _b(c, "POST", "/v2/devices/register")
    b.json(
        {
            "deviceId": b.id("idfv_kesher", where="body.deviceId"),
            "platform": "ios",
            "osVersion": "17.4.1",
            "model": "iPhone15,4",
            "pushToken": b.acct("apns_token"),
        }
    )
    b.ok_json({"registered": True, "sessionTtl": 3600})
    return b.build()


def device_path(c: Context) -> Flow:
    b = _b(c, "GET", "")
    idfv = b.id("idfv_kesher", where="url.path /devices/{id}/entitlements")
    b.base = f"{API}/v2/devices/{idfv}/entitlements"
    b.ok_json({"plan": "premium", "maxStreams": 2})
    return b.build()


def catalogue(c: Context) -> Flow:
    b = _b(c, "GET", "/v3/catalog/rail", [("rail", c.rng.choice(["drama", "kids", "docu"]))])
    rows = [
        {"id": sid, "shem": n, "poster": f"https://img.kesherplus.co.il/p/{sid}.jpg"}
        for n, sid in TITLES
    ]
    b.ok_json({"rail": rows, "traceId": rid(c.rng)})
    b.decoy("catalogue rail with titles and a trace id")
    return b.build()


def poster(c: Context) -> Flow:
    _, sid = c.rng.choice(TITLES)
    b = FB(c, "kesher", "GET", f"https://img.kesherplus.co.il/p/{sid}.jpg", [("w", "342")])
    b.header("user-agent", UA)
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.randint(0, 1 << 30), 600))
    b.decoy("poster image fetch")
    return b.build()


def hls_segment(c: Context) -> Flow:
    _, sid = c.rng.choice(TITLES)
    n = c.rng.randint(1, 400)
    b = FB(c, "kesher", "GET", f"https://vod.kesherplus.co.il/{sid}/1080p/seg_{n:05d}.ts")
    b.header("user-agent", "AppleCoreMedia/1.0.0.21E236 (iPhone; U; CPU OS 17_4_1 like Mac OS X)")
    b.respond(200, "video/mp2t", c.rng.randbytes(700))
    b.decoy("HLS video segment fetch")
    return b.build()


def ima_preroll(c: Context) -> Flow:
    b = _b(c, "GET", "")
    b.base = "https://pubads.g.doubleclick.net/gampad/ads"
    allowed = c.rng.random() < 0.6
    rdid = b.id("idfa", where="query.rdid") if allowed else ZERO_IDFA
    if not allowed:
        b.decoy("zeroed IDFA in an ad request (tracking denied)")
    params = [
        ("iu", "/21775744923/kesherplus/preroll"),
        ("sz", "640x480"),
        ("env", "vp"),
        ("gdfp_req", "1"),
        ("output", "xml_vast4"),
        ("unviewed_position_start", "1"),
        ("rdid", rdid),
        ("idtype", "idfa"),
        ("is_lat", "0" if allowed else "1"),
        ("correlator", str(c.rng.randint(10**12, 10**13))),
        ("an", "com.kesherplus.app"),
    ]
    for k, v in params:
        b.param(k, v)
    b.respond(200, "text/xml", b'<VAST version="4.0"></VAST>')
    return b.build()


def cast_photo(c: Context) -> Flow:
    n = c.rng.randint(100, 999)
    b = FB(c, "kesher", "GET", f"https://img.kesherplus.co.il/cast/faces/{n}_w185.jpg")
    b.header("user-agent", UA)
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.randint(0, 1 << 30), 500))
    b.decoy("actor headshot image fetch (download, not the user's face)")
    return b.build()
