"""Resume tailoring time on a 3-page resume (and a 7,000-paragraph one), beside the time to
just open and save the same document with python-docx. Target: under 300 ms for 3 pages.

    python bench/resume_bench.py [--smoke]
"""

from __future__ import annotations

import argparse
import io
import statistics
import time
from datetime import date

from docx import Document

from credstack.analysis import Analysis
from credstack.credentials.catalog import load_catalog
from credstack.postings.model import Posting
from credstack.profile.model import Certification, Profile, ProfileSkill
from credstack.resume import tailor_resume
from credstack.skills.model import Requirement, SkillKind, SkillMention
from credstack.skills.vocabulary import load_vocabulary


def three_pages() -> bytes:
    d = Document()
    d.add_paragraph("Alex Morgan", style="Title")
    d.add_paragraph("alex@morgan.example | +1 555 0100 | Denver, CO")
    d.add_heading("Summary", 1)
    d.add_paragraph("Platform engineer with ten years of cloud and data infrastructure work. " * 3)
    d.add_heading("Experience", 1)
    for job in range(6):
        d.add_paragraph(f"Senior Engineer, Company {job} (201{job}–202{job})")
        for bullet in range(8):
            d.add_paragraph(f"Delivered project {bullet} using Kubernetes, Terraform, Python and PostgreSQL, "
                            "cutting costs and raising reliability across teams.", style="List Bullet")
    d.add_heading("Certifications", 1)
    d.add_paragraph("Certified Kubernetes Administrator — The Linux Foundation, 2023")
    d.add_heading("Skills", 1)
    d.add_paragraph("AWS, Go, Kubernetes, PostgreSQL, Python, Terraform")
    d.add_heading("Education", 1)
    d.add_paragraph("BS Computer Science")
    out = io.BytesIO()
    d.save(out)
    return out.getvalue()


def many(n: int) -> bytes:
    d = Document()
    d.add_paragraph("Long")
    d.add_heading("Experience", 1)
    for i in range(n):
        d.add_paragraph(f"Line {i} with Python")
    out = io.BytesIO()
    d.save(out)
    return out.getvalue()


def timed(fn, repeat):
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        fn()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--smoke", action="store_true")
    args = parser.parse_args()
    repeat = 3 if args.smoke else 15
    analysis = Analysis(posting=Posting(title="Platform Engineer"), skills=[
        SkillMention("Kubernetes", SkillKind.TOOL, "cloud_devops", Requirement.REQUIRED),
        SkillMention("Terraform", SkillKind.TOOL, "cloud_devops", Requirement.REQUIRED)])
    profile = Profile(name="Alex Morgan", skills=[ProfileSkill("Kubernetes"), ProfileSkill("Terraform")],
                      certifications=[Certification("Certified Kubernetes Administrator", issuer="The Linux Foundation",
                                                    issued="2023-03", expires="2027-03"),
                                      Certification("HashiCorp Certified: Terraform Associate", issuer="HashiCorp",
                                                    issued="2024-01", expires="2026-12")])
    today = date(2026, 11, 25)
    known = {"catalog": load_catalog(), "vocabulary": load_vocabulary()}
    for label, data in (("3-page resume", three_pages()), ("7,000-paragraph resume", many(7000))):
        tailor_resume(data, analysis, profile, today=today, **known)  # warm caches (catalog, vocabulary)
        t = timed(lambda data=data: tailor_resume(data, analysis, profile, today=today, **known), repeat)

        def open_save(data=data):
            Document(io.BytesIO(data)).save(io.BytesIO())

        base = timed(open_save, repeat)
        print(f"{label:24} tailor {t * 1000:7.1f} ms   (python-docx open+save alone: {base * 1000:6.1f} ms)")
    print("target: 3-page resume under 300 ms")


if __name__ == "__main__":
    main()
