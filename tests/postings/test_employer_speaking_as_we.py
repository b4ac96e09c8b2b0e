"""An employer's page that names the employer only in its prose (batch p14: a Danish employer's career
page whose header, byline and labels name no company; its text says "At Novo Nordisk we use our
competences ..."): a sentence opening "At <Name> we/our", the name coming back elsewhere in the
text, names the employer when nothing else does. A phrase of time ("At Present we"), a name said
once, and a page whose byline names the employer keep what they had. Synthetic fixture."""

from __future__ import annotations

from credstack.postings import parse_posting

PAGE = """<html><body><main>
<p>Position</p><h1>Night Porter</h1>
<p><b>Location</b></p><p>Keswick, United Kingdom</p>
<p><b>Night Porter, Fellside Lodge Hotels reception team</b></p>
<p>Do you enjoy quiet nights and looking after guests? Join the team at our lakeside hotel.</p>
<p><b>About the job:</b></p>
<p>You will check late arrivals in, answer the phone overnight and walk the building every two hours.</p>
<p><b>Qualifications:</b></p>
<p>Hotel or security experience, a calm manner and good spoken English.</p>
<p>{closing}</p>
</main></body></html>"""

SPEAKS = ("At Fellside Lodge Hotels we train every new starter for two weeks. Fellside Lodge Hotels has "
          "welcomed walkers since 1962.")


def test_the_employer_speaking_as_we_names_the_company():
    assert parse_posting(PAGE.format(closing=SPEAKS)).company == "Fellside Lodge Hotels"


def test_a_phrase_of_time_or_a_name_said_once_names_no_one():
    assert parse_posting(PAGE.format(closing="At Present we are hiring for the winter season.")).company is None
    text = PAGE.format(closing="At Lakeland Staffing we place porters across the region.")
    assert parse_posting(text).company is None
    text = PAGE.format(closing="At Fell we train every new starter for two weeks.")  # "Fellside" is no second
    assert parse_posting(text).company is None


def test_a_stated_employer_wins():
    text = PAGE.format(closing=SPEAKS).replace("<p>Position</p>", "<p>Position</p><p>Keswick Inns Ltd</p>", 1)
    text = text.replace("<h1>Night Porter</h1>", "<h1>Night Porter</h1><p>Keswick Inns Ltd · Keswick</p>")
    assert parse_posting(text).company == "Keswick Inns Ltd"
