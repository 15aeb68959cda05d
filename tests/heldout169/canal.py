"""Canal 48 Houston: a US broadcaster's news and shows app (English and Spanish) on
the iPhone, with the measurement SDKs US broadcasters are contracted to carry.

Nielsen DCR pings (`secure-dcr.imrworldwide.com/cgi-bin/gn`, `assetid`, `tl`
title, `c3=st,c`, `c9=devid,` a hashed ad id), comScore streaming tags
(`ns_st_ev=hb|play|pause`, `ns_st_ci`, `ns_st_pt`, `ns_st_pr`, `ns_ak` the
advertising id, `c12` comScore's cross-publisher id as a hash of the IDFV) and
Google IMA DAI stream requests (`rdid`, `idtype=idfa`, `is_lat`) follow each
vendor's public tag documentation. A DAI stream request is an ad/stream fetch,
not viewing history; the news feed, weather radar and the schedule are ordinary.
"""

from __future__ import annotations

from urllib.parse import quote

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_digits, new_hex

from .phone import FB, cfnet, ios_ua, iso, ms, rf, rid

API = "https://api.canal48houston.example"
UA = ios_ua("Canal48", "4.3.0")
SHOWS = [
    ("c48_noticias_6pm", "Noticias 48 a las 6"),
    ("c48_despierta", "Despierta Houston"),
    ("c48_texans_post", "Texans Postgame Live"),
    ("c48_cocina", "La Cocina de Doña Mary"),
]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "canal48", method, url)
    b.header("user-agent", UA)
    return b


def nielsen_dcr(c: Context) -> Flow:
    asset, title = c.rng.choice(SHOWS)
    b = FB(c, "nielsen", "GET", "https://secure-dcr.imrworldwide.com/cgi-bin/gn")
    b.header("user-agent", cfnet("Canal48", "4300"))
    b.view("query assetid + tl (title) + c3=st,c content ping with playhead")
    b.params.extend(
        [
            ("prd", "dcr"),
            ("ci", "us-204455"),
            ("ch", "us-204455_c01_P"),
            ("asn", "canal48"),
            ("tl", "dav0-" + title),
            ("assetid", f"{asset}_{new_digits(c.rng, 6)}"),
            ("c3", "st,c"),
            ("c6", "vc,c01"),
            ("c9", "devid," + b.id("idfa", "sha256", "query c9=devid, (sha256 of IDFA)")),
            ("c27", f"cln,{c.rng.randint(600, 3600)}"),
            ("c62", f"sendTime,{int(c.now)}"),
            ("plh", str(c.rng.randint(5, 3500))),
            ("uoo", ""),
            ("rnd", str(c.rng.randint(10**9, 10**10))),
        ]
    )
    b.respond(200, "image/gif", b"GIF89a\x01\x00\x01\x00\x00\x00\x00;")
    return b.build()


def comscore(c: Context, ev: str = "hb") -> Flow:
    asset, title = c.rng.choice(SHOWS)
    b = FB(c, "comscore", "GET", "https://sb.scorecardresearch.com/p2")
    b.header("user-agent", cfnet("Canal48", "4300"))
    # ns_st_* are cryptic, but the programme and episode names and the playing-time
    # event of a stream make the structure say "this person is watching X".
    b.view("query ns_st_ev + ns_st_ci/ns_st_pr/ns_st_ep + ns_st_pt (streaming tag)")
    b.params.extend(
        [
            ("c1", "19"),
            ("c2", "6035083"),
            ("ns_ap_an", "Canal48"),
            ("ns_ap_pn", "ios"),
            (
                "ns_ak",
                b.id("idfa", where="query ns_ak (comScore advertising key)", detectable=False),
            ),
            ("c12", b.id("idfv_canal", "md5", "query c12 (md5 of IDFV)", detectable=False)),
            ("ns_ts", str(ms(c))),
            ("ns_st_ev", ev),
            ("ns_st_ci", asset),
            ("ns_st_pr", title),
            ("ns_st_ep", f"{title} {iso(c)[:10]}"),
            ("ns_st_pt", str(c.rng.randint(1000, 3000000))),
            ("ns_st_po", str(c.rng.randint(1000, 3000000))),
            ("ns_st_cl", str(c.rng.randint(600000, 3600000))),
            ("ns_st_ty", "video"),
        ]
    )
    b.respond(204, None)
    return b.build()


def ima_dai_stream(c: Context) -> Flow:
    asset, _ = c.rng.choice(SHOWS)
    cms = "2548831"
    b = FB(
        c,
        "google-ima",
        "POST",
        f"https://dai.google.com/ondemand/hls/content/{cms}/vid/{asset}/streams",
    )
    b.header("user-agent", cfnet("Canal48", "4300"))
    b.decoy("DAI stream request: a stream/ad fetch, not a report of watching")
    b.form(
        [
            ("rdid", b.id("idfa", where="form rdid (IMA resettable device id)")),
            ("idtype", "idfa"),
            ("is_lat", "0"),
            ("an", "com.canal48.houston"),
            ("msid", "com.canal48.houston"),
            ("cust_params", quote(f"show={asset}&lang=es&dma=618")),
            ("sdkv", "h.3.630.0/n.ios.3.21.0"),
            ("correlator", new_digits(c.rng, 16)),
        ]
    )
    b.ok_json(
        {
            "stream_id": rid(c.rng),
            "stream_manifest": f"https://dai.google.com/ondemand/hls/stream/{rid(c.rng)}/master.m3u8",
            "media_verification_url": "https://dai.google.com/view/p/service/ios/",
        }
    )
    return b.build()


def news_feed(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/noticias?seccion=local&lang=es")
    b.decoy("article ids and publish timestamps (news list, not watching)")
    b.ok_json(
        {
            "articulos": [
                {
                    "id": new_digits(c.rng, 8),
                    "titular": t,
                    "publicado": iso(c),
                    "video": {"duracion": c.rng.randint(40, 240)},
                }
                for t in (
                    "Alerta de inundaciones en el sureste de Houston",
                    "Precio de la gasolina baja en Texas",
                    "Texans firman a nuevo receptor",
                )
            ]
        }
    )
    return b.build()


def weather_radar(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/clima/radar?lat=29.76&lon=-95.37&frames=12")
    b.decoy("radar frame times and coordinates")
    b.ok_json(
        {
            "frames": [{"t": int(c.now) - 300 * i, "tile": new_hex(c.rng, 16)} for i in range(12)],
            "bbox": [rf(c.rng, 29, 30, 3), rf(c.rng, -96, -95, 3), 30.2, -94.9],
        }
    )
    return b.build()


def schedule(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/programacion?fecha={iso(c)[:10]}")
    b.decoy("broadcast schedule with start times (EPG, not a viewing log)")
    b.ok_json({"programas": [{"id": a, "titulo": t, "inicio": iso(c)} for a, t in SHOWS]})
    return b.build()
