"""Section headings of Chinese job boards (batch h28p: a Zhaopin page): duties, requirements,
perks and the company's profile are named in Chinese. Synthetic fixture."""

from __future__ import annotations

import pytest

from credstack.postings import parse_posting
from credstack.postings.model import SectionKind
from credstack.postings.sections import classify

POSTING = """高级Java开发工程师

岗位职责：
1. 负责公司电商平台后端服务的设计与开发；
2. 参与系统架构设计，保证系统的稳定与性能；

任职要求：
1. 3年以上Java开发经验，熟悉Spring MVC、MyBatis；
2. 熟悉MySQL数据库设计与优化；

福利待遇：
五险一金，弹性工作，节日福利

公司介绍：
我们是一家专注于生鲜供应链的互联网公司。
"""


@pytest.mark.parametrize("heading, kind", [
    ("岗位职责", SectionKind.RESPONSIBILITIES), ("工作内容", SectionKind.RESPONSIBILITIES),
    ("任职要求", SectionKind.REQUIREMENTS), ("任职资格", SectionKind.REQUIREMENTS),
    ("职位福利", SectionKind.BENEFITS), ("公司介绍", SectionKind.ABOUT_COMPANY),
])
def test_chinese_headings_name_their_sections(heading, kind):
    assert classify(heading) == kind


def test_a_chinese_posting_reads_as_its_sections():
    kinds = {s.heading.strip("：:"): s.kind for s in parse_posting(POSTING).sections}
    assert kinds["岗位职责"] == SectionKind.RESPONSIBILITIES
    assert kinds["任职要求"] == SectionKind.REQUIREMENTS
    assert kinds["福利待遇"] == SectionKind.BENEFITS


PROFILE = "大连示例网络科技股份有限公司是一家大型互联网电商公司，为本地的餐饮企业提供食材采购服务，" * 30

BOARD_PAGE = f"""<html><head><title>高级Java开发工程师 - 示例招聘</title></head><body>
<div class="header"><a href="/">首页</a> <a href="/jobs">职位</a></div>
<div class="summary"><h1>高级Java开发工程师</h1><p>大连示例网络科技股份有限公司</p></div>
<div class="pos-info"><div class="pos-info-in"><div class="tit"><h3>职位信息</h3><p>Java开发工程师</p></div>
<div class="resp"><div class="pos-ul"><p>1. 负责电商平台后端服务的设计与开发，编写高质量、可维护的代码；<br>2. 参与系统架构设计，保证系统稳定与性能；<br>
3. 三年以上Java开发经验，熟悉Spring MVC与MyBatis；<br>4. 熟悉MySQL数据库设计与优化，有大型项目开发经验者优先；<br>
5. 有良好的团队合作精神，工作认真负责；</p></div></div></div></div>
<div class="main-add"><div class="facts"><ul><li>互联网/电子商务</li><li>股份制企业</li><li>100-499人</li>
<li>沙河口区联合路85号</li></ul></div><div class="jianjie"><div class="jjtxt"><h3>公司概况</h3><p>简介</p>
<div class="intro"><div>{PROFILE}</div></div></div></div></div>
<div class="footer">版权所有</div></body></html>"""


def test_a_long_company_profile_does_not_outweigh_the_jobs_text():
    posting = parse_posting(BOARD_PAGE)
    assert "负责电商平台后端服务" in posting.description
    assert any(s.kind == SectionKind.RESPONSIBILITIES for s in posting.sections)
