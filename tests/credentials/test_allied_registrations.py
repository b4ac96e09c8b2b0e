"""US allied-health registrations from the cert-atlas records of their boards: the NBRC's respiratory
therapy exams (the TMC, then the CSE for the RRT), the ARRT's radiography registration and DANB's
dental assisting exams. Each is advice for its own role only: a radiology department's assistant
is no radiographer in training, a dental hygienist needs no dental assistant's exam, a medical
assistant's "infection control" is no case for a dental exam, and a UK radiographer registers
with the HCPC. The boards' exam letters (TMC, CSE, ICE, CDA) are common words and other
credentials' letters, so they name none of these. And the CDI specialist's certificate (CDIP) is
a CDI, documentation or coding post's, not a clinician's who keeps notes (a therapist's, a
hygienist's, a doctor's postings got it)."""

from __future__ import annotations

from credstack.analysis import analyze
from credstack.postings import parse_posting

RT = """Respiratory Therapist - Night Shift
Tampa, FL 33606
Requirements
- Graduate of an accredited respiratory therapy program
- Registered Respiratory Therapist (RRT) required
- Experience with mechanical ventilation and arterial blood gases
- BLS required
"""

RT2 = """Respiratory Therapist I
Dayton, OH 45402
Qualifications
- CRT or RRT credential from the NBRC required
- Florida license not needed; Ohio respiratory care license required
- Ventilator management experience preferred
"""

RADTECH = """Radiologic Technologist
Denver, CO 80202
Requirements
- Graduate of an accredited radiologic technology program
- ARRT registered, RT(R), or eligible
- Perform diagnostic x-ray exams and follow radiation safety practices
"""

UKRAD = """Diagnostic Radiographer - Band 5
NHS Trust, Leeds
Person specification
- BSc (Hons) Diagnostic Radiography
- HCPC registration as a Radiographer
- Knowledge of IR(ME)R and radiation protection
"""

DENTASST = """Dental Assistant
Raleigh, NC 27601
Requirements
- Dental radiography (x-ray) certification required
- DANB CDA preferred
- Chairside assisting and infection control in a busy general practice
"""

HYGIENIST = """Registered Dental Hygienist
Boise, ID 83702
Requirements
- Active Idaho RDH license
- Take dental radiographs and follow infection control protocols
- Periodontal charting and patient education
"""

MA = """Medical Assistant
Columbus, OH 43215
Requirements
- Medical assistant certificate or diploma
- Infection control, vital signs and phlebotomy
- Dental office experience a plus
"""

CSE = """Graduate Software Engineer
Pune, India
Requirements
- B.Tech in CSE or IT
- Java, Spring Boot and SQL
"""

CDI = """Clinical Documentation Specialist
Nashville, TN 37203
Requirements
- RN license and 2 years of inpatient nursing
- Clinical documentation improvement and ICD-10 coding knowledge
- CDIP or CCDS preferred
"""


def picks(res, posting: str) -> dict:
    result = analyze(parse_posting(posting), res)
    return {r.credential.id: r for r in result.recommendations.recommendations}


def test_an_rrt_post_gets_the_cse_with_the_tmc_named_first(res):
    recs = picks(res, RT)
    assert "nbrc-cse" in recs
    assert any("Therapist Multiple-Choice" in reason for reason in recs["nbrc-cse"].reasons)


def test_a_radiologic_technologist_gets_the_arrt_registration_and_a_uk_radiographer_does_not(res):
    assert "arrt-r" in picks(res, RADTECH)
    assert not {"arrt-r"} & set(picks(res, UKRAD))


def test_a_radiology_department_assistant_is_no_radiographer_in_training(res):
    posting = ("Radiology Department Assistant\nDenver, CO 80202\nRequirements\n- Assist the radiographers with "
               "x-ray, CT and fluoroscopy patients\n- Knowledge of radiology and radiation safety practices\n")
    assert "arrt-r" not in picks(res, posting)
    # the same duties under a technologist's title are the registration's
    assert "arrt-r" in picks(res, posting.replace("Radiology Department Assistant", "Radiologic Technologist", 1))


def test_a_dental_assistant_gets_danb_and_a_hygienist_does_not(res):
    assert "danb-cda" in picks(res, DENTASST)
    assert not [c for c in picks(res, HYGIENIST) if c.startswith("danb-")]


def test_a_medical_assistants_infection_control_is_no_case_for_a_dental_exam(res):
    assert not [c for c in picks(res, MA) if c.startswith("danb-")]


def test_exam_letters_that_are_common_words_name_no_board_exam(res):
    assert not [c for c in picks(res, CSE) if c.startswith(("nbrc-", "danb-", "arrt-"))]
    preschool = ("Early Childhood Teacher\nAustin, TX 78701\nRequirements\n- CDA credential or an associate degree "
                 "in early childhood education\n- CPR and first aid\n")
    found = picks(res, preschool)
    assert "danb-cda" not in found and "cda-credential" in found


def test_the_cdi_certificate_is_a_documentation_posts_not_a_clinicians(res):
    assert "ahima-cdip" in picks(res, CDI)
    therapist = CDI.replace("Clinical Documentation Specialist", "Mental Health Therapist", 1).replace(
        "- CDIP or CCDS preferred\n", "")
    assert "ahima-cdip" not in picks(res, therapist)
