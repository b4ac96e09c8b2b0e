"""A job board's page that shows a person's resume, not a job: its title reads "Резюме <desired post>"
(or "CV - <name>"), its headings are a resume's (work experience, key skills, about me, education,
languages), and a past post's duties sit under "Обязанности", which reads like a job's responsibilities
(batch h33p: an hh.ru resume page was read as a posting). A posting whose title happens to start with
"Resume" but which asks for something stays a posting. Synthetic fixture."""

from __future__ import annotations

import pytest

from credstack.postings import NoPostingFound, parse_posting

RESUME = """<html><head><title>{title}</title></head><body>
<nav><a href="/search">Поиск</a> <a href="/resume/new">Создать резюме</a> <a href="/login">Войти</a></nav>
<main>
<h1>{h1}</h1>
<p>Москва, готов к переезду, готов к командировкам</p>
<h2>Опыт работы 12 лет 3 месяца</h2>
<div><p>Март 2015 — по настоящее время</p><p>ООО «Северный ветер»</p>
<p>Руководитель проекта</p>
<h3>Обязанности</h3>
<p>Управление проектами внедрения учётной системы, планирование работ, контроль сроков и бюджета,
подготовка отчётности для руководства, координация команды из восьми аналитиков и разработчиков.</p></div>
<h2>Ключевые навыки</h2><p>Управление проектами, Бизнес-анализ, Постановка задач</p>
<h2>Обо мне</h2><p>Ответственный, системный, люблю доводить дела до конца.</p>
<h2>Высшее образование</h2><p>2008 Московский государственный университет, экономика</p>
<h2>Знание языков</h2><p>Русский — родной, Английский — B2</p>
</main></body></html>"""

POSTING = """<html><head><title>{title}</title></head><body><main>
<h1>{h1}</h1>
<p>Acme Careers Ltd · Leeds</p>
<h2>What you will do</h2><p>Review and rewrite client resumes, run calls with job seekers and keep the
queue moving within agreed turnaround times.</p>
<h2>Experience</h2><p>Two years of resume writing or recruiting.</p>
<h2>Requirements</h2><ul><li>Excellent written English</li><li>Attention to detail</li></ul>
<h2>Benefits</h2><ul><li>Remote working</li><li>25 days holiday</li></ul>
</main></body></html>"""


@pytest.mark.parametrize("title, h1", [
    ("Резюме Руководитель проекта. Аналитик", "Руководитель проекта. Аналитик"),
    ("CV - Jane Doe", "Jane Doe"),
])
def test_a_resume_page_is_no_posting(title, h1):
    with pytest.raises(NoPostingFound, match="resume"):
        parse_posting(RESUME.format(title=title, h1=h1))


@pytest.mark.parametrize("title", ["Resume Writer (Remote) - Acme Careers", "CV Technician - Acme Careers"])
def test_a_posting_whose_title_starts_with_resume_stays_a_posting(title):
    posting = parse_posting(POSTING.format(title=title, h1=title.split(" - ")[0]))
    assert posting.title == title.split(" - ")[0]


def test_the_same_resume_headings_under_a_job_title_are_no_resume():
    # the control: the very same page under a job's own title is not refused as a resume
    page = RESUME.format(title="Руководитель проекта — вакансия", h1="Руководитель проекта")
    try:
        parse_posting(page)
    except NoPostingFound as exc:
        assert "resume" not in str(exc)
