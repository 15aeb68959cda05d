"""Kanal: a Kurdish TV channels' streaming app (Sorani UI, Latin-transliterated
API keys by an Erbil team), paired with the family's satellite receiver and the
smart TV's ACR relay. Channel list, EPG and HLS segments are ordinary fetches."""

from __future__ import annotations

import base64
import gzip

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import js

from .phone import KB, iso, ms, rid, ua

API = "https://api.kanal-kurd.example"
ACR = "https://acr.tv-maker.example"
UA = ua("KanalKurd", "3.8.1")
CHANNELS = ["Kurdistan24", "Rudaw", "Kurdsat", "NRT", "K24 Kids", "Waar TV", "Zagros"]
SHOWS = ["هەواڵی ئێوارە", "Şevên Dengbêjan", "Dramay Xanzad", "Rudaw Sport", "Mindalan"]


def _b(c: Context, method: str, url: str) -> KB:
    b = KB(c, "kanal", method, url)
    b.header("user-agent", UA)
    b.header("x-zman", "ckb")
    return b


def channels(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/kenalekan?zman=ckb")
    b.decoy("channel catalogue with logo urls and viewer counts (aggregate)")
    b.ok_json(
        {
            "kenalekan": [
                {
                    "nav": ch,
                    "logo": f"https://img.kanal-kurd.example/{i}.png",
                    "temaşevan_hemû": c.rng.randint(1000, 90000),
                }
                for i, ch in enumerate(CHANNELS)
            ]
        }
    )
    return b.build()


def epg(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/xshte?kanal={c.rng.randint(1, 7)}")
    b.decoy("programme guide (xishtey bername) with start times: a content fetch")
    b.ok_json({"bername": [{"nav": s, "dest_pêkirin": iso(c), "maweDeqe": 30} for s in SHOWS]})
    return b.build()


def hls_segment(c: Context) -> Flow:
    b = KB(
        c, "exo", "GET", f"https://live.kanal-kurd.example/k24/720p/seg{c.rng.randint(1, 99999)}.ts"
    )
    b.header("user-agent", "ExoPlayerLib/2.19.1")
    b.respond(200, "video/mp2t", bytes(c.rng.getrandbits(8) for _ in range(400)))
    return b.build()


def watch_heartbeat(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/temaşe/dil")
    b.view("json temaşe.{kanal,bername,kat_sanie} heartbeat (Kurmanji/Sorani Latin keys)")
    b.json(
        {
            "amûr": b.id("aid_kanal", where="json amûr (android id)"),
            "temaşe": {
                "kanal": c.rng.choice(CHANNELS),
                "bername": c.rng.choice(SHOWS),
                "kat_sanie": c.rng.randint(10, 3600),
                "rewş": c.rng.choice(["play", "rawestan", "dest_pê"]),
                "dem": ms(c),
            },
        }
    )
    b.no_content()
    return b.build()


def continue_watching(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/berdewambe")
    b.view("response json berdewambûn[] (continue watching, position)", direction="response")
    b.ok_json(
        {
            "berdewambûn": [
                {"bername": s, "şwên_sanie": c.rng.randint(60, 2400), "dwayin_car": iso(c)}
                for s in c.rng.sample(SHOWS, 3)
            ]
        }
    )
    return b.build()


def watch_opaque(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/t")
    b.view("form d = base64(gzip(json rows))", detectable=False)
    rows = [
        [c.rng.randint(1, 7), c.rng.randint(1000, 9999), c.rng.randint(5, 900)] for _ in range(3)
    ]
    blob = base64.b64encode(gzip.compress(js({"r": rows}).encode(), mtime=0)).decode()
    b.form([("d", blob), ("v", "3")])
    b.no_content()
    return b.build()


def receiver_pair(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/resiver/girêdan")
    b.json(
        {
            "resiver": {
                "serial": b.id("sat_serial", where="json resiver.serial (family's own receiver)"),
                "model": "Starsat SR-T2000 Extreme",
            },
            "android_id": b.id("aid_kanal", where="json android_id"),
            "pin": str(c.rng.randint(1000, 9999)),
        }
    )
    b.ok_json({"ok": True, "session": rid(c.rng)})
    return b.build()


def receiver_tuning(c: Context) -> Flow:
    """The receiver's own tuning log: channel changes with dwell times."""
    b = KB(c, "receiver", "POST", f"{API}/v1/resiver/log")
    b.header("user-agent", "STB-Linux/4.2 Starsat")
    b.view("json log[] {kanal, frequency, dest, maw} live-channel tuning log")
    b.json(
        {
            "sn": b.id("sat_serial", where="json sn"),
            "log": [
                {
                    "kanal": c.rng.choice(CHANNELS),
                    "frequency": c.rng.choice([11034, 11566, 12380]),
                    "dest": ms(c),
                    "maw": c.rng.randint(30, 4000),
                }
                for _ in range(c.rng.randint(2, 6))
            ],
        },
        "gzip",
    )
    b.no_content()
    return b.build()


def acr_report(c: Context) -> Flow:
    b = KB(c, "tv-acr", "POST", f"{ACR}/acr/v3/matches")
    b.header("user-agent", "SmartTV/6.0 (Linux; ACR)")
    b.view("json matches[] {channel, programme, startTs, durationSec} ACR")
    b.json(
        {
            "wifiMac": b.id("tv_mac", "lower", "json wifiMac (family TV)"),
            "matches": [
                {
                    "channel": c.rng.choice(CHANNELS),
                    "programme": c.rng.choice(SHOWS),
                    "startTs": ms(c),
                    "durationSec": c.rng.randint(60, 3000),
                }
                for _ in range(c.rng.randint(1, 3))
            ],
        }
    )
    b.no_content()
    return b.build()


def acr_opaque(c: Context) -> Flow:
    b = KB(c, "tv-acr", "POST", f"{ACR}/a")
    b.header("user-agent", "SmartTV/6.0 (Linux; ACR)")
    b.view("octet-stream fingerprint-match rows (no readable keys)", detectable=False)
    b.param("h", b.id("tv_mac", "md5_of_nosep", "query h (md5 of MAC)", detectable=False))
    data = b"".join(c.rng.randint(0, 2**32 - 1).to_bytes(4, "big") for _ in range(12))
    b.set_body(data, "application/octet-stream")
    b.no_content()
    return b.build()
