"""Held-out sets 3 to 52 as regression gates (issues 2 and 3).

Each set was written by someone who never saw the rule library and scored ONCE
with signatures alone; only then were its misses shown to the rule authors, who
answered with vendor-neutral rules and hard negatives (README, "Sets 3, 4 and 5").
The single held-out figures, on the full 1,500-flow sets, are kept in SETS
for the record; each set is a development set from then on, so passing here
says the rules cover it, not that they generalise.

- Set 3 (kids' cartoons, news video, a bank with face and voice login, selfie
  retouching, dating photo checks, karaoke, podcasts): misses were Kaltura KAVA,
  Brightcove, CleverTap evtData, gpodder episode actions, device headers and
  paths, Adobe identityMap, device hashes, selfie uploads, base64 meshes.
- Set 4 (Last.fm scrobbles, xAPI e-learning, NPAW sports, a Roku remote over ECP,
  a doorbell labelling face crops, beauty face analysis, Yoti age estimation):
  misses were listen records, named playback, xAPI media statements, face images
  in base64 fields, face-derived attributes, hardware-id records in XML.
- Set 5 (Twitch-like streaming, anime on Google TV, telehealth, photo backup with
  face groups, face boarding, a car app, a VPN with ad SDKs, audiobooks, TV ACR):
  misses were VINs, TV serials, hardware-id headers, audiobook positions,
  continue-watching answers and multi-angle selfie captures.
- Set 6 (a VR headset companion app, MAG / Stalker IPTV, live audio rooms with replays,
  fitness, ride checks): misses were Meta OVR face-expression weights, headset serials in
  URL paths and GraphQL variables, a vendor-prefixed device-id header (`CH-DeviceID`),
  Stalker play logs and replay progress.
- Set 7 (a smartwatch, a baby monitor, a TV companion app with ACR, a church
  streaming app, a webtoon reader, a dash cam, elder care, a crypto exchange with
  Shufti Pro and Regula KYC): misses were face images as data URIs under a `face`
  object, image lists to a face-matching API, ACR match reports, a Tizen `duid`,
  `x-<kind>-serial` headers, BLE addresses and MACs and serials in responses.
- Sets 8 to 12 were scored after a rule audit of the issue's families; the
  rounds that followed generalised families (face tracking and verification
  telemetry, detector structs, voice descriptors, print vectors, QoS heartbeats,
  tuned programmes, media-noun progress paths, prefixed device-id keys, OAID
  shapes...) rather than vendors. Set 12's writer counted e-book reading and
  library loans as viewing history; the issue's definition is what a person
  watched or listened to, so those 62 flows were relabelled as decoys (its
  held-out figure, 0.933, is on the relabelled set; 0.706 as first labelled).
- Set 19 (UK public-service streaming, podcasts, face-matched railcards, voice ID,
  earbuds) and set 20 (Brazil: streaming cast to a TV, stadium face entry, Pix with
  FaceTec, short video, telehealth voice checks): misses were phrases and other
  languages' words for a playhead (`played_up_to`, `pos_s`, `posicaoSeg`), face
  similarity scores in Portuguese, photos beside a face-match flag, a bare `device`
  key and a serial in a per-unit path. Set 20 counted a symptom recording sent for
  triage as a voiceprint; nothing in it names a speaker or voice model, so its 15
  flows were relabelled as decoys (biometric 0.899 on the relabelled set, 0.817 as
  first labelled).
"""

from __future__ import annotations

import importlib
import json
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from _heldout_common import describe, score
from conftest import ROOT

sys.path.insert(0, str(ROOT))

FLOWS = 300


@dataclass(frozen=True)
class HeldOutSet:
    seed: int
    first_party: list[str]
    held_out: dict[str, float]
    """The single held-out evaluation: signatures alone, full set."""
    sdks: frozenset[str]
    """Some families the set must contain."""


SETS = {
    3: HeldOutSet(
        23,
        ["Tumbletoons Media"],
        {"biometric": 0.761, "viewing_history": 0.303, "device_id": 0.851},
        frozenset({"kaltura", "brightcove", "mirrorly", "northvale"}),
    ),
    4: HeldOutSet(
        41,
        ["Kwik Video"],
        {"biometric": 0.704, "viewing_history": 0.607, "device_id": 0.969},
        frozenset({"lastfm", "learnly-lrs", "yoti", "porchcam"}),
    ),
    5: HeldOutSet(
        53,
        ["Glint"],
        {"biometric": 0.943, "viewing_history": 0.833, "device_id": 0.729},
        frozenset({"motorlink-api", "vizio-inscape", "chapterly-api", "persona"}),
    ),
    6: HeldOutSet(
        61,
        ["Cyclia"],
        {"biometric": 0.750, "viewing_history": 0.815, "device_id": 0.886},
        frozenset({"questlink", "stalker", "chorus", "fitgate"}),
    ),
    7: HeldOutSet(
        71,
        ["Pulsewrist"],
        {"biometric": 0.778, "viewing_history": 0.838, "device_id": 0.822},
        frozenset({"shuftipro", "regula", "vistalink-acr", "pulsewrist"}),
    ),
    8: HeldOutSet(
        83,
        ["Gemdrop Games"],
        {"biometric": 0.748, "viewing_history": 0.979, "device_id": 0.917},
        frozenset({"examguard", "parlo", "rangers-applog", "lumen"}),
    ),
    9: HeldOutSet(
        97,
        ["Aurelia Air"],
        {"biometric": 0.678, "viewing_history": 0.613, "device_id": 0.948},
        frozenset({"hearthcam", "wanxiang-miniapp", "allamid", "lantern"}),
    ),
    10: HeldOutSet(
        101,
        ["Kuaibo"],
        {"biometric": 0.406, "viewing_history": 0.889, "device_id": 0.991},
        frozenset({"xuebar-live", "dida-driver", "kuaibo-api", "volcengine-applog"}),
    ),
    11: HeldOutSet(
        113,
        ["StanLive"],
        {"biometric": 0.649, "viewing_history": 0.515, "device_id": 0.878},
        frozenset({"lumio", "wavedial", "jwplayer", "hianalytics"}),
    ),
    12: HeldOutSet(
        127,
        ["Owlet Reads"],
        {"biometric": 0.395, "viewing_history": 0.933, "device_id": 0.774},
        frozenset({"owlet-reads", "glimmer-call", "pagecraft", "remotenow"}),
    ),
    13: HeldOutSet(
        131,
        ["Flashpix"],
        {"biometric": 0.786, "viewing_history": 0.644, "device_id": 0.944},
        frozenset({"flashpix", "kestrel", "glitchcast-gql", "stridely"}),
    ),
    14: HeldOutSet(
        149,
        ["Huddlecam"],
        {"biometric": 0.725, "viewing_history": 0.548, "device_id": 0.691},
        frozenset({"auralink", "primevideo", "huddlecam", "roku-mobile"}),
    ),
    15: HeldOutSet(
        151,
        ["StreamVeda"],
        {"biometric": 0.761, "viewing_history": 0.705, "device_id": 1.000},
        frozenset({"reeldesi", "hyperverge", "paisajet", "streamveda"}),
    ),
    16: HeldOutSet(
        163,
        ["Driftline"],
        {"biometric": 0.847, "viewing_history": 0.767, "device_id": 0.806},
        frozenset({"marquee", "driftline", "sweatline", "kiddo"}),
    ),
    17: HeldOutSet(
        173,
        ["Lumo"],
        {"biometric": 0.675, "viewing_history": 0.569, "device_id": 0.710},
        frozenset({"lumo", "bubblebay", "murmur", "pitchpass"}),
    ),
    18: HeldOutSet(
        181,
        ["Fernsehmediathek"],
        {"biometric": 1.000, "viewing_history": 0.596, "device_id": 0.865},
        frozenset({"car-api", "piano-analytics", "atinternet-as2"}),
    ),
    19: HeldOutSet(
        191,
        ["Telly"],
        {"biometric": 0.871, "viewing_history": 0.551, "device_id": 0.793},
        frozenset({"airwave", "telly", "hushbuds", "platform"}),
    ),
    20: HeldOutSet(
        199,
        ["TelaMais"],
        {"biometric": 0.899, "viewing_history": 0.545, "device_id": 0.923},
        frozenset({"telamais", "torcida", "saudeja", "vibo"}),
    ),
    21: HeldOutSet(
        211,
        ["Animaru"],
        {"biometric": 0.862, "viewing_history": 0.633, "device_id": 0.903},
        frozenset({"animaru", "bravialink", "trustdock", "utastar"}),
    ),
    22: HeldOutSet(
        223,
        ["Canal Vingt"],
        {"biometric": 0.477, "viewing_history": 0.415, "device_id": 0.761},
        frozenset({"canalvingt", "cieapp", "voiceit", "vadevia"}),
    ),
    23: HeldOutSet(
        227,
        ["Loopline"],
        {"biometric": 0.571, "viewing_history": 0.964, "device_id": 0.885},
        frozenset({"marquee", "plaza", "loopline"}),
    ),
    24: HeldOutSet(
        233,
        ["Tayang"],
        {"biometric": 0.713, "viewing_history": 0.367, "device_id": 0.810},
        frozenset({"tayang", "jalan", "nyanyi", "mihome"}),
    ),
    25: HeldOutSet(
        239,
        ["Pado Media"],
        {"biometric": 0.807, "viewing_history": 0.737, "device_id": 0.886},
        frozenset({"pado", "gongbu", "starlit", "nuri"}),
    ),
    26: HeldOutSet(
        241,
        ["Shashat"],
        {"biometric": 1.000, "viewing_history": 0.543, "device_id": 1.000},
        frozenset({"shashat", "tilawa", "naghma"}),
    ),
    27: HeldOutSet(
        251,
        ["Dizikutu"],
        {"biometric": 0.792, "viewing_history": 0.403, "device_id": 1.000},
        frozenset({"dizikutu", "akilliekran", "ritim", "ekapi"}),
    ),
    28: HeldOutSet(
        257,
        ["Kijkbuis"],
        {"biometric": 0.803, "viewing_history": 0.568, "device_id": 1.000},
        frozenset({"kijkbuis", "luisterhuis", "ogladaj", "leerling"}),
    ),
    29: HeldOutSet(
        263,
        ["Ekran+"],
        {"biometric": 0.804, "viewing_history": 0.739, "device_id": 0.863},
        frozenset({"ekran", "zvuk", "sberegatel", "krug"}),
    ),
    30: HeldOutSet(
        269,
        ["LakornPlus"],
        {"biometric": 0.920, "viewing_history": 0.662, "device_id": 0.918},
        frozenset({"lakornplus", "siang", "singsabai", "khruconnect"}),
    ),
    31: HeldOutSet(
        271,
        ["Nordvagn"],
        {"biometric": 0.775, "viewing_history": 0.433, "device_id": 0.828},
        frozenset({"stromma", "nordvagn-dms", "lytt", "hejvagn"}),
    ),
    32: HeldOutSet(
        277,
        ["Kesher Plus"],
        {"biometric": 0.765, "viewing_history": 0.404, "device_id": 0.925},
        frozenset({"kesher", "glow", "kino", "thea"}),
    ),
    33: HeldOutSet(
        281,
        ["Mozinet"],
        {"biometric": 0.856, "viewing_history": 0.516, "device_id": 0.682},
        frozenset({"mozinet", "ecranul", "soittorasia", "dunako"}),
    ),
    34: HeldOutSet(
        283,
        ["Tazama Plus"],
        {"biometric": 0.828, "viewing_history": 0.441, "device_id": 0.990},
        frozenset({"tazama", "ibada", "dekho", "shamba"}),
    ),
    35: HeldOutSet(
        293,
        ["Gledaj"],
        {"biometric": 0.887, "viewing_history": 0.548, "device_id": 0.972},
        frozenset({"ekran", "vidik", "val", "eid", "banka"}),
    ),
    36: HeldOutSet(
        307,
        ["KinoAz"],
        {"biometric": 0.815, "viewing_history": 0.648, "device_id": 1.000},
        frozenset({"uzplay", "kinoaz", "tilavat", "gozetci", "superbank"}),
    ),
    37: HeldOutSet(
        311,
        ["Ziurek"],
        {"biometric": 1.000, "viewing_history": 0.971, "device_id": 0.897},
        frozenset({"ziurek", "kinoua", "motivtv", "kuulaja", "bank"}),
    ),
    38: HeldOutSet(
        317,
        ["Thirai"],
        {"biometric": 0.950, "viewing_history": 0.472, "device_id": 0.943},
        frozenset({"thirai", "kirtan", "sur", "paisasetu", "kalvitest"}),
    ),
    39: HeldOutSet(
        331,
        ["KalloTV"],
        {"biometric": 0.944, "viewing_history": 0.597, "device_id": 0.871},
        frozenset({"arada", "kallo", "minbar", "sauti", "glow"}),
    ),
    40: HeldOutSet(
        337,
        ["DompetKu"],
        {"biometric": 0.953, "viewing_history": 0.369, "device_id": 0.929},
        frozenset({"kitatv", "taihei", "singkok", "layarku", "dompetku"}),
    ),
    41: HeldOutSet(
        347,
        ["Kanal Nord"],
        {"biometric": 0.839, "viewing_history": 0.695, "device_id": 1.000},
        frozenset({"havnbank", "boelge", "lydbogen", "nordurljos", "kanalnord"}),
    ),
    42: HeldOutSet(
        349,
        ["Hoerfiguren"],
        {"biometric": 1.000, "viewing_history": 0.865, "device_id": 1.000},
        frozenset({"kinderplayer", "kids-plus", "youtube-kids", "tiergesicht", "lesefuchs"}),
    ),
    43: HeldOutSet(
        353,
        ["Viajaya"],
        {"biometric": 0.973, "viewing_history": 0.833, "device_id": 1.000},
        frozenset({"ritmo", "novelaplay", "viajaya", "casalista", "lienzo"}),
    ),
    44: HeldOutSet(
        359,
        ["Sahra"],
        {"biometric": 0.939, "viewing_history": 0.843, "device_id": 0.869},
        frozenset({"sahra", "forja", "naghma", "tilawa", "wallet"}),
    ),
    45: HeldOutSet(
        367,
        ["Tsubame Pay"],
        {"biometric": 1.000, "viewing_history": 1.000, "device_id": 0.933},
        frozenset({"camera", "bank", "music", "news", "smarthome"}),
    ),
    46: HeldOutSet(
        373,
        ["Pantalla+"],
        {"biometric": 0.667, "viewing_history": 0.746, "device_id": 0.596},
        frozenset({"pantalla", "camara", "hincha", "espejo", "onda"}),
    ),
    47: HeldOutSet(
        379,
        ["StreamHub"],
        {"biometric": 1.000, "viewing_history": 0.871, "device_id": 0.942},
        frozenset({"bank", "tv", "music", "fitness", "home"}),
    ),
    48: HeldOutSet(
        383,
        ["NontonKu"],
        {"biometric": 1.000, "viewing_history": 0.858, "device_id": 0.981},
        frozenset({"kiligshorts", "sakay", "nontonku", "dompetkita", "ngaji"}),
    ),
    49: HeldOutSet(
        389,
        ["Safari Mobility"],
        {"biometric": 1.000, "viewing_history": 1.000, "device_id": 1.000},
        frozenset({"pesapap", "chuo", "waqt", "goli", "sura"}),
    ),
    50: HeldOutSet(
        397,
        ["Cineflux"],
        {"biometric": 1.000, "viewing_history": 0.761, "device_id": 0.784},
        frozenset({"baladoplus", "cineflux", "portier", "zonematch", "kidokoala"}),
    ),
    51: HeldOutSet(
        401,
        ["HaoBang"],
        {"biometric": 1.000, "viewing_history": 1.000, "device_id": 1.000},
        frozenset({"mihome", "drama", "haobang", "meiyan", "gouwu"}),
    ),
    52: HeldOutSet(
        409,
        ["Beebview"],
        {"biometric": 0.819, "viewing_history": 0.639, "device_id": 0.962},
        frozenset({"beebview", "fastapp", "airwaves", "pagebound", "kickoff"}),
    ),
    53: HeldOutSet(
        417,
        ["Kijkdoos"],
        {"biometric": 0.824, "viewing_history": 0.667, "device_id": 0.927},
        frozenset({"koersplein", "knipwerk", "huesli-cam", "pakketkluis", "kijkdoos"}),
    ),
    54: HeldOutSet(
        421,
        ["Golazo"],
        {"biometric": 0.756, "viewing_history": 0.913, "device_id": 0.977},
        frozenset({"novelas", "golazo", "lg-sdp", "milinea", "fuerzagym"}),
    ),
    55: HeldOutSet(
        425,
        ["KaasuPay"],
        {"biometric": 1.000, "viewing_history": 1.000, "device_id": 0.966},
        frozenset({"gullyscore", "kadaibill", "kaasupay", "jhatpatkart", "haaziribook"}),
    ),
    56: HeldOutSet(
        433,
        ["Kinosaal VR"],
        {"biometric": 0.804, "viewing_history": 1.000, "device_id": 0.945},
        frozenset({"kinosaal", "plaza", "konferenz", "klangwelt", "meta-telemetry"}),
    ),
    57: HeldOutSet(
        437,
        ["Kainga"],
        {"biometric": 1.000, "viewing_history": 1.000, "device_id": 0.911},
        frozenset({"kurakura", "kainga", "scribble", "parkmate", "freshmart"}),
    ),
    58: HeldOutSet(
        443,
        ["Pado"],
        {"biometric": 0.742, "viewing_history": 0.672, "device_id": 0.830},
        frozenset({"pado", "puleun-home", "fanverse", "soripass", "mellow"}),
    ),
    59: HeldOutSet(
        449,
        ["Tela+"],
        {"biometric": 0.781, "viewing_history": 0.722, "device_id": 0.927},
        frozenset({"golaovivo", "telaplus", "meuvivaz", "kandaplay", "pixa"}),
    ),
    60: HeldOutSet(
        457,
        ["Reissu"],
        {"biometric": 1.000, "viewing_history": 1.000, "device_id": 1.000},
        frozenset({"kampus", "nalka", "kirppis", "fjellpass", "pantti"}),
    ),
    61: HeldOutSet(
        461,
        ["Dizigo"],
        {"biometric": 0.859, "viewing_history": 0.814, "device_id": 0.843},
        frozenset({"dizigo", "tilawa", "beytna", "qmobile", "sahraplus"}),
    ),
    62: HeldOutSet(
        467,
        ["NonniApps"],
        {"biometric": 1.000, "viewing_history": 0.838, "device_id": 1.000},
        frozenset({"neanotizie", "stampafoto", "guidatv", "nonnicall", "tombola"}),
    ),
    63: HeldOutSet(
        479,
        ["HosoCatchup"],
        {"biometric": 1.000, "viewing_history": 0.777, "device_id": 0.850},
        frozenset({"catchup", "karaoke", "linear", "securities", "anime"}),
    ),
    64: HeldOutSet(
        487,
        ["RutaXpress"],
        {"biometric": 0.868, "viewing_history": 1.000, "device_id": 1.000},
        frozenset({"rutaxpress", "golazomx", "corridofm", "gasflota", "flotalink"}),
    ),
    65: HeldOutSet(
        491,
        ["Kykmax"],
        {"biometric": 1.000, "viewing_history": 1.000, "device_id": 0.982},
        frozenset({"kykmax", "gidirides", "myconnect", "gidiball", "vidaa"}),
    ),
    66: HeldOutSet(
        499,
        ["Kopi Super"],
        {"biometric": 1.000, "viewing_history": 1.000, "device_id": 0.765},
        frozenset({"kopi", "tonton", "lion", "berita", "hotdesk"}),
    ),
    67: HeldOutSet(
        503,
        ["MasachPlus"],
        {"biometric": 0.970, "viewing_history": 0.862, "device_id": 0.970},
        frozenset({"masach", "theama", "tslil", "kolshel", "shomer"}),
    ),
    68: HeldOutSet(
        509,
        ["Solaria"],
        {"biometric": 1.000, "viewing_history": 1.000, "device_id": 1.000},
        frozenset({"cinemare", "solaria", "audioguida", "casapalma", "rodando"}),
    ),
    69: HeldOutSet(
        521,
        ["Qiyu Video"],
        {"biometric": 0.863, "viewing_history": 0.709, "device_id": 0.928},
        frozenset({"kuaipai", "jiaju-cam", "yunyin", "huyu", "qiyu"}),
    ),
    70: HeldOutSet(
        523,
        ["Reelhouse"],
        {"biometric": 1.000, "viewing_history": 1.000, "device_id": 0.930},
        frozenset({"reelhouse", "cutroom", "livedeck", "prompterly", "vidmetrics"}),
    ),
    71: HeldOutSet(
        541,
        ["Kinoteka"],
        {"biometric": 1.000, "viewing_history": 0.700, "device_id": 0.958},
        frozenset({"kinoteka", "stalker", "jolda", "efirplus", "qazsport"}),
    ),
    72: HeldOutSet(
        547,
        ["ClassPilot"],
        {"biometric": 1.000, "viewing_history": 1.000, "device_id": 0.750},
        frozenset({"lessons", "classpilot", "attendance", "fluency", "marquee"}),
    ),
    73: HeldOutSet(
        557,
        ["PhimViet+"],
        {"biometric": 0.873, "viewing_history": 0.684, "device_id": 0.898},
        frozenset({"phimviet", "sachnoi", "karaoke", "lakorn", "samsung-tv"}),
    ),
    74: HeldOutSet(
        563,
        ["Cnoc Systems"],
        {"biometric": 1.000, "viewing_history": 1.000, "device_id": 1.000},
        frozenset({"unifi", "intune-graph", "nvr", "bms", "xibo"}),
    ),
    75: HeldOutSet(
        569,
        ["Nordvik Motors"],
        {"biometric": 0.872, "viewing_history": 0.648, "device_id": 0.923},
        frozenset({"nordvik-dms", "lydspor", "filmkvall", "nordvik-voice", "wellenreiter"}),
    ),
    76: HeldOutSet(
        571,
        ["Rheinblick Medien"],
        {"biometric": 0.878, "viewing_history": 0.931, "device_id": 1.000},
        frozenset({"cms", "bilddesk", "wegcam", "assemblyai", "signal"}),
    ),
    77: HeldOutSet(
        577,
        ["Mashahid"],
        {"biometric": 1.000, "viewing_history": 0.861, "device_id": 0.936},
        frozenset({"mashahid", "mizanbank", "koora", "vision_home", "mishwar"}),
    ),
    78: HeldOutSet(
        587,
        ["MaisonFamille"],
        {"biometric": 0.806, "viewing_history": 0.737, "device_id": 0.952},
        frozenset({"doorbell", "reading", "karaoke", "smarthome", "photoframe"}),
    ),
    79: HeldOutSet(
        593,
        ["Ekran+"],
        {"biometric": 0.960, "viewing_history": 0.785, "device_id": 0.938},
        frozenset({"kuryrgo", "hlasplus", "lgtv", "ekranplus", "kukatko"}),
    ),
    80: HeldOutSet(
        599,
        ["HotelMar"],
        {"biometric": 1.000, "viewing_history": 0.643, "device_id": 1.000},
        frozenset({"pms", "pos", "bgm", "cinemar", "shifts"}),
    ),
    81: HeldOutSet(
        605,
        ["Butaca"],
        {"biometric": 0.881, "viewing_history": 0.849, "device_id": 1.000},
        frozenset({"viajeya", "hinchada", "bancoandino", "butaca", "novelaz"}),
    ),
    82: HeldOutSet(
        611,
        ["Kalinga CX"],
        {"biometric": 1.000, "viewing_history": 1.000, "device_id": 1.000},
        frozenset({"kalinga-softphone", "kalinga-wfm", "bayanbank", "kalinga-lms", "himig"}),
    ),
    83: HeldOutSet(
        617,
        ["Chobighor"],
        {"biometric": 0.907, "viewing_history": 0.883, "device_id": 0.953},
        frozenset({"chobighor", "takapay", "boundary", "chalo-driver", "gaanbox"}),
    ),
    84: HeldOutSet(
        623,
        ["Pulse Collective"],
        {"biometric": 1.000, "viewing_history": 0.674, "device_id": 1.000},
        frozenset({"gym-app", "classmusic", "creator", "bank", "deputy"}),
    ),
    85: HeldOutSet(
        629,
        ["Sendehaus"],
        {"biometric": 1.000, "viewing_history": 0.886, "device_id": 1.000},
        frozenset({"sendehaus", "flimmer", "sportkanal", "klangwerk", "radiowelle"}),
    ),
    86: HeldOutSet(
        635,
        ["Radio Scirocco"],
        {"biometric": 1.000, "viewing_history": 1.000, "device_id": 1.000},
        frozenset({"studio", "ondalog", "bancalirica", "visioneplus", "royalty"}),
    ),
    87: HeldOutSet(
        641,
        ["Ecran Public"],
        {"biometric": 1.000, "viewing_history": 0.740, "device_id": 1.000},
        frozenset({"ecran", "sport", "banque", "melodia", "telco"}),
    ),
    88: HeldOutSet(
        647,
        ["AgentPro"],
        {"biometric": 1.000, "viewing_history": 1.000, "device_id": 1.000},
        frozenset({"agentpro", "bank", "sahraplus", "tilawa", "crm"}),
    ),
    89: HeldOutSet(
        653,
        ["ReteUno Play"],
        {"biometric": 1.000, "viewing_history": 0.700, "device_id": 1.000},
        frozenset({"infinito_app", "cuori_app", "curva_app", "telco_app", "rete_app"}),
    ),
    90: HeldOutSet(
        659,
        ["Safwa Crew"],
        {"biometric": 1.000, "viewing_history": 0.837, "device_id": 0.941},
        frozenset({"sahraplay", "lulubank", "podkast", "stridewatch", "aerotune"}),
    ),
    91: HeldOutSet(
        665,
        ["Kibanda Max"],
        {"biometric": 1.000, "viewing_history": 0.862, "device_id": 0.708},
        frozenset({"ngoma", "penzi", "kibanda", "kandanda", "simuyangu"}),
    ),
    92: HeldOutSet(
        671,
        ["Sentinel Mall Ops"],
        {"biometric": 1.000, "viewing_history": 0.804, "device_id": 1.000},
        frozenset({"kyknou", "indlela", "luister", "smile-id", "galaxy-wearable"}),
    ),
    93: HeldOutSet(
        677,
        ["Publica Play"],
        {"biometric": 0.782, "viewing_history": 0.876, "device_id": 1.000},
        frozenset({"telco", "trotina", "som", "banco", "bola"}),
    ),
    94: HeldOutSet(
        683,
        ["Horus Trails Tours"],
        {"biometric": 0.800, "viewing_history": 1.000, "device_id": 1.000},
        frozenset({"nilebank", "fawanees", "wear-companion", "facetec", "gma"}),
    ),
    95: HeldOutSet(
        689,
        ["Chalchitra"],
        {"biometric": 1.000, "viewing_history": 0.785, "device_id": 0.950},
        frozenset({"saccharishta", "myvaani", "paiseupi", "chalchitra", "sixerlive"}),
    ),
    96: HeldOutSet(
        695,
        ["Kinoteka"],
        {"biometric": 1.000, "viewing_history": 1.000, "device_id": 1.000},
        frozenset({"mojbank", "kinoteka", "poslech", "adjust", "facetec"}),
    ),
    97: HeldOutSet(
        701,
        ["Pantalla3"],
        {"biometric": 0.780, "viewing_history": 0.471, "device_id": 0.922},
        frozenset({"kutxaberdea", "begira", "onamobil", "pantalla3", "kotxeka"}),
    ),
    98: HeldOutSet(
        707,
        ["Seaside Film Festival"],
        {"biometric": 1.000, "viewing_history": 1.000, "device_id": 1.000},
        frozenset({"bank", "cinemood", "watch", "adsdk", "buds"}),
    ),
    99: HeldOutSet(
        713,
        ["TvGeoPlay"],
        {"biometric": 1.000, "viewing_history": 0.509, "device_id": 0.921},
        frozenset({"taxi", "telco", "tvbox", "geotv", "sport"}),
    ),
    # held out: device 0.786 as scored; six `vid` query ids were then relabelled as not
    # readable from the traffic (a video or visitor id as often), which gives 1.000
    100: HeldOutSet(
        719,
        ["Stadtbibliothek"],
        {"biometric": 1.000, "viewing_history": 1.000, "device_id": 0.786},
        frozenset({"bank", "podcast", "stream", "wear", "adjust"}),
    ),
    101: HeldOutSet(
        725,
        ["Vixo"],
        {"biometric": 0.911, "viewing_history": 0.650, "device_id": 0.874},
        frozenset({"viaja", "bancomx", "vixo", "ringmx", "sonido"}),
    ),
    102: HeldOutSet(
        731,
        ["VetDesk"],
        {"biometric": 1.000, "viewing_history": 1.000, "device_id": 1.000},
        frozenset({"screenbox", "banc", "craic", "buds", "admob"}),
    ),
    103: HeldOutSet(
        737,
        ["Gwylio"],
        {"biometric": 0.322, "viewing_history": 0.471, "device_id": 0.368},
        frozenset({"gwylio", "camanplus", "rhwyd", "cariad", "feach"}),
    ),
    104: HeldOutSet(
        743,
        ["Stimmwerk"],
        {"biometric": 1.000, "viewing_history": 1.000, "device_id": 1.000},
        frozenset({"klangraum", "klangstrom", "taktgeber", "stimmwerk", "buehnenbuch"}),
    ),
    105: HeldOutSet(
        749,
        ["Nollyflix"],
        {"biometric": 1.000, "viewing_history": 0.785, "device_id": 0.921},
        frozenset({"nollyflix", "gbedu", "myline", "gidiride", "goalnaija"}),
    ),
    106: HeldOutSet(
        755,
        ["Havnemuseet"],
        {"biometric": 1.000, "viewing_history": 0.652, "device_id": 1.000},
        frozenset({"samling", "lydguide", "sensors", "tickets", "nordvigbank"}),
    ),
    107: HeldOutSet(
        761,
        ["Tenge Super"],
        {"biometric": 0.797, "viewing_history": 0.733, "device_id": 0.919},
        frozenset({"qazaqkino", "auen", "tengesuper", "bazar", "kinoteka"}),
    ),
    108: HeldOutSet(
        767,
        ["Diaitisia (referee app)"],
        {"biometric": 1.000, "viewing_history": 1.000, "device_id": 0.947},
        frozenset({"matchlens", "diaitisia", "schooldesk", "var-trainer", "vestrack"}),
    ),
    109: HeldOutSet(
        773,
        ["Tahanan+"],
        {"biometric": 0.815, "viewing_history": 0.739, "device_id": 1.000},
        frozenset({"tahananplus", "himig", "dengngeg", "telekonek", "tanghalitv"}),
    ),
    110: HeldOutSet(
        779,
        ["Arada Play"],
        {"biometric": 0.717, "viewing_history": 0.298, "device_id": 0.926},
        frozenset({"aradaplay", "zaydriver", "birrpay", "kuastv", "wegahta"}),
    ),
    111: HeldOutSet(
        785,
        ["Marquee+"],
        {"biometric": 0.945, "viewing_history": 0.882, "device_id": 0.827},
        frozenset({"marqueeplus", "loopz", "roadline", "lumora-app", "teleestrella"}),
    ),
    112: HeldOutSet(
        791,
        ["Kinetika"],
        {"biometric": 1.000, "viewing_history": 0.750, "device_id": 1.000},
        frozenset({"kinetika", "doctolib", "kinetika-plateau", "kinetika-mocap", "kinetika-exos"}),
    ),
    113: HeldOutSet(
        797,
        ["Layarku"],
        {"biometric": 1.000, "viewing_history": 0.843, "device_id": 0.966},
        frozenset({"klipku", "layarku", "dangdutin", "bolagas", "kajianku"}),
    ),
    114: HeldOutSet(
        803,
        ["VloerLead"],
        {"biometric": 0.833, "viewing_history": 0.926, "device_id": 0.938},
        frozenset({"vloerlead", "botvloer", "terrein", "veiligwerk", "poortwacht"}),
    ),
    115: HeldOutSet(
        809,
        ["Hikari Stream"],
        {"biometric": 0.772, "viewing_history": 0.828, "device_id": 0.894},
        frozenset({"hikari", "komaya", "radiwa", "otoha", "enmusubi"}),
    ),
    116: HeldOutSet(
        815,
        ["Warsztat Kowalczyk"],
        {"biometric": 1.000, "viewing_history": 0.611, "device_id": 1.000},
        frozenset({"diaglink", "warsztatpro", "szkody", "hurtownia", "tecdoc"}),
    ),
    117: HeldOutSet(
        821,
        ["Reachflix"],
        {"biometric": 0.864, "viewing_history": 0.292, "device_id": 0.907},
        frozenset({"reachflix", "tuktukgo", "laotv", "prakwallet", "chrieng"}),
    ),
    118: HeldOutSet(
        827,
        ["Filmnama"],
        {"biometric": 0.804, "viewing_history": 0.696, "device_id": 0.872},
        frozenset({"filmnama", "sandara", "maidan", "iptv-portal", "tilawat"}),
    ),
    119: HeldOutSet(
        833,
        ["Darlledwr Clywed"],
        {"biometric": 0.731, "viewing_history": 0.864, "device_id": 1.000},
        frozenset({"clywed", "rothai", "campai", "teileafon", "cwtsh"}),
    ),
    120: HeldOutSet(
        839,
        ["Sheger Films"],
        {"biometric": 1.000, "viewing_history": 0.654, "device_id": 0.593},
        frozenset({"sheger", "birrwallet", "zuret", "gebeyakuas", "tizita"}),
    ),
    121: HeldOutSet(
        845,
        ["Sinehan Plus"],
        {"biometric": 1.000, "viewing_history": 0.586, "device_id": 1.000},
        frozenset({"sinehan", "bentahan", "palaro", "awit", "hatid"}),
    ),
    122: HeldOutSet(
        851,
        ["Ile Ayo Media"],
        {"biometric": 1.000, "viewing_history": 0.703, "device_id": 0.744},
        frozenset({"irawotv", "orin", "oyadrive", "karatu", "ntootv"}),
    ),
    123: HeldOutSet(
        857,
        ["Heather Player"],
        {"biometric": 1.000, "viewing_history": 0.891, "device_id": 1.000},
        frozenset({"dalesclyde", "heatherplayer", "kirkstall", "larktv", "sparkthistle"}),
    ),
    124: HeldOutSet(
        863,
        ["YokeShin Plus"],
        {"biometric": 1.000, "viewing_history": 0.474, "device_id": 0.967},
        frozenset({"lakornd", "lanpya", "myantvlive", "tachinmyay", "yokeshin"}),
    ),
    125: HeldOutSet(
        869,
        ["Antena Atlântica"],
        {"biometric": 1.000, "viewing_history": 1.000, "device_id": 1.000},
        frozenset({"aa-audiencias", "aa-logger", "aa-nms", "aa-playout", "mareplay"}),
    ),
    126: HeldOutSet(
        875,
        ["Chalchitra"],
        {"biometric": 0.646, "viewing_history": 0.473, "device_id": 0.517},
        frozenset({"chalchitra", "creaselive", "lakdasuna", "merosanchar", "sajiloremit"}),
    ),
    127: HeldOutSet(
        881,
        ["Ecran Public"],
        {"biometric": 1.000, "viewing_history": 0.803, "device_id": 0.916},
        frozenset({"doelpunt", "ecranpublic", "huitplus", "nuage", "souvenirs"}),
    ),
    128: HeldOutSet(
        887,
        ["Laman Seri Mall Operations"],
        {"biometric": 0.929, "viewing_history": 1.000, "device_id": 1.000},
        frozenset(
            {"lamanseri.crowd", "lamanseri.footfall", "lamanseri.lpr", "lamanseri.vms", "siarku"}
        ),
    ),
    129: HeldOutSet(
        893,
        ["Uzmer"],
        {"biometric": 0.277, "viewing_history": 0.332, "device_id": 0.724},
        frozenset({"e-tur", "haneultv", "togrogpay", "uzmer", "zam-taxi"}),
    ),
    130: HeldOutSet(
        899,
        ["TelaPlay"],
        {"biometric": 1.000, "viewing_history": 0.924, "device_id": 0.985},
        frozenset({"carambola", "corre", "role", "sommais", "telaplay"}),
    ),
    131: HeldOutSet(
        905,
        ["Rheinfunk Mediathek"],
        {"biometric": 0.797, "viewing_history": 0.839, "device_id": 0.887},
        frozenset({"anstoss", "klangwerk", "lauschwerk", "podkiste", "rheinfunk"}),
    ),
    132: HeldOutSet(
        911,
        ["Clínica Dental Ribera"],
        {"biometric": 1.000, "viewing_history": 0.650, "device_id": 1.000},
        frozenset(
            {"dentalsuministros", "esteritrack", "gestion_ribera", "radiovisio", "sonrisalab"}
        ),
    ),
    133: HeldOutSet(
        917,
        ["Dizivizyon"],
        {"biometric": 0.492, "viewing_history": 0.685, "device_id": 0.943},
        frozenset({"ahenk", "anadolukatilim", "dengeamed", "dizivizyon", "taraftar"}),
    ),
    134: HeldOutSet(
        923,
        ["Chalchitra"],
        {"biometric": 1.000, "viewing_history": 0.845, "device_id": 0.959},
        frozenset({"chalchitra", "dreamgyarah", "golpo", "meriawaaz", "sargam"}),
    ),
    135: HeldOutSet(
        929,
        ["Minpo Catchup"],
        {"biometric": 0.768, "viewing_history": 0.778, "device_id": 0.918},
        frozenset({"anibako", "kikuradi", "minpo-catchup", "utaeru", "yomukoma"}),
    ),
    136: HeldOutSet(
        935,
        ["Kinoteka"],
        {"biometric": 0.630, "viewing_history": 0.704, "device_id": 0.861},
        frozenset({"bankwisla", "efir-ua", "futbol24", "kinoteka", "multyk"}),
    ),
    137: HeldOutSet(
        941,
        ["Sahra+"],
        {"biometric": 0.784, "viewing_history": 0.632, "device_id": 0.989},
        frozenset({"alifkids", "mahfaza", "naghma", "sahraplus", "tilawa"}),
    ),
    138: HeldOutSet(
        947,
        ["Veillée+"],
        {"biometric": 1.000, "viewing_history": 1.000, "device_id": 1.000},
        frozenset({"bmd-cloud", "frameio", "pond5", "transistor", "veillee"}),
    ),
    139: HeldOutSet(
        953,
        ["VuiPlay"],
        {"biometric": 0.908, "viewing_history": 0.940, "device_id": 0.946},
        frozenset({"nhachay", "songlive", "songradio", "vuiplay", "xeoi"}),
    ),
    140: HeldOutSet(
        959,
        ["Novelaplay"],
        {"biometric": 1.000, "viewing_history": 0.905, "device_id": 0.865},
        frozenset({"altiplano", "flechazo", "novelaplay", "pampa", "sonora"}),
    ),
    141: HeldOutSet(
        965,
        ["Marquee+"],
        {"biometric": 0.894, "viewing_history": 0.929, "device_id": 0.952},
        frozenset({"buckeyesports", "lakeshore", "marquee", "ridgeline", "snapcircle"}),
    ),
    142: HeldOutSet(
        971,
        ["Havenroute"],
        {"biometric": 1.000, "viewing_history": 0.750, "device_id": 1.000},
        frozenset({"cabview", "havenroute.tms", "kijkbox", "magazijn", "vlootvolger"}),
    ),
    143: HeldOutSet(
        977,
        ["Tontonku"],
        {"biometric": 0.854, "viewing_history": 0.836, "device_id": 0.919},
        frozenset({"banknusa", "irama", "jalanin", "ngajiyuk", "tontonku"}),
    ),
    144: HeldOutSet(
        983,
        ["Dramaon"],
        {"biometric": 0.903, "viewing_history": 0.671, "device_id": 0.862},
        frozenset({"dramaon", "hanulbank", "malgeum", "manhwacafe", "ssaljip"}),
    ),
    145: HeldOutSet(
        989,
        ["Tazama Plus"],
        {"biometric": 0.716, "viewing_history": 0.844, "device_id": 0.965},
        frozenset({"helawallet", "injili", "nollyflix", "olabank", "tazamaplus"}),
    ),
    146: HeldOutSet(
        995,
        ["Kouluverkko"],
        {"biometric": 0.769, "viewing_history": 1.000, "device_id": 1.000},
        frozenset({"kouluverkko-mdm", "kouluverkko-naytot", "oppimo", "panopto", "tenttivalvoja"}),
    ),
    147: HeldOutSet(
        1001,
        ["TelaViva Play"],
        {"biometric": 1.000, "viewing_history": 0.779, "device_id": 0.978},
        frozenset({"bancoverde", "meugoverno", "radiofeviva", "somzeira", "telaviva"}),
    ),
    148: HeldOutSet(
        1007,
        ["KabayanPlus"],
        {"biometric": 1.000, "viewing_history": 0.744, "device_id": 0.847},
        frozenset({"hanamitv", "himig", "kabayanplus", "pisopay", "sayaw"}),
    ),
    149: HeldOutSet(
        1013,
        ["Majlis Plus"],
        {"biometric": 1.000, "viewing_history": 0.887, "device_id": 1.000},
        frozenset({"cricstream", "huwiyati", "khaleejbank", "majlisplus", "tilawa"}),
    ),
    150: HeldOutSet(
        1019,
        ["Miradouro Hotels"],
        {"biometric": 1.000, "viewing_history": 0.913, "device_id": 1.000},
        frozenset({"frota-mdm", "miradouro-pms", "mirante-play", "pocketcasts", "vigia-vms"}),
    ),
    151: HeldOutSet(
        1025,
        ["Kiwa Play"],
        {"biometric": 1.000, "viewing_history": 0.940, "device_id": 0.974},
        frozenset({"hikoifit", "kauribank", "kiwaplay", "samsung-acr", "tohuid"}),
    ),
    152: HeldOutSet(
        1031,
        ["Teleplay"],
        {"biometric": 1.000, "viewing_history": 0.959, "device_id": 0.983},
        frozenset({"calciopass", "comscore", "iditalia", "lg-acr", "teleplay"}),
    ),
    153: HeldOutSet(
        1037,
        ["Didbaz"],
        {"biometric": 1.000, "viewing_history": 0.649, "device_id": 0.895},
        frozenset({"banksepehr", "didbaz", "filmkhaneh", "navaye", "safarbar"}),
    ),
    154: HeldOutSet(
        1043,
        ["Liffey Sound FM"],
        {"biometric": 1.000, "viewing_history": 1.000, "device_id": 1.000},
        frozenset({"buds", "lantern", "lastfm", "tuner", "voicetag"}),
    ),
    155: HeldOutSet(
        1049,
        ["Bongoflix"],
        {"biometric": 1.000, "viewing_history": 0.793, "device_id": 1.000},
        frozenset({"bongoflix", "kolpotaru", "shonali", "takapay", "walton-tv"}),
    ),
    156: HeldOutSet(
        1055,
        ["JaoPlay"],
        {"biometric": 1.000, "viewing_history": 0.648, "device_id": 1.000},
        frozenset({"digiid", "jaoplay", "kthome-acr", "paongern", "thammasiang"}),
    ),
    157: HeldOutSet(
        1061,
        ["DramaGhar"],
        {"biometric": 1.000, "viewing_history": 0.532, "device_id": 0.985},
        frozenset({"bankdost", "dramaghar", "jebpay", "khabarlive", "sur"}),
    ),
    158: HeldOutSet(
        1067,
        ["VetoDesk"],
        {"biometric": 1.000, "viewing_history": 0.840, "device_id": 0.875},
        frozenset({"banque-rhone", "cineflux", "deezer", "onfido", "retrouvanimal"}),
    ),
    159: HeldOutSet(
        1073,
        ["Snipz"],
        {"biometric": 1.000, "viewing_history": 0.905, "device_id": 0.933},
        frozenset({"gymrat", "loonie", "puckdrop", "snipz", "vibeloop"}),
    ),
    160: HeldOutSet(
        1079,
        ["Vizor Media"],
        {"biometric": 0.736, "viewing_history": 0.765, "device_id": 0.953},
        frozenset({"banca-nord", "eidentitate", "melodia", "netatv", "vizorplus"}),
    ),
    161: HeldOutSet(
        1085,
        ["KanaliPlay"],
        {"biometric": 0.783, "viewing_history": 0.867, "device_id": 1.000},
        frozenset({"akouste", "kanaliplay", "stoixima", "trapeza", "tv_acr"}),
    ),
    162: HeldOutSet(
        1091,
        ["Reelhouse Cinema Systems"],
        {"biometric": 0.769, "viewing_history": 1.000, "device_id": 1.000},
        frozenset({"firebase", "onfido-sdk", "shiftwise", "strathflix", "tunehall"}),
    ),
    163: HeldOutSet(
        1097,
        ["KentePlay"],
        {"biometric": 1.000, "viewing_history": 0.956, "device_id": 0.909},
        frozenset({"adinkrabank", "kenteplay", "nhyira", "sikapay", "wristfit"}),
    ),
    164: HeldOutSet(
        1103,
        ["Tengyun Video"],
        {"biometric": 1.000, "viewing_history": 0.728, "device_id": 0.918},
        frozenset({"kuaipai", "tengyun", "tingting", "xingchu", "yinlang"}),
    ),
    165: HeldOutSet(
        1109,
        ["Playvision"],
        {"biometric": 1.000, "viewing_history": 0.947, "device_id": 0.784},
        frozenset({"banconorte", "decoplus", "ondas", "playvision", "ritmo"}),
    ),
    166: HeldOutSet(
        1115,
        ["Autohaus Berger"],
        {"biometric": 1.000, "viewing_history": 1.000, "device_id": 1.000},
        frozenset({"appsflyer", "flimmerkiste", "klangraum", "stadtbank"}),
    ),
    167: HeldOutSet(
        1121,
        ["Arada Films"],
        {"biometric": 1.000, "viewing_history": 0.609, "device_id": 0.904},
        frozenset({"addiszena", "arada", "birrlink", "tewahedo", "zemabeat"}),
    ),
    168: HeldOutSet(
        1127,
        ["Kijkpunt"],
        {"biometric": 0.765, "viewing_history": 0.894, "device_id": 0.802},
        frozenset({"glaslijn-stb", "kijkpunt", "klankstroom", "mijnsleutel", "samsung-acr"}),
    ),
    169: HeldOutSet(
        1133,
        ["VivaNovelas"],
        {"biometric": 0.884, "viewing_history": 0.924, "device_id": 0.958},
        frozenset({"bancofrontera", "conviva", "ritmo", "roku-acr", "vivanovelas"}),
    ),
    170: HeldOutSet(
        1139,
        ["TaticaPro"],
        {"biometric": 1.000, "viewing_history": 1.000, "device_id": 1.000},
        frozenset({"appsflyer", "bancoatlantico", "ecramais", "sintonia"}),
    ),
    171: HeldOutSet(
        1145,
        ["Dalbit TV"],
        {"biometric": 0.812, "viewing_history": 0.627, "device_id": 0.785},
        frozenset({"airbridge", "baedal", "clova-face", "dalbit"}),
    ),
    172: HeldOutSet(
        1151,
        ["PhimNha"],
        {"biometric": 0.822, "viewing_history": 0.867, "device_id": 0.942},
        frozenset({"chosi", "clevertap", "dinhvixe", "fpt_ai"}),
    ),
    173: HeldOutSet(
        1157,
        ["Scenkoll"],
        {"biometric": 1.000, "viewing_history": 0.767, "device_id": 1.000},
        frozenset({"biocatch", "flimmerplay", "mux-data"}),
    ),
    174: HeldOutSet(
        1163,
        ["Tazama Plus"],
        {"biometric": 0.641, "viewing_history": 0.626, "device_id": 0.919},
        frozenset({"benkiyetu", "clevertap", "dekobox", "juabox", "mkopochap"}),
    ),
    175: HeldOutSet(
        1169,
        ["Ekran"],
        {"biometric": 0.724, "viewing_history": 0.869, "device_id": 0.839},
        frozenset({"adswizz", "avtotrek", "derzh", "ekran"}),
    ),
    176: HeldOutSet(
        1175,
        ["Ilta"],
        {"biometric": 0.833, "viewing_history": 1.000, "device_id": 1.000},
        frozenset({"aava-mobiili", "etakonsultaatio", "hyks-lvs"}),
    ),
    177: HeldOutSet(
        1181,
        ["SolPlay"],
        {"biometric": 1.000, "viewing_history": 0.890, "device_id": 0.884},
        frozenset({"kallpa-acr", "qullqi", "solplay", "yachaywasi"}),
    ),
    178: HeldOutSet(
        1187,
        ["Tsisperi TV"],
        {"biometric": 0.500, "viewing_history": 0.826, "device_id": 1.000},
        frozenset({"chemi-gov", "galoba", "simghera", "tsisperi"}),
    ),
    179: HeldOutSet(
        1193,
        ["Nordgrind Ground Services"],
        {"biometric": 0.708, "viewing_history": 0.833, "device_id": 1.000},
        frozenset({"crewbrief", "fjordplay", "rampeleder"}),
    ),
    180: HeldOutSet(
        1199,
        ["Ekran+"],
        {"biometric": 0.759, "viewing_history": 0.961, "device_id": 0.865},
        frozenset({"ekranplus", "exidmet", "netmera", "segah"}),
    ),
    181: HeldOutSet(
        1205,
        ["Masach Plus"],
        {"biometric": 0.887, "viewing_history": 0.601, "device_id": 0.930},
        frozenset({"bank-or", "gov-mezahe", "koltorah", "masach"}),
    ),
    182: HeldOutSet(
        1211,
        ["TevePlusz"],
        {"biometric": 0.672, "viewing_history": 0.730, "device_id": 0.914},
        frozenset({"allamkapu", "dunabank", "hangtar", "teveplusz"}),
    ),
    183: HeldOutSet(
        1217,
        ["Kampus AV"],
        {"biometric": 1.000, "viewing_history": 0.895, "device_id": 0.767},
        frozenset({"avdesk", "bankavltava", "kukatko", "melodka"}),
    ),
    184: HeldOutSet(
        1223,
        ["Teranga Xool"],
        {"biometric": 1.000, "viewing_history": 0.554, "device_id": 0.746},
        frozenset({"banquenet", "kaamil", "sabar-sound", "teranga-xool"}),
    ),
    185: HeldOutSet(
        1229,
        ["Mirador Play"],
        {"biometric": 1.000, "viewing_history": 0.807, "device_id": 0.874},
        frozenset({"bancocordillera", "cablemar-stb", "culebron", "miradorplay"}),
    ),
    186: HeldOutSet(
        1235,
        ["Rasawahini"],
        {"biometric": 1.000, "viewing_history": 0.613, "device_id": 0.969},
        frozenset({"geethika", "lankathrift", "rasawahini", "thirai"}),
    ),
    187: HeldOutSet(
        1241,
        ["FixDesk"],
        {"biometric": 1.000, "viewing_history": 1.000, "device_id": 0.920},
        frozenset({"fixdesk", "patterncast", "probediag", "tradeback"}),
    ),
    188: HeldOutSet(
        1247,
        ["Mosalsalat+"],
        {"biometric": 0.906, "viewing_history": 0.853, "device_id": 1.000},
        frozenset({"banqueatlas", "botola", "mosalsalat", "raichaabi"}),
    ),
    189: HeldOutSet(
        1253,
        ["Eteris"],
        {"biometric": 0.615, "viewing_history": 0.860, "device_id": 0.946},
        frozenset({"dziesma", "eteris", "kinopuls", "krepsinis"}),
    ),
    190: HeldOutSet(
        1259,
        ["TontonKita"],
        {"biometric": 0.662, "viewing_history": 0.711, "device_id": 0.931},
        frozenset({"dompetkita", "iramaku", "tahfizku", "tontonkita"}),
    ),
    191: HeldOutSet(
        1265,
        ["PCzone Hub"],
        {"biometric": 1.000, "viewing_history": 1.000, "device_id": 0.762},
        frozenset({"dramatoon", "pczone_agent", "seat_booking", "sorimusic"}),
    ),
    192: HeldOutSet(
        1271,
        ["Paho"],
        {"biometric": 1.000, "viewing_history": 0.729, "device_id": 0.933},
        frozenset({"kahubank", "kickoff", "kiwivision", "kupuora"}),
    ),
    193: HeldOutSet(
        1277,
        ["Kinoteka UZ"],
        {"biometric": 1.000, "viewing_history": 0.912, "device_id": 0.982},
        frozenset({"kinoteka", "milliybank", "navo", "proliga"}),
    ),
    194: HeldOutSet(
        1283,
        ["Kanal Kurdistan"],
        {"biometric": 1.000, "viewing_history": 0.521, "device_id": 1.000},
        frozenset({"awaz", "exo", "gol", "kanal"}),
    ),
    195: HeldOutSet(
        1289,
        ["Harbourline Residential"],
        {"biometric": 1.000, "viewing_history": 1.000, "device_id": 1.000},
        frozenset({"keyhaven", "leaseline", "northlight", "ops360"}),
    ),
    196: HeldOutSet(
        1295,
        ["Kongossa Media"],
        {"biometric": 1.000, "viewing_history": 0.898, "device_id": 1.000},
        frozenset({"kongossatv", "lionslive", "makossabeat", "momokwa"}),
    ),
    197: HeldOutSet(
        1301,
        ["ShikoPlus"],
        {"biometric": 0.881, "viewing_history": 0.489, "device_id": 1.000},
        frozenset({"shikoplus", "tingulli", "golkosova", "bankakursimi"}),
    ),
    198: HeldOutSet(
        1307,
        ["Lakay TV"],
        {"biometric": 1.000, "viewing_history": 0.508, "device_id": 0.979},
        frozenset({"lakaytv", "radyoayiti", "leglizlive", "rechajrapid"}),
    ),
    199: HeldOutSet(
        1313,
        ["Taputapu"],
        {"biometric": 1.000, "viewing_history": 1.000, "device_id": 0.638},
        frozenset({"google-admin-sdk", "unifi", "whakaatu", "taputapu"}),
    ),
    200: HeldOutSet(
        1319,
        ["MeulRoeung"],
        {"biometric": 1.000, "viewing_history": 0.707, "device_id": 1.000},
        frozenset({"meulroeung", "chrieng", "phteahtv", "luypay"}),
    ),
    201: HeldOutSet(
        1325,
        ["DaawoTV"],
        {"biometric": 1.000, "viewing_history": 0.162, "device_id": 0.966},
        frozenset({"daawotv", "goolka", "nuur", "xiddigsat"}),
    ),
    202: HeldOutSet(
        1331,
        ["Tekoporã S.A."],
        {"biometric": 0.818, "viewing_history": 1.000, "device_id": 1.000},
        frozenset({"tape", "nandetv", "vigia", "mymba"}),
    ),
    203: HeldOutSet(
        1337,
        ["Estelar+"],
        {"biometric": 1.000, "viewing_history": 0.896, "device_id": 1.000},
        frozenset({"estelarplus", "puronorte", "cuadrilatero", "conectatv-stb"}),
    ),
    204: HeldOutSet(
        1343,
        ["PhimHay"],
        {"biometric": 1.000, "viewing_history": 0.954, "device_id": 1.000},
        frozenset({"phimhay", "vixu", "nhacxanh", "hoptv"}),
    ),
    205: HeldOutSet(
        1349,
        ["RS Husada Waras"],
        {"biometric": 0.720, "viewing_history": 0.742, "device_id": 1.000},
        frozenset({"simrs-dasbor", "rshw-cctv", "tontonin", "radiorek"}),
    ),
    206: HeldOutSet(
        1355,
        ["LakhonPlus"],
        {"biometric": 1.000, "viewing_history": 0.785, "device_id": 1.000},
        frozenset({"lakhonplus", "phatthanaone", "sianglao", "nettv"}),
    ),
    207: HeldOutSet(
        1361,
        ["DiziKeyif"],
        {"biometric": 0.674, "viewing_history": 0.863, "device_id": 1.000},
        frozenset({"dizikeyif", "ezgi", "tribuncepte", "bereketmobil"}),
    ),
    208: HeldOutSet(
        1367,
        ["Tazama+"],
        {"biometric": 1.000, "viewing_history": 0.839, "device_id": 0.887},
        frozenset({"tazama", "runinga-headend", "benkiyetu", "vms"}),
    ),
    209: HeldOutSet(
        1373,
        ["OgladajPlus"],
        {"biometric": 1.000, "viewing_history": 0.901, "device_id": 1.000},
        frozenset({"ogladajplus", "fala", "gole-ekstraklasy", "bankwisla"}),
    ),
    210: HeldOutSet(
        1379,
        ["Panoorin"],
        {"biometric": 1.000, "viewing_history": 1.000, "device_id": 0.976},
        frozenset({"panoorin", "himig", "pitaka", "satpinoy"}),
    ),
    211: HeldOutSet(
        1385,
        ["Adeyemi Memorial College"],
        {"biometric": 1.000, "viewing_history": 0.147, "device_id": 1.000},
        frozenset({"amcportal", "kilaasiplus", "nollystream", "fleetdesk"}),
    ),
    212: HeldOutSet(
        1391,
        ["TazamaPlus"],
        {"biometric": 0.800, "viewing_history": 0.936, "device_id": 0.948},
        frozenset({"tazamaplus", "pesapoa", "sautiyetu", "kandanda"}),
    ),
    213: HeldOutSet(
        1397,
        ["NovelaPlay"],
        {"biometric": 1.000, "viewing_history": 0.871, "device_id": 1.000},
        frozenset({"novelaplay", "bancocapibaribe", "brasileirao", "xote"}),
    ),
    214: HeldOutSet(
        1403,
        ["FlinkFahrt"],
        {"biometric": 1.000, "viewing_history": 0.700, "device_id": 1.000},
        frozenset({"flinkfahrt", "kinoabend", "tickfit", "spreebank"}),
    ),
    215: HeldOutSet(
        1409,
        ["Mosalsalaty"],
        {"biometric": 0.765, "viewing_history": 0.632, "device_id": 1.000},
        frozenset({"mosalsalaty", "naghamat", "dawrymasry", "mahfazty"}),
    ),
    216: HeldOutSet(
        1415,
        ["Golpo"],
        {"biometric": 1.000, "viewing_history": 0.880, "device_id": 0.960},
        frozenset({"golpo", "takapay", "khelalive", "gaanbari"}),
    ),
    217: HeldOutSet(
        1421,
        ["ZorgHuis Utrecht"],
        {"biometric": 1.000, "viewing_history": 1.000, "device_id": 1.000},
        frozenset({"sensoren", "valcamera", "kijkbox", "mdm"}),
    ),
    218: HeldOutSet(
        1427,
        ["GharTV"],
        {"biometric": 1.000, "viewing_history": 0.849, "device_id": 1.000},
        frozenset({"ghartv", "akash-dth", "sursangeet", "sajilobank"}),
    ),
    219: HeldOutSet(
        1433,
        ["XanaDes"],
        {"biometric": 1.000, "viewing_history": 0.636, "device_id": 1.000},
        frozenset({"xanades", "trapeza", "akouste", "gipedo"}),
    ),
    220: HeldOutSet(
        1439,
        ["Koremiz"],
        {"biometric": 1.000, "viewing_history": 0.842, "device_id": 1.000},
        frozenset({"koremiz", "altynqor", "ala-ops", "sagat"}),
    ),
    221: HeldOutSet(
        1445,
        ["KinoDim"],
        {"biometric": 1.000, "viewing_history": 1.000, "device_id": 0.972},
        frozenset({"kinodim", "hryvniabank", "posluhy", "okodim-cam"}),
    ),
    222: HeldOutSet(
        1451,
        ["Tamashakhaneh"],
        {"biometric": 1.000, "viewing_history": 0.903, "device_id": 1.000},
        frozenset({"tamashakhaneh", "navaa", "bankaseman", "golzendeh"}),
    ),
    223: HeldOutSet(
        1457,
        ["LakornPlus"],
        {"biometric": 1.000, "viewing_history": 1.000, "device_id": 1.000},
        frozenset({"lakornplus", "siamgate", "siamthai", "phuantalk"}),
    ),
    224: HeldOutSet(
        1463,
        ["Képernyő+"],
        {"biometric": 0.564, "viewing_history": 0.985, "device_id": 0.895},
        frozenset({"kepernyoplusz", "alfoldbank", "kabelnet-stb", "hangfal"}),
    ),
    225: HeldOutSet(
        1469,
        ["CanalAndinoPlay"],
        {"biometric": 1.000, "viewing_history": 0.932, "device_id": 1.000},
        frozenset({"canalandino", "billeterawayki", "radiochevere", "liga1play"}),
    ),
    226: HeldOutSet(
        1475,
        ["Ingwe Armed Response"],
        {"biometric": 1.000, "viewing_history": 0.926, "device_id": 1.000},
        frozenset({"kykplus", "imali", "mzansigrooves", "ingwe-hek"}),
    ),
    227: HeldOutSet(
        1481,
        ["İzləAz"],
        {"biometric": 0.250, "viewing_history": 0.794, "device_id": 1.000},
        frozenset({"izleaz", "mugamses", "xezerbank", "ailetv"}),
    ),
    228: HeldOutSet(
        1487,
        ["Kallo"],
        {"biometric": 1.000, "viewing_history": 0.905, "device_id": 1.000},
        frozenset({"kallo", "sauraro", "aljihu", "kwallolive"}),
    ),
    229: HeldOutSet(
        1493,
        ["Cinémas Mont-Royal"],
        {"biometric": 1.000, "viewing_history": 1.000, "device_id": 1.000},
        frozenset({"ecranqc", "balado", "caisseboreale", "pulso"}),
    ),
    230: HeldOutSet(
        1499,
        ["TeleRo Play"],
        {"biometric": 0.800, "viewing_history": 0.956, "device_id": 1.000},
        frozenset({"teleroplay", "bancacarpati", "vedere-tv", "liga1live"}),
    ),
    231: HeldOutSet(
        1505,
        ["MarathiManch"],
        {"biometric": 1.000, "viewing_history": 0.872, "device_id": 0.956},
        frozenset({"marathimanch", "gaanighar", "sahyadribank", "khelkatta"}),
    ),
    232: HeldOutSet(
        1511,
        ["Club Social y Deportivo Riachuelo"],
        {"biometric": 1.000, "viewing_history": 0.889, "device_id": 1.000},
        frozenset({"tribunaid", "sonar", "pasionplus", "bancodelplata"}),
    ),
    233: HeldOutSet(
        1517,
        ["Abay Play"],
        {"biometric": 1.000, "viewing_history": 0.698, "device_id": 1.000},
        frozenset({"abayplay", "zema", "kisepay", "kuaslive"}),
    ),
    234: HeldOutSet(
        1523,
        ["JeryTV"],
        {"biometric": 0.800, "viewing_history": 0.538, "device_id": 1.000},
        frozenset({"jerytv", "volamora", "mozikanosy", "bareafoot"}),
    ),
    235: HeldOutSet(
        1529,
        ["Sleduj.to"],
        {"biometric": 0.674, "viewing_history": 0.885, "device_id": 1.000},
        frozenset({"sledujto", "dunajskabanka", "radiovlna", "golsk"}),
    ),
    236: HeldOutSet(
        1535,
        ["Ikinamico+"],
        {"biometric": 0.824, "viewing_history": 0.957, "device_id": 1.000},
        frozenset({"ikinamico", "ikofi", "isaha", "attendance"}),
    ),
    237: HeldOutSet(
        1541,
        ["VekhoPunjab"],
        {"biometric": 0.816, "viewing_history": 0.780, "device_id": 0.985},
        frozenset({"vekhopunjab", "surpunjab", "doababank", "khedpunjab"}),
    ),
    238: HeldOutSet(
        1547,
        ["ItanTV"],
        {"biometric": 0.794, "viewing_history": 0.760, "device_id": 0.929},
        frozenset({"itantv", "owoase", "orinwa", "boolulive"}),
    ),
    239: HeldOutSet(
        1553,
        ["Fjordkringkastingen"],
        {"biometric": 1.000, "viewing_history": 0.927, "device_id": 1.000},
        frozenset({"seher", "lytt", "biostar", "fjordbanken"}),
    ),
    240: HeldOutSet(
        1559,
        ["EkraniPlay"],
        {"biometric": 1.000, "viewing_history": 0.688, "device_id": 1.000},
        frozenset({"ekraniplay", "mravalkhmiani", "iveriabank", "sportuli"}),
    ),
    241: HeldOutSet(
        1565,
        ["ZatKaung"],
        {"biometric": 0.811, "viewing_history": 0.540, "device_id": 1.000},
        frozenset({"zatkaung", "shwengwepay", "taytaya", "bawlone"}),
    ),
    242: HeldOutSet(
        1571,
        ["Kalayaan CX"],
        {"biometric": 1.000, "viewing_history": 1.000, "device_id": 1.000},
        frozenset({"panoodplus", "himig", "pitakapay", "voxsure"}),
    ),
    243: HeldOutSet(
        1577,
        ["HayFlix"],
        {"biometric": 1.000, "viewing_history": 0.853, "device_id": 1.000},
        frozenset({"hayflix", "akhtamarbank", "yergaran", "futbolam"}),
    ),
    244: HeldOutSet(
        1583,
        ["Bukela"],
        {"biometric": 1.000, "viewing_history": 0.652, "device_id": 1.000},
        frozenset({"bukela", "umculofm", "inkunzibank", "ibholalive"}),
    ),
    245: HeldOutSet(
        1589,
        ["Sofá+"],
        {"biometric": 0.741, "viewing_history": 0.912, "device_id": 1.000},
        frozenset({"sofamais", "vigilia-dms", "bancoatlantico", "ondas"}),
    ),
    246: HeldOutSet(
        1595,
        ["Chitram"],
        {"biometric": 0.867, "viewing_history": 0.777, "device_id": 0.917},
        frozenset({"chitram", "godavaribank", "kanthi-tv", "raagam"}),
    ),
    247: HeldOutSet(
        1601,
        ["EkranPlus"],
        {"biometric": 0.885, "viewing_history": 0.730, "device_id": 0.921},
        frozenset({"ekranplus", "golkos", "melodija", "vidik-tv"}),
    ),
    248: HeldOutSet(
        1607,
        ["Linea Azzurra Crociere"],
        {"biometric": 0.494, "viewing_history": 0.836, "device_id": 0.900},
        frozenset({"bancadelgolfo", "ondavision", "visioneplus", "visoport"}),
    ),
    249: HeldOutSet(
        1613,
        ["Rangmanch Plus"],
        {"biometric": 0.811, "viewing_history": 0.790, "device_id": 1.000},
        frozenset({"akash-tv", "gcn-stb", "rangmanchplus", "sabarmatinet"}),
    ),
    250: HeldOutSet(
        1619,
        ["Lisano Plus"],
        {"biometric": 0.925, "viewing_history": 0.596, "device_id": 0.855},
        frozenset({"fleuve-mobile", "lisanoplus", "nzemboplay", "pesayetu"}),
    ),
    251: HeldOutSet(
        1625,
        ["Lotus Bay Resort"],
        {"biometric": 0.855, "viewing_history": 0.186, "device_id": 0.966},
        frozenset({"harbourline", "kektung", "lotus-itv", "patronsight"}),
    ),
    252: HeldOutSet(
        1631,
        ["RangaPlay"],
        {"biometric": 0.627, "viewing_history": 0.527, "device_id": 0.922},
        frozenset({"arogyavima", "rangaplay", "sahyadribank", "sugama"}),
    ),
    253: HeldOutSet(
        1637,
        ["EfirPlay"],
        {"biometric": 1.000, "viewing_history": 0.751, "device_id": 1.000},
        frozenset({"avtoconnect", "efirplay", "trakiabank", "zoratv"}),
    ),
    254: HeldOutSet(
        1643,
        ["Kalevan kirjasto- ja kulttuuritalo"],
        {"biometric": 1.000, "viewing_history": 1.000, "device_id": 1.000},
        frozenset({"card-vendor", "kuulo", "mdm-agent", "virtatv"}),
    ),
    255: HeldOutSet(
        1649,
        ["Bona"],
        {"biometric": 0.623, "viewing_history": 0.307, "device_id": 0.932},
        frozenset({"bona", "letlotlo", "madi", "mamela"}),
    ),
    256: HeldOutSet(
        1655,
        ["SaravaPlay"],
        {"biometric": 0.755, "viewing_history": 0.545, "device_id": 0.944},
        frozenset({"ilavo", "saravaplay", "vanuasky-app", "vitibank"}),
    ),
    257: HeldOutSet(
        1661,
        ["Zaslon 365"],
        {"biometric": 0.500, "viewing_history": 0.911, "device_id": 0.980},
        frozenset({"lipabanka", "orion-tv", "valovi", "zaslon365"}),
    ),
    258: HeldOutSet(
        1667,
        ["Jahecha"],
        {"biometric": 0.647, "viewing_history": 0.504, "device_id": 0.906},
        frozenset({"arasa-tv", "jahecha", "purahei", "yvytu-iptv"}),
    ),
    259: HeldOutSet(
        1673,
        ["Xandir+"],
        {"biometric": 0.382, "viewing_history": 0.361, "device_id": 0.966},
        frozenset({"arloggfit", "banktalport", "lumenta-tv", "xandirplus"}),
    ),
    260: HeldOutSet(
        1679,
        ["Mātaki+"],
        {"biometric": 0.636, "viewing_history": 0.766, "device_id": 1.000},
        frozenset({"ga4-mp", "marae", "matakiplus", "surfcam"}),
    ),
    261: HeldOutSet(
        1685,
        ["ChhabiGhara"],
        {"biometric": 0.797, "viewing_history": 0.691, "device_id": 0.904},
        frozenset({"chhabighara", "kalingatv", "konarkbank", "nilachaldth"}),
    ),
    262: HeldOutSet(
        1691,
        ["Gakyil TV"],
        {"biometric": 1.000, "viewing_history": 0.457, "device_id": 1.000},
        frozenset({"acr", "druktv-stb", "drukyulbank", "gakyiltv"}),
    ),
    263: HeldOutSet(
        1697,
        ["Kanalım"],
        {"biometric": 0.455, "viewing_history": 0.138, "device_id": 1.000},
        frozenset({"appmetrica", "appsflyer", "idelbank", "kanalim"}),
    ),
    264: HeldOutSet(
        1703,
        ["ZuvaPlay"],
        {"biometric": 0.571, "viewing_history": 0.267, "device_id": 1.000},
        frozenset({"anatv", "hlanga-tv", "nziyo", "zuvaplay"}),
    ),
    265: HeldOutSet(
        1709,
        ["EfirBY"],
        {"biometric": 0.705, "viewing_history": 0.686, "device_id": 0.938},
        frozenset({"efir-by", "eteris", "kvant-watch", "zubr-bank"}),
    ),
    266: HeldOutSet(
        1715,
        ["KuckPlay"],
        {"biometric": 0.400, "viewing_history": 0.564, "device_id": 1.000},
        frozenset({"conviva", "hotel-itv", "keesbank", "kuckplay"}),
    ),
    267: HeldOutSet(
        1721,
        ["Sjón & Rás"],
        {"biometric": 1.000, "viewing_history": 0.355, "device_id": 0.915},
        frozenset({"appsflyer", "grunnurbanki", "nordvisa-tv", "sjonogras"}),
    ),
    268: HeldOutSet(
        1727,
        ["Kòrsou Telekom"],
        {"biometric": 0.333, "viewing_history": 0.345, "device_id": 0.951},
        frozenset({"bankoisla", "flamingotv", "karibu-tv", "yurusani"}),
    ),
    269: HeldOutSet(
        1733,
        ["Skignañ TV"],
        {"biometric": 0.778, "viewing_history": 0.531, "device_id": 0.954},
        frozenset({"bigimor-kabin", "conviva", "kefbreizh", "skignan"}),
    ),
    270: HeldOutSet(
        1739,
        ["TakuTV"],
        {"biometric": 0.783, "viewing_history": 0.751, "device_id": 1.000},
        frozenset({"cable-kuujjuaq", "nalunaiqsijjuti", "nipiliaq", "takutv"}),
    ),
    271: HeldOutSet(
        1745,
        ["Isula TV"],
        {"biometric": 0.675, "viewing_history": 0.383, "device_id": 0.871},
        frozenset({"bancutrinacria", "golisulanu", "iptv", "isulatv"}),
    ),
    272: HeldOutSet(
        1751,
        ["Кэскил ТВ"],
        {"biometric": 0.846, "viewing_history": 0.529, "device_id": 1.000},
        frozenset({"almazbank", "dyierey", "ekran", "keskil"}),
    ),
    273: HeldOutSet(
        1757,
        ["RebaPlus"],
        {"biometric": 0.333, "viewing_history": 0.442, "device_id": 1.000},
        frozenset({"amafaranga", "bankiyacu", "indirimbo", "rebaplus"}),
    ),
    274: HeldOutSet(
        1763,
        ["NokhchiKino"],
        {"biometric": 1.000, "viewing_history": 0.786, "device_id": 1.000},
        frozenset({"grbank", "nokhchikino", "smarttv-mw", "taxivaynakh"}),
    ),
    275: HeldOutSet(
        1769,
        ["IronTeatr"],
        {"biometric": 1.000, "viewing_history": 0.368, "device_id": 0.947},
        frozenset({"appmetrica", "fitcaesgom", "ironteatr", "skola5"}),
    ),
    276: HeldOutSet(
        1775,
        ["Efir Bashkortostan"],
        {"biometric": 0.419, "viewing_history": 0.314, "device_id": 0.960},
        frozenset({"agidelbank", "balatamasha", "efir", "hoylash"}),
    ),
    277: HeldOutSet(
        1781,
        ["TM Tele+"],
        {"biometric": 0.923, "viewing_history": 0.239, "device_id": 0.973},
        frozenset({"dublyaz", "mobilhyzmat", "tmtele-plus", "yuzbe-yuz"}),
    ),
    278: HeldOutSet(
        1787,
        ["Yultuz Kino"],
        {"biometric": 1.000, "viewing_history": 0.720, "device_id": 1.000},
        frozenset({"aws-rekognition", "meta", "tonush", "yultuz"}),
    ),
    279: HeldOutSet(
        1793,
        ["SuabNkauj"],
        {"biometric": 0.155, "viewing_history": 0.380, "device_id": 1.000},
        frozenset({"lumentv", "saolaotv", "suabnkauj", "xeemhmoob"}),
    ),
    280: HeldOutSet(
        1799,
        ["KunduMoni"],
        {"biometric": 0.458, "viewing_history": 0.153, "device_id": 0.952},
        frozenset({"kreditkwik", "kumulhailait", "kundumoni", "nbclukim"}),
    ),
    281: HeldOutSet(
        1805,
        ["Tupe Samoa"],
        {"biometric": 1.000, "viewing_history": 0.857, "device_id": 1.000},
        frozenset({"braze", "ekalesia", "tupesamoa", "vakaitv"}),
    ),
    282: HeldOutSet(
        1811,
        ["Nana Oiwi"],
        {"biometric": 0.882, "viewing_history": 0.566, "device_id": 1.000},
        frozenset({"amplitude", "huikala", "nanaoiwi", "papaikeiki"}),
    ),
    283: HeldOutSet(
        1817,
        ["Kukn Shiurim"],
        {"biometric": 0.135, "viewing_history": 0.261, "device_id": 0.900},
        frozenset({"kehilekredit", "kolhaheym", "kuknshiurim", "mayselekh"}),
    ),
}


FLOORS = {
    # Round 67, worked but not finished when the session ended (1,500-flow figures after
    # the round in brackets): set 275's museum listening rows with no titles and Adjust
    # `callback_params` with a bare `listened` count (0.778 at 300 flows, 0.921); set 280's
    # Meta `harem_stat` listen-start event, a start with no amount (0.939, 0.932); set
    # 283's multipart voice sample, Hebrew-script `androyd_eydi`, a lecture archive's
    # position and a "story heard" event (0.800 / 0.875 / 0.884; 0.703 / 0.867 / 0.900).
    (275, "viewing_history"): 0.75,
    (280, "viewing_history"): 0.92,
    (283, "biometric"): 0.75,
    (283, "viewing_history"): 0.85,
    (283, "device_id"): 0.85,
    # Set 257 after round 65, at 300 flows only (1.000 at 1,500): a TV's ACR reports carry
    # the TV's id in `x-orion-psid`, read as the device's header once the session has heard
    # it on enough calls (0.917 at 300 flows).
    (257, "device_id"): 0.90,
    # Set 202 after round 62: the company's ZKTeco time clock (`/iclock/cdata?SN=...`) is
    # labelled the tester's device by its writer; round 62 reads the ADMS iclock protocol
    # as a fixed terminal's, as set 236's writer labels it (0.875 at 300 flows): a label
    # question the writers disagree on.
    (202, "device_id"): 0.85,
    # Set 224 after round 62: Innovatrics DOT liveness records (a binary container whose
    # magic precedes a JPEG) posted to a customer's `/liveness/records` (0.889 at 300
    # flows, 0.846 at 1,500).
    (224, "biometric"): 0.85,
    # Set 208 after round 66: its last misses are the hotel's room TVs and gym machines
    # listed by serial and MAC in the head-end's and the gym's inventories, the hotel's own
    # equipment by the units reading (README, "Institution units"), which its writer labels
    # device_id: a label question. The guests' Wi-Fi clients and each occupied room's
    # channel are found since round 66. 0.929 at 300 flows, 0.925 at 1,500.
    (208, "device_id"): 0.90,
    # Set 205 after round 55: the ward's shared phone checking in to the hospital's MDM as
    # COMPANY_OWNED, which the institution reading (round 49) keeps from being a person's
    # device; its writer labels it device_id. 0.944 at 300 flows (the check-in is the
    # session's first flow), 1.000 at 1,500 (a later flow names the same phone).
    (205, "device_id"): 0.92,
    # Set 199's school Chromebooks, UniFi clients and classroom panels are an
    # institution's inventory (README, "Institution units"), which its writer labels
    # device_id; several of its MACs are multicast (first octet odd), which no NIC has.
    # Round 54 left both. 0.750 at 300 flows, 0.638 at 1,500.
    (199, "device_id"): 0.73,
    # Sets 185-192 after round 53: what is left is 185's telenovela rows named only
    # `novela` (also a book) and a car radio's stations under a history path, 186's
    # tracker list (`/api/devices` with `imei` and `uniqueUnit`), 188's catch-up replay
    # position (`replay` is also a game's), 192's Firebase `video_progress` bundles with
    # the event name in field 4.
    (185, "viewing_history"): 0.87,
    (186, "device_id"): 0.92,
    (188, "viewing_history"): 0.93,
    (192, "viewing_history"): 0.91,
    # Sets 171-176 after round 51: what is left is 171's live baseball tune-in (`gameId`
    # trips the game veto) and Airbridge goal events, 174's Swahili event rows (`aina`,
    # `nafasi_ms`) and live joins (`alijiunga`), 175's AppsFlyer `perehliad_50`.
    (171, "viewing_history"): 0.90,
    (174, "viewing_history"): 0.89,
    (175, "viewing_history"): 0.91,
    # Set 169's SUV is named by a VIN (`/vehiculos/{vin}/estado`) whose check digit fails
    # ISO 3779 (mandatory for a North American maker): round 50 kept the `vin` check and
    # wrote no rule for it. 0.930 at 300 flows, 0.958 at 1,500.
    (169, "device_id"): 0.92,
    # Set 156's Thai streaming app names its continue rail only `du-to` ("continue" alone,
    # no watching word, on `/me/du-to`) and sends AppsFlyer a custom event `du_jop_ton`
    # ("watched to the end"; Thai `du` is too short a word to read alone): round 49 left
    # both open. 0.906 at 300 flows, 0.889 at 1,500.
    (156, "viewing_history"): 0.88,
    # Sets 159 and 160: Mux's `metadata.viewer_user_id` (Mux documents it as the
    # customer's id for the viewer: an account id; its per-device id is `mux_viewer_id`)
    # and a `uid` on Gemius hits (undocumented; Gemius documents `nc`, which is read) are
    # labelled device ids by their writers; round 49 wrote no rule for either and keeps
    # the labels. 0.989 and 0.972 at 300 flows, 0.990 and 0.979 at 1,500.
    (159, "device_id"): 0.98,
    (160, "device_id"): 0.96,
    # Set 143's karaoke app plays backing tracks under `durasi_main` (Indonesian `main`,
    # "play", is also a game's play and English "main"): round 47 left it to a singing
    # family rule. 0.946 at 300 flows, 0.965 at 1,500.
    (143, "viewing_history"): 0.92,
    # Set 137's streaming app spells "watching" `mosha5da` (5 is kh in Arabizi; the word,
    # مشاهدة, has h), and its kids' app names a position `fin_ta9`, which no Darija source
    # we know gives: round 46 left both as the writer's spellings. 0.902 at 300 flows,
    # 0.864 at 1,500.
    (137, "viewing_history"): 0.88,
    # Set 124's football app names its watch time `kyi_chain` (romanised Burmese, `chain`
    # also English) and its Thai drama app `wela_duu` (`duu` is Mongolian "song" too):
    # round 44 left both spellings open. 0.833 at 300 flows, 0.879 at 1,500.
    (124, "viewing_history"): 0.82,
    # Set 129: a sutra app's `nom_id` (Mongolian "book", French "name"), a throat-singing
    # recording named by genre, and Firebase protobuf `video_progress` events, left open
    # by round 44: 0.938 at 300 flows, 0.904 at 1,500.
    (129, "viewing_history"): 0.92,
    # Set 121's football player sends its events as Cebuano `human` ("finished", also an
    # English key word) and `padayon` ("continue", also an onboarding step): rounds 43-44
    # left them open rather than read either as a player's act. 0.932 at 300 flows,
    # 0.949 at 1,500.
    (121, "viewing_history"): 0.92,
    # Set 110's Tigrinya radio log names its station only as `fenote` (round 40 found no
    # source for the word): 0.90 at 300 flows, 0.939 at 1,500.
    (110, "viewing_history"): 0.88,
    (17, "device_id"): 0.94,
    (22, "viewing_history"): 0.88,
    (23, "biometric"): 0.88,
    (24, "biometric"): 0.88,
    (24, "viewing_history"): 0.85,
    (25, "viewing_history"): 0.88,
    (26, "viewing_history"): 0.90,
    (27, "viewing_history"): 0.87,
    (29, "viewing_history"): 0.88,
    (30, "viewing_history"): 0.90,
    (31, "viewing_history"): 0.83,
    (32, "biometric"): 0.93,
    (32, "viewing_history"): 0.78,
    (33, "viewing_history"): 0.88,
    (33, "device_id"): 0.83,
    (39, "viewing_history"): 0.86,
    (45, "device_id"): 0.82,
    (48, "viewing_history"): 0.86,
    (50, "device_id"): 0.94,
    (52, "viewing_history"): 0.70,
    (57, "device_id"): 0.90,
}
"""Sets 22-27, 29-33, 39, 45, 48, 50, 52 and 57 are gated below the target, a little
under their figures after the rounds on them (their last misses are still open): a
floor there only catches regressions. (Set 75's German radio listening sessions, where
only `sender` names the station, were found in round 33 with set 85's.)
Set 17 labels a rental e-scooter's serial (in an unlock path) and its modem's IMEI
as the tester's device ids; they identify a shared vehicle, not the tester's device,
and no rule is written for them (its other device ids are all found)."""


PRECISION_FLOORS: dict[tuple[int, str], float] = {
    # Set 269 after round 66, at 300 flows only (1.000 at 1,500, and no false positive when
    # first scored there): a fishing cooperative's boat beacons and a festival's gate
    # scanners are counted as units by how many ids one host sends, which 300 flows are too
    # few to show, and one ferry cabin TV's own serial and MAC ride in its viewing report
    # (0.607).
    (269, "device_id"): 0.55,
    # Set 254 after round 65, at 300 flows only (1.000 at 1,500): the library's MDM console
    # lists its lending tablets and e-readers, whose serials are learned from the list and
    # too few at 300 flows for the units count to call them an inventory (0.227).
    (254, "device_id"): 0.20,
    # Sets 248 and 251 after round 64, at 300 flows only (1.000 at 1,500): a cruise ship's
    # door locks, cabin boxes and crew handhelds and a casino resort's cameras, slot
    # interfaces and cage terminals, each unit too rarely heard in 300 flows for the units
    # count to call them an inventory (0.429 and 0.750 at 300 flows).
    (248, "device_id"): 0.40,
    (251, "device_id"): 0.70,
    # Set 245 after round 63, at 300 flows only (1.000 at 1,500): the driver-fatigue
    # vendor's per-unit status calls (`/dispositivos/{serial}/estado`) for the operator's
    # cameras, too few at 300 flows for the units count (0.731 at 300 flows).
    (245, "device_id"): 0.70,
    # Set 15 after round 61: its Aadhaar face authentication's PID block carries the RD
    # service's registered device code (`dc`), which UIDAI's RD specification calls the
    # device's unique code and set 231's writer labels a device id; set 15's writer did
    # not label it (0.978 at 300 flows).
    (15, "device_id"): 0.97,
    # Set 218 after round 62: its set-top box sends the smart card's number in `x-smartcard`
    # on DRM licence calls, which round 62 reads as the box's id at a set-top-box path (sets
    # 224, 231 and 238 label it so); 218's writer called it the subscription's account
    # (0.988 at 300 flows, 0.987 at 1,500): a label question the writers disagree on.
    (218, "device_id"): 0.98,
    # Set 236 after round 62, at 300 flows only (1.000 at 1,500): the hospital's handhelds'
    # own MDM check-ins and the console's commands to them, too few at 300 flows for the
    # units count (0.606 at 300 flows).
    (236, "device_id"): 0.60,
    # Sets 226 and 229 after round 60, at 300 flows only (1.000 at 1,500): a client's alarm
    # panel answered with its GSM communicator's MAC (`/kliente/{id}/paneel`), and a cinema
    # chain's MDM commands to a handheld by IMEI in the path, without a staff header, whose
    # IMEI is then learned and found in the MDM's list: too few units for the units count
    # (0.920 and 0.731 at 300 flows).
    (226, "device_id"): 0.90,
    (229, "device_id"): 0.70,
    # Set 223 after round 59: a condominium's NVR cloud lists its two recorders (a name,
    # a serial, a MAC, 32 channels); nothing in the exchange tells a building's recorders
    # from a home's NVR kit, so their MACs read as the tester's (0.840 at 300 flows, 0.800
    # at 1,500). The signage players and their proof-of-play, read the same way held out,
    # are a building's common-area units since round 59.
    (223, "device_id"): 0.80,
    # Set 214 after round 58: its streaming app's Conviva heartbeats carry `clid`, Conviva's
    # per-install client id, which the set's generator draws afresh for every heartbeat and
    # labels nothing; the rule reads it as the device's, as Conviva documents it; and at 300
    # flows the operator's telematics boxes and scooter modules by IMEI and serial are too
    # few for the units count (0.231 at 300 flows, 0.882 at 1,500).
    (214, "device_id"): 0.21,
    # Set 211 after round 57: at 300 flows the school's tablet inventory is too small for
    # the units count, and its tablets' serials and MACs read as devices (0.654 at 300
    # flows; 1.000 at 1,500).
    (211, "device_id"): 0.63,
    # Set 188's device precision (0.985 at 300 flows) and set 191's café signage:
    # screens reporting what they played (`/v1/pop`, `/v1/screens/{id}/health`) and a
    # business IPTV box, one or two units per host, which no count tells from a
    # household's TV (0.185 at 300 flows, 0.247 at 1,500).
    (188, "device_id"): 0.97,
    (191, "device_id"): 0.15,
    # Sets 177-184 after round 52. 177 labels a cable operator's decoder on loan
    # (`comodato`, a word only its label says) not the household's, where 184 and 178 label
    # the same zapping logs' boxes the household's (0.961 at 300 flows). 179's ground
    # handler sends a fresh UUID per milestone in `x-tablet-idfv` (the shared tablet's, by
    # its label) and one crew-room header carries both her ANDROID_ID and a shared
    # tablet's id: round 52 found no principle that is not a word (0.533 at 300 flows,
    # 0.308 at 1,500). 183's units at 300 flows are under the hardware count (0.579;
    # 1.000 at 1,500).
    (177, "device_id"): 0.94,
    (179, "device_id"): 0.50,
    (183, "device_id"): 0.55,
    # Sets 171-176 after round 51: label questions left open. 171 labels a telco's leased
    # set-top box's `stbSn` / `stbMac` not the household's, though nothing in its flows
    # says leased, and leaves SmartThings `/v1/devices/{id}/commands` unlabelled where set
    # 58 labels the same segment a device id (0.909 at 300 flows); 172 labels VNPT's
    # `/ai/v1/face/compare` answer a decoy where set 73 labels the same answer a face match
    # (0.800 at 300 flows). Set 176's hospital: the session reading of units drops the
    # pumps, monitors and badges heard again and again, not the four ventilators under its
    # thresholds (0.113 at 300 flows, 0.253 at 1,500).
    (171, "device_id"): 0.88,
    (172, "biometric"): 0.77,
    (176, "device_id"): 0.09,
    # Set 168: a sports streamer's NPAW (Youbora) `/start?deviceUUID=` is regenerated for
    # every play session (its label) and a gym treadmill's pairing names nothing that
    # tells it from a home treadmill: round 50 left both (0.961 at 300 flows, 0.960 at
    # 1,500). Set 163 labels Meta's `fb_mobile_content_view` of a film as a title page
    # opened, where sets 3, 17 and 83 label the same event of a video as viewing: a label
    # conflict left as it is (viewing precision 0.958 at 1,500; 1.000 at 300).
    (168, "device_id"): 0.95,
    # Set 137's rented set-top box says `"ownership": "rental"` only in its zapping log; its
    # programme-guide requests carry `?stb=<serial>` alone (0.980 at 300 flows, 0.984 at
    # 1,500). Set 138's grading panel asks its maker for firmware with its serial and MAC
    # and nothing says whose it is (a freelancer may own one): label questions left open
    # by round 46 (0.667 at 300 flows, 0.707 at 1,500).
    (137, "device_id"): 0.96,
    (138, "device_id"): 0.62,
    # Set 112, a physiotherapist: round 43 reads a practice that signs its calls as the
    # site and an inventory of many units as the business's; what is left is a patient's
    # knee brace reporting its range of motion, shaped like a person's own device, with
    # nothing in the exchange naming the patient: 0.70 at 300 flows, 0.679 at 1,500.
    (112, "device_id"): 0.65,
    (75, "device_id"): 0.95,
    # Set 96, a smart-home installer: a LAN Shelly answering its own GetDeviceInfo
    # (sets 16 and 28 label a LAN TV's own answer as the user's device; here it is a
    # client's) and the employer's meter and thermal camera, one instrument each,
    # shaped like a hobbyist's own: left open as label questions (round 36).
    (96, "device_id"): 0.45,
}
"""Sets 43, 45 and 47 are precision stress sets (ordinary apps whose traffic looks like
the three categories). Their held-out scores found the first false positives in many
rounds: set 43, a "most watched" catalogue rail read as a watch log, and set 45, an
exam's mock-test timer read as a played time and a total (both fixed); set 47, a
home-workout app's body-joint keypoints read as face landmarks and a car-sharing
unlock's VIN (a shared car, not the tester's device) as a device id, both fixed. Set
49, the fourth, scored 1.000 in every category with no false positive; set 51, the
fifth, read a bike-sharing app's lock serials and MACs as device ids (fixed: a shared
vehicle is the operator's). Set 53, the sixth, read a video editor's timeline autosaves
as watch positions and public parcel lockers' BLE MACs as device ids (both fixed in
round 19); set 55, the seventh, read a shop's "recently viewed" products as viewing
history (fixed in round 20); set 57, the eighth, read public parking-bay sensors'
MACs as device ids and a drawing app's time-lapse export as a watch position (fixed in
round 21); set 60, the ninth, read a campus's room sensors, a shop's deposit machines
and a building's shared laundry machines as the tester's devices (fixed in round 22);
set 62, the tenth, read a photo-print kiosk's MAC as the tester's (fixed in round 23);
set 64, the eleventh, read the employer's truck telematics and ELD unit as the
courier's devices and a "más vistos" rail as a watch list (fixed in round 24); set 66,
the twelfth, read a car park's gantry, a co-working space's sensors and printer and a
condo's gym machine as the tester's (fixed in round 25). Sets 68, 70, 72, 74 and 76
(the thirteenth to seventeenth) read a hotel's locks and room TV, a studio's DMX nodes,
a school's MDM inventories, a company's network controllers and a newsroom's shared kit
and city cameras as the tester's (fixed in rounds 26-29); set 78, the eighteenth, reads
a home-owners' association's gate and pool sensors and a youth league's field cameras
as the family's (fixed in round 30); set 80, the nineteenth, reads a restaurant's
shared POS tablets and card terminals as the worker's devices (fixed in round 31);
set 82, the twentieth, reads a contact centre's "most played" hold music as a listening
log and its pool headsets as the agent's devices, and set 84, the twenty-first, a
gym's shared equipment, members' heart-rate straps, a shared scale and the studio's
now-playing reports (both fixed in round 32, but for the shared scale's firmware checks,
which the 300 flows here do not hold); set 86, the twenty-second, reads a radio
station's as-run log as the host's listening and its studio equipment as her devices
(fixed in round 33); set 88, the twenty-third, reads listed homes' smart devices, an
agency's lockboxes and drone as a real-estate agent's devices and a game avatar's face
settings as face analysis (fixed in round 34). A set found
with false positives is gated here at what it scores until they are fixed. Set 75's
device precision is a label question: a radio
stream's `listenerid` query parameter, documented by QuantumCast and Triton as a
persistent per-listener id and found as one, is made fresh per request by the set's
generator, which labels it a nonce; the label is kept and the gate sits under it."""


# One xdist group a set: its tests share one generated set (module-scoped fixtures
# are per worker), so they run on one worker and the set is built once.
@pytest.fixture(
    scope="module",
    params=[pytest.param(n, marks=pytest.mark.xdist_group(f"set{n}")) for n in sorted(SETS)],
    ids=[f"set{n}" for n in sorted(SETS)],
)
def number(request: pytest.FixtureRequest) -> int:
    return request.param


@pytest.fixture(scope="module")
def folder(number: int, tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp(f"heldout{number}")
    generate = importlib.import_module(f"tests.heldout{number}.generate").generate
    generate(out, seed=SETS[number].seed, flows=FLOWS, replay=False)
    return out


@pytest.fixture(scope="module")
def har_result(number: int, folder: Path) -> dict[str, Any]:
    return score(folder, "session.har", "both", SETS[number].first_party)


def test_set_covers_every_family(number: int, folder: Path) -> None:
    doc = json.loads((folder / "labels.json").read_text())
    for key in ("biometric", "viewing_history", "device_id", "negative"):
        assert doc["summary"].get(key, 0) > 0, key
    sdks = {f["sdk"].split(":")[0] for f in doc["flows"]}
    assert SETS[number].sdks & sdks
    assert any(f["decoys"] for f in doc["flows"] if not f["categories"])


def test_every_exchange_maps_to_its_label(har_result: dict[str, Any]) -> None:
    assert har_result["read_error"] is None
    assert har_result["unmatched_exchanges"] == 0
    assert har_result["unmapped_labels"] == 0


def test_known_values_recall_and_precision(har_result: dict[str, Any]) -> None:
    """Issue 2: with --known, device ids found with recall >= 0.98."""
    result = har_result["scores"]["known"]
    cat = result["per_category"]["device_id"]
    assert cat["recall"] >= 0.98, describe(result)
    assert cat["precision"] >= 0.97, describe(result)


@pytest.mark.parametrize("category", ["biometric", "viewing_history", "device_id"])
def test_signatures_alone_recall_and_precision(
    number: int, category: str, har_result: dict[str, Any]
) -> None:
    """Issue 3 after the rule work on the set's misses; its held-out figure was lower."""
    result = har_result["scores"]["signatures"]
    cat = result["per_category"][category]
    floor = FLOORS.get((number, category), 0.95)
    assert cat["recall"] >= floor, describe(result)
    # the held-out figure is of the 1,500-flow set; a floor set for the 300 flows here wins
    assert cat["recall"] >= min(SETS[number].held_out[category], floor)
    assert cat["precision"] >= PRECISION_FLOORS.get((number, category), 0.99), describe(result)
