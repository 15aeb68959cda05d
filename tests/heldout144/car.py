"""Gil-dongmu: the family car's infotainment cloud (head unit with the car's own
serial). Its media sync reports what was played in the car (radio and music
listening: history); trip logs with GPS points are ordinary coordinates."""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow

from .phone import builder, kst, ms, rf

API = "https://ccs.gildongmu-auto.example"
UA = "GildongmuHU/5.2 (ccNC; Linux 5.10)"


def media_sync(c: Context) -> Flow:
    b = builder(c, "gildongmu-hu", "POST", f"{API}/v1/media/jaesaeng-ireok", UA)
    b.view("json jaesaengIreok[] (radio/music played in the car, seconds)")
    b.json(
        {
            "huSerial": b.id("car_hu_serial", where="json huSerial (head-unit serial)"),
            "jaesaengIreok": [
                {
                    "source": c.rng.choice(["FM", "BT", "SoriMusic"]),
                    "title": c.rng.choice(["MBC FM4U", "Supernova", "밤양갱"]),
                    "sec": c.rng.randint(60, 2400),
                    "at": kst(c),
                }
                for _ in range(3)
            ],
        }
    )
    b.no_content()
    return b.build()


def trip_log(c: Context) -> Flow:
    b = builder(c, "gildongmu-hu", "POST", f"{API}/v1/trip", UA)
    b.decoy("GPS trip points Seoul-Busan (coordinates, not a face)")
    b.json({"points": [[rf(c.rng, 35.1, 37.6), rf(c.rng, 126.9, 129.1), ms(c)] for _ in range(20)]})
    b.no_content()
    return b.build()


def hu_heartbeat(c: Context) -> Flow:
    b = builder(c, "gildongmu-hu", "GET", f"{API}/v1/hb", UA)
    b.param(
        "s", b.id("car_hu_serial", "md5", "query s (md5 of head-unit serial)", detectable=False)
    )
    b.ok_json({"ota": False})
    return b.build()
