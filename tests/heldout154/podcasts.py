"""Lantern: the producer's own podcast player. Episode progress syncs to its backend
(`playedUpTo`, listening history), its history list comes back in a response, an
offline batch goes as gzip+base64 under `q`; AppsFlyer sees the launch with the
advertising id and its own uid. Search, charts and the episode feed are not history."""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import b64, gz, jsb

from .phone import FB, iso, ms, rf, rid, ua

API = "https://sync.lanternpods.example/v2"
UA = ua("Lantern", "7.61")
EPISODES = [
    ("the-irish-passport", "How Ireland Votes"),
    ("blindboy", "A Fable About Crows"),
    ("song-exploder", "Hozier - Too Sweet"),
    ("radiolab", "The Sound of Silence"),
    ("you-must-remember-this", "Dead Blondes 3"),
]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "lantern", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + b.acct("pods_user"))
    return b


def _ep(c: Context) -> dict[str, object]:
    show, title = c.rng.choice(EPISODES)
    return {"podcast": show, "episodeTitle": title, "episodeUuid": rid(c.rng)}


def progress_sync(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/sync/episodes")
    b.view("json episodes[].playedUpTo (seconds listened of a podcast episode)")
    dur = c.rng.randint(1200, 4800)
    b.json(
        {
            "episodes": [
                {
                    **_ep(c),
                    "playedUpTo": c.rng.randint(30, dur),
                    "duration": dur,
                    "playingStatus": c.rng.choice([2, 3]),
                    "modifiedAt": ms(c),
                }
            ]
        }
    )
    b.ok_json({"status": "ok", "serverTime": ms(c)})
    return b.build()


def history_list(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/user/history?limit=20")
    b.view("response json history[] (episodes listened, with playedAt)", direction="response")
    b.ok_json(
        {
            "history": [
                {**_ep(c), "playedAt": iso(c), "playedUpTo": c.rng.randint(60, 3000)}
                for _ in range(4)
            ]
        }
    )
    return b.build()


def offline_batch_opaque(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/sync/q")
    b.view("json q (gzip+base64 of queued progress rows)", detectable=False)
    rows = [[rid(c.rng), c.rng.randint(10, 4000), ms(c)] for _ in range(3)]
    b.json({"q": b64(gz(jsb(rows))), "v": 3})
    b.no_content()
    return b.build()


def search(c: Context) -> Flow:
    b = _b(c, "GET", "https://search.lanternpods.example/v1/podcasts?q=radio+drama")
    b.decoy("podcast search results")
    b.ok_json({"results": [{"uuid": rid(c.rng), "title": t} for _, t in EPISODES[:3]]})
    return b.build()


def charts(c: Context) -> Flow:
    b = _b(c, "GET", "https://lists.lanternpods.example/charts/ie/top.json")
    b.decoy("top podcasts chart (most-played aggregate)")
    b.ok_json(
        {
            "region": "IE",
            "items": [
                {"rank": i + 1, "podcast": s, "plays": c.rng.randint(1000, 90000)}
                for i, (s, _) in enumerate(EPISODES)
            ],
        }
    )
    return b.build()


def episode_audio(c: Context) -> Flow:
    show, _ = c.rng.choice(EPISODES)
    b = FB(c, "lantern", "GET", f"https://media.lanternpods.example/{show}/{rid(c.rng)}.mp3")
    b.header("user-agent", "ExoPlayerLib/2.19.1")
    b.header("range", f"bytes={c.rng.randint(0, 9_000_000)}-")
    b.respond(206, "audio/mpeg", bytes(c.rng.getrandbits(8) for _ in range(500)))
    return b.build()


def appsflyer_launch(c: Context) -> Flow:
    b = FB(c, "appsflyer", "POST", "https://launches.appsflyer.com/api/v6.14/androidevent")
    b.param("app_id", "com.lanternpods.android")
    b.param("buildnumber", "6.14.2")
    b.header("user-agent", "Dalvik/2.1.0 (Linux; U; Android 14; Pixel 8 Build/AP2A.240905.003)")
    b.json(
        {
            "advertiserId": b.id("gaid", where="json advertiserId"),
            "uid": b.id("pods_af_uid", where="json uid"),
            "android_id": b.id("aid_pods", where="json android_id"),
            "model": "Pixel 8",
            "af_timestamp": str(ms(c)),
            "counter": str(c.rng.randint(2, 40)),
            "battery": rf(c.rng, 20, 100, 0),
        }
    )
    b.ok_json({"ok": True})
    return b.build()
