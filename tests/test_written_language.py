"""The language a user writes their profile in is theirs: a real BC correctional officer's
posting asked "Grade 12 English" and a Kamloops security guard's English profile showed English
as missing. A posting's other languages, and English to a profile written in German, stay gaps."""

from __future__ import annotations

from credstack.gaps import GapStatus, compare, written_in
from credstack.profile.model import Profile, ProfileSkill
from credstack.skills.model import Requirement, Skill, SkillKind, SkillMention
from credstack.skills.vocabulary import Vocabulary

L = SkillKind.LANGUAGE


def vocab() -> Vocabulary:
    skills = [Skill("English", L, "language"), Skill("French", L, "language"), Skill("German", L, "language"),
              Skill("Security", SkillKind.HARD, "security")]
    return Vocabulary({s.name: s for s in skills})


def statuses(profile: Profile) -> dict[str, GapStatus]:
    asked = [SkillMention(n, L, "language", Requirement.REQUIRED) for n in ("English", "French")]
    return {g.skill.name: g.status for g in compare(asked, profile, vocab()).items}


def test_the_language_the_profile_is_written_in_is_held():
    guard = Profile(headline="Security officer with five years in retail and events",
                    skills=[ProfileSkill("Security"), ProfileSkill("Report writing")])
    assert written_in(guard) == "English"
    assert statuses(guard) == {"English": GapStatus.IMPLIED, "French": GapStatus.MISSING}


def test_a_profile_written_in_another_language_does_not_give_english():
    pflege = Profile(headline="Pflegefachkraft mit zehn Jahren Erfahrung in der ambulanten Pflege und der "
                              "Dokumentation für die Patienten",
                     skills=[ProfileSkill("Pflegedokumentation")])
    assert written_in(pflege) == "German"
    assert statuses(pflege) == {"English": GapStatus.MISSING, "French": GapStatus.MISSING}
