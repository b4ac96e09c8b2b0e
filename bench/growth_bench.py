"""How the time of one analysis grows with the size of hostile and normal inputs.

Each case builds inputs of growing size (the page HTML or posting text a visited site controls),
runs the whole ``/analyze`` pipeline on it (parse -> skills with the real model -> gaps ->
credentials) in a child process, and prints the time per size and the growth factor from one
size to the next. A linear stage grows about as fast as the input (x4 here); a quadratic one
grows x16. A case that passes ``--limit`` seconds is stopped and shown as ``>limit``.

    python bench/growth_bench.py                 # every case at 64 KB, 256 KB and 1 MB
    python bench/growth_bench.py --smoke         # small sizes only (CI)
    python bench/growth_bench.py --baseline ../main   # each case also on another checkout, interleaved
    python bench/growth_bench.py --tagger on     # with the learned span tagger whatever the config

The analysis runs as the server's would: the span tagger is used when ``CREDSTACK_SKILL_TAGGER``
(or the config default) turns it on.
"""

from __future__ import annotations

import argparse
import json
import os
import select
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
KB = 1024

SKILL_LINE = "- Python, SQL, AWS, Docker, Kubernetes and 5+ years\n"
LIST_ITEMS = ["Python", "SQL", "AWS", "Docker", "Kubernetes", "Terraform", "React", "Go", "Excel", "Java",
              "C++", "Node.js", "Kafka", "Spark", "Tableau", "Power BI", "Linux", "Git", "CI/CD", "REST"]
WORDS = ("the team will use python and sql daily to build reliable services with docker while we "
         "value clear writing and care for customers in a friendly office near the river").split()


def _repeat(unit: str, size: int, head: str = "", tail: str = "") -> str:
    count = max(1, (size - len(head) - len(tail)) // len(unit))
    return head + unit * count + tail


def _page(body: str, head: str = "") -> str:
    return (f"<!doctype html><html><head><title>Data Engineer - Acme</title>{head}</head>"
            f"<body><main><h1>Data Engineer</h1>{body}</main></body></html>")


def repeated_lines(size: int) -> str:
    return _repeat(SKILL_LINE, size, "Requirements\n")


def huge_list(size: int) -> str:
    unit = ", ".join(LIST_ITEMS) + ", "
    return _repeat(unit, size, "Requirements\n- ", "\n")


def slash_list(size: int) -> str:
    unit = "/".join(LIST_ITEMS) + "/Foo/"
    return _repeat(unit, size, "Requirements\n- ", "\n")


def lead_ins(size: int) -> str:
    return _repeat("Nice to have:\n- Python and SQL\nYou must have:\n- Go (3 years)\n", size, "Requirements\n")


def many_headings(size: int) -> str:
    unit = "<h2>Requirements</h2><p>Python, SQL and AWS; 3+ years.</p><h3>About us</h3><p>We ship.</p>"
    return _page(_repeat(unit, size - 200))


def many_scripts(size: int) -> str:
    unit = "<script>window.track({id: 1, events: ['a', 'b'], v: \"x\"});</script>"
    body = "<h2>Requirements</h2><ul><li>Python and SQL</li><li>3+ years of AWS</li></ul>"
    return _page(body, _repeat(unit, size - 300))


def jsonld_description(size: int) -> str:
    description = _repeat("<li>Python, SQL, AWS, Docker and 5+ years of Kubernetes</li>", size - 400,
                          "<h2>Requirements</h2><ul>", "</ul>")
    node = {"@context": "https://schema.org", "@type": "JobPosting", "title": "Data Engineer",
            "hiringOrganization": {"@type": "Organization", "name": "Acme"}, "description": description}
    return _page("<p>See the listing.</p>", f'<script type="application/ld+json">{json.dumps(node)}</script>')


def words(size: int) -> str:
    out, n = [], 0
    i = 0
    while n < size:
        word = WORDS[i % len(WORDS)]
        out.append(word)
        n += len(word) + 1
        i += 1
        if i % 17 == 0:
            out.append(".\n")
    return "Requirements\n" + " ".join(out)


def normal_page(size: int) -> str:
    """A real-shaped posting (the test fixture pages, repeated) for comparison."""
    pages = sorted((ROOT / "tests" / "postings" / "pages").glob("**/*.html"))
    page = max(pages, key=lambda p: p.stat().st_size).read_text("utf-8", "replace") if pages else many_headings(size)
    return page if len(page) >= size else page + "<!--" + " " * (size - len(page)) + "-->"


CASES = {"repeated_lines": repeated_lines, "huge_list": huge_list, "slash_list": slash_list,
         "lead_ins": lead_ins, "many_headings": many_headings, "many_scripts": many_scripts,
         "jsonld_description": jsonld_description, "words": words, "normal_page": normal_page}


def server_uses_tagger(choice: str) -> bool:
    """Whether the analysis reads skills with the span tagger: as ``create_app`` decides (the
    ``CREDSTACK_SKILL_TAGGER`` environment, else the config default), unless ``choice`` says."""
    if choice != "config":
        return choice == "on"
    from credstack.config import DEFAULTS

    raw = os.environ.get("CREDSTACK_SKILL_TAGGER")
    if raw is None:
        return bool(DEFAULTS.get("SKILL_TAGGER", True))
    try:
        return bool(json.loads(raw))
    except ValueError:
        return bool(raw)


def run_case(name: str, sizes: list[int], tagger: bool) -> None:
    """In the child: warm up, then one timed analysis per size, printed as JSON lines."""
    from credstack.analysis import analyze as analyze_posting
    from credstack.postings import NoPostingFound, parse_posting
    from credstack.profile.model import Profile

    try:  # the app's resources (vocabulary, catalog, model) when this checkout has them
        from credstack.config import cache_dir
        from credstack.resources import Resources

        try:
            resources = Resources.load(cache_dir({}), tagger=tagger)
        except TypeError:  # a checkout from before the tagger
            resources = Resources.load(cache_dir({}))

        def analyze(posting, profile):
            return analyze_posting(posting, resources, profile=profile)
    except ImportError:  # older checkouts load them on first use
        def analyze(posting, profile):
            return analyze_posting(posting, profile=profile)

    profile = Profile.from_dict({"skills": [{"name": "Python"}, {"name": "Excel"}]})
    analyze(parse_posting(repeated_lines(2 * KB)), profile=profile)  # model and caches loaded
    for size in sizes:
        page = CASES[name](size)
        started, cpu = time.perf_counter(), time.process_time()
        try:
            analyze(parse_posting(page), profile=profile)
        except NoPostingFound:
            pass
        print(json.dumps({"size": len(page.encode()), "seconds": time.perf_counter() - started,
                          "cpu": time.process_time() - cpu}), flush=True)


def measure(name: str, sizes: list[int], limit: float, tagger: bool, code: Path | None = None
            ) -> list[tuple[int, float | None, float | None]]:
    """Times per size from a child process (running the package under ``code``, else this one's);
    a size still running after ``limit`` s ends the case."""
    command = [sys.executable, __file__, "--child", name, "--sizes", ",".join(map(str, sizes)),
               "--tagger", "on" if tagger else "off"]
    env = os.environ.copy()
    if code is not None:
        env["PYTHONPATH"] = os.pathsep.join([str(code), *filter(None, [env.get("PYTHONPATH")])])
    child = subprocess.Popen(command, stdout=subprocess.PIPE, text=True, env=env)
    results: list[tuple[int, float | None, float | None]] = []
    waited_for_start = False
    try:
        while len(results) < len(sizes):
            # the first line also waits for the model to load
            ready, _, _ = select.select([child.stdout], [], [], limit + (0 if waited_for_start else 120))
            waited_for_start = True
            if not ready:
                break
            line = child.stdout.readline()
            if not line:
                break
            row = json.loads(line)
            results.append((row["size"], row["seconds"], row.get("cpu")))
    finally:
        if child.poll() is None:
            child.kill()
        child.wait()
    while len(results) < len(sizes):
        results.append((sizes[len(results)], None, None))
    return results


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--smoke", action="store_true", help="small sizes only")
    parser.add_argument("--cases", default=",".join(CASES), help="comma-separated case names")
    parser.add_argument("--sizes", default=None, help="sizes in bytes, comma-separated")
    parser.add_argument("--limit", type=float, default=60.0, help="stop a case past this many seconds")
    parser.add_argument("--tagger", choices=("config", "on", "off"), default="config",
                        help="read skills with the span tagger: as the server would (config), or on/off")
    parser.add_argument("--baseline", type=Path, default=None,
                        help="another checkout (holding server/credstack): each case runs there first, same session")
    parser.add_argument("--child", default=None, help=argparse.SUPPRESS)
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")] if args.sizes else (
        [16 * KB, 64 * KB] if args.smoke else [64 * KB, 256 * KB, 1024 * KB])
    tagger = server_uses_tagger(args.tagger)
    if args.child:
        run_case(args.child, sizes, tagger)
        return 0
    import credstack

    baseline = (args.baseline / "server").resolve() if args.baseline else None
    if baseline is not None and not (baseline / "credstack").is_dir():
        parser.error(f"no server/credstack under {args.baseline}")
    print(f"code: {Path(credstack.__file__).parent}   span tagger: {'on' if tagger else 'off'}")
    if baseline is not None:
        print(f"baseline: {baseline / 'credstack'} (rows marked 'before', measured just before each case)")
    print(f"{'case':27} " + " ".join(f"{s // KB:>8} KB wall (cpu)" for s in sizes)[1:] + "   growth per x"
          f"{sizes[1] // sizes[0] if len(sizes) > 1 else 1}")
    worst = worst_before = 0.0
    for name in args.cases.split(","):
        if baseline is not None:
            worst_before = max(worst_before, _print_row(f"{name} (before)", measure(name, sizes, args.limit, tagger,
                                                                                    baseline), args.limit))
        worst = max(worst, _print_row(name, measure(name, sizes, args.limit, tagger), args.limit))
    if baseline is not None:
        print(f"slowest analysis before: {worst_before:.2f} s")
    print(f"slowest analysis: {worst:.2f} s (target: none beyond 2 s at 1 MB)")
    return 0


def _print_row(label: str, rows: list[tuple[int, float | None, float | None]], limit: float) -> float:
    """One case's times (wall, and in brackets the CPU time of the analysing process, which a
    loaded machine inflates less) and growth factors; returns its slowest time (inf when one was
    stopped)."""
    cells, growth = [], []
    worst = 0.0
    for i, (_size, seconds, cpu) in enumerate(rows):
        if seconds is None:
            cells.append(f"{'>' + format(limit, 'g'):>8}s       ")
        else:
            cells.append(f"{seconds:>7.2f}s " + (f"({cpu:4.2f})" if cpu is not None else " " * 6))
        if i and seconds is not None and rows[i - 1][1]:
            growth.append(f"x{seconds / max(rows[i - 1][1], 1e-3):.1f}")
        if seconds is not None:
            worst = max(worst, seconds)
        elif i:
            worst = float("inf")
    print(f"{label:27} " + " ".join(cells) + "   " + " ".join(growth), flush=True)
    return worst


if __name__ == "__main__":
    sys.exit(main())
