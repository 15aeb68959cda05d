"""Берийн мультфильмаш (Beriyn Multfilmash): the children's cartoon app on the
family tablet.

Its API was written by a Grozny studio with romanised Chechen key names: a
watch event is `khyazhar` with the cartoon (`multfilm`, `seriya`), seconds
watched (`khyazhina_sek`) and length (`yokhalla_sek`) for the child's
profile (`bera_profil`); the parents' "what did they watch" screen reads
`khyazhnarsh` back. AppsFlyer gets `af_content_view` with the cartoon and
seconds in `eventValue` (a JSON string); MyTracker gets a custom event with the
same in `params`. A compact heartbeat sends `{"e":[[id, ep, s]]}`. Device
registration sends `girsan_id` (ANDROID_ID). Cartoon listings, thumbnails,
the parental-lock PIN check and the child's self-chosen avatar are ordinary.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import fake_jpeg, fake_mp4

from . import sdks
from .phone import FB, iso, ms, ua

API = "https://api.beriyn-mult.example"
CDN = "https://media.beriyn-mult.example"
UA = ua("BeriynMult", "3.0.4", "tab")
CARTOONS = [
    (701, "Маша и Медведь"),
    (702, "Смешарики"),
    (703, "Фиксики"),
    (704, "Барбоскины"),
    (705, "Нохчийн туьйранаш"),
    (706, "Три кота"),
]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "beriynmult", method, url)
    b.header("user-agent", UA)
    b.header("x-session", new_hex(c.rng, 24))
    return b


def register(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/girs")
    b.json(
        {
            "girsan_id": b.id("aid_mult", where="json girsan_id"),
            "reklaman_id": b.id("gaid_tab", where="json reklaman_id"),
            "planshet": True,
            "mott": "ce",
        }
    )
    b.ok_json({"ok": True, "bera_profil": c.phone.mult_profile})
    return b.build()


def watch(c: Context) -> Flow:
    cid, title = c.rng.choice(CARTOONS)
    length = c.rng.randint(300, 780)
    b = _b(c, "POST", f"{API}/api/khyazhar")
    b.view("json khyazhar{multfilm, seriya, khyazhina_sek, yokhalla_sek} of a child profile")
    b.json(
        {
            "bera_profil": c.phone.mult_profile,
            "khyazhar": {
                "multfilm_id": cid,
                "multfilm": title,
                "seriya": c.rng.randint(1, 80),
                "khyazhina_sek": c.rng.randint(20, length),
                "yokhalla_sek": length,
                "khan": iso(c),
            },
        }
    )
    b.no_content()
    return b.build()


def parent_history(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/da-nana/khyazhnarsh?bera={c.phone.mult_profile}")
    b.view("response json khyazhnarsh[] (child's watch list with minutes)", direction="response")
    b.ok_json(
        {
            "khyazhnarsh": [
                {"multfilm": t, "seriya": c.rng.randint(1, 60), "minot": c.rng.randint(3, 40)}
                for _, t in c.rng.sample(CARTOONS, 4)
            ],
            "de": iso(c)[:10],
        }
    )
    return b.build()


def heartbeat_opaque(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/h")
    b.view("json e rows [cartoon, episode, seconds]", detectable=False)
    b.json({"e": [[c.rng.choice(CARTOONS)[0], c.rng.randint(1, 80), c.rng.randint(5, 60)]]})
    b.no_content()
    return b.build()


def af_content_view(c: Context) -> Flow:
    cid, title = c.rng.choice(CARTOONS)
    value = {
        "af_content_id": str(cid),
        "af_content_type": "cartoon",
        "af_content": title,
        "watch_seconds": c.rng.randint(30, 700),
    }
    f = sdks.appsflyer(c, "mult", "af_content_view", value)
    return _with_view(f, "json eventValue (JSON string) af_content_view + watch_seconds")


def mt_watch(c: Context) -> Flow:
    _cid, title = c.rng.choice(CARTOONS)
    ev = {
        "type": "custom",
        "name": "cartoon_watched",
        "ts": int(c.now),
        "params": {
            "cartoon": title,
            "episode": str(c.rng.randint(1, 60)),
            "seconds": str(c.rng.randint(30, 700)),
        },
    }
    f = sdks.mytracker(c, "mult", ev)
    return _with_view(f, "json events[].params cartoon_watched {cartoon, episode, seconds}")


def _with_view(f: Flow, where: str) -> Flow:
    from tests.heldout.flowmodel import Carrier

    f.carriers.append(Carrier("viewing_history", "viewing", where, "structure", True, False))
    return f


def af_launch(c: Context) -> Flow:
    return sdks.appsflyer(c, "mult")


def mt_session(c: Context) -> Flow:
    return sdks.mytracker(c, "mult")


def mt_flush(c: Context) -> Flow:
    return sdks.mytracker_opaque(c, "mult")


def listing(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/multfilmash?age=4")
    b.decoy("cartoon listing (catalogue)")
    b.ok_json(
        {"multfilmash": [{"id": i, "tsie": t, "suret": f"{CDN}/t/{i}.jpg"} for i, t in CARTOONS]}
    )
    return b.build()


def thumb(c: Context) -> Flow:
    cid, _ = c.rng.choice(CARTOONS)
    b = FB(c, "beriynmult-cdn", "GET", f"{CDN}/t/{cid}.jpg")
    b.header("user-agent", UA)
    b.decoy("cartoon thumbnail fetch")
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 300))
    return b.build()


def video(c: Context) -> Flow:
    cid, _ = c.rng.choice(CARTOONS)
    b = FB(c, "beriynmult-cdn", "GET", f"{CDN}/v/{cid}/{c.rng.randint(1, 80)}/480.mp4")
    b.header("user-agent", "ExoPlayerLib/2.19.1")
    b.header("range", f"bytes={c.rng.randint(0, 9) * 1048576}-")
    b.decoy("video file fetch (range request)")
    b.respond(206, "video/mp4", fake_mp4(c.rng.randint(0, 10**9), 800))
    return b.build()


def pin_check(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/da-nana/pin")
    b.decoy("parental PIN attempt and timestamp")
    b.json({"pin_hash": new_hex(c.rng, 64), "t": ms(c)})
    b.ok_json({"nisa": True})
    return b.build()


def avatar_pick(c: Context) -> Flow:
    b = _b(c, "PUT", f"{API}/api/bera/avatar")
    b.decoy("child picks a cartoon avatar (no face)")
    b.json({"bera_profil": c.phone.mult_profile, "avatar": c.rng.choice(["kot", "lom", "borz"])})
    b.ok_json({"ok": True})
    return b.build()
