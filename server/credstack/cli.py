"""The ``credstack`` command line: serve, token, db, analyze, tailor, shopping-list."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path


def _read_posting_file(path: Path) -> str:
    data = path.read_bytes()
    return data.decode("utf-8", "replace")


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


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="credstack")
    sub = parser.add_subparsers(dest="command", required=True)
    p = sub.add_parser("analyze", help="find the posting and its skills in HTML or text files")
    p.add_argument("files", nargs="+", metavar="FILE")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_analyze)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    return args.func(args)


if __name__ == "__main__":
    sys.exit(main())
