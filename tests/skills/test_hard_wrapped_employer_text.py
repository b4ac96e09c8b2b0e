"""Skills of a hard-wrapped posting (see tests/postings/test_hard_wrapped_text.py): the employer's
account of its own tools, wrapped over two lines, is read as one clause about the employer, so the
tools it names are not asked of the candidate; the same tool in the requirements is."""

from __future__ import annotations

from tests.postings.test_hard_wrapped_text import WRAPPED
from tests.skills.conftest import names, read

DENTRIX = names("Dentrix")  # the vocabulary's name for it


def test_the_employers_tools_in_a_wrapped_sentence_are_not_asked(resources):
    skills, _ = read(WRAPPED, resources)
    assert DENTRIX and "Active Directory" in skills and not DENTRIX & skills


def test_the_same_tool_asked_in_the_requirements_is_kept(resources):
    skills, _ = read(WRAPPED.replace("Windows and Active Directory", "Windows, Active Directory and Dentrix"),
                     resources)
    assert DENTRIX <= skills
