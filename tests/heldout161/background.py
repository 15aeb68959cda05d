"""Ordinary traffic between the apps: connectivity checks, Athens / Limassol weather,
map tiles, a news site's article about face recognition, crash envelopes with trace
ids, a courier's parcel tracking, a fitness game's camera angles, a school's shared
tablet check-in. None of it is biometric data, viewing history or the family's
device identifiers."""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import fake_jpeg, js

from .phone import FB, iso, ms, rf, rid


def _b(c: Context, sdk: str, method: str, url: str) -> FB:
    b = FB(c, sdk, method, url)
    b.header("user-agent", "okhttp/4.12.0")
    return b


def generate_204(c: Context) -> Flow:
    b = FB(
        c,
        "android",
        "GET",
        "https://connectivitycheck.gstatic.com/generate_204",
        http_version="HTTP/1.1",
    )
    b.no_content()
    return b.build()


def weather(c: Context) -> Flow:
    lat, lon = c.rng.choice([(37.98, 23.73), (40.64, 22.94), (34.68, 33.04)])
    b = _b(
        c,
        "weather",
        "GET",
        f"https://api.open-meteo.com/v1/forecast?latitude={lat}&longitude={lon}&hourly=temperature_2m",
    )
    b.decoy("coordinates and a temperature series")
    b.ok_json(
        {
            "latitude": lat,
            "longitude": lon,
            "hourly": {"temperature_2m": [rf(c.rng, 8, 34, 1) for _ in range(24)]},
        }
    )
    return b.build()


def map_tile(c: Context) -> Flow:
    z = c.rng.randint(11, 16)
    b = _b(
        c,
        "osm",
        "GET",
        f"https://tile.openstreetmap.org/{z}/{c.rng.randint(0, 2**z)}/{c.rng.randint(0, 2**z)}.png",
    )
    b.respond(
        200, "image/png", b"\x89PNG\r\n\x1a\n" + bytes(c.rng.getrandbits(8) for _ in range(300))
    )
    return b.build()


def news_article(c: Context) -> Flow:
    b = _b(
        c,
        "news",
        "GET",
        f"https://www.eidiseis-kyprou.example/api/arthra/{c.rng.randint(10**5, 10**6)}",
    )
    b.decoy("news article about face recognition at airports (text about faces)")
    b.ok_json(
        {
            "titlos": "Αναγνώριση προσώπου στο αεροδρόμιο Λάρνακας",
            "keimeno": "Το σύστημα face recognition...",
            "dimosieusi": iso(c),
        }
    )
    return b.build()


def sentry(c: Context) -> Flow:
    b = _b(c, "sentry", "POST", "https://o190233.ingest.sentry.io/api/4420091/envelope/")
    b.decoy("crash envelope with event / trace ids")
    eid = new_hex(c.rng, 32)
    env = (
        "\n".join(
            [
                js({"event_id": eid, "sent_at": iso(c)}),
                js({"type": "event"}),
                js(
                    {
                        "event_id": eid,
                        "contexts": {"trace": {"trace_id": new_hex(c.rng, 32)}},
                        "exception": {"values": [{"type": "NullPointerException"}]},
                    }
                ),
            ]
        )
        + "\n"
    )
    b.set_body(env.encode(), "application/x-sentry-envelope")
    b.ok_json({"id": eid})
    return b.build()


def parcel(c: Context) -> Flow:
    b = _b(
        c,
        "courier",
        "GET",
        f"https://track.taxydromiki-example.gr/api/v1/apostoli/{c.rng.randint(10**9, 10**10)}",
    )
    b.decoy("parcel tracking number and scan points")
    b.ok_json({"simeia": [{"topos": "ΘΕΣΣΑΛΟΝΙΚΗ", "ora": iso(c)}, {"topos": "ΑΘΗΝΑ"}]})
    return b.build()


def game_camera(c: Context) -> Flow:
    b = _b(c, "game", "POST", "https://telemetry.example-games.com/v2/events")
    b.decoy("game camera yaw/pitch/roll (not a head pose)")
    b.json(
        {
            "event": "camera",
            "yaw": rf(c.rng, -180, 180, 2),
            "pitch": rf(c.rng, -90, 90, 2),
            "roll": rf(c.rng, -10, 10, 2),
            "session": rid(c.rng),
            "t": ms(c),
        }
    )
    b.no_content()
    return b.build()


def school_tablet(c: Context) -> Flow:
    b = _b(c, "school", "POST", "https://mdm.gymnasio-lemesou.example/api/checkin")
    b.decoy("the school's shared tablet serial and MAC (the school's equipment, not the family's)")
    b.json(
        {
            "serial": "SCH" + new_hex(c.rng, 8).upper(),
            "mac": ":".join(new_hex(c.rng, 2) for _ in range(6)),
            "classroom": "Β2",
        }
    )
    b.ok_json({"policy": "exam-mode"})
    return b.build()


def cdn_image(c: Context) -> Flow:
    b = _b(c, "cdn", "GET", f"https://images.example-cdn.net/{new_hex(c.rng, 32)}/w480.jpg")
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 400))
    return b.build()


def remote_config(c: Context) -> Flow:
    b = _b(
        c,
        "firebase",
        "POST",
        "https://firebaseremoteconfig.googleapis.com/v1/projects/kanali/namespaces/firebase:fetch",
    )
    b.decoy("remote config with experiment ids")
    b.json({"appId": "1:44102:android:9af1", "languageCode": "el-GR", "countryCode": "GR"})
    b.ok_json(
        {"entries": {"show_euro_banner": "true", "player_buffer_ms": "2500"}, "state": "UPDATE"}
    )
    return b.build()


def fonts(c: Context) -> Flow:
    b = _b(
        c,
        "gfonts",
        "GET",
        "https://fonts.gstatic.com/s/notosans/v36/o-0IIpQlx3QUlC5A4PNr5TRA.woff2",
    )
    b.respond(200, "font/woff2", b"wOF2" + bytes(c.rng.getrandbits(8) for _ in range(200)))
    return b.build()


BENIGN: list[Callable[[Context], Flow]] = [
    generate_204,
    weather,
    map_tile,
    news_article,
    sentry,
    parcel,
    game_camera,
    school_tablet,
    cdn_image,
    remote_config,
    fonts,
    weather,
    cdn_image,
]
