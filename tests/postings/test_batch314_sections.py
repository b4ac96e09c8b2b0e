"""What batches 314 to 317's real postings (bench/nontech_real.py --split held-occ304 to held-occ307: NHS Jobs
adverts), with batch 312's rehabilitation service, showed of sections. Synthetic postings, with controls."""

from __future__ import annotations

from tests.skills.conftest import section_kinds

from credstack.postings import SectionKind

_STORY = ("Knowing that you’re making a difference to people’s lives is rewarding in itself. Our neuro "
          "rehabilitation service in Broad Oak supports adults after a brain injury.\n\n")
_ASKS = "• Excellent communication skills\n\n• NVQ Level 3 in Health and Social Care\n"


def test_a_slogan_cried_out_heads_no_requirements():
    """'WE ARE LOOKING FOR TALENTED PEOPLE LIKE YOU!!' over the service's story (a rehabilitation assistant advert):
    the cue of asking goes on to whom it wants and ends in '!', a slogan; the story is not what the post asks.
    The heading that follows still heads what the post asks."""
    for slogan in ("WE ARE LOOKING FOR TALENTED PEOPLE LIKE YOU!!", "We’re Looking For A Cloud Product Manager!"):
        kinds = section_kinds(f"Rehabilitation Assistant\n\n{slogan}\n\n{_STORY}What we’d like from you:\n\n{_ASKS}")
        assert kinds.get(slogan) != SectionKind.REQUIREMENTS, kinds
        assert kinds.get("What we’d like from you") == SectionKind.REQUIREMENTS, kinds


def test_a_cue_cried_out_alone_still_heads_requirements():
    """Controls: 'What we are looking for!' and 'We are looking for you!' end on their cue (at most one word after
    it), and the same slogan without '!' is a heading of asking as before."""
    for heading in ("What we are looking for!", "We are looking for you!", "We are looking for talented people"):
        kinds = section_kinds(f"Rehabilitation Assistant\n\n{heading}\n\n{_ASKS}")
        assert kinds.get(heading) == SectionKind.REQUIREMENTS, kinds
