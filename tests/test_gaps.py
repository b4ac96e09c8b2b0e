"""Gap analysis: each status, certification expiry, and the score's weighting."""

from __future__ import annotations

from datetime import date

import numpy as np
import pytest

from credstack.gaps import GapStatus, compare, score
from credstack.profile.dates import Month, expiry_passed
from credstack.profile.model import Certification, CertStatus, Profile, ProfileSkill
from credstack.skills.model import Requirement, Skill, SkillKind, SkillMention
from credstack.skills.vocabulary import Vocabulary

H, T, C = SkillKind.HARD, SkillKind.TOOL, SkillKind.CERTIFICATION


def vocab() -> Vocabulary:
    skills = [
        Skill("SQL", H, "data"), Skill("PostgreSQL", T, "data", ("Postgres",), ("SQL",)),
        Skill("MySQL", T, "data", (), ("SQL",)),
        Skill("Tableau", T, "data"), Skill("Looker", T, "data"), Skill("Python", T, "software"),
        Skill("Project Management", H, "product_project"),
        Skill("PMP", C, "certification", ("Project Management Professional",), ("Project Management",)),
        Skill("Kubernetes", T, "cloud_devops"), Skill("Communication", SkillKind.SOFT, "soft"),
    ]
    return Vocabulary({s.name: s for s in skills})


class FakeEmbed:
    """Looker and Tableau point the same way; everything else is orthogonal."""

    def __call__(self, names):
        rows = []
        for i, name in enumerate(names):
            v = np.zeros(64, dtype=np.float32)
            v[0 if name in ("Looker", "Tableau") else 1 + i] = 1.0
            rows.append(v)
        return np.array(rows)


def mention(name, kind=T, req=Requirement.REQUIRED, years=None):
    return SkillMention(name=name, kind=kind, category="x", requirement=req, years=years, mentions=[name])


def statuses(report):
    return {g.skill.name: (g.status, g.via) for g in report.items}


def test_each_gap_category():
    profile = Profile(skills=[ProfileSkill("postgres"), ProfileSkill("Tableau"), ProfileSkill("Python")])
    skills = [mention("Python"), mention("SQL", H), mention("Looker"), mention("Kubernetes")]
    report = compare(skills, profile, vocab(), embed=FakeEmbed())
    got = statuses(report)
    assert got["Python"] == (GapStatus.HAVE, "Python")
    assert got["SQL"] == (GapStatus.IMPLIED, "postgres")  # alias resolved, then implied (shown in the profile's words)
    assert got["Looker"] == (GapStatus.TRANSFERABLE, "Tableau")
    assert got["Kubernetes"] == (GapStatus.MISSING, None)


def test_a_held_sibling_in_the_vocabulary_is_transferable_without_embeddings():
    report = compare([mention("PostgreSQL"), mention("Kubernetes")], Profile(skills=[ProfileSkill("MySQL")]), vocab())
    got = statuses(report)
    assert got["PostgreSQL"] == (GapStatus.TRANSFERABLE, "MySQL")  # both imply SQL
    assert got["Kubernetes"] == (GapStatus.MISSING, None)
    assert "SQL" in report.items[0].note


def test_a_family_most_skills_share_makes_no_siblings():
    from credstack.skills.vocabulary import load_vocabulary

    real = load_vocabulary()
    assert "Programming" not in real.family("Python")  # nearly every language implies it
    assert real.family("Tableau") & real.family("Power BI")


def test_without_embeddings_unrelated_names_are_not_transferable():
    report = compare([mention("Looker")], Profile(skills=[ProfileSkill("Tableau")]), vocab(), embed=None)
    assert statuses(report)["Looker"][0] == GapStatus.MISSING


def test_certification_implies_its_skills_and_expiry_is_checked():
    today = date(2026, 11, 25)
    held = Profile(certifications=[Certification("Project Management Professional", expires="2027-01")])
    report = compare([mention("PMP", C), mention("Project Management", H)], held, vocab(), today=today)
    assert statuses(report)["PMP"][0] == GapStatus.HAVE
    assert statuses(report)["Project Management"] == (GapStatus.IMPLIED, "PMP")
    assert report.certifications[0].status == "held"

    expired = Profile(certifications=[Certification("PMP", expires="2026-10")])
    report = compare([mention("PMP", C)], expired, vocab(), today=today)
    assert statuses(report)["PMP"][0] == GapStatus.RENEW  # lapsed: to renew, never "missing" (issue 14)
    assert report.certifications[0].status == "expired"

    pending = Profile(certifications=[
        Certification("PMP", status=CertStatus.IN_PROGRESS, expected="2027-03")])
    report = compare([mention("PMP", C)], pending, vocab(), today=today)
    assert report.certifications[0].status == "in_progress"
    assert report.items[0].status == GapStatus.FINISH  # in progress: to finish, never "missing" (issue 14)


def test_a_held_certification_gives_the_skills_it_teaches_unless_expired_or_in_progress():
    today = date(2026, 11, 25)
    taught = {"Kubernetes Admin Cert": ("Kubernetes", "Python")}.get
    asked = [mention("Kubernetes"), mention("Looker")]

    def got(cert):
        report = compare(asked, Profile(certifications=[cert]), vocab(), today=today,
                         taught=lambda c: taught(c.name, ()))
        return statuses(report)

    assert got(Certification("Kubernetes Admin Cert"))["Kubernetes"] == (GapStatus.IMPLIED, "Kubernetes Admin Cert")
    assert got(Certification("Kubernetes Admin Cert"))["Looker"] == (GapStatus.MISSING, None)
    # lapsed: not held, but to renew (the certificate's own words name Kubernetes), never implied
    assert got(Certification("Kubernetes Admin Cert", expires="2026-10"))["Kubernetes"] == (
        GapStatus.RENEW, "Kubernetes Admin Cert")
    assert got(Certification("Kubernetes Admin Cert", status=CertStatus.IN_PROGRESS))["Kubernetes"][0] == GapStatus.MISSING


def test_the_catalog_supplies_what_a_certification_teaches():
    from credstack.analysis import skills_taught_by
    from credstack.credentials.catalog import load_catalog

    catalog = load_catalog()
    by_id = skills_taught_by(Certification("My AWS cert", catalog_id="aws-dea"), catalog)
    by_name = skills_taught_by(Certification("AWS Certified Data Engineer – Associate"), catalog)
    assert "Amazon Redshift" in by_id and by_id == by_name
    assert skills_taught_by(Certification("Wilderness First Aid"), catalog) == ()


@pytest.mark.parametrize("month, passed", [("2026-11", False), ("2026-10", True), ("2027-01", False),
                                           ("2026-11-29", True), ("2026-11-30", False), (None, False),
                                           ("soon", False), ("2026-13", False)])
def test_month_expiry_runs_to_the_end_of_the_month(month, passed):
    assert expiry_passed(month, date(2026, 11, 30)) is passed


def test_month_values():
    assert Month.parse("2024-02").last_valid_day() == date(2024, 2, 29)
    assert str(Month.parse("2023-05").plus_years(3)) == "2026-05"
    assert str(Month.parse("2023-11").plus_years(1.5)) == "2025-05"
    assert Month.parse("2024-06").label == "Jun 2024" and Month.parse("2024-02-30") is None
    assert Month.parse("2024-01") < Month.parse("2024-02")


def test_score_weights_required_above_preferred():
    vocabulary = vocab()
    have_required = compare([mention("Python"), mention("Kubernetes", req=Requirement.PREFERRED)],
                            Profile(skills=[ProfileSkill("Python")]), vocabulary)
    have_preferred = compare([mention("Python", req=Requirement.PREFERRED), mention("Kubernetes")],
                             Profile(skills=[ProfileSkill("Python")]), vocabulary)
    assert have_required.score == 75  # 3 of 4 points
    assert have_preferred.score == 25  # 1 of 4 points
    assert have_required.breakdown["by_requirement"]["required"]["have"] == 1
    assert "weight" in have_required.breakdown["explanation"]


def test_fewer_years_than_asked_earns_less_and_says_so():
    report = compare([mention("Python", years=5)], Profile(skills=[ProfileSkill("Python", years=2)]), vocab())
    assert report.items[0].note == "asks 5 years, you have 2"
    assert report.score == 80


def test_soft_skills_weigh_little_and_empty_posting_scores_zero():
    # issue 14: a soft skill weighs 0.15 of a hard one (it was half): judged in interviews
    report = compare([mention("Python"), mention("Communication", SkillKind.SOFT)],
                     Profile(skills=[ProfileSkill("Python")]), vocab())
    assert report.score == round(100 * 3 / (3 + 3 * 0.15))
    assert score([])[0] == 0


def test_soft_skills_are_never_gaps_and_stay_out_of_the_summary():
    skills = [mention("Python"), mention("Terraform"), mention("Communication", SkillKind.SOFT),
              mention("Teamwork", SkillKind.SOFT)]
    report = compare(skills, Profile(skills=[ProfileSkill("Python")]), vocab())
    soft = [g for g in report.items if g.skill.kind == SkillKind.SOFT]
    assert soft and all(g.group == "soft" and not g.is_gap and g.to_dict()["gap"] is False for g in soft)
    assert all("no credential" in g.note for g in soft)
    terraform = next(g for g in report.items if g.skill.name == "Terraform")
    assert terraform.is_gap and terraform.to_dict()["group"] == "skill"
    assert report.summary == "Has 1 of 2 required skills; missing Terraform"
    assert report.to_dict()["summary"] == report.summary


def test_summary_names_missing_required_then_counts_preferred():
    skills = [mention(n) for n in ("Python", "Terraform", "Helm", "Go", "Rust")]
    skills += [mention(n, req=Requirement.PREFERRED) for n in ("Docker", "Kubernetes")]
    report = compare(skills, Profile(skills=[ProfileSkill("Python"), ProfileSkill("Docker")]), vocab())
    assert report.summary == "Has 1 of 5 required skills; missing Terraform, Helm, Go and 1 more; 1 of 2 preferred"


def test_skills_the_vocabulary_lacks_weigh_half_and_come_after_its_own_in_the_summary():
    """The span tagger's new skills ("HEDIS", "window functions") count, but cannot crowd out the
    vocabulary's: half weight, and named last among the missing."""
    other = SkillKind.OTHER
    skills = [mention("HEDIS", other), mention("window functions", other), mention("Python"), mention("Terraform"),
              mention("Helm"), mention("Rust")]
    report = compare(skills, Profile(skills=[ProfileSkill("Python")]), vocab())
    assert report.score == round(100 * 3 / (4 * 3 + 2 * 3 * 0.5))
    assert report.summary == "Has 1 of 6 required skills; missing Terraform, Helm, Rust and 2 more"
    assert {g.skill.name for g in report.items if g.status == GapStatus.MISSING} >= {"HEDIS", "window functions"}


def test_a_skill_named_as_the_profiles_certification_is_that_certification():
    """A standard asked as a skill ("NFPA 70E", a hard skill in the vocabulary) that the profile
    holds or is studying for as a certification is held or to finish, never missing."""
    today = date(2026, 11, 25)
    studying = Profile(certifications=[Certification("NFPA 70E", status=CertStatus.IN_PROGRESS, expected="2027-02")])
    report = compare([mention("NFPA 70E", H)], studying, vocab(), today=today)
    assert report.items[0].status == GapStatus.FINISH and report.certifications == []
    holding = Profile(certifications=[Certification("NFPA 70E", issued="2026-01")])
    assert statuses(compare([mention("NFPA 70E", H)], holding, vocab(), today=today))["NFPA 70E"][0] == GapStatus.HAVE


def test_a_more_specific_form_of_the_asked_skill_is_held():
    # the user walk-through's electrician: "Electrical Troubleshooting" earned half credit for "Troubleshooting"
    skills = [Skill("Troubleshooting", H, "it_support"),
              Skill("Electrical Troubleshooting", H, "trades", (), ("Troubleshooting",)),
              Skill("Mining", H, "industry"), Skill("Data Mining", H, "data")]
    vocabulary = Vocabulary({s.name: s for s in skills})
    profile = Profile(skills=[ProfileSkill("Electrical Troubleshooting", years=6), ProfileSkill("Data Mining")])
    report = compare([mention("Troubleshooting", H, years=3), mention("Mining", H)], profile, vocabulary)
    got = statuses(report)
    assert got["Troubleshooting"] == (GapStatus.HAVE, "Electrical Troubleshooting")
    assert report.items[0].note == "you have it as Electrical Troubleshooting" and not report.items[0].years_short
    # a shared head word without the vocabulary's implication is no form of it
    assert got["Mining"] == (GapStatus.MISSING, None)


def test_a_general_skill_does_not_cover_a_specific_one():
    # control: "Troubleshooting" held gives no "Electrical Troubleshooting"
    from credstack.skills.vocabulary import load_vocabulary

    report = compare([mention("Electrical Troubleshooting", H)], Profile(skills=[ProfileSkill("Troubleshooting")]),
                     load_vocabulary())
    assert report.items[0].status not in (GapStatus.HAVE, GapStatus.IMPLIED)


def test_the_real_vocabulary_reads_electrical_troubleshooting_as_troubleshooting():
    from credstack.skills.vocabulary import load_vocabulary

    profile = Profile(skills=[ProfileSkill("Electrical Troubleshooting")])
    report = compare([mention("Troubleshooting", H)], profile, load_vocabulary())
    assert statuses(report)["Troubleshooting"] == (GapStatus.HAVE, "Electrical Troubleshooting")


def test_a_registered_nurse_licence_implies_the_nursing_process():
    # the walk-through's nurse: "Nursing" and an RN licence, yet "Care Planning" was only close
    # (and a CMSRN was recommended for it); the licence's own competencies are held by implication
    from credstack.skills.vocabulary import load_vocabulary

    asked = [mention(n, H) for n in ("Care Planning", "Clinical Assessment", "Patient Education")]
    rn = Profile(skills=[ProfileSkill("Nursing")], certifications=[Certification("Registered Nurse")])
    got = statuses(compare(asked, rn, load_vocabulary()))
    assert {n: s for n, (s, _) in got.items()} == dict.fromkeys(got, GapStatus.IMPLIED)
    assert got["Care Planning"][1] == "Registered Nurse"
    # control: a practical nurse's licence does not imply the RN's care planning
    lpn = Profile(skills=[ProfileSkill("Nursing")], certifications=[Certification("Licensed Practical Nurse")])
    assert statuses(compare(asked, lpn, load_vocabulary()))["Care Planning"][0] != GapStatus.IMPLIED


def test_an_electricians_licence_implies_the_electrical_work_it_licenses():
    # the walk-through's journeyman electrician was told "missing Electrical Systems"
    from credstack.skills.vocabulary import load_vocabulary

    asked = [mention("Electrical Systems", H), mention("Journeyman Electrician License", C)]
    journeyman = Profile(certifications=[Certification("Journeyman Electrician License")])
    assert statuses(compare(asked[:1], journeyman, load_vocabulary()))["Electrical Systems"] == (
        GapStatus.IMPLIED, "Journeyman Electrician License")
    master = statuses(compare(asked, Profile(certifications=[Certification("Master Electrician License")]),
                              load_vocabulary()))
    assert master["Journeyman Electrician License"][0] == GapStatus.IMPLIED
    # control: a general electrical skill held gives no licence
    held = statuses(compare(asked, Profile(skills=[ProfileSkill("Electrical Systems")]), load_vocabulary()))
    assert held["Journeyman Electrician License"][0] == GapStatus.MISSING


def test_a_nursing_licence_answers_the_basics_its_exam_covers(resources):
    vocabulary = resources.vocabulary
    for licence in ("Registered Nurse", "Licensed Practical Nurse", "Certified Nursing Assistant"):
        assert "Vital Signs" in vocabulary.implied(licence), licence
    assert "Medical Terminology" in vocabulary.implied("Registered Nurse")
    assert "Vital Signs" not in vocabulary.implied("Nursing")  # a field named, not a licence held
