"""Third held-out evaluation set: a phone (and a Fire TV stick on the same proxy)
running a fitness/dating app, a kids' cartoon app, a podcast/audiobook app, a news
app with video, a mobile game with ad mediation, a photo/avatar editor, a banking
app with a selfie KYC check and a karaoke app.

Written without reading the signature rules, their tests or sets 1 and 2's app
modules. It reuses set 1's flow model and writers (HAR, mitmproxy dump, replay
list) so that `bench/evaluate.py` scores it unchanged; the apps, SDKs, payloads
and labels are its own.
"""
