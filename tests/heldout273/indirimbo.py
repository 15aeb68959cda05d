"""Indirimbo Nziza: a gospel and inanga music app on the mother's Samsung in
Musanze. Kinyarwanda keys (`indirimbo` song, `umuhanzi` artist, `yumvise`
listened, `igihe` time, `umwanya` position). Plays go to the app's backend and
to CleverTap (the real wire: POST /a1 with `z` = account id, a JSON array whose
first item is the `meta` record carrying the CleverTap id `g` and the `af` device
fields, then `event` records with `evtName` / `evtData`). Charts, lyrics, audio
chunks and artist pictures are content fetches."""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import js

from .phone import FB, iso, ms, rid, ua

API = "https://api.indirimbo-nziza.example"
UA = ua("IndirimboNziza", "3.4.1", "mama")
CT = "https://eu1.clevertap-prod.com"
SONGS = [
    ("IN-0041", "Ndagushima Mana", "Aimé Uwimana", 312),
    ("IN-0077", "Inanga y'Abakurambere", "Sophie Nzayisenga", 421),
    ("IN-0102", "Nzamuhimbaza", "Israel Mbonyi", 295),
    ("IN-0136", "Ibihe Byiza", "Gaby Kamanzi", 268),
    ("IN-0154", "Urukundo rwawe", "Patient Bizimana", 333),
    ("IN-0190", "Intore z'Imana", "Ambassadors of Christ", 301),
]


def _b(c: Context, method: str, url: str, dev: bool = True) -> FB:
    b = FB(c, "indirimbo", method, url)
    b.header("user-agent", UA)
    if dev:
        b.header("x-device-id", b.id("aid_indirimbo", where="header x-device-id"))
    return b


def _ct(c: Context, events: list[dict], with_gaid: bool = False) -> FB:
    b = FB(
        c,
        "clevertap",
        "POST",
        f"{CT}/a1?os=Android&t=60601&z=TEST-R78-ZZ4-9K6Z&ts={int(c.now)}",
    )
    b.header("user-agent", "Dalvik/2.1.0 (Linux; U; Android 14; SM-A145F Build/UP1A.231005.007)")
    b.header("x-clevertap-account-id", "TEST-R78-ZZ4-9K6Z")
    meta: dict = {
        "type": "meta",
        "g": b.id("ct_id", where="json [0].g (CleverTap id)"),
        "tk": new_hex(c.rng, 32),
        "id": "TEST-R78-ZZ4-9K6Z",
        "l_ts": int(c.now) - 600,
        "f_ts": int(c.now) - 86400 * 30,
    }
    if with_gaid:
        meta["af"] = {
            "Build": "UP1A.231005.007",
            "Make": "samsung",
            "Model": "SM-A145F",
            "GoogleAdID": b.id("gaid_mama", where="json [0].af.GoogleAdID"),
            "GoogleAdIDLimit": False,
            "OS Version": "14",
        }
    b.set_body(js([meta, *events]).encode(), "application/json; charset=utf-8")
    b.ok_json({"status": "success"})
    return b


def ct_song_played(c: Context) -> Flow:
    _sid, title, artist, dur = c.rng.choice(SONGS)
    ev = {
        "type": "event",
        "evtName": "Indirimbo Yumviswe",
        "evtData": {"indirimbo": title, "umuhanzi": artist, "yumvise_sec": c.rng.randint(20, dur)},
        "ep": int(c.now),
        "s": int(c.now) - 300,
    }
    b = _ct(c, [ev])
    b.view("json [1].evtData indirimbo/umuhanzi/yumvise_sec (song listened)")
    return b.build()


def ct_launch(c: Context) -> Flow:
    ev = {"type": "event", "evtName": "App Launched", "evtData": {"Build": "341"}, "ep": int(c.now)}
    b = _ct(c, [ev], with_gaid=True)
    return b.build()


def ct_profile(c: Context) -> Flow:
    prof = {
        "type": "profile",
        "profile": {"Igitsina": "F", "Ururimi": "rw", "Akarere": "Musanze"},
        "ep": int(c.now),
    }
    b = _ct(c, [prof])
    b.decoy("self-declared gender (Igitsina) in a profile")
    return b.build()


def listen_log(c: Context) -> Flow:
    sid, title, _artist, dur = c.rng.choice(SONGS)
    b = _b(c, "POST", f"{API}/v2/ibyumviswe")
    b.view("form indirimbo_id/umwanya/igihe")
    b.form(
        [
            ("indirimbo_id", sid),
            ("umutwe", title),
            ("umwanya", str(c.rng.randint(5, dur))),
            ("igihe", str(ms(c))),
            ("yarangije", c.rng.choice(["0", "1"])),
        ]
    )
    b.no_content()
    return b.build()


def recent(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/umukoresha/izo-uherutse-kumva")
    b.view("response json izo_uherutse[] (recently listened)", direction="response")
    b.ok_json(
        {
            "izo_uherutse": [
                {"indirimbo_id": s, "umutwe": t, "yumviswe": iso(c)}
                for s, t, _, _ in c.rng.sample(SONGS, 3)
            ]
        }
    )
    return b.build()


def opaque_sync(c: Context) -> Flow:
    """Offline plays synced as a hex string of 'songid|secs|ts' records: no key says so."""
    recs = ";".join(
        f"{s}|{c.rng.randint(20, d)}|{int(c.now) - c.rng.randint(0, 9000)}"
        for s, _, _, d in c.rng.sample(SONGS, 3)
    )
    b = _b(c, "POST", f"{API}/v2/sync")
    b.view("json blob = hex('songid|secs|ts;...') offline plays", detectable=False)
    b.json({"v": 3, "blob": recs.encode().hex(), "n": 3})
    b.ok_json({"ok": True})
    return b.build()


def register(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/igikoresho", dev=False)
    b.json(
        {
            "android_id": b.id("aid_indirimbo", where="json android_id"),
            "ad_id": b.id("gaid_mama", where="json ad_id"),
            "clevertap_id": b.id("ct_id", where="json clevertap_id"),
            "model": "SM-A145F",
        }
    )
    b.ok_json({"umukoresha": b.acct("indirimbo_user")})
    return b.build()


def config_opaque(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/config", dev=False)
    b.header(
        "x-h", b.id("aid_indirimbo", "sha1", "header x-h (sha1 of ANDROID_ID)", detectable=False)
    )
    b.ok_json({"ad_interval": 4, "umuziki_hd": False})
    return b.build()


def charts(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/izikunzwe?icyumweru=32")
    b.decoy("chart of most played songs with play counts")
    b.ok_json(
        {
            "izikunzwe": [
                {"indirimbo_id": s, "umutwe": t, "inshuro": c.rng.randint(1000, 90000)}
                for s, t, _, _ in SONGS[:4]
            ]
        }
    )
    return b.build()


def audio_chunk(c: Context) -> Flow:
    sid = c.rng.choice(SONGS)[0]
    b = FB(
        c,
        "indirimbo-cdn",
        "GET",
        f"https://audio.indirimbo-nziza.example/{sid}/128k/{c.rng.randint(0, 40)}.aac",
    )
    b.decoy("audio fetch")
    b.respond(200, "audio/aac", bytes(c.rng.getrandbits(8) for _ in range(300)))
    return b.build()


def lyrics(c: Context) -> Flow:
    sid, title, artist, _ = c.rng.choice(SONGS)
    b = _b(c, "GET", f"{API}/v2/amagambo/{sid}")
    b.ok_json(
        {"umutwe": title, "umuhanzi": artist, "amagambo": "Ndagushima Mana, ku bw'ineza yawe..."}
    )
    return b.build()


def trace(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/log", dev=False)
    b.decoy("trace id and request id")
    b.json({"trace_id": new_hex(c.rng, 32), "request_id": rid(c.rng), "level": "warn"})
    b.no_content()
    return b.build()
