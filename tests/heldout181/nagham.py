"""Nagham: an Arabic-language music and podcast app on the iPhone (the Haifa
household member). Its play log uses Arabic keys (`مدة_الاستماع`, `الأغنية`) and
Arabizi (`istima3_sec`); an older client batches numeric-keyed rows. The iOS app
sends the IDFV in a header and the AirPods (audio route) in its playback context.
Lyrics, charts (counts over everyone) and search are not sensitive.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import fake_jpeg

from .phone import FB, ios_ua, iso, ms, rf, rid

API = "https://api.nagham-music.example"
UA = ios_ua("Nagham", "8.2.0", "8201")
SONGS = ["fairuz-kifak-inta", "amr-diab-tamally-maak", "mashrou-leila-3", "elissa-aa-bali"]
PODCASTS = ["sowt-bidoun-ethn", "kerning-cultures-ep88"]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "nagham", method, url)
    b.header("user-agent", UA)
    b.header("accept-language", "ar-IL")
    b.header("x-device-id", b.id("idfv_nagham", where="header x-device-id (IDFV)"))
    return b


def play_log(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/سجل/istima3")
    b.view("json الأغنية + مدة_الاستماع + وقت_البدء")
    b.json(
        {
            "المستخدم": b.acct("nagham_user"),
            "الأغنية": c.rng.choice(SONGS),
            "مدة_الاستماع": c.rng.randint(20, 260),
            "وقت_البدء": iso(c),
            "اكتمل": c.rng.random() < 0.6,
        }
    )
    b.no_content()
    return b.build()


def podcast_progress(c: Context) -> Flow:
    b = _b(c, "PUT", f"{API}/v2/podcasts/progress")
    b.view("json episode_id + istima3_sec + position_ms")
    route = {"route": "AirPods Pro", "bt_addr": b.id("pods_mac", where="json output.bt_addr")}
    b.json(
        {
            "episode_id": c.rng.choice(PODCASTS),
            "istima3_sec": c.rng.randint(60, 1800),
            "position_ms": c.rng.randint(10**5, 3 * 10**6),
            "output": route,
        }
    )
    b.ok_json({"saved": True})
    return b.build()


def recently_played(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/me/recently-played")
    b.view("response json recently_played[] with played_at", direction="response")
    b.ok_json(
        {"recently_played": [{"track": c.rng.choice(SONGS), "played_at": iso(c)} for _ in range(6)]}
    )
    return b.build()


def legacy_batch(c: Context) -> Flow:
    """Older client: rows of [track index, seconds, epoch] under numeric keys."""
    b = _b(c, "POST", f"{API}/l")
    b.view("json 1[] numeric rows", detectable=False)
    b.json(
        {"1": [[c.rng.randint(1, 9999), c.rng.randint(5, 300), ms(c)] for _ in range(3)], "2": 4}
    )
    b.no_content()
    return b.build()


def airpods_status(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/audio/route")
    b.json(
        {
            "accessory": "AirPods Pro (2nd generation)",
            "serialNumber": b.id("pods_serial", where="json serialNumber (AirPods)"),
            "firmware": "6F8",
            "spatialAudio": True,
        }
    )
    b.no_content()
    return b.build()


def charts(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/charts/top50?region=IL-ar")
    b.decoy("top-50 chart with play counts over all listeners (aggregate)")
    b.ok_json({"tracks": [{"id": s, "plays": c.rng.randint(10**4, 10**6)} for s in SONGS]})
    return b.build()


def lyrics(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/lyrics/{c.rng.choice(SONGS)}")
    b.decoy("synced lyrics with time offsets (content, not listening)")
    b.ok_json({"lines": [{"t_ms": i * 4200, "text": "كيفك إنت"} for i in range(5)]})
    return b.build()


def search(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/search?q=%D9%81%D9%8A%D8%B1%D9%88%D8%B2")
    b.ok_json({"results": [{"id": s, "duration_sec": c.rng.randint(180, 400)} for s in SONGS]})
    return b.build()


def cover(c: Context) -> Flow:
    b = FB(c, "nagham", "GET", f"https://img.nagham-music.example/c/{rid(c.rng)[:8]}/300.jpg")
    b.header("user-agent", UA)
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 300))
    return b.build()


def idfa_attribution(c: Context) -> Flow:
    b = FB(c, "nagham", "POST", f"{API}/v2/attribution")
    b.header("user-agent", UA)
    b.json(
        {
            "idfa": b.id("idfa", where="json idfa"),
            "idfv": b.id("idfv_nagham", where="json idfv"),
            "install_id": b.id("nagham_install", where="json install_id"),
            "att_status": "authorized",
            "volume": rf(c.rng, 0, 1, 2),
        }
    )
    b.ok_json({"campaign": "organic"})
    return b.build()
