"""A starting resume built from the profile, for users who have none (three designs)."""

from __future__ import annotations

import io
from importlib import resources

from docx import Document

from credstack.exceptions import CredstackError
from credstack.profile.model import Profile

TEMPLATES = ("classic", "modern", "compact")


class UnknownTemplate(CredstackError):
    """No bundled resume template has that name."""

    status = 422
    error_type = "unknown_template"


def template_bytes(name: str) -> bytes:
    if name not in TEMPLATES:
        raise UnknownTemplate(f"No resume template {name!r}; choose one of {', '.join(TEMPLATES)}.")
    return (resources.files("credstack") / "resume" / "templates" / f"{name}.docx").read_bytes()


def build_resume(profile: Profile, template: str = "classic") -> bytes:
    """The template filled with the profile's name, contact lines, headline and skills only."""
    document = Document(io.BytesIO(template_bytes(template)))
    contact = " | ".join(x for x in (profile.email, profile.phone, profile.location, *profile.links) if x)
    skills = ", ".join(s.name for s in profile.skills)
    values = {
        "{{name}}": profile.name or "Your Name",
        "{{contact}}": contact or "email | phone | city",
        "{{headline}}": profile.headline or ", ".join(profile.target_roles),
        "{{summary}}": profile.headline or "Two or three sentences on what you do best.",
        "{{skills}}": skills or "Add your skills in the credstack options page.",
    }
    for paragraph in document.paragraphs:
        for run in paragraph.runs:
            if run.text in values:
                run.text = values[run.text]
    emptied = [p for p in document.paragraphs if not p.text.strip() and p.runs]
    for p in emptied:  # e.g. no headline: drop the line rather than leave a gap
        p._p.getparent().remove(p._p)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()
