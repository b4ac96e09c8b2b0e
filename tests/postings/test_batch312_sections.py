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
