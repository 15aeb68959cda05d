"""Siniar: a podcast app (Close The Door, Rapot, Podkesmas...).

Episode progress (`posisi_detik`, `sudah_selesai`) and the listening history
response (`riwayat_dengar`) are listening history; the search and the episode
MP3 fetch are not. Analytics go to MoEngage with its own keys.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import fake_mp4

from .phone import FB, iso, ms, ua

API = "https://api.siniar.example"
UA = ua("Siniar", "2.11.0")
EPISODE = ["Rapot Eps 210", "Podkesmas #88", "Close The Door - Bareng Ibu", "Makna Talks 45"]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "siniar", method, url)
    b.header("user-agent", UA)
    b.header("x-device", b.id("aid_podcast", where="header x-device"))
    return b


def progres(c: Context) -> Flow:
    b = _b(c, "PATCH", f"{API}/v1/episode/ep{c.rng.randint(1000, 9999)}/progres")
    b.view("json posisi_detik / sudah_selesai of an episode")
    b.json(
        {
            "posisi_detik": c.rng.randint(0, 4000),
            "sudah_selesai": False,
            "kecepatan": 1.25,
            "at": iso(c),
        }
    )
    b.no_content()
    return b.build()


def riwayat(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/saya/riwayat_dengar")
    b.view("response json riwayat_dengar[]", direction="response")
    b.ok_json(
        {
            "riwayat_dengar": [
                {"judul": e, "didengar_pada": iso(c), "persen": c.rng.randint(5, 100)}
                for e in c.rng.sample(EPISODE, 3)
            ]
        }
    )
    return b.build()


def moengage_event(c: Context) -> Flow:
    b = FB(
        c, "moengage", "POST", "https://sdk-01.moengage.com/v2/report?os=ANDROID&appId=SINIAR_PROD"
    )
    b.header("user-agent", "okhttp/4.10.0")
    b.view("json viewsInfo[] EPISODE_PLAYED with attrs.durasi_dengar")
    b.json(
        {
            "meta": {"bid": ms(c)},
            "query_params": {
                "gaid": b.id("gaid", where="json query_params.gaid"),
                "android_id": b.id("aid_podcast", where="json query_params.android_id"),
                "os": "ANDROID",
            },
            "viewsInfo": [
                {
                    "EVENT_ACTION": "EPISODE_PLAYED",
                    "EVENT_ATTRS": {
                        "judul": c.rng.choice(EPISODE),
                        "durasi_dengar": c.rng.randint(60, 3000),
                    },
                    "EVENT_G_TIME": str(ms(c)),
                }
            ],
        }
    )
    b.ok_json({"status": "success"})
    return b.build()


def cari(c: Context) -> Flow:
    b = FB(c, "siniar", "GET", f"{API}/v1/cari?q=" + c.rng.choice(["horor", "bisnis", "parenting"]))
    b.header("user-agent", UA)
    b.decoy("search results with episode durations")
    b.ok_json({"hasil": [{"judul": e, "durasi_detik": c.rng.randint(900, 5000)} for e in EPISODE]})
    return b.build()


def unduh_episode(c: Context) -> Flow:
    b = FB(
        c,
        "siniar-cdn",
        "GET",
        f"https://cdn.siniar.example/audio/ep{c.rng.randint(1000, 9999)}.m4a",
    )
    b.header("user-agent", "ExoPlayerLib/2.18.7")
    b.header("range", "bytes=0-")
    b.respond(206, "audio/mp4", fake_mp4(c.rng.randint(0, 10**9), 300))
    return b.build()
