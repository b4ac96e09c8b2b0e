"""Large job pages with the structure of real ones, written for these tests (no third-party text).

Real listing pages weigh 100-600 KB: a mega-menu, a cookie banner, an app shell's state blob in a
script, tracking scripts, "similar jobs" rails and a long footer around a short description. The
popup and side panel must keep the score and the primary actions in view on such pages, and the
parser must find the posting inside them.
"""

from __future__ import annotations

import json
import random

WORDS = ("platform team data cloud service customer product growth people design build ship "
         "operate support partner market region global secure scale fast simple").split()


def _nav(rng: random.Random, site: str) -> str:
    columns = []
    for c in range(8):
        links = "".join(f'<li><a href="/{site}/c{c}/l{i}">{" ".join(rng.sample(WORDS, 2)).title()}</a></li>'
                        for i in range(28))
        columns.append(f'<div class="mega-col"><h4>{rng.choice(WORDS).title()}</h4><ul>{links}</ul></div>')
    return (f'<header class="site-header"><a class="logo" href="/">{site}</a>'
            '<nav aria-label="Main"><button class="menu-toggle">Menu</button>'
            f'<div class="mega-menu">{"".join(columns)}</div></nav>'
            '<form class="search" role="search"><input name="q" placeholder="Search jobs"><button>Search</button></form>'
            '<a href="/login">Sign in</a><a href="/employers">For employers</a></header>'
            '<div class="cookie-banner" role="dialog"><p>We use cookies to improve your experience. '
            'By continuing you accept our cookie policy.</p><button>Accept all</button><button>Settings</button></div>')


def _footer(rng: random.Random, site: str) -> str:
    groups = "".join(
        f'<div class="footer-col"><h5>{rng.choice(WORDS).title()}</h5>'
        + "".join(f'<a href="/{site}/f{g}/{i}">{" ".join(rng.sample(WORDS, 3)).title()}</a>' for i in range(40))
        + "</div>" for g in range(6))
    cities = "".join(f'<a href="/jobs/in/city-{i}">Jobs in City {i}</a>' for i in range(120))
    return (f'<footer class="site-footer">{groups}<div class="seo-links">{cities}</div>'
            f'<p>© 2026 {site}. All rights reserved. Privacy · Terms · Accessibility · Sitemap</p></footer>')


def _scripts(rng: random.Random, size: int) -> str:
    state = {"props": {"pageProps": {"experiments": {f"exp_{i}": rng.random() > 0.5 for i in range(400)},
                                     "i18n": {f"key.{i}": " ".join(rng.choices(WORDS, k=8)) for i in range(size)}}}}
    tracker = "".join(f"window.dataLayer.push({{event:'view_{i}',value:{i}}});" for i in range(300))
    return (f'<script id="__NEXT_DATA__" type="application/json">{json.dumps(state)}</script>'
            f"<script>window.dataLayer=window.dataLayer||[];{tracker}</script>"
            '<script async src="/static/analytics.js"></script>')


def _similar(rng: random.Random) -> str:
    cards = "".join(
        f'<li class="job-card"><a href="/job/{1000 + i}">{" ".join(rng.sample(WORDS, 2)).title()} Specialist</a>'
        f'<span>{rng.choice(WORDS).title()} Corp · Remote</span><span>Posted {i + 1} days ago</span></li>'
        for i in range(40))
    return f'<aside class="similar-jobs"><h2>Similar jobs</h2><ul>{cards}</ul></aside>'


DESCRIPTIONS = {
    "platform": {
        "title": "Senior Platform Engineer", "company": "Borealis Freight", "location": "Denver, CO",
        "body": """<p>Borealis Freight moves 40,000 shipments a day. Our platform team keeps the services
that price, route and track them running.</p>
<h2>What you'll do</h2><ul><li>Run our Kubernetes clusters on AWS and keep them upgraded</li>
<li>Write infrastructure as code with Terraform and review it with the teams</li>
<li>Own CI/CD pipelines in GitHub Actions</li><li>Improve observability with Prometheus and Grafana</li></ul>
<h2>Requirements</h2><ul><li>5+ years of Linux administration and Python scripting</li>
<li>Production experience with Kubernetes and Helm</li><li>Terraform and AWS (EC2, IAM, VPC)</li>
<li>Strong communication skills</li></ul>
<h2>Nice to have</h2><ul><li>Go</li><li>Certified Kubernetes Administrator (CKA)</li><li>PostgreSQL tuning</li></ul>""",
        "jsonld": True,
    },
    "analyst": {
        "title": "Marketing Data Analyst", "company": "Lumen & Pine", "location": "Austin, TX",
        "body": """<p>Lumen & Pine sells outdoor gear online. You will measure what our campaigns do.</p>
<h3>Responsibilities</h3><ul><li>Build dashboards in Tableau for the marketing team</li>
<li>Analyse campaign results with SQL and Python</li><li>Design A/B tests with product managers</li></ul>
<h3>Qualifications</h3><ul><li>3+ years of SQL</li><li>Python (pandas)</li><li>Tableau or Power BI</li>
<li>Google Analytics</li><li>Excel</li></ul>
<h3>Preferred</h3><ul><li>dbt</li><li>Snowflake</li></ul>""",
        "jsonld": False,
    },
    "backend": {
        "title": "Backend Engineer (Java)", "company": "Quayside Bank", "location": "London, UK",
        "body": """<p>Quayside Bank is building a new payments core.</p>
<h2>The role</h2><p>You will design and build Java services for payments, with Spring Boot, Kafka and
PostgreSQL, deployed on Kubernetes.</p>
<h2>You have</h2><ul><li>Java 17 and Spring Boot</li><li>Kafka or another event streaming platform</li>
<li>PostgreSQL and SQL performance work</li><li>REST API design</li><li>Docker</li></ul>
<h2>Bonus</h2><ul><li>AWS Certified Developer – Associate</li><li>Kotlin</li></ul>""",
        "jsonld": True,
    },
}


def large_page(kind: str, seed: int = 7) -> str:
    """A 100 KB+ listing page of the given kind, with the bulk of a real job site around it."""
    rng = random.Random(seed)
    job = DESCRIPTIONS[kind]
    site = f"{kind}jobs"
    jsonld = ""
    if job["jsonld"]:
        data = {"@context": "https://schema.org", "@type": "JobPosting", "title": job["title"],
                "description": job["body"], "datePosted": "2026-11-02", "employmentType": "FULL_TIME",
                "hiringOrganization": {"@type": "Organization", "name": job["company"]},
                "jobLocation": {"@type": "Place", "address": {"@type": "PostalAddress",
                                                               "addressLocality": job["location"].split(",")[0]}}}
        jsonld = f'<script type="application/ld+json">{json.dumps(data)}</script>'
    css = "".join(f".c{i}{{margin:{i % 7}px;padding:{i % 5}px}}" for i in range(1500))
    return (f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{job["title"]} - {job["company"]} '
            f'| {site}</title><style>{css}</style>{jsonld}</head><body>{_nav(rng, site)}'
            f'<main id="content"><nav class="breadcrumbs"><a href="/">Home</a> › <a href="/jobs">Jobs</a> › '
            f'{job["title"]}</nav><article class="job"><h1>{job["title"]}</h1>'
            f'<div class="job-meta"><span class="company">{job["company"]}</span> · <span>{job["location"]}</span>'
            f' · <span>Full-time</span></div><button class="apply">Apply now</button>'
            f'<section class="description">{job["body"]}</section>'
            f'<button class="apply">Apply now</button></article>{_similar(rng)}</main>'
            f'{_footer(rng, site)}{_scripts(rng, 900)}</body></html>')


def application_form_page(seed: int = 3) -> str:
    """A large page that is only an application form: no description to read."""
    rng = random.Random(seed)
    fields = "".join(f'<label>Question {i}<input name="q{i}"></label>' for i in range(12))
    return (f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Apply | careers</title></head>'
            f'<body>{_nav(rng, "careers")}<main><h1>Submit your application</h1>'
            f'<form><label>First name<input name="first"></label><label>Last name<input name="last"></label>'
            f'<label>Resume<input type="file" name="resume"></label>{fields}<button>Submit application</button></form>'
            f'</main>{_footer(rng, "careers")}{_scripts(rng, 900)}</body></html>')
