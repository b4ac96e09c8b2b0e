"""The ``credstack`` command line: serve, token, db, analyze, tailor, shopping-list."""

from __future__ import annotations

import argparse
import gc
import json
import logging
import os
import shutil
import sys
import textwrap
import time
from pathlib import Path

from marshmallow import ValidationError
from sqlalchemy import select
from waitress import create_server

from credstack import __version__, create_app
from credstack.accounts import get_or_create_user, issue_token, list_tokens, parse_duration, revoke_token
from credstack.analysis import analysis_to_dict, analyze, warm_up
from credstack.config import DEFAULTS, cache_dir
from credstack.errors import waitress_json_errors
from credstack.listings import count_listings, saved_analyses
from credstack.models import User
from credstack.postings import PostingError, parse_posting
from credstack.profile import store
from credstack.profile.model import Profile
from credstack.profile.schema import load_profile_json
from credstack.resources import Resources
from credstack.resume import (
    LayoutUnsupported,
    PdfUnavailable,
    ResumeError,
    TailorOptions,
    convert_to_pdf,
    tailor_document,
)
from credstack.resume.pages import measure_pages
from credstack.shopping import shopping_list


def _app():
    return create_app({"PRELOAD_MODEL": False})


def _resources() -> Resources:
    """The vocabulary, catalog and model for one command (the model loads when first needed)."""
    return Resources.load(cache_dir({}), tagger=_env_flag("CREDSTACK_SKILL_TAGGER", bool(DEFAULTS["SKILL_TAGGER"])))


def _env_flag(name: str, default: bool) -> bool:
    value = os.environ.get(name)
    return default if value is None else value.strip().lower() not in ("0", "false", "no", "off")


def _one_server_per_instance(app):
    """The rate limit is counted in this process's memory, so a second server on the same
    instance would let each token through twice as often. With the limit on, hold a lock on the
    instance folder while serving; a second ``credstack serve`` there stops with a clear message.
    (Platforms without ``fcntl`` are not guarded.)"""
    if not int(app.config.get("RATE_LIMIT_PER_MINUTE") or 0):
        return None
    try:
        import fcntl
    except ImportError:
        return None
    handle = open(Path(app.instance_path) / "serve.lock", "a+")  # noqa: SIM115 (held until exit)
    try:
        fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        handle.close()
        raise SystemExit(f"credstack: another server already runs on the instance {app.instance_path}; its rate "
                         "limit is kept in memory, so run one server per instance (more threads: --threads) "
                         "or set CREDSTACK_RATE_LIMIT_PER_MINUTE=0 behind a proxy that limits.") from None
    handle.write(f"{os.getpid()}\n")
    handle.flush()
    return handle


def cmd_serve(args: argparse.Namespace) -> int:
    started = time.perf_counter()
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")

    app = create_app()
    lock = _one_server_per_instance(app)  # noqa: F841 (held while this process serves)
    if app.config.get("PRELOAD_MODEL"):
        warm_up(app.extensions["credstack.resources"])
    # The vocabulary, catalog and models live as long as the server: frozen out of the garbage
    # collector, they are no longer walked on each of its runs (a SkillSpan dev analysis spent 1.5 ms
    # in collections, 0.6 ms with them frozen)
    gc.collect()
    gc.freeze()
    waitress_json_errors(int(app.config["MAX_CONTENT_LENGTH"]))
    server = create_server(app, host=args.host, port=args.port, threads=args.threads,
                           max_request_body_size=int(app.config["MAX_CONTENT_LENGTH"]) + 1024 * 1024,
                           ident="credstack", channel_request_lookahead=1)  # tells a view its client left
    db_url = app.extensions["credstack.db"].engine.url.render_as_string(hide_password=True)
    print(f"credstack {__version__} serving on http://{args.host}:{server.effective_port}"
          f" (ready in {time.perf_counter() - started:.1f} s)", flush=True)
    print(f"  instance folder: {app.instance_path}\n  database: {db_url}", flush=True)
    print("  get a token:     credstack token   (then paste it in the extension's options page)", flush=True)
    print(f"  API docs:        http://{args.host}:{server.effective_port}/api/v1/docs", flush=True)
    extension = Path(__file__).resolve().parents[2] / "extension"
    if extension.is_dir():
        print(f"  load the extension: chrome://extensions > Developer mode > Load unpacked > {extension}",
              flush=True)
    try:
        server.run()
    except KeyboardInterrupt:
        pass
    return 0


def cmd_token(args: argparse.Namespace) -> int:
    """New token (the last line printed), --list the tokens, or --revoke one."""
    app = _app()
    db = app.extensions["credstack.db"]
    if args.revoke is not None:
        with db.transaction() as session:
            done = revoke_token(session, None, args.revoke)
        print(f"token {args.revoke} revoked" if done else f"no token {args.revoke}", file=sys.stdout if done
              else sys.stderr)
        return 0 if done else 1
    if args.list:
        with db.transaction() as session:
            user = get_or_create_user(session, args.user)
            rows = list_tokens(session, user.id)
            print(f"tokens of user {user.name!r}:")
            for row in rows:
                print(f"  {row.id:>4}  {row.prefix}...  {row.name or '(unnamed)':20}  created {_when(row.created_at)}"
                      f"  last used {_when(row.last_used_at)}  expires {_when(row.expires_at, 'never')}")
        return 0
    try:
        expires = parse_duration(args.expires) if args.expires else None
    except ValueError as exc:
        print(f"--expires: {exc}", file=sys.stderr)
        return 2
    with db.transaction() as session:
        user, token = issue_token(session, args.user, name=args.name or "", expires_in=expires)
        name = user.name
    print(f"New API token for user {name!r} (shown once; store it in the extension's options page):")
    print(token)
    return 0


def _when(moment, none: str = "-") -> str:
    return moment.strftime("%Y-%m-%d %H:%M") if moment else none


def cmd_db(args: argparse.Namespace) -> int:
    app = _app()  # create_app runs the migrations
    db = app.extensions["credstack.db"]
    print(f"database is at the newest schema: {db.engine.url.render_as_string(hide_password=True)}")
    return 0


def _load_profile(path: str | None):
    """A profile JSON file (the API's profile shape), validated; None without --profile."""
    if not path:
        return None


    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
        return Profile.from_dict(load_profile_json(data))
    except (OSError, ValueError) as exc:
        raise SystemExit(f"credstack: cannot read profile {path}: {exc}") from exc
    except ValidationError as exc:
        raise SystemExit(f"credstack: profile {path} is not valid: {exc.messages}") from exc


def cmd_analyze(args: argparse.Namespace) -> int:
    profile = _load_profile(args.profile)
    resources = _resources()
    status = 0
    for name in args.files:
        try:
            posting = parse_posting(Path(name).read_bytes(), url=args.url)
            result = {"file": name, **analysis_to_dict(analyze(posting, resources, profile=profile))}
        except (OSError, PostingError) as exc:
            status = 1
            result = {"file": name, "error": str(exc), "posting": None, "skills": []}
        if args.json:
            print(json.dumps(result, ensure_ascii=False), flush=True)
        else:
            print(format_analysis(result), flush=True)
    return status


def _skill_label(skill: dict) -> str:
    years = f" ({skill['years']:g}+ yrs)" if skill.get("years") else ""
    return f"{skill['name']}{years}"


def format_money(credential: dict) -> str:
    low, high, pricing = credential.get("cost_min"), credential.get("cost_max"), credential.get("pricing")
    if pricing == "free" or (low == 0 and high in (0, None)):
        return "free"
    if low is None and high is None:
        return "cost unknown"
    amount = f"${low:,.0f}" if high in (None, low) else f"${low:,.0f}-{high:,.0f}"
    return amount + ("/month" if pricing == "per_month" else "")


def format_analysis(result: dict) -> str:
    lines = [f"== {result['file']}"]
    if result.get("error"):
        return "\n".join(lines + [f"  {result['error']}"])
    posting = result["posting"]
    where = ", ".join(x for x in (posting.get("company"), posting.get("location")) if x)
    lines.append(f"{posting.get('title') or '(untitled posting)'}" + (f" — {where}" if where else "")
                 + f" [{posting.get('site')}]")
    lines += [f"Note: {note}" for note in result.get("notes", [])]
    for level in ("required", "preferred", "unspecified"):
        skills = [_skill_label(s) for s in result["skills"] if s["requirement"] == level]
        if skills:
            lines.append(f"{level.capitalize()}: " + ", ".join(skills))
    if not result["skills"]:
        lines.append("No skills from the vocabulary found.")
    if result.get("context"):  # a driving licence, a clearance, the industry: asked, but nothing to learn
        lines.append("Conditions and setting (not skills): " + ", ".join(
            s["name"] + (f" ({s['requirement']})" if s.get("requirement") in ("required", "preferred") else "")
            for s in result["context"]))
    if result.get("other_keywords"):
        lines.append("Other keywords: " + ", ".join(k["phrase"] for k in result["other_keywords"]))
    gaps = result.get("gaps")
    if gaps:
        counts = {}
        for skill in gaps["skills"]:
            counts[skill["status"]] = counts.get(skill["status"], 0) + 1
        lines.append(f"Match: {gaps['score']}/100 (" + ", ".join(
            f"{k} {counts.get(k, 0)}" for k in ("have", "implied", "transferable", "missing")) + ")")
        if gaps.get("summary"):
            lines.append(gaps["summary"])
        missing = [s["name"] for s in gaps["skills"] if s["status"] == "missing" and s.get("group") != "soft"]
        if missing:
            lines.append("Missing: " + ", ".join(missing))
        soft = [s["name"] for s in gaps["skills"] if s["status"] == "missing" and s.get("group") == "soft"]
        if soft:
            lines.append("Soft skills to show in your resume and interviews (no course needed): " + ", ".join(soft))
        for status, label in (("renew", "To renew"), ("finish", "To finish")):
            # a skill held whose certificate lapsed: renewing is the advice, the skill stays held
            named = [f"{s['name']} ({s['note']})" if s.get("note") and s.get("via") != s["name"] else s["name"]
                     for s in gaps["skills"]
                     if s["status"] == status or (status == "renew" and s["status"] in ("have", "implied")
                                                  and "renew your " in (s.get("note") or ""))]
            if named:
                lines.append(f"{label}: " + ", ".join(named))
    plan = result.get("recommendations") or {}
    for i, rec in enumerate(plan.get("recommendations", []), 1):
        cred = rec["credential"]
        hours = f", ~{cred['hours']:g} h" if cred.get("hours") else ""
        verb = {"renew": "Renew: ", "finish": "Finish: "}.get(rec.get("action"), "")
        lines.append(f"  {i}. {verb}{cred['name']} ({cred['provider']}) — {format_money(cred)}{hours}; "
                     f"covers {', '.join(rec.get('covers', []))}")
        if rec.get("why"):
            lines.append(f"     {rec['why']}")
    return "\n".join(lines)


def cmd_shopping_list(args: argparse.Namespace) -> int:
    app = _app()
    with app.app_context(), app.extensions["credstack.db"].transaction() as session:
        user = session.scalar(select(User).where(User.name == args.user))
        if user is None:
            print(f"No user {args.user!r} yet: save listings from the extension first.", file=sys.stderr)
            return 1
        profile = store.get_profile(session, user.id) if store.has_profile(session, user.id) else None
        resources = _resources()
        listings = saved_analyses(session, user.id, profile, resources, last=args.last)
        saved = count_listings(session, user.id)
    result = shopping_list(listings, profile, resources, saved=saved)
    if args.json:
        print(json.dumps(result, ensure_ascii=False))
        return 0
    print(format_shopping_list(result))
    return 0


SKILL_COLUMN = 48


def format_shopping_list(result: dict) -> str:
    total = result["listings"]
    if not total:
        return "No saved listings yet: save some from the extension (or POST /api/v1/analyze with save)."
    rows = [r for r in result["skills"] if r["kind"] != "soft"][:40]
    # the column as wide as the longest name, up to SKILL_COLUMN; a longer one ends in "…", never
    # cut mid-word without a sign ("Advanced Cardiovascular Life Sup")
    width = max([5, *(min(len(r["name"]), SKILL_COLUMN) for r in rows)])
    lines = [f"Across {result.get('window') or f'your last {total} saved listings'}:", "",
             f"{'Skill':{width}} {'Listings':>8} {'Required':>8} {'Preferred':>9}  You"]
    for row in rows:
        you = {"have": "have", "implied": "implied", "transferable": f"close to {row['via']}",
               "missing": "MISSING", "renew": "RENEW", "finish": "FINISH"}.get(row["status"] or "", "-")
        name = row["name"] if len(row["name"]) <= width else row["name"][:width - 1] + "…"
        lines.append(f"{name:{width}} {row['listings']:>8} {row['required']:>8} "
                     f"{row['preferred']:>9}  {you}")
    soft = [row["name"] for row in result.get("soft_skills", [])]
    if soft:
        lines += ["", "Soft skills they ask for (show them in your resume and interviews): " + ", ".join(soft[:12])]
    plan = result.get("recommendations") or {}
    if plan.get("recommendations"):
        lines += ["", "Credential stack for what you lack:"]
        for i, rec in enumerate(plan["recommendations"], 1):
            cred = rec["credential"]
            lines.append(f"  {i}. {cred['name']} ({cred['provider']}) — {format_money(cred)}; "
                         f"covers {', '.join(rec.get('covers', []))}")
            if rec.get("why"):
                lines.append(f"     {rec['why']}")
        if plan.get("uncovered_summary", {}).get("count"):
            lines.append(f"  Not covered by any credential: {plan['uncovered_summary']['text']}")
    return "\n".join(lines)


def format_changes(changes: dict) -> str:
    """The change summary as lines a person reads in a terminal."""
    lines = []
    if changes["changed"] and changes["section"] == "added":
        lines.append(f'Added the section "{changes["heading"]}" at the top.')
    elif changes["changed"] and changes["section"] == "merged":
        lines.append(f'Added to your existing "{changes["heading"]}" section, moved to the top.')
    elif changes["changed"]:
        lines.append("Changed your skills section.")
    else:
        lines.append("Nothing changed: " + (changes["unchanged_reason"] or "nothing relevant to add."))
    for item in changes["included"]:
        lines.append(f"  + {item['name']} ({item['reason']})")
    for item in changes["left_out"]:
        lines.append(f"  - {item['name']}: left out, {item['reason']}")
    if changes.get("layout_warning"):
        lines.append("Warning: " + changes["layout_warning"])
    if changes["page_warning"]:
        lines.append("Warning: " + changes["page_warning"])
    elif changes["page_count_before"] is not None and changes["page_count_after"] is not None:
        lines.append(f"Pages: {changes['page_count_before']} before, {changes['page_count_after']} after.")
    if changes["unmentioned_skills"]:
        lines.append("Skills the posting asks for that you have but your resume never mentions: "
                     + ", ".join(changes["unmentioned_skills"]) + " (--append-skills adds them to your skills section)")
    return "\n".join(lines)


def cmd_tailor(args: argparse.Namespace) -> int:
    profile = _load_profile(args.profile)
    output = Path(args.output or Path(args.resume).with_name(Path(args.resume).stem + "-tailored.docx"))
    try:
        original = Path(args.resume).read_bytes()
        posting = parse_posting(Path(args.posting).read_bytes(), url=None)
        found = _resources()
        result = analyze(posting, found, profile=profile, recommend=False)
        options = TailorOptions(include_unrelated=args.include_unrelated, expired=args.expired,
                                append_skills=args.append_skills)
        if args.heading:
            options.heading = args.heading
        tailored = tailor_document(original, result, profile, options, catalog=found.catalog,
                                   vocabulary=found.vocabulary)
        data = tailored.data
        if output.suffix.lower() == ".pdf":
            data = convert_to_pdf(data)
            if tailored.changes.changed and not args.no_page_check:
                tailored.changes.note_pages(*measure_pages(original, tailored_pdf=data))
        elif tailored.changes.changed and not args.no_page_check and shutil.which("soffice"):
            tailored.changes.note_pages(*measure_pages(original, tailored.data))
    except LayoutUnsupported as exc:
        section = output.with_name(output.stem + "-certifications.docx")
        if exc.section_docx:
            section.write_bytes(exc.section_docx)
        print(f"credstack tailor: {exc}", file=sys.stderr)
        print(f"wrote the section alone to {section}")
        return 4
    except (OSError, PostingError, ResumeError) as exc:
        print(f"credstack tailor: {exc}", file=sys.stderr)
        return 2 if not isinstance(exc, PdfUnavailable) else 3
    output.write_bytes(data)
    print(format_changes(tailored.changes.to_dict()))
    print(f"wrote {output}")
    return 0


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
    p.add_argument("--name", default="", help="the device the token is for, e.g. laptop")
    p.add_argument("--expires", default=None, help="lifetime, e.g. 90d, 12h or 4w (default: never expires)")
    p.add_argument("--list", action="store_true", help="list the user's tokens instead")
    p.add_argument("--revoke", type=int, metavar="ID", default=None, help="revoke the token with this id")

    p = _add(sub, "db", "Database maintenance.", "credstack db upgrade", cmd_db)
    p.add_argument("action", choices=["upgrade"], help="upgrade: apply pending migrations")

    p = _add(sub, "analyze", "Find the posting and the skills it asks for in HTML or text files.",
             "credstack analyze listing.html\ncredstack analyze a.html b.txt --json", cmd_analyze)
    p.add_argument("files", nargs="+", metavar="FILE", help=".html/.htm page or plain-text posting")
    p.add_argument("--json", action="store_true", help="one JSON object per FILE, one per line")
    p.add_argument("--profile", metavar="PROFILE.json", help="compare with this profile (the API's JSON)")
    p.add_argument("--url", help="the page's URL, when known (helps find the site's layout)")

    p = _add(sub, "tailor", "Put your relevant certifications at the top of your own .docx resume for a posting.",
             "credstack tailor resume.docx --posting listing.html --profile profile.json -o tailored.docx",
             cmd_tailor)
    p.add_argument("resume", metavar="RESUME.docx", help="your resume (Word .docx)")
    p.add_argument("--posting", required=True, metavar="PAGE.html|TEXT.txt", help="the job listing")
    p.add_argument("--profile", required=True, metavar="PROFILE.json", help="your profile (the API's JSON)")
    p.add_argument("-o", "--output", help="where to write (.docx, or .pdf when LibreOffice is installed)")
    p.add_argument("--heading", help='section heading (default "Professional Development & Certifications")')
    p.add_argument("--include-unrelated", action="store_true", help="also list certifications the posting "
                   "does not touch, after the relevant ones")
    p.add_argument("--expired", choices=["omit", "mark"], default="omit", help="leave expired ones out, or "
                   'mark them "(expired Mon YYYY)"')
    p.add_argument("--append-skills", action="store_true", help="append the posting's skills you hold but your "
                   "resume never mentions to its skills section, in its own format")
    p.add_argument("--no-page-check", action="store_true", help="do not count pages with LibreOffice")

    p = _add(sub, "shopping-list", "The skills your saved listings ask for most, and what covers them.",
             "credstack shopping-list --last 15\ncredstack shopping-list --user jane --json",
             cmd_shopping_list)
    p.add_argument("--user", default="local", help="whose saved listings (default: local)")
    p.add_argument("--last", type=int, default=15, help="how many recent listings to count (default 15)")
    p.add_argument("--json", action="store_true", help="print the API's JSON instead of a table")
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    return args.func(args)


if __name__ == "__main__":
    sys.exit(main())
