"""Scouting: the Wyscout player database and the club's own scouting backend,
plus the analysis platform's automatic player tagging on footage.

Wyscout's v3 REST player resource comes back with `imageDataURL` (a base64 head
shot) when asked for it (https://apidocs.wyscout.com/): a catalogue entry with a
photo, not face matching. The club's scouting reports upload players' photos to
a profile (storage, no matching) and carry self-declared data (height, foot).
The auto-tagger is the exception: it sends face embeddings of the players it
detects in the footage to match them to the squad. That is face-template data
by the issue's definition, even though the faces are the players' and not the
analyst's: labelled biometric (a judgement call, noted in the report).
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import b64, fake_jpeg, floats_b64, multipart

from .phone import FB, floats, iso, rf, rid, ua

WYSCOUT = "https://apirest.wyscout.com"
SCOUT = "https://scout.clube-ribeira.example"
AUTOTAG = "https://autotag.taticapro.example"
UA = ua("TaticaPro", "4.8.2")
NOMES = ["Rafa Lemos", "Tiago Brás", "Kouassi N'Dri", "Matías Ferreyra", "Duarte Pinho"]


def wyscout_player(c: Context) -> Flow:
    wy = c.rng.randint(100000, 999999)
    born = f"{c.rng.randint(1996, 2006)}-0{c.rng.randint(1, 9)}-{c.rng.randint(10, 28)}"
    b = FB(c, "wyscout", "GET", f"{WYSCOUT}/v3/players/{wy}?details=currentTeam&imageDataURL=true")
    b.header("user-agent", "okhttp/4.12.0")
    b.header("authorization", "Basic " + b64(f"ribeira:{new_hex(c.rng, 20)}"))
    b.decoy("scouting catalogue entry with a player's head-shot photo (no face matching)")
    b.ok_json(
        {
            "wyId": wy,
            "shortName": c.rng.choice(NOMES),
            "birthDate": born,
            "height": c.rng.randint(168, 194),
            "weight": c.rng.randint(62, 88),
            "foot": c.rng.choice(["right", "left", "both"]),
            "gender": "male",
            "role": {"code2": c.rng.choice(["DF", "MD", "FW"])},
            "imageDataURL": "data:image/png;base64," + b64(fake_jpeg(wy, 300)),
        }
    )
    return b.build()


def wyscout_search(c: Context) -> Flow:
    b = FB(c, "wyscout", "GET", f"{WYSCOUT}/v3/search?query={c.rng.choice(NOMES).split()[0]}")
    b.header("user-agent", "okhttp/4.12.0")
    b.decoy("player search results")
    b.ok_json(
        {
            "players": [
                {"wyId": c.rng.randint(100000, 999999), "name": n, "type": "player"}
                for n in c.rng.sample(NOMES, 3)
            ]
        }
    )
    return b.build()


def scout_report(c: Context) -> Flow:
    b = FB(c, "scouting", "POST", f"{SCOUT}/api/relatorios")
    b.header("user-agent", UA)
    b.decoy("scouting report: players' self-declared data and ratings")
    b.json(
        {
            "jogador": c.rng.choice(NOMES),
            "altura": c.rng.randint(168, 194),
            "peDominante": c.rng.choice(["direito", "esquerdo"]),
            "notas": {"tecnica": c.rng.randint(4, 9), "fisico": c.rng.randint(4, 9)},
            "recomendacao": c.rng.choice(["seguir", "contratar", "descartar"]),
            "criadoEm": iso(c),
        }
    )
    b.ok_json({"id": rid(c.rng)})
    return b.build()


def scout_photo(c: Context) -> Flow:
    b = FB(c, "scouting", "POST", f"{SCOUT}/api/jogadores/{c.rng.randint(1000, 9999)}/foto")
    b.header("user-agent", UA)
    boundary = "----TP" + new_hex(c.rng, 16)
    b.decoy("player's profile photo uploaded to storage (no face matching)")
    body = multipart(
        boundary,
        [("foto", "perfil.jpg", "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 600))],
    )
    b.set_body(body, f"multipart/form-data; boundary={boundary}")
    b.ok_json({"url": f"{SCOUT}/media/{new_hex(c.rng, 16)}.jpg"})
    return b.build()


def autotag_faces(c: Context) -> Flow:
    b = FB(c, "autotag", "POST", f"{AUTOTAG}/v1/reconhecimento/rostos")
    b.header("user-agent", UA)
    b.bio("face_embedding", "json deteccoes[].embeddingFacial (players in footage)")
    b.json(
        {
            "jogo": f"jogo_{c.rng.randint(2300, 2499)}",
            "frame": c.rng.randint(0, 140000),
            "deteccoes": [
                {
                    "caixaRosto": [c.rng.randint(0, 1800), c.rng.randint(0, 1000), 48, 56],
                    "embeddingFacial": floats(c.rng, 128),
                    "modelo": "arcface-r50",
                }
                for _ in range(c.rng.randint(1, 3))
            ],
        }
    )
    b.ok_json(
        {"correspondencias": [{"camisola": c.rng.randint(1, 99), "score": rf(c.rng, 0.5, 1, 3)}]}
    )
    return b.build()


def autotag_faces_b64(c: Context) -> Flow:
    b = FB(c, "autotag", "POST", f"{AUTOTAG}/v1/reconhecimento/lote")
    b.header("user-agent", UA)
    b.bio("face_embedding", "json r[].e base64 float32 (players' faces)", detectable=False)
    b.json(
        {
            "j": c.rng.randint(2300, 2499),
            "r": [
                {"f": c.rng.randint(0, 140000), "e": floats_b64(floats(c.rng, 128))}
                for _ in range(c.rng.randint(2, 4))
            ],
        }
    )
    b.ok_json({"n": 3})
    return b.build()


def jersey_ocr(c: Context) -> Flow:
    b = FB(c, "autotag", "POST", f"{AUTOTAG}/v1/ocr/camisolas")
    b.header("user-agent", UA)
    b.decoy("OCR boxes of shirt numbers (not biometric)")
    b.json(
        {
            "frame": c.rng.randint(0, 140000),
            "caixas": [
                {
                    "texto": str(c.rng.randint(1, 99)),
                    "bbox": [c.rng.randint(0, 1800), c.rng.randint(0, 1000), 30, 40],
                    "confianca": rf(c.rng, 0.6, 1, 3),
                }
                for _ in range(4)
            ],
        }
    )
    b.ok_json({"ok": True})
    return b.build()
