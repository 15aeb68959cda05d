"""YokeShin Plus: a Burmese movies-and-series app (Yangon in-house team).

The team romanises Burmese in its API the way Burmese developers type it
(`kyi` = watch, `kyi_pyi` = watched, `sat_kyi` = keep watching, `apaing` =
episode); the newer history sync was written with Myanmar-script keys. The
compact resume beacon is gzip+base64 under `d`. Catalogue rails, the
"most watched" chart (counts over all viewers), subtitles, manifests and search
are content fetches, not viewing history. The family profile list shows the
relative's phone in Mae Sot: another person's device, left unlabelled.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import b64, fake_jpeg, gz, jsb

from .phone import FB, builder, iso, ms, rid, ua

API = "https://api.yokeshinplus.example"
UA = ua("YokeShinPlus", "4.7.2")
TITLES = [
    "ချစ်ခြင်းရဲ့ အရိပ်",
    "ရွှေမြို့တော် ဇာတ်လမ်း",
    "မိုးသောက်ယံ",
    "Mandalay Nights",
    "အိမ်ပြန်လမ်း",
    "ဧရာဝတီ အလွမ်း",
]


def _b(c: Context, method: str, url: str, dev: bool = True) -> FB:
    b = builder(c, "yokeshin", method, url, UA)
    if dev:
        b.header("x-device-id", b.id("aid_yoke", where="header x-device-id"))
    return b


def _title(c: Context) -> tuple[int, str, int]:
    return c.rng.randint(1000, 9999), c.rng.choice(TITLES), c.rng.randint(2400, 6600)


def kyi_progress(c: Context) -> Flow:
    zid, _, dur = _title(c)
    b = _b(c, "POST", f"{API}/api/v2/kyi_mhat/progress")
    b.view("json kyi_pyi_sec (romanised Burmese 'watched seconds') with zat_kar_id")
    b.json(
        {
            "zat_kar_id": zid,
            "apaing": c.rng.randint(1, 30),
            "kyi_pyi_sec": c.rng.randint(30, dur),
            "kyar_chain_sec": dur,
            "ahchein": iso(c),
        }
    )
    b.ok_json({"status": "ok"})
    return b.build()


def history_sync(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v3/history/sync")
    b.view("json ကြည့်ခဲ့သည့်ဇာတ်ကားများ[] (Myanmar-script watch history, minutes watched)")
    items = []
    for _ in range(c.rng.randint(1, 4)):
        zid, title, dur = _title(c)
        items.append(
            {
                "ဇာတ်ကားအမှတ်": zid,
                "ဇာတ်ကားအမည်": title,
                "အပိုင်း": c.rng.randint(1, 30),
                "ကြည့်ပြီးမိနစ်": c.rng.randint(1, dur // 60),
                "နောက်ဆုံးကြည့်ချိန်": iso(c),
            }
        )
    b.json({"ကြည့်ခဲ့သည့်ဇာတ်ကားများ": items})
    b.ok_json({"synced": len(items)})
    return b.build()


def sat_kyi(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v2/home/sat_kyi_ya_mae")
    b.view("response json data[].position (continue-watching rail)", direction="response")
    rows = []
    for _ in range(c.rng.randint(2, 5)):
        zid, title, dur = _title(c)
        pos = c.rng.randint(60, dur)
        rows.append(
            {
                "zat_kar_id": zid,
                "title_mm": title,
                "position": pos,
                "duration": dur,
                "progress_pct": round(100 * pos / dur, 1),
            }
        )
    b.ok_json({"title": "ဆက်ကြည့်ရန်", "data": rows})
    return b.build()


def player_event(c: Context) -> Flow:
    zid, _, dur = _title(c)
    b = _b(c, "POST", f"{API}/api/v2/player/event")
    ev = c.rng.choice(["play", "pause", "heartbeat", "heartbeat", "seek", "complete"])
    b.view(f"json event={ev} with content_id and position_ms")
    b.json(
        {
            "event": ev,
            "content_id": f"mv_{zid}",
            "position_ms": c.rng.randint(1, dur) * 1000,
            "quality": c.rng.choice(["480p", "720p"]),
            "network": c.rng.choice(["wifi", "4g"]),
            "ts": ms(c),
        }
    )
    b.no_content()
    return b.build()


def resume_beacon_opaque(c: Context) -> Flow:
    """Rows [title, episode, seconds, ts], gzip then base64 under `d`."""
    b = _b(c, "POST", f"{API}/c/x")
    b.view("json d (gzip+base64 rows)", detectable=False)
    rows = [
        [c.rng.randint(1000, 9999), c.rng.randint(1, 30), c.rng.randint(30, 6000), ms(c)]
        for _ in range(c.rng.randint(1, 3))
    ]
    b.json({"d": b64(gz(jsb(rows))), "v": 3})
    b.no_content()
    return b.build()


def catalogue(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v2/home/rails?lang=my", dev=False)
    b.decoy("catalogue rails with durations and episode counts (content fetch)")
    rails = []
    for name in ("ဇာတ်ကားသစ်များ", "မြန်မာစီးရီး", "Korean (မြန်မာစာတန်းထိုး)"):
        items = []
        for _ in range(6):
            zid, title, dur = _title(c)
            items.append(
                {"zat_kar_id": zid, "title_mm": title, "duration": dur, "apaing_count": 20}
            )
        rails.append({"name": name, "items": items})
    b.ok_json({"rails": rails})
    return b.build()


def most_watched(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v2/charts/lu_kyi_a_myar_zone?week=current", dev=False)
    b.decoy("most-watched chart: view counts over all viewers (aggregate)")
    rows = []
    for rank in range(1, 11):
        zid, title, _ = _title(c)
        rows.append(
            {
                "rank": rank,
                "zat_kar_id": zid,
                "title_mm": title,
                "kyi_thu": c.rng.randint(10**4, 10**6),
            }
        )
    b.ok_json({"ခေတ်စားနေသော": rows})
    return b.build()


def _srt_time(s: int) -> str:
    return f"{s // 3600:02d}:{s // 60 % 60:02d}:{s % 60:02d}"


def subtitles(c: Context) -> Flow:
    b = FB(
        c,
        "yokeshin",
        "GET",
        f"https://cdn.yokeshinplus.example/sub/{c.rng.randint(1000, 9999)}/my.srt",
    )
    b.header("user-agent", "ExoPlayerLib/2.18.7")
    b.decoy("subtitle cues with timestamps (content fetch)")
    cues = []
    for i in range(1, 6):
        s = c.rng.randint(0, 5000)
        cues.append(f"{i}\n{_srt_time(s)},000 --> {_srt_time(s + 3)},500\nဘာဖြစ်လို့လဲ\n")
    b.respond(200, "application/x-subrip", "\n".join(cues).encode())
    return b.build()


def manifest(c: Context) -> Flow:
    b = FB(
        c,
        "yokeshin",
        "GET",
        f"https://vod.yokeshinplus.example/hls/mv_{c.rng.randint(1000, 9999)}/index.m3u8",
    )
    b.header("user-agent", "ExoPlayerLib/2.18.7")
    text = "#EXTM3U\n#EXT-X-STREAM-INF:BANDWIDTH=900000,RESOLUTION=854x480\n480p/index.m3u8\n"
    b.respond(200, "application/vnd.apple.mpegurl", text.encode())
    return b.build()


def poster(c: Context) -> Flow:
    b = FB(
        c,
        "yokeshin",
        "GET",
        f"https://img.yokeshinplus.example/poster/{c.rng.randint(1000, 9999)}_w342.jpg",
    )
    b.header("user-agent", UA)
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 600))
    return b.build()


def search(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v2/search", dev=False)
    b.param("q", c.rng.choice(["ချစ်", "ဟာသ", "သရဲ", "Nay Toe"]))
    b.decoy("search results (content fetch)")
    b.ok_json(
        {"results": [{"zat_kar_id": _title(c)[0], "title_mm": _title(c)[1]} for _ in range(5)]}
    )
    return b.build()


def family_profiles(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v2/account/devices", dev=False)
    b.decoy(
        "device list of the family plan: the relative's phone in Mae Sot (another "
        "person's device, not the tester's) and its session id"
    )
    b.ok_json(
        {
            "devices": [
                {
                    "name": "Ma Hnin (Mae Sot)",
                    "device_ref": rid(c.rng),
                    "platform": "android",
                    "last_login": iso(c),
                }
            ],
            "max_devices": 3,
        }
    )
    return b.build()
