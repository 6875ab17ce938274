#!/usr/bin/env python3
"""bench-preview.py PORTAL CONTENT PAGE FILE [EDITS]: how long `portal preview` takes to tell an open page to reload
after a content file is saved.

PORTAL is the command (a published folder's `portal`), CONTENT a content folder (copied first: the file is edited),
PAGE the open page's site path (samarbeten/huddinge/vanda.html) and FILE the content file its edit changes, relative
to CONTENT (partners/huddinge/vanda.md). It starts the preview on a free port with the theme beside PORTAL, waits for
the first build, then EDITS times (default 7): opens the page's event stream at the version the page was served
with, saves FILE with its `name:` changed, and times from the save to the "reload" event. It prints each time and the
median, in ms. What follows the event (the browser loading the page again) is not in the figure.
Not part of the test run. Example, from the repository's root:
  python3 scripts/bench-preview.py ~/portal/portal input samarbeten/huddinge/vanda.html partners/huddinge/vanda.md
"""
import os
import re
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def next_event(stream):
    name = None
    while True:
        line = stream.readline().decode().rstrip("\n")
        if line.startswith("event: "):
            name = line[len("event: "):]
        elif line == "" and name:
            return name


def main(portal, content, page, file, edits=7):
    work = tempfile.mkdtemp(prefix="portal-bench-preview-")
    copy = os.path.join(work, "content")
    shutil.copytree(content, copy)
    port = free_port()
    log_path = os.path.join(work, "preview.log")
    theme = os.path.join(os.path.dirname(os.path.abspath(portal)), "theme")
    with open(log_path, "w") as log:
        preview = subprocess.Popen(
            [portal, "preview", "--input", copy, "--output", os.path.join(work, "site"), "--theme", theme, "--port", str(port)],
            stdout=log, stderr=log, stdin=subprocess.DEVNULL)
    try:
        while "Built in" not in open(log_path).read():
            if preview.poll() is not None:
                sys.exit("the preview stopped:\n" + open(log_path).read())
            time.sleep(0.05)
        path = os.path.join(copy, file)
        original = open(path).read()
        times = []
        for i in range(edits):
            html = urllib.request.urlopen(f"http://localhost:{port}/{page}", timeout=600).read().decode()
            version = re.search(r'data-version="(\d+)"', html).group(1)
            with urllib.request.urlopen(f"http://localhost:{port}/_portal/events?page={page}&version={version}", timeout=600) as stream:
                next_event(stream)  # "ok": the page is up to date
                start = time.monotonic()
                with open(path, "w") as f:
                    f.write(original.replace("name: ", f"name: Ändrad {i} ", 1))
                event = next_event(stream)
                times.append((time.monotonic() - start) * 1000)
            if event != "reload":
                sys.exit(f"expected a reload, got {event}")
            time.sleep(0.5)
        print("reload after each edit (ms):", [round(t) for t in times], "median", round(statistics.median(times)))
    finally:
        preview.terminate()
        preview.wait()
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    if len(sys.argv) < 5:
        sys.exit(__doc__)
    main(*sys.argv[1:5], *(int(a) for a in sys.argv[5:6]))
