"""The words job boards label a posting's facts with ("Company", "Location", "Job type"), by field:
read by ``labels`` (the facts a page states) and ``glued`` (a label run into the word before it)."""

from __future__ import annotations

import re

LABELS = {
    "title": r"(job |position |role |ad |advert |job ad )?((job )?posting |opening |requisition )?title|position|"
             r"vacancy|poste|stelle|puesto|stilling|stillingsbetegnelse|tjänst|вакансия|должность|დასახელება|პოზიცია|თანამდებობა|職種|직종|모집직종",
    "company": r"company|company name|employer|organi[sz]ation|hiring (company|organi[sz]ation)|business|"
               r"provided by|entreprise|société|unternehmen|arbeitgeber|firma|empresa|компания|работодатель|"
               r"მომწოდებელი|კომპანია|დამსაქმებელი|会社名|企業名|회사명|기업명|사업장명|公司(名稱|名称)?|雇主",
    "location": r"(job |work |office |primary )?locations?|city|based in|where|workplace|place of work|work site|"
                r"job site|"
                r"lieu( de travail)?|localisation|arbeitsort|standort|einsatzort|ort|ubicación|lugar de trabajo|"
                r"локация|местоположение|место работы|город|(სამუშაო )?(ადგილ)?მდებარეობა|"
                r"勤務地(\s*[・/／]\s*(交通|アクセス))?|근무지|근무지역|지역|(工作)?地[點点]|"
                r"work area|arbejdssted|arbeidssted|arbetsort|placering",
    "employment_type": r"(job|employment|contract|work|position|time|appointment) type|type|(work )?schedule|"
                       r"working pattern|employment|hours|contract|"
                       r"(employment |job |position )?status|type de contrat|contrat|anstellungsart|vertragsart|"
                       r"beschäftigungsart|arbeitszeit|tipo de contrato|jornada|雇用形態|勤務形態|고용형태|근무형태|"
                       r"(weekly )?working hours|arbejdstid|arbeidstid|arbetstid|ansættelsesform|anställningsform",
    "salary": r"(starting |base |annual )?salary( range| scale| band)?|"
              r"(base |annual |hourly )?pay( range| rates?| scale| band)?|compensation|wages?|rates?( of pay)?|"
              r"hourly rates?|remuneration|"
              r"salaire|rémunération|gehalt|lohn|salario|sueldo|зарплата|заработная плата|ანაზღაურება|給与|給与・報酬|"
              r"임금|급여",
    "date_posted": r"(date )?posted( on| date)?|posting date|published|date|publié le|date de publication|"
                   r"veröffentlicht( am)?|fecha de publicación|опубликовано|дата публикации|გამოქვეყნდა|掲載日|등록일|"
                   r"게시일|發布(時間|日期)|发布(时间|日期)",
    # the posting's own number ("Tracking Code" / "2011392"): a label, never a name under the title
    "reference": r"(job|position|requisition|req\.?|tracking|reference|ref\.?|vacancy|posting)\s*"
                 r"(code|id|number|no\.?|#)|reference|(# |number )of openings",
}


_WHOLE_LABEL = re.compile("^(?:" + "|".join(f"(?:{p})" for p in LABELS.values()) + r")\s*:?$", re.IGNORECASE)


def names_a_fact(text: str) -> bool:
    """``text`` is, whole, a label of a posting's fact: "Company", "Job Type:", "Salary"."""
    return _WHOLE_LABEL.match(text.strip()) is not None
