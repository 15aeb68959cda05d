"""Sinima Gida: Yoruba and Kannywood (Hausa) films, built by a Kano-Ibadan team.

The Yoruba side names its progress call in Yoruba (`ibi_ti_o_de` "where you
reached", `iseju_aaya` seconds), the Hausa side in Hausa (`tarihin_kallo` watch
history, `lokacin_kallo` watch time, `an_gama` finished). A compact resume beacon
sends [film, seconds, flag] rows under 'a'. A chart of the most-watched films
(`yawan_kallo`, views across all viewers), subtitles and posters are not
viewing history. The device call names the ANDROID_ID `lambar_naura` (Hausa:
"the device's number").
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex

from .phone import FB, iso, ms, rid, ua

API = "https://api.sinimagida.example"
UA = ua("SinimaGida", "2.3.0")
YORUBA = [
    ("yo_1182", "Ayinla", 6100),
    ("yo_1420", "Omo Ghetto", 5900),
    ("yo_1333", "Saworoide", 5400),
]
HAUSA = [
    ("ha_2071", "Labarina S5", 2700),
    ("ha_2155", "Izzar So", 2500),
    ("ha_1987", "Mansoor", 7000),
]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "sinimagida", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Token " + new_hex(c.rng, 40))
    return b


def register(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/naura/rijista")
    b.json(
        {
            "lambar_naura": b.id("aid_kanny", where="json lambar_naura (Hausa: device number)"),
            "samfuri": "TECNO CK6n",
            "harshe": c.rng.choice(["ha", "yo"]),
            "mai_amfani": b.acct("kanny_user"),
        }
    )
    b.ok_json({"an_yi": True})
    return b.build()


def yoruba_progress(c: Context) -> Flow:
    fid, title, dur = c.rng.choice(YORUBA)
    b = _b(c, "POST", f"{API}/api/fiimu/ilosiwaju")
    b.view("json ibi_ti_o_de_iseju_aaya (Yoruba: position in seconds)")
    b.json(
        {
            "fiimu_id": fid,
            "akole": title,
            "ibi_ti_o_de_iseju_aaya": c.rng.randint(20, dur),
            "gigun_iseju_aaya": dur,
            "akoko": iso(c),
        }
    )
    b.ok_json({"o_ti_gba": True})
    return b.build()


def hausa_history(c: Context) -> Flow:
    fid, title, dur = c.rng.choice(HAUSA)
    b = _b(c, "POST", f"{API}/api/kallo/tarihi")
    b.view("json tarihin_kallo[].lokacin_kallo (Hausa: watch history, watch time)")
    b.json(
        {
            "tarihin_kallo": [
                {
                    "fim_id": fid,
                    "suna": title,
                    "lokacin_kallo_dakika": c.rng.randint(60, dur),
                    "an_gama": c.rng.random() < 0.3,
                    "rana": iso(c),
                }
            ]
        }
    )
    b.ok_json({"an_ajiye": 1})
    return b.build()


def hausa_history_list(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/kallo/tarihi?shafi=1")
    b.view("response json tarihin_kallo[] (Hausa watch-history list)", direction="response")
    b.ok_json(
        {
            "tarihin_kallo": [
                {"fim_id": fid, "suna": t, "inda_aka_tsaya": c.rng.randint(60, d), "rana": iso(c)}
                for fid, t, d in HAUSA[:2]
            ]
        }
    )
    return b.build()


def resume_beacon(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/b")
    b.view("json a[] rows [film, seconds, flag]", detectable=False)
    fid, _, dur = c.rng.choice(YORUBA + HAUSA)
    b.json({"a": [[fid, c.rng.randint(10, dur), 0]], "t": ms(c)})
    b.no_content()
    return b.build()


def most_watched(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/fina-finai/shahararru")
    b.decoy("yawan_kallo: view counts over all viewers (aggregate chart)")
    b.ok_json(
        {
            "shahararru": [
                {"fim_id": fid, "suna": t, "yawan_kallo": c.rng.randint(5_000, 400_000)}
                for fid, t, _ in HAUSA + YORUBA
            ]
        }
    )
    return b.build()


def new_films(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/fiimu/titun?oju_ewe=1")
    b.decoy("catalogue listing with runtimes (Yoruba: new films)")
    b.ok_json({"fiimu": [{"fiimu_id": fid, "akole": t, "gigun": d} for fid, t, d in YORUBA]})
    return b.build()


def subtitles(c: Context) -> Flow:
    fid, _, _ = c.rng.choice(YORUBA)
    b = FB(c, "sinimagida", "GET", f"https://cdn.sinimagida.example/sub/{fid}/en.srt")
    b.header("user-agent", "ExoPlayerLib/2.19.1")
    b.decoy("subtitle timestamps (a file of the film, not a viewer's position)")
    srt = (
        "1\n00:00:01,000 --> 00:00:04,000\nMo ti de o!\n\n"
        "2\n00:00:05,000 --> 00:00:07,500\nE ku ise\n"
    )
    b.respond(200, "application/x-subrip", srt.encode())
    return b.build()


def poster(c: Context) -> Flow:
    fid, _, _ = c.rng.choice(HAUSA + YORUBA)
    b = FB(c, "sinimagida", "GET", f"https://cdn.sinimagida.example/hoto/{fid}/w342.webp")
    b.header("user-agent", UA)
    b.respond(200, "image/webp", b"RIFF\x00\x01\x00\x00WEBPVP8 " + bytes(range(60)))
    return b.build()


def report_error(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/kuskure")
    b.decoy("request id of a failed playback (trace id)")
    b.json({"kuskure": "BEHIND_LIVE_WINDOW", "request_id": rid(c.rng), "lokaci": ms(c)})
    b.no_content()
    return b.build()
