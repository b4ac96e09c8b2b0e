"""Medical coding credentials examine a country's code sets: AAPC's and AHIMA's coding
certificates test the US sets (CPT, HCPCS Level II, ICD-10-CM/PCS), while a UK clinical coder codes
in ICD-10 and OPCS-4 and qualifies through the NHS's Accredited Clinical Coder exam. A US coding
posting gets them; a UK one gets none of them (the gap stays named, uncovered)."""

from __future__ import annotations

import pytest
from tests.credentials.test_countries import picks_of

CODER = """{title}
{where}

Main duties
- Assign diagnosis and procedure codes to inpatient and outpatient records
- Query clinicians where documentation is incomplete

Requirements
- {ask}
- Excellent attention to detail
"""

US_CODING = {"aapc-cpc", "aapc-coc", "aapc-cic", "aapc-crc", "aapc-cpma", "ahima-ccs", "ahima-ccs-p", "nha-cbcs"}


@pytest.mark.parametrize("where, ask, offered", [
    ("Derriford Hospital, Plymouth, UK", "Experience of clinical coding with ICD-10 and OPCS-4", False),
    ("Leeds, UK", "Medical coding experience in an acute hospital", False),
    ("Dallas, TX", "Medical coding experience with CPT and ICD-10-CM", True),
])
def test_us_coding_credentials_only_for_us_postings(res, where, ask, offered):
    ids, _ = picks_of(CODER.format(title="Clinical Coder", where=where, ask=ask), res)
    assert bool(set(ids) & US_CODING) is offered, ids
