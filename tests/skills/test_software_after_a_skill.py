"""A hard skill followed by the word "software" is a skill the candidate uses, not the domain of
the work: "Writing unit tests following TDD Software craftsmanship" (a list run together),
"microservices, APIs and modern software practices", "payroll software" used by a payroll clerk.
Only a sales, marketing or recruiting verb before it makes the named field the domain ("selling HR
or payroll software"). Synthetic fixtures, with a control."""

from __future__ import annotations

from tests.skills.conftest import read

RUN_TOGETHER = """Frontend Developer

Requirements
- Writing unit tests following TDD Software craftsmanship using engineering fundamentals
- Experience working with cloud, containerisation, microservices, APIs and modern software practices
"""

CLERK = """Payroll Clerk

Requirements
- Two years of experience with payroll software and month-end close.
"""

SELLER = """Account Executive

Requirements
- Three years of experience selling HR or payroll software to mid-market companies.
"""


def test_a_practice_before_software_is_a_skill(resources):
    skills, context = read(RUN_TOGETHER, resources)
    assert {"Test-Driven Development", "APIs"} <= skills
    assert not {"Test-Driven Development", "APIs"} & context


def test_the_software_a_clerk_uses_names_a_skill(resources):
    skills, context = read(CLERK, resources)
    assert "Payroll" in skills and "Payroll" not in context


def test_software_sold_stays_the_domain(resources):
    skills, context = read(SELLER, resources)
    assert "Payroll" in context and "Payroll" not in skills


COURIER = """Van Driver

About the role
- Deliver pallets across the metro area, working with a global logistics client.
- Manual handling and a clean driving record.
"""


def test_a_field_before_a_single_client_is_the_domain(resources):
    # "a logistics client" names whom the work is for, as "logistics clients" does
    skills, context = read(COURIER, resources)
    assert "Logistics" not in skills
    skills, _ = read(COURIER.replace("working with a global logistics client", "logistics experience preferred"),
                     resources)
    assert "Logistics" in skills  # the control: the field asked for
