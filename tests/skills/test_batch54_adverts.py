"""What batch 54's real postings (bench/nontech_real.py --split held-occ44: a police liaison practitioner, a
statistical programmer, a regulatory affairs director, a contract manufacturing manager, a programme trainer
and eleven more) showed: a word processor's "o" sub-bullets glued to the item before them, "MHA" as the Mental
Health Act beside a section number, and names of their fields the vocabulary lacked. Synthetic postings, with
controls."""

from __future__ import annotations

from tests.skills.conftest import found

from credstack.postings.glued import repair_glued


def test_glued_o_sub_bullets_split_the_items_they_run_together():
    text = ("Experience with these Financials characteristics:o Chart of Accounts for budget controlso GAAP reportingo "
            "Federal Grants Managemento Procurement and Contractingo Billing and Accounts Receivable")
    lines = repair_glued(text).splitlines()
    # each item on a line of its own, its "o" made a bullet the line reader knows
    assert "• GAAP reporting" in lines and "• Federal Grants Management" in lines
    assert "• Billing and Accounts Receivable" in lines


def test_words_ending_in_o_are_left_whole():
    text = "Our Portfolio Manager works in Toronto Ontario with the Studio Team and Mario Kart fans."
    assert repair_glued(text) == text


def test_mha_beside_a_section_number_is_the_mental_health_act_not_a_degree(resources):
    text = ("Police Liaison Practitioner\n\nResponsibilities\n- Avoiding the use of section 136 (MHA)\n"
            "- Complete MHA assessments with the crisis team\n")
    got = found(text, resources)
    assert "Master of Health Administration" not in got and "Mental Health Act" in got
    degree = "Practice Manager\n\nRequirements\n- Master's degree (MHA or MBA) preferred\n"
    assert "Master of Health Administration" in found(degree, resources)  # control: the degree


def test_field_names_of_the_batch_are_read(resources):
    text = ("Statistical Programmer\n\nRequirements\n- Produce tables, listings, and graphs and define.xml\n"
            "- Knowledge of post-approval changes and regulatory intelligence\n- Drug labelling and the CCDS\n"
            "- Lead tech transfer to contract manufacturers\n- Software validation\n- Build the chart of accounts\n"
            "- Apply train the trainer approaches\n- Track contacts per hour and not ready time\n"
            "- Work to the Triangle of Care\n")
    got = found(text, resources)
    assert {"Biostatistics Programming", "Regulatory Affairs", "Regulatory Labeling", "Technology Transfer",
            "Computer System Validation", "Chart of Accounts", "Train the Trainer", "Contact Centre Metrics",
            "Triangle of Care"} <= got
