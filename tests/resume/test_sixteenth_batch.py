"""Import and tailoring on traits of real resumes of batch 16 (Korean application forms, a
Japanese rirekisho's licences grid, Chinese certificate lists, a Hebrew CV with dated headings),
each on a small synthetic .docx built here, with a control that keeps reading as before."""

from __future__ import annotations

import base64
import io

import pytest
from docx import Document
from docx.shared import Pt, RGBColor

from credstack.credentials.catalog import load_catalog
from credstack.profile.resume_import import suggestions_from_resume
from credstack.resume import LayoutUnsupported
from credstack.resume.structure import read_layout

from .docs import bold_heading, save
from .test_layouts import HEADING, assert_nothing_lost, lines, tailor

# a 1x1 transparent PNG: the picture of a check box in a form's cell
PIXEL = base64.b64decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==")


@pytest.fixture(scope="module")
def read():
    from credstack.skills.vocabulary import load_vocabulary

    vocabulary, catalog = load_vocabulary(), load_catalog()
    return lambda data: [c["name"] for c in suggestions_from_resume(data, vocabulary, catalog).certifications]


def _grid(document, rows: list[list[str]]):
    table = document.add_table(rows=len(rows), cols=len(rows[0]))
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            cell = table.cell(r, c)
            for k, line in enumerate(text.split("\n")):
                (cell.paragraphs[0] if k == 0 else cell.add_paragraph()).add_run(line)
    return table


def _korean_form(cert_heading: str, cert_rows: list[list[str]], *, training: bool = True) -> bytes:
    """A Korean application form: a title, a personal-details table, then bracketed bold headings
    each over a grid whose first row names its columns."""
    d = Document()
    bold_heading(d, "입 사 지 원 서")
    _grid(d, [["성명", "김하늘", "생년월일", "2000.06.30"], ["휴 대 폰", "010-1234-5678", "E-mail", "sky@example.kr"]])
    bold_heading(d, "[학력사항]")
    _grid(d, [["기간", "학 교 명", "학 과"], ["2020.03.~ 2024.08.", "한빛대학교", "광고홍보학과"]])
    bold_heading(d, cert_heading)
    _grid(d, cert_rows)
    if training:
        bold_heading(d, "[훈련이수사항]")
        _grid(d, [["교 육 기 간", "훈 련 과 정", "교 육 기 관"],
                  ["2024.06.19 ~ 2024.12.03", "AWS 클라우드를 활용한\nJava Full-Stack 개발자 양성과정", "한빛교육센터"]])
    bold_heading(d, "[경력사항]")
    _grid(d, [["근 무 기 간", "회 사 명"], ["2019.11.~ 2020.11.", "한빛카페"]])
    return save(d)


CERT_GRID = [["자 격 증 명", "등급(점수)", "취 득 년 월", "발 급 기 관"],
             ["GTQ", "1급", "2023.08.11", "대한상공회의소"],
             ["컴퓨터활용능력", "2급", "2023.06.16", "한국생산성본부"]]


def test_a_korean_certificates_and_licences_heading_takes_the_new_entries():
    """'[자격 및 면허 취득 사항]' (certificates and licences obtained: details) names the
    certifications section: the new entries join it, no second heading is added above the
    education (one was, as the heading was unknown)."""
    original = _korean_form("[자격 및 면허 취득 사항]", CERT_GRID)
    kinds = {h.text: h.kind for h in read_layout(Document(io.BytesIO(original))).headings}
    assert kinds["[자격 및 면허 취득 사항]"] == "certifications"
    assert kinds["[훈련이수사항]"] == "certifications"
    result = tailor(original)
    after = [t for t, _ in lines(result.data)]
    assert HEADING not in after
    first_new = next(i for i, t in enumerate(after) if t.startswith("Certified Kubernetes Administrator")
                     or t.startswith("Google Data Analytics"))
    assert after.index("[자격 및 면허 취득 사항]") < first_new < after.index("[경력사항]")
    assert_nothing_lost(original, result.data)


def test_control_a_korean_heading_of_another_section_gets_a_new_section_above_the_first():
    """Control: '[경력 및 활동 사항]' (experience and activities) is no certifications section:
    the new section is added, above the first section ('[학력사항]')."""
    original = _korean_form("[경력 및 활동 사항]", CERT_GRID, training=False)
    after = [t for t, _ in lines(tailor(original).data)]
    assert after.index("sky@example.kr") < after.index(HEADING) < after.index("[학력사항]")


def test_a_grid_whose_first_row_names_its_columns_gives_no_column_label_as_a_certification(read):
    """The grid's first row ('자 격 증 명 | 등급(점수) | 취 득 년 월 | 발 급 기 관') labels its
    columns: '등급(점수)' is no certification; a course's name wrapped onto two lines of its cell
    beside its dates and school is one name, the school no course."""
    names = read(_korean_form("[자격증]", CERT_GRID))
    assert "등급(점수)" not in names and "한빛교육센터" not in names
    assert names[:2] == ["GTQ", "컴퓨터활용능력"]
    assert "AWS 클라우드를 활용한 Java Full-Stack 개발자 양성과정" in names


def test_control_a_grid_of_records_without_a_label_row_reads_its_first_row(read):
    """Control: under '[자격증]', a grid whose first row is already a record (a date in it) reads
    every row, as before."""
    names = read(_korean_form("[자격증]", CERT_GRID[1:], training=False))
    assert names[:2] == ["GTQ", "컴퓨터활용능력"]


def _checkbox_form(ticked: bool) -> bytes:
    """A form's certificates heading with a note after '※', a row labelled '자격구분' beside
    pictures of check boxes, then an awards heading over its grid and a cover-letter heading."""
    d = Document()
    bold_heading(d, "이력서")
    _grid(d, [["성    명", "박서준"], ["휴 대 폰", "010-4938-9755"]])
    bold_heading(d, "병역사항")
    _grid(d, [["복무구분", "육군", "복무기간", "2021.04~2023.01"]])
    p = d.add_paragraph()  # the heading in bold, its note after '※' small and grey
    p.add_run("자격사항 ").bold = True
    mark = p.add_run("※")
    mark.bold, mark.font.color.rgb = True, RGBColor(0xA6, 0xA6, 0xA6)
    note = p.add_run(" 아래 자격증 중 보유하신 자격증이 있는 경우 선택해 주세요.")
    note.font.size, note.font.color.rgb = Pt(8), RGBColor(0xA6, 0xA6, 0xA6)
    rows = [["자격구분", ""]] + ([["정보처리기사", "2023.05.12"]] if ticked else [])
    table = _grid(d, rows)
    run = table.cell(0, 1).paragraphs[0].add_run()
    run.add_picture(io.BytesIO(PIXEL))
    bold_heading(d, "수상 및 출시내역")
    _grid(d, [["기간", "상세 내용", "수여기관"], ["2025.04", "게임 출시", "itch.io"]])
    bold_heading(d, "자기소개서")
    d.add_paragraph("게임 프로그래머가 되고 싶습니다.")
    return save(d)


def test_a_form_heading_with_a_note_reads_its_filled_row_and_no_label_of_unticked_choices(read):
    """'자격사항 ※ ...' is the certifications heading (its note to whoever fills the form aside):
    the certificate written in its grid is suggested, the row's label beside unticked check-box
    pictures is not, and '수상 및 출시내역' (awards and releases) and '자기소개서' (cover letter)
    end the section (the real form gave its labels and the next sections' lines as eight
    certifications; this one gave nothing)."""
    assert read(_checkbox_form(ticked=True)) == ["정보처리기사"]


def test_control_the_same_form_with_nothing_written_suggests_nothing(read):
    assert read(_checkbox_form(ticked=False)) == []


def _chinese(lines_: list[str], heading: str = "获得证书") -> bytes:
    d = Document()
    bold_heading(d, "个人简历")
    d.add_paragraph("姓名：孙小明")
    d.add_paragraph("邮箱：xiaoming@example.cn")
    bold_heading(d, "教育背景")
    d.add_paragraph("2016年9月-2019年5月 武汉职业技术学院")
    bold_heading(d, heading)
    for line in lines_:
        d.add_paragraph(line)
    bold_heading(d, "工作经验")
    d.add_paragraph("前端开发 2019-2021")
    return save(d)


def test_a_contest_prize_among_chinese_certificates_is_no_certification(read):
    """'……比赛团体三等奖' (a team third prize of a skills contest) is an award, not a credential."""
    names = read(_chinese(["全国计算机等级考试一级合格证书", "全国职业院校技能大赛网络搭建与应用比赛团体三等奖"]))
    assert names == ["全国计算机等级考试一级合格证书"]


def test_control_a_language_test_grade_is_no_prize(read):
    """Control: '普通话水平测试：二级乙等' (a Mandarin test, grade 2B) is a certificate, as before."""
    assert read(_chinese(["普通话水平测试：二级乙等"])) == ["普通话水平测试：二级乙等"]


def test_a_lead_in_label_with_a_full_width_colon_is_no_certificate(read):
    """'所持证书：' (certificates held:) under '荣誉证书' introduces the list; the names lose the
    full stop that ends each line ('英语四级证书。')."""
    names = read(_chinese(["所持证书：", "英语四级证书。", "web全栈开发高级证书。"], heading="荣誉证书"))
    assert names == ["英语四级证书", "web全栈开发高级证书"]


def test_control_a_lead_in_label_with_an_ascii_colon_was_already_dropped(read):
    names = read(_chinese(["所持证书:", "英语四级证书"]))
    assert names == ["英语四级证书"]


def _licence_grid(blank_rows: bool) -> bytes:
    """A rirekisho-like form: name rows, an education grid, then '資格・免許' alone in a full-width
    row over rows of 'year | month | licence | year | month', the last ones left blank (units only)."""
    d = Document()
    bold_heading(d, "履 歴 書")
    _grid(d, [["氏名", "山田　太郎"], ["e-mail", "taro@example.jp"]])
    t = _grid(d, [["学　歴　・　職　歴", "", "", "", ""], ["平成24年", "4月", "横浜高等学校　入学", "", ""],
                  ["資格・免許", "", "", "", ""], ["平成28年", "2月", "情報活用試験3級　取得", "年", "月"]]
              + ([["年", "月", "", "年", "月"], ["年", "月", "", "年", "月"]] if blank_rows else
                 [["平成29年", "3月", "普通自動車免許　取得", "", ""]]))
    for r in (0, 2):
        row = t.rows[r].cells
        row[0].merge(row[4])
        row[0].paragraphs[0].runs[0].bold = True
    return save(d)


def test_a_licences_heading_over_rows_left_blank_to_fill_in_is_a_form():
    """'資格・免許' alone in its row over dated rows, some left blank with only '年' and '月': a
    form whose entries belong in its rows; the resume is left as it is, with the separate section
    (the entries went into the heading's band)."""
    with pytest.raises(LayoutUnsupported) as caught:
        tailor(_licence_grid(blank_rows=True))
    assert caught.value.section_docx


def test_control_a_licences_heading_over_filled_rows_still_takes_the_entries():
    original = _licence_grid(blank_rows=False)
    result = tailor(original)
    assert result.changes.section == "merged"
    assert_nothing_lost(original, result.data)


def _hebrew(schooling: bool) -> bytes:
    d = Document()
    bold_heading(d, "קורות חיים")
    d.add_paragraph("שם: נועה לוי")
    d.add_paragraph("מספר טלפון 0521234567")
    if schooling:
        bold_heading(d, "12 שנות לימוד: 2004-2016")
        d.add_paragraph("סיימתי בשנת 2016 12 שנות לימוד, עם בגרות מלאה.")
    bold_heading(d, "שירות צבאי: 2016-2018")
    d.add_paragraph("התגייסתי כחובשת ושובצתי בתור מנהלת מרפאה.")
    d.add_paragraph("סיימתי שירות סדיר רובאי 02")
    bold_heading(d, "על עצמי")
    d.add_paragraph("בעלת יכולת למידה גבוהה מהירה ויעילה")
    return save(d)


def test_twelve_years_of_schooling_with_its_years_is_the_first_section():
    """'12 שנות לימוד: 2004-2016' (twelve years of schooling) heads the education: the new section
    goes above it, not between it and the army service."""
    original = _hebrew(schooling=True)
    after = [t for t, _ in lines(tailor(original).data)]
    assert after.index("מספר טלפון 0521234567") < after.index(HEADING) < after.index("12 שנות לימוד: 2004-2016")


def test_control_army_service_with_its_years_is_the_first_section_without_schooling():
    after = [t for t, _ in lines(tailor(_hebrew(schooling=False)).data)]
    assert after.index("מספר טלפון 0521234567") < after.index(HEADING) < after.index("שירות צבאי: 2016-2018")
