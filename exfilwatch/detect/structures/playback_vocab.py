"""The English words of each class the playback detectors test: media nouns, played
amounts, progress, events, and the words that rule an object out. Other languages'
words reach these classes through `playback_words` and the `viewing` lexicon."""

from __future__ import annotations

import re

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
     "recitation", "poem", "live", "livestream", "broadcast", "webinar", "vid", "tvid", "cid",
     *["post", "radio"], *["streamer", "anchor", "broadcaster"]]
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
     "alive", "keepalive",
     # the lexicon's `watching` class: an event named in the app's own word for watching
     # (Maori `mahi=matakitaki`, Malay `tonton`), as `listen` already is
     "watching"]
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

# `lastEpisodeNo`, `currentEpisodeNumber`: an episode named by its number.
_QUALIFIED = frozenset(["last", "current", "next", "latest"])

# Where a player starts, stopped or stands (`startPosition`, `lastPosition`,
# `resume_offset`, `currentPosition`): a list's place is never qualified so, and
# beside a media noun's id it is a playhead even as a bare integer.
_PLAYER_POSITION_QUALIFIERS = frozenset(
    ["start", "starting", "current", "last", "stop", "stopped", "paused", "seek", "saved"]
)


# Ads are videos too: an ad's own play time is not what the person chose to watch.
_AD_WORDS = frozenset(
    ["ad", "ads", "advert", "advertisement", "rewarded", "interstitial", "preroll", "midroll",
     "postroll", "promo", "sponsored", "creative"]
)  # fmt: skip


_NOT, _NOUN, _PLAY, _PROGRESS, _EVENT = 1, 2, 4, 8, 16

# Events only a player sends (a feed's `view` at a list position is not one).
_PLAYER_ONLY_EVENTS = frozenset(
    ["heartbeat", "pause", "paused", "resume", "resumed", "seek", "seeked", "stop", "stopped",
     "playing", "buffering", "keepalive", "alive", "hb"]
)  # fmt: skip


# What a scored performance reports (a karaoke take's `score` and `pitchCurve`, a rhythm
# game's): the song was sung or played along to, not chosen to be heard.
_PERFORMANCE_WORDS = frozenset(["score", "scores", "pitch", "vibrato", "karaoke", "sing", "sung"])

# A position that lies inside the piece's own duration (`position` 3603 of `duree`
# 5400) is a playhead even as a bare integer. A playlist's or queue's index lies
# inside a track's duration too, so tiny positions (under 30, or under 1/200 of the
# duration: an index beside `duration_ms`) do not count.
_MIN_BOUNDED_POSITION = 30.0
_MIN_DURATION = 60.0

# How long something was on screen (`view_time_ms`, `viewDurationSec`): a count or a
# date is not a time watched.
_VIEW_TIME_WORDS = frozenset(["time", "duration", "ms", "millis", "sec", "secs", "seconds"])

# Under a key that already says the list is watching or listening sessions, an
# entry's own seconds watched is enough, whatever short names the rest has (a FAST
# app's `{"ch": "news-now", "ep": "ep_1", "watched_s": 320}`). "Played" is left
# out: a game's play sessions have played seconds too.
_WATCHED_VERBS = frozenset(["watch", "watched", "watching", "listen", "listened", "listening"])
_WATCHED_UNITS = _TIME_UNITS | frozenset(["time", "duration"])

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


# `watch` and `view` alone are also a smartwatch's and a screen's: only the verb's
# other forms name a list of viewings.
_LIST_VERBS = frozenset(
    ["watched", "watching", "viewed", "viewing", "viewings", "listen", "listened",
     "listening", "played", "playback"]
)  # fmt: skip
_DONE_VERBS = frozenset(["watched", "watching", "listened", "listening"])
_WATCHED_AT_WORDS = frozenset(["at", "date", "on", "on_day"])

_QOS_WORDS = frozenset(
    ["bitrate", "throughput", "playrate", "dropped", "rendition", "rebuffer", "rebuffering",
     "rebuffers", "buffering", "stall", "stalls", "stalled", "bandwidth", "framerate", "fps",
     "join", "startup", "ping", "heartbeat", "cdn"]
)  # fmt: skip
# A video editor has a playhead and an export bitrate: a project, not a viewing.
_NOT_HEARTBEAT = _NOT_PLAYBACK | frozenset(
    ["export", "exporting", "exported", "timeline", "project", "editor", "edit", "draft"]
)
