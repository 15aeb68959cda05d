"""Sauti ya Imani: Christian sermons and Islamic lectures (durus, Qur'an
recitation) as audio, on the Tecno.

Listening progress goes to the app's backend in Swahili keys: a sermon's
`alipofikia_sec` (where the listener got to), a dars's
`dakika_zilizosikilizwa`, a recitation's `qari` / `sura` with `imesikilizwa`.
A lightweight pixel for the lock-screen player packs "item|position|length"
into base64 under `e` (nothing readable). The Bible reading plan and the
Qur'an reading tracker (`mpango_wa_kusoma`, `aya` read) are reading, not
listening; prayer times by coordinates, sadaka by M-Pesa STK push and a
church's own playout log of what its radio stream aired are not viewing
history either.
"""

from __future__ import annotations

import base64

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex

from .phone import FB, iso, ksh, ms, rf, rid, ua_tecno

API = "https://api.sautiyaimani.example"
MEDIA = "https://media.sautiyaimani.example"
UA = ua_tecno("SautiYaImani", "3.1.4")
SERMONS = [
    ("hb_2031", "Askofu Muheria", "Neema Isiyo na Kipimo"),
    ("hb_2250", "Rev. Kathy Kiuna", "Moto wa Maombi"),
    ("hb_1984", "Pastor Ng'ang'a", "Imani Katika Dhoruba"),
    ("hb_2402", "Mchungaji Otieno", "Baraka za Utoaji"),
]
DURUS = [
    ("dr_118", "Sheikh Khamis", "Tafsiri ya Surat Yasin"),
    ("dr_204", "Ustadh Abubakar", "Fiqhi ya Swala"),
    ("dr_311", "Sheikh Nassor", "Sira ya Mtume"),
]
QARIS = ["Mishary Alafasy", "Abdul Basit", "Sudais"]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "sautiyaimani", method, url)
    b.header("user-agent", UA)
    b.header("x-sy-install", b.id("sauti_install", where="header x-sy-install"))
    return b


def install(c: Context) -> Flow:
    b = FB(c, "sautiyaimani", "POST", f"{API}/v1/usajili/kifaa")
    b.header("user-agent", UA)
    b.json(
        {
            "install_id": b.id("sauti_install", where="json install_id"),
            "android_id": b.id("aid_sauti", where="json android_id"),
            "lugha": "sw",
            "dini": c.rng.choice(["kikristo", "kiislamu", "zote"]),
        }
    )
    b.ok_json({"mtumiaji": b.acct("sauti_user")})
    return b.build()


def sermon_progress(c: Context) -> Flow:
    hid, preacher, title = c.rng.choice(SERMONS)
    length = c.rng.randint(1800, 5400)
    b = _b(c, "PUT", f"{API}/v1/mahubiri/{hid}/maendeleo")
    b.view("json hubiri_id + alipofikia_sec")
    b.json(
        {
            "hubiri_id": hid,
            "mhubiri": preacher,
            "kichwa": title,
            "alipofikia_sec": c.rng.randint(60, length),
            "urefu_sec": length,
            "imesasishwa": iso(c),
        }
    )
    b.no_content()
    return b.build()


def dars_listen(c: Context) -> Flow:
    did, sheikh, title = c.rng.choice(DURUS)
    b = _b(c, "POST", f"{API}/v1/durus/sikiliza")
    b.view("json darsa_id + dakika_zilizosikilizwa")
    b.json(
        {
            "darsa_id": did,
            "sheikh": sheikh,
            "mada": title,
            "dakika_zilizosikilizwa": c.rng.randint(3, 75),
            "imekamilika": c.rng.random() < 0.3,
            "saa": iso(c),
        }
    )
    b.no_content()
    return b.build()


def recitation(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/quran/kisomo/sikiliza")
    b.view("json qari + sura + imesikilizwa + muda_sec (listened recitation)")
    b.json(
        {
            "qari": c.rng.choice(QARIS),
            "sura": c.rng.randint(1, 114),
            "imesikilizwa": True,
            "muda_sec": c.rng.randint(60, 1500),
            "saa": iso(c),
        }
    )
    b.no_content()
    return b.build()


def lockscreen_pixel(c: Context) -> Flow:
    hid = c.rng.choice(SERMONS)[0]
    packed = f"{hid}|{c.rng.randint(30, 4000)}|{c.rng.randint(1800, 5400)}"
    b = _b(c, "GET", f"{API}/p.gif")
    b.view("query e (base64 item|position|length)", detectable=False)
    b.param("e", base64.b64encode(packed.encode()).decode())
    b.param("r", str(c.rng.randint(10**6, 10**7)))
    b.respond(200, "image/gif", b"GIF89a\x01\x00\x01\x00\x00\x00\x00;")
    return b.build()


def reading_plan(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/biblia/mpango_wa_kusoma/maendeleo")
    b.decoy("Bible reading plan progress (reading, not listening)")
    b.json(
        {
            "mpango": "Injili kwa Siku 40",
            "siku": c.rng.randint(1, 40),
            "kitabu": c.rng.choice(["Yohana", "Mathayo", "Zaburi"]),
            "sura": c.rng.randint(1, 28),
            "mstari": c.rng.randint(1, 40),
            "asilimia": c.rng.randint(1, 100),
        }
    )
    b.no_content()
    return b.build()


def quran_reading(c: Context) -> Flow:
    b = _b(c, "PUT", f"{API}/v1/quran/kusoma/alipofikia")
    b.decoy("Qur'an reading tracker: last aya read (reading, not listening)")
    b.json(
        {"sura": c.rng.randint(1, 114), "aya": c.rng.randint(1, 200), "juzuu": c.rng.randint(1, 30)}
    )
    b.no_content()
    return b.build()


def prayer_times(c: Context) -> Flow:
    lat, lon = c.rng.choice([(-4.05, 39.67), (-1.29, 36.82), (-0.09, 34.77)])
    b = FB(c, "sautiyaimani", "GET", f"{API}/v1/nyakati?lat={lat}&lon={lon}&method=3")
    b.header("user-agent", UA)
    b.decoy("prayer times for coordinates")
    b.ok_json(
        {
            "alfajiri": "04:52",
            "adhuhuri": "12:31",
            "alasiri": "15:44",
            "magharibi": "18:37",
            "isha": "19:46",
            "mahali": [lat, lon],
        }
    )
    return b.build()


def sadaka(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/sadaka/mpesa/stk")
    b.decoy("M-Pesa STK push for an offering: paybill and phone number (an account)")
    b.json(
        {
            "kiasi": ksh(c.rng, 100, 2000),
            "paybill": "247247",
            "akaunti": "SADAKA-" + str(c.rng.randint(100, 999)),
            "simu": b.acct("msisdn"),
            "ombi": rid(c.rng),
        }
    )
    b.ok_json({"CheckoutRequestID": "ws_CO_" + str(ms(c)) + new_hex(c.rng, 6), "ResponseCode": "0"})
    return b.build()


def church_playout(c: Context) -> Flow:
    """The church's radio stream playout log, sent from the media volunteer's app."""
    b = _b(c, "POST", f"{API}/v1/kanisa/redio/playout")
    b.decoy("a church station's playout log (what its stream aired), not a person's listening")
    b.json(
        {
            "kituo": "Sauti ya Kanisa FM stream",
            "orodha": [
                {"hubiri_id": hid, "ilirushwa": iso(c), "urefu_sec": c.rng.randint(1200, 3600)}
                for hid, _, _ in SERMONS[:3]
            ],
        }
    )
    b.no_content()
    return b.build()


def audio_range(c: Context) -> Flow:
    hid = c.rng.choice(SERMONS + DURUS)[0]
    b = FB(c, "sautiyaimani", "GET", f"{MEDIA}/a/{hid}.mp3")
    b.header("user-agent", "ExoPlayerLib/2.19.1")
    b.header("range", f"bytes={c.rng.randint(0, 40) * 131072}-")
    b.respond(206, "audio/mpeg", b"ID3\x04" + bytes(c.rng.getrandbits(8) for _ in range(300)))
    return b.build()


def catalogue(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/katalogi?aina={c.rng.choice(['mahubiri', 'durus'])}&ukurasa=1")
    b.decoy("catalogue with sikilizwa_mara (listen counts over all users)")
    b.ok_json(
        {
            "vipengele": [
                {
                    "id": i,
                    "mhubiri": p,
                    "kichwa": t,
                    "sikilizwa_mara": c.rng.randint(100, 90000),
                    "urefu_sec": c.rng.randint(1200, 5000),
                    "nyota": rf(c.rng, 3.5, 5, 1),
                }
                for i, p, t in SERMONS + DURUS
            ]
        }
    )
    return b.build()
