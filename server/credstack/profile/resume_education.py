"""The qualifications a resume's education section names, as lines for the profile's education.

One line per qualification, as the profile keeps it (``imports.education_line``): the degree's
name first, then its school and the year it ended ("B.S. Chemical Engineering, Brigham Young
University, 2012"). Real education sections write an entry over several lines (the school above
or below the degree, the dates beside either, a grade, the modules), in a table row, or as one
line; and they list schools attended that name no qualification, years of study, degrees still
under way, courses (suggested as certifications already) and a grade. Only a line naming a
qualification (a degree, a diploma, a school-leaving qualification) gives a suggestion, and
never one the entry says is not finished: the profile's education answers a listing's degree as
held."""

from __future__ import annotations

import re
from datetime import date

from credstack.profile.dates import FOREIGN_MONTHS

MAX_WORDS = 30  # a longer line is a sentence about the studies, not an entry
_WORDS = re.compile(r"[^\W\d_]+")
_YEAR = re.compile(r"(?<!\d)((?:19|20)\d{2})(?!\d)")

# The name of a qualification, in the languages of the resumes seen: degrees by name or letters,
# diplomas, school-leaving qualifications ("Baccalauréat", "Ensino Médio", "K.C.S.E", "Abitur",
# "National Senior Certificate", "HSC", "Аттестат"), and a school with its graduation in Chinese,
# Japanese and Korean ("…高等学校 卒業", "…대학교 … 졸업").
_QUALIFICATION = re.compile(
    r"(?i)(?<![^\W_])(?:"
    r"bachelor\w*|baccalaur\w*|bachiller\w*|bacharel\w*|bacalaureat|master(?:'s|’s|s)?(?=\s+(?:of|in|en|degree|an)\b)|"
    r"(?<!scrum\s)masters?(?=\s+[^\W\d_])|integrated\s+master|m[áa]ster\s+en|maestr[ií]a|mestrado|masterat|maîtrise|"
    r"doctor(?:ate|al)?\s+(?:of|in)|doctorat\w*|doctorado|doutorado|ph\.\s?d\.?|phd|dr\.\s?rer\.|"
    r"degree|diplom\w*|dipl[ôo]me|laurea|licenciatur\w*|licenciad[oa]|licence(?=\s+[^\W\d_])|licen[tţț][aă]|"
    r"abitur|matura|maturit\w*|matric(?:ulat\w*)?|"
    r"high\s+school\s+(?:diploma|graduate)|secondary\s+school\s+(?:degree|certificate|diploma)|"
    r"national\s+senior\s+certificate|kenya\s+certificate\s+of\s+(?:secondary|primary)\s+education|"
    r"intermediate\s+education|senior\s+secondary(?!\s+school)|higher\s+national|"
    r"(?:pre|post)?graduad[oa]\s+(?:em|en)|gradua[çc][ãa]o|p[óo]s[- ]gradua\w*|especializa[çc][ãa]o|"
    r"ensino\s+(?:m[ée]dio|fundamental|superior|secund[áa]rio)|superior\s+em|"
    r"ense[ñn]anza\s+(?:media|b[áa]sica)|secundari[oa]\s+complet[oa]|"
    r"t[ée]cnic[oa]\s+(?:superior|medio|em|en|de)|tecn[óo]log[oa]\s+(?:em|en)|tecnicatura|"
    r"ingenier[oa]\s+(?:de|en|el[ée]ctric\w*|civil|industrial|electr[óo]nic[oa]|mec[áa]nic[oa]|inform[áa]tic[oa])|"
    r"ingenier[ií]a\s+(?:de|en|el[ée]ctrica|civil|industrial|inform[áa]tica)|engenharia\s+(?:de|el[ée]trica|civil)|"
    r"grado\s+(?:en|superior)|curso\s+t[ée]cnico|"
    r"dut|bts|mba|msc|bsc|beng|meng|btech|mtech|mmath|mast|bba|bca|mca|bcom|mcom|msn|bsn|msw|"
    r"b\.\s?sc\.?|m\.\s?sc\.?|b\.\s?eng\.?|m\.\s?eng\.?|b\.\s?tech\.?|m\.\s?tech\.?|b\.\s?a\.|m\.\s?a\.|b\.\s?s\.|m\.\s?s\.|"
    r"a\.\s?a\.|a\.\s?s\.|k\.\s?c\.\s?s\.\s?e\.?|gcse|a[-'’ ]?levels?|o[-'’ ]?levels?|"
    r"mbo|vmbo(?:-\w+)?|havo|vwo|hbo|lisans|yüksek\s+lisans|doktora|"
    r"бакалавр\w*|магистр\w*|специалитет|аттестат\w*|"
    r"(?:средн\w+|высш\w+)\s+(?:\(?\w+\)?\s+)?(?:\w+\s+)?образовани\w*|кандидат\s+\w+\s+наук|"
    r"allgemeinen\s+sekundarbildung"
    r")(?![^\W_])"
    # Hebrew, Arabic, Chinese, Japanese, Korean degrees and graduations
    r"|תואר\s+(?:ראשון|שני|שלישי)|בגרות|بكالوريوس|ماجستير|دكتورا[هة]|دبلوم"
    r"|学士|硕士|碩士|博士|本科|专科|大专|修士|학사|석사|박사"
    r"|(?:大学|大學|学院|学校|高校|大学院|고등학교|대학교|대학원)[^\n]{0,40}?(?:卒業|修了|毕业|畢業|졸업)(?!\s*(?:見込|予定|예정))")

# Words saying the entry is not finished: still studying, expected, an open period, left unfinished
# Words saying the entry is not finished: still studying, expected, an open period, left unfinished
_UNDERWAY = re.compile(
    r"(?i)(?<![^\W_])(?:in progress|in[- ]process|on-?going|pursuing|expected|anticipated|candidate|current(?:ly)?|"
    r"present|now|to complete|till date|to date|en cours|en curso|en proceso|cursando|em andamento|em curso|"
    r"atual(?:mente)?|actual(?:mente|idad)?|presente|hoy|a la fecha|bis jetzt|heute|laufend|seit|pågående|heden|"
    r"sekarang|niet afgewerkt|interrompid[oa]|incomplete|unfinished|avance|year of study|"
    r"\d(?:st|nd|rd|th)\s+(?:to\s+\d(?:st|nd|rd|th)\s+)?(?:year|sem\w*)|\d\s*[°ºª]\s*(?:s[ée]rie|ano|año|per[ií]odo|semestre)|"
    r"not finished|não conclu\w+|ainda não|не оконч\w+|незаконченн\w+|настоящ\w+|наст\.|"
    r"студент\w*|учусь|studying|student|undergraduate student|\d+\s*/\s*\d+\s+(?:cr[ée]ditos|credits|ects))(?![^\W_])"
    r"|至今|在读|在讀|재학|졸업\s*예정|예정|見込|現在|ועד היום|עכשיו|סטודנט")
# A grade or a result, cut from a part: "GPA: 3.8", "CGPA:-9.66", "84%", "(3.2 / 4.0)", "Promedio de 8.76"
_GRADE = re.compile(r"(?i)[,;(]?\s*(?<![^\W_])(?:c?gpa|sgpa|grade|marks|promedio|average|mean grade|note|nota|"
                    r"mention|with honou?rs|first class|second class|attained|obtained a)(?![^\W_]).*$"
                    r"|\(?\s*(?<![\d/.])\d+(?:[.,]\d+)?\s*/\s*\d{1,3}(?:[.,]\d+)?(?![\d/.])\s*\)?"
                    r"|\(?\s*\d+(?:[.,]\d+)?\s*%\s*\)?")
# Labels before a value: "Título: ...", "Tertiary : ...", "Graduated: May 2016"
_LABEL = re.compile(r"^([^:：]{2,30}?)\s*[:：]\s*")
# A label naming the field, not a qualification: "Degree: ...", "Degree level: ...", "Título Obtenido: ..."
_FIELD = re.compile(r"(?i)^(?:(?:highest\s+)?degree(?:\s+\w+)?|diploma|t[íi]tulo(?:\s+\w+)?|qualification|abschluss|"
                    r"level|nivel\w*(?:\s+\w+)?|grado)$")
# A school, college or university: the line beside a degree naming where it was taken
_SCHOOL = re.compile(
    r"(?i)(?<![^\W_])(?:universi\w*|[üu]niversitesi|univ\.|college|coll[èe]ge|col[ée]gio|colegio|school|schule|"
    r"escola|escuela|[ée]cole|institut\w*|academ\w*|akademie|hochschule|gymnasium|gimnazija|lyc[ée]e|liceo|liceu|"
    r"faculdade|facultad|faculty|facult[ée]|centro|centre|center|polytechnic|politeknik|politecnico|"
    r"unidad educativa|seminary|conservato\w*|университет\w*|институт\w*|колледж\w*|академи\w*|лице\w*|"
    r"гимнази\w*|школ\w*|училищ\w*)(?![^\W_])"
    r"|大学|大學|学院|學院|学校|高校|高等学校|대학교|고등학교|대학원|אוניברסיט|מכללת|תיכון|جامعة")
# Not a qualification: a course, a workshop, a project or thesis, the modules, a grant or a prize
_NOT = re.compile(r"(?i)(?<![^\W_])(?:courses|coursework|modules?|subjects?|curso\s+de|cours|kurs\w*|taller|"
                  r"bootcamp|workshop|training|formation|forma[çc][ãa]o|thesis|dissertation|project|projeto|"
                  r"proyecto|advisor|expertise|fellowship|scholarship|award|prize|"
                  r"results?\s*:|elective)(?![^\W_])")
_CONTACT = re.compile(r"@|https?://|www\.|(?<!\d)\+?\d{2,4}[ ()-]*\d{3,4}[ -]?\d{3,4}(?!\d)")
_FIRST_PERSON = re.compile(r"(?i)^(?:i|we|my|je|j'|ich|yo|eu|я)\b|(?i:\b(?:finalic[ée]|realic[ée]|fiz|estou|"
                           r"estoy|obtuve|completed|graduated with)\b)")
# The words of a part saying only when or in what state: months (English and dates.FOREIGN_MONTHS),
# seasons, labels, "completed", era and calendar signs
_DATE_WORDS = frozenset("""
jan january feb february mar march apr april may jun june jul july aug august sep sept september oct october nov
november dec december fall spring summer winter autumn class since from to until till present now current
graduated graduate graduation expected completion date passing year ano de conclusão conclusao concluído concluido
concluida concluída conclusión completed complete completo completa finished terminado abgeschlossen vigente behaald
período periodo promoción promocion año del of à a até al bis et y e em en and s sy inicio início fim fin г гг год
года по с in on 年 月 日 平成 昭和 令和 卒業 入学 학년 년 월 results presente actual atual atualmente actualidad
hoy heute today jetzt heden sekarang наст настоящее время 至今 現在
""".split()) | frozenset(FOREIGN_MONTHS)
_DATE = re.compile(r"(?i)(?<!\d)(?:(?:\d{1,2}[./-]){0,2}(?:19|20)\d{2}(?:[./-]\d{1,2}(?!\d)){0,2}\.?"
                   r"|(?:19|20)\d{2}\s*年(?:\s*\d{1,2}\s*月)?)")
_SPLIT = re.compile(r"\t+|\s+\|\s+|\s{3,}|\s+[–—]\s+|\s+-\s+|(?<=[a-zà-ÿ]{4})\.\s+(?=[A-ZÀ-Ý])")
_OPEN_RANGE = re.compile(r"(?:19|20)\d{2}\s*[-–—~]\s*$")
_NUMBERING = re.compile(r"^(?:\d{1,2}[.)]|[a-z][.)])\s*(?=\D)")


def _clean(line: str) -> str:
    return " ".join(line.strip(" \t-•*·▪●○■►→✓・☐").split())


def _tidy(part: str) -> str:
    """A part without the punctuation around it, its brackets kept when they pair ("(MSN)")."""
    part = re.sub(r"\(\s*\)|\[\s*\]", " ", part)  # brackets emptied of their dates
    part = re.sub(r"\s*[,;]\s*\)", ")", part)
    part = " ".join(part.split()).strip(" ,;:.|-–—")
    part = re.sub(r"(?i)\s+results?$", "", part)  # "O'Level Results"
    if part.count("[") != part.count("]"):
        part = part.strip("[]")
    excess = part.count(")") - part.count("(")  # brackets without a pair at either end, cut in one go
    if excess > 0:
        trail = len(part) - len(part.rstrip(")"))
        part = part[:len(part) - min(trail, excess)].rstrip(" ,;:.")
    excess = part.count("(") - part.count(")")
    if excess > 0:
        lead = len(part) - len(part.lstrip("("))
        part = part[min(lead, excess):].lstrip(" ,;:.")
    if part.count("(") > part.count(")"):
        part += ")"
    return part


def _is_dates(text: str) -> bool:
    """Only when or in what state: "Sep 2014", "2012 – 2015", "Graduated: May 2016", "completo", "平成27年"."""
    words = _WORDS.findall(text)
    return bool(words or re.search(r"\d", text)) and all(w.casefold() in _DATE_WORDS for w in words)


def _undated(part: str) -> str:
    """A part without its dates ("BSc Physics Sep 2014" -> "BSc Physics")."""
    months = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?"
    part = re.sub(rf"(?i)(?:\b{months}\s*)?{_DATE.pattern[4:]}(?:\s*[-–—~]\s*(?:\b{months}\s*)?"
                  rf"(?:{_DATE.pattern[4:]})?)?", " ", part)
    return _tidy(part)


def _parts(line: str) -> list[str]:
    """A line's parts (cells, dash- or comma-separated parts outside brackets), each without its
    dates, grades and field label; parts that are only dates or states left out."""
    out = []
    for raw in _SPLIT.split(line.strip(" \t-•*·▪●○■►→✓・☐")):
        for piece in _top_level_commas(raw):
            piece = _NUMBERING.sub("", _tidy(piece))
            piece = _tidy(_GRADE.sub("", piece))
            label = _LABEL.match(piece)
            if label and (_FIELD.match(label.group(1).strip()) or not _QUALIFICATION.search(label.group(1))) \
                    and _is_labelled(label.group(1)):
                piece = piece[label.end():]
            piece = _undated(piece)
            if piece and not _is_dates(piece) and re.search(r"[^\W\d_]", piece):
                out.append(piece)
    return out


def _is_labelled(label: str) -> bool:
    """A field label ("Título", "Tertiary", "Graduated", "Institución"): a few words, no sentence."""
    return len(label.split()) <= 3


def _top_level_commas(text: str) -> list[str]:
    out, depth, start = [], 0, 0
    for k, ch in enumerate(text):
        depth += ch in "([" and 1 or (-1 if ch in ")]" else 0)
        if ch in ",;" and depth <= 0 and text[k + 1:k + 2] in (" ", ""):
            out.append(text[start:k])
            start = k + 1
    out.append(text[start:])
    return out


def _qualifies(part: str) -> bool:
    """A part naming a qualification, not the bare field word ("Degree", "Diploma behaald ...")."""
    found = _QUALIFICATION.search(part)
    if _CJK_GRADUATED.search(part):
        return True
    if found is None:
        # letters first: "BA in English", "MS 2019", "HSC" (not "Waltham MA", a state)
        return bool(re.match(r"(?:BA|MA|BS|MS|AA|AS|HSC|SSC|GED|JSC|MBA)(?![^\W_])", part)
                    or re.fullmatch(r"(?i)(?:class\s+)?(?:10|12)th(?:\s+(?:class|grade|standard))?", part))  # "12th"
    generic = found.group(0).casefold() in ("degree", "diploma", "diplom")
    others = [w for w in _WORDS.findall(part) if w.casefold() not in ("degree", "diploma", "diplom")]
    return not (_FIELD.match(part.strip()) or (generic and all(w.casefold() in _DATE_WORDS for w in others)))


def names_qualification(line: str) -> bool:
    """Whether a line names a qualification as an entry: not a sentence, a course, a project, a
    list of modules, a heading nor a contact line."""
    text = _clean(line)
    if not text or len(text.split()) > MAX_WORDS or _CONTACT.search(text) or _FIRST_PERSON.search(text) \
            or _NOT.search(text):
        return False
    words = _WORDS.findall(text)
    if len(words) == 1 and text.isupper() and len(text) >= 8:
        return False  # "ESPECIALIZAÇÃO": a heading
    return any(_qualifies(p) for p in _parts(text)) or bool(_CJK_GRADUATED.search(text))


_CJK_GRADUATED = re.compile(r"(?:大学|大學|学院|学校|高校|大学院|고등학교|대학교|대학원)[^\n]{0,40}?"
                            r"(?:卒業|修了|毕业|畢業|졸업)"
                            r"(?!\s*(?:見込|予定|예정))")


def _underway(text: str) -> bool:
    if _UNDERWAY.search(text) or _OPEN_RANGE.search(text.strip()):
        return True
    years = [int(y) for y in _YEAR.findall(text)]
    return bool(years) and max(years) > date.today().year  # "Conclusão: Dez/2027"


def _is_school(line: str) -> bool:
    text = _clean(line)
    return bool(text) and len(text.split()) <= MAX_WORDS and len(" ".join(_parts(text)).split()) <= 12 \
        and bool(_SCHOOL.search(text)) \
        and not names_qualification(text) \
        and not _NOT.search(text) and not _CONTACT.search(text) and not _FIRST_PERSON.search(text)


def _is_date_line(line: str) -> bool:
    text = _clean(line)
    return len(text.split()) <= MAX_WORDS and bool(re.search(r"\d", text)) and _is_dates(_GRADE.sub("", text))


def education_lines(lines: list[str], *, skip: set[str] | None = None) -> list[str]:
    """The profile's education lines for a resume's education section ``lines`` (``skip``: folded
    lines that are not the section's own, the contact block)."""
    skip = skip or set()
    raw = [line for text in lines for line in text.split("\n") if _clean(line) and _clean(line).casefold() not in skip]
    cleaned = [_clean(line) for line in raw]
    n = len(cleaned)
    degree = [names_qualification(line) for line in cleaned]
    school = [not d and _is_school(line) for line, d in zip(cleaned, degree, strict=True)]
    dated = [not d and _is_date_line(line) for line, d in zip(cleaned, degree, strict=True)]
    first = next((i for i in range(n) if degree[i]), None)
    if first is None:
        return []
    # where the section writes an entry's school and dates: the school above the degree when the
    # first degree has one right above it (or above its dates), else below; the dates after the
    # degree when the first one has them after it (or after its school), else before
    def votes(flags: list[bool], *, skip_dates: bool) -> tuple[int, int]:
        up = down = 0
        for i in range(n):
            if degree[i] and not (skip_dates and _YEAR.search(cleaned[i])):
                up += (i >= 1 and flags[i - 1]) or (i >= 2 and flags[i - 2] and (dated[i - 1] or school[i - 1]))
                down += (i + 1 < n and flags[i + 1]) or (i + 2 < n and flags[i + 2] and (dated[i + 1] or school[i + 1]))
        return up, down
    up, down = votes(school, skip_dates=False)
    above = up > down or (up == down and ((first >= 1 and school[first - 1])
                                          or (first >= 2 and dated[first - 1] and school[first - 2])))
    up, down = votes(dated, skip_dates=True)
    dates_after = down > up or (down == up and ((first + 1 < n and dated[first + 1])
                                                or (first + 2 < n and school[first + 1] and dated[first + 2])))
    out: list[str] = []
    seen: set[str] = set()
    for i in range(n):
        if not degree[i]:
            continue
        row = "\t" in raw[i] or " | " in raw[i]  # a table row or a tabbed line: an entry whole
        context: list[int] = []
        names_school = any(_SCHOOL.search(p) for p in _parts(raw[i]))
        whole = row and names_school  # beside it, only its dates ("Expected Graduate: August 2025")
        step = -1 if above else 1
        j = i + step
        while 0 <= j < n and len(context) < 3 and not degree[j] and (
                school[j] or dated[j] or len(cleaned[j].split()) <= 6):
            if (whole and not dated[j]) or (school[j] and (any(school[k] for k in context) or names_school)) \
                    or (_YEAR.search(cleaned[j]) and _YEAR.search(cleaned[i]) and not dated[j]):
                break  # a second school, or a line with dates when the degree has its own: another entry's
            if dated[j] and not dates_after and step == 1:
                break  # the next entry's dates
            context.append(j)
            j += step
        for j in (i + 1, i + 2) if dates_after else (i - 1,):
            if 0 <= j < n and dated[j] and j not in context and not degree[j]:
                context.append(j)
                break
        if _underway(cleaned[i]) or any(_underway(cleaned[j]) for j in context):
            continue  # not held yet
        parts = _parts(raw[i])
        at = next((k for k, p in enumerate(parts) if _qualifies(p)), None)
        if at is None:  # "고림고등학교 | 인문계열 | 졸업": the row names its school's graduation
            parts = [" ".join(parts)] if parts else []
            at = 0 if parts else None
        if at is None:
            continue
        # the qualification first, then the school written before it, then the rest of the line
        rest = parts[at + 1:] if not _CJK_GRADUATED.search(parts[at]) else []  # no form labels after "…卒業"
        kept = [parts[at], *(p for p in parts[:at] if _SCHOOL.search(p)), *rest]
        for j in context:
            if school[j]:
                named = ", ".join(_parts(raw[j]))
                if named and named.casefold() not in ", ".join(kept).casefold():
                    kept.append(named)
        text = ", ".join(kept)
        years = [int(y) for j in [i, *context] for y in _YEAR.findall(cleaned[j])]
        if years:
            text += f", {max(years)}"
        if text.casefold() not in seen:
            seen.add(text.casefold())
            out.append(text[:300])
    return out
