#!/usr/bin/python3
"""Finishes build/web: the page (web/index.html, told the wasm's size for its loading bar), the icons
from assets/icon.svg, and the service worker with the list of files to precache and a version that
changes whenever any of them does.

    make_offline.py WEB_OUT SOURCE_DIR

Icons are drawn by rsvg-convert (Debian's librsvg2-bin): 192 (also the apple-touch-icon) and 512 px,
and a maskable 512 px one whose artwork sits inside the 80% safe zone on a full-bleed background.
"""
import hashlib
import json
import os
import shutil
import subprocess
import sys

# Every file the app needs offline, in the order the page asks for them. The PNG icons are not
# among them: the system reads them when the app is installed, and precaching them would add
# 36 KB to every first visit.
APP_FILES = ["index.html", "trellis.js", "trellis.wasm", "manifest.webmanifest", "icon.svg"]
ICONS = ["icon-192.png", "icon-512.png", "icon-maskable-512.png"]
BRAND = "#2a7a56"


def render(svg, out, size, maskable=False):
    if maskable:
        inner = round(size * 0.8)
        offset = (size - inner) // 2
        args = ["--page-width", str(size), "--page-height", str(size), "-w", str(inner), "-h", str(inner),
                "--left", str(offset), "--top", str(offset), "-b", BRAND]
    else:
        args = ["-w", str(size), "-h", str(size)]
    subprocess.run(["rsvg-convert", *args, svg, "-o", out], check=True)


def write_atomically(path, text):
    temp = path + ".tmp"
    with open(temp, "w", encoding="utf-8") as f:
        f.write(text)
    os.replace(temp, path)


def main():
    out, source = sys.argv[1], sys.argv[2]
    with open(os.path.join(source, "web", "index.html"), encoding="utf-8") as f:
        page = f.read()
    wasm_bytes = os.path.getsize(os.path.join(out, "trellis.wasm"))
    write_atomically(os.path.join(out, "index.html"), page.replace("@WASM_BYTES@", str(wasm_bytes)))
    svg = os.path.join(source, "assets", "icon.svg")
    shutil.copyfile(svg, os.path.join(out, "icon.svg"))
    render(svg, os.path.join(out, "icon-192.png"), 192)
    render(svg, os.path.join(out, "icon-512.png"), 512)
    render(svg, os.path.join(out, "icon-maskable-512.png"), 512, maskable=True)

    digest = hashlib.sha256()
    for name in APP_FILES + ICONS:
        with open(os.path.join(out, name), "rb") as f:
            digest.update(name.encode() + b"\0" + f.read())
    with open(os.path.join(source, "web", "sw.js"), encoding="utf-8") as f:
        worker = f.read()
    worker = worker.replace("@VERSION@", digest.hexdigest()[:16]).replace("@FILES@", json.dumps(APP_FILES))
    # Written last and atomically: a server never hands out a worker for files not all there yet.
    write_atomically(os.path.join(out, "sw.js"), worker)


if __name__ == "__main__":
    main()
