"""Playback reports of any player SDK: a media id with a played amount, a
playhead or a playback event, in any naming style."""

from __future__ import annotations

import re
from functools import lru_cache

from ._common import (
    _is_number,
    _norm_key,
    _norm_text,
    _numeric,
    key_words,
    structure,
)

# -- playback reports: what any player SDK sends, in any naming style ---------
#
# A domain reader recognises a viewing report by meaning, not by vendor: a key
# that names a piece of media (video, episode, song, Kaltura entry...) beside a
# key that says how much of it was played (played_seconds, playTimeSum,
# watch_time, position_ms) or beside a playback event name (play, video_view,
# heartbeat, quartile). Keys are split into words, so `playTimeSum`,
# `play_time_sum` and `play-time-sum` are one thing, and the same test runs on
# a JSON object, a query string and a form.


# Nouns that name something watched or listened to on their own.
_MEDIA_NOUNS = frozenset(
    ["video", "videos", "episode", "episodes", "song", "movie", "film", "clip", "programme",
     "podcast", "audiobook", "aweme", "vod", "show", "trailer",
     # short dramas and the words other languages' APIs use for what is watched
     "drama", "dramas", "playlet", "anime", "documentary", "episodio", "capitulo", "pelicula",
     "filme", "folge", "sendung", "duanju", "juji", "shipin"]
)  # fmt: skip
# An episode's number names it within its series (`episodeNo`, `episode_number`).
_ORDINAL_WORDS = frozenset(["no", "num", "number", "nr", "idx", "index"])
# Nouns that name media only with an id suffix and a playback key.
_LOOSE_NOUNS = frozenset(
    ["content", "media", "asset", "entry", "item", "title", "track", "book", "chapter",
     "program", "series", "channel", "stream", "lecture", "photo", "reel", "lesson", "station",
     "live", "livestream", "broadcast", "webinar", "vid", "tvid", "cid", *["post", "radio"],
     *["streamer", "anchor", "broadcaster"]]
)  # fmt: skip
# What short-video and radio apps call the thing played (`postId` + `playDurationMs`):
# a feed's post is also viewed at a list position, so these ids count only beside a
# played amount or a playhead, never beside a bare view event.
# A live streamer's (anchor's, broadcaster's) id is who was watched live, but
# follows and gifts name them too: only beside a watched amount.
_PLAYED_ONLY_NOUNS = frozenset(["post", "radio", "streamer", "anchor", "broadcaster"])
# Video platforms' own short names for a video id (Tencent Video and iQIYI `vid` /
# `tvid`): an id by themselves, but USB and Bluetooth say `vid` too, so only loose.
# `cid` (a content id in TV apps' heartbeats) is also a client or campaign id: loose.
_SELF_ID_NOUNS = frozenset(["vid", "tvid", "cid"])
# Amazon's `asin` names a Prime Video title as it names any product in the shop: it
# counts only with a playback event and a timecode (`UpdateStream?asin=&event=PLAY&
# timecode=`), never with a list position (a shop's impression has one).
_SHOP_IDS = frozenset(["asin"])
# `arn`: AWS resource names address IVS / MediaLive channels (`channelArn`).
_ID_WORDS = frozenset(
    ["id", "ids", "guid", "uuid", "key", "ref", "urn", "uri", "url", "asin", "arn", "uid", "cd",
     "code"]
)  # fmt: skip
# Stories and snaps are watched, but a news site has stories too: they count as
# watched only with a timed view (`view_time_ms`) and a count of the story's frames
# seen (`snaps_seen`, `slides_viewed`), never with a bare view event.
_VISUAL_LOOSE_NOUNS = frozenset(["story", "stories", "snap"])
_STORY_FRAME_WORDS = frozenset(["snaps", "snap", "slides", "slide", "frames", "segments", "seen"])
_NAME_WORDS = frozenset(["name", "title"])
_PLAY_VERBS = frozenset(
    ["play", "played", "playing", "playback", "watch", "watched", "watching", "listen",
     "listened", "listening", "resume"]
)  # fmt: skip
_PLAY_UNITS = frozenset(
    ["time", "seconds", "secs", "sec", "ms", "millis", "duration", "position", "progress",
     "percent", "pct", "sum", "at", "date", "minutes", "mins", "head", "s"]
)  # fmt: skip
# "played" is also what games say; only watching or listening stands without a media id.
_GAME_PLAY_VERBS = frozenset(["play", "played", "playing"])
_TIME_UNITS = frozenset(
    ["ms", "millis", "sec", "secs", "seconds", "s", "minutes", "mins", "ticks"]
)  # ticks: .NET 100 ns units (Jellyfin / Emby `PositionTicks`)
# `timecode`: a time into media (Amazon's `UpdateStream?timecode=`), never a list order.
_PROGRESS_WORDS = frozenset(
    ["position", "progress", "offset", "elapsed", "playhead", "completion", "resume", "bookmark",
     "timecode"]
)  # fmt: skip
# A resume point or a bookmark time says where playback stopped even as a bare integer.
_SURE_PROGRESS_WORDS = frozenset(["progress", "completion", "resume", "bookmark"])
# Viewing verbs count only beside a media noun's id: products and pages are "viewed" too.
_VIEW_VERBS = frozenset(["view", "viewed", "viewing"])
# `state=playing`: a player state, not a job state (`completed`, `started` are both).
# `paused` is also what downloads, jobs and chargers say.
_STATE_KEYS = frozenset(
    ["state", "status", "playstate", "playerstate", "playbackstate", "playerstatus"]
)
_PLAYER_STATES = frozenset(["playing", "buffering"])
_PLAY_EVENTS = frozenset(
    ["play", "played", "playing", "playback", "view", "viewed", "watch", "watched", "heartbeat",
     "progress", "quartile", "midpoint", "complete", "completed", "stop", "stopped", "pause",
     "paused", "resume", "resumed", "engagement", "listen", "listened", "start", "started",
     # a player's keep-alive (`keepAlive`, `keep_alive`) beside a title id is a heartbeat
     "alive", "keepalive"]
)  # fmt: skip
# Episode actions a podcast or series sync records (skipping an episode still says it
# was reached): lessons and tasks are skipped and finished too, so these count only
# beside a media noun's own id.
_EPISODE_ACTIONS = frozenset(["skip", "skipped", "seek", "seeked", "finished", "ended"])
_EVENT_KEYS = frozenset(
    ["event", "evt", "eventname", "evtname", "eventtype", "evttype", "action", "type", "name",
     "ev", "en", "verb", "activity", "eventaction"]
)  # fmt: skip
# Words that make an object about transfers, previews, ordering or games, not watching.
_NOT_PLAYBACK = frozenset(
    ["upload", "uploaded", "uploading", "download", "downloaded", "downloading", "bytes",
     "chunk", "chunks", "transcode", "transcoding", "encoding", "render", "rendering",
     "thumbnail", "thumbnails", "thumb", "thumbs", "sprite", "sprites", "storyboard",
     "preview", "playlist", "rank", "sort", "reorder", "game", "lat", "lon", "lng"]
)  # fmt: skip
# A game replay's own id makes the object a replay; a replay count on a video does not.
_NOT_WHEN_NAMED = frozenset(["replay", "replays"])
# A bare `replays` (`replay_count`) holding a number counts how often a clip was
# replayed: a figure of watching, not a game replay's object.
_REPLAY_COUNT_KEYS = frozenset([("replays",), ("replay", "count"), ("replays", "count")])
# How long a short video stayed on screen in a feed (`dwellMs`, `dwell_time`): a
# watched time only beside a media noun's own id (`clipId`), since pages and
# products have dwell times too.
_DWELL_WORDS = frozenset(["dwell", "dwelled", "dwelt"])
_RANGE_RE = re.compile(r"\d{1,7}(?:\.\d+)?\.\.\d{1,7}(?:\.\d+)?")


_ISO_DURATION_RE = re.compile(
    r"PT(?=\d)(?:(\d{1,3})H)?(?:(\d{1,4})M)?(?:(\d{1,6}(?:[.,]\d{1,6})?)S)?"
)


def _iso_seconds(value: object) -> float | None:
    """An ISO 8601 time duration (`PT56M15S`, `PT1H2M`, `PT12.5S`), in seconds: how
    .NET, XML schema and OData services write a playhead. Always a time, never an
    index, so a position in this form is unambiguous."""
    if not isinstance(value, str) or not 3 <= len(value) <= 32:
        return None
    found = _ISO_DURATION_RE.fullmatch(value.upper())
    if not found or not any(found.groups()):
        return None
    hours, minutes, seconds = (float((g or "0").replace(",", ".")) for g in found.groups())
    return hours * 3600 + minutes * 60 + seconds


def _scalar_id(value: object) -> bool:
    if isinstance(value, str):
        return 0 < len(value.strip()) <= 512
    return _is_number(value)


# `lastEpisodeNo`, `currentEpisodeNumber`: an episode named by its number.
_QUALIFIED = frozenset(["last", "current", "next", "latest"])


def _media_ref(words: tuple[str, ...], value: object) -> int:
    """2 for a media noun's id (`video_id`, bare `episode`), 1 for a loose noun's
    id (`entryId`, `content_id`), 0 otherwise."""
    if not words or not (_MEDIA_NOUNS.union(_LOOSE_NOUNS)).intersection(words):
        return 0
    strong = bool(_MEDIA_NOUNS.intersection(words))
    last = words[-1]
    if isinstance(value, dict):  # {"video": {"id": ...}}, {"icerik": {"dizi_id": ...}}
        if len(words) != 1:
            return 0
        if {_norm_key(k) for k in value} & _ID_WORDS:
            return 2 if strong else 1
        inner = [
            _media_ref(play_words(_key_str(k)), v)
            for k, v in value.items()
            if not isinstance(v, dict | list)
        ]
        return 2 if 2 in inner else 0
    if not _scalar_id(value):
        return 0
    if len(words) == 1 and last in _SELF_ID_NOUNS:
        return 1
    if last in _ID_WORDS and len(words) <= 3:
        return 2 if strong else 1
    if (
        strong
        and last in _ORDINAL_WORDS
        and (len(words) == 2 or (len(words) == 3 and words[0] in _QUALIFIED))
    ):
        return 2
    if strong and (len(words) == 1 or (last in _NAME_WORDS and len(words) == 2)):
        return 2
    return 0


def _played_amount(words: tuple[str, ...], value: object) -> bool:
    """`played_seconds`, `playTimeSum`, `watch_time`, `last_listened_at`, `playhead`."""
    if "playhead" in words:
        return _numeric(value) is not None
    if not (_PLAY_VERBS.intersection(words) and _PLAY_UNITS.intersection(words)):
        return False
    if _numeric(value) is not None:
        return True
    return isinstance(value, str) and len(value) <= 40 and any(c.isdigit() for c in value)


def _progress(words: tuple[str, ...], value: object) -> tuple[bool, bool]:
    """(is a progress field, is unambiguous). A bare integer `position` or `offset`
    also orders and pages lists: it is unambiguous only with a time unit or a
    fraction (26.4 s); `range` only in the `160..170` seconds form."""
    if words == ("range",):
        ok = isinstance(value, str) and bool(_RANGE_RE.fullmatch(value))
        return ok, ok
    if not _PROGRESS_WORDS.intersection(words) and words[-2:] != ("current", "time"):
        return False, False
    number = _numeric(value)
    if number is None:  # `PT56M15S`: a time, but only a position or progress is a playhead
        iso = bool(_PLAYHEAD_WORDS.intersection(words)) and _iso_seconds(value) is not None
        return iso, iso
    timed = bool(_TIME_UNITS.intersection(words)) or "playhead" in words
    fraction = not number.is_integer()
    unambiguous = timed or fraction or bool(_SURE_PROGRESS_WORDS.intersection(words))
    return True, unambiguous or _player_position(words)


# Where a player starts, stopped or stands (`startPosition`, `lastPosition`,
# `resume_offset`, `currentPosition`): a list's place is never qualified so, and
# beside a media noun's id it is a playhead even as a bare integer.
_PLAYER_POSITION_QUALIFIERS = frozenset(
    ["start", "starting", "current", "last", "stop", "stopped", "paused", "seek", "saved"]
)


def _player_position(words: tuple[str, ...]) -> bool:
    return (
        len(words) <= 3
        and bool({"position", "offset"}.intersection(words))
        and bool(_PLAYER_POSITION_QUALIFIERS.intersection(words))
    )


def _prefixed_event(words: tuple[str, ...]) -> bool:
    """`ms_event`, `player_evt`: an event key under an SDK's prefix."""
    return len(words) == 2 and words[-1] in ("event", "evt")


def _play_event(words: tuple[str, ...], value: object, actions: bool = False) -> bool:
    """A playback event or player state; with `actions`, an episode action
    (`skipped`, `finished`) counts too."""
    joined = _norm_text("".join(words))
    if joined in _STATE_KEYS:
        return isinstance(value, str) and _norm_text(value) in _PLAYER_STATES
    if not (joined in _EVENT_KEYS or _prefixed_event(words)) or not isinstance(value, str):
        return False
    if len(value) > 64:
        return False
    said = key_words(value)
    if _NOT_PLAYBACK.intersection(said) or _NOT_WHEN_NAMED.intersection(said):
        return False
    if actions and _EPISODE_ACTIONS.intersection(said):
        return True
    return bool(_PLAY_EVENTS.intersection(said))


# Ads are videos too: an ad's own play time is not what the person chose to watch.
_AD_WORDS = frozenset(
    ["ad", "ads", "advert", "advertisement", "rewarded", "interstitial", "preroll", "midroll",
     "postroll", "promo", "sponsored", "creative"]
)  # fmt: skip


def _names_media(value: object) -> bool:
    """Whether a playback event's name itself says what was played (`video_view`,
    `episode_play`, `song_played`): it names the media when the record's own id key
    (`pid`) does not."""
    said = key_words(value) if isinstance(value, str) else ()
    return bool(_MEDIA_NOUNS.intersection(said)) and not _AD_WORDS.intersection(said)


_NOT, _NOUN, _PLAY, _PROGRESS, _EVENT = 1, 2, 4, 8, 16

# Lower-case compounds that no case or separator splits: `playtime`, `watchtime`,
# `playduration`, `videoid`.
_COMPOUND_RE = re.compile(
    r"(play|played|watch|watched|view|viewed|listen|listened|video|episode|drama|media|content"
    r"|song|track|movie|film|clip|series|program)"
    r"(time|duration|sec|secs|seconds|ms|position|progress|percent|id)"
)


# Word CLASSES, not key names: each app reports playback in its own vocabulary and
# language, so other languages' (and romanised Japanese / Chinese) words for a
# position, progress, time unit, playback verb, event or media noun are read as the
# English word of their class (`posicaoSeg` is `position seconds`, `tempoAssistido`
# is `time watched`), and every test below works on the class.
_SYNONYMS = {
    **dict.fromkeys(["posicao", "posicion", "posizione", "posisi", "weizhi", "ichi", "konum",
                     "pozisyon", "pozycja", "pozycji", "positie", "pozitsiya", "pozitsii",
                     "wichi", "mawqif", "sthiti", "tamnaeng"], "position"),
    **dict.fromkeys(["progresso", "progreso", "progression", "fortschritt", "kemajuan", "jindu",
                     "shinchoku", "ilerleme", "postep", "voortgang", "pragati", "progress",
                     "jindo", "taqaddum", "progres"], "progress"),
    **dict.fromkeys(["segundos", "segundo", "secondes", "seconde", "secondi", "sekunden",
                     "detik", "miao", "byou", "byo", "giay", "saniye", "sekund", "sekundy",
                     "seconden", "sekundah"], "seconds"),
    **dict.fromkeys(["minutos", "minuti", "minuten", "menit", "phut", "dakika", "minut",
                     "minuty"], "minutes"),
    # how long the piece runs (`duree`, `durasi_detik`, `sure`): beside a position, it
    # bounds a playhead
    **dict.fromkeys(["duree", "durasi", "durata", "duracion", "duracao", "dauer", "duur",
                     "sure", "suresi", "avadhi", "nagasa", "lama", "dlitelnost", "muddah", "muddat",
                     "saiseijikan"], "duration"),
    **dict.fromkeys(["reproducao", "reproduccion", "riproduzione", "wiedergabe", "saisei",
                     "bofang", "pemutaran", "oynatma", "odtwarzanie", "afspelen", "jaesaeng",
                     "tashghil", "vosproizvedenie", "playback"], "playback"),
    **dict.fromkeys(["assistido", "assistida", "angesehen", "gesehen", "ditonton", "regarde",
                     "guankan", "shichou", "shicho", "vu", "vue", "izlenen", "izlendi",
                     "obejrzane", "ogladane", "bekeken", "gekeken", "dekha", "dekhe",
                     "prosmotreno", "shahid"], "watched"),
    # the verb and its nouns (Indonesian `tonton` / `menonton`, Vietnamese `xem`,
    # Turkish `izleme`, Korean `sicheong`, Russian `prosmotr`, Arabic `mushahada`)
    **dict.fromkeys(["tonton", "menonton", "nonton", "xem", "izleme", "izle", "ogladanie",
                     "kijken", "dekhna", "sicheong", "prosmotr", "mushahada", "mushahadat",
                     "visionnage", "visionnages", "visualizzazione", "visualizacion",
                     "visualizacao"], "watching"),
    **dict.fromkeys(["reproduzido", "reproducido", "riprodotto", "diputar", "putar",
                     "oynatildi", "odtworzone", "afgespeeld"], "played"),
    **dict.fromkeys(["escuchado", "ouvido", "ecoute", "didengar", "dinledi", "dinlenen",
                     "odsluchane", "sluchane", "geluisterd", "suna", "proslushano"], "listened"),
    **dict.fromkeys(["nghe", "dengar", "mendengarkan", "dinleme", "sluchanie", "luisteren",
                     "sunna", "proslushivanie", "kiku", "istima"], "listen"),
    **dict.fromkeys(["tiempo", "zeit", "waktu", "shijian", "jikan", "zaman", "czas", "tijd",
                     "samay", "vremya", "sigan", "waqt", "wela"], "time"),
    **dict.fromkeys(["pada", "tarihi"], "at"),
    **dict.fromkeys(["pourcentage", "persen", "porcentaje", "percentuale", "porcentagem",
                     "prozent", "yuzde", "procent", "protsent"], "percent"),
    **dict.fromkeys(["evento", "evenement", "ereignis", "peristiwa", "olay", "zdarzenie",
                     "gebeurtenis", "ibento", "sobytie"], "event"),
    **dict.fromkeys(["acao", "accion"], "action"),
    **dict.fromkeys(["programa", "programma", "emission", "acara", "programmy"], "program"),
    # words that name a broadcast programme, an animated video or a film outright
    **dict.fromkeys(["bangumi", "siaran", "peredacha", "barnamaj"], "programme"),
    **dict.fromkeys(["douga", "doga", "bideo", "fidyu", "vidyo"], "video"),
    **dict.fromkeys(["phim", "eiga", "yeonghwa", "kino", "filmi", "fylm"], "film"),
    **dict.fromkeys(["odcinek", "aflevering", "bolum", "seriya", "halqa", "hoecha"],
                    "episode"),
    **dict.fromkeys(["deurama", "dizi", "musalsal", "lakhon"], "drama"),
    **dict.fromkeys(["cancion", "chanson", "lied", "lagu", "sarki", "piosenka", "liedje",
                     "gaana", "geet", "kyoku", "pesnya", "norae", "ughniya", "phleng"],
                    "song"),
    **dict.fromkeys(["faixa", "brano", "utwor", "parca"], "track"),
    **dict.fromkeys(["konten", "contenu", "contenuto", "contenido", "conteudo", "icerik",
                     "tresc", "inhoud", "kontent", "naeyong", "muhtawa"], "content"),
    **dict.fromkeys(["judul", "titre", "titolo", "titulo", "titel", "baslik", "tytul",
                     "nazvanie", "jemok", "unwan", "daimei", "mei"], "title"),
    **dict.fromkeys(["nama", "nom", "nome", "nombre", "isim", "nazwa", "naam",
                     "imya", "ism", "ireum", "namae"], "name"),
    **dict.fromkeys(["kanal", "kanaal", "saluran", "channeru", "chaeneol", "qanat"], "channel"),
    # who performs or recites what is played (a Quran app's `qari`, a karaoke `ca_si`)
    **dict.fromkeys(["penyanyi", "sanatci", "wykonawca", "zanger", "gayak", "ispolnitel",
                     "gasu", "mughanni", "qari", "qori", "reciter", "kashu", "singer",
                     "vocalist"], "artist"),
    **dict.fromkeys(["riwayat", "historique", "cronologia", "historial", "historico",
                     "verlauf", "gecmis", "gecmisi", "historia", "geschiedenis", "itihas",
                     "istoriya", "girok", "rireki", "sejarah", "tarikh"], "history"),
    **dict.fromkeys(["lanjutkan", "reprise", "reprendre", "continuar", "continua",
                     "fortsetzen", "devam", "kontynuuj", "verder", "ieoseo",
                     "prodolzhit", "tsuzuki", "tsudzuki"], "continue"),
    **dict.fromkeys(["terakhir", "dernier", "derniers", "recientes", "recenti", "recentes",
                     "son", "ostatnie", "recent", "saikin", "nedavnie", "choegeun"], "recently"),
}  # fmt: skip
# Vietnamese (and a few other languages) write one word as two syllables
# (`noi_dung` content, `vi_tri` position, `thoi_luong` duration): read as one.
_PHRASES = {
    ("noi", "dung"): "content", ("bai", "hat"): "song", ("vi", "tri"): "position",
    ("thoi", "luong"): "duration", ("thoi", "gian"): "time", ("tien", "do"): "progress",
    ("lich", "su"): "history", ("chuong", "trinh"): "programme", ("ca", "si"): "artist",
    ("su", "kien"): "event", ("tiep", "tuc"): "continue", ("gan", "day"): "recently",
    ("da", "xem"): "watched", ("da", "nghe"): "listened", ("ten", "phim"): "film",
    ("tap", "phim"): "episode", ("phat", "lai"): "playback", ("xem", "tiep"): "continue",
    ("czas", "trwania"): "duration",
}  # fmt: skip
# Time units written only as a key's last word after a word that is measured in
# time: `posicaoSeg`, `tempo_seg`, `pos_sek` (but a `seg_position` is an HLS
# segment's place and a `price_sek` is in Swedish krona).
_TIMED_WORDS = frozenset(["position", "progress", "time", "duration", "pos", "prog", "playhead"])
_SUFFIX_UNITS = {"seg": "seconds", "sek": "seconds", "sn": "seconds", "dk": "minutes"}
# Abbreviations of a position or progress that say so only beside a time unit
# (`pos_s`, `posMs`, `prog_sec`): a bare `pos` is a list's or a till's, `prog_id` a
# programme's.
_TIMED_ABBREVIATIONS = {"pos": "position", "prog": "progress"}
_ABBREVIATED_NOUNS = {"prog": "program"}
# "Played up to", "watched until": how far playback went, in any of these phrasings.
_UNTIL_WORDS = frozenset(["until", "till", "upto", "hasta", "bis"])
# Spanish, Portuguese, French and Italian name the id first (`id_video`, `codigo_filme`).
_ID_FIRST = frozenset(["id", "cod", "codigo", "identificador", "identifiant"])
_ALL_NOUNS = _MEDIA_NOUNS | _LOOSE_NOUNS


def _merge_phrases(words: list[str]) -> list[str]:
    """Two-syllable words (`noi_dung`, `vi_tri`) read as one (see `_PHRASES`)."""
    if len(words) < 2:
        return words
    merged: list[str] = []
    i = 0
    while i < len(words):
        phrase = _PHRASES.get((words[i], words[i + 1])) if i + 1 < len(words) else None
        merged.append(phrase or words[i])
        i += 2 if phrase else 1
    return merged


# STEMS: every language inflects and compounds (Turkish izleme / izlenme / izlenen,
# Polish ogladania / ogladanie, Dutch kijkduur / kijkgeschiedenis / luisterpositie),
# so a word no table names is read by the longest stem it starts with, and a
# compound's rest is read too (`kijkduur` -> watching, duration). Stems are long
# enough (or exact-only, in `_SYNONYMS`) not to start English words.
_STEMS = {
    **dict.fromkeys(["izle", "kijk", "bekek", "oglad", "obejrz", "mushahad", "mushahid",
                     "sicheong", "tonton", "nonton", "shich", "visionn", "prosmotr", "smotr",
                     "guankan", "assistid", "izlen", "seyret", "gucken", "katsel",
                     "titta", "xemlai"], "watching"),
    **dict.fromkeys(["dinle", "luister", "sluch", "istima", "ecout", "ascolt", "escuch",
                     "escut", "ouvi", "dengar", "slush", "proslush", "hoer", "lyssn", "lytt",
                     "kuunt", "cheongchwi"], "listen"),
    **dict.fromkeys(["odtwarz", "jaesaeng", "saisei", "reproduc", "riprodu", "wiedergab",
                     "afspel", "oynat", "tashghil", "vosproizv", "bofang", "pemutar"],
                    "playback"),
    **dict.fromkeys(["mawqi", "pozycj", "positie", "konum", "posizion", "posicion",
                     "posicao", "pozits"], "position"),
    **dict.fromkeys(["jindo", "voortgang", "ilerle", "postep", "fortschritt", "taqaddum",
                     "kemaju"], "progress"),
    **dict.fromkeys(["suresi", "duur", "madda", "mudda", "dauer", "durat", "durac",
                     "dlitel"], "duration"),
    **dict.fromkeys(["geschied", "histori", "gecmis", "verlauf", "rireki", "istori"],
                    "history"),
    **dict.fromkeys(["odcin", "afleve", "bolum", "halaq", "hoecha"], "episode"),
    **dict.fromkeys(["sarki", "piosenk", "liedje", "chanson", "cancion"], "song"),
    **dict.fromkeys(["icerik", "inhoud", "konten", "contenu", "contenid", "conteud"],
                    "content"),
    **dict.fromkeys(["kaldig"], "resume"),
    **dict.fromkeys(["gongyeon"], "show"),
    **dict.fromkeys(["gangjwa", "gangui"], "lecture"),
    **dict.fromkeys(["ksiazk", "boek"], "book"),
    **dict.fromkeys(["rozdzial", "hoofdstuk"], "chapter"),
}  # fmt: skip
_STEM_LIST = tuple(sorted(_STEMS, key=len, reverse=True))
# A compound's rest is read when it is a word of a class (`duur`, `positie`, `tijd`).
_CLASS_NAMES = frozenset(_SYNONYMS.values()) | frozenset(_STEMS.values())


@lru_cache(maxsize=16384)
def _stem_words(word: str) -> tuple[str, ...]:
    """A word read by its stem (`izlenme` -> watching; `kijkduur` -> watching,
    duration); itself when no stem starts it."""
    if word in _SYNONYMS or len(word) < 4:
        return (word,)
    for stem in _STEM_LIST:
        if word.startswith(stem):
            rest = word[len(stem) :]
            found = _SYNONYMS.get(rest) or (rest if rest in _CLASS_NAMES else None)
            if found is None and len(rest) >= 4:
                found = next((_STEMS[s] for s in _STEM_LIST if rest.startswith(s)), None)
            return (_STEMS[stem], found) if found else (_STEMS[stem],)
    return (word,)


def _class_words(words: list[str]) -> tuple[str, ...]:
    """`words` with each word read as its class (see `_SYNONYMS`, `_STEMS`)."""
    words = _merge_phrases(words)
    words = [c for w in words for c in _stem_words(w)]
    words = [_SYNONYMS.get(w, w) for w in words]
    if "tempo" in words and _WATCHED_VERBS.intersection(words):
        # Portuguese and Italian `tempoAssistido`; a music app's `playback_tempo` is BPM
        words = ["time" if w == "tempo" else w for w in words]
    if len(words) > 1 and words[-1] in _SUFFIX_UNITS and _TIMED_WORDS.intersection(words):
        words[-1] = _SUFFIX_UNITS[words[-1]]
    if _TIME_UNITS.intersection(words):
        words = [_TIMED_ABBREVIATIONS.get(w, w) for w in words]
    elif _ID_WORDS.intersection(words):
        words = [_ABBREVIATED_NOUNS.get(w, w) for w in words]
    if len(words) == 2 and words[0] in _ID_FIRST and words[1] in _ALL_NOUNS:
        words = [words[1], "id"]  # Romance word order: `id_episodio`, `codigo_video`
    elif len(words) == 2 and words[0] in _NAME_WORDS and words[1] in _ALL_NOUNS:
        words = [words[1], words[0]]  # `titre_emission`, `judul_video`, `nama_lagu`
    if _PLAY_VERBS.intersection(words):
        for i, word in enumerate(words):
            if word in _UNTIL_WORDS or (word == "up" and words[i + 1 : i + 2] == ["to"]):
                words[i : i + (2 if word == "up" else 1)] = ["position"]
                break
    return tuple(words)


@lru_cache(maxsize=16384)
def play_words(key: str) -> tuple[str, ...]:
    """`key_words`, with lower-case compounds split (`playtime` -> play, time) and
    each word read as its class (`posicaoSeg` -> position, seconds)."""
    words: list[str] = []
    for word in key_words(key):
        found = _COMPOUND_RE.fullmatch(word)
        words.extend(found.groups() if found else (word,))
    return _class_words(words)


@lru_cache(maxsize=16384)
def _key_role(key: str) -> int:
    """What a key name could mean for a playback report, worked out once per
    name: most keys of a session mean nothing here and cost one cache lookup."""
    words = play_words(key)
    if not words:
        return 0
    found = set(words)
    role = _NOT if found & _NOT_PLAYBACK else 0
    if found & _NOT_WHEN_NAMED and (len(words) == 1 or words[-1] in _ID_WORDS):
        role |= _NOT
    if found & (_MEDIA_NOUNS | _LOOSE_NOUNS | _VISUAL_LOOSE_NOUNS | _SHOP_IDS):
        role |= _NOUN
    if "playhead" in found or (found & _PLAY_VERBS and found & _PLAY_UNITS):
        role |= _PLAY
    if found & _PROGRESS_WORDS or words == ("range",) or words[-2:] == ("current", "time"):
        role |= _PROGRESS
    joined = _norm_text("".join(words))
    if joined in _EVENT_KEYS or joined in _STATE_KEYS or _prefixed_event(words):
        role |= _EVENT
    if found & _VIEW_VERBS and found & _PLAY_UNITS:
        role |= _PLAY
    return role


@lru_cache(maxsize=16384)
def _noun_or_play_key(key: str) -> bool:
    """The gate of `playback_record`: a media noun, a played amount, a performer
    (`reciterId`) or an SDK-prefixed event key (`ms_event`)."""
    if _key_role(key) & (_NOUN | _PLAY):
        return True
    words = play_words(key)
    return "artist" in words or _prefixed_event(words)


# Events only a player sends (a feed's `view` at a list position is not one).
_PLAYER_ONLY_EVENTS = frozenset(
    ["heartbeat", "pause", "paused", "resume", "resumed", "seek", "seeked", "stop", "stopped",
     "playing", "buffering", "keepalive", "alive", "hb"]
)  # fmt: skip


def _player_event(words: tuple[str, ...], value: object) -> bool:
    return _play_event(words, value) and bool(
        _PLAYER_ONLY_EVENTS.intersection(key_words(value))  # type: ignore[arg-type]
    )


def _named(words: tuple[str, ...], value: object) -> bool:
    """What was played named by its title text (`program: "Ana Haber"`, `titel`,
    `ml_name`) or by a bare noun holding an id (`ksiazka=9789044652`)."""
    if not words or len(words) > 2 or not isinstance(value, str | int):
        return False
    nouns = _ALL_NOUNS.intersection(words)
    if not (nouns and len(words) == 1) and words[-1] not in _NAME_WORDS:
        return False
    if isinstance(value, int):
        return bool(nouns) and value >= 1000
    text = value.strip()
    if not 2 <= len(text) <= 200:
        return False
    if " " not in text and any(c.isdigit() for c in text):
        return bool(nouns)  # an id-shaped value under a bare noun
    return any(c.isalpha() for c in text)


def _artist(words: tuple[str, ...], value: object) -> bool:
    """A performer or reciter, by id or name, or as an object holding either."""
    if "artist" not in words or len(words) > 2:
        return False
    if isinstance(value, dict):
        return bool({_norm_key(k) for k in value} & (_ID_WORDS | _NAME_WORDS))
    return _scalar_id(value)


def _position_value(words: tuple[str, ...], value: object) -> float | None:
    """A bare position (`pos`, `last_pos`, `pozycja`, `mawqi`): a playhead only
    inside a duration or beside a player event."""
    if not words or len(words) > 3 or words[-1] not in ("pos", "position"):
        return None
    return _numeric(value)


@structure("playback_record", kind=dict, size=(2, 60), needs=(_noun_or_play_key,))
def playback_record(value: object) -> str | None:
    """An object (JSON, query string or form) that reports playing a piece of
    media: a media id with a played amount, a media id with a playhead position
    or a playback event, or a timed position beside a listened/watched field.
    Objects about uploads, downloads, previews, playlists or games never match."""
    if not isinstance(value, dict) or not 2 <= len(value) <= 60:
        return None
    roles = [(_key_role(k if isinstance(k, str) else str(k)), k, v) for k, v in value.items()]
    if not any(_noun_or_play_key(_key_str(k)) for k in value):
        return None  # the cheap exit taken by almost every object
    ref = played = listened = progress = sure_progress = event = timed_position = viewed = 0
    action = story = timed_view = shop = timecode = media_event = played_only_ref = 0
    playhead = dwell = batched = replay = scored = artist = watched = named = player_ev = (
        cid_ref
    ) = 0
    positions: list[float] = []
    durations: list[float] = []
    for role, key, item in roles:
        if not role:
            dwell = dwell or _dwell_time(key, item)
            batched = batched or _playheads_listed(item)
            scored = scored or _performance_key(_key_str(key))
            words = play_words(_key_str(key))
            artist = artist or _artist(words, item)
            named = named or _named(words, item)
            _collect_duration(words, item, durations)
            if (position := _position_value(words, item)) is not None:
                positions.append(position)
            continue
        words = play_words(key if isinstance(key, str) else str(key))
        if not role & _PLAY:
            _collect_duration(words, item, durations)
        if role & _NOT:
            if words in _REPLAY_COUNT_KEYS and _numeric(item) is not None:
                continue
            if _replay_id(words, item):
                replay = 1
                continue
            return None
        if role & _NOUN:
            found = _media_ref(words, item)
            if found == 1 and _PLAYED_ONLY_NOUNS.intersection(words):
                played_only_ref = 1
            elif words == ("cid",):
                cid_ref = found  # a client or campaign id too: only beside a player event
            else:
                ref = max(ref, found)
            named = named or (not found and _named(words, item))
            story = story or _story_ref(words, item)
            shop = shop or (words == ("asin",) and _scalar_id(item))
        if role & _PLAY and _VIEW_VERBS.intersection(words) and not _PLAY_VERBS.intersection(words):
            viewed += _numeric(item) is not None
            timed_view += _numeric(item) is not None and bool(_VIEW_TIME_WORDS.intersection(words))
        elif role & _PLAY and _played_amount(words, item):
            played += 1
            # `lastPlayBackPosition`: "play back" is playback, not a game's play
            listened += not _GAME_PLAY_VERBS.intersection(words) or "back" in words
            watched += bool(_WATCHED_VERBS.intersection(words))
        if role & _PROGRESS:
            is_progress, sure = _progress(words, item)
            if is_progress and "position" in words and _numeric(item) is not None:
                positions.append(float(_numeric(item) or 0))
            progress += is_progress
            sure_progress += sure
            timed_position += is_progress and (
                bool(_TIME_UNITS.intersection(words)) or _iso_seconds(item) is not None
            )
            playhead += is_progress and _playhead(words, item)
            timecode += is_progress and "timecode" in words and _numeric(item) is not None
        if role & _EVENT:
            is_event = _play_event(words, item)
            event += is_event
            action += is_event or _play_event(words, item, actions=True)
            media_event = media_event or (is_event and _names_media(item))
            player_ev += is_event and _player_event(words, item)
    if replay:  # a game's replay, unless it was watched (`replay_id` + `watch_seconds`)
        return "replay watched, with the time watched" if watched else None
    if scored and not listened:
        return None  # a scored performance (karaoke, rhythm game), not a listening
    what = "media id" if ref == 2 else "content id"
    if artist and played:
        return "recording by a named artist with a played amount"
    if ref and _within_duration(positions, durations):
        return f"{what} with a playhead within its duration"
    if named and (event or listened) and _within_duration(positions, durations):
        return "title with a playback event and a playhead within its duration"
    if named and played and listened:
        return "title with a watched or listened amount"
    if artist and playhead:
        return "recording by a named performer at a playhead"
    if (ref or cid_ref) and player_ev and any(p >= _MIN_BOUNDED_POSITION for p in positions):
        return f"{what} with a player event at a position"
    if (ref or played_only_ref) and played:
        return f"{what} with a played amount"
    if ref == 2 and dwell:
        return "media id with the time it stayed on screen"
    if ref == 2 and batched:
        return "media id with a batch of player events at their playheads"
    if played_only_ref and playhead and not ref:
        return "content id with a playhead"
    if media_event and (played or ref):
        return "video or episode playback event with a played amount or a content id"
    if ref == 2 and (sure_progress or event or viewed or action):
        return f"{what} with a playback {'position' if sure_progress else 'event'}"
    if ref == 1 and ((event and progress) or playhead):
        return f"{what} with a playback event and position"
    if listened and timed_position:
        return "playback position with a listened or watched time"
    if shop and event and (timecode or playhead):
        return "title id with a playback event and timecode"
    if story and timed_view and _counts_frames(value):
        return "story watched, with its view time"
    return None


# What a scored performance reports (a karaoke take's `score` and `pitchCurve`, a rhythm
# game's): the song was sung or played along to, not chosen to be heard.
_PERFORMANCE_WORDS = frozenset(["score", "scores", "pitch", "vibrato", "karaoke", "sing", "sung"])


@lru_cache(maxsize=16384)
def _performance_key(key: str) -> bool:
    return bool(_PERFORMANCE_WORDS.intersection(key_words(key)))


def _replay_id(words: tuple[str, ...], value: object) -> bool:
    """A replay's own id (`replay_id`): a game's replay, which only a watched
    amount beside it makes something watched."""
    return (
        bool(_NOT_WHEN_NAMED.intersection(words))
        and not _NOT_PLAYBACK.intersection(words)
        and _scalar_id(value)
    )


# A position that lies inside the piece's own duration (`position` 3603 of `duree`
# 5400) is a playhead even as a bare integer. A playlist's or queue's index lies
# inside a track's duration too, so tiny positions (under 30, or under 1/200 of the
# duration: an index beside `duration_ms`) do not count.
_MIN_BOUNDED_POSITION = 30.0
_MIN_DURATION = 60.0


def _collect_duration(words: tuple[str, ...], value: object, into: list[float]) -> None:
    """`duration`, `duree`, `durasi_detik`, `thoi_luong`: how long the piece runs."""
    if len(words) > 3 or not (
        "duration" in words
        or words[-1] == "dur"
        or ("total" in words and _TIME_UNITS.intersection(words))
    ):
        return
    number = _numeric(value)
    if number is not None and number >= _MIN_DURATION:
        into.append(float(number))


def _within_duration(positions: list[float], durations: list[float]) -> bool:
    return any(max(_MIN_BOUNDED_POSITION, d / 200) <= p < d for p in positions for d in durations)


# How long something was on screen (`view_time_ms`, `viewDurationSec`): a count or a
# date is not a time watched.
_VIEW_TIME_WORDS = frozenset(["time", "duration", "ms", "millis", "sec", "secs", "seconds"])


def _dwell_time(key: object, value: object) -> bool:
    """`dwellMs`, `dwell_time`: how long an item stayed on screen, as a number."""
    words = play_words(_key_str(key))
    if not _DWELL_WORDS.intersection(words) or _numeric(value) is None:
        return False
    return bool(_TIME_UNITS.intersection(words) or "time" in words)


def _playheads_listed(value: object) -> bool:
    """A batch of player events, each at a playhead (`"events": [{"evt": "play",
    "pos_s": 2286}, ...]`), sent beside the media they belong to: playback stats
    SDKs name the title once per batch, not once per event. A list of chapters or
    markers has positions but no player events."""
    if not isinstance(value, list) or not 0 < len(value) <= 500:
        return False
    played = 0
    for entry in value:
        if not isinstance(entry, dict) or len(entry) > 40:
            return False
        words = [(play_words(_key_str(k)), v) for k, v in entry.items()]
        played += any(_playhead(w, v) for w, v in words) and any(
            _play_event(w, v, actions=True) for w, v in words
        )
    return played >= len(value) * 0.8


def _counts_frames(value: dict) -> bool:
    """A count of a story's frames seen (`snaps_seen`, `slidesViewed`)."""
    return any(
        _STORY_FRAME_WORDS.intersection(key_words(_key_str(k))) and _numeric(v) is not None
        for k, v in value.items()
    )


def _key_str(key: object) -> str:
    return key if isinstance(key, str) else str(key)


def _story_ref(words: tuple[str, ...], value: object) -> bool:
    """`story_id`, `snapId`: the id of a story or snap (not the bare noun, which
    can be a headline)."""
    return (
        bool(_VISUAL_LOOSE_NOUNS.intersection(words))
        and len(words) <= 3
        and words[-1] in _ID_WORDS
        and _scalar_id(value)
    )


@structure("media_entries", kind=list, size=(1, 5000))
def media_entries(value: object) -> str | None:
    """A list whose entries each name a video, episode, programme, song or movie
    (a media noun's id or the bare noun): only under a key that says the list is
    viewing or listening events or history, which supplies the rest."""
    if not isinstance(value, list) or not value or len(value) > 5000:
        return None
    named = 0
    for item in value:
        if not isinstance(item, dict) or len(item) > 60:
            continue
        if any(_entry_says_watched(_key_str(k), v) for k, v in item.items()):
            named += 1
    if named and named >= len(value) * 0.8:
        return f"{named} entries naming what was watched or played, or for how long"
    return None


# Under a key that already says the list is watching or listening sessions, an
# entry's own seconds watched is enough, whatever short names the rest has (a FAST
# app's `{"ch": "news-now", "ep": "ep_1", "watched_s": 320}`). "Played" is left
# out: a game's play sessions have played seconds too.
_WATCHED_VERBS = frozenset(["watch", "watched", "watching", "listen", "listened", "listening"])
_WATCHED_UNITS = _TIME_UNITS | frozenset(["time", "duration"])


def _entry_says_watched(key: str, value: object) -> bool:
    """A media noun's id (`videoId`, bare `episode`) or a watched amount (`watched_s`,
    `listenSeconds`) in one entry of a viewing list."""
    words = key_words(key)
    if _media_ref(words, value) == 2:
        return True
    number = _numeric(value)
    if number is None or not 0 <= number < 1e8:  # an amount, not an epoch time
        return False
    words = play_words(key)
    return bool(
        _WATCHED_VERBS.intersection(words)
        and _WATCHED_UNITS.intersection(words)
        and not _NOT_PLAYBACK.intersection(words)
    )


# `offset` (time zones, reminders) and `elapsed` (workouts, timers) say nothing of
# a player; minutes are not a playhead's unit.
_PLAYHEAD_WORDS = frozenset(["position", "progress", "playhead"])
_PLAYHEAD_UNITS = frozenset(["ms", "millis", "sec", "secs", "seconds", "s", "ticks"])


# An offset with a time unit is a playhead when the key says it is the media's
# (`mediaOffsetMs`, `streamOffsetSec`): a bare `offsetMs` is also a time zone's or a
# reminder's.
_MEDIA_QUALIFIERS = frozenset(
    ["media", "stream", "playback", "video", "audio", "episode", "movie", "live"]
)


def _playhead(words: tuple[str, ...], value: object) -> bool:
    """A playhead (`playhead`, `position_s`, `currentTimeMs`, `mediaOffsetMs`) with
    a number: the unit or the word `playhead` rules out list orders and pages. An
    ISO 8601 duration (`PT56M15S`) is a time whatever the key says."""
    if _numeric(value) is None:
        return _iso_seconds(value) is not None and bool(_PLAYHEAD_WORDS.intersection(words))
    if "playhead" in words:
        return True
    if "current" in words and "time" in words:
        return True
    if not _PLAYHEAD_UNITS.intersection(words):
        return False
    if _PLAYHEAD_WORDS.intersection(words):
        return True
    return "offset" in words and bool(_MEDIA_QUALIFIERS.intersection(words))


# -- viewing lists named in any language ---------------------------------------
#
# A list whose key says watching or listening in any language the class tables
# read (`riwayat_tonton`, `lanjutkan_menonton`, `visionnages`, `recently_played`,
# `izleme_gecmisi`), whose entries each carry what only a viewing record has.

# `watch` and `view` alone are also a smartwatch's and a screen's: only the verb's
# other forms name a list of viewings.
_LIST_VERBS = frozenset(
    ["watched", "watching", "viewed", "viewing", "viewings", "listen", "listened",
     "listening", "played", "playback"]
)  # fmt: skip
_DONE_VERBS = frozenset(["watched", "watching", "listened", "listening"])
_WATCHED_AT_WORDS = frozenset(["at", "date", "on"])


@lru_cache(maxsize=16384)
def _viewing_list_key(key: str) -> bool:
    """A key that names watching or listening (in any language the class tables
    read), and nothing about transfers, previews or games."""
    words = play_words(key)
    return (
        0 < len(words) <= 4
        and bool(_LIST_VERBS.intersection(words))
        and not _NOT_PLAYBACK.intersection(words)
        and not _AD_WORDS.intersection(words)
    )


def _viewing_entry(item: object) -> bool:
    """One entry of a viewing list: a media noun's id or name, a watched amount, a
    playhead, when it was watched, or a position within the piece's duration."""
    if not isinstance(item, dict) or not 0 < len(item) <= 60:
        return False
    positions: list[float] = []
    durations: list[float] = []
    titled = False
    for key, value in item.items():
        text = _key_str(key)
        words = play_words(text)
        if not words or _NOT_PLAYBACK.intersection(words):
            continue
        if _media_ref(words, value) == 2 or _entry_says_watched(text, value):
            return True
        if _playhead(words, value):
            return True
        watched_at = _DONE_VERBS.intersection(words) and _WATCHED_AT_WORDS.intersection(words)
        if watched_at and (_numeric(value) is not None or isinstance(value, str)):
            return True
        titled = titled or (words in (("title",), ("name",)) and isinstance(value, str))
        _collect_duration(words, value, durations)
        if words == ("position",) and _numeric(value) is not None:
            positions.append(float(_numeric(value) or 0))
    return titled and _within_duration(positions, durations)


@structure("viewing_list", kind=dict, size=(1, 200), needs=(_viewing_list_key,))
def viewing_list(value: object) -> str | None:
    """A list under a key that says watching or listening, in any language, whose
    entries (80 % or more) each say what was watched and how far or when: a
    watch history, a continue-watching row or a recently-played list."""
    if not isinstance(value, dict):
        return None
    for key, items in value.items():
        if not isinstance(items, list) or not items or len(items) > 5000:
            continue
        if not _viewing_list_key(_key_str(key)):
            continue
        entries = sum(1 for item in items if _viewing_entry(item))
        if entries >= len(items) * 0.8:
            return f"{entries} entries under `{key}` saying what was watched and how far or when"
    return None


# -- player heartbeats: a playhead with the stream's quality figures ----------
#
# Quality-of-service beacons (NPAW/Youbora NQS `/ping`, Adobe Media Edge `ping`,
# Uplynk ping, in-house QoS collectors) often name no title: the session they
# belong to was opened by an earlier `start` that did. What marks them is a
# playhead beside the figures only a playing stream has: bitrate, throughput,
# play rate, dropped frames, rendition, rebuffering, the ping interval.

_QOS_WORDS = frozenset(
    ["bitrate", "throughput", "playrate", "dropped", "rendition", "rebuffer", "rebuffering",
     "rebuffers", "buffering", "stall", "stalls", "stalled", "bandwidth", "framerate", "fps",
     "join", "startup", "ping", "heartbeat", "cdn"]
)  # fmt: skip
# A video editor has a playhead and an export bitrate: a project, not a viewing.
_NOT_HEARTBEAT = _NOT_PLAYBACK | frozenset(
    ["export", "exporting", "exported", "timeline", "project", "editor", "edit", "draft"]
)


@lru_cache(maxsize=16384)
def _qos_word(key: str) -> str:
    """The quality-of-service word a key carries (`droppedFrames` -> dropped), if any."""
    found = _QOS_WORDS.intersection(key_words(key))
    return min(found) if found else ""


@structure("player_heartbeat", kind=dict, size=(3, 80), needs=(_qos_word,))
def player_heartbeat(value: object) -> str | None:
    """A player heartbeat: a playhead (`playhead`, `currentTime`, `position_ms`)
    with at least two stream-quality figures from different keys (bitrate, play
    rate, throughput, dropped frames, ping interval...). It says a stream is
    being watched at that point even when the title went in an earlier call.
    Editor timelines and exports, uploads and games never match."""
    if not isinstance(value, dict) or not 3 <= len(value) <= 80:
        return None
    keys = [k if isinstance(k, str) else str(k) for k in value]
    qos = {_qos_word(k) for k in keys} - {""}
    if len(qos) < 2:
        return None  # the cheap exit taken by almost every object
    has_playhead = False
    for key in keys:
        words = key_words(key)
        if _NOT_HEARTBEAT.intersection(words):
            return None
        has_playhead = has_playhead or _playhead(words, value[key])
    if has_playhead:
        return "playhead with stream quality figures: " + ", ".join(sorted(qos))
    return None
