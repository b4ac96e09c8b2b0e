"""A degree the profile lists among its certifications or skills by its letters and subject
("B.S. Accounting") is held: a posting's "Bachelor's degree in Accounting" is no gap, and a
degree answers the schooling below it ("Certificate/Diploma/Degree" read as Diploma)."""

from __future__ import annotations

from datetime import date

from credstack.gaps import GapStatus, compare, degree_named
from credstack.profile.model import Certification, CertStatus, Profile, ProfileSkill
from credstack.skills.model import Requirement, Skill, SkillKind, SkillMention
from credstack.skills.vocabulary import Vocabulary

D, H = SkillKind.DEGREE, SkillKind.HARD
TODAY = date(2026, 12, 1)


def vocab() -> Vocabulary:
    skills = [
        Skill("High School Diploma", D, "degree", ("high school",)),
        Skill("Diploma", D, "degree", ("college diploma",)),
        Skill("Bachelor's Degree", D, "degree", ("B.S.", "BSc", "BA", "bachelor of science")),
        Skill("Master's Degree", D, "degree", ("MSc", "M.S.")),
        Skill("Bachelor of Commerce", D, "degree", ("BCom",), ("Bachelor's Degree",)),
        Skill("Accounting", H, "finance"), Skill("BS 7671", SkillKind.CERTIFICATION, "certification"),
    ]
    return Vocabulary({s.name: s for s in skills})


def mention(name, kind=D):
    return SkillMention(name=name, kind=kind, category="x", requirement=Requirement.REQUIRED, mentions=[name])


def status(profile, name, kind=D):
    report = compare([mention(name, kind)], profile, vocab(), today=TODAY)
    return report.items[0].status


def test_a_degree_listed_by_letters_and_subject_is_held():
    for words in ("B.S. Accounting", "BSc (Hons) Accounting", "Bachelor of Science in Accounting"):
        profile = Profile(certifications=[Certification(words, issued="2015-05")])
        assert status(profile, "Bachelor's Degree") == GapStatus.HAVE, words
    assert status(Profile(skills=[ProfileSkill("BSc Accounting")]), "Bachelor's Degree") == GapStatus.HAVE


def test_a_degree_answers_the_rungs_below_it():
    msc = Profile(certifications=[Certification("MSc Finance", issued="2018-09")])
    assert status(msc, "Bachelor's Degree") == GapStatus.IMPLIED
    bcom = Profile(certifications=[Certification("BCom Accounting", issued="2018-09")])
    assert status(bcom, "Diploma") == GapStatus.IMPLIED  # Bachelor of Commerce -> Bachelor's -> above a diploma


def test_control_a_lower_rung_or_a_standard_is_no_degree():
    diploma = Profile(certifications=[Certification("College diploma in Accounting", issued="2015-05")])
    assert status(diploma, "Bachelor's Degree") == GapStatus.MISSING  # a diploma answers no bachelor's
    assert status(Profile(certifications=[Certification("MSc Finance", status=CertStatus.IN_PROGRESS,
                                                        expected="2027-09")]),
                  "Master's Degree") == GapStatus.MISSING  # not earned yet
    assert degree_named("BS 7671 Wiring Regulations", vocab()) is None
    assert status(Profile(skills=[ProfileSkill("Accounting")]), "Bachelor's Degree") == GapStatus.MISSING


def test_the_profiles_education_answers_degree_subject_and_schooling():
    leeds = Profile(education=["BSc (Hons) Accounting, University of Leeds, 2015"])
    assert status(leeds, "Bachelor's Degree") == GapStatus.HAVE
    assert status(leeds, "Accounting", H) == GapStatus.HAVE  # the degree's subject
    assert status(leeds, "High School Diploma") == GapStatus.IMPLIED  # a rung below
    spelt = Profile(education=["Bachelor of Science in Accounting | State University | 2012"])
    assert status(spelt, "Accounting", H) == GapStatus.HAVE
    assert status(Profile(education=["High school diploma (2009)"]), "High School Diploma") == GapStatus.HAVE
    assert status(Profile(education=["BSc (Hons), Accounting, University of Leeds"]), "Accounting", H) == GapStatus.HAVE


def test_control_education_holds_no_more_than_it_names():
    school = Profile(education=["High school diploma, Lincoln High School, 2009"])
    assert status(school, "Bachelor's Degree") == GapStatus.MISSING
    assert status(school, "Accounting", H) == GapStatus.MISSING
    # the school's name and the years are not read as the subject
    assert status(Profile(education=["MSc, Accounting School of London, 2019"]), "Accounting", H) == GapStatus.MISSING
    assert status(Profile(education=["MSc, 2019"]), "Bachelor's Degree") == GapStatus.IMPLIED
    # a school's name holds nothing it names (LinkedIn rows with no degree keep the school alone)
    assert status(Profile(education=["Accounting Academy by Leeds"]), "Accounting", H) == GapStatus.MISSING


def test_a_degree_written_after_its_letters_is_read():
    assert status(Profile(education=["BCA - Bachelor of Science, Leeds, 2021"]), "Bachelor's Degree") == GapStatus.HAVE


def test_a_degree_still_under_way_is_not_held_but_the_schooling_under_it_is():
    for line in ("BSc (Hons) Accounting, University of Leeds (in progress)", "BSc Accounting, Leeds, expected 2027",
                 "BSc Accounting, University of Leeds, 2023 - present", "Bachelor of Science in Accounting (en cours)"):
        studying = Profile(education=[line])
        assert status(studying, "Bachelor's Degree") == GapStatus.MISSING, line
        assert status(studying, "Accounting", H) == GapStatus.MISSING, line  # the subject is not held either
        assert status(studying, "High School Diploma") != GapStatus.MISSING, line  # the schooling under it is
    # the control: the finished degree with the same words around it
    assert status(Profile(education=["BSc Accounting, University of Leeds, 2015 - 2018"]),
                  "Bachelor's Degree") == GapStatus.HAVE
