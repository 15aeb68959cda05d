"""Masach+: an Israeli streaming service (Israeli series, films, live Ligat ha'Al
football and Winner League basketball) on the Samsung phone and the IPTV box.

The in-house player team writes Hebrew transliterated keys (`tochen_id`,
`mikum_sec`, `zman_tzfiya`, `perek`, `onah`); the live team reports which game
the viewer tuned to. The Adjust SDK (adid, gps_adid) measures installs. The
catalogue, manifests, live scores (a match minute is no viewing position),
thumbnails and the "most watched" rail (an aggregate) are not sensitive.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import b64, fake_jpeg, gz, js

from .phone import FB, iso, ms, rf, rid, ua

API = "https://api.masach-plus.example"
PLAYER = "https://player-events.masach-plus.example"
UA = ua("MasachPlus", "6.4.2")
SERIES = ["shtisel", "fauda", "tehran", "srugim", "zaguri-imperia", "hashoter-hatov"]
FILMS = ["waltz-im-bashir", "sallah-shabati", "footnote"]
GAMES = ["maccabi-tlv-vs-hapoel-bs", "maccabi-haifa-vs-beitar", "hapoel-tlv-vs-maccabi-tlv-bb"]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "masach", method, url)
    b.header("user-agent", UA)
    b.header("x-masach-lang", "he-IL")
    b.header("authorization", "Bearer " + b64(rid(c.rng))[:40])
    return b


def _episode(c: Context) -> tuple[str, int, int]:
    return c.rng.choice(SERIES), c.rng.randint(1, 4), c.rng.randint(1, 12)


def heartbeat(c: Context) -> Flow:
    b = _b(c, "POST", f"{PLAYER}/v3/tzfiya/pulse")
    show, season, ep = _episode(c)
    b.view("json tochen_id + mikum_sec + zman_tzfiya_sec")
    b.json(
        {
            "mishtamesh": b.acct("masach_user"),
            "tochen_id": f"{show}-s{season}e{ep}",
            "onah": season,
            "perek": ep,
            "mikum_sec": c.rng.randint(30, 2800),
            "zman_tzfiya_sec": c.rng.choice([30, 60]),
            "eru'a": c.rng.choice(["ritzpa", "hashhaya", "hamshacha"]),
            "ts": ms(c),
        }
    )
    b.no_content()
    return b.build()


def continue_watching(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/profiles/main/hamshech-litzpot")
    b.view("response json hamshech_litzpot[] (continue watching)", direction="response")
    rows = []
    for _ in range(c.rng.randint(2, 6)):
        show, season, ep = _episode(c)
        rows.append(
            {
                "tochen_id": f"{show}-s{season}e{ep}",
                "kotar": show.replace("-", " ").title(),
                "hitkadmut": rf(c.rng, 0.05, 0.95, 2),
                "nitzpa_ba": iso(c),
            }
        )
    b.ok_json({"hamshech_litzpot": rows})
    return b.build()


def live_tune(c: Context) -> Flow:
    b = _b(c, "POST", f"{PLAYER}/v3/live/knisa")
    b.view("json mischak_id + arutz + knisa_ts (live game tuned to)")
    b.json(
        {
            "mischak_id": c.rng.choice(GAMES),
            "arutz": c.rng.choice(["masach-sport-1", "masach-sport-2"]),
            "knisa_ts": iso(c),
            "eichut": c.rng.choice(["1080p", "720p"]),
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def watch_history(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/profiles/main/historia?limit=20")
    b.view("response json historiat_tzfiya[]", direction="response")
    b.ok_json(
        {
            "historiat_tzfiya": [
                {
                    "tochen_id": c.rng.choice(FILMS + SERIES),
                    "nitzpa_ad": rf(c.rng, 0.1, 1, 2),
                    "taarich": iso(c),
                }
                for _ in range(c.rng.randint(3, 8))
            ]
        }
    )
    return b.build()


def opaque_beacon(c: Context) -> Flow:
    """The TV-box player's batch: gzip+base64 under `d`, nothing readable outside."""
    b = FB(c, "masach-box", "POST", f"{PLAYER}/b")
    b.header("user-agent", "MasachBox/3.0 (Linux; Android 9; HTB-4K)")
    show, season, ep = _episode(c)
    inner = js({"t": f"{show}-s{season}e{ep}", "p": c.rng.randint(10, 3000), "e": "hb"})
    b.view("form d (gzip+base64 player events)", detectable=False)
    b.form([("d", b64(gz(inner.encode()))), ("v", "3")])
    b.no_content()
    return b.build()


def adjust_session(c: Context) -> Flow:
    b = FB(c, "adjust", "POST", "https://app.adjust.com/session")
    b.header("user-agent", "MasachPlus/6.4.2 (Android 14; adjust-android4.38.2)")
    b.form(
        [
            ("gps_adid", b.id("gaid", where="form gps_adid")),
            ("android_uuid", b.id("masach_player_uuid", where="form android_uuid")),
            ("adid", b.id("masach_adid", where="form adid")),
            ("app_token", "q8x2m4p9k1za"),
            ("created_at", iso(c)),
            ("environment", "production"),
            ("session_count", str(c.rng.randint(2, 90))),
        ]
    )
    b.ok_json({"adid": b.id("masach_adid", where="response json adid", direction="response")})
    return b.build()


def device_register(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/machshirim/register")
    b.json(
        {
            "mezahe_machshir": b.id("aid_masach", where="json mezahe_machshir (ANDROID_ID)"),
            "sug": "android",
            "degem": "SM-S911B",
            "shem": "הטלפון של נועה",
        }
    )
    b.ok_json({"mispar_machshirim": 3, "max": 4})
    return b.build()


def box_pair(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/mafanech/chibur")
    b.json(
        {
            "mispar_sidori": b.id("box_serial", where="json mispar_sidori (box serial)"),
            "ktovet_mac": b.id("box_mac", where="json ktovet_mac"),
            "kod": str(c.rng.randint(100000, 999999)),
        }
    )
    b.ok_json({"status": "mechubar"})
    return b.build()


def catalogue(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/catalog/rail/{c.rng.choice(['drama', 'sport', 'kids'])}")
    b.decoy("catalogue rail with durations and release years (content fetch)")
    b.ok_json(
        {
            "items": [
                {"tochen_id": s, "orech_dakot": c.rng.randint(25, 55), "shana": 2010 + i}
                for i, s in enumerate(SERIES)
            ]
        }
    )
    return b.build()


def most_watched(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/catalog/hanitzpim-beyoter")
    b.decoy("most-watched rail: viewer counts over all users (aggregate)")
    b.ok_json(
        {
            "hanitzpim_beyoter": [
                {
                    "tochen_id": s,
                    "tzofim": c.rng.randint(10**4, 10**6),
                    "memutza_dakot": c.rng.randint(10, 50),
                }
                for s in SERIES
            ]
        }
    )
    return b.build()


def live_score(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/sport/live/{c.rng.choice(GAMES)}/score")
    b.decoy("live score: match minute and events, not the viewer's position")
    b.ok_json(
        {
            "daka": c.rng.randint(1, 90),
            "totzaa": [c.rng.randint(0, 3), c.rng.randint(0, 3)],
            "eruim": [{"daka": c.rng.randint(1, 90), "sug": "gol"}],
        }
    )
    return b.build()


def manifest(c: Context) -> Flow:
    show, season, ep = _episode(c)
    b = _b(c, "GET", f"https://cdn.masach-plus.example/vod/{show}/s{season}e{ep}/master.m3u8")
    lines = ["#EXTM3U", "#EXT-X-VERSION:6"]
    for bw, res in ((800000, "640x360"), (3000000, "1280x720")):
        lines += [f"#EXT-X-STREAM-INF:BANDWIDTH={bw},RESOLUTION={res}", f"{res}/index.m3u8"]
    b.respond(200, "application/vnd.apple.mpegurl", "\n".join(lines).encode())
    return b.build()


def poster(c: Context) -> Flow:
    b = _b(c, "GET", f"https://img.masach-plus.example/posters/{c.rng.choice(SERIES)}/w342.jpg")
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 400))
    return b.build()


def tv_app_progress(c: Context) -> Flow:
    """The smart-TV web app's save-progress call: keys in Hebrew script."""
    b = FB(c, "masach-tvweb", "POST", f"{API}/tv/v1/שמירת-התקדמות")
    b.header("user-agent", "Mozilla/5.0 (SMART-TV; Linux; Tizen 7.0) MasachTV/2.2")
    show, season, ep = _episode(c)
    b.view("json מזהה_תוכן + מיקום_בשניות + זמן_צפייה")
    b.json(
        {
            "מזהה_תוכן": f"{show}-s{season}e{ep}",
            "מיקום_בשניות": c.rng.randint(30, 2900),
            "זמן_צפייה": c.rng.randint(60, 1200),
            "פרופיל": "סבתא",
        }
    )
    b.no_content()
    return b.build()
