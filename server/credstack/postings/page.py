"""An HTML page -> Posting.

Evidence in order: schema.org JobPosting (JSON-LD, then microdata); a site adapter chosen by
URL or markup; a generic extractor (boilerplate stripped, main content by text density, title
among the page's headings and <title>). Facts missing from all three come from the page around
the description: a header between title and description, labelled facts in a sidebar.
"""

from __future__ import annotations

import re
from datetime import date

from credstack.postings import content, facts, forms, jsonld, labels, sites, title_words, titles
from credstack.postings.dates import parse_date
from credstack.postings.employment import employment_in_title, type_named
from credstack.postings.errors import NoDescription, NoPostingFound
from credstack.postings.fields import (
    clean_company,
    employment_of,
    first_part,
    first_set,
    stated_pay,
)
from credstack.postings.model import Posting, SectionKind
from credstack.postings.sections import break_run_in_headings, build_sections, classify
from credstack.postings.text import (
    MAX_DESCRIPTION_CHARS,
    blocks_of,
    html_fragment_blocks,
    parse_html,
    render,
    text_blocks,
)


def _byline_location(blocks) -> str | None:
    """A location only a byline states, as one of its parts ("Acme Ltd · Singapore · Full-time")."""
    return next((p for p in (facts.byline(b).get("location") for b in blocks) if p), None)


def posting_from_page(markup: str, url: str | None = None) -> Posting:
    """The posting in an HTML page (``url``: where the page came from, when known)."""
    root = parse_html(markup)
    if root is None:
        raise NoPostingFound("the page could not be read as HTML")
    page_url = url or sites.declared_url(markup, root)
    body = content.body_of(root)
    boilerplate = content.Boilerplate(body)
    site = sites.detect_site(root, sites.original_url(page_url), markup)
    fields = sites.site_fields(site, root) if site else {}
    page_titles = [t for t in (content.meta(root, "og:title", "twitter:title"), content.page_title(root)) if t]
    h1s = titles.headings(root, boilerplate)
    json_ld = jsonld.read_json_ld(root)
    structured = _pick(json_ld.postings + list(jsonld.microdata_all(root)),
                       [fields.get("title") or "", *h1s, *page_titles])
    s = structured or jsonld.StructuredPosting()
    _, suffixes = sites.load_sites()
    site_name = content.meta(root, "og:site_name", "application-name")
    if site_name and site_name.lower() in {x.lower() for x in suffixes}:  # "LinkedIn" names the board
        site_name = None

    page = blocks_of(body, skip=boilerplate, limit=HEADER_BLOCKS)
    title = title_words.clean_title(s.title) or title_words.clean_title(fields.get("title")) or _title_from_headings(
        root, boilerplate, h1s, page_titles, suffixes, {n.lower() for n in (s.company, fields.get("company"),
                                                                          site_name) if n}, page)
    raw_title = title
    title, wanted_in = titles.without_wanted(titles.without_place_suffix(title))
    from_title = _page_title_facts(page_titles, suffixes, title)
    blocks = _without_site_notices(_after_title(_description(structured, site, root, boilerplate), title))
    description = render(blocks)
    if structured is None and site is None and title and title_words.title_cues().job_words.search(title):
        kinds = _job_kinds(blocks)
        if not content.looks_like_posting(description) if not kinds else _page_heads_more_job_text(root, kinds):
            wider = _wider_description(root, boilerplate, kinds)
            if wider is not None:
                blocks = _without_site_notices(_after_title(wider, title))
                description = render(blocks)

    header = _header_blocks(page, blocks, title)
    header_text = render(header)
    in_description = {b.text for b in blocks if len(b.text) > MAX_FACT_CHARS}  # a sidebar may repeat short facts
    # facts the page states outside the description: a header above it, or a sidebar
    # ("Job Summary: Company / Location / Salary") beside or below it
    outside = _before_other_jobs([b for b in page if b.text not in in_description])
    labelled = {**labels.labelled_fields(outside, limit=HEADER_BLOCKS), **labels.labelled_fields(header)}
    in_text = labels.labelled_fields(blocks, limit=40)
    # a sidebar of labelled facts the page marks as an <aside> ("Weekly working hours" / "Full time"),
    # read after every other source: an <aside> is chrome to the description, not to the facts
    aside = labels.labelled_fields(_before_other_jobs(_aside_blocks(body, boilerplate)), limit=HEADER_BLOCKS)
    seen = _page_day(root)

    location = first_set(s.location, first_part(fields.get("location")), labelled.get("location"),
                         from_title.get("location"), wanted_in, lambda: facts.find_location(header_text),
                         lambda: _byline_location([*header[1:5], *_opening_lines(blocks)]),
                         lambda: _place_under_title(page, title), lambda: _place_beside_type(page, title),
                         in_text.get("location"), lambda: facts.find_location(description[:1500]),
                         lambda: facts.stated_job_place(description),
                         lambda: titles.headline_place(title),
                         lambda: facts.address_town(blocks_of(body, limit=HEADER_BLOCKS)))
    # each source cleaned before the next is asked: a job number read as a name gives way to the next
    company = first_set(*(lambda source=source: clean_company(source() if callable(source) else source)
                          for source in (s.company, fields.get("company"), labelled.get("company"),
                                         lambda: _company_by_logo(body, page, title),
                                         lambda: _company_box(body, title),
                                         lambda: _company_under_title(page, title, location),
                                         in_text.get("company"), lambda: _company_of_full_ad([*blocks, *page]),
                                         from_title.get("company"), site_name,
                                         lambda: sites.company_from_url(site, page_url))))
    if title and company and title.lower() == company.lower():
        company = None
    posting = Posting(
        title=title,
        # last resort: the name printed under the title ("Acme Corp · Reno, NV")
        # never a fact's label ("Tracking Code", a <dt> or <th> such as "Duration") nor the place the page states
        company=company or next((c for c in (clean_company(facts.byline(b).get("company")) for b in header[1:5]
                                             if not labels.is_fact_label(b.text) and not b.label)
                                 if c and not _names_the_place(c, location)), None),
        location=location,
        # a site adapter's, then the page's own labelled fact before the structured data's: schema.org's
        # few values cannot say "permanent" (正社員 is filed as FULL_TIME), and a workload range is
        # filed as both hours
        employment_type=first_set(facts.canonical_employment_type(fields.get("employment_type")),
                                  employment_of(labelled.get("employment_type")),
                                  s.employment_type,
                                  lambda: _stated_employment(header),
                                  employment_of(in_text.get("employment_type")),
                                  lambda: facts.find_employment_type(description[:3000], in_prose=True),
                                  lambda: _stated_employment(outside, MAX_OUTSIDE_CHARS),
                                  employment_of(aside.get("employment_type")),
                                  lambda: employment_in_title(raw_title)),
        salary=first_set(s.salary, fields.get("salary"), stated_pay(first_part(labelled.get("salary"))),
                         lambda: facts.find_salary(header_text), stated_pay(in_text.get("salary")),
                         lambda: facts.find_salary(description, in_prose=True)),
        date_posted=first_set(s.date_posted, parse_date(fields.get("date_posted"), seen),
                              parse_date(labelled.get("date_posted"), seen), lambda: _date(root, seen),
                              lambda: _stated_age(header, seen)),
        site=site.name if site else "generic",
        url=page_url or s.url,
        description=description,
        sections=build_sections(blocks),
    )
    if posting.employment_type == "Full-time" and s.employment_type == "Full-time" \
            and _states_part_time(posting.description):
        posting.employment_type = "Part-time"  # "This position is part-time hours": the ATS's default yields
    if not posting.company:  # a description saved without its page: "About Acme" names the employer
        posting.company = _company_from_about_heading(posting.sections)
    if not posting.company:  # an agency's own box beside the job: "Why Acme Staffing?" / "About Acme"
        posting.company = _company_from_page_headings(body, suffixes, posting.title)
    if not posting.company:  # "Acme Tools, Inc. is a family-owned manufacturer ...": the ad introduces it
        posting.company = facts.company_from_opening(description)
    if not posting.company:  # "At Acme we ...": the employer speaking for itself, named again elsewhere
        posting.company = facts.company_speaking_as_we(description)
    posting.sections = facts.company_introductions(posting.sections, posting.company)
    if posting.company and posting.location and posting.location.lower().startswith(posting.company.lower() + " "):
        # "Acme Corp Austin, TX": a header line read as one place; the company is not part of it
        posting.location = posting.location[len(posting.company):].strip(" ,-–·|") or posting.location
    posting.work_mode = first_set(lambda: facts.find_work_mode(posting.location),
                                  lambda: facts.find_work_mode(raw_title),
                                  lambda: facts.find_work_mode(header_text[:HEADER_WORK_MODE_CHARS]),
                                  lambda: facts.find_work_mode(description[:HEADER_WORK_MODE_CHARS].split("\n\n")[0]))
    if posting.description and _is_a_list(root, boilerplate, posting, h1s,
                                          structured is not None and len(json_ld.postings) == 1):
        if not _has_job_text(posting) or _job_text_lists_jobs(posting):
            raise NoPostingFound("this page lists several jobs (search results) — open one job's own page and try "
                                 "again")
        posting.page_kind = "search_list"  # one job open beside the list: read it, and say where it came from
    if forms.is_only_a_form(root, posting.sections):
        raise NoDescription("this page is only the application form — open the job description (the job's own "
                            "page, before \"Apply\") and try again")
    if not posting.description and not structured and titles.listed_links(
            content.body_of(root), boilerplate, before_job_text=False) >= titles.MIN_LISTED_LINKS:
        # job cards only (a title, a company, a city, tags each) and no text of one job's own
        raise NoPostingFound("this page lists several jobs (search results) — open one job's own page and try again")
    _check_is_posting(posting, structured is not None, site is not None and bool(fields.get("title")), root,
                      boilerplate, json_ld.types)
    return posting


_ABOUT_NAME = re.compile(r"^(?:about|über|à propos de|acerca de|sobre|working at|life at|careers? at|"
                         r"why(?:\s+(?:join|choose|work\s+(?:at|for|with)))?)\s+"
                         r"(?P<name>[A-Z0-9][\w&.'’-]*(?:\s+(?:[A-Z0-9&][\w&.'’-]*|of|and|de|du|der))"
                         r"{0,4})\s*[:!.?]?$", re.IGNORECASE)
_NOT_A_NAME = frozenset({"the", "our", "us", "you", "your", "this", "these", "me", "we", "working", "life", "joining",
                         "uns", "dich", "die", "das", "nous", "vous", "la", "le", "les", "el", "nosotros", "the role",
                         "company", "team", "job", "role", "position"})


def _company_from_about_heading(sections) -> str | None:
    """The employer a section about the company is named after ("About Acme", "Über Acme", "Working
    at Acme"): the name must be written as one (capitalised), never "About the team" or "About you"."""
    for section in sections:
        if section.kind != SectionKind.ABOUT_COMPANY:
            continue
        m = _ABOUT_NAME.match(section.heading.strip())
        if not m or not m.group("name")[0].isupper():
            continue
        name = m.group("name")
        if name.split()[0].lower() in _NOT_A_NAME or title_words.title_cues().job_words.search(name):
            continue
        return name
    return None


MIN_NAME_MENTIONS = 2  # the name again in the page's text, besides its heading


def _company_from_page_headings(body, suffixes: list[str], title: str | None) -> str | None:
    """The employer a heading anywhere on the page is about ("Why Acme Staffing?", "About Acme"), when
    nothing nearer the job names one: a staffing agency's page keeps its own box beside the job. The
    name must be written as one, be no job board's, and recur in the page's text ("trust clients
    place in Acme Staffing"), so that a stray heading names nobody."""
    boards = {x.lower() for x in suffixes}
    text = None
    for el in body.iter("h1", "h2", "h3", "h4"):
        heading = " ".join(el.text_content().split())
        m = _ABOUT_NAME.match(heading) if len(heading) <= 80 else None
        if not m or not m.group("name")[0].isupper():
            continue
        name = m.group("name").rstrip(".")
        if name.split()[0].lower() in _NOT_A_NAME or name.lower() in boards \
                or title_words.title_cues().job_words.search(name) or (title and name.lower() in title.lower()):
            continue
        text = text if text is not None else " ".join(body.text_content().split())
        if len(re.findall(rf"(?<!\w){re.escape(name)}(?!\w)", text)) >= MIN_NAME_MENTIONS + 1:
            return name
    return None


def _is_a_list(root, boilerplate, posting: Posting, h1s: list[str], one_declared: bool) -> bool:
    """Search results or a careers index, even with one job open beside the list: many links to
    pages of one kind, or a title naming a list over a page with no job text of its own."""
    if one_declared:  # the page declares exactly one JobPosting: it is that job's page
        return False
    links = titles.listed_links(content.body_of(root), boilerplate, before_job_text=_has_job_text(posting))
    if links >= titles.MIN_LISTED_LINKS:
        return True
    if not titles.names_a_list(content.page_title(root), h1s):
        return False
    if links >= 3:
        return True
    has_job_text = _has_job_text(posting)
    cues = title_words.title_cues()
    job_title = bool(posting.title and cues.job_words.search(posting.title) and not cues.list_titles.search(
        posting.title))
    return not has_job_text and not job_title


MIN_SNIPPETS = 8
MAX_SNIPPET_CHARS = 400


def _job_text_lists_jobs(posting: Posting) -> bool:
    """The "job text" is the list itself: many short duties sections, one per result whose
    snippet starts "Position Responsibilities: ...", where a job has a few of its own."""
    job_text = sorted(len(s.text) for s in posting.sections if s.kind in _JOB_TEXT_KINDS)
    return len(job_text) >= MIN_SNIPPETS and job_text[len(job_text) // 2] <= MAX_SNIPPET_CHARS


MIN_JOB_TEXT_CHARS = 150


def _has_job_text(posting: Posting) -> bool:
    """Requirements or duties of the job's own: one long section, or the rows of a facts table that
    give each its own short section ("応募資格 | ...", "仕事内容 | ...") together."""
    return sum(len(s.text) for s in posting.sections
               if s.kind in (SectionKind.REQUIREMENTS, SectionKind.RESPONSIBILITIES)) >= MIN_JOB_TEXT_CHARS


def _title_from_headings(root, boilerplate, h1s: list[str], page_titles: list[str], suffixes: list[str],
                         names: set[str], page: list) -> str | None:
    """Without structured data or an adapter: the sources a page names its job in compete on how
    much each reads like a job title and on how far the others repeat it: its <h1>s and the
    elements its markup calls the title, a "Job title:" field, its <title> and og:title (a site's
    name removed), its first <h2>s, and bold lines at the top of the page."""
    split = [titles.split_title(t, suffixes) for t in dict.fromkeys(page_titles)]  # og:title is often the <title>
    names = names | {p["company"].lower() for p in split if p.get("company")}  # "Acme GmbH - Engineer": not "Acme GmbH"
    # the page's own headings, bold lines and title-named elements are one kind of evidence (often
    # the same element twice); a "Job title:" field and the <title> are others
    candidates = [*((h, 1.0, "page") for h in h1s), *((p.get("title") or "", 0.5, "page_title") for p in split)]
    title, score = titles.ranked_title(candidates, names)
    agreed = bool(title) and score >= AGREED_HEADING  # an <h1> the <title> repeats: the other sources cannot beat it
    if agreed and not _JOBS_OF_A_KIND.match(title):
        return title  # most pages: no field or <h2> needs reading
    labelled_title = labels.labelled_fields(page[:MAX_TITLE_FIELD_BLOCKS]).get("title") or ""
    h2s = titles.headings(root, boilerplate, "h2", limit=3)
    if not agreed:
        title = titles.choose_title(
            [*candidates, *((h, -1.0, "page") for h in h2s),
             *((h, 1.0, "page") for h in titles.named_titles(root, boilerplate)),
             (labelled_title, 0.8, "field"), (_line_over_facts(page) or "", 0.6, "page"),
             *((b, -1.5, "page") for b in _bold_lines(page))],
            names)
    # "Care Assistant Jobs" over "Care Assistant" (an <h2>, a "Job Title:" field): a site's heading for
    # the kind of job, the job's own title beneath it
    kind_of_job = _JOBS_OF_A_KIND.match(title or "")
    if kind_of_job and kind_of_job.group(1).casefold() in {t.casefold() for t in (labelled_title, *h2s) if t}:
        return kind_of_job.group(1)
    return title


_JOBS_OF_A_KIND = re.compile(r"(?i)^(.+?)\s+(?:jobs|vacancies)$")


_FACT_LINE = re.compile(r"^[#\w][\w .#/&'-]{0,30}:(\s|$)")  # "Job ID:", "Location: US-IL-Chicago"


def _stated_employment(blocks: list, max_chars: int | None = None) -> str | None:
    """The employment type of the first line that names one (within ``max_chars`` of text); a line
    naming several ("Permanent, full-time") states the most telling of them, as a run of labelled
    facts does."""
    read = 0
    for block in blocks:
        text = block.text if max_chars is None else block.text[:max_chars - read]
        if facts.find_employment_type(text):
            return facts.telling_employment_type(text) or facts.find_employment_type(text)
        read += len(block.text) + 2
        if max_chars is not None and read >= max_chars:
            break
    return None


def _line_over_facts(page: list) -> str | None:
    """The line right above a posting's first labelled fact ("Job ID: 4262"), where a table
    layout without headings prints the job's title."""
    for i, block in enumerate(page[:MAX_TITLE_FIELD_BLOCKS]):
        text = block.text.strip()
        if not (_FACT_LINE.match(text) or labels.is_fact_label(text) or labels.stacked_fact(text)):
            continue
        if i == 0:
            return None
        above = page[i - 1]
        line = above.text.strip()
        if above.link or above.tag == "li" or not 1 <= len(line.split()) <= MAX_BOLD_LINE_WORDS \
                or line.endswith((":", ".")) or _FACT_LINE.match(line) or classify(line) is not None:
            return None
        return line
    return None


AGREED_HEADING = 1.0 + titles.AGREEMENT


MAX_TITLE_FIELD_BLOCKS = 150
MAX_BOLD_LINES = 3
MAX_BOLD_LINE_WORDS = 12


def _bold_lines(page: list) -> list[str]:
    """The first short bold lines of the page (not links, labels or section headings): where an
    older career site prints the job's title above its facts."""
    out = []
    for block in page:
        text = block.text.strip()
        if not block.bold or block.link or block.tag == "li" or not 2 < len(text) <= 100 \
                or len(text.split()) > MAX_BOLD_LINE_WORDS or text.endswith((":", ".")) \
                or labels.is_fact_label(text) or classify(text) is not None:
            continue
        out.append(text)
        if len(out) >= MAX_BOLD_LINES:
            break
    return out


MAX_BYLINE_LINES = 3


def _company_under_title(page: list, title: str | None, location: str | None) -> str | None:
    """The employer a byline names right under the job's title ("Acme Corp · Reno, NV"; a parent
    department, then the agency that hires), before the title's own <title> or the site's name,
    which on a job board name the board. A team or business unit is never the company."""
    at = _title_at(page, title)
    if at is None:
        return None
    wanted = title.lower()
    for block in page[at + 1:at + 1 + MAX_BYLINE_LINES]:
        text = block.text.strip()
        if len(text) > MAX_FACT_CHARS * 2 or ((block.is_heading_tag or block.bold) and classify(text)) \
                or text.endswith(":") or labels.is_fact_label(text) or block.label:
            break  # the posting's first section, or its labelled facts ("Department:"), begin
        name = None if block.link else facts.byline(block).get("company")  # links under a title: tabs, "Apply"
        if name and name.lower() != wanted and not _names_the_place(name, location) \
                and not _is_the_titles_field(name, wanted):
            return name
    above = page[at - 1] if at else None  # "Acme Corp" printed over the title, as some boards do
    if above is not None and not above.link and not above.is_heading_tag and len(above.text) <= MAX_FACT_CHARS \
            and not labels.is_fact_label(above.text):  # "Position" / "Stilling" printed over the title labels it
        name = facts.byline(above).get("company")
        return None if _names_the_place(name, location) else name
    return None


def _title_at(page: list, title: str | None) -> int | None:
    """The index of the block that is the job's title near the page's top; None without one."""
    if not title:
        return None
    wanted = title.lower()
    return next((i for i, b in enumerate(page[:MAX_HEADER_BLOCKS * 2]) if b.text.strip().lower() == wanted), None)


def _is_the_titles_field(name: str, title: str) -> bool:
    """"Data" under "Data Scientist", "Customer Success" under "Customer Success Manager, Europe": a
    careers site's department line repeats the field the job's title opens with; it is no employer."""
    return title.startswith(name.lower() + " ")


MAX_LOGO_LINES = 6


def _company_by_logo(body, page: list, title: str | None) -> str | None:
    """The employer whose logo sits beside the job's title and whose name a line under the title
    repeats (a logo's alt "Acme Ltd", then a link "Acme Ltd" among the facts): a board's own logo is
    never under the job's title, and a name the page only shows as a picture names nobody."""
    at = _title_at(page, title)
    if at is None:
        return None
    alts = {" ".join((img.get("alt") or "").split()).lower() for img in body.iter("img")} - {"", title.lower()}
    for block in page[at + 1:at + 1 + MAX_LOGO_LINES]:
        text = block.text.strip()
        if text.lower() in alts and 1 < len(text) <= MAX_FACT_CHARS:
            return text
    return None


def _place_under_title(page: list, title: str | None) -> str | None:
    """The place the byline right under the job's title states ("Acme / Berlin, Berlin, Germany"),
    where the page's header, read back from the description, is all sign-in prompts."""
    at = _title_at(page, title)
    after_employer = False
    for block in page[at + 1:at + 1 + MAX_BYLINE_LINES] if at is not None else []:
        text = block.text.strip()
        if len(text) > MAX_FACT_CHARS * 2 or classify(text) or labels.is_fact_label(text) or block.label:
            break
        read = {} if block.link else facts.byline(block)
        if read.get("location"):
            return read["location"]
        if after_employer and read.get("company") and len(text.split()) <= MAX_PLACE_LINE_WORDS:
            # "Title / at Acme / Dublin": the line after the one naming the employer is the place,
            # though no place list knows the town
            return read["company"]
        after_employer = facts.employer_line(block)
    return None


_FACT_SEPARATOR = re.compile(r"\s+[/|·•]\s+")
MAX_PLACE_LINE_WORDS = 8


def _place_beside_type(page: list, title: str | None) -> str | None:
    """The place a short line next to the job's title gives beside the job's employment type
    ("Full Time / Brummen" over the title, "Berlin | Vollzeit" under it): a board printing its two
    facts together. A department ("Full Time / Engineering") or a heading is no place."""
    at = _title_at(page, title)
    if at is None:
        return None
    for block in [*page[max(0, at - 2):at], *page[at + 1:at + 3]]:
        text = " ".join(block.text.split())
        if block.link or block.label or len(text) > MAX_FACT_CHARS * 2:
            continue
        first, last = _FACT_SEPARATOR.split(text, maxsplit=1), _FACT_SEPARATOR.split(text)
        place = first[1] if len(first) == 2 and type_named(first[0]) else (
            text[:text.rfind(last[-1])].rstrip(" /|·•") if len(last) >= 2 and type_named(last[-1]) else None)
        if place and not type_named(place) and len(place.split()) <= MAX_PLACE_LINE_WORDS \
                and classify(place) is None and not title_words.title_cues().job_words.search(place) \
                and not title_words.title_cues().team_words.search(place):
            return place
    return None


def _company_box(body, title: str | None) -> str | None:
    """The employer a box beside the description names twice, as its logo's alt text and as the
    box's heading (a logo over "<h2>Acme</h2>" and Acme's address): the name the page shows both as a
    picture and as a heading. Logos in the page's header, menu or footer are the site's own; a box
    headed by a section's name or a job's title (a job card in a list) names no employer."""
    for img in body.iter("img"):
        alt = " ".join((img.get("alt") or "").split())
        if not alt or len(alt) > MAX_FACT_CHARS or (title and alt.lower() == title.lower()) \
                or classify(alt) is not None or title_words.title_cues().job_words.search(alt) \
                or any(isinstance(a.tag, str) and a.tag in ("header", "nav", "footer") for a in img.iterancestors()):
            continue  # a box headed by a section's name ("Online application - tips") or a job card's title
        box = img.getparent()
        for _ in range(3):  # the logo's link, its wrapper, the box
            if box is None:
                break
            heading = next((h for h in box.iter("h1", "h2", "h3", "h4", "h5", "h6")
                            if " ".join("".join(h.itertext()).split()).lower() == alt.lower()), None)
            if heading is not None:
                return alt
            box = box.getparent()
    return None


# A board that shows a teaser and links to the employer's own ad: "See the complete text at Acme A/S",
# "Read the full job ad on Acme's website"; the name it gives is the employer's, never the board's.
_FULL_AD_AT = re.compile(r"(?i)^(?:see|read|view)\s+(?:the\s+)?(?:complete|full|whole|entire)\s+(?:job\s+)?"
                         r"(?:text|ad|advert|advertisement|posting|description)\s+(?:at|on|from)\s+"
                         r"(?P<name>[^\s].{0,78}?)(?:'s?\s+(?:website|site|careers?\s+(?:page|site)))?[.!]?$")


def _company_of_full_ad(blocks: list) -> str | None:
    """The employer a teaser's pointer to the full ad names ("See the complete text at Acme A/S")."""
    for block in blocks:
        text = block.text.strip()
        m = _FULL_AD_AT.match(text) if len(text) <= MAX_FACT_CHARS * 2 else None
        if m and not re.search(r"(?i)\b(?:here|this|link|below|above)\b", m.group("name")):
            return clean_company(m.group("name"))
    return None


def _names_the_place(name: str | None, location: str | None) -> bool:
    """"Zürich" under the title is where the job is, when the page says so elsewhere."""
    return bool(name and location and name.lower() in location.lower())


def _page_title_facts(page_titles: list[str], suffixes: list[str], title: str | None) -> dict:
    """Company and location from the <title> (or og:title) around the job title."""
    found: dict = {}
    for raw in reversed(page_titles):  # <title> first: og:title more often holds the job title alone
        found = titles.split_title(raw, suffixes, known_title=title)
        if found.get("company"):
            break
    return found


ARTICLE_TYPES = frozenset({"Article", "NewsArticle", "BlogPosting", "Report", "OpinionNewsArticle",
                           "ReportageNewsArticle", "AnalysisNewsArticle", "ScholarlyArticle", "LiveBlogPosting"})
MIN_LISTED_JOBS = 3
MAX_CLOSED_NOTICE_CHARS = 2000  # a page that says the job is gone and holds little else


# The employer's own words on the post's hours, which outrank an applicant tracker's default of
# FULL_TIME in the structured data: "This position is part-time", "part-time hours (16 a week)"
_PART_TIME_POST = re.compile(r"\b(?:(?:this|the)\s+(?:position|role|post|job|vacancy)\s+(?:is|will be)\s+(?:a\s+)?"
                             r"part[- ]time|part[- ]time\s+(?:hours|position|role|post|vacancy|contract))\b",
                             re.IGNORECASE)


_FULL_TIME_TOO = re.compile(r"full[- ]time|\bfull[- ]?\s*(?:or|and|/)\s*part[- ]?time", re.IGNORECASE)


def _states_part_time(description: str | None) -> bool:
    """The description says the post itself is part-time, in a sentence that names no full-time option."""
    for m in _PART_TIME_POST.finditer(description or ""):
        start = max(description.rfind(".", 0, m.start()), description.rfind("\n", 0, m.start())) + 1
        end = min((i for i in (description.find(".", m.end()), description.find("\n", m.end())) if i >= 0),
                  default=len(description))
        # the full-time option also in a shared ending: "either a full or part time position", "full/part-time"
        if not _FULL_TIME_TOO.search(description[start:end]):
            return True
    return False


# A notebook exported as a page (Jupyter): its code cells are numbered "In [3]:" / "Out[3]:".
# Scraping notebooks print whole job descriptions, but a page of cells is nobody's posting.
_NOTEBOOK_PROMPT = re.compile(r"(?:^|\s)(?:In|Out)\s?\[ ?\d* ?\]:(?=\s|$)")  # one space at most: linear on any run
MIN_NOTEBOOK_PROMPTS = 3
MIN_HEADLINE_WORDS = 10  # "Stack Overflow Jobs Data Shows ReactJS Skills in High Demand, ...": a sentence


def _dated_headline(root, title: str | None) -> bool:
    """An article by its own metadata: declared an article with a publication time (many career
    sites declare "article" too, but without one) under a headline (its <h1>, else og:title) that
    is a sentence, longer than a job's title."""
    if (content.meta(root, "og:type") or "").lower() != "article" or not content.meta(root, "article:published_time"):
        return False
    h1 = next((" ".join("".join(el.itertext()).split()) for el in root.iter("h1") if "".join(el.itertext()).strip()),
              None)
    headline = h1 or content.meta(root, "og:title") or title or ""
    return len(headline.split()) >= MIN_HEADLINE_WORDS


MIN_MENU_PAGE_CHARS = 400
_NOT_SHOWN = frozenset({"script", "style", "noscript", "template", "head", "title"})


def _shown_chars(body) -> int:
    """Characters of text a reader sees in the page (scripts, styles and templates left out)."""
    total = 0
    for el in body.iter():
        if not isinstance(el.tag, str) or el.tag in _NOT_SHOWN:
            if el is not body and el.tail:
                total += len(el.tail.strip())
            continue
        if el.text and not any(a.tag in _NOT_SHOWN for a in el.iterancestors() if isinstance(a.tag, str)):
            total += len(el.text.strip())
        if el is not body and el.tail and not any(a.tag in _NOT_SHOWN for a in el.iterancestors()
                                                   if isinstance(a.tag, str)):
            total += len(el.tail.strip())
    return total


def _check_is_posting(posting: Posting, structured: bool, site_hit: bool, root, boilerplate,
                      declared_types: set[str]) -> None:
    """A page is a posting when it says so (JSON-LD, microdata), when a job board's own layout is
    there, or when its text reads like one (requirement sections, job vocabulary) and the page is
    not an article, a sign-in form or a list of jobs."""
    if len(_NOTEBOOK_PROMPT.findall(" ".join(content.body_of(root).itertext()))) >= MIN_NOTEBOOK_PROMPTS:
        raise NoPostingFound("this page is a code notebook (its cells run code), not a job posting — open the "
                             "job's own page and try again")
    job_sections = any(x.kind in (SectionKind.REQUIREMENTS, SectionKind.RESPONSIBILITIES, SectionKind.PREFERRED)
                       and x.text for x in posting.sections)
    if (not job_sections and len(posting.description or "") <= MAX_CLOSED_NOTICE_CHARS
            and title_words.title_cues().closed_notices.search(posting.description or "")):
        raise NoPostingFound("this job is no longer open: the page says the posting has expired or been filled "
                             "— look for a current opening on the employer's site")
    if structured:
        if not posting.description and not posting.title:
            raise NoPostingFound("the page's job data is empty — is the listing still loading?")
        return
    signing_in = any((el.get("type") or "").lower() == "password" for el in root.iter("input"))
    if not posting.description:
        if signing_in:
            raise NoPostingFound("the page asks you to sign in — open the listing while signed in, or its "
                                 "public link, and try again")
        if _shown_chars(content.body_of(root)) >= MIN_MENU_PAGE_CHARS:
            # a careers home: location and team pickers, menus, a footer, and no job's own text
            raise NoPostingFound("the page shows menus and links but no job's own text — open one job's page and "
                                 "try again")
        raise NoPostingFound("the page has no readable text — is the listing still loading?")
    if site_hit and len(posting.description) >= 40:
        return
    if _reads_as_resume(root, posting):
        raise NoPostingFound("this page is a person's resume or profile, not a job posting — open the job's own "
                             "page and try again")
    if _dated_headline(root, posting.title):
        raise NoPostingFound("this page is a news or blog article, not a job posting")
    if job_sections:
        return
    if ARTICLE_TYPES & declared_types:
        raise NoPostingFound("this page is a news or blog article, not a job posting")
    if titles.count_job_links(content.body_of(root), boilerplate) >= MIN_LISTED_JOBS:
        raise NoPostingFound("this page lists several jobs (search results) — open one job's own page and try "
                             "again")
    # a short text beside a sign-in form is a sign-in wall, unless the page names a job and its place
    # (a job board's own log-in in its header, over a short job ad)
    named_job = bool(posting.title and posting.location and title_words.title_cues().job_words.search(posting.title))
    if signing_in and len(posting.description) < 600 and not named_job:
        raise NoPostingFound("the page asks you to sign in — open the listing while signed in, or its public "
                             "link, and try again")
    if content.looks_like_posting(posting.description):
        return
    raise NoPostingFound("the page has no job title, requirements or responsibilities — open the job's own "
                         "page (not a search results list) and try again")


MIN_RESUME_HEADINGS = 2
# a job's own parts that a resume never has: what is asked, what is offered, how to apply
_JOB_ONLY_KINDS = frozenset({SectionKind.REQUIREMENTS, SectionKind.PREFERRED, SectionKind.BENEFITS,
                             SectionKind.HOW_TO_APPLY})


def _reads_as_resume(root, posting: Posting) -> bool:
    """A person's resume on a job board ("Резюме Руководитель проекта", "CV - Jane Doe"): its title says
    resume, its headings are a resume's (experience, education, languages, about me), and nothing in it
    asks for anything or offers anything. A past post's duties under a heading read like a job's
    responsibilities, so those alone do not make it a posting."""
    heads = [" ".join("".join(el.itertext()).split()) for el in root.iter("title", "h1")]
    cues = title_words.title_cues()
    if not any(cues.resume_titles.match(h) for h in heads if h):
        return False
    if any(s.kind in _JOB_ONLY_KINDS and s.text for s in posting.sections):
        return False
    resume_parts = sum(1 for s in posting.sections if s.heading and cues.resume_headings.fullmatch(s.heading.strip()))
    return resume_parts >= MIN_RESUME_HEADINGS


def _pick(found: list[jsonld.StructuredPosting], hints: list[str]) -> jsonld.StructuredPosting | None:
    """The page's own posting when its structured data lists several (similar jobs carry theirs)."""
    if len(found) <= 1:
        return found[0] if found else None
    wanted = [h.lower() for h in hints if h]
    for candidate in found:
        title = (candidate.title or "").lower()
        if title and any(title == h or title in h for h in wanted):
            return candidate
    return found[0]


MIN_DESCRIPTION_CHARS = 80
MAX_EDGE_LINK_WORDS = 8


def _description(structured, site, root, boilerplate) -> list:
    """The posting's blocks, without lone links at either end ("« Back to job listings")."""
    blocks = _description_blocks(structured, site, root, boilerplate)
    start, end = 0, len(blocks)
    while start < end and _edge_navigation(blocks[start]):
        start += 1
    while end > start and _edge_navigation(blocks[end - 1]):
        end -= 1
    return blocks[start:end]


_BACK_LINE = re.compile(r"(?i)^[«‹<←]?\s*(?:(?:go|click (?:here )?to go)\s+)?(?:back|return)\s+to\b")


def _edge_navigation(block) -> bool:
    """A lone link, or a "Go back to the welcome page" line beside an icon link, at either end."""
    return len(block.text.split()) <= MAX_EDGE_LINK_WORDS and (block.link or bool(_BACK_LINE.match(block.text)))


_FACET_COUNT = re.compile(r"\(\d[\d,]*\)\s*$")  # "Engineering Jobs (514)", "Part-time (514)"
MAX_FACET_LINES = 3
MAX_WIDER_CHARS = 8000  # the most text a wider description may take (a posting, not the site around it)
WIDER_GROWTH = 2.5  # an ancestor adding more than this share to the text holds other things than the job


def _wider_description(root, boilerplate, kinds: set) -> list | None:
    """The blocks of the smallest ancestor of the main content that reads as a posting and holds
    more of the job's parts than ``kinds`` (those the main content holds), and of its ancestors while
    each adds little, for a page whose titled job the main content reads too little of: an agency's
    page sets its intro, a facts table and each list under its own styled block, and the densest
    block (one list of duties) is all the main content holds ("Service Administrator": the duties,
    without the skills asked under the next heading; "Grill Chef": six duties and no heading the
    parser knows). None when no ancestor within ``MAX_WIDER_CHARS`` does."""
    elements = content.main_content(root, boilerplate)
    if not elements:
        return None
    found = None
    size = len(render(_blocks_of_all(elements, boilerplate)))
    seen = boilerplate.size.get(elements[0])
    for ancestor in elements[0].iterancestors():
        if not isinstance(ancestor.tag, str) or ancestor.tag.lower() in ("body", "html"):
            break
        if boilerplate.size.get(ancestor) == seen:
            continue  # a wrapper around the same text ("container", "row", "col-12"): the same blocks
        seen = boilerplate.size.get(ancestor)
        blocks = _blocks_of_all([ancestor], boilerplate)
        text = render(blocks)
        if len(text) > MAX_WIDER_CHARS or (found is not None and len(text) > WIDER_GROWTH * size) \
                or sum(1 for b in blocks if _FACET_COUNT.search(b.text)) >= MAX_FACET_LINES:
            break  # past the job: the site around it, or a search page's facets ("IT Jobs (1254)")
        if found is not None:
            found, size = blocks, len(text)
            continue
        held = _job_kinds(blocks)
        if (held > kinds) if kinds else (held or content.looks_like_posting(text)):
            found, size = blocks, len(text)
    return found


def _blocks_of_all(elements: list, skip, max_chars: int = MAX_DESCRIPTION_CHARS) -> list:
    """The blocks of each element in turn, up to ``max_chars`` characters in all."""
    blocks: list = []
    left = max_chars
    for element in elements:
        if left <= 0:
            break
        found = blocks_of(element, skip=skip, max_chars=left)
        left -= sum(len(b.text) for b in found)
        blocks.extend(found)
    return blocks


# A site's cookie-consent or old-browser notice pasted inside the job's own text, as a job page
# copied from the employer's site carries it: "This website uses cookies", "Allow all cookies",
# 'By clicking "Accept All," you agree to the storing of cookies' under its heading "We care about
# your privacy", "Your browser is outdated"; a job board's warning against scams under every ad ("To
# stay safe in your job search ...", "Never pay to apply"); or an applicant tracker's job-alert box
# below the job ("Create a Job Alert" / "Interested in building your career at Acme? Get future
# opportunities sent straight to your email."). Each opens its block; a duty about cookies or safety
# does not read so.
_SITE_NOTICE = re.compile(
    r"^(?:(?:this (?:web)?site|we|our (?:web)?site) uses? cookies\b|"
    r"if you (?:choose to )?(?:accept|allow|consent to) (?:the use of )?cookies\b|"
    r"(?:allow|accept)\b.{0,30}\bcookies\b|"
    r"by clicking\W{1,3}(?:accept|allow|agree|ok)\b.{0,60}\bcookies\b|"
    r"we (?:care about|value|respect) your privacy\W*$|"
    r"create (?:a )?job alert\W*$|"
    r"(?:interested in (?:building|growing) your career at .{1,80}\?\s*)?get (?:future|new) (?:job )?"
    r"opportunities sent (?:straight )?to your (?:e-?mail|inbox)\b|"
    r"(?:warning:?\s*)?your browser is (?:outdated|out of date|not supported)\b|"
    r"(?:to )?stay safe (?:in|during|when|while) (?:your |you )?(?:job ?search|job hunt|looking for (?:a )?job)|"
    r"never (?:pay|send money)\b.{0,30}\b(?:to apply|for a job|an employer|a recruiter)|"
    # a board's notes on how its apply button behaves ("This application will take you to another website.")
    r"this application will take you to (?:another|an external|a different|the employer'?s) (?:web)?site\b|"
    r"you(?:'ll| will) be using your (?:mobile )?data to apply\b|"
    # an applicant tracker's sign-in note, pasted into each job ("1. If you are a first time user, please
    # create your candidate login account before you apply", "If you already have a Candidate Account,
    # please Sign-In before you apply")
    r"(?:\d{1,2}[.)]\s*)?if you (?:are a (?:first[- ]time|new) user|already have a candidate account)\b.{0,80}?"
    r"\b(?:sign[- ]?in|log[- ]?in|create (?:your |a |an )?(?:candidate )?(?:login )?account)\b"
    r".{0,40}?\bbefore you apply\b)",
    re.IGNORECASE)
MAX_NOTICE_CHARS = 400


MAX_ASIDE_BLOCKS = 120


def _aside_blocks(body, boilerplate) -> list:
    """The blocks of the page's <aside> elements that are not inside its header, footer or menus."""
    out: list = []
    for aside in body.iter("aside"):
        if any(a.tag in ("nav", "header", "footer", "aside") for a in aside.iterancestors()):
            continue
        out.extend(blocks_of(aside, limit=MAX_ASIDE_BLOCKS - len(out)))
        if len(out) >= MAX_ASIDE_BLOCKS:
            break
    return out


def _before_other_jobs(blocks: list) -> list:
    """The blocks above a "Similar jobs" heading: the facts under it ("Work area: Risskov") are
    other jobs'."""
    for i, block in enumerate(blocks):
        if (block.is_heading_tag or block.bold) and len(block.text) <= MAX_FACT_CHARS \
                and classify(block.text) == SectionKind.NAVIGATION:
            return blocks[:i]
    return blocks


def _without_site_notices(blocks: list) -> list:
    return [b for b in blocks if b.tag == "li" or len(b.text) > MAX_NOTICE_CHARS or not _SITE_NOTICE.match(b.text)]


def _after_title(blocks: list, title: str | None) -> list:
    """A description found by text density may begin above the job's own title (a result list,
    breadcrumbs); the posting starts after its title heading."""
    if not title:
        return blocks
    wanted = title.lower()
    for i, block in enumerate(blocks[: max(3, len(blocks) // 3)]):
        # the title as a heading, or as a line of its own in an old table layout's title cell
        if block.text.strip().lower() == wanted and i + 1 < len(blocks):
            return blocks[i + 1:]
    return blocks


_JOB_TEXT_KINDS = frozenset({SectionKind.REQUIREMENTS, SectionKind.RESPONSIBILITIES})


def _job_kinds(blocks: list) -> set:
    """The kinds of the job's own text that headings among these blocks name."""
    return {s.kind for s in build_sections(blocks) if s.kind in _JOB_TEXT_KINDS and s.text}


_HEADING_LIKE = ("h2", "h3", "h4", "strong", "b", "dt")


def _page_heads_more_job_text(root, kinds: set) -> bool:
    """The page has a requirements or responsibilities heading of a kind the structured data lacks
    (a cheap look at short headings before reading the page's main content)."""
    missing = _JOB_TEXT_KINDS - kinds
    if not missing:
        return False
    for el in root.iter(*_HEADING_LIKE):
        text = (el.text or "").strip() or el.text_content().strip()
        if 3 <= len(text) <= 60 and classify(text) in missing:
            return True
    return False


_EXTRA_HEADINGS = frozenset(heading for _, heading in jsonld.EXTRA_PROPERTIES)


def _description_blocks(structured, site, root, boilerplate) -> list:
    """The posting's blocks: structured data's description, the site's description element, or
    the page's main content, preferring the page when structured data holds only a summary or
    leaves out requirements or responsibilities the page shows (boards that keep them apart)."""
    from_data = html_fragment_blocks(structured.description_html) if structured and structured.description_html \
        else []
    if len(from_data) == 1:  # one flat line of text (Workday's JSON-LD): its headings run into the text
        from_data = text_blocks(break_run_in_headings(from_data[0].text)) or from_data
    data_len = len(render(from_data))
    from_site = []
    if site is not None:
        for element in sites.site_description(site, root):
            from_site.extend(blocks_of(element, skip=content.Boilerplate(element), max_chars=MAX_DESCRIPTION_CHARS))
    site_len = len(render(from_site))
    if data_len >= MIN_DESCRIPTION_CHARS:
        if site_len > max(1.5 * data_len, data_len + 300):
            return from_site
        # structured data with no description of its own, only schema.org's parts ("responsibilities",
        # "jobBenefits") under headings of ours: the page shows the same text under its own headings
        parts_only = len(from_data) > 1 and from_data[0].text in _EXTRA_HEADINGS
        if site_len < MIN_DESCRIPTION_CHARS and (data_len < 500 or parts_only or
                                                 _page_heads_more_job_text(root, _job_kinds(from_data))):
            from_page = _blocks_of_all(content.main_content(root, boilerplate), boilerplate)
            page_text = render(from_page)
            opening = render(from_data[1:] if parts_only else from_data)[:40].lower()
            if opening[:25] in page_text.lower() and (len(page_text) > 2 * data_len or (
                    len(page_text) > data_len and (parts_only or _job_kinds(from_page) - _job_kinds(from_data)))):
                return from_page
        return from_data
    if site_len >= MIN_DESCRIPTION_CHARS:
        return from_site
    from_page = _blocks_of_all(content.main_content(root, boilerplate), boilerplate)
    return max((from_page, from_site, from_data), key=lambda b: len(render(b)))


HEADER_BLOCKS = 400
MAX_OUTSIDE_CHARS = 5000  # a sidebar's facts sit near the top of what is outside the description
HEADER_WORK_MODE_CHARS = 600  # how far into the header a work mode is still a fact of the job
MAX_FACT_CHARS = 60
MAX_HEADER_BLOCKS = 40


MAX_OPENING_LINES = 6


def _opening_lines(blocks: list) -> list:
    """The description's first two blocks, and the short lines that go on after them before its
    first heading or paragraph: a board whose facts ("Posted today by Acme", "Competitive salary",
    "Leeds, West Yorkshire") open the text it keeps for the job."""
    out = blocks[:2]
    for block in blocks[2:MAX_OPENING_LINES]:
        if block.is_heading_tag or len(block.text) > MAX_FACT_CHARS or classify(block.text.strip()):
            break
        out.append(block)
    return out


def _header_blocks(page: list, description: list, title: str | None) -> list:
    """The page's text between the job's title and its description, where boards state the
    location, pay and type (without the search results or menus above the title)."""
    end = len(page)
    if description:
        first = description[0].text
        end = next((i for i, block in enumerate(page) if block.text == first), min(len(page), MAX_HEADER_BLOCKS))
    start = max(0, end - MAX_HEADER_BLOCKS)
    if title:
        wanted = title.lower()
        starts = [i for i in range(start, end) if wanted in page[i].text.lower() and len(page[i].text) < 3 * len(title)]
        if starts:
            start = starts[-1]
    return page[start:end]


def _date(root, seen) -> str | None:
    value = content.meta(root, "article:published_time", "datePosted", "date")
    if not value:
        for el in root.iter("time"):
            if el.get("datetime"):
                value = el.get("datetime")
                break
    return parse_date(value, seen)


_AGE_LINE = re.compile(r"(?i)\b(?:posted|reposted|published|active)?\s*(?:\d{1,3}\+?|an?|one)\s+"
                       r"(?:minute|hour|day|week|month)s?\s+ago\b|\bposted\s+(?:today|yesterday)\b")


def _stated_age(header: list, seen) -> str | None:
    """"Posted 3 days ago" in the header between the title and the description."""
    for block in header[:MAX_HEADER_BLOCKS]:
        m = _AGE_LINE.search(block.text)
        if m:
            return parse_date(m.group(), seen)
    return None


def _page_day(root):
    """The day the page says it was made or last changed, to count "3 days ago" from (a saved
    page read later); None means today."""
    value = content.meta(root, "last-modified", "article:modified_time", "og:updated_time", "dcterms.modified")
    day = parse_date(value) if value else None
    return date.fromisoformat(day) if day else None
