"""Chobighor, a Bangladeshi (Dhaka) streaming app for Bangla natok and films:
Conviva session heartbeats, Mixpanel events, an in-house viewing history with
romanised Bengali keys (dekha = watched, itihash = history, grahok = customer,
natok = drama, porbo = episode, shomoy = time, mot = total, shesh = last), a
msgpack resume blob with one-letter keys, a watch-later list, catalogue.

Sources: Conviva heartbeat "CwsSessionHb" with cid / clid / sid / seq / pver /
st / sst / vid / an / pht / evs, posted to <customer>.cws.conviva.com/0/wsg
(Conviva client libraries, e.g. the decompiled com.conviva.session.Session
makeHeartbeat and the open C client `compose_mandatory_fields`); Mixpanel
/track with `data` = JSON event list, properties token / distinct_id /
$device_id / mp_lib / $os / $model (mixpanel-android AnalyticsMessages).
Bengali key names are this set's own.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import fake_jpeg, js, mpack

from .phone import FB, iso, ms, rid, ua

API = "https://api.chobighor.com.bd"
NATOK = ["Dhaka Metro", "Bristir Din", "Nodir Pare", "Shohor Bondi", "Tin Goenda"]


def _b(c: Context, method: str, url: str, sdk: str = "chobighor") -> FB:
    b = FB(c, sdk, method, url)
    b.header("user-agent", ua("Chobighor", "4.8.0"))
    return b


def _item(c: Context) -> tuple[str, str, int]:
    return f"CG{c.rng.randint(10000, 99999)}", c.rng.choice(NATOK), c.rng.randint(900, 3600)


def conviva_hb(c: Context) -> Flow:
    b = _b(c, "POST", "https://chobighor-bd.cws.conviva.com/0/wsg", "conviva")
    cid, title, dur = _item(c)
    seq = c.rng.randint(1, 60)
    b.json(
        {
            "t": "CwsSessionHb",
            "cid": "c3.Chobighor-BD",
            "clid": b.id("conviva_clid", where="body.clid", detectable=False),
            "sid": c.rng.getrandbits(31),
            "seq": seq,
            "pver": "2.6",
            "clv": "4.0.20",
            "iid": 0,
            "st": seq * 20000,
            "sst": ms(c) - seq * 20000,
            "vid": b.acct("chobi_user"),
            "caps": 0,
            "an": f"{title} - {cid}",
            "lv": False,
            "pht": c.rng.randint(1000, dur * 1000),
            "tags": {"contentId": cid, "c3.cm.name": "VOD", "c3.cm.seriesName": title},
            "evs": [{"t": "CwsStateChangeEvent", "seq": seq, "st": seq * 20000, "new": {"ps": 3}}],
        }
    )
    b.view("body (CwsSessionHb an / pht / tags.contentId)")
    b.ok_json({"err": "ok", "clid": "", "cfg": {"hbi": 20}})
    return b.build()


def mixpanel(c: Context) -> Flow:
    b = _b(c, "POST", "https://api.mixpanel.com/track?ip=1", "mixpanel")
    cid, title, dur = _item(c)
    props = {
        "token": "0f3c2bd9e1a84d53",
        "distinct_id": b.acct("chobi_user"),
        "$device_id": b.id("mp_device", where="form data[0].properties.$device_id"),
        "time": int(c.now),
        "mp_lib": "android",
        "$lib_version": "7.5.2",
        "$os": "Android",
        "$os_version": "14",
        "$manufacturer": "vivo",
        "$model": "V2250",
        "$carrier": "Grameenphone",
    }
    if c.rng.random() < 0.7:
        props |= {
            "content_id": cid,
            "title": title,
            "position_sec": c.rng.randint(10, dur),
            "duration_sec": dur,
        }
        b.view("form data[0] (Video Progress content_id / position_sec)")
        name = c.rng.choice(["Video Progress", "Video Completed"])
    else:
        name, props["screen"] = "Screen Viewed", c.rng.choice(["Home", "Search", "Profile"])
    b.form([("data", js([{"event": name, "properties": props}]))])
    b.respond(200, "text/plain", b"1")
    return b.build()


def history(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v3/dekha/itihash")
    cid, title, dur = _item(c)
    b.json(
        {
            "grahok": b.acct("chobi_user"),
            "natok_id": cid,
            "natok_nam": title,
            "porbo": c.rng.randint(1, 40),
            "dekha_shomoy_sec": c.rng.randint(30, dur),
            "mot_shomoy_sec": dur,
            "shesh_dekha": iso(c),
        }
    )
    b.view("body (natok_id / dekha_shomoy_sec)")
    b.ok_json({"thik": True})
    return b.build()


def resume_blob(c: Context) -> Flow:
    """A msgpack map with one-letter keys: content, position, when. Nothing says so."""
    b = _b(c, "POST", f"{API}/api/v3/s")
    cid, _t, dur = _item(c)
    b.set_body(
        mpack({"a": cid, "b": c.rng.randint(10, dur), "c": ms(c), "d": 1}), "application/x-msgpack"
    )
    b.view("msgpack body (opaque keys)", detectable=False)
    b.no_content()
    return b.build()


def watch_later(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v3/pore-dekhbo")  # "will watch later"
    cid, title, _d = _item(c)
    b.json({"natok_id": cid, "natok_nam": title, "added_at": iso(c)})
    b.decoy("watch-later list (not watched)")
    b.ok_json({"ok": True})
    return b.build()


def device_hello(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v3/config")
    b.header("x-device-id", b.id("aid_chobi", where="header x-device-id"))
    b.header("x-request-id", rid(c.rng))
    b.ok_json({"cdn": "bd1", "ads": True})
    return b.build()


def catalogue(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v3/shelf?name=notun&page={c.rng.randint(1, 5)}")
    b.ok_json(
        {
            "items": [
                {
                    "natok_id": f"CG{c.rng.randint(10000, 99999)}",
                    "runtime": c.rng.randint(900, 3600),
                    "rating": round(c.rng.uniform(3, 5), 1),
                }
                for _ in range(8)
            ]
        }
    )
    b.decoy("catalogue with ids and runtimes")
    return b.build()


def poster(c: Context) -> Flow:
    b = _b(c, "GET", f"https://img.chobighor.com.bd/p/CG{c.rng.randint(10000, 99999)}_land.jpg")
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.getrandbits(32), 500))
    b.decoy("thumbnail fetch")
    return b.build()
