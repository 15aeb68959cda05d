"""A podcast and audiobook app (Dutch and Polish titles): listening progress sync,
audiobook chapter positions, batched play logs; episode downloads through a
measurement prefix and RSS fetches are decoys.

Sources: podcast measurement prefixes (Podtrac, "dts.podtrac.com/redirect.mp3/"
+ the enclosure URL, as podtrac.com/publisher-measurement documents) are plain
redirects. The app's own endpoints and key names (luisterpositie, hoofdstuk,
seconds_listened...) are ours.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import b64

from .phone import FB, blob, iso, ms, ua

API = "https://sync.luisterhuis-example.eu"
EPISODES = ["a9f1c2e0-podcast-dewereld-312", "tech-kletspraat-118", "podcast-historia-polski-77"]
BOOKS = [
    ("9789044652", "De Avond is Ongemak"),
    ("9788308069", "Lalka"),
    ("9789029543", "Max Havelaar"),
]


def _hdr(b: FB) -> None:
    b.header("user-agent", ua("Luisterhuis", "6.4.0"))


def progress(ctx: Context) -> Flow:
    ep = ctx.rng.choice(EPISODES)
    b = FB(ctx, "luisterhuis", "PUT", f"{API}/v1/progress/{ep}")
    _hdr(b)
    b.json(
        {
            "positionMs": ctx.rng.randint(1, 3600) * 1000,
            "durationMs": 3_720_000,
            "playbackSpeed": ctx.rng.choice([1.0, 1.25, 1.5]),
            "updatedAt": iso(ctx),
        }
    )
    b.view("body.positionMs (episode in the path)")
    b.no_content()
    return b.build()


def luisterpositie(ctx: Context) -> Flow:
    isbn, title = ctx.rng.choice(BOOKS)
    b = FB(ctx, "luisterhuis", "POST", f"{API}/v1/boeken/voortgang")
    _hdr(b)
    b.json(
        {
            "isbn": isbn,
            "titel": title,
            "hoofdstuk": ctx.rng.randint(1, 30),
            "luisterpositie": ctx.rng.randint(0, 2400),
            "afgerond": False,
        }
    )
    b.view("body.isbn+hoofdstuk+luisterpositie")
    b.ok_json({"ok": 1})
    return b.build()


def play_log(ctx: Context) -> Flow:
    b = FB(ctx, "luisterhuis", "POST", f"{API}/v1/plays/batch")
    _hdr(b)
    plays = [
        {
            "episode_guid": e,
            "started_at": ms(ctx) - ctx.rng.randint(1, 48) * 3_600_000,
            "seconds_listened": ctx.rng.randint(20, 3000),
            "completed": ctx.rng.random() < 0.3,
        }
        for e in ctx.rng.sample(EPISODES, 2)
    ]
    b.json({"plays": plays, "client": "android"})
    b.view("body.plays[].episode_guid+seconds_listened")
    b.no_content()
    return b.build()


def sluchanie(ctx: Context) -> Flow:
    """The Polish audiobook partner's own listening log (form body)."""
    isbn = ctx.rng.choice(BOOKS)[0]
    b = FB(ctx, "luisterhuis", "POST", "https://api.sluchaj-example.pl/v3/historia-sluchania")
    _hdr(b)
    b.form(
        [
            ("ksiazka", isbn),
            ("rozdzial", str(ctx.rng.randint(1, 30))),
            ("czas_sluchania", str(ctx.rng.randint(30, 1800))),
            ("pozycja", str(ctx.rng.randint(0, 2400))),
        ]
    )
    b.view("body.ksiazka+rozdzial+czas_sluchania")
    b.ok_json({"status": "ok"})
    return b.build()


def opaque_log(ctx: Context) -> Flow:
    b = FB(ctx, "luisterhuis", "POST", f"{API}/v1/e")
    _hdr(b)
    b.json({"a": 3, "b": b64(blob(ctx.rng, 120)), "c": ms(ctx)})
    b.view("body.b (encrypted play events)", detectable=False)
    b.no_content()
    return b.build()


def device_hdr(ctx: Context) -> Flow:
    b = FB(ctx, "luisterhuis", "GET", f"{API}/v1/library", [("since", str(ms(ctx) - 86_400_000))])
    _hdr(b)
    b.header("x-device-id", b.id("pod_inst", where="header.x-device-id"))
    b.ok_json({"episodes": EPISODES, "books": [x[0] for x in BOOKS]})
    return b.build()


def register(ctx: Context) -> Flow:
    b = FB(ctx, "luisterhuis", "POST", f"{API}/v1/devices")
    _hdr(b)
    b.json(
        {
            "device_uuid": b.id("pod_inst", where="body.device_uuid"),
            "android_id": b.id("aid_pod", where="body.android_id"),
            "gaid": b.id("gaid", where="body.gaid"),
            "user_id": b.acct("pod_user"),
            "email": b.id("email", where="body.email"),
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def download(ctx: Context) -> Flow:
    ep = ctx.rng.choice(EPISODES)
    b = FB(
        ctx,
        "podtrac",
        "GET",
        f"https://dts.podtrac.com/redirect.mp3/media.luisterhuis-example.eu/{ep}.mp3",
    )
    b.respond(302, None, headers=[("location", f"https://media.luisterhuis-example.eu/{ep}.mp3")])
    b.decoy("episode download through a measurement redirect")
    return b.build()


def rss(ctx: Context) -> Flow:
    b = FB(ctx, "luisterhuis", "GET", "https://feeds.luisterhuis-example.eu/dewereld.xml")
    b.respond(
        200,
        "application/rss+xml",
        b"<rss><channel><title>De Wereld</title><item><guid>"
        + EPISODES[0].encode()
        + b"</guid><itunes:duration>3720</itunes:duration></item></channel></rss>",
    )
    b.decoy("RSS feed with durations")
    return b.build()


def search(ctx: Context) -> Flow:
    b = FB(
        ctx,
        "luisterhuis",
        "GET",
        f"{API}/v1/search",
        [("q", ctx.rng.choice(["historia", "wetenschap"]))],
    )
    b.ok_json({"results": [{"guid": e, "duration": ctx.rng.randint(600, 4000)} for e in EPISODES]})
    b.decoy("search results")
    return b.build()
