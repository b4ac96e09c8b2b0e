"""Demand counting across saved listings and the missing-first ranking."""

from __future__ import annotations

from credstack.gaps import compare
from credstack.profile.model import Profile, ProfileSkill
from credstack.shopping import apply_gaps, demand, missing_first
from credstack.skills.model import Requirement, Skill, SkillKind, SkillMention
from credstack.skills.vocabulary import Vocabulary

R, P, U = Requirement.REQUIRED, Requirement.PREFERRED, Requirement.UNSPECIFIED


def m(name, req):
    return SkillMention(name=name, kind=SkillKind.TOOL, category="x", requirement=req, mentions=[name])


LISTINGS = [
    (1, [m("SQL", R), m("Python", R), m("Tableau", P), m("SQL", P)]),  # SQL twice: counted once, as required
    (2, [m("SQL", R), m("Tableau", R), m("Excel", U)]),
    (3, [m("SQL", P), m("Python", P), m("Looker", P)]),
]


def test_counts_per_listing_and_requirement():
    rows = {r.skill.name: r for r in demand(LISTINGS)}
    assert (rows["SQL"].listings, rows["SQL"].required, rows["SQL"].preferred) == (3, 2, 1)
    assert (rows["Python"].listings, rows["Python"].required, rows["Python"].preferred) == (2, 1, 1)
    assert (rows["Tableau"].required, rows["Tableau"].preferred) == (1, 1)
    assert rows["Excel"].unspecified == 1
    assert rows["SQL"].posting_ids == [1, 2, 3]
    assert [r.skill.name for r in demand(LISTINGS)][0] == "SQL"  # most listings first


def test_missing_ranked_by_demand_and_held_skills_left_out():
    vocabulary = Vocabulary({n: Skill(n, SkillKind.TOOL, "data") for n in
                             ("SQL", "Python", "Tableau", "Excel", "Looker")})
    rows = demand(LISTINGS)
    apply_gaps(rows, compare([r.skill for r in rows], Profile(skills=[ProfileSkill("SQL")]), vocabulary))
    ranked = [r.skill.name for r in missing_first(rows)]
    assert "SQL" not in ranked
    # Tableau: required once + preferred once = 4; Python: 3 + 1 = 4 -> tie broken by listings, name.
    assert ranked[:2] == ["Python", "Tableau"] and ranked[-1] == "Looker"


def test_missing_is_ranked_by_listings_and_leaves_soft_skills_apart():
    soft = SkillMention(name="Communication", kind=SkillKind.SOFT, category="soft", requirement=R)
    rows = demand([(1, [m("Looker", P), soft]), (2, [m("Looker", P), m("Tableau", R), soft])])
    ranked = [r.skill.name for r in missing_first(rows)]
    assert ranked == ["Looker", "Tableau"]  # asked by 2 listings beats required by 1; soft never a gap


def test_repeats_are_left_out_and_the_window_is_stated():
    from credstack.analysis import Analysis
    from credstack.postings.model import Posting
    from credstack.shopping import unique_listings, window_text

    def listing(pid, url, text):
        return (pid, {"url": url}, Analysis(posting=Posting(description=text)))

    kept, repeats = unique_listings([listing(3, "https://a.example/1", "Data analyst. SQL."),
                                     listing(2, "https://b.example/9", "Data  analyst.\nSQL."),  # same text
                                     listing(1, "https://a.example/1/", "Another posting")])  # same URL
    assert [pid for pid, _s, _a in kept] == [3] and repeats == [2, 1]
    assert window_text(15, 16) == "the last 15 of 16 saved listings"
    assert window_text(3, 4, 1) == "all 4 saved listings (1 repeat of another listing left out)"
    assert window_text(0, 0) == "no saved listings yet"


def test_the_cli_prints_the_window_soft_skills_apart_and_why():
    from credstack.cli import format_shopping_list

    row = {"name": "SQL", "kind": "tool", "listings": 2, "required": 2, "preferred": 0, "status": "missing",
           "via": None}
    soft = {**row, "name": "Communication", "kind": "soft"}
    plan = {"recommendations": [{"credential": {"name": "Cert", "provider": "P", "pricing": "free"},
                                 "covers": ["SQL"], "why": "It teaches SQL, which the posting asks for."}],
            "uncovered_summary": {"count": 12, "text": "A, B and 10 more"}}
    text = format_shopping_list({"listings": 2, "window": "the last 2 of 3 saved listings", "skills": [row, soft],
                                 "soft_skills": [soft], "recommendations": plan})
    assert text.startswith("Across the last 2 of 3 saved listings:")
    assert "Soft skills they ask for" in text and "Communication" not in text.split("Soft skills")[0]
    assert "It teaches SQL" in text and "A, B and 10 more" in text


def test_a_picks_sentence_counts_the_listings_on_a_shopping_list():
    from credstack.shopping import for_listings

    why = "The posting asks for the CCRN by name. The posting accepts PCCN instead; you need only one."
    assert for_listings(why, 1, 3) == ("1 of your 3 listings asks for the CCRN by name. "
                                       "Those listings accept PCCN instead; you need only one.")
    assert for_listings("Renew your BLS: the posting asks for it.", 2, 3) == "Renew your BLS: 2 of your 3 listings ask for it."
    assert for_listings(why, 1, 1) == why  # one listing: it is the posting
    # a pick for the role's field says how many listings ask what it teaches, not what "this role" asks
    field = "It teaches Pediatrics, which this nursing role asks for and your profile does not show yet."
    assert for_listings(field, 1, 7) == ("It teaches Pediatrics, which 1 of your 7 nursing listings asks for and "
                                         "your profile does not show yet.")
    assert for_listings(field.replace("nursing", "cloud and DevOps"), 3, 4).startswith(
        "It teaches Pediatrics, which 3 of your 4 cloud and DevOps listings ask for")


def test_the_cli_table_keeps_long_names_whole_or_marks_the_cut():
    # a real nurse's list printed "Advanced Cardiovascular Life Sup" and "~ Nursing" for a skill
    # close to one she has
    from credstack.cli import format_shopping_list

    def row(name, status="missing", via=None):
        return {"name": name, "kind": "hard", "listings": 1, "required": 1, "preferred": 0, "status": status,
                "via": via}
    long_name = "Advanced Cardiovascular Life Support"
    longer = "Certified Professional in Healthcare Quality and Patient Safety Practice"
    text = format_shopping_list({"listings": 2, "window": "all 2 saved listings",
                                 "skills": [row(long_name), row(longer), row("Vital Signs", "transferable", "Nursing")],
                                 "soft_skills": [], "recommendations": None})
    lines = text.splitlines()
    assert any(line.startswith(long_name + " ") for line in lines)
    cut = next(line for line in lines if line.startswith("Certified Professional"))
    assert "…" in cut and longer not in cut
    assert next(line for line in lines if line.startswith("Vital Signs")).endswith("close to Nursing")
    # the columns line up under the header
    header = next(line for line in lines if line.startswith("Skill"))
    assert all(line.index(" 1 ") <= header.index("Listings") + 8 for line in lines[3:6])
