"""Fourth held-out evaluation set: a Pixel 8 running a music streaming app, a live
sports streaming app, a Kwai-style short-video app (Snap Kit login, Yoti age
check), a video-doorbell app with familiar faces, an e-learning app (xAPI), an
AR makeup try-on shop, a smart-speaker companion (Voice Match), a weather app
full of programmatic ads and a Roku TV remote, with the Roku's own ACR traffic.

Written without reading the signature rules, their tests, the README or the
app modules of sets 1-3. It reuses set 1's flow model and writers (HAR,
mitmproxy dump, replay list) so that `bench/evaluate.py` scores it unchanged;
the apps, SDKs, payloads and labels are its own.
"""
