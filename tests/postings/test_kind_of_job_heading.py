"""A staffing site's job page (batch h28a's Laravel views, looked at while going over titles after
batch p14): the <h1> names the kind of job as its listings do ("Care Assistant Jobs"), the job's
own title under it (an <h2> "Care Assistant", a "Job Title" row of a table). The title is the job's; and a
fact's label in the rows under it ("Duration") is never the company. An <h1> "... Jobs" that no
heading or field repeats without the word stays as it is. Synthetic fixture."""

from __future__ import annotations

from credstack.postings import parse_posting

PAGE = """<html><body><main>
<h1>{h1}</h1>
<p><a href="/">Home</a></p>
<h2>{h2}</h2>
<table><tr><th>Job Title</th><td>{h2}</td></tr><tr><th>Location</th><td>North London</td></tr>
<tr><th>Duration</th><td>Permanent</td></tr><tr><th>Payrate</th><td>£11 per hour</td></tr></table>
<p>We are hiring an experienced care assistant on a permanent basis.</p>
<h4>Responsibilities:</h4><ul><li>Help clients dress, bathe and eat</li><li>Keep care notes up to date</li></ul>
<h4>Requirements:</h4><ul><li>Proven experience as a care assistant</li><li>A valid driving licence</li></ul>
</main></body></html>"""


def test_the_jobs_own_title_under_a_heading_for_its_kind():
    posting = parse_posting(PAGE.format(h1="Care Assistant Jobs", h2="Care Assistant"))
    assert posting.title == "Care Assistant"
    assert posting.company != "Duration"


ROWS_APART = """<html><body><div><h1>Care Assistant Jobs</h1><p><a href="/">Home</a> Care Assistant Jobs</p></div>
<div><div><table><tr><th>Job Title</th><td>Care Assistant</td></tr><tr><th>Location</th><td>North London</td></tr>
<tr><th>Duration</th><td>Permanent</td></tr><tr><th>Payrate</th><td>£11 per hour</td></tr></table></div>
<div><p>We are hiring an experienced care assistant on a permanent basis, for the North London area.</p>
<h4>Responsibilities:</h4><ul><li>Help clients dress, bathe and eat</li><li>Keep care notes up to date</li></ul>
<h4>Requirements:</h4><ul><li>Proven experience as a care assistant</li><li>A valid driving licence</li></ul></div></div>
</body></html>"""


def test_a_row_label_under_the_title_is_no_company():
    posting = parse_posting(ROWS_APART)
    assert posting.title == "Care Assistant"
    assert posting.company != "Duration"


def test_a_jobs_heading_nothing_repeats_stays():
    posting = parse_posting(PAGE.format(h1="Night Care Assistant Jobs", h2="Care Assistant"))
    assert posting.title == "Night Care Assistant Jobs"
