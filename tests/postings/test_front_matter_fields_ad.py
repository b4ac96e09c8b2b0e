"""A job as a CMS keeps it when its template supplies the headings (batch p12: a home-care service's
Netlify CMS entries): nothing but front matter, the ad in its fields ("text: >-" with folded lines,
"list_one:" / "  list-items:" / "    - item: ..."). The ad is those fields as the page shows them:
the title, the prose, each list's entries as bullets; the site's own fields (templateKey, the
search engine's title_seo) are none of it, and a paragraph repeated in a second field shows once.
Synthetic fixture."""

from __future__ import annotations

from credstack.postings import parse_posting

ENTRY = """---
templateKey: stellenanzeige
title_seo: Koch (m/w/d) SEO TITLE
description_seo: Koch (m/w/d) DESC
title: Koch (m/w/d)
text: >-
  Für unsere Kantine in der Südstadt suchen wir einen Koch, der gern
  für viele Gäste kocht.
text_one: >-
  Für unsere Kantine in der Südstadt suchen wir einen Koch, der gern
  für viele Gäste kocht.
list_one:
  list-items:
    - item: Zubereitung von Mittagessen für 200 Gäste
    - item: 'Einkauf, Lagerung und Hygiene'
list_two:
  list-items:
    - item: abgeschlossene Ausbildung als Koch
    - item: >-
        Erfahrung in der Gemeinschaftsverpflegung ist
        wünschenswert
start: Einstellung ab sofort
number: 3
---
"""


def test_the_fields_are_the_ad():
    posting = parse_posting(ENTRY)
    assert posting.title == "Koch (m/w/d)"
    text = posting.description
    assert "- Zubereitung von Mittagessen für 200 Gäste" in text
    assert "- Einkauf, Lagerung und Hygiene" in text  # a quoted entry, unquoted
    assert "- Erfahrung in der Gemeinschaftsverpflegung ist wünschenswert" in text  # a folded entry, joined
    assert text.count("Für unsere Kantine") == 1  # the repeated paragraph once
    assert "Einstellung ab sofort" in text


def test_the_site_fields_are_not_the_ad():
    text = parse_posting(ENTRY).description
    for word in ("templateKey", "stellenanzeige", "title_seo", "SEO TITLE", "list-items", "list_one", "number"):
        assert word not in text
