"""KathaiPodcast: a Tamil and English podcast app on the father's Samsung.

The Chennai-born developer keyed the listening log in romanised Tamil
(`kettadhu` "listened", `nilai_nodi` "position seconds", `mudindhadhu`
"finished") next to English `episodeId`. Its download queue and the show
page are content fetches; the transcript it shows is speech-to-text of the
episode (no speaker model): not biometric. A batched sync goes out sealed with
the app's own cipher (opaque).
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import js

from .phone import FB, iso, ms, rid, seal, ua_samsung

API = "https://api.kathai.example"
UA = ua_samsung("Kathai", "2.7.5")
EPISODES = [
    ("EP-ta-1201", "Thamizh Tech Pesuvom"),
    ("EP-ta-0877", "Kathai Neram"),
    ("EP-en-5530", "The Causeway Commute"),
    ("EP-ms-0412", "Borak Kewangan"),
]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "kathai", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + rid(c.rng).replace("-", ""))
    return b


def listen_log(c: Context) -> Flow:
    ep, show = c.rng.choice(EPISODES)
    b = _b(c, "POST", f"{API}/v1/kettadhu")
    b.view("json kettadhu{episodeId, nilai_nodi, mudindhadhu}")
    b.json(
        {
            "kettadhu": {
                "episodeId": ep,
                "show": show,
                "nilai_nodi": c.rng.randint(0, 3600),
                "vegam": c.rng.choice([1.0, 1.25, 1.5]),
                "mudindhadhu": c.rng.random() < 0.4,
                "neram": iso(c),
            },
            "androidId": b.id("aid_siar", where="json androidId"),
        }
    )
    b.no_content()
    return b.build()


def sealed_sync(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/s")
    b.view("json p (app-sealed listening sync)", detectable=False)
    rows = [[e[0], c.rng.randint(0, 3600), ms(c)] for e in c.rng.sample(EPISODES, 2)]
    b.json({"p": seal(js(rows).encode(), "kathai" + rid(c.rng)), "k": 2})
    b.no_content()
    return b.build()


def transcript(c: Context) -> Flow:
    ep = c.rng.choice(EPISODES)[0]
    b = _b(c, "GET", f"{API}/v1/episodes/{ep}/transcript")
    b.decoy("speech-to-text transcript of an episode with segment times (no speaker model)")
    b.ok_json({"segments": [{"start": i * 7.5, "text": "vanakkam nanbargale"} for i in range(8)]})
    return b.build()


def show_page(c: Context) -> Flow:
    _, show = c.rng.choice(EPISODES)
    b = _b(c, "GET", f"{API}/v1/shows/{show.replace(' ', '-').lower()}")
    b.decoy("show page with episode durations and total plays (catalogue, aggregate)")
    b.ok_json({"episodes": [{"id": e[0], "durationSec": 2400, "plays": 12000} for e in EPISODES]})
    return b.build()


def download(c: Context) -> Flow:
    ep = c.rng.choice(EPISODES)[0]
    b = _b(c, "GET", f"https://cdn.kathai.example/audio/{ep}.mp3")
    b.respond(200, "audio/mpeg", b"ID3\x04\x00" + bytes(c.rng.getrandbits(8) for _ in range(400)))
    return b.build()
