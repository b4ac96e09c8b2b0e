"""Importing real resumes into the profile: are the suggested certifications and skills ones the
resume states?

    python bench/resume_import.py [--verbose]

Reads the real .docx resumes of ``bench/resumes/MANIFEST.tsv`` from the cache that
``bench/resume_corpus.py`` extracts them into (``${XDG_CACHE_HOME:-~/.cache}/credstack-bench/resumes/``),
runs what POST /profile/resume suggests (``suggestions_from_resume``) on each, and scores the
documents labelled in ``bench/resumes/import_labels.json`` (its ``_about`` says how):

- certifications: precision (suggested certifications matching a listed one / suggested) and
  recall (listed ones suggested / listed), overall and per document;
- wrong skills: labelled ``not_skills`` suggested;
- education: the lines suggested for the profile's education (``profile.education``), on the
  documents whose labels have ``education``: precision (lines holding a labelled qualification,
  ``education`` or ``education_also``, / lines suggested), recall (``education`` labels found /
  listed), documents with at least one right line, and lines naming a degree labelled
  ``education_in_progress`` (not held: each one is wrong);
- in progress: suggestions with the status "in_progress" (the resume says the certification is
  not held yet) are scored apart, against the labels' ``in_progress`` list; the figures above
  are about certifications suggested as held.

Figures are printed per batch of the manifest (its ``batch`` column) and for all documents, so
what the import was tuned on and what it was not are never mixed.

The onboarding page shows the suggestions checked: a wrong one lands in the profile with one
click. Without the cache it says so in one line and exits 0.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "server"))
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")

CACHE = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "credstack-bench" / "resumes"
LABELS = ROOT / "bench" / "resumes" / "import_labels.json"


def _fold(text: str) -> str:
    return " ".join(text.split()).casefold()


def matches(suggested: str, listed: str) -> bool:
    a, b = _fold(suggested), _fold(listed)
    return bool(a) and (b in a or a in b)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--verbose", action="store_true", help="print every suggestion")
    args = parser.parse_args()
    labels = json.loads(LABELS.read_text("utf-8"))["documents"]
    present = [name for name in labels if (CACHE / name).is_file()]
    if not present:
        print(f"resume import bench: no cached resumes in {CACHE} (run bench/resume_corpus.py first); skipped")
        return 0
    from credstack.profile.resume_import import suggestions_from_resume
    from credstack.resources import Resources

    resources = Resources.load()
    with (ROOT / "bench" / "resumes" / "MANIFEST.tsv").open(encoding="utf-8") as fh:
        batch_of = {row["local_name"]: row.get("batch") or "1" for row in csv.DictReader(fh, delimiter="\t")}
    per_batch: dict[str, list[int]] = {}
    suggested_n = right_n = listed_n = found_n = wrong_skills = 0
    progress_n = [0, 0, 0, 0]  # in progress: suggested, right, listed, found
    edu_n = [0, 0, 0, 0, 0, 0, 0]  # education: suggested, right, listed, found, documents, covered, under way
    for name in present:
        label = labels[name]
        found = suggestions_from_resume((CACHE / name).read_bytes(), resources.vocabulary, resources.catalog)
        certs = [c["name"] for c in found.certifications if c.get("status", "earned") == "earned"]
        progress = [c["name"] for c in found.certifications if c.get("status", "earned") != "earned"]
        progress_listed = label.get("in_progress", [])
        progress_right = [c for c in progress if any(matches(c, item) for item in progress_listed)]
        progress_n[0] += len(progress)
        progress_n[1] += len(progress_right)
        progress_n[2] += len(progress_listed)
        progress_n[3] += sum(any(matches(c, item) for c in progress) for item in progress_listed)
        listed = label["certifications"]
        right = [c for c in certs if any(matches(c, item) for item in listed)]
        hit = [item for item in listed if any(matches(c, item) for c in certs)]
        bad_skills = sorted({s["name"] for s in found.skills} & set(label["not_skills"]))
        suggested_n += len(certs)
        right_n += len(right)
        listed_n += len(listed)
        found_n += len(hit)
        wrong_skills += len(bad_skills)
        counts = per_batch.setdefault(batch_of.get(name, "1"), [0, 0, 0, 0, 0])
        for k, n in enumerate((len(certs), len(right), len(listed), len(hit), len(bad_skills))):
            counts[k] += n
        wrong = [c for c in certs if c not in right]
        education_note = ""
        if "education" in label:
            lines = found.profile.get("education", [])
            held = [*label["education"], *label.get("education_also", [])]
            good = [e for e in lines if any(_fold(item) in _fold(e) for item in held)]
            underway = [e for e in lines if e not in good
                        and any(_fold(item) in _fold(e) for item in label.get("education_in_progress", []))]
            listed_e = [item for item in label["education"] if any(_fold(item) in _fold(e) for e in lines)]
            for k, v in enumerate((len(lines), len(good), len(label["education"]), len(listed_e),
                                   bool(label["education"]), bool(label["education"]) and bool(good), len(underway))):
                edu_n[k] += v
            bad = [e for e in lines if e not in good]
            education_note = (f"; education {len(good)}/{len(lines)} right, "
                              f"{len(listed_e)}/{len(label['education'])} found"
                              + (f"; wrong education: {' | '.join(bad)[:200]}" if bad else ""))
        print(f"{name:42} certifications {len(right)}/{len(certs)} right, {len(hit)}/{len(listed)} found"
              + (f"; wrong: {', '.join(wrong)[:160]}" if wrong else "")
              + (f"; wrong skills: {', '.join(bad_skills)}" if bad_skills else "")
              + (f"; in progress: {', '.join(progress)}" if progress else "") + education_note)
        if args.verbose:
            print("    certifications:", "; ".join(certs))
            print("    skills:", ", ".join(s["name"] for s in found.skills))
            print("    education:", " | ".join(found.profile.get("education", [])))
    print()
    for batch, (s_n, r_n, l_n, f_n, w_n) in sorted(per_batch.items()):
        print(f"batch {batch}: certifications suggested {s_n}, right {r_n} ({r_n / s_n if s_n else 1.0:.1%}); "
              f"listed {l_n}, found {f_n} ({f_n / l_n if l_n else 1.0:.1%}); wrong skills {w_n}")
    precision = right_n / suggested_n if suggested_n else 1.0
    recall = found_n / listed_n if listed_n else 1.0
    print(f"\n{len(present)} labelled documents: certifications suggested {suggested_n}, right {right_n} "
          f"(precision {precision:.1%}); listed {listed_n}, found {found_n} (recall {recall:.1%}); "
          f"wrong skills suggested {wrong_skills}; in progress: suggested {progress_n[0]}, right {progress_n[1]}, "
          f"listed {progress_n[2]}, found {progress_n[3]}")
    if edu_n[0] or edu_n[2]:
        print(f"education lines ({sum(1 for n in present if 'education' in labels[n])} labelled documents): suggested "
              f"{edu_n[0]}, right {edu_n[1]} (precision {edu_n[1] / edu_n[0] if edu_n[0] else 1.0:.1%}); "
              f"listed {edu_n[2]}, found {edu_n[3]} (recall {edu_n[3] / edu_n[2] if edu_n[2] else 1.0:.1%}); "
              f"documents with a qualification "
              f"{edu_n[4]}, with a right line {edu_n[5]}; degrees under way suggested {edu_n[6]}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
