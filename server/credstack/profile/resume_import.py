"""Skills and certifications found in the user's own resume, as suggestions to confirm.

The onboarding page shows them checked, so a wrong one costs the user a click or ends up in the
profile (and from there on a tailored resume): a suggestion must be something the resume states.
Real resumes write a certification over several lines (name, issuer, date, credential ID, a
description), under issuer headings, or as table rows, in many languages; each entry is read
whole, and the lines around it (dates, IDs, descriptions, notes, the next section's heading) are
never entries of their own."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources

from credstack.credentials.catalog import Catalog
from credstack.profile.dates import FOREIGN_MONTHS, to_month
from credstack.profile.imports import Suggestions, certification
from credstack.profile.resume_education import education_lines
from credstack.profile.schema import MAX_EDUCATION
from credstack.resume import read_resume
from credstack.resume.structure import classify_heading
from credstack.skills import find_skills
from credstack.skills.model import SkillKind
from credstack.skills.vocabulary import Vocabulary

_FOREIGN_FULL = "|".join(sorted((m.capitalize() for m in FOREIGN_MONTHS if len(m) > 3 or m == "mai"),
                                 key=len, reverse=True))
_FOREIGN_SHORT = "|".join(m.capitalize() for m in FOREIGN_MONTHS if len(m) == 3 and m != "mai")
_YEAR_MONTH = re.compile(r"\b((?:19|20)\d{2}\s*年\s*[0-9０-９]{1,2}\s*月|"
                         r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{4}|"
                         # months of other languages (dates.FOREIGN_MONTHS) written in full, capitalised
                         # ("Fevereiro 2022", "Marzo de 2020"), or short with a dot ("Dez. 2021")
                         rf"(?:(?:{_FOREIGN_FULL})|(?:{_FOREIGN_SHORT})\.)\s+(?:de\s+)?\d{{4}}|"
                         r"\d{4}-\d{2}|"
                         r"\d{1,2}/\d{4}|(?:19|20)\d{2})\b")
# "Exp. 2026", "Expires: ...", not the start of a word ("expedido por", issued by)
_EXPIRES = re.compile(r"(?i)\b(expires?|expiration|valid (?:until|through)|exp\.?)(?![^\W\d_])\s*:?\s*")
_ID = re.compile(r"(?i)(?:(?:credential|license|licence|certificate|cert)\s*(?:id|no\.?|number|#)|c[oó]digo\s+da\s+"
                 r"credencial|credencial(?:\s+id)?|zertifikats?-?(?:nummer|id))\s*(?:\d\s*:)?\s*:?\s*#?([A-Z0-9][A-Z0-9-]{3,})")
_YEAR = re.compile(r"(?:19|20)\d{2}")
_YEAR_AT_START = re.compile(r"^(?:19|20)\d{2}\s*(?:[-–—]\s*(?:(?:19|20)\d{2}|present)\s*)?(?=\D)")
_YEAR_AT_END = re.compile(r"\s*[(,]?\s*(?:19|20)\d{2}\s*\)?$")
# Words a date line holds besides its numbers: month names and their short forms (English,
# Portuguese, Spanish, French, German, Italian), "to", "present", "issued", and the like; the year,
# month and day signs and era names of Japanese dates ("2022年5月", "平成5").
_DATE_WORDS = frozenset("""
jan january feb february mar march apr april may jun june jul july aug august sep sept september oct october
nov november dec december janeiro fevereiro março marco abril maio junho julho agosto setembro outubro
novembro dezembro enero febrero marzo mayo junio julio septiembre setiembre octubre noviembre diciembre
janvier février fevrier mars avril mai juin juillet août aout septembre octobre novembre décembre decembre
januar februar märz maerz juni juli oktober dezember gennaio febbraio aprile maggio giugno luglio settembre
ottobre dicembre fev ago set out dez ene abr dic janv févr avr juil sept déc okt mär de del of to a à au
até ate al bis until present presente now atual actual current heute today aujourd hui since desde depuis
seit issued expires expired expiration expiry emitido emitida expedido expedida valid válido valido ongoing in progress
年 月 日 現在 平成 昭和 令和
""".split())
_LETTERS = re.compile(r"[^\W\d_]{2,}")
# The last comma-part of an entry when it says when (and where) rather than what or whose:
# "..., November 2024-Baku", "..., April 2024", "..., 2022."
_YEAR_WORD = re.compile(r"\b(?:19|20)\d{2}\b")
MAX_DATED_NAME_WORDS = 25


def _dated_tail(text: str) -> int | None:
    """Where the last comma-part of ``text`` starts (at its comma) when it holds a year. Found
    from the last comma, not by a pattern tried from each comma to the end (quadratic on a line of
    spaces or of years)."""
    comma = text.rfind(",")
    return comma if comma >= 0 and _YEAR_WORD.search(text, comma) else None
_WORDS = re.compile(r"[^\W\d_]+")
_SEPARATOR = re.compile(r"^[\s_\-–—=*•·.]{3,}")
# Words that make a line an organisation's name: an issuer, not a credential.
_ORGANISATION = re.compile(
    r"(?i)\b(?:universit(?:y|é|e|à|a|ät|at|dad|ade)|[üu]niversitesi|institut(?:e|o|ion)?|academ(?:y|ia|ie)|college|colégio|colegio|"
    r"school|escola|escuela|[ée]cole|society|association|associa[çc][ãa]o|asociaci[óo]n|corporation|corp\.?|"
    r"council|board|foundation|funda[çc][ãa]o|fundaci[óo]n|inc\.?|ltd\.?|llc|gmbh|s\.a\.|ag|company|"
    r"ministry|department|agency|federation|chamber|commission)\b")
# A university: a line naming one, and no credential, is a degree (not "Deep Learning School",
# a course, nor "Night School", a programme).
_SCHOOL = re.compile(r"(?i)\b(?:universit(?:y|é|e|à|a|ät|at|dad|ade|as)|hochschule|politeknik|[üu]niversitesi|"
                     r"(?:business|secondary|high|primary|grammar|graduate|law|medical)\s+school|lyc[ée]e|"
                     r"[ée]cole\s+sup[ée]rieure|университет\w*|факультет\w*|высш\w*\s+школ\w*)\b")
# A grant or a grade, not a credential: "성적 장학금" (a merit scholarship), "GPA: 8 / 10"
_SCHOLARSHIP = re.compile(r"(?i)\b(?:scholarships?|stipendium|stipendien|beca|bourse|borsa\s+di\s+studio|"
                          r"bolsa\s+de\s+estudos?|стипенди\w*)\b|장학금|奖学金|奨学金")
# A prize, not a credential: "Received Manager Choice award twice", "Dean's List", "Prêmio ...", a
# contest's place in Chinese, Japanese or Korean ("技能大赛……团体三等奖", "优秀奖", "最優秀賞", "장려상")
_AWARD = re.compile(r"(?i)\b(?:awards?|awarded|prizes?|dean['’]?s list|honou?r roll|preis|prix|premio|pr[êe]mio|"
                    r"auszeichnung|наград\w*|преми\w*|грамот\w*)\b"
                    r"|[一二三四五六七八九十特]等奖|[金银铜]奖|优秀奖|获奖|[優秀特別]賞|受賞|(?:최우수|우수|장려|금|은|동)상(?![가-힣])")
# a grade: "GPA: 8 / 10", "Abschluss mit „Gut“" (finished with "good")
_GRADE = re.compile(r"(?i)^(?:c?gpa|grade point average|средний балл|평점|学分绩点|abschluss\s+mit|gesamtnote)"
                    r"(?![^\W\d_])")
_CREDENTIAL_WORDS = re.compile(
    r"(?i)\b(?:certif\w*|licen[cs]\w*|diplom\w*|courses?|cursos?|cours|kurs\w*|training|formação|formacion|"
    r"formation|program\w*|badges?|exams?|fundamentals|associate|professional|specialist|practitioner|"
    r"nanodegree|bootcamp)\b")
# A sentence rather than a name: a description of the course, or a note about the list.
_SENTENCE = re.compile(r"(?i)\b(?:is|are|was|were|in which|which|who|that|where|foram|são|sont|son|est|ist|"
                       r"sind|wurden|includes?|included|incluiu|inclui|covering|covered)\b")


_LEADING_LINK = re.compile(r"(?i)^(?:https?://|www\.)(?:www\.)?([\w-]+(?:\.[\w-]+)+)(?:/\S*)?\s+(?=\S)")
# An entry not held yet: "– In Progress (Exam scheduled April 2026)", "em andamento", "en curso".
_IN_PROGRESS = re.compile(
    r"(?i)\b(?:in progress|in[- ]process|pursuing|expected|anticipated|scheduled|candidate|em andamento|"
    r"em curso|cursando|en curso|en cours|in corso|in bearbeitung|laufend)\b")
# A certificate that thanks or honours someone, not a credential: "Certificate of Appreciation".
_ACKNOWLEDGEMENT = re.compile(
    r"(?i)\b(?:certificate|certificado|certificat|zertifikat|urkunde)\s+(?:of|de|d'|der)\s+"
    r"(?:appreciation|recognition|merit|honou?r|participation|attendance|agradecimiento|reconocimiento|"
    r"participaci[óo]n|reconhecimento|participa[çc][ãa]o|m[ée]rite|anerkennung|teilnahme)\b")


@dataclass
class _Entry:
    name: str
    issuer: str | None = None
    dates: list[str] = field(default_factory=list)
    credential_id: str | None = None
    text: str = ""  # every line of the entry, for expiry and catalog look-ups
    headed: bool = False  # named by the head of a "name: what it covered" line

    @property
    def dated(self) -> bool:
        return bool(self.dates)


def suggestions_from_resume(docx_bytes: bytes, vocabulary: Vocabulary, catalog: Catalog) -> Suggestions:
    """Vocabulary skills the resume names (not in its contact block, not industries: those are
    where someone worked, not what they can do); certifications from its certification section,
    entry by entry, and from lines elsewhere naming a certification the vocabulary knows."""
    resume = read_resume(docx_bytes)
    header_set = {_fold(line) for line in resume.contact}
    running = {_fold(line) for line in resume.running}  # "TRAVIS E. JENKINS" atop each page: no skill "Jenkins"
    body = "\n".join(line for line in resume.paragraphs if _fold(line) not in header_set and _fold(line) not in running)
    found = find_skills(body, vocabulary, settle_senses=True)
    out = Suggestions()
    lines = [line for line in resume.paragraphs if _fold(line) not in header_set]
    out.skills = [{"name": s.name, "level": None, "years": None} for s in found
                  if s.kind not in (SkillKind.CERTIFICATION, SkillKind.DEGREE) and s.category != "industry"
                  and (not _one_letter(s) or _among_its_kind(s, lines, vocabulary))]
    seen: set[str] = set()

    def add(cert: dict | None) -> None:
        if cert and cert["name"].casefold() not in seen:
            seen.add(cert["name"].casefold())
            out.certifications.append(cert)

    certification_lines = _section_lines(resume.sections.get("certifications", []))
    for entry in _entries(certification_lines, header_set, catalog):
        add(_certification(entry, catalog))
    section = {_fold(line) for line in [*certification_lines, *resume.sections.get("experience", [])]}
    certified = {_fold(line) for line in certification_lines}
    worked = {_fold(line) for line in resume.sections.get("experience", [])}
    for line in resume.paragraphs:
        if _fold(line) not in header_set and _fold(line) not in certified:
            add(_self_named(line, catalog))
            for cert in _platform_courses(line, led=_fold(line) not in worked):
                add(cert)
            add(_linked_certificate(line))
            quoted = _quoted_course(line)
            if quoted and not any(_fold(quoted["name"]) in _fold(c["name"]) or _fold(c["name"]) in _fold(quoted["name"])
                                  for c in out.certifications):
                add(quoted)  # not one the certification section names already, in more or fewer words
    compared: set[str] = set()  # a name met again is one already suggested or already turned down
    for line in resume.paragraphs:  # before the vocabulary's names: a licence in the resume's own words
        if _fold(line) not in certified:
            for cert in _standard_credentials(line, in_header=_fold(line) in header_set):
                if _fold(cert["name"]) in compared:
                    continue  # not compared with every suggestion again (quadratic on a test written each line)
                compared.add(_fold(cert["name"]))
                if not any(_same_credential(cert["name"], c["name"]) for c in out.certifications):
                    add(cert)
    for s in find_skills(resume.text, vocabulary):
        if s.kind != SkillKind.CERTIFICATION or any(_fold(c["name"]) in (_fold(s.name), *map(_fold, s.mentions))
                                                    or _both_driving(s.name, c["name"]) for c in out.certifications):
            continue
        if any(re.search(rf"(?<![\w.]){re.escape(m)}(?![\w])", c["name"]) for m in s.mentions
               if sum(ch.isalpha() for ch in m) >= 2 for c in out.certifications):
            continue  # "CAE" of "Cambridge CAE C1", suggested already in the resume's words
        for line in resume.paragraphs:
            if _fold(line) in section or not any(m in line for m in s.mentions):
                continue
            cert = _named_in_line(line, s, catalog, in_header=_fold(line) in header_set)
            if cert is not None:
                add(cert)
                break  # one suggestion per certification the vocabulary knows
    for line in resume.sections.get("education", []):
        if _fold(line) not in header_set and _fold(line) not in certified:
            add(_education_course(line, catalog))
    education = education_lines(_section_lines(resume.sections.get("education", [])), skip=header_set)
    if education:
        out.profile["education"] = education[:MAX_EDUCATION]
    return out


# A course or an attestation among degrees: "2003-2004 | Infoserv, curs operare calculator ;",
# "2007-2009<tab>VCA-attest geldig tot 2019". Not a label before a list of a degree's modules
# ("Relevant courses: ...", "Coursework: ...", "Core Courses": a plural is a list), nor a school
# ("Colégio e Curso ..."), nor a line that names itself a certification (read as one already).
_COURSE_WORD = re.compile(r"(?i)(?<![^\W\d_])(?:course|curs|curso|cours|corso|kurs|attest|attestation|atestat)"
                          r"(?![^\W\d_])(?!\s*:)")
_MODULES = re.compile(r"(?i)\b(?:relevant|core|coursework|modules?|subjects?|including|such as)\b")
_DEGREE_WORD = re.compile(
    r"(?i)\b(?:bachelor\w*|master\w*|mba|ph\.?d|doctor\w*|degree|licen[cs]\w*|diplom\w*|bacharel\w*|"
    r"grado|laurea|abitur|baccalaur\w*|bachillerato|high school|secondary)\b")


# A degree's own name (not "Scrum Master", not "Diploma in First Aid"), and the words that make a
# line a certification all the same ("Bachelor's degree equivalency certificate")
_DEGREE_NAME = re.compile(
    r"(?i)\b(?:bachelor\w*|master(?:'s|’s|s)?\s+(?:of|in|en|degree)\b|m[áa]ster\s+en|mestrado|mba|ph\.\s?d\.?|phd|"
    r"doctor(?:ate|al)?\s+(?:of|in)\b|degree|b\.\s?sc\.?|m\.\s?sc\.?|bsc|msc|b\.\s?eng\.?|m\.\s?eng\.?|beng|meng|"
    r"b\.\s?tech\.?|m\.\s?tech\.?|btech|mtech|bba|b\.a\.|m\.a\.|b\.s\.|m\.s\.|licenciatura|laurea|abitur|"
    # Spanish and Portuguese degrees and school programmes: "Bachiller en Comunicación", "Tecnicatura
    # Superior en Desarrollo Web", "Ingeniería de Sistemas", "Curso Técnico" (a technical school's programme)
    r"bachiller\s+en|tecnicatura|t[ée]cnico\s+superior|ingenier[ií]a\s+(?:de|en|el[ée]ctrica|civil|industrial)|"
    r"ingenier[oa]\s+(?:de|en)|engenharia\s+(?:de|el[ée]trica|civil)|licenciad[oa]\s+en|grado\s+(?:en|superior)|"
    r"curso\s+t[ée]cnico|tecn[óo]logo\s+em|"
    r"associate(?:['’]?s)?\s+(?:(?:in|of)\s+(?:applied\s+)?(?:science|arts)|degree))(?!\w)")
_SAYS_CERTIFIED = re.compile(r"(?i)certif|licen[cs]e\b|zertifi|sertifi")
# "au cours de", "in the course of", "en el curso de": "during", no course
_DURING = re.compile(r"(?i)\b(?:au|du|en\s+el|nel|in\s+the|over\s+the|during\s+the|no|ao)\s+"
                     r"(?:cours|curso|corso|course)\s+(?:de|d['’]|of|del|do|da|di)")


# "Realicé el curso “English Naturally” en Inglaterra en 2016.": a course named in quotes after the word
# the word in the plural or another case too ("проходила курсы "Стань вожатым"", "took courses "...")
_QUOTED_COURSE = re.compile(r"(?i)(?<![^\W\d_])(?:courses?|cursos?|cours|cors[oi]|kurse?|curs|курс(?:ы|а|ов)?)\s+"
                            r"(?:de\s+|of\s+)?"
                            r"[“\"«„]([^”\"»“„«]{3,80})[”\"»“]")


def _quoted_course(line: str) -> dict | None:
    """A course a sentence names in quotes after the word course, when the sentence is not about
    teaching it."""
    found = _QUOTED_COURSE.search(line)
    if found is None or _TEACHES_TEST.search(line) or _IN_PROGRESS.search(line) or not _LETTERS.search(found.group(1)):
        return None
    return _with_dates(found.group(1).strip(), line, catalog_id=None, issuer=None, credential=None)


def _names_a_course(text: str) -> bool:
    return bool(_COURSE_WORD.search(_DURING.sub(" ", text)))


def _education_course(line: str, catalog: Catalog) -> dict | None:
    """The course an education line names (its part saying "course", "curs", "attest"), when the
    line is an entry, not a sentence, a degree or a list of modules."""
    text = _YEAR_AT_START.sub("", " ".join(line.split())).strip(" |:-–—\t")
    if not _names_a_course(text) or _MODULES.search(text) or _IN_PROGRESS.search(text) \
            or _ACKNOWLEDGEMENT.search(text) or _SELF_NAMED.search(text) or _LANGUAGE_TEST.search(text):
        return None  # a line naming a language test: the test is its credential ("CAE C1, cours d'anglais")
    parts = [p.strip(" “”\"'„.;") for p in re.split(r"\s+\|\s+|\t|\s*[,;]\s*|\s+[-–—]\s+", text)]
    part = next((p for p in parts if _names_a_course(p)), None)
    if part is None or _DEGREE_WORD.search(part) or _DEGREE_NAME.search(part) or _SCHOOL.search(part) \
            or _SENTENCE.search(part) or ":" in part or "/" in part or _is_organisation(part, catalog) \
            or len(part.split()) > 12 or _line_kind(part) != "name":
        return None
    issuer = next((p for p in parts if p is not part and _is_organisation(p, catalog)), None)
    return _with_dates(part, line, catalog_id=None, issuer=issuer, credential=None)


# Language tests known by name the world over, wherever a resume writes them (a languages section,
# an education line, "Anglais courant (TOEFL)."), with the level that follows ("DELF B2").
# Cambridge's initials (CAE, FCE, CPE, PET, KET) are also computer-aided engineering, a functional
# capacity evaluation or a plastic: they count only beside a word of English, Cambridge or a certificate.
_LEVEL = r"(?:\s*[:(]?\s*(?:level|niveau|nivel|livello|Niveau|grado|grade)?\s*(?-i:[ABC][12])(?:\.\d)?\)?)?"
_LANGUAGE_TEST = re.compile(
    r"(?<![\w-])(?:(?:TOEFL|IELTS|TOEIC|DELF|DALF|DELE|TestDaF|JLPT|TOPIK|HSK|CELI|CILS|PLIDA|Linguaskill|LCCI)"
    r"(?:\s+(?:iBT|ITP|PBT|Academic|General Training|Speaking|SPEAKING|Bridge))?(?![\w-])"
    r"|Goethe[- ]Zertifikat|Deutsch-Test\s+f(?:ü|ue)r\s+Zuwanderer|telc\s+Deutsch|ÖSD[- ]Zertifikat"
    r"|PTE Academic|Trinity\s+(?:GESE|ISE)|Trinity(?=\s+(?:di\s+)?grad[eo]\b)"
    r"|(?:Cambridge\s+)?(?:First Certificate|Certificate)\s+(?:in|of)\s+(?:Advanced\s+|Proficiency\s+in\s+)?English"
    r"|Cambridge\s+English(?:\s*:?\s*(?:First|Advanced|Proficiency))?"
    r"|Cambridge\s+Certificate\s+of\s+Proficiency"  # "English (Cambridge Certificate of Proficiency)"
    r"|(?:Cambridge\s+)?(?:CAE|FCE|CPE|PET|KET)(?![\w-]))" + _LEVEL)
_CAMBRIDGE_INITIALS = re.compile(r"^(?:CAE|FCE|CPE|PET|KET)\b")
_LANGUAGE_CUE = re.compile(
    r"(?i)\b(?:cambridge|english|ingl[ée]s|anglais|englisch|inglese|ingl[êe]s|английск\w*|certif\w*|zertifikat|"
    r"сертификат\w*)\b")
# A line about teaching or preparing others for the test, not the person's own result.
_TEACHES_TEST = re.compile(
    r"(?i)\b(?:teach\w*|taught|tutor\w*|instruct\w*|examiner|invigilat\w*|enseign\w*|"
    r"profes+or\w*|docente|lehrer\w*|unterricht\w*|insegn\w*)\b")
# Preparation beside the test's name ("IELTS preparation classes", "préparation au TOEFL"): a course
# about the test, given or taken, not its result.
_PREPARATION = re.compile(r"(?i)\b(?:prep|prepar\w*|préparation|vorbereitung\w*)\b")
# A test named as the measure of another: "(TOEFL equivalent)", "equivalent to IELTS 7", "équivalent TOEIC"
_COMPARED_AFTER = re.compile(r"(?i)\s*[-‑]?\s*(?:equivalent|equiv\.|equivalente|équivalent|äquivalent)\b")
_COMPARED_BEFORE = re.compile(r"(?i)\b(?:equivalent|equiv\.|equivalente|équivalent|äquivalent|entspricht|"
                              r"comparable)(?:\s+(?:to|a|à|al|zu|with))?\s*[:(]?\s*$")
# A driving licence in the words of the resume's language, with its class ("Permis B",
# "PATENTE GUIDA: Tipo B", "Führerschein Klasse B", "운전면허 1종"): often in the contact block.
_CLASS = (r"(?:\s*[:,|]?\s*(?:(?:tipo|categoria|categoría|catégorie|category|class|klasse|kategorie|cat\.)\s*)?"
          r"(?-i:[A-E]\d?)(?![\w'’]))?")
_DRIVING_LICENCE = re.compile(
    r"(?i)(?:(?<!\w)|(?-i:(?<=[a-z\d])(?=[A-Z])))(?:driver['’]?s?\s+licen[cs]e|driving\s+licen[cs]e|permis\s+(?:de\s+conduire|de\s+conducere|"
    r"(?=(?-i:[A-E])(?![\w'’])))|führerschein|fahrerlaubnis|carnet\s+de\s+conducir|permiso\s+de\s+conducir|"
    r"licencia\s+de\s+conducir|patente(?:\s+(?:di\s+)?guida|\s+(?=(?-i:[A-E])(?![\w'’])))|carta\s+(?:de\s+)?condução|"
    r"carteira\s+de\s+habilitação|rijbewijs|körkort|prawo\s+jazdy|řidičský\s+průkaz|sürücü\s+belgesi|ehliyet|"
    r"водительск\w+\s+(?:удостоверени\w+|прав\w*)|(?:자동차)?운전면허|運転免許|驾驶证|驾照)" + _CLASS)


def _standard_credentials(line: str, *, in_header: bool) -> list[dict]:
    """Language tests and driving licences a line names, in the line's own words: credentials
    every resume writes the same way, in any section and often not in a certification one (a
    languages line, an education line, the contact block)."""
    text = " ".join(line.split())
    if not text or _IN_PROGRESS.search(text):
        return []
    words = len(text.split())
    found = []
    if not _TEACHES_TEST.search(text):
        for m in _LANGUAGE_TEST.finditer(text):
            name = m.group(0).strip(" :(")
            if _CAMBRIDGE_INITIALS.match(name) and not _LANGUAGE_CUE.search(text):
                continue  # "CAE" beside no English: computer-aided engineering
            if _PREPARATION.search(text[max(0, m.start() - 25):m.end() + 25]):
                continue
            if _COMPARED_AFTER.match(text, m.end()) or _COMPARED_BEFORE.search(text[max(0, m.start() - 30):m.start()]):
                continue  # "PTESOL (TOEFL equivalent) score 570": the yardstick of another test, not this one
            found.append(name)
    if in_header or words <= 30:
        found += [re.sub(r"\s*[:|]\s*", " ", m.group(0)).strip(" ,") for m in _DRIVING_LICENCE.finditer(text)
                  if not _denied(text, m)]
    out: list[dict] = []
    for name in found:
        if not any(_same_credential(name, c["name"]) for c in out):
            out.append(_with_dates(name, text if words <= 12 else "", catalog_id=None, issuer=None, credential=None))
    return out


# A licence the line says the person has not: a no before it ("No driving licence", "Sans permis
# de conduire", "Kein Führerschein"), or a no as its answer ("Driving licence: No"; not "No." of a
# licence's number).
_NO_BEFORE = re.compile(
    r"(?i)(?<![\w'’])(?:no(?!\.)|not|without|sans|pas\s+de|kein\w*|ohne|nicht|sin|sem|senza|geen|zonder|"
    r"brak|bez|без|нет)(?![\w'’])[^.;,|:\n]{0,30}$")
_NO_AFTER = re.compile(
    r"(?i)\s*[:\-–—]?\s*(?:no|none|nein|non|n[ãa]o|nessuna|ninguno|ninguna|geen|nie|нет|yok|nej|ingen)(?![\w.'’])"
    r"(?!:?\s*\d)")
# a licence's label with only a dash for its value: "Körkort:        -" (none)
_DASH_AFTER = re.compile(r"[^\S\n]*(?:[:：][^\S\n]*)?[-–—][^\S\n]*$")


def _denied(text: str, licence: re.Match) -> bool:
    """The line says the person has no such licence (``_NO_BEFORE``, ``_NO_AFTER``)."""
    return bool(_NO_BEFORE.search(text, max(0, licence.start() - 40), licence.start())
                or _NO_AFTER.match(text, licence.end()) or _DASH_AFTER.match(text, licence.end()))


def _same_credential(a: str, b: str) -> bool:
    """Whether two names are one credential: one holds the other's first word ("TOEFL" and "TOEFL
    iBT 105"), both are a driving licence, or both are the same Cambridge exam ("CAE" and
    "Certificate in Advanced English")."""
    fa, fb = _fold(a), _fold(b)
    if _both_driving(a, b):
        return True
    ka, kb = _cambridge_exam(fa), _cambridge_exam(fb)
    if ka and ka == kb:
        return True
    head = fa.split()[0] if fa.split() else ""
    return bool(head) and not ka and re.search(rf"(?<!\w){re.escape(head)}(?!\w)", fb) is not None


def _both_driving(a: str, b: str) -> bool:
    return bool(_DRIVING_LICENCE.search(a) and _DRIVING_LICENCE.search(b))


def _cambridge_exam(folded: str) -> str | None:
    for key, pattern in (("first", r"\bfce\b|\bfirst\b"), ("advanced", r"\bcae\b|\badvanced\b"),
                         ("proficiency", r"\bcpe\b|\bproficiency\b")):
        if re.search(pattern, folded) and re.search(r"\b(?:fce|cae|cpe|cambridge|english)\b", folded):
            return key
    return None


# A line that says itself it is a certification, wherever it stands: it opens with the word
# ("Certificare MIFID II – atestat ASF 2018", "Sertifikasi Software Development oleh ...") or
# names a certificate programme ("TÜRKMER Yabancılara Türkçe Öğretimi Sertifika Programı 2017").
_SELF_NAMED = re.compile(
    r"(?i)^(?:certification|certificare|certificação|certificacao|certificación|certificacion|certificazione|"
    r"zertifizierung|certyfikat|sertifikasi|sertifika)\b\s+\S|"
    r"\b(?:certificate|sertifika|certificat|certificado|zertifikats?)\s+(?:program(?:me|ı|a)?|programı|kurs)\b")


_FIRST_PERSON = re.compile(r"(?i)^(?:i|we|my|our|je|j'|nous|ich|wir|yo|eu|ben|biz|saya|kami)\b")


def _self_named(line: str, catalog: Catalog) -> dict | None:
    """The certification a line outside the certification section names when the line says it is
    one (``_SELF_NAMED``) and is an entry, not a sentence: its cell that says so ("University |
    Course Certificate Programme 2017"), cut at a spaced colon before its issuer."""
    cells = [c.strip() for c in re.split(r" \| |\t", line) if c.strip()]
    cell = next((c for c in cells if _SELF_NAMED.search(c.strip(" -•*·"))), None)
    if cell is None or _line_kind(cell) != "name" or _SENTENCE.search(cell) or len(cell.split()) > 20 \
            or _FIRST_PERSON.match(cell) or classify_heading(cell.rstrip(":：")) is not None:
        return None  # a sentence about it ("I completed a certificate programme in bookkeeping"), a heading
    name = re.split(r"\s+:\s+", cell.strip(" -•*·"), maxsplit=1)[0]
    issuer = next((c for c in cells if c is not cell and _is_organisation(c, catalog)), None)
    return _certification(_Entry(name, issuer=issuer, text=cell), catalog)


def _one_letter(skill) -> bool:
    """A skill named only by one letter ("C", "R"): a phone line's "(C)", a citation's "Lys, C."."""
    return all(sum(c.isalpha() for c in m) == 1 and len(m.strip()) <= 2 for m in skill.mentions)


def _among_its_kind(skill, lines: list[str], vocabulary: Vocabulary) -> bool:
    """Whether a line naming the one-letter skill names another skill of its category ("C, C++,
    Python"; "C/C++")."""
    for line in lines:
        if not any(re.search(rf"(?<![\w.]){re.escape(m)}(?![\w]|\.\s)", line) for m in skill.mentions):
            continue
        if any(o.name != skill.name and o.category == skill.category for o in find_skills(line, vocabulary)):
            return True
    return False


def _fold(text: str) -> str:
    return " ".join(text.split()).casefold()


def _next_section(line: str, after_rule: bool) -> bool:
    """``line`` (stripped of its bullet and rule) begins another section: its heading written inside
    this one's last paragraph, after a rule ("____ Professional Work Experience"), or as the label of
    a label table's row ("Sprachen<tab>Business Englisch – LCCI I (B1)")."""
    if classify_heading(line) not in (None, "certifications") or (after_rule and _ends_in_heading(line)):
        return True
    label = re.split(r"\t| \| ", line, maxsplit=1)
    return len(label) == 2 and len(label[0].split()) <= 3 and classify_heading(label[0].strip()) not in (
        None, "certifications")


_BULLETS = " \t-•*·▪●○■►→✓・"
_DASH_BULLET = re.compile(r"^[–—]\s+")


def _unbulleted(raw: str) -> str:
    """A line without its bullet: a sign, or a dash and a space at its start ("– 2014-2016 – курсы
    фотографии"; a dash at its end is an open period's: "2020 –")."""
    return _DASH_BULLET.sub("", raw.strip(_BULLETS))


def _section_lines(lines: list[str]) -> list[str]:
    """The certification section's lines up to another section's heading found among them."""
    for i, raw in enumerate(lines):
        line = _unbulleted(raw)
        separator = _SEPARATOR.match(line)
        if separator:
            line = line[separator.end():].strip()
        if _next_section(line, separator is not None):
            return lines[:i]
    return lines


def _entries(lines: list[str], header: set[str], catalog: Catalog) -> list[_Entry]:
    """The certification section's entries, each from its own lines: a name line, then its
    issuer, dates, credential ID and description lines in any order; a line without a date above
    dated entries heads them as their issuer ("Udemy", then its courses by year)."""
    cleaned: list[str] = []
    lists: set[int] = set()  # the cleaned lines that are names listed between bars
    for raw in lines:
        line = _unbulleted(raw)
        separator = _SEPARATOR.match(line)
        if separator:
            line = line[separator.end():].strip()
        if _next_section(line, separator is not None):
            break  # the next section's heading, written inside this one's last paragraph
        listed = _listed(line, catalog)
        if listed is not None:
            lists.update(range(len(cleaned), len(cleaned) + len(listed)))
            cleaned += listed  # "Microsoft MCSE/MCSA | Citrix CCA | Cisco CCNA | SonicWall": one entry each
            continue
        if cleaned and (_continues(cleaned[-1], line) or (cleaned[-1].endswith(",") and line
                                                          and not _CREDENTIAL_WORDS.search(line))):
            # "AIR FORCE," / "Tyndall Air Force Base (2003)," / ...: a list of places the writer broke

            cleaned[-1] += " " + line  # or broke mid-sentence ("... Führung" / "kompetenztraining, ...")
        elif line:
            cleaned.append(line)
    kinds = [_line_kind(line) for line in cleaned]
    tails = [_issuer_tail(line) for line in cleaned]
    for i, kind in enumerate(kinds):  # a long line shaped as its neighbours ("<course> – <school>") is one of them
        if kind == "note" and tails[i] and any(tails[j] == tails[i] and kinds[j] == "name"
                                               for j in range(max(0, i - 2), min(len(cleaned), i + 3)) if j != i):
            kinds[i] = "name"
    entries: list[_Entry] = []
    for i, line in enumerate(cleaned):
        current = entries[-1] if entries else None
        headed = _HEADED.match(line) if kinds[i] == "note" else None
        if headed and len(headed.group(1).split()) <= 6 and _LETTERS.search(headed.group(1)) \
                and (current is None or current.headed):
            # "Informática básica: Word, Excel, ..." opening the list (or under another such line):
            # a course named by its head and what it covered, not a note of the entry above
            entries.append(_Entry(headed.group(1).strip(), text=line, headed=True))
            continue
        cells = [c.strip() for c in re.split(r" \| |\t", line) if c.strip()] if " | " in line or "\t" in line \
            else [line]
        kind = kinds[i]
        if kind == "date":
            if current is not None:
                current.dates.append(line)
                current.text += "\n" + line
            continue
        if kind in ("id", "note"):
            if current is not None:
                credential = _ID.search(line)
                if credential and current.credential_id is None:
                    current.credential_id = credential.group(1)
                current.text += "\n" + line
            continue
        if _fold(line) in header or not _LETTERS.search(line):
            continue  # the person's own name or title, repeated; a number
        names = [c for c in cells if _line_kind(c) not in ("date", "id") and _LETTERS.search(c)]
        if not names:
            continue
        dates = [c for c in cells if _line_kind(c) == "date"]
        plain_next = i + 1 < len(cleaned) and kinds[i + 1] in ("date", "id")
        if (current is not None and len(cells) == 1 and not current.dated and current.issuer is None
                and i not in lists  # a name listed between bars is no issuer of the one before
                and current.credential_id is None and not _is_organisation(current.name, catalog)
                and not _YEAR.search(line)  # a dated line is an entry of its own ("Programming Foundation: ..., 2022.")
                and (_is_organisation(line, catalog) or (plain_next and len(line.split()) <= 5
                                                          and not _CREDENTIAL_WORDS.search(line)
                                                          and _fold(line) not in _fold(current.name)
                                                          and catalog.find(line) is None))):
            current.issuer = line  # "AWS Certified Developer" / "Amazon Web Services" / "Issued 2023"
            current.text += "\n" + line
            continue
        labelled = _COLON_ISSUER_DATE.match(line) if len(cells) == 1 else None
        if labelled and _line_kind(labelled.group(3)) == "date" \
                and catalog.find(f"{labelled.group(1)}: {labelled.group(2)}") is None:
            # "Energías Renovables: IM2 Solar, Santiago • 2023": the name, its school, when; not
            # "[Plataforma Online]", a template's placeholder left in, naming no school
            school = labelled.group(2).strip()
            entry = _Entry(labelled.group(1).strip(), dates=[labelled.group(3)], text=line,
                           issuer=None if school.startswith("[") and school.endswith("]") else school)
        else:
            entry = _Entry(names[0], issuer=names[1] if len(names) > 1 and len(names[1].split()) <= 8 else None,
                           dates=dates, text=line)
            if _YEAR.search(names[0]) and not dates:
                entry.dates.append(names[0])
        entries.append(entry)
    # a name ending in a colon with nothing of its own heads a group ("Training track – School:",
    # "所持证书：", certificates held:); a full stop after a Chinese or Japanese name ends its sentence
    entries = [e for e in entries if not e.name.endswith((":", "：")) or e.dated or e.credential_id]
    for e in entries:
        e.name = e.name.rstrip(" :：。")
    return _issuer_headings(_issuers_above(_details_below(_issuers_below(entries, catalog))), catalog)


_TAIL = re.compile(r"\s[–—-]\s+([^–—\-:]{2,60})$")
_COLON_ISSUER_DATE = re.compile(r"^([^:•·|]{3,60}):\s+([^:•·|]{2,60}?)\s+[•·]\s+([^•·|]{4,40})$")
MAX_LISTED_WORDS = 8


def _listed(line: str, catalog: Catalog) -> list[str] | None:
    """The names of a line listing three or more certifications between bars ("Google Cloud
    Certified Professional Cloud Architect | AWS Certified Solutions Architect – Associate | VMWare
    VCP |"), each a short name: not a record's row ("Name | Issuer | 2023": a date; "Name |
    Amazon Web Services | Seattle": an organisation), nor a sentence."""
    if " | " not in line and not line.endswith(" |"):
        return None
    cells = [c.strip() for c in line.split("|") if c.strip()]
    if len(cells) < 3 or any(
            _line_kind(c) != "name" or len(c.split()) > MAX_LISTED_WORDS or _YEAR.search(c) or _SENTENCE.search(c)
            or c.casefold() in _providers(catalog) or _ORGANISATION.search(c) or _SCHOOL.search(c) for c in cells):
        return None
    return cells

_HEADED = re.compile(r"^([^:]{3,60}):\s+(\S.*)$")


def _issuer_tail(line: str) -> str | None:
    """The part after a last dash ("... – Digital Innovation One"), folded, or None."""
    found = _TAIL.search(line.rstrip(" ."))
    return _fold(found.group(1)) if found else None


def _alternating(entries: list[_Entry], first, second) -> bool:
    """The list alternates entries of two kinds, ``first`` then ``second`` (two pairs at least)."""
    return len(entries) >= 4 and all((first if i % 2 == 0 else second)(e) for i, e in enumerate(entries))


def _issuers_below(entries: list[_Entry], catalog: Catalog) -> list[_Entry]:
    """An undated name over a dated line naming an organisation ("Network+ Certification" over
    "COMPTIA (2009)", "Web and Mobile Application Development Certificate" over "UNIVERSITY OF
    MISSOURI – COLUMBIA (2023)"): the organisation is the issuer, its year the date."""
    out: list[_Entry] = []
    skip = False
    for i, entry in enumerate(entries):
        if skip:
            skip = False
            continue
        below = entries[i + 1] if i + 1 < len(entries) else None
        if (below is not None and not entry.dated and entry.issuer is None and entry.credential_id is None
                and below.dated and below.credential_id is None and not _CREDENTIAL_WORDS.search(below.name)
                and not re.search(r"\t| \| ", below.text)  # a table's row ("HTML | 2014") is an entry of its own
                and catalog.find(below.name) is None):
            organisation = re.split(r",|\s+\(", _YEAR_AT_END.sub("", below.name), maxsplit=1)[0].strip(" ,")
            if organisation and _is_organisation(organisation, catalog):
                entry.issuer = organisation
                entry.dates += below.dates
                entry.text += "\n" + below.text
                skip = True
        out.append(entry)
    return out


def _details_below(entries: list[_Entry]) -> list[_Entry]:
    """Dated names each followed by one undated line ("Oracle Academy Certification  2016" over
    "Java Programming, Oracle Academy"): the undated line says what or whose the one above is, it
    is no certification of its own."""
    if not _alternating(entries, lambda e: e.dated, lambda e: not e.dated and e.credential_id is None):
        return entries
    out = []
    for i in range(0, len(entries), 2):
        entry = entries[i]
        if i + 1 < len(entries):
            detail = entries[i + 1]
            entry.text += "\n" + detail.text
            if entry.issuer is None and len(detail.name.split()) <= 8:
                entry.issuer = detail.name
        out.append(entry)
    return out


def _capitals(text: str) -> bool:
    letters = "".join(_WORDS.findall(text))
    return len(letters) >= 3 and letters.isupper()


def _issuers_above(entries: list[_Entry]) -> list[_Entry]:
    """Undated lines in capitals each over one in ordinary case ("ACADEMIA C.E.A.C." over
    "Reparación & Mantenimiento de Computadoras"): the line in capitals is the issuer of the one
    under it."""
    plain = lambda e: not e.dated and e.issuer is None and e.credential_id is None  # noqa: E731
    if not _alternating(entries, lambda e: plain(e) and _capitals(e.name),
                        lambda e: not _capitals(e.name) and e.issuer is None):
        return entries
    out = []
    for i in range(0, len(entries) - 1, 2):
        issuer, entry = entries[i], entries[i + 1]
        entry.issuer, entry.text = issuer.name, issuer.text + "\n" + entry.text
        out.append(entry)
    if len(entries) % 2:
        out.append(entries[-1])
    return out


def _continues(previous: str, line: str) -> bool:
    """``line`` goes on with ``previous``: it opens with a word in small letters ("kompetenztraining,
    Moderation, ...", not "jQuery" or "iOS") after a line that ends without a full stop or colon."""
    first = line.split()[0].rstrip(",;:.") if line.split() else ""
    return (len(first) >= 3 and first.isalpha() and first.islower()  # a word, not "https://..." or "jQuery"
            and not previous.rstrip().endswith((".", ":", ";", "!", "?")) and "\t" not in line)


def _ends_in_heading(line: str) -> bool:
    """A short line after a rule that ends in another section's name ("Professional Work Experience")."""
    words = line.split()
    if len(words) > 4 or re.search(r"\d", line):
        return False
    return any(classify_heading(" ".join(words[k:])) not in (None, "certifications") for k in range(len(words)))


def _issuer_headings(entries: list[_Entry], catalog: Catalog) -> list[_Entry]:
    """Entries without a date or ID that head dated ones (in a list where most are dated) are their
    issuer: "Oncology Nursing Certification Corporation (ONCC)" above "Oncology Certified Nurse
    2021 - present"."""
    if not entries or sum(e.dated for e in entries) < 0.5 * len(entries):
        return entries
    last_dated = max(i for i, e in enumerate(entries) if e.dated)
    entries = [e for i, e in enumerate(entries) if i <= last_dated or e.credential_id or e.issuer
               or catalog.find(e.name) is not None or _CREDENTIAL_WORDS.search(e.name)]  # stray lines after the list
    out: list[_Entry] = []
    issuer: str | None = None
    for i, entry in enumerate(entries):
        following = entries[i + 1] if i + 1 < len(entries) else None
        if (not entry.dated and entry.credential_id is None and entry.issuer is None and following is not None
                and following.dated and catalog.find(entry.name) is None and not _ID.search(entry.text)
                and not _GRADE.match(entry.name)  # "Abschluss mit „Gut“": the grade of the one above
                and (split := _name_and_issuer(entry.name))[1] is None  # "Course, Freecodecamp.org.": names its issuer
                and catalog.find(split[0]) is None  # "Registered Nurse (RN), ... Board"
                and (_ORGANISATION.search(entry.name) or not _CREDENTIAL_WORDS.search(entry.name))):
            issuer = entry.name
            continue
        if entry.issuer is None and issuer is not None:
            entry.issuer = issuer
        out.append(entry)
    return out


# A registry number on a line of its own: "NPI #1730719006", "Reg. No: 4471-22"
_NUMBER_FIELD = re.compile(r"(?i)^[\w.]{2,12}(?:\s+(?:no\.?|nr\.?|number))?\s*(?:#|no\.?|nr\.?)\s*:?\s*#?"
                           r"\d[\dA-Z-]{3,}$")
# A licence's field: where it is valid ("State: New York", "Jurisdiction: Ontario")
_FIELD = re.compile(r"(?i)^(?:state|province|country|jurisdiction|region|territory|bundesland|estado|provincia|"
                    r"pa[ií]s|pays|land)\s*:\s*\S")


def _line_kind(line: str) -> str:
    """"date" (only dates: "OUTUBRO de 2021", "2018 - present", "2024. 09. 10"), "id" (a
    credential ID or a verification link), "note" (a sentence: a course's description, "Courses
    in bold are in progress."), or "name"."""
    text = line.strip()
    words = [w.casefold() for w in _WORDS.findall(text)]
    if re.search(r"\d", text) and all(w in _DATE_WORDS for w in words):
        return "date"
    credential = _ID.search(text)
    if credential and len(text[:credential.start()].split()) > 2:
        credential = None  # "NYSED License #: 108882": a short label before the ID at most
    if re.match(r"(?i)\s*(?:https?://|www\.)\S+\s*$", text) or _NUMBER_FIELD.match(text) or (
            credential and len(_WORDS.findall(text[credential.end():])) <= 3):
        return "id"
    if _FIELD.match(text):
        return "note"  # "State: New York" under a licence: where it is valid, no entry of its own
    lead = _YEAR_AT_START.match(text)
    head = re.split(r"\s+\(|\.\s", text[lead.end():].lstrip(" -–—:"), maxsplit=1)[0] if lead else ""
    if lead and len(_WORDS.findall(head)) <= 12 and not _SENTENCE.search(head):
        return "name"  # "2018 – 2019 - Learning Journey (a two-year programme for managers ...)": a dated entry
    if len(words) < MAX_DATED_NAME_WORDS and _dated_tail(text) is not None and not _SENTENCE.search(text):
        return "name"  # "..., Negotiators Training, June-July 2024-Virtual": a long name, then when and where
    # one space between words first: the split reads a run of spaces once (a .docx line may hold megabytes)
    parts = re.split(r" [—–|·] | - ", " ".join(text.split()), maxsplit=1) if len(words) < MAX_DATED_NAME_WORDS else []
    if len(parts) == 2 and _issuer_first(*parts):
        return "name"  # "Louisiana State University – Certificate in Moral Reconation Therapy Facilitation, ..."
    if len(words) >= 12 or (len(words) >= 4 and text.endswith(".") and (
            _SENTENCE.search(text) or all(w.islower() for w in _WORDS.findall(text)[1:]))):
        return "note"  # "Courses in bold are in progress.", "Cursos em negrito estão em andamento."
    return "name"


def _is_organisation(line: str, catalog: Catalog) -> bool:
    """An issuer's name: organisation words ("University", "Institute", "Society"), a provider the
    catalog knows, or a short name in capitals under a name that is not ("UDEMY")."""
    if line.casefold() in _providers(catalog):
        return True
    if catalog.find(line) is not None:
        return False
    if _ORGANISATION.search(line):
        return True
    if _CREDENTIAL_WORDS.search(line):
        return False
    letters = "".join(_WORDS.findall(line))
    return len(line.split()) <= 3 and letters.isupper() and len(letters) >= 3


@lru_cache(maxsize=1)
def _platform_pattern() -> re.Pattern:
    data = json.loads((resources.files("credstack") / "data" / "course_platforms.json").read_text("utf-8"))
    names = sorted(data["platforms"], key=len, reverse=True)  # "Coursera Project Network" before "Coursera"
    return re.compile(r"(?i)(?<![\w.])(" + "|".join(re.escape(n) for n in names) + r")(?![\w])")


# "Udemy – Python for Data Science Bootcamp<tab>Jun – Jul 2017": the platform, a dash, the course
_PLATFORM_LEAD = re.compile(r"^[\s•·*\-–]*$")
_LEAD_DASH = re.compile(r"^\s*[-–—:]\s*")
_GAP = re.compile(r"\t|  ")
MAX_PLATFORMS_A_LINE = 5
MAX_COURSE_LIST_CHARS = 400


def _platform_courses(line: str, *, led: bool = True) -> list[dict]:
    """Courses a line outside the certification section names with their online platform: led by
    it and a dash ("Udemy – Python for Data Science Bootcamp  Jun – Jul 2017", under activities),
    or the platform with its courses in brackets ("..., LaTeX, Coursera (Fundamentals of
    Quantitative Modelling, Introduction to Corporate Finance)" in a skills line). Each course a
    name of two to twelve words, not a sentence; a platform named in passing makes none ("I took
    courses on Udemy (mostly React)"), nor, with ``led`` false (an experience line), one leading a
    line: there it is an employer ("Coursera – Senior Engineer")."""
    out = []
    start = len(line) - len(line.lstrip())  # where the line's text begins
    for count, m in enumerate(_platform_pattern().finditer(line)):
        if count >= MAX_PLATFORMS_A_LINE:
            break  # each look below reads a bounded window: a line of platform names stays linear
        platform, rest = m.group(1), line[m.end():m.end() + MAX_COURSE_LIST_CHARS].lstrip()
        before = line[max(start, m.start() - 3):m.start()].rstrip()
        names = []
        if rest.startswith("(") and (m.start() == start or before.endswith((",", ";", ":", "|", "•", "、", "，"))):
            close = rest.find(")")
            if close > 1 and "(" not in rest[1:close]:
                names = [n.strip(" .") for n in re.split(r"[,;、，；]", rest[1:close])]
        elif led and _PLATFORM_LEAD.match(line[start:m.start()][:8]) and m.start() - start <= 8 \
                and (dash := _LEAD_DASH.match(rest)) and dash.group().strip():
            names = [_GAP.split(rest[dash.end():].strip(), maxsplit=1)[0].strip(" .")]
        for name in names:
            words = _WORDS.findall(name)
            if not 2 <= len(words) <= 12 or _SENTENCE.search(name) or _line_kind(name) != "name" \
                    or _DEGREE_NAME.search(name) or _MODULES.search(name):
                continue
            out.append(_with_dates(name, line if len(names) == 1 else name, catalog_id=None, issuer=platform,
                                   credential=None))
    return out


# A link to a certificate's own page: its address says so, then gives its number ("…/pdf/cert-108415",
# "…/verify/AB12CD", "…/badges/123…")
_LINK = re.compile(r"(?:https?://|www\.)[^\s<>\"]+")
_CERTIFICATE_ADDRESS = re.compile(r"(?i)cert|credential|verif|badge")


def _linked_certificate(line: str) -> dict | None:
    """The course or certification a line outside the certification section names just before a
    link to its certificate ("Вступ до програмуванняhttps://…/pdf/cert-108415" under experience):
    the name a short entry (two to twelve words), not a sentence nor a label ("Certificate:")."""
    link = _LINK.search(line)
    said = _CERTIFICATE_ADDRESS.search(link.group()) if link is not None else None
    if said is None or not any(ch.isdigit() for ch in link.group()[said.end():]):
        return None  # no certificate's own page (one with its number): a portfolio, a list of them
    name = line[:link.start()].strip(" \t-–—:|•·*()[]")
    words = _WORDS.findall(name)
    if not 2 <= len(words) <= 12 or _SENTENCE.search(name) or _line_kind(name) != "name" or "@" in name \
            or _FIRST_PERSON.match(name) or name.endswith((",", ";")) \
            or line[:link.start()].rstrip().endswith((":", "：")):
        return None
    found = _with_dates(name, line, catalog_id=None, issuer=None, credential=None)
    found["url"] = link.group().rstrip(".,;)")
    return found


@lru_cache(maxsize=4)
def _providers(catalog: Catalog) -> frozenset[str]:
    """The catalog's providers' names, folded."""
    names = set()
    for credential in catalog.credentials:
        if credential.provider:  # "Google (Coursera)": "google (coursera)", "google", "coursera"
            folded = credential.provider.casefold()
            names.update({folded, *(part.strip(" ()") for part in re.split(r"[(/)]", folded) if part.strip(" ()"))})
    return frozenset(names)


# A product named with its version year ("Excel 2016", "SQL Server 2019", "AutoCAD 2020"): the
# year is the version the certificate is about, no date, and stays in the name
_PRODUCT_VERSION = re.compile(
    r"(?i)\b(Excel|Word|PowerPoint|Outlook|Access|Office|Project|Visio|SharePoint|OneNote|Windows Server|SQL Server|"
    r"Exchange Server|Visual Studio|AutoCAD|Revit|Inventor)\s+((?:19|20)\d{2})(?![\w.,/-]\d)\b")
_HIDDEN_DIGITS = str.maketrans("0123456789", "".join(chr(0xE030 + d) for d in range(10)))
_SHOWN_DIGITS = {v: k for k, v in _HIDDEN_DIGITS.items()} | {0x2060: " "}


def _hide_versions(text: str) -> str:
    """The text with each product's version year out of sight of the date and issuer readers."""
    return _PRODUCT_VERSION.sub(lambda m: m.group(1) + "\u2060" + m.group(2).translate(_HIDDEN_DIGITS), text)


def _certification(entry: _Entry, catalog: Catalog) -> dict | None:
    """The suggestion for one entry: its name (before an issuer written on the same line), the
    catalog's credential when the name is one, dates, expiry and credential ID."""
    text = _hide_versions(entry.name)
    if _ACKNOWLEDGEMENT.search(text) or _GRADE.match(text.strip()) \
            or ((_SCHOLARSHIP.search(text) or _AWARD.search(text)) and not _SAYS_CERTIFIED.search(text)):
        return None  # a thank-you, a grade, a grant or a prize, not a credential
    # not held yet when its own line says so (not a note on the whole list): suggested as in progress
    progress = next((m for line in (text, *entry.dates) if (m := _IN_PROGRESS.search(line))), None)
    link = _LEADING_LINK.match(text)  # "https://stepik.org "Поколение Python": курс (2022)": the school's site first
    if link:
        text = text[link.end():]
    lead = _YEAR_AT_START.match(text)  # "2018 – 2019 - Learning Journey": the period is no part of the name
    head, issuer = _name_and_issuer(text[lead.end():].lstrip(" -–—:") if lead else text)
    if link and issuer is None:
        issuer = link.group(1)
    if issuer is not None and "\u2060" in issuer:
        head, issuer = f"{head}, {issuer}", None  # "Microsoft Office Specialist, Excel 2016": the product, no issuer
    if progress is not None:
        # the name before the cue ("Nurse Executive Competency – In Progress (Exam scheduled April
        # 2026)"), or after it when it leads ("Pursuing PMP Certification", "Candidate, CFA Level II")
        cue = _IN_PROGRESS.search(head)
        if cue is not None:
            before, after = head[:cue.start()].rstrip(" –—-(,:"), head[cue.end():].lstrip(" –—-),:")
            head = before if len(before) >= 3 or not after else after
        if not head and issuer:
            head, issuer = issuer, None  # "Candidate, CFA Level II": the cue stood where the name does
        issuer = None if issuer is None or _IN_PROGRESS.search(issuer) else issuer
    if len(head) > 2 and head[0] == head[-1] and head[0] in "\"'«“„":
        head = head[1:-1].strip()  # "Python-разработчик с нуля" written in quotes
    if re.search(r"[^\W\d_]{3}\.$", head) and head.count(".") == 1:
        head = head[:-1]  # "Curso de desarrollo Android en OpenWebinars." ends a sentence, not an abbreviation
    head = _YEAR_AT_START.sub("", _YEAR_AT_END.sub("", head)).strip()  # "2019 Course", "Course 2021"
    head = _OBTAINED.sub("", head).strip()  # "簿記検定 ２級 合格": the word saying it was passed is no part of its name
    head, text = head.translate(_SHOWN_DIGITS), text.translate(_SHOWN_DIGITS)
    if not _LETTERS.search(head) or len(head.split()) > 14:
        return None
    if _SCHOOL.search(head) and not _CREDENTIAL_WORDS.search(head):
        return None  # a degree at a university ("BSCS University of Lahore") in a section of both
    if _DEGREE_NAME.search(head) and not _SAYS_CERTIFIED.search(head) \
            and not (issuer and _platform_pattern().fullmatch(issuer)):
        return None  # "Bachelor of Science in Nursing", "MBA" under "Education and Certifications"; not
        # "Master en JavaScript (Udemy)": an online platform's course, a platform awards no degree
    known = catalog.find(head) or catalog.find(text)
    version = _PRODUCT_VERSION.search(head) if known is None else None
    if version is not None:  # "Microsoft Office Specialist, Excel 2016": the series, when it is that product's
        series = catalog.find(head[:version.start()].rstrip(" ,:;-–—"))
        if series is not None and version.group(1).casefold() in " ".join([series.name, *series.skills]).casefold():
            known = series
    name = known.name if known is not None and catalog.find(head) is None and len(head) < 4 else head
    issuer = known.provider if known is not None else entry.issuer or issuer
    cert = _with_dates(name, _hide_versions(entry.text), catalog_id=known.id if known is not None else None,
                       issuer=issuer, credential=entry.credential_id)
    if progress is not None:
        after = _YEAR_MONTH.search(entry.text, entry.text.find(progress.group(0)))
        expected = to_month(after.group(1)) if after else None
        cert.update(status="in_progress", expected=expected, issued=None, expires=None)
    return cert


# The status word a Japanese or Chinese entry ends with: passed (合格), obtained (取得), acquired (获得)
_OBTAINED = re.compile(r"(?<=[\u3040-\u30ff\u3400-\u9fff０-９\d])\s*(?:合格|取得|获得|獲得)$")


# A contest, not a course: "Olympics of Programming Competitions, ... - International Collegiate Programming Contest"
_CONTEST = re.compile(r"(?i)\b(?:contests?|competitions?|olympiads?|olympics|hackathons?|championships?|"
                      r"wettbewerb\w*|concours|concursos?|olimp[ií]ada\w*|олимпиад\w*)\b")


def _issuer_first(first: str, second: str) -> bool:
    """"<school or organisation> – <course>": the organisation first, then what it taught (a
    credential's words, or a name of four words or more; not a place: "University of Leeds - UK")."""
    def organisation(text: str) -> bool:
        return bool(_SCHOOL.search(text) or _ORGANISATION.search(text))
    return (organisation(first) and not _SCHOOL.search(second) and _line_kind(second) == "name"
            and not _CONTEST.search(first + " " + second)
            and (_CREDENTIAL_WORDS.search(second) is not None
                 or (not organisation(second) and len(_WORDS.findall(second)) >= 4)))


_TRAILING_PLATFORM = re.compile(r"\s*\(([^()]{2,40})\)\s*\.?$")


def _spelled_out(initials: str, rest: str) -> str | None:
    """"TTC (Teacher Training Course)": initials, and the parenthesis after them spelling them out,
    kept together (the initials alone say nothing to a reader)."""
    found = re.match(r"\s*\(([^()]{5,80})\)", rest)
    if not found or not re.fullmatch(r"[A-Z]{2,6}", initials):
        return None
    words = [w for w in _WORDS.findall(found.group(1)) if w[0].isupper()]
    return f"{initials} ({found.group(1).strip()})" if "".join(w[0] for w in words) == initials else None


def _name_and_issuer(text: str) -> tuple[str, str | None]:
    """A certification line's name, and the issuer written after it: "Name — Issuer", "Name -
    Issuer", "Name, Issuer" (the last comma: "WEB: HTML5, CSS3, JavaScript & Ajax, SOFTBLUE"), less a
    parenthesis after the name ("(ONCC)", "(46h)", "（2015年8月）")."""
    text = " ".join(text.split())  # one space between words: each split below reads a run of spaces once
    platform = _TRAILING_PLATFORM.search(text)
    if platform is not None and _platform_pattern().fullmatch(platform.group(1).strip()):
        # "Master en PHP, SQL, POO, MVC, Laravel (Udemy)": the course's own title, then where it was taken
        return text[:platform.start()].strip(), platform.group(1).strip()
    tail = _dated_tail(text)
    if tail is not None and len(_WORDS.findall(text, tail)) <= 4:
        text = text[:tail]  # "Course, Udemy, 2022." / "Training, June-November 2024-Baku": when, not what
    parts = re.split(r"\s+[—–|·]\s+|\s+-\s+", text, maxsplit=1)
    name, issuer = parts[0].strip(), (parts[1].strip() if len(parts) == 2 else None)
    if issuer is not None and _issuer_first(name, issuer):
        name, issuer = issuer, name  # "Adelphi University - Screening, Brief Intervention and Referral to Treatment"
    if issuer is None and ", " in name:
        before, _, after = name.rpartition(", ")
        if after[:1].isupper() and 0 < len(after.split()) <= 6 and not _YEAR.search(after) \
                and after.count(")") <= after.count("(") and "..." not in after:
            name, issuer = before.strip(), after.strip(" .")
    bare = re.split(r"\s+\(|（|\((?=\s*\d)", name, maxsplit=1)[0].strip()  # "... CRIATIVA(28/02/2023 a ...)"
    spelled = _spelled_out(bare, name[len(bare):])
    name = spelled or (bare if _LETTERS.search(bare) else name)  # "C++ (Training)": the parenthesis is all there is
    if issuer is not None and (len(issuer.split()) > 8 or _line_kind(issuer) != "name"):
        issuer = None
    return name, issuer


_LABEL = re.compile(r"^([^:：]{3,40})[:：]\s*(?=\S)")


def _named_in_line(line: str, skill, catalog: Catalog, *, in_header: bool) -> dict | None:
    """A certification the vocabulary knows, named on a line outside the certification section:
    the line's own name for it when the line is a short entry ("CompTIA Security+ (2022)"); the
    vocabulary's name when the line is the contact block or a sentence and names it in full
    ("Registered Nurse"); nothing when it names it by initials only there ("CAE" of an English exam
    in a sentence is no Certified Association Executive; "A+" is a grade)."""
    text = line.strip(" -•*\t")
    label = _LABEL.match(text)
    if label is not None and classify_heading(label.group(1)) == "certifications":
        text = text[label.end():]  # "Certifications: Security+" among skills: the label names no credential
    if not text or len(text) > 300:
        return None
    mentions = [m for m in skill.mentions if m in text and sum(c.isalpha() for c in m) >= 2]
    if not mentions or any(_denied(text, m) for m in _DRIVING_LICENCE.finditer(text)):
        return None  # "No driving licence": the vocabulary's licence, denied
    head = re.split(r"\s+[—–|·]\s+|\s+-\s+|,\s+(?=[A-Z(]|\d{4})|\s+\(", text, maxsplit=1)[0].strip()
    short_entry = (not in_header and len(head.split()) <= 6 and any(m in head for m in mentions)
                   and _line_kind(text) == "name")
    if short_entry:
        name = _YEAR_AT_START.sub("", _YEAR_AT_END.sub("", head)).strip()
    elif any(not _initials(m) for m in mentions):
        name, text = skill.name, ""
    elif not in_header and _line_kind(text) == "name":
        return certification(max(mentions, key=len))  # "TOEFL" of "TOEFL 110-114 ... level English classes"
    else:
        return None
    entry = catalog.find(name)
    same = entry is not None and _fold(entry.name) == _fold(name)
    return _with_dates(name, text, catalog_id=entry.id if entry is not None else None,
                       issuer=entry.provider if same else None, credential=None)


def _initials(mention: str) -> bool:
    """Capitals, maybe with digits or a sign ("RN", "CAE", "A+", "CCNA"): a name only in context."""
    letters = [c for c in mention if c.isalpha()]
    return len(letters) <= 5 and all(c.isupper() for c in letters) and " " not in mention.strip()


# "April 30, 2025": the day between the month and the year, dropped ("April 2025")
_MONTH_DAY_YEAR = re.compile(r"\b((?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?)\s+\d{1,2},\s*"
                             r"((?:19|20)\d{2})\b")


def _with_dates(name: str, text: str, *, catalog_id: str | None, issuer: str | None, credential: str | None) -> dict:
    text = _MONTH_DAY_YEAR.sub(r"\1 \2", text)
    expires = None
    expiry = _EXPIRES.search(text)
    if expiry:
        m = _YEAR_MONTH.search(text, expiry.end())
        expires = to_month(m.group(1)) if m else None
    dates = [to_month(m.group(1)) for m in _YEAR_MONTH.finditer(text)]
    issued = next((d for d in dates if d and d != expires), None)
    if credential is None:
        found = _ID.search(text)
        credential = found.group(1) if found else None
    return certification(name, issuer=issuer, issued=issued, expires=expires, credential_id=credential,
                         catalog_id=catalog_id)
