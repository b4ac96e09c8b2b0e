"""Names a role noun follows that name no role. A federal announcement's list of acceptable
certifications, its items run together on one line ('... Certified Hazardous Materials Manager (CHMM)
Institute of Hazardous Materials Managers (IHMM) ...'): a credential's name closed by its initials is no
role, though its last word is a role noun and the next item opens on an institution's name. 'Experience
with general ledger functions': work done, no department. Synthetic text, with controls."""

from __future__ import annotations

import pytest

from credstack.skills.requirements import names_a_role

GLUED = ("Applicants must possess one or more of the following certifications: Institute of Hazardous Material "
         "Management (IHMM) Certified Hazardous Materials Manager (CHMM) Institute of Hazardous Materials Managers "
         "(IHMM) Certified Hazardous Materials Practitioner (CHMP) National Registry of Environmental Professionals")


@pytest.mark.parametrize("name", ["Certified Hazardous Materials Manager", "Certified Hazardous Materials Practitioner"])
def test_a_credential_closed_by_its_initials_in_a_glued_list_is_no_role(name):
    start = GLUED.index(name)
    assert not names_a_role(GLUED, start, start + len(name))


@pytest.mark.parametrize("text, name", [
    ("Audits are carried out by a Certified Public Accountant (CPA) firm.", "Certified Public Accountant"),
    ("Reports to the Site Reliability Engineering (SRE) Team lead.", "Site Reliability Engineering"),
    ("We are hiring a Certified Nursing Assistant (CNA) Team Lead.", "Certified Nursing Assistant"),
])
def test_names_before_a_role_noun_still_name_roles(text, name):
    """Controls: a firm after the initials in lower case, a name that is no credential's, the job hired."""
    start = text.index(name)
    assert names_a_role(text, start, start + len(name))


@pytest.mark.parametrize("text, name", [
    ("Experience with general ledger functions and the month-end/year-end close process", "general ledger"),
    ("Proven experience in law firm administration, with a focus on accounting and HR functions.", "HR"),
    ("Knowledge of managed care contracts, account receivables and revenue cycle functions.", "revenue cycle"),
    ("The post holder maintains, operates and reviews Planned Preventive Maintenance (PPM) programmes.",
     "Planned Preventive Maintenance"),
    ("You will play a key role in the delivery of the school hearing screening programme.", "hearing screening"),
])
def test_functions_asked_as_experience_are_work_not_departments(text, name):
    """'Experience with general ledger functions', 'maintains ... (PPM) programmes': the work the
    candidate does, no department or course."""
    start = text.index(name)
    assert not names_a_role(text, start, start + len(name))


@pytest.mark.parametrize("text, name", [
    ("You will partner with the finance and HR functions across the group.", "HR"),
    ("Applications are invited for our funded PhD programme in chemistry.", "PhD"),
])
def test_functions_worked_beside_are_departments(text, name):
    """Controls: the departments the post works with, the course it offers."""
    start = text.index(name)
    assert names_a_role(text, start, start + len(name))
