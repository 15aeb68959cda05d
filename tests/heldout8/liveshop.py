"""Shoply Live, a fictional live-shopping short-video app.

- ByteDance RangersAppLog (Volcano Engine DataRangers) iOS SDK: POST
  `/service/2/app_log/` with `{"magic_tag": "ss_app_log", "header": {aid, os,
  idfa, vendor_id, bd_did, install_id, ssid, user_unique_id...}, "event_v3":
  [{event, params (a JSON string), local_time_ms, session_id}]}`, gzip; device
  registration at `/service/2/device_register/` answers with `bd_did` and
  `install_id` (bytedance/RangersAppLog README and BDAutoTrack.h:
  rangersDeviceID, installID, ssid; eventV3:params:).
- The app's own Kwai-style log: form POST with `log=<base64 of gzip JSON>`
  ({type: "PLAY", photo_id, play_ms, duration_ms}) and `did` in the query.
Some app-log batches are encrypted by the SDK (opaque). Product pages, price
histories, live comments and video downloads are decoys.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import b64, gz, js

from .phone import FB, cfnet, iso, ms, rid

RANGERS = "https://gator.volces.com/service/2"
API = "https://api.shoplylive.com"
AID = "628417"


def _b(c: Context, method: str, url: str, sdk: str = "shoply") -> FB:
    b = FB(c, sdk, method, url)
    b.header("user-agent", cfnet("ShoplyLive", "3307"))
    return b


def _header(b: FB, where: str, idfa_how: str = "plain") -> dict[str, object]:
    return {
        "aid": AID,
        "app_name": "shoply_live",
        "app_version": "3.30.7",
        "os": "iOS",
        "os_version": "17.4.1",
        "device_model": "iPhone15,4",
        "channel": "App Store",
        "idfa": b.id("idfa", how=idfa_how, where=f"{where}.idfa"),
        "vendor_id": b.id("idfv_shop", where=f"{where}.vendor_id"),
        "bd_did": b.id("bd_did", where=f"{where}.bd_did"),
        "install_id": b.id("bd_iid", where=f"{where}.install_id"),
        "user_unique_id": b.acct("shop_user"),
        "timezone": 1,
        "language": "nl",
    }


def device_register(c: Context) -> Flow:
    b = _b(c, "POST", f"{RANGERS}/device_register/", "rangers-applog")
    b.param("aid", AID)
    h = _header(b, "body.gzip.json.header")
    del h["bd_did"], h["install_id"]
    b.carriers = [x for x in b.carriers if x.kind not in ("bd_did", "bd_iid")]
    b.json({"magic_tag": "ss_app_log", "header": h, "_gen_time": ms(c)}, encoding="gzip")
    b.ok_json(
        {
            "bd_did": b.id("bd_did", where="response.json.bd_did", direction="response"),
            "install_id": b.id("bd_iid", where="response.json.install_id", direction="response"),
            "ssid": rid(c.rng),
            "new_user": 0,
        }
    )
    return b.build()


def applog(c: Context) -> Flow:
    b = _b(c, "POST", f"{RANGERS}/app_log/", "rangers-applog")
    b.param("aid", AID)
    events = []
    for _ in range(c.rng.randint(1, 4)):
        dur = c.rng.randint(8000, 60000)
        kind = c.rng.choice(["video_play", "video_over", "live_room_stay"])
        p = (
            {
                "room_id": str(c.rng.randint(10**17, 10**18)),
                "duration": c.rng.randint(5, 900),
                "enter_from": "feed",
            }
            if kind == "live_room_stay"
            else {
                "group_id": str(c.rng.randint(10**17, 10**18)),
                "duration": dur,
                "play_duration": c.rng.randint(500, dur),
                "percent": c.rng.randint(1, 100),
            }
        )
        events.append(
            {
                "event": kind,
                "params": js(p),
                "local_time_ms": ms(c),
                "session_id": rid(c.rng),
                "event_id": c.rng.randint(1, 9999),
                "datetime": iso(c)[:19].replace("T", " "),
            }
        )
    b.view("body.gzip.json.event_v3[].params|json (group_id / room_id with play_duration)")
    b.json(
        {
            "magic_tag": "ss_app_log",
            "header": _header(b, "body.gzip.json.header", c.rng.choice(["plain", "lower"])),
            "event_v3": events,
            "local_time": int(c.now),
        },
        encoding="gzip",
    )
    b.ok_json({"magic_tag": "ss_app_log", "message": "success", "server_time": int(c.now)})
    return b.build()


def applog_encrypted(c: Context) -> Flow:
    b = _b(c, "POST", f"{RANGERS}/app_log/", "rangers-applog")
    b.param("aid", AID)
    b.param("tt_data", "a")
    b.view("body (SDK-encrypted app_log batch of play events)", detectable=False)
    b.id_raw("bd_did", "aes", "body (encrypted header.bd_did)")
    b.set_body(
        bytes(c.rng.getrandbits(8) for _ in range(c.rng.randint(400, 900))),
        "application/octet-stream",
    )
    b.ok_json({"magic_tag": "ss_app_log", "message": "success"})
    return b.build()


def play_log(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/rest/log/collect")
    b.param("did", b.id("idfv_shop", where="query.did"))
    b.param("appver", "3.30.7")
    b.view("body.form.log|base64|gzip|json.logs[] (photo_id, play_ms)")
    logs = [
        {
            "type": "PLAY",
            "photo_id": str(c.rng.randint(10**15, 10**16)),
            "play_ms": c.rng.randint(300, 45000),
            "duration_ms": c.rng.randint(15000, 60000),
            "ts": ms(c),
        }
        for _ in range(c.rng.randint(2, 6))
    ]
    b.form([("log", b64(gz(js({"logs": logs}).encode()))), ("c", "gzip")])
    b.ok_json({"result": 1})
    return b.build()
