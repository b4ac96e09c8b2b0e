"""Ways to show the relevant certifications: LinkedIn "Add to profile" link and fields, an email
signature, the name with post-nominals, a short post, and interview talking points.

Templates over the data, no language model: every sentence states only what the profile and
the posting hold.
"""

from __future__ import annotations

import json
from datetime import date
from functools import lru_cache
from importlib import resources
from urllib.parse import urlencode

from credstack.analysis import Analysis
from credstack.profile.dates import Month, month_label
from credstack.profile.model import CertStatus, Profile
from credstack.resume.tailor import rank_certifications

LINKEDIN_ADD = "https://www.linkedin.com/profile/add"


@lru_cache(maxsize=1)
def post_nominals() -> dict[str, str]:
    data = json.loads((resources.files("credstack") / "data" / "post_nominals.json").read_text("utf-8"))
    return data["post_nominals"]


def linkedin_add_url(cert) -> tuple[str, dict]:
    """LinkedIn's add-certification link and the fields it carries (also given to copy by hand)."""
    fields = {"startTask": "CERTIFICATION_NAME", "name": cert.name}
    if cert.issuer:
        fields["organizationName"] = cert.issuer
    if issued := Month.parse(cert.issued):
        fields["issueYear"], fields["issueMonth"] = str(issued.year), str(issued.month)
    if expires := Month.parse(cert.expires):
        fields["expirationYear"], fields["expirationMonth"] = str(expires.year), str(expires.month)
    if cert.url:
        fields["certUrl"] = cert.url
    if cert.credential_id:
        fields["certId"] = cert.credential_id
    return f"{LINKEDIN_ADD}?{urlencode(fields)}", fields


def name_line(profile: Profile, today: date, catalog=None, vocabulary=None) -> str:
    """ "Jane Doe, PMP, CISSP": letters only for current, earned, formal certifications."""
    if vocabulary is None:
        from credstack.skills.vocabulary import load_vocabulary

        vocabulary = load_vocabulary()
    letters = []
    for cert in profile.certifications:
        if not cert.valid(today):
            continue
        entry = None
        if catalog is not None:
            entry = (catalog.get(cert.catalog_id) if cert.catalog_id else None) or catalog.find(cert.name)
        skill = vocabulary.resolve(cert.name)
        key = entry.grants if entry and entry.grants else (skill.name if skill else None)
        if key in post_nominals() and post_nominals()[key] not in letters:
            letters.append(post_nominals()[key])
    return ", ".join([profile.name or "Your Name", *letters])


def showcase(profile: Profile, analysis: Analysis, *, catalog=None, today: date | None = None,
             vocabulary=None) -> list[dict]:
    """One block per relevant certification in the profile, most relevant first."""
    today = today or date.today()
    if catalog is None:
        from credstack.credentials.catalog import load_catalog

        catalog = load_catalog()
    ranked = [r for r in rank_certifications(profile, analysis, catalog, vocabulary) if r.relevant]
    title = analysis.posting.title or "this role"
    company = analysis.posting.company
    name = name_line(profile, today, catalog, vocabulary)
    requirements = {s.name: s for s in analysis.skills}
    out = []
    for r in ranked:
        cert = r.certification
        if cert.lapsed(today):
            continue
        url, fields = linkedin_add_url(cert)
        issued = f" ({month_label(cert.issued)})" if cert.issued else ""
        in_progress = cert.status == CertStatus.IN_PROGRESS
        when = f", expected {month_label(cert.expected)}" if in_progress and cert.expected else ""
        status = " (in progress)" if in_progress else issued
        signature = f"{name} | {profile.headline or title} | {cert.name}{status}"
        skills = r.covers[:4]
        issuer = f" from {cert.issuer}" if cert.issuer else ""
        post = (f"I'm working towards the {cert.name}{when}" if in_progress else
                f"I'm happy to share that I've earned the {cert.name}{issuer}")
        post += "." + (f" It covered {', '.join(skills)}." if skills else "")
        if cert.url and not in_progress:
            post += f" Credential: {cert.url}"
        points = []
        if r.named:
            points.append(f"The posting asks for the {cert.name} by name: say when you earned it"
                          f"{' and that it is current' if cert.expires else ''}.")
        for skill in skills:
            level = requirements[skill].requirement.value if skill in requirements else "unspecified"
            points.append(f"{skill} ({level} for {title}): the {cert.name} covered it — bring one example of "
                          f"applying it at work or in the course's project.")
        if cert.credential_id or cert.url:
            points.append("Offer the credential ID or link so the interviewer can verify it.")
        out.append({
            "certification": cert.name, "issuer": cert.issuer, "named_in_posting": r.named, "covers": r.covers,
            "linkedin_add_url": url, "linkedin_fields": fields, "email_signature": signature, "name_line": name,
            "post": post, "talking_points": points, "for_company": company,
        })
    return out
