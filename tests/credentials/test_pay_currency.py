"""A posting whose country is not known but whose pay is in dollars is not in Britain or Ireland:
a credential counting only there (the City & Guilds 18th Edition award) is no advice for it; with no
sign of the country at all it may still be."""

from __future__ import annotations

import pytest

from credstack.analysis import analyze
from credstack.credentials.fit import RoleFit
from credstack.places import unlikely_countries
from credstack.postings import parse_posting

ELECTRICIAN = """Journeyman Electrician

Install and repair electrical wiring, lighting and panels in commercial buildings.
Fault-find and test electrical systems.
{pay}
"""


@pytest.mark.parametrize("text, ruled_out", [
    ("Compensation: $42.00 - $50.00/hour", True),
    ("Pay $ 28 an hour", True),
    ("Competitive pay and benefits", False),
    ("We save you $$$ on tools", False),  # no amount
])
def test_pay_in_dollars_rules_out_britain_and_ireland(text, ruled_out):
    found = unlikely_countries(text)
    assert ({"GB", "IE"} <= found) is ruled_out
    assert "US" not in found and "CA" not in found and "AU" not in found


@pytest.mark.parametrize("pay, advised", [("Compensation: $42.00 - $50.00/hour", False), ("", True)])
def test_a_dollar_paid_electrician_gets_no_british_wiring_award(res, pay, advised):
    result = analyze(parse_posting(ELECTRICIAN.format(pay=pay)), res, rank=False)
    assert not result.fit.countries
    picks = [r.credential.id for r in result.recommendations.recommendations]
    assert ("cg-2382-wiring-regulations" in picks) is advised


def test_a_known_country_ignores_the_currency():
    fit = RoleFit(countries=frozenset({"GB"}), unlikely=frozenset({"GB"}))
    from credstack.credentials.catalog import load_catalog
    assert fit.in_country(load_catalog().get("cg-2382-wiring-regulations"))


@pytest.mark.parametrize("language, ruled_out, kept", [
    ("it", {"GB", "IE", "US", "CA", "AU"}, set()),  # an Italian posting is for no English-speaking country
    ("es", {"GB", "IE", "AU"}, {"US"}),  # the US writes postings in Spanish too
    ("fr", {"GB", "US"}, {"CA"}),  # and Canada in French
    ("en", set(), {"GB", "US", "CA"}),
])
def test_a_postings_language_rules_out_the_countries_that_write_none_in_it(language, ruled_out, kept):
    found = unlikely_countries("Competitive pay", language=language)
    assert ruled_out <= found and not kept & found


def test_an_italian_electricians_posting_gets_no_british_wiring_award(res):
    text = ("Elettricista industriale\n\nCerchiamo un elettricista industriale per il nostro team. Sarai responsabile "
            "dell'installazione e della manutenzione degli impianti elettrici, dei cablaggi elettrici e della risoluzione dei "
            "problemi elettrici. È una posizione a tempo pieno con un contratto stabile per chi ha esperienza.\n")
    result = analyze(parse_posting(text), res, rank=False)
    assert "cg-2382-wiring-regulations" not in [r.credential.id for r in result.recommendations.recommendations]
