"""TévéPlusz: a Hungarian streaming and TV app (series, films, live handball and
football) on the Xiaomi phone, the iPad and the Android TV box.

The in-house team writes Hungarian keys (with and without accents), the iPad
team writes English with a German-speaking vendor's player keys mixed in, and
Gemius, the Central European audience-measurement vendor, gets stream hits.
Catalogue rails, the programme guide, live scores, manifests and thumbnails are
content fetches, not viewing history.
"""

from __future__ import annotations

import base64
import gzip

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import fake_jpeg, js

from .phone import FB, ios_ua, iso, ms, rid, ua

API = "https://api.teveplusz.example"
UA = ua("TevePlusz", "7.4.1")
IOS_UA = ios_ua("TevePlusz", "7.4.0")
BOX_UA = "TevePluszTV/7.3.9 (Linux; Android 11; SEI Box Build/RTT2.220118.001)"
SERIES = [
    ("s_1187", "Aranyélet", 2820),
    ("s_2041", "A Tanár", 2640),
    ("s_3310", "Doktor Balaton", 2460),
    ("f_0912", "Saul fia", 6420),
    ("f_1433", "Testről és lélekről", 6960),
    ("s_5120", "Hotel Margaret", 2580),
]
LIVE = [
    ("m4sport", "Veszprém – Szeged, NB I férfi kézilabda"),
    ("m4sport", "Ferencváros – Debreceni VSC, NB I labdarúgás"),
    ("sport1", "Győri Audi ETO – FTC, női kézilabda"),
    ("rtl", "Híradó"),
    ("m1", "Hírek"),
]


def _item(c: Context) -> tuple[str, str, int]:
    cid, title, dur = c.rng.choice(SERIES)
    return f"{cid}_e{c.rng.randint(1, 24):02d}", title, dur


def _phone(c: Context, method: str, url: str, with_id: bool = True) -> FB:
    b = FB(c, "teveplusz", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + new_hex(c.rng, 40))
    if with_id:
        b.header("x-eszkoz-azonosito", b.id("aid_tevek", where="header x-eszkoz-azonosito"))
    return b


def nezettseg(c: Context) -> Flow:
    """The phone app's progress save: Hungarian keys, one of them agglutinated."""
    cid, title, dur = _item(c)
    b = _phone(c, "PUT", f"{API}/v2/nezettseg/{cid}")
    b.view("json pozicio_mp / megtekintési_idő (episode progress)")
    pos = c.rng.randint(30, dur)
    b.json(
        {
            "tartalom_azonosito": cid,
            "cim": title,
            "pozicio_mp": pos,
            "megtekintési_idő": pos + c.rng.randint(0, 120),
            "hossz_mp": dur,
            "befejezve": pos > dur - 90,
            "idobelyeg": iso(c),
        }
    )
    b.no_content()
    return b.build()


def ipad_heartbeat(c: Context) -> Flow:
    """The iPad player's heartbeat: English event names, a German vendor's position key."""
    cid, title, dur = _item(c)
    b = FB(c, "teveplusz-ios", "POST", f"{API}/v2/player/events")
    b.header("user-agent", IOS_UA)
    b.header("x-device-id", b.id("idfv_tevek", where="header x-device-id (IDFV)"))
    b.view("json events[] heartbeat / abspielPosition")
    ev = c.rng.choice(["heartbeat", "heartbeat", "pause", "resume"])
    b.json(
        {
            "events": [
                {
                    "type": ev,
                    "contentId": cid,
                    "titel": title,
                    "abspielPosition": c.rng.randint(10, dur) * 1000,
                    "gesamtdauer": dur * 1000,
                    "ts": ms(c),
                }
            ],
            "platform": "ipados",
        }
    )
    b.no_content()
    return b.build()


def box_tuning_log(c: Context) -> Flow:
    """The TV box's live-channel tuning log, with the box's MAC and serial."""
    b = FB(c, "teveplusz-tv", "POST", f"{API}/tv/v1/csatornanaplo")
    b.header("user-agent", BOX_UA)
    b.view("json csatornavaltasok[] (live channel tuning log)")
    rows = []
    for _ in range(c.rng.randint(2, 5)):
        ch, show = c.rng.choice(LIVE)
        start = ms(c) - c.rng.randint(60_000, 3_600_000)
        rows.append({"csatorna": ch, "musor": show, "kezdete": start, "vege": start + 600_000})
    b.json(
        {
            "keszulek": {
                "mac_cim": b.id("box_mac", where="json keszulek.mac_cim"),
                "gyari_szam": b.id("box_serial", where="json keszulek.gyari_szam"),
                "android_id": b.id("aid_box", where="json keszulek.android_id"),
            },
            "csatornavaltasok": rows,
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def folytatas(c: Context) -> Flow:
    """The 'continue watching' rail: the user's own history, in a response."""
    b = _phone(c, "GET", f"{API}/v2/profil/folytatas?limit=10", with_id=False)
    b.view("response json folytatas[] hol_tartasz_mp", direction="response")
    rows = []
    for _ in range(c.rng.randint(3, 7)):
        cid, title, dur = _item(c)
        rows.append(
            {
                "azonosito": cid,
                "cim": title,
                "hol_tartasz_mp": c.rng.randint(60, dur),
                "utoljara_nezve": iso(c),
            }
        )
    b.ok_json({"folytatas": rows})
    return b.build()


def opaque_sync(c: Context) -> Flow:
    """A batched sync: gzip + base64 of `cid|pos|ts` lines under 'd'."""
    b = _phone(c, "POST", f"{API}/s/v1", with_id=False)
    b.view("json d (gzip+base64 cid|pos|ts rows)", detectable=False)
    lines = []
    for _ in range(c.rng.randint(2, 4)):
        cid, _, dur = _item(c)
        lines.append(f"{cid}|{c.rng.randint(10, dur)}|{ms(c)}")
    blob = base64.b64encode(gzip.compress("\n".join(lines).encode(), mtime=0)).decode()
    b.json({"d": blob, "v": 3})
    b.no_content()
    return b.build()


def gemius_stream(c: Context) -> Flow:
    """A gemiusStream-style hit: programme and play time in `extra`, the Gemius cookie id."""
    cid, title, dur = _item(c)
    b = FB(c, "gemius", "GET", "https://gahu.hit.gemius.pl/_" + str(ms(c)) + "/redot.gif")
    b.header("user-agent", UA)
    b.header("cookie", "Gcs=" + b.id("gemius_uid", where="header cookie Gcs"))
    b.view("query extra programID / playTime / eventType")
    extra = f"programID={cid}|playTime={c.rng.randint(10, dur)}|eventType=playing|title={title}"
    for k, v in [("l", "91"), ("id", "bQ3rW7t8.Yv0SZhm0O1oV3.Gf1OR7tn"), ("et", "view")]:
        b.param(k, v)
    b.param("extra", extra)
    b.respond(200, "image/gif", b"GIF89a\x01\x00\x01\x00\x80\x00\x00")
    return b.build()


def katalogus(c: Context) -> Flow:
    b = _phone(c, "GET", f"{API}/v2/ajanlo?sor=legnezettebb", with_id=False)
    b.decoy("'legnézettebb' rail: most-watched counts over all viewers (aggregate)")
    rows = [
        {"azonosito": cid, "cim": t, "nezettseg_szam": c.rng.randint(10_000, 900_000)}
        for cid, t, _ in SERIES
    ]
    b.ok_json({"sor": "Legnézettebb a héten", "elemek": rows})
    return b.build()


def musorujsag(c: Context) -> Flow:
    b = _phone(c, "GET", f"{API}/v2/epg?nap=ma&csatornak=m1,m4sport,rtl", with_id=False)
    b.decoy("programme guide with start times (schedule, not a viewer's log)")
    rows = [
        {"csatorna": ch, "musor": show, "kezdes": iso(c), "hossz_perc": 90} for ch, show in LIVE
    ]
    b.ok_json({"musorok": rows})
    return b.build()


def elo_eredmeny(c: Context) -> Flow:
    b = _phone(c, "GET", f"{API}/v2/sport/elo/{c.rng.randint(40000, 49999)}", with_id=False)
    b.decoy("live handball/football score with match minute (a match clock, not playback)")
    b.ok_json(
        {
            "hazai": "Veszprém",
            "vendeg": "Pick Szeged",
            "golok": [c.rng.randint(10, 35), c.rng.randint(10, 35)],
            "jatekperc": c.rng.randint(1, 60),
            "allapot": "elo",
        }
    )
    return b.build()


def manifest(c: Context) -> Flow:
    cid, _, _ = _item(c)
    b = FB(c, "teveplusz", "GET", f"https://vod.teveplusz.example/{cid}/master.m3u8")
    b.header("user-agent", "ExoPlayerLib/2.19.1")
    text = "#EXTM3U\n#EXT-X-STREAM-INF:BANDWIDTH=2400000,RESOLUTION=1280x720\n720p.m3u8\n"
    b.respond(200, "application/vnd.apple.mpegurl", text.encode())
    return b.build()


def borito(c: Context) -> Flow:
    cid, _, _ = _item(c)
    b = FB(c, "teveplusz", "GET", f"https://img.teveplusz.example/borito/{cid}/w342.jpg")
    b.header("user-agent", UA)
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 400))
    return b.build()


def kereses(c: Context) -> Flow:
    q = c.rng.choice(["kézilabda", "aranyélet", "tanár", "foci"])
    b = _phone(c, "GET", f"{API}/v2/kereses?q={q}", with_id=False)
    b.decoy("search results with durations")
    b.ok_json({"talalatok": [{"azonosito": s, "cim": t, "hossz_mp": d} for s, t, d in SERIES[:3]]})
    return b.build()


def kedvencek(c: Context) -> Flow:
    cid, _, _ = _item(c)
    b = _phone(c, "POST", f"{API}/v2/kedvencek", with_id=False)
    b.json({"tartalom_azonosito": cid, "hozzaadva": iso(c)})
    b.ok_json({"ok": True, "keres_azonosito": rid(c.rng)})
    return b.build()


def regisztracio(c: Context) -> Flow:
    b = _phone(c, "POST", f"{API}/v2/eszkozok")
    b.json(
        {
            "tipus": "telefon",
            "gyarto": "Xiaomi",
            "reklamazonosito": b.id("gaid", where="json reklamazonosito (advertising id)"),
            "push": js({"fcm": new_hex(c.rng, 22)}),
        }
    )
    b.ok_json({"eszkoz_slot": c.rng.randint(1, 5), "max": 5})
    return b.build()


def box_lejatszas(c: Context) -> Flow:
    """The TV box player's heartbeat: accented keys, the box serial in a header."""
    cid, title, dur = _item(c)
    b = FB(c, "teveplusz-tv", "POST", f"{API}/tv/v1/lejatszas/szivveres")
    b.header("user-agent", BOX_UA)
    b.header("x-box-sn", b.id("box_serial", where="header x-box-sn"))
    b.view("json lejátszási_pozíció / esemény (TV box player heartbeat)")
    b.json(
        {
            "tartalom": cid,
            "cím": title,
            "esemény": c.rng.choice(["lejátszás", "szünet", "folytatás"]),
            "lejátszási_pozíció": c.rng.randint(5, dur),
            "minőség": "1080p",
        }
    )
    b.no_content()
    return b.build()
