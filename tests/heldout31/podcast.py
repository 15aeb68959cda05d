"""A Norwegian podcast app (in-house, fictional "Lytt", NRK-Radio-like).

Listening history: progress per episode (`episode`, `posisjon`, `lyttet`,
`avspilt_sekunder`), a sync of finished episodes (`ferdighørt`), and an
obfuscated form beacon. Device ids: the app's install id and its ANDROID_ID in
the registration. Decoys: episode audio download, feed, search.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_digits, new_hex

from .phone import FB, iso, ms, ua

API = "https://api.lytt-podkast.no"
EPISODES = [
    ("Mytevenner", "ep-212"), ("Ukens ord", "ep-88"), ("Krimpodden", "ep-41"),
    ("Fotballpodden", "ep-305"), ("Historiepodden", "ep-17"),
]  # fmt: skip


def _h(b: FB, ctx: Context) -> None:
    b.header("user-agent", ua("Lytt", "4.6.1"))
    b.header("x-installasjon", b.id("pod_install", where="header x-installasjon"))


def progress(ctx: Context) -> Flow:
    rng = ctx.rng
    show, ep = rng.choice(EPISODES)
    b = FB(ctx, "lytt", "PUT", f"{API}/v2/progresjon/{ep}")
    _h(b, ctx)
    b.view("body episode / posisjon / lyttet")
    pos = rng.randint(10, 3500)
    b.json(
        {
            "serie": show,
            "episode": ep,
            "posisjon": pos,
            "lyttet": round(pos / 3600, 2),
            "avspilt_sekunder": rng.randint(10, pos),
            "oppdatert": iso(ctx),
        }
    )
    b.no_content()
    return b.build()


def finished_sync(ctx: Context) -> Flow:
    rng = ctx.rng
    b = FB(ctx, "lytt", "POST", f"{API}/v2/bruker/{ctx.phone.pod_user}/ferdighort")
    _h(b, ctx)
    b.view("body ferdighørt[].episode / hørt_dato", direction="request")
    rows = [{"episode": e, "serie": s, "hørt_dato": iso(ctx)} for s, e in rng.sample(EPISODES, 3)]
    b.json({"ferdighørt": rows}, "gzip")
    b.ok_json({"ok": True})
    return b.build()


def beacon(ctx: Context) -> Flow:
    b = FB(ctx, "lytt", "POST", f"{API}/b")
    b.header("user-agent", ua("Lytt", "4.6.1"))
    b.view("form x (hex, opaque)", detectable=False)
    b.form([("x", new_hex(ctx.rng, 96)), ("t", str(ms(ctx)))])
    b.no_content()
    return b.build()


def register(ctx: Context) -> Flow:
    b = FB(ctx, "lytt", "POST", f"{API}/v1/enheter")
    _h(b, ctx)
    b.json(
        {
            "androidId": b.id("aid_pod", where="body androidId"),
            "plattform": "android-automotive",
            "pushToken": "fcm:" + new_hex(ctx.rng, 40),
        }
    )
    b.ok_json({"registrert": True})
    return b.build()


def episode_audio(ctx: Context) -> Flow:
    _show, ep = ctx.rng.choice(EPISODES)
    b = FB(ctx, "lytt", "GET", f"https://lyd.lytt-podkast.no/{ep}/{new_digits(ctx.rng, 6)}.mp3")
    b.decoy("episode audio fetch")
    b.respond(206, "audio/mpeg", b"ID3\x04" + bytes.fromhex(new_hex(ctx.rng, 400)))
    return b.build()


def feed(ctx: Context) -> Flow:
    b = FB(ctx, "lytt", "GET", f"{API}/v1/forside")
    b.header("user-agent", ua("Lytt", "4.6.1"))
    b.decoy("front page feed with durations")
    rows = [{"serie": s, "episode": e, "varighet": ctx.rng.randint(900, 4000)} for s, e in EPISODES]
    b.ok_json({"seksjoner": [{"tittel": "Populært", "innhold": rows}]})
    return b.build()
