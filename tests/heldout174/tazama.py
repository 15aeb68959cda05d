"""Tazama Plus: a Kenyan streaming app (local series, Swahili films, live
Premier League and KPL) on the Tecno.

The in-house Nairobi team writes its player reports in Swahili keys
(`muda_wa_kutazama`, `nafasi_sec`, `tukio`), the continue-watching rail comes
back as `endelea_kutazama`, joining a live match logs the channel and minute
(a live-channel tuning log). A batch of player events also leaves as one
gzip+base64 blob under `d` (nothing readable says what it is). AppsFlyer
(`advertiserId`, `uid`, `android_id`; `af_content_view` in-app events,
https://dev.appsflyer.com/hc/docs/in-app-events-android) and Firebase
Installations (`fid`) ride along. Catalogue rails, trending lists, viewer
counts over everyone, stream manifests, thumbnails, search and live scores
(`dakika` is the match minute, not a position in a video) are not viewing
history.
"""

from __future__ import annotations

import base64

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import b64, fake_jpeg, gz, js

from .phone import FB, TECNO_MODEL, dalvik, iso, ms, rid, ua_tecno

API = "https://api.tazamaplus.example"
CDN = "https://vod.tazamaplus.example"
UA = ua_tecno("TazamaPlus", "4.7.1")
SERIES = [
    ("tz_ser_1187", "Maria S02E14"),
    ("tz_ser_2204", "Sue na Jonnie S01E03"),
    ("tz_ser_3019", "Kina S01E22"),
    ("tz_ser_4410", "Mama Mboga S03E07"),
    ("tz_flm_0931", "Nafsi (filamu)"),
    ("tz_flm_1175", "Mvita Nights"),
]
MATCHES = [
    ("kpl_gor_afc_2411", "Gor Mahia vs AFC Leopards"),
    ("kpl_tusker_kcb_2411", "Tusker FC vs KCB"),
    ("epl_ars_che_2411", "Arsenal vs Chelsea"),
    ("epl_liv_mci_2411", "Liverpool vs Man City"),
]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "tazamaplus", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + b64(rid(c.rng)).rstrip("="))
    b.header("x-tz-kifaa", b.id("aid_tazama", where="header x-tz-kifaa"))
    return b


def _plain(c: Context, method: str, url: str) -> FB:
    b = FB(c, "tazamaplus", method, url)
    b.header("user-agent", UA)
    return b


def register_device(c: Context) -> Flow:
    b = _plain(c, "POST", f"{API}/v1/kifaa/sajili")
    b.json(
        {
            "kitambulisho_cha_kifaa": b.id("aid_tazama", where="json kitambulisho_cha_kifaa"),
            "aina_ya_simu": TECNO_MODEL,
            "mfumo": "android 13",
            "toleo_la_app": "4.7.1",
            "mtumiaji": b.acct("tazama_user"),
            "barua_pepe": b.id("email", where="json barua_pepe (account email)"),
        }
    )
    b.ok_json({"imesajiliwa": True, "kikao": rid(c.rng)})
    return b.build()


def progress(c: Context) -> Flow:
    cid, title = c.rng.choice(SERIES)
    dur = c.rng.randint(1300, 6200)
    b = _b(c, "POST", f"{API}/v2/tazama/maendeleo")
    b.view("json kipindi_id + nafasi_sec + muda_wa_kutazama")
    b.json(
        {
            "kipindi_id": cid,
            "jina": title,
            "nafasi_sec": c.rng.randint(30, dur),
            "urefu_sec": dur,
            "muda_wa_kutazama": c.rng.randint(60, 1800),
            "tukio": c.rng.choice(["pause", "stop", "heartbeat", "seek"]),
            "saa": iso(c),
        }
    )
    b.no_content()
    return b.build()


def heartbeats(c: Context) -> Flow:
    cid, _ = c.rng.choice(SERIES)
    b = _b(c, "POST", f"{API}/v2/player/matukio")
    b.view("json matukio[] (aina play/pause/heartbeat, nafasi_ms)")
    start = c.rng.randint(0, 3_000_000)
    b.json(
        {
            "kipindi_id": cid,
            "kipindi_cha_kutazama": rid(c.rng),
            "matukio": [
                {"aina": kind, "nafasi_ms": start + i * 30000, "wakati": ms(c) + i * 30000}
                for i, kind in enumerate(["play", "heartbeat", "heartbeat", "pause"])
            ],
            "ubora": c.rng.choice(["480p", "720p"]),
            "mtandao": c.rng.choice(["safaricom-4g", "wifi"]),
        },
        "gzip",
    )
    b.no_content()
    return b.build()


def continue_watching(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/mimi/endelea-kutazama?kikomo=10")
    b.view("response json endelea_kutazama[] (alipofikia_sec, asilimia)", direction="response")
    b.ok_json(
        {
            "endelea_kutazama": [
                {
                    "kipindi_id": cid,
                    "jina": title,
                    "alipofikia_sec": c.rng.randint(60, 3000),
                    "asilimia": c.rng.randint(5, 95),
                    "mara_ya_mwisho": iso(c),
                }
                for cid, title in c.rng.sample(SERIES, 4)
            ]
        }
    )
    return b.build()


def live_join(c: Context) -> Flow:
    mid, name = c.rng.choice(MATCHES)
    b = _b(c, "POST", f"{API}/v1/live/kuingia")
    b.view("json mechi_id + chaneli + alijiunga (live tuning log)")
    b.json(
        {
            "mechi_id": mid,
            "mechi": name,
            "chaneli": c.rng.choice(["tz-sports-1", "tz-sports-2"]),
            "alijiunga": iso(c),
            "dakika_ya_mechi": c.rng.randint(1, 90),
        }
    )
    b.ok_json({"ruhusa": True, "manifest": f"{CDN}/live/{mid}/master.m3u8"})
    return b.build()


def blob_events(c: Context) -> Flow:
    """Batched player events, gzip then base64 under `d`: nothing readable."""
    cid, _ = c.rng.choice(SERIES)
    inner = js(
        [
            [cid, c.rng.randint(0, 5000), c.rng.choice([1, 2, 3]), ms(c)]
            for _ in range(c.rng.randint(2, 6))
        ]
    )
    b = _b(c, "POST", f"{API}/c/v1")
    b.view("json d (gzip+base64 event rows)", detectable=False)
    b.json({"d": base64.b64encode(gz(inner.encode())).decode(), "v": 3})
    b.no_content()
    return b.build()


def appsflyer(c: Context, watched: bool) -> Flow:
    b = FB(
        c,
        "appsflyer",
        "POST",
        "https://inapps.appsflyer.com/api/v6.13/androidevent",
        [("app_id", "ke.tazamaplus.app"), ("buildnumber", "6.13.1")],
        http_version="HTTP/1.1",
    )
    b.header("user-agent", dalvik(TECNO_MODEL))
    body = {
        "advertiserId": b.id("gaid_tecno", where="json advertiserId"),
        "uid": b.id("tazama_af_uid", where="json uid"),
        "android_id": b.id("aid_tazama", where="json android_id"),
        "af_timestamp": str(ms(c)),
        "app_version_name": "4.7.1",
        "brand": "TECNO",
        "model": TECNO_MODEL,
        "operator": "Safaricom",
        "counter": str(c.rng.randint(2, 80)),
    }
    if watched:
        cid, title = c.rng.choice(SERIES)
        body["eventName"] = "af_content_view"
        body["eventValue"] = js(
            {"af_content_id": cid, "af_content": title, "muda_wa_kutazama": c.rng.randint(60, 2400)}
        )
        b.view("json eventValue af_content_view (af_content_id, muda_wa_kutazama)")
    else:
        body["eventName"] = "af_subscribe"
        body["eventValue"] = js({"af_revenue": 249, "af_currency": "KES", "kifurushi": "wiki"})
        b.decoy("subscription purchase event (price in KES)")
    b.json(body, "gzip" if c.rng.random() < 0.5 else None)
    b.ok_json({"ok": True})
    return b.build()


def firebase_installation(c: Context) -> Flow:
    b = FB(
        c,
        "firebase",
        "POST",
        "https://firebaseinstallations.googleapis.com/v1/projects/tazama-plus-ke/installations",
    )
    b.header("user-agent", dalvik(TECNO_MODEL))
    b.header("x-goog-api-key", "AIzaSy" + new_hex(c.rng, 33))
    fid = b.id("tazama_fid", where="json fid")
    b.json({"fid": fid, "appId": "1:4409381127:android:7c1e0f", "authVersion": "FIS_v2"})
    b.ok_json({"name": "projects/4409381127/installations/" + fid, "fid": fid})
    return b.build()


def home_rails(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/nyumbani?ukanda=KE")
    b.decoy("catalogue rails: zinazovuma (trending) with watu_waliotazama totals over all viewers")
    b.ok_json(
        {
            "safu": [
                {
                    "kichwa": "Zinazovuma Kenya",
                    "vipengele": [
                        {
                            "kipindi_id": cid,
                            "jina": t,
                            "watu_waliotazama": c.rng.randint(10**3, 10**6),
                        }
                        for cid, t in SERIES
                    ],
                },
                {"kichwa": "Filamu za Kiswahili", "vipengele": [{"kipindi_id": "tz_flm_0931"}]},
            ]
        }
    )
    return b.build()


def manifest(c: Context) -> Flow:
    cid, _ = c.rng.choice(SERIES)
    b = _plain(c, "GET", f"{CDN}/hls/{cid}/master.m3u8?token={new_hex(c.rng, 24)}")
    b.decoy("stream manifest fetch (not a report of watching)")
    body = "#EXTM3U\n#EXT-X-STREAM-INF:BANDWIDTH=800000,RESOLUTION=854x480\n480p/index.m3u8\n"
    b.respond(200, "application/vnd.apple.mpegurl", body.encode())
    return b.build()


def thumbnail(c: Context) -> Flow:
    cid, _ = c.rng.choice(SERIES)
    b = _plain(c, "GET", f"{CDN}/picha/{cid}/w342.jpg")
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 500))
    return b.build()


def search(c: Context) -> Flow:
    q = c.rng.choice(["maria", "kpl", "vioja mahakamani", "churchill show"])
    b = _b(c, "GET", f"{API}/v2/tafuta?q={q.replace(' ', '+')}")
    b.decoy("search results")
    b.ok_json({"matokeo": [{"kipindi_id": cid, "jina": t} for cid, t in SERIES[:3]]})
    return b.build()


def live_score(c: Context) -> Flow:
    mid, name = c.rng.choice(MATCHES)
    b = _plain(c, "GET", f"{API}/v1/live/{mid}/matokeo")
    b.decoy("live score: dakika is the match minute; watazamaji_sasa counts everyone watching")
    b.ok_json(
        {
            "mechi": name,
            "dakika": c.rng.randint(1, 90),
            "mabao": [c.rng.randint(0, 3), c.rng.randint(0, 3)],
            "watazamaji_sasa": c.rng.randint(2000, 90000),
        }
    )
    return b.build()
