"""Lydspor: a Norwegian music / podcast / audiobook app (phone, projected to the
car). In-house backend api.lydspor.no with Norwegian and English key names, a
protobuf listen log for the car client, Amplitude and Braze embedded (sdks.py),
Adjust for attribution.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import fake_jpeg, gz, pb_bytes, pb_msg, pb_varint

from . import sdks
from .phone import FB, iso, ms, rid, ua

API = "https://api.lydspor.no"
TRACKS = [
    ("sp-88121", "Kygo – Firestone"),
    ("sp-11872", "Aurora – Runaway"),
    ("sp-40233", "a-ha – Take On Me"),
    ("sp-90817", "Sigrid – Strangers"),
]
PODS = [
    ("ep-5521", "Harde fakta", 2710),
    ("ep-6610", "Lørdagsrådet", 3300),
    ("ep-7781", "Verdiboka", 1980),
]
BOOKS = [("lb-201", "Sult – Knut Hamsun", 14), ("lb-333", "Doppler – Erlend Loe", 9)]


def _b(c: Context, method: str, path: str, params: list | None = None) -> FB:
    b = FB(c, "lydspor", method, API + path, params)
    b.header("user-agent", ua("Lydspor", "8.4.1"))
    b.header("x-lydspor-bruker", c.phone.pod_user)
    return b


def listen_log(c: Context) -> Flow:
    b = _b(c, "POST", "/v2/lytting/logg")
    spor = [
        {
            "sporId": t,
            "tittel": n,
            "startet": iso(c),
            "lyttet_tid": c.rng.randint(20, 240),
            "hoppetOver": c.rng.random() < 0.2,
            "kilde": "bil",
        }
        for t, n in c.rng.sample(TRACKS, 3)
    ]
    b.json({"enhet": "bil", "spor": spor}, encoding="gzip")
    b.view("json:spor[].lyttet_tid")
    b.no_content()
    return b.build()


def podcast_progress(c: Context) -> Flow:
    ep, show, dur = c.rng.choice(PODS)
    b = _b(c, "PATCH", f"/v2/podkast/episoder/{ep}/posisjon")
    b.json(
        {
            "posisjon_sek": c.rng.randint(10, dur),
            "lengde_sek": dur,
            "program": show,
            "ferdig": False,
            "oppdatert": iso(c),
        }
    )
    b.view("json:posisjon_sek (episode in path)")
    b.no_content()
    return b.build()


def audiobook_progress(c: Context) -> Flow:
    book, title, chapters = c.rng.choice(BOOKS)
    b = _b(c, "POST", "/v2/lydbok/fremdrift")
    b.json(
        {
            "lydbokId": book,
            "tittel": title,
            "kapittel": c.rng.randint(1, chapters),
            "posisjon_ms": c.rng.randint(1000, 2_000_000),
            "lyttehastighet": 1.25,
            "tidspunkt": ms(c),
        }
    )
    b.view("json:lydbokId/posisjon_ms")
    b.no_content()
    return b.build()


def car_listen_pb(c: Context) -> Flow:
    """The car client's protobuf listen log (field numbers only, track ids as strings)."""
    b = FB(c, "lydspor", "POST", "https://car.lydspor.no/ingest/v1/plays")
    b.header("user-agent", ua("LydsporAuto", "8.4.1", car=True))
    plays = [
        pb_msg(1, [pb_bytes(1, t), pb_varint(2, ms(c)), pb_varint(3, c.rng.randint(20, 240))])
        for t, _ in c.rng.sample(TRACKS, 2)
    ]
    b.set_body(b"".join(plays), "application/x-protobuf")
    b.view("protobuf:1.{1,2,3} play records", detectable=False)
    b.no_content()
    return b.build()


def device_register(c: Context) -> Flow:
    b = _b(c, "POST", "/v2/enheter")
    b.json(
        {
            "deviceId": b.id("aid_pod", where="json:deviceId"),
            "platform": "android",
            "pushToken": c.phone.push,
            "model": "Pixel 8",
            "osVersion": "14",
        }
    )
    b.ok_json({"registrert": True, "id": rid(c.rng)})
    return b.build()


def amplitude_listen(c: Context) -> Flow:
    ep, show, dur = c.rng.choice(PODS)
    return sdks.amplitude_events(
        c,
        [
            (
                "Episode Played",
                {
                    "episode_id": ep,
                    "show": show,
                    "seconds_listened": c.rng.randint(30, dur),
                    "source": "car",
                },
            )
        ],
        view=True,
    )


def amplitude_ui(c: Context) -> Flow:
    return sdks.amplitude_events(
        c, [("Tab Opened", {"tab": c.rng.choice(["hjem", "søk", "bibliotek"])})]
    )


def braze_finished(c: Context) -> Flow:
    book, title, _ = c.rng.choice(BOOKS)
    return sdks.braze_data(
        c,
        "audiobook_chapter_finished",
        {"book_id": book, "title": title, "chapter": c.rng.randint(1, 9)},
        view=True,
    )


def braze_ui(c: Context) -> Flow:
    return sdks.braze_data(c, "paywall_shown", {"plan": "familie", "price_nok": 219})


def cover_art(c: Context) -> Flow:
    b = FB(c, "lydspor", "GET", f"https://cdn.lydspor.no/cover/{c.rng.randint(100, 999)}/300.jpg")
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.randint(1, 10**6), 500))
    b.decoy("cover art fetch")
    return b.build()


def browse(c: Context) -> Flow:
    b = _b(c, "GET", "/v2/utforsk", [("kategori", c.rng.choice(["pop", "krim", "barn"]))])
    b.ok_json({"hyller": [{"id": t, "tittel": n} for t, n in TRACKS]})
    b.decoy("browse shelf with track ids")
    return b.build()


def charts(c: Context) -> Flow:
    b = _b(c, "GET", "/v2/topplister/norge")
    b.respond(
        200,
        "application/json",
        gz(
            b'{"liste":['
            + b",".join(
                b'{"plass":%d,"sporId":"%s","avspillinger":%d}'
                % (i + 1, t.encode(), c.rng.randint(10**4, 10**6))
                for i, (t, _) in enumerate(TRACKS)
            )
            + b"]}"
        ),
        encoding="gzip",
    )
    b.decoy("chart with play counts (public, not the user's)")
    return b.build()


def opaque_sync(c: Context) -> Flow:
    b = _b(c, "POST", "/v2/s")
    b.set_body(bytes(c.rng.getrandbits(8) for _ in range(220)), "application/octet-stream")
    b.view("body: encrypted sync blob", detectable=False)
    b.no_content()
    return b.build()
