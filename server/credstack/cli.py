"""The ``credstack`` command line: serve, token, db, analyze, tailor, shopping-list."""

from __future__ import annotations

import argparse
import json
import sys
import textwrap
from pathlib import Path


def _app(preload: bool = False):
    from credstack import create_app

    return create_app({"PRELOAD_MODEL": preload} if not preload else None)


def cmd_serve(args: argparse.Namespace) -> int:
    import logging
    import time

    from waitress import create_server

    started = time.perf_counter()
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    from credstack import create_app

    app = create_app()
    if app.config.get("PRELOAD_MODEL"):
        from credstack.analysis import warm_up

        warm_up()
    server = create_server(app, host=args.host, port=args.port, threads=args.threads,
                           max_request_body_size=int(app.config["MAX_CONTENT_LENGTH"]) + 1024 * 1024,
                           ident="credstack")
    db_url = app.extensions["credstack.db"].engine.url.render_as_string(hide_password=True)
    print(f"credstack {__import__('credstack').__version__} serving on http://{args.host}:{server.effective_port}"
          f" (ready in {time.perf_counter() - started:.1f} s)", flush=True)
    print(f"  instance folder: {app.instance_path}\n  database: {db_url}", flush=True)
    print("  get a token:     credstack token   (then paste it in the extension's options page)", flush=True)
    print(f"  API docs:        http://{args.host}:{server.effective_port}/api/v1/docs", flush=True)
    try:
        server.run()
    except KeyboardInterrupt:
        pass
    return 0


def cmd_token(args: argparse.Namespace) -> int:
    from credstack.accounts import issue_token

    app = _app()
    with app.app_context():
        with app.extensions["credstack.db"].transaction() as session:
            user, token = issue_token(session, args.user)
            name = user.name
    print(f"New API token for user {name!r} (shown once; store it in the extension's options page):")
    print(token)
    return 0


def cmd_db(args: argparse.Namespace) -> int:
    app = _app()  # create_app runs the migrations
    db = app.extensions["credstack.db"]
    print(f"database is at the newest schema: {db.engine.url.render_as_string(hide_password=True)}")
    return 0


def _read_posting_file(path: Path) -> str:
    return path.read_bytes().decode("utf-8", "replace")


def cmd_analyze(args: argparse.Namespace) -> int:
    from credstack.postings import PostingError, parse_posting
    from credstack.skills import extract_skills

    status = 0
    for name in args.files:
        path = Path(name)
        try:
            posting = parse_posting(_read_posting_file(path), url=None)
            extraction = extract_skills(posting)
            result = {
                "file": name,
                "posting": posting.to_dict(),
                "skills": [s.to_dict() for s in extraction.skills],
                "other_keywords": [k.to_dict() for k in extraction.other_keywords],
            }
        except (OSError, PostingError) as exc:
            status = 1
            result = {"file": name, "error": str(exc), "posting": None, "skills": []}
        if args.json:
            print(json.dumps(result, ensure_ascii=False), flush=True)
        else:
            print(result)
    return status


class _Formatter(argparse.RawDescriptionHelpFormatter):
    pass


def _add(sub, name: str, help_: str, example: str, func) -> argparse.ArgumentParser:
    parser = sub.add_parser(name, help=help_, description=help_, formatter_class=_Formatter,
                            epilog="example:\n" + textwrap.indent(example.strip(), "  "))
    parser.set_defaults(func=func)
    return parser


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="credstack", formatter_class=_Formatter,
        description="credstack: a job listing -> the skills it asks for, your gaps, the "
                    "micro-credentials that fill them, and a tailored resume.",
        epilog="example:\n  credstack serve          # start the API for the browser extension\n"
               "  credstack token          # print a token to paste into the extension",
    )
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    p = _add(sub, "serve", "Run the API server (waitress, a production WSGI server).",
             "credstack serve --host 127.0.0.1 --port 8765", cmd_serve)
    p.add_argument("--host", default="127.0.0.1", help="interface to listen on (default 127.0.0.1)")
    p.add_argument("--port", type=int, default=8765, help="port (default 8765; 0 picks a free one)")
    p.add_argument("--threads", type=int, default=8, help="worker threads (default 8)")

    p = _add(sub, "token", "Create a user if needed and print a new API token as the last line.",
             "credstack token --user jane", cmd_token)
    p.add_argument("--user", default="local", help="user name (default: local)")

    p = _add(sub, "db", "Database maintenance.", "credstack db upgrade", cmd_db)
    p.add_argument("action", choices=["upgrade"], help="upgrade: apply pending migrations")

    p = _add(sub, "analyze", "Find the posting and the skills it asks for in HTML or text files.",
             "credstack analyze listing.html\ncredstack analyze a.html b.txt --json", cmd_analyze)
    p.add_argument("files", nargs="+", metavar="FILE", help=".html/.htm page or plain-text posting")
    p.add_argument("--json", action="store_true", help="one JSON object per FILE, one per line")
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    return args.func(args)


if __name__ == "__main__":
    sys.exit(main())
