""""Visual acuity" names a clinical test where the job measures it ("To measure visual acuity",
an ophthalmic technician's duties, held-occ23) and a condition of the body where a physical
demands line asks the worker to have it ("The worker is required to have close visual acuity",
"Visual acuity sufficient to maintain accurate records"): the words next to it decide. The
same for supervision the job receives "if needed". Synthetic fixtures, with controls."""

from __future__ import annotations

from tests.skills.conftest import names, read

TEST = "Visual Acuity Testing"

DUTIES = """Ophthalmic Technician

Duties
- To measure visual acuity and accurately test intra ocular pressure
- To measure visual acuities
- To perform visual field tests on patients
"""

DEMANDS = """Support Technician

Responsibilities
- Resolve hardware and software tickets for staff.

Physical Demands
Visual Acuity: The worker is required to have close visual acuity to perform an activity such as:
preparing and analyzing data and figures, viewing a computer terminal.
"""

SUFFICIENT = """Veterinary Assistant

Requirements
- Restrain animals for examination and treatment.
- Physical activity to include walking, bending, lifting (up to 50 lbs.) and standing.
- Visual acuity sufficient to maintain accurate records; recognize people.
"""


def test_measuring_visual_acuity_is_the_clinical_test(resources):
    skills, _ = read(DUTIES, resources)
    assert TEST in skills


CLOSE_VISION = """Data Clerk

Requirements
- Enter invoices into the ledger accurately.
- Close vision and visual acuity are required to read the screen.
"""


NURSE = """Staff Nurse

Duties
- Administer medication and provide wound care to patients on the ward.
- Take blood samples and record vital signs.

Physical Demands
- The worker is required to have close visual acuity to read monitors and patient charts.
"""


def test_visual_acuity_the_worker_must_have_is_a_condition(resources):
    # a clinical posting's own demands line too, where the occupation alone would keep the test
    for posting in (DEMANDS, SUFFICIENT, CLOSE_VISION, NURSE):
        skills, context = read(posting, resources)
        assert TEST not in skills | context


def test_supervision_received_if_needed_is_no_skill(resources):
    text = "Technician\n\nDuties\n- Perform visual field tests using own initiative but with supervision{}"
    skills, _ = read(text.format(" if needed"), resources)
    assert "People Management" not in skills
    # "with supervision" is received too; the controls: supervision the job gives
    skills, _ = read(text.format(""), resources)
    assert "People Management" not in skills
    skills, _ = read("Technician\n\nDuties\n- Perform visual field tests and the supervision of junior technicians",
                     resources)
    assert "People Management" in skills
    skills, _ = read("Team Leader\n\nDuties\n- Provide supervision of the warehouse staff on each shift", resources)
    assert "People Management" in skills


def test_an_ophthalmic_technicians_diagnostic_tests_are_named(resources):
    posting = ("Ophthalmic Technician\n\nThis interesting and challenging role involves performing diagnostic "
               "tests on patients presenting with a variety of eye conditions.\n\n"
               "We are looking for a reliable person with excellent communication skills.")
    skills, _ = read(posting, resources)
    assert "Diagnostic Testing" in skills
    # the control: the words of another name keep it ("diagnostic imaging" is no test)
    assert "Diagnostic Testing" not in names("Experience in diagnostic imaging is desirable.")
