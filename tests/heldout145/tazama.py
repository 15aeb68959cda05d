"""Tazama Plus: a Kenyan pay-TV operator's streaming app (football, telenovelas).

The in-house Nairobi team writes Swahili keys: a player heartbeat reports the
programme with `muda_wa_kutazama` (time watched) and `nafasi` (position) and
the device as `kifaa`; the `historia` and `endelea_kutazama` answers list what
the family watched. The app also links the family's own decoder (bought, so
its serial is the household's). An older player batches rows into a gzip +
base64 blob under `d`. The programme guide (`ratiba`), rails and manifests are
content fetches, not history.
"""

from __future__ import annotations

import zlib

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import b64, js

from .phone import FB, iso, ms, rid, ua

API = "https://api.tazamaplus.example"
UA = ua("TazamaPlus", "6.4.2")
SHOWS = ["Mali S3 E14", "Kina E212", "Pete wa Moyo E88", "Nairobi Half Life", "Shamba Shape Up"]
MATCHES = ["Gor Mahia v AFC Leopards", "Arsenal v Chelsea", "Harambee Stars v Uganda"]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "tazamaplus", method, url)
    b.header("user-agent", UA)
    b.header("x-mteja", b.acct("tazama_user"))  # the subscriber account, not the device
    return b


def mapigo(c: Context) -> Flow:
    """The player's heartbeat (mapigo ya moyo): what is playing and how long."""
    b = _b(c, "POST", f"{API}/player/v2/mapigo")
    b.view("json kipindi + muda_wa_kutazama + nafasi")
    total = c.rng.randint(1500, 5400)
    b.json(
        {
            "kifaa": b.id("aid_tazama", where="json kifaa"),
            "kipindi": {
                "kitambulisho": f"prg_{c.rng.randint(10**5, 10**6)}",
                "jina": c.rng.choice(SHOWS + MATCHES),
            },
            "tukio": c.rng.choice(["cheza", "simamisha", "endelea", "mapigo"]),
            "nafasi": c.rng.randint(10, total),
            "muda_wa_kutazama": c.rng.randint(30, 900),
            "urefu": total,
            "wakati": iso(c),
        }
    )
    b.no_content()
    return b.build()


def historia(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/mtumiaji/historia?ukurasa=1")
    b.view("response json historia[].imetazamwa", direction="response")
    b.ok_json(
        {
            "historia": [
                {
                    "jina": c.rng.choice(SHOWS + MATCHES),
                    "imetazamwa": iso(c),
                    "asilimia": c.rng.randint(5, 100),
                }
                for _ in range(4)
            ]
        }
    )
    return b.build()


def endelea_kutazama(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/nyumbani/endelea-kutazama")
    b.view("response json safu[].nafasi_ya_mwisho", direction="response")
    b.ok_json(
        {
            "safu": [
                {"jina": s, "nafasi_ya_mwisho": c.rng.randint(60, 2400), "picha": f"/p/{i}.jpg"}
                for i, s in enumerate(c.rng.sample(SHOWS, 3))
            ]
        }
    )
    return b.build()


def beacon_blob(c: Context) -> Flow:
    """Older player build: rows [programme, seconds, ts] deflated and base64'd under `d`."""
    b = _b(c, "POST", f"{API}/b/v1")
    b.view("form d (deflate+base64 rows)", detectable=False)
    rows = [[c.rng.randint(10**5, 10**6), c.rng.randint(30, 900), ms(c)] for _ in range(3)]
    b.form([("d", b64(zlib.compress(js(rows).encode()))), ("v", "3")])
    b.no_content()
    return b.build()


def link_decoder(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/dekoda/unganisha")
    b.json(
        {
            "nambari_ya_dekoda": b.id("decoder_serial", where="json nambari_ya_dekoda"),
            "chip": b.id("decoder_chip", where="json chip"),
            "akaunti": b.acct("smartcard_account"),
            "kifaa": b.id("aid_tazama", where="json kifaa"),
        }
    )
    b.ok_json({"hali": "imeunganishwa", "ombi": rid(c.rng)})
    return b.build()


def ratiba(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/ratiba?chaneli={c.rng.randint(100, 300)}&siku=leo")
    b.decoy("programme guide (ratiba) with start times and durations: a content fetch")
    b.ok_json(
        {
            "vipindi": [
                {"jina": s, "kuanza": iso(c), "dakika": c.rng.choice([30, 60, 90])} for s in SHOWS
            ]
        }
    )
    return b.build()


def rails(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/nyumbani/safu?lugha=sw")
    b.decoy("catalogue rails incl. 'Vinavyotazamwa zaidi' (most watched, all viewers)")
    b.ok_json(
        {
            "safu": [
                {
                    "kichwa": "Vinavyotazamwa zaidi Kenya",
                    "vipindi": SHOWS[:3],
                    "watazamaji": c.rng.randint(10**4, 10**6),
                },
                {"kichwa": "Soka Live", "vipindi": MATCHES},
            ]
        }
    )
    return b.build()


def manifest(c: Context) -> Flow:
    b = FB(
        c,
        "tazamaplus",
        "GET",
        f"https://cdn.tazamaplus.example/hls/prg_{c.rng.randint(10**5, 10**6)}/index.m3u8",
    )
    b.header("user-agent", "ExoPlayerLib/2.18.7")
    text = "#EXTM3U\n#EXT-X-STREAM-INF:BANDWIDTH=1800000,RESOLUTION=960x540\n540p.m3u8\n"
    b.respond(200, "application/vnd.apple.mpegurl", text.encode())
    return b.build()
