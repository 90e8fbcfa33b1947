#!/usr/bin/python3
"""Serves a folder of static files for Trellis: the right type for .wasm, no caching for the page,
the service worker and the manifest (so a new version is found), and every interface by default.

  serve.py DIR [--port 8080] [--bind 0.0.0.0]
"""
import argparse
import functools
import http.server
import socketserver


class Handler(http.server.SimpleHTTPRequestHandler):
    extensions_map = {
        **http.server.SimpleHTTPRequestHandler.extensions_map,
        ".wasm": "application/wasm",
        ".js": "text/javascript",
        ".mjs": "text/javascript",
        ".json": "application/json",
        ".webmanifest": "application/manifest+json",
        ".svg": "image/svg+xml",
    }

    def end_headers(self):
        self.send_header("Cache-Control", "no-cache")
        super().end_headers()

    def log_message(self, fmt, *args):
        pass


class Server(socketserver.ThreadingMixIn, http.server.HTTPServer):
    daemon_threads = True
    allow_reuse_address = True


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("directory")
    parser.add_argument("--port", type=int, default=8080)
    parser.add_argument("--bind", default="0.0.0.0")
    args = parser.parse_args()
    handler = functools.partial(Handler, directory=args.directory)
    with Server((args.bind, args.port), handler) as server:
        server.serve_forever()


if __name__ == "__main__":
    main()
