"""What batches 312 and 313's real postings (bench/nontech_real.py --split held-occ302, held-occ303: NHS Jobs
adverts) showed of sections. Synthetic postings, with controls."""

from __future__ import annotations

from tests.skills.conftest import section_kinds

from credstack.postings import SectionKind

_OFFER = ("Staff Nurse - Cath Labs\n\nWe are a dynamic team who assist with angioplasties.\n\nWhat are we offering "
          "you?\n\n• A fantastic opportunity to learn new skills\n\n• A friendly working environment\n\n")


def test_what_you_will_need_after_the_offer_is_what_the_post_asks():
    """'You will need the following attributes:' after 'What are we offering you?' (a cath lab staff nurse advert):
    the lead-in heads what the post asks, not more of the offer; so do 'You'll need:' and 'You will require:'."""
    for heading in ("You will need the following attributes", "You'll need", "You will require"):
        kinds = section_kinds(_OFFER + f"{heading}:\n\n• UK Registered Nurse\n\n• Excellent communication skills\n")
        assert kinds.get(heading) == SectionKind.REQUIREMENTS, kinds
        assert kinds.get("What are we offering you?") == SectionKind.BENEFITS, kinds


def test_what_we_would_like_to_give_you_is_the_offer():
    """'What we’d like from you:' and 'What we’d like to give you:' (a rehabilitation assistant advert): the first
    heads what the post asks, the second the offer (the offer's cue wrote 'we 'd like to offer', a space too many, and
    knew no 'give'), not more of the role's duties above them."""
    base = "Rehabilitation Assistant\n\nThe role:\nYou will support service users with daily living.\n\n"
    for heading in ("What we’d like to give you", "What we'd like to offer you", "What we would like to give you",
                    "What we’re able to offer"):
        kinds = section_kinds(base + f"{heading}:\n\n• A competitive salary\n\n• Free parking\n")
        assert kinds.get(heading) == SectionKind.BENEFITS, kinds
    kinds = section_kinds(base + "What we’d like from you:\n\n• Excellent communication skills\n\n• Team player\n")
    assert kinds.get("What we’d like from you") == SectionKind.REQUIREMENTS, kinds
