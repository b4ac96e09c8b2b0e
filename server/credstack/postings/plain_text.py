"""A text posting (a .txt file, the API's ``text`` field) -> Posting, sectioned by its lines."""

from __future__ import annotations

import re

from credstack.postings import facts, labels, sites, titles
from credstack.postings.employment import employment_in_title
from credstack.postings.errors import NoPostingFound
from credstack.postings.fields import employment_of, stated_pay
from credstack.postings.model import Posting, SectionKind
from credstack.postings.sections import MIN_FLAT_CHARS, break_run_in_headings, build_sections, classify
from credstack.postings.text import Block, render, text_blocks

MAX_CHROME_WORDS = 6  # a page's link copied above the ad's labelled title
_SPLITTABLE = re.compile(r"\s(at|@|hiring|\|)\s", re.IGNORECASE)  # " - " also ends titles ("Nurse - ICU")


# A board's apply button copied as the text's last line ("CLICK TO APPLY", "Apply now »")
_APPLY_CALL = re.compile(r"^(?:click\s+(?:here\s+)?to\s+apply|apply\s+(?:now|here|today|online)|"
                         r"apply\s+for\s+this\s+(?:job|position|role|vacancy))[\s.!:»>→]*$", re.IGNORECASE)


def _without_apply_button(blocks: list) -> list:
    """The blocks without the apply buttons that end them (a how-to-apply heading with its text stays)."""
    end = len(blocks)
    while end > 1 and _APPLY_CALL.match(blocks[end - 1].text):
        end -= 1
    return blocks[:end]


# Least share of a text's characters in one line for that line to be its description flattened.
FLAT_SHARE = 0.6


def _unflattened(blocks: list) -> list:
    """A text that is a description flattened to one line, maybe under a title and a place line
    (copied from a page that kept no line breaks: "... Essential Support Worker Job Requirements: At
    least ..."), with each run-in heading of that line on a line of its own
    (``break_run_in_headings``). A long line among many (a paragraph of a posting that has its line
    breaks) is left as it is: only a line of ``FLAT_SHARE`` of the text is the flattened whole."""
    total = sum(len(b.text) for b in blocks)
    out = []
    for block in blocks:
        text = block.text
        if len(text) >= MIN_FLAT_CHARS and "\n" not in text and len(text) >= FLAT_SHARE * total:
            broken = break_run_in_headings(text)
            if broken != text:
                out.extend(text_blocks(broken) or [block])
                continue
        out.append(block)
    return out


def _unflattened_lines(text: str) -> str:
    """``_unflattened`` on the text's own lines, before its glued sentences are parted: a flattened
    description whose sentences were glued ("... meets all financial targets set. Requirements: An
    experienced Head Chef ...property.As this is ...") is parted into short blocks none of which holds
    ``FLAT_SHARE`` of the text, and its run-in headings were no longer looked for."""
    lines = text.split("\n")
    total = sum(len(line.strip()) for line in lines)
    return "\n".join(break_run_in_headings(line.strip())
                     if len(line) >= MIN_FLAT_CHARS and len(line.strip()) >= FLAT_SHARE * total else line
                     for line in lines)


def _same_job_with_more_words(heading: str | None, labelled: str | None) -> bool:
    """A text's heading line ("Journeyman Electrician", the title the board gave it) and its ad's own
    "Job Title: Certified Journeyman Electrician" below: the same job, the label adding a qualifier.
    The heading the text was saved under is the job's title; a labelled title that names another
    job, or one the heading does not hold in whole words, replaces it."""
    if not heading or not labelled or heading.casefold() == labelled.casefold():
        return False
    return re.search(rf"(?<!\w){re.escape(heading.casefold())}(?!\w)", labelled.casefold()) is not None


# A site generator's front matter over the ad ("---" / "title: Maintenance Technician" / "postDate:
# ..." / "---"), as a careers site's repository keeps each job; and the comments an editor leaves
# in pasted markup ("<!--StartFragment-->", the clipboard's marks)
_FRONT_MATTER = re.compile(r"\A\s*---[ \t]*\n(?P<fields>(?:[ \t]*(?:[A-Za-z_][\w-]*[ \t]*:.*|-[ \t].*|#.*)?\n)+?)"
                          r"---[ \t]*(?:\n|\Z)")
_COMMENT = re.compile(r"<!--.*?-->", re.DOTALL)


# A front matter that holds the whole ad in its fields ("text: >-" and its folded lines, "list_one:" /
# "  list-items:" / "    - item: ..."), as a CMS keeps a job whose template supplies the headings
_FIELDS_ONLY = re.compile(r"\A\s*---[ \t]*\n(?P<fields>[A-Za-z_][\w-]*[ \t]*:.*?)\n---[ \t]*(?:\n\s*)?\Z", re.DOTALL)
_FIELD = re.compile(r"^(?P<key>[A-Za-z_][\w-]*)[ \t]*:[ \t]*(?P<value>.*)$")
_ITEM = re.compile(r"^\s*-\s+(?:[A-Za-z_][\w-]*[ \t]*:[ \t]*)?(?P<value>.*)$")
# the site's own fields, none of them the ad's words: its template, its search engine copy, dates, flags
_SITE_FIELD = re.compile(r"(?i)^(?:template_?key|layout|type|slug|permalink|draft|published|active|weight|order|"
                         r"number|id|image|thumbnail|\w*_seo|seo_\w*|meta_\w*|\w*date\w*)$")
_BLOCK_SCALAR = frozenset({">", ">-", ">+", "|", "|-", "|+", ""})


def _unquoted(value: str) -> str:
    value = value.strip()
    return value[1:-1] if len(value) >= 2 and value[0] == value[-1] and value[0] in "'\"" else value


def _fields_as_text(fields: str) -> str:
    """A front matter's ad fields as the text its page shows: the title first, each prose field a
    paragraph (a folded block's lines joined), each list entry a bullet; the site's own fields out,
    a paragraph that repeats another once."""
    title, parts, current, item, field_no = "", [], [], None, 0

    def close() -> None:
        nonlocal current, item
        if item is not None:
            parts.append((field_no, "- " + " ".join(item)))
        elif current:
            parts.append((field_no, " ".join(current)))
        current, item = [], None

    skipping = False
    for line in fields.splitlines():
        field = _FIELD.match(line)
        if field and not line[:1].isspace():
            close()
            field_no += 1
            key, value = field.group("key"), field.group("value").strip()
            skipping = bool(_SITE_FIELD.match(key))
            if skipping or value in _BLOCK_SCALAR:
                continue
            if key.casefold() == "title" and not title:
                title = _unquoted(value)
            else:
                parts.append((field_no, _unquoted(value)))
            continue
        if skipping:
            continue
        bullet = _ITEM.match(line)
        if bullet:
            close()
            value = _unquoted(bullet.group("value"))
            item = [value] if value not in _BLOCK_SCALAR else []
        elif not line.strip():
            close()
        elif not _FIELD.match(line.strip()) or item is not None or current:
            (item if item is not None else current).append(_unquoted(line.strip()))
    close()
    seen, out, last = set(), [title] if title else [], None
    for number, part in parts:
        if not part or part in seen:
            continue
        seen.add(part)
        if part.startswith("- ") and last == number:  # a list's next entry: on the next line
            out[-1] += "\n" + part
        else:
            out.append(part)
        last = number if part.startswith("- ") else None
    return "\n\n".join(out) + "\n"


def _front_matter(text: str) -> tuple[dict, str]:
    """(the fields a text's front matter states, the text after it); no front matter: ({}, text).
    A front matter with nothing after it holds the ad in its fields: the text is those fields."""
    m = _FRONT_MATTER.match(text)
    if not m:
        whole = _FIELDS_ONLY.match(text)
        if not whole:
            return {}, text
        scalars = [Block(f"{f.group('key')}: {_unquoted(f.group('value'))}", "p")
                   for f in map(_FIELD.match, whole.group("fields").splitlines())
                   if f and f.group("value").strip() not in _BLOCK_SCALAR and not _SITE_FIELD.match(f.group("key"))]
        return labels.labelled_fields(scalars), _fields_as_text(whole.group("fields"))
    fields = [Block(line.strip(), "p") for line in m.group("fields").splitlines()
              if ":" in line and not line.lstrip().startswith(("-", "#"))]
    return labels.labelled_fields(fields), text[m.end():]


def posting_from_text(text: str, url: str | None = None) -> Posting:
    """The posting a text states: title from its first line, facts from labels and the line under
    the title, sections from heading-like lines and lead-ins. A site generator's front matter gives
    its fields and is no part of the ad's text."""
    # a file saved with Windows line ends ("---\r\n"): its front matter is read as any other
    stated, text = _front_matter(_COMMENT.sub("", text.replace("\r\n", "\n")))
    blocks = _without_apply_button(_unflattened(text_blocks(_unflattened_lines(text))))
    if not blocks:
        raise NoPostingFound("the text is empty")
    opening = labels.title_label_at(blocks)
    if opening and all(len(b.text.split()) <= MAX_CHROME_WORDS and not b.text.endswith((".", ":"))
                       for b in blocks[:opening]):
        blocks = blocks[opening:]  # "All ads of this employer" / "Printable version" over "Ad title:"
    posting = Posting(url=url, site="text", description=render(blocks))
    posting.sections = build_sections(blocks)
    first = blocks[0].text
    labelled = labels.labelled_fields(blocks, limit=40) | stated  # the front matter's fields are the site's own
    from_first: dict = {}
    if len(first) <= 100 and len(first.split()) <= 12 and classify(first) is None and not first.endswith(".") \
            and not labels.is_fact_label(first.partition(":")[0]):
        # "Senior Engineer at Acme", "Acme is hiring a Nurse in Reno, NV", "Cook - Diner - Austin, TX"
        splittable = _SPLITTABLE.search(first) or (" - " in first and facts.LOCATION.search(first))
        from_first = titles.split_title(first, sites.load_sites()[1]) if splittable else {}
        if from_first.get("company") and facts.load_places().country_of(from_first["company"]) is not None:
            from_first = {}  # "Backend Engineer | Deutschland": a place the title ends on, not its employer
        posting.title = from_first.get("title") or first
    if not _same_job_with_more_words(posting.title, labelled.get("title")):
        posting.title = labelled.get("title") or posting.title
    byline = facts.byline(blocks[1]) if posting.title and len(blocks) > 1 else {}
    named = facts.registered_name_read_as_place(byline.get("location"), posting.description) \
        if not byline.get("company") else None
    if named:
        byline = {"company": named}
    if byline.get("company") and byline.get("location") and " | " in first:
        # "Teacher | Preston" over "Guardian Childcare - Prestons, Liverpool Area": a title's part after a
        # bar may be a branch, a centre or a place; a line naming an employer and a place says which
        from_first.pop("company", None)
    posting.company = labelled.get("company") or from_first.get("company") or byline.get("company") \
        or facts.company_from_opening(posting.description) or facts.company_speaking_as_we(posting.description)
    posting.location = labelled.get("location") or from_first.get("location") or byline.get("location") \
        or facts.find_location(posting.description[:1500], in_prose=True) or titles.headline_place(posting.title)
    posting.employment_type = employment_of(labelled.get("employment_type")) or facts.find_employment_type(
        posting.description[:3000], in_prose=True) or employment_in_title(posting.title)
    posting.salary = stated_pay(labelled.get("salary")) or facts.find_salary(posting.description, in_prose=True)
    posting.sections = facts.company_introductions(posting.sections, posting.company)
    named_sections = any(s.kind != SectionKind.OTHER for s in posting.sections)
    if len(posting.description) < 20 and not named_sections:
        raise NoPostingFound("the text is too short to be a job posting")
    return posting


