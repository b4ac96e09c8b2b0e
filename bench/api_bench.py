"""Server benchmark: cold start, analyze latency, throughput under 4 clients, peak RSS.

Runs the real `credstack serve` (waitress) on loopback with a fresh instance folder and prints
each figure beside its target and beside raw KeyBERT's time on the same postings, measured in the
same run. Never a pass/fail test: read the numbers.

    python bench/api_bench.py            # full run
    python bench/api_bench.py --smoke    # a few iterations, for CI
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import threading
import time
from pathlib import Path

from common import fixture_pages, keybert_seconds, percentile, posting_texts, summary
from tests.reliability.server import Server, call


def server_ms(headers) -> float | None:
    timing = headers.get("Server-Timing", "")
    return float(timing.split("dur=")[1]) / 1000 if "dur=" in timing else None


def analyze(server: Server, token: str, body: dict) -> tuple[int, float, float | None]:
    import json
    import urllib.error
    import urllib.request

    request = urllib.request.Request(server.base + "/analyze", data=json.dumps(body).encode(), method="POST",
                                     headers={"Content-Type": "application/json",
                                              "Authorization": f"Bearer {token}"})
    started = time.perf_counter()
    try:
        with urllib.request.urlopen(request, timeout=120) as response:
            response.read()
            return response.status, time.perf_counter() - started, server_ms(response.headers)
    except urllib.error.HTTPError as error:
        error.read()
        return error.code, time.perf_counter() - started, server_ms(error.headers)


def peak_rss_mib(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--smoke", action="store_true", help="few iterations (CI)")
    parser.add_argument("--requests", type=int, default=None, help="requests in the throughput run")
    parser.add_argument("--keybert", type=int, default=None,
                        help="postings timed with raw KeyBERT (default 8, smoke 3; 0 skips it on a busy machine)")
    parser.add_argument("--rounds", type=int, default=None,
                        help="times every posting is sent in the latency run (default 3, smoke 1): a p50 over "
                             "more answers moves less with the machine's other work")
    parser.add_argument("--tagger", choices=("on", "off"), default="on",
                        help="serve with the span tagger on (the default) or off (CREDSTACK_SKILL_TAGGER)")
    args = parser.parse_args()
    n_texts = 6 if args.smoke else 58
    n_pages = 4 if args.smoke else None
    total = args.requests or (24 if args.smoke else 240)

    texts = posting_texts(n_texts)
    pages = fixture_pages(n_pages)
    bodies = [{"text": t} for t in texts] + [{"html": html, "url": None} for _, html in pages]
    if not bodies:
        raise SystemExit("no postings to measure: ../shared/reference is missing and no fixture pages")

    with tempfile.TemporaryDirectory() as tmp:
        extra = {"CREDSTACK_SKILL_TAGGER": "true" if args.tagger == "on" else "false"}
        server = Server(Path(tmp) / "instance", preload=True, **extra)
        token = server.token("bench")  # a user has their token before the server starts
        started = time.perf_counter()
        health_s = server.start(timeout=180)
        status, _client, _server = analyze(server, token, bodies[0])
        first_answer = time.perf_counter() - started
        try:
            call(server.base, "PUT", "/profile", token, {"name": "Bench", "skills": [
                {"name": n} for n in ("Python", "SQL", "Excel", "Tableau", "Java", "Communication")]})
            for body in bodies[:3]:  # warm-up
                analyze(server, token, body)
            client_t, server_t, statuses, page_t, text_t, first_t = [], [], [], [], [], []
            rounds = args.rounds or (1 if args.smoke else 3)
            for k, body in enumerate(bodies * rounds):
                code, seconds, inside = analyze(server, token, body)
                if k < len(bodies):
                    statuses.append(code)
                client_t.append(seconds)
                if inside is not None:
                    server_t.append(inside)
                    if "html" in body and code == 200:
                        page_t.append(inside)
                    elif "text" in body and code == 200:
                        text_t.append(inside)
                        if k < len(bodies):
                            first_t.append(inside)

            results: list[tuple[int, float, int]] = []
            lock = threading.Lock()
            counter = iter(range(total))

            def worker():
                while True:
                    with lock:
                        i = next(counter, None)
                    if i is None:
                        return
                    code, seconds, _ = analyze(server, token, bodies[i % len(bodies)])
                    with lock:
                        results.append((code, seconds, statuses[i % len(bodies)]))

            load_started = time.perf_counter()
            threads = [threading.Thread(target=worker) for _ in range(4)]
            for thread in threads:
                thread.start()
            for thread in threads:
                thread.join()
            load_s = time.perf_counter() - load_started
            rss = peak_rss_mib(server.proc.pid)
        finally:
            server.stop()

    n_keybert = (3 if args.smoke else 8) if args.keybert is None else args.keybert
    kb = keybert_seconds(texts[:n_keybert]) if texts and n_keybert > 0 else []
    # an error is an answer other than the one the same body got alone (pages that hold no posting
    # rightly answer 422 "no job posting found")
    errors = sum(1 for code, _, expected in results if code != expected)
    fivexx = sum(1 for code, _, _ in results if code >= 500)
    p50 = percentile(server_t, 0.5)
    print(f"credstack api bench ({'smoke' if args.smoke else 'full'}, span tagger "
          f"{args.tagger}): {len(texts)} text postings, {len(pages)} pages, each sent {rounds} times "
          "in the latency run")
    print(f"  cold start to /health       {health_s:6.2f} s")
    print(f"  cold start to first answer  {first_answer:6.2f} s   (target <= 10 s; status {status})")
    print(f"  analyze, server-side        {summary(server_t)}   (target p50 <= 100 ms, stretch 30 ms)")
    if page_t:
        print(f"  analyze, job pages (200)    {summary(page_t)}   (server-side; target p50 <= 100 ms)")
    if text_t:
        print(f"  analyze, text postings      {summary(text_t)}   (server-side; SkillSpan dev when present; "
              f"target p50 <= 60 ms)")
        if rounds > 1:
            print(f"    the first time each is sent {summary(first_t)}   (words the server has not read before "
                  "are tokenised then; later rounds find them kept)")
    print(f"  analyze, client-observed    {summary(client_t)}")
    print(f"  non-200 in latency run      {sum(1 for c in statuses if c != 200)} of {len(statuses)} "
          f"({sorted(set(statuses))})")
    print(f"  throughput, 4 clients       {len(results) / load_s:6.1f} req/s over {len(results)} requests; "
          f"errors {errors}, 5xx {fivexx} (target 0 and 0); "
          f"client p50 {percentile([s for _, s, _ in results], .5) * 1000:.0f} ms")
    print(f"  server peak RSS             {rss:6.0f} MiB (target <= 1024 MiB)")
    if kb:
        print(f"  raw KeyBERT per posting     {summary(kb)}  (same machine, same run)")
        print(f"  speed-up vs raw KeyBERT     x{statistics.median(kb) / p50:.0f} (median vs server p50)")


if __name__ == "__main__":
    main()
