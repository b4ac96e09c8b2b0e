"""Facts an older ATS prints in table cells without colons: each cell holds a label and, on the next
source line, its value in an element of its own ("Location" / "Wilkesboro, North Carolina"), and the
job's number follows its label ("Job ID 117530"); the job's title is a plain line above the table and
the page's <title> names no job. (A 2010 job page was read with no title and no place.)"""

from __future__ import annotations

from credstack.postings import parse_posting
from credstack.postings.labels import labelled_fields
from credstack.postings.text import Block

FACTS = """
<div class="detail-heading">
    Payroll Specialist
</div>
<table>
  <tr>
    <td>Job ID\t\t\t<font>40213</font></td>
    <td>Location\t\t\t<font>
        <span>
        <font>Lakeside,</font>
            Ontario
        </span></font></td>
  </tr>
  <tr>
    <td>Functional Area\t\t<font>
        <span>
            Finance
        </span></font></td>
    <td>Position Type\t\t<font>
        <span>
            Regular Part-Time
        </span></font></td>
  </tr>
</table>"""

JOB = """
<p>Position Description</p>
<ul><li>Plan and run the monthly payroll for 400 employees across three sites</li>
<li>Answer employees' questions on pay slips, deductions and leave balances</li>
<li>Reconcile payroll accounts with the finance team every month</li></ul>
<p>Position Requirements</p>
<ul><li>Three years of payroll experience in a company of 200 people or more</li>
<li>Good command of spreadsheets (pivot tables, lookups)</li></ul>"""


def test_the_title_above_a_table_of_stacked_facts_and_the_place_in_it_are_read():
    markup = f"<html><head><title>Job Posting Details</title></head><body>{FACTS}{JOB}</body></html>"
    posting = parse_posting(markup)
    assert posting.title == "Payroll Specialist"
    assert posting.location == "Lakeside, Ontario"
    assert posting.employment_type == "Part-time"


def test_a_stacked_fact_is_its_label_on_a_line_of_its_own_or_a_number_after_its_label():
    from credstack.postings.labels import stacked_fact

    assert stacked_fact("Location \n \n Lakeside,\n Ontario") == ("Location", "Lakeside, Ontario")
    assert stacked_fact("Job ID 40213") == ("Job ID", "40213")
    assert stacked_fact("Location is flexible within the province") is None
    assert stacked_fact("Reference check required") is None
    assert labelled_fields([Block("Location \n Lakeside, Ontario", "p")]) == {"location": "Lakeside, Ontario"}
    assert labelled_fields([Block("Location is Lakeside", "p")]) == {}
