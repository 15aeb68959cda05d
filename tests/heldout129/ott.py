"""Uzmer (Үзмэр): a Mongolian OTT app with films, series and live TV.

The in-house team writes romanised Mongolian keys in the player API
(`bairlal_sec` = байрлал, position; `uzsen_huvi` = үзсэн хувь, share watched)
and Cyrillic keys in the newer profile service. AppsFlyer and Firebase ride
along. Catalogue rails, the most-watched chart (a count over all viewers),
search results and stream manifests are fetches, not viewing history.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import b64, fake_jpeg, gz, js

from .phone import FB, iso, ms, rf, rid, ua

API = "https://api.uzmer.example"
CDN = "https://vod.uzmer.example"
UA = ua("Uzmer", "3.8.2")
TITLES = [
    ("Тэмүжин", "kino"),
    ("Хүлэг баатрын домог", "tsuvral"),
    ("Тал нутгийн зүүд", "kino"),
    ("Нууц товчоо", "tsuvral"),
    ("Улаанбаатарын шөнө", "tsuvral"),
    ("Өвлийн нар", "kino"),
]


def _b(c: Context, method: str, path: str) -> FB:
    b = FB(c, "uzmer", method, API + path)
    b.header("user-agent", UA)
    b.header("accept-language", "mn-MN")
    b.header("authorization", "Bearer " + b.acct("ott_user") + "." + rid(c.rng)[:18])
    return b


def _title(c: Context) -> tuple[str, str, str]:
    name, kind = c.rng.choice(TITLES)
    return f"{kind[0]}{c.rng.randint(1000, 9999)}", name, kind


def catalogue(c: Context) -> Flow:
    genre = c.rng.choice(["tuuhen", "ineedmiin", "drama", "hüühed"])
    b = _b(c, "GET", f"/api/v2/kino/jagsaalt?turul={genre}&huudas={c.rng.randint(1, 4)}")
    b.decoy("catalogue rail (kino jagsaalt): titles, years, ratings; a fetch, not a viewing")
    b.ok_json(
        {
            "kinonuud": [
                {
                    "kino_id": _title(c)[0],
                    "ner": name,
                    "on": c.rng.randint(1998, 2025),
                    "unelgee": rf(c.rng, 5, 9.5, 1),
                    "zurag": f"{CDN}/poster/{c.rng.randint(10**5, 10**6)}.jpg",
                    "urt_min": c.rng.randint(40, 150),
                }
                for name, _ in TITLES
            ]
        }
    )
    return b.build()


def most_watched(c: Context) -> Flow:
    b = _b(c, "GET", "/api/v2/ih-uzsen?hugatsaa=7h")
    b.decoy("most-watched chart: view counts over all viewers (an aggregate)")
    b.ok_json(
        {
            "хамгийн_их_үзсэн": [
                {
                    "kino_id": _title(c)[0],
                    "нэр": name,
                    "үзэлтийн_тоо": c.rng.randint(2000, 90000),
                    "дундаж_үзсэн_мин": c.rng.randint(10, 80),
                }
                for name, _ in TITLES[:5]
            ]
        }
    )
    return b.build()


def search(c: Context) -> Flow:
    q = c.rng.choice(["чингис", "монгол кино", "tsuvral", "хүүхэлдэйн"])
    b = _b(c, "GET", f"/api/v2/haih?q={q}")
    b.decoy("search results for a typed query")
    b.ok_json({"ilertsen": [{"kino_id": _title(c)[0], "ner": n} for n, _ in TITLES[:3]]})
    return b.build()


def manifest(c: Context) -> Flow:
    kid, _, _ = _title(c)
    b = FB(c, "uzmer-player", "GET", f"{CDN}/hls/{kid}/master.m3u8?token={rid(c.rng)[:16]}")
    b.header("user-agent", "ExoPlayerLib/2.19.1")
    b.decoy("stream manifest fetch")
    lines = ["#EXTM3U", "#EXT-X-VERSION:6"]
    for bw, res in ((800000, "640x360"), (2400000, "1280x720"), (5000000, "1920x1080")):
        lines += [f"#EXT-X-STREAM-INF:BANDWIDTH={bw},RESOLUTION={res}", f"{res}/index.m3u8"]
    b.respond(200, "application/vnd.apple.mpegurl", "\n".join(lines).encode())
    return b.build()


def poster(c: Context) -> Flow:
    b = FB(c, "uzmer", "GET", f"{CDN}/poster/{c.rng.randint(10**5, 10**6)}.jpg?w=342")
    b.header("user-agent", UA)
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 400))
    return b.build()


def heartbeat(c: Context, event: str = "togluulj_baina") -> Flow:
    kid, _, kind = _title(c)
    length = c.rng.randint(2400, 7200)
    b = _b(c, "POST", "/api/v2/player/heartbeat")
    b.view("json kino_id + bairlal_sec + uil_yavdal (player heartbeat)")
    b.json(
        {
            "kino_id": kid,
            "angi": c.rng.randint(1, 16) if kind == "tsuvral" else None,
            "bairlal_sec": c.rng.randint(0, length),
            "niit_urt_sec": length,
            "uil_yavdal": event,
            "chanar": c.rng.choice(["720p", "1080p", "auto"]),
            "tuhuurumjiin_id": b.id("aid_ott", where="json tuhuurumjiin_id"),
            "tsag": iso(c),
        }
    )
    b.ok_json({"amjilttai": True})
    return b.build()


def watch_history(c: Context) -> Flow:
    b = _b(c, "GET", "/profile/v1/uzsen-tuukh")
    b.view("response json үзсэн_түүх[] (title, watched date, share watched)", direction="response")
    b.ok_json(
        {
            "үзсэн_түүх": [
                {
                    "кино_ид": _title(c)[0],
                    "нэр": name,
                    "үзсэн_огноо": iso(c),
                    "үзсэн_хувь": c.rng.randint(5, 100),
                }
                for name, _ in c.rng.sample(TITLES, 4)
            ]
        }
    )
    return b.build()


def continue_watching(c: Context) -> Flow:
    b = _b(c, "GET", "/profile/v1/urgeljluuleh")
    b.view("response json үргэлжлүүлэн_үзэх[] with байрлал (resume points)", direction="response")
    b.ok_json(
        {
            "үргэлжлүүлэн_үзэх": [
                {"кино_ид": _title(c)[0], "нэр": n, "байрлал": c.rng.randint(60, 5000)}
                for n, _ in c.rng.sample(TITLES, 3)
            ]
        }
    )
    return b.build()


def opaque_beacon(c: Context) -> Flow:
    """The player's batched QoE beacon: gzip+base64 JSON under `d`, keys only inside."""
    kid, _, _ = _title(c)
    inner = js({"k": kid, "p": c.rng.randint(0, 5000), "e": 3, "t": ms(c)})
    b = FB(c, "uzmer-qoe", "POST", "https://qoe.uzmer.example/b")
    b.header("user-agent", "ExoPlayerLib/2.19.1")
    b.view("json d: base64(gzip) of content id + position", detectable=False)
    b.json({"d": b64(gz(inner.encode())), "v": 2})
    b.no_content()
    return b.build()


def appsflyer_event(c: Context, watched: bool) -> Flow:
    b = FB(
        c,
        "appsflyer",
        "POST",
        "https://inapps.appsflyer.com/api/v6.12/androidevent?app_id=mn.uzmer.android&buildnumber=6.12.2",
    )
    b.header("user-agent", "Dalvik/2.1.0 (Linux; U; Android 14; SM-A546E Build/UP1A.231005.007)")
    body = {
        "advertiserId": b.id("gaid", where="json advertiserId"),
        "uid": b.id_raw("ott_af_uid", "plain", "json uid (AppsFlyer install id)", True),
        "android_id": b.id("aid_ott", where="json android_id"),
        "app_version_name": "3.8.2",
        "timepassedsincelastlaunch": str(c.rng.randint(1, 900)),
    }
    if watched:
        kid, name, _ = _title(c)
        b.view("json eventValue: af_content_id + uzsen_minut (finished title)")
        body["eventName"] = "kino_uzej_duusgasan"
        body["eventValue"] = js(
            {"af_content_id": kid, "af_content": name, "uzsen_minut": c.rng.randint(30, 140)}
        )
    else:
        b.decoy("subscription purchase event with price")
        body["eventName"] = "af_purchase"
        body["eventValue"] = js({"af_revenue": "9900", "af_currency": "MNT", "bagts": "Premium"})
    b.json(body)
    b.ok_json({"status": "ok"})
    return b.build()


def firebase_install(c: Context) -> Flow:
    b = FB(
        c,
        "firebase",
        "POST",
        "https://firebaseinstallations.googleapis.com/v1/projects/uzmer-mn/installations",
    )
    b.header("x-android-package", "mn.uzmer.android")
    fid = b.id_raw("ott_fid", "plain", "json fid (Firebase installation id)", True)
    b.json(
        {
            "fid": fid,
            "appId": "1:81234:android:4f1e",
            "authVersion": "FIS_v2",
            "sdkVersion": "a:17.2.0",
        }
    )
    b.ok_json({"name": "projects/81234/installations/" + fid, "fid": fid})
    return b.build()
