"""What batches 390 to 393's real postings (bench/nontech_real.py --split held-occ380 to held-occ383: NHS Jobs
adverts) showed of skills. Synthetic postings, with controls."""

from __future__ import annotations

from tests.skills.conftest import found, said

_PAY = "Band 7 Physiotherapist - Hampshire\n\nSalary: £41,000\n\n"


def test_the_advert_goes_on_after_its_pay_line_when_it_says_whom_it_wants(resources):
    """'Salary: £41,492.26', then 'If you are an experienced Physiotherapist ... manage a full range of MSK
    pathologies' and 'The right candidate will be expected to deliver ... patient-centred care' (a physiotherapy
    provider's advert), and 'Salary range: ...', then 'The Medicine Division is seeking a motivated ... individual ...
    to work ... in Care of the Elderly Medicine' (a specialty doctor advert): the pay field's value is its own line;
    the paragraphs that say whom the employer wants are the job, not more of the pay."""
    for line in ("If you are an experienced Physiotherapist, you will manage a range of MSK conditions.",
                 "The right candidate will manage a range of MSK conditions.",
                 "The Therapy Division is seeking a motivated individual to manage a range of MSK conditions."):
        got = found(_PAY + line + "\n", resources)
        assert "Musculoskeletal Care" in got, (line, got)


def test_a_perk_after_the_pay_line_is_still_the_offer(resources):
    """Control: a perk line after the pay ('Free Excel training and a gym membership') asks nothing."""
    got = found(_PAY + "Free Excel training and a gym membership.\n", resources)
    assert "Microsoft Excel" not in got, got


def test_the_specialties_a_hospital_s_services_cover_are_the_hospital_s(resources):
    """'Anaesthetic services at Eastbourne cover major urology surgery including ... ENT, orthopaedics, ophthalmology'
    and 'Conquest Hospital anaesthetic services cover ... general surgery, ... obstetrics, gynaecology' (a locum
    consultant advert that asks nothing): what the hospital's services cover, not what the candidate must know; with
    the employer's name blanked, the sentence opens on its lower-case rest."""
    for opening in ("Anaesthetic services at Eastbourne cover", "Conquest Hospital anaesthetic services cover",
                    "Our anaesthetic services cover"):
        text = ("Locum Consultant Anaesthetist\n\nThe department is very active. " + opening +
                " major urology surgery, ENT, orthopaedics and ophthalmology.\n")
        got = said(text, resources)
        assert not {"ent", "orthopaedics", "ophthalmology"} & got, (opening, got)


def test_what_the_candidate_will_cover_is_asked(resources):
    """Control: 'You will cover orthopaedics and ophthalmology lists' is the post's work."""
    got = said("Consultant Anaesthetist\n\nYou will cover orthopaedics and ophthalmology lists.\n",
               resources)
    assert {"orthopaedics", "ophthalmology"} <= got, got


def test_the_openings_a_post_may_lead_to_are_offered(resources):
    """'you can tap into a range of exciting opportunities that could inspire you to work in clinical education,
    organ donation' (an intensive care nurse advert), 'This post is suitable for junior doctors considering or
    seeking a career in a surgical specialty' (a junior clinical fellow advert), 'Robust support is provided for
    doctors in training ..., with full supervision of clinical activity, teaching, research, audit and quality
    improvement' (the same advert): where the post may lead and what the employer gives, not what it asks."""
    for sentence, word in (
            ("You can tap into a range of opportunities that could inspire you to work in organ donation.",
             "organ donation"),
            ("This post is suitable for junior doctors considering or seeking a career in general surgery.",
             "general surgery"),
            ("Robust support is provided for doctors in training, with full supervision of clinical activity, "
             "audit and quality improvement.", "quality improvement")):
        got = said("Junior Clinical Fellow\n\n" + sentence + "\n", resources)
        assert word not in got, (sentence, got)


def test_what_the_post_supports_and_the_career_it_asks_stay_asked(resources):
    """Controls: 'Support will be provided through close MDT working and patient assessment' is the consultant's own
    work (a palliative medicine advert), and 'experience in a career in general surgery is essential' asks."""
    got = said("Consultant\n\nThe post will provide support to the team. Clinical support will be "
               "provided through quality improvement work.\n", resources)
    assert "quality improvement" in got, got
    got = said("Junior Clinical Fellow\n\nExperience in general surgery is essential.\n", resources)
    assert "general surgery" in got, got


def test_what_previous_post_holders_did_is_their_story(resources):
    """'Previous post holders have successfully applied to Core Surgical Training posts and other national specialty
    selection processes' (a junior clinical fellow advert): what earlier fellows did, not an ask."""
    got = said("Junior Clinical Fellow\n\nPrevious post holders have successfully applied to training in "
               "general surgery.\n", resources)
    assert "general surgery" not in got, got


def test_what_makes_the_post_attractive_is_offered(resources):
    """'Additional attractive features of this post includes flexitime working, a robust clinical supervision scheme,
    an excellent training & development programme' (a secure inpatient physiotherapist advert) and 'The post may be
    particularly attractive to someone seeking relevant experience in the context of the BPS Qualification in
    Neuropsychology' (a clinical neuropsychologist advert): the perks and what the post may give, not asks."""
    for sentence in ("Additional attractive features of this post include flexitime working and training in "
                     "mental health.",
                     "The post may be particularly attractive to someone seeking experience in mental health."):
        got = said("Physiotherapist\n\nYou will treat adults.\n\n" + sentence + "\n", resources)
        assert "mental health" not in got, (sentence, got)


def test_the_experience_a_post_asks_of_an_attractive_candidate_stays_asked(resources):
    """Control: 'The ideal candidate will have experience in mental health' asks."""
    got = said("Physiotherapist\n\nThe ideal candidate will have experience in mental health.\n",
               resources)
    assert "mental health" in got, got


def test_an_opportunity_for_the_post_holder_to_take_part_is_offered(resources):
    """'this fixed term position offers the opportunity for the postholder to be involved in the assessment of the
    full range of adult neurology and neurosurgical conditions' (a clinical neuropsychologist advert): like 'the
    opportunity to be involved in', what the post offers."""
    got = said("Neuropsychologist\n\nThis position offers the opportunity for the postholder to be "
               "involved in mental health research.\n", resources)
    assert "mental health" not in got, got


def test_the_organisations_a_post_works_with_are_no_ask(resources):
    """'The postholder will be expected to work closely with key personnel in the CCG, providers such as the London
    Ambulance Service, general practices, GP out of hours, as well as NHSE/I and other STPs' (a clinical leadership
    advert): whom the post works with, named by example, not what the candidate must know."""
    got = said("Clinical Lead\n\nThe postholder will work closely with providers such as general practices "
               "and social care.\n", resources)
    assert "social care" not in got, got


def test_the_field_asked_beside_the_partners_stays_asked(resources):
    """Control: 'You will have experience in social care and work closely with partners' asks for social care."""
    got = said("Clinical Lead\n\nYou will have experience in social care and work closely with partners "
               "such as local councils.\n", resources)
    assert "social care" in got, got


def test_the_groups_a_starter_can_tap_into_are_offered(resources):
    """'we also work together as a large team ..., with various specialist interest groups to tap into, including
    Mental Health, Neuropsychiatry, Autism, Learning Disabilities and Sensory Integration' (an occupational therapist
    advert): what the employer's groups give the starter, not asks."""
    got = said("Occupational Therapist\n\nYou will assess patients.\n\nThere are specialist interest groups "
               "to tap into, including Mental Health, Autism and Learning Disabilities.\n", resources)
    assert not {"mental health", "learning disabilities"} & got, got


def test_the_people_a_ward_cares_for_are_its_patients(resources):
    """'Kingswood supports men with a history of Paranoid Schizophrenia, Drug-Induced Psychosis and Bi-Polar
    Disorder' (the same advert): the ward's patients and their conditions, not what the candidate must know."""
    for sentence in ("The rehabilitation ward supports men with a history of mental health problems.",
                     "Ashford Lodge cares for adults with learning disabilities."):
        got = said("Occupational Therapist\n\nYou will assess patients.\n\n" + sentence + "\n", resources)
        assert not {"mental health", "learning disabilities"} & got, (sentence, got)


def test_the_people_the_post_supports_are_its_work(resources):
    """Controls: 'The role supports patients with mental health needs' and 'You will support adults with learning
    disabilities' are the post's own work (the labels keep such fields)."""
    for sentence, word in (("The role supports patients with mental health needs.", "mental health"),
                           ("You will support adults with learning disabilities.", "learning disabilities")):
        got = said("Support Worker\n\n" + sentence + "\n", resources)
        assert word in got, (sentence, got)
