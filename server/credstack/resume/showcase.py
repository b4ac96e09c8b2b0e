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
from credstack.credentials.catalog import Catalog
from credstack.credentials.held import entry_for
from credstack.credentials.model import Assessment, CredentialKind
from credstack.profile.dates import Month, month_label
from credstack.profile.model import CertStatus, Profile
from credstack.resume.tailor import rank_certifications
from credstack.skills.model import Requirement, SkillKind
from credstack.skills.vocabulary import Vocabulary

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


def _entry(cert, catalog: Catalog, vocabulary: Vocabulary | None = None):
    return entry_for(cert, catalog, vocabulary or catalog.vocabulary)


def letters_for(cert, today: date, catalog: Catalog, vocabulary: Vocabulary) -> str | None:
    """The post-nominal letters ``cert`` lets its holder write ("PMP"), or None.

    Only an earned, current certification whose letters are customary gives them. A catalog entry
    decides which certification it is: a course or badge (a "PMP exam prep" certificate, a Google
    certificate) grants no letters even when its name mentions a certification that does.
    """
    if not cert.valid(today):  # earned and not lapsed
        return None
    entry = _entry(cert, catalog, vocabulary)
    if entry is not None:
        if entry.kind != CredentialKind.INDUSTRY_CERTIFICATION or not entry.grants:
            return None
        return post_nominals().get(entry.grants)
    skill = vocabulary.resolve(cert.name) if vocabulary is not None else None
    if skill is None or skill.kind != SkillKind.CERTIFICATION:
        return None
    return post_nominals().get(skill.name)


def name_line(profile: Profile, today: date, catalog: Catalog, vocabulary: Vocabulary) -> str:
    """ "Jane Doe, PMP, CISSP": letters only for current, earned, formal certifications that grant them."""
    letters = []
    for cert in profile.certifications:
        found = letters_for(cert, today, catalog, vocabulary)
        if found and found not in letters:
            letters.append(found)
    return ", ".join([profile.name or "Your Name", *letters])


# How a requirement reads to a job seeker; "unspecified" is an internal word and is never shown.
REQUIREMENT_WORDS = {Requirement.REQUIRED: "required", Requirement.PREFERRED: "preferred"}


def _example_place(entry) -> str:
    """Where an example of using a skill can come from: a course's project only when the credential
    was earned through graded projects, never for an exam-only certification."""
    if entry is not None and entry.assessment == Assessment.GRADED_PROJECTS:
        return "at work or in the course's graded project"
    return "at work or in a project of your own"


def showcase(profile: Profile, analysis: Analysis, *, catalog: Catalog, vocabulary: Vocabulary,
             today: date | None = None) -> list[dict]:
    """One block per relevant certification in the profile, most relevant first.

    An in-progress credential is shown as such: no LinkedIn add-to-profile link, no post saying it
    was earned and no talking point saying it covered a skill.
    """
    today = today or date.today()
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
        entry = _entry(cert, catalog, vocabulary)
        in_progress = cert.status != CertStatus.EARNED
        url, fields = (None, None) if in_progress else linkedin_add_url(cert)
        issued = f" ({month_label(cert.issued)})" if cert.issued else ""
        when = f", expected {month_label(cert.expected)}" if in_progress and cert.expected else ""
        status = f" (in progress{when})" if in_progress else issued
        signature = f"{name} | {profile.headline or title} | {cert.name}{status}"
        skills = r.covers[:4]
        issuer = f" from {cert.issuer}" if cert.issuer else ""
        if in_progress:
            post = f"I'm working towards the {cert.name}{when}."
            post += f" I'm studying {', '.join(skills)} for it." if skills else ""
        else:
            post = f"I'm happy to share that I've earned the {cert.name}{issuer}."
            post += f" It covered {', '.join(skills)}." if skills else ""
            if cert.url:
                post += f" Credential: {cert.url}"
        points = []
        if r.named:
            if in_progress:
                points.append(f"The posting asks for the {cert.name} by name: say you are working towards it"
                              f"{when.replace(', expected', ' and expect it in') if when else ''}.")
            else:
                points.append(f"The posting asks for the {cert.name} by name: say when you earned it"
                              f"{' and that it is current' if cert.expires else ''}.")
        place = _example_place(entry)
        for skill in skills:
            mention = requirements.get(skill)
            word = REQUIREMENT_WORDS.get(mention.requirement) if mention is not None else None
            label = f"{skill} ({word} for {title})" if word else f"{skill} (asked for {title})"
            if in_progress:
                points.append(f"{label}: you are studying it for the {cert.name} — say what you have practised "
                              f"so far, {place}.")
            else:
                points.append(f"{label}: the {cert.name} covered it — bring one example of applying it {place}.")
        if not in_progress and (cert.credential_id or cert.url):
            points.append("Offer the credential ID or link so the interviewer can verify it.")
        out.append({
            "certification": cert.name, "issuer": cert.issuer, "status": str(cert.status), "named_in_posting": r.named,
            "covers": r.covers, "linkedin_add_url": url, "linkedin_fields": fields, "email_signature": signature,
            "name_line": name, "post_nominals": letters_for(cert, today, catalog, vocabulary), "post": post,
            "talking_points": points, "for_company": company,
        })
    return out
