"""Held certifications recognised however people write them, and the level ladders (issue 14)."""

from __future__ import annotations

import json
from datetime import date
from importlib import resources

import pytest

from credstack.credentials.held import Standing, name_variants, resolve_certification, resolve_held
from credstack.credentials.ladders import covered_by, load_tracks
from credstack.gaps import GapStatus, compare
from credstack.profile.model import Certification, CertStatus, Profile
from credstack.skills.model import Requirement, SkillKind, SkillMention
from credstack.skills.vocabulary import load_vocabulary

TODAY = date(2026, 11, 29)


@pytest.mark.parametrize("written, issuer, expected", [
    ("Project Management Professional (PMP)", None, "pmi-pmp"),
    ("PMP", "PMI", "pmi-pmp"),
    ("Registered Nurse (RN)", None, "ncsbn-nclex-rn"),
    ("RN - State Board of Nursing", None, "ncsbn-nclex-rn"),
    ("Basic Life Support (BLS)", None, "aha-bls"),
    ("Basic Life Support (BLS) - American Heart Association", None, "aha-bls"),
    ("BLS Provider, American Heart Association", None, "aha-bls"),
    ("Certified ScrumMaster (CSM)", None, "scrumalliance-csm"),
    ("CSM", "Scrum Alliance", "scrumalliance-csm"),
    ("CSM", "ISM", "ism-csm"),  # the issuer settles letters two bodies use
    ("Certified Public Accountant (CPA), Texas State Board", None, "aicpa-cpa"),
    ("OSHA 10-Hour Construction", None, "osha-10-construction"),
    ("Certified Kubernetes Administrator (CKA) - 2023", None, "lf-cka"),
    ("AWS Solutions Architect - Professional", None, "aws-sap"),
    ("A+ Certification", "CompTIA", "comptia-a-plus"),
])
def test_a_certification_is_recognised_however_it_is_written(catalog, written, issuer, expected):
    entry, _name = resolve_certification(Certification(written, issuer=issuer), catalog, catalog.vocabulary)
    assert entry is not None and entry.id == expected


def test_catalog_id_wins_and_a_licence_without_an_entry_still_has_its_vocabulary_name(catalog):
    entry, name = resolve_certification(Certification("my cert", catalog_id="pmi-capm"), catalog, catalog.vocabulary)
    assert entry.id == "pmi-capm" and name == "CAPM"
    entry, name = resolve_certification(Certification("Journeyman Electrician License"), catalog, catalog.vocabulary)
    assert entry is None and name == "Journeyman Electrician License"


def test_a_provider_cut_off_never_turns_a_specialty_into_the_licence(catalog):
    """"Certified Medical-Surgical Registered Nurse" without its board's first word is not "Registered Nurse"."""
    assert catalog.find("Registered Nurse").id == "ncsbn-nclex-rn"


def test_name_variants_split_issuer_and_letters():
    variants = name_variants("Basic Life Support (BLS) - American Heart Association")
    assert "Basic Life Support (BLS)" in variants and "BLS" in variants and "Basic Life Support" in variants


def test_every_ladder_step_is_a_catalog_id_and_tracks_climb(catalog):
    data = json.loads((resources.files("credstack") / "data" / "credential_ladders.json").read_text("utf-8"))
    assert data["about"] and data["tracks"]
    for track in load_tracks():
        assert len(track) >= 2 and len(set(track)) == len(track)
        for step in track:
            assert catalog.get(step) is not None, step
    for credential_id in {s for t in load_tracks() for s in t}:
        assert credential_id not in covered_by(credential_id)  # no cycles


@pytest.mark.parametrize("higher, lower", [
    ("pmi-pmp", "pmi-capm"), ("isc2-cissp", "isc2-sscp"), ("isc2-cissp", "isc2-cc"), ("aws-sap", "aws-saa"),
    ("aws-sap", "aws-ccp"), ("comptia-security-plus", "comptia-tech-plus"), ("shrm-scp", "shrm-cp"),
])
def test_a_higher_credential_covers_the_lower_ones(higher, lower):
    assert lower in covered_by(higher) and higher not in covered_by(lower)


def test_ladders_stay_in_their_track():
    assert "aws-saa" not in covered_by("aws-dop")  # DevOps Professional is not the architect track
    assert "scrumorg-psm-1" not in covered_by("scrumalliance-csm")  # alternatives, not a ladder


def mention(name, kind=SkillKind.CERTIFICATION, req=Requirement.REQUIRED):
    return SkillMention(name=name, kind=kind, category="certification", requirement=req)


def test_a_pmp_holder_has_the_capm_a_posting_asks_for(catalog):
    vocabulary = load_vocabulary()
    profile = Profile(certifications=[Certification("Project Management Professional (PMP)", expires="2028-01")])
    held = resolve_held(profile.certifications, catalog, vocabulary, TODAY)
    assert "pmi-capm" in held.blocked_ids() and "pmi-pmp" in held.blocked_ids()
    report = compare([mention("CAPM"), mention("PMP")], profile, vocabulary, today=TODAY, credentials=held)
    assert {g.skill.name: g.status for g in report.items} == {"CAPM": GapStatus.HAVE, "PMP": GapStatus.HAVE}


def test_lapsed_is_renew_and_in_progress_is_finish_never_missing(catalog):
    vocabulary = load_vocabulary()
    profile = Profile(certifications=[
        Certification("Basic Life Support (BLS) - American Heart Association", expires="2025-03"),
        Certification("Certified Professional Coder", issuer="AAPC", status=CertStatus.IN_PROGRESS, expected="2027-02")])
    held = resolve_held(profile.certifications, catalog, vocabulary, TODAY)
    assert [r.standing for r in held.items] == [Standing.LAPSED, Standing.IN_PROGRESS]
    assert set(held.actions({"aha-bls"})) == {"aha-bls", "aapc-cpc"} and not held.blocked_ids({"aha-bls"})
    # a lapsed certification the posting does not ask for is no step at all (and never re-bought)
    assert set(held.actions()) == {"aapc-cpc"} and held.blocked_ids() == {"aha-bls"}
    report = compare([mention("Basic Life Support"), mention("Certified Professional Coder")], profile, vocabulary,
                     today=TODAY, credentials=held)
    got = {g.skill.name: (g.status, g.note) for g in report.items}
    assert got["Basic Life Support"][0] == GapStatus.RENEW and "Mar 2025" in got["Basic Life Support"][1]
    assert got["Certified Professional Coder"][0] == GapStatus.FINISH


def test_either_or_certifications_are_answered_by_holding_one(catalog):
    vocabulary = load_vocabulary()
    profile = Profile(certifications=[Certification("Professional in Human Resources (PHR)")])
    report = compare([mention("SHRM-CP"), mention("PHR")], profile, vocabulary, today=TODAY,
                     alternatives=[frozenset({"SHRM-CP", "PHR"})])
    assert {g.skill.name: g.status for g in report.items} == {"SHRM-CP": GapStatus.HAVE, "PHR": GapStatus.HAVE}
