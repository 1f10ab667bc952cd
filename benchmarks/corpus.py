"""A deterministic generator of realistic HTML news reports for the benchmarks (invented world)."""

from __future__ import annotations

import datetime as dt
import html
import random
from dataclasses import dataclass
from pathlib import Path

COUNTRIES = ["Varnia", "Aldoria", "Castrell", "Mirovia", "Tessaly", "Korvane"]
DEMONYMS = {
    "Varnia": "Varnian",
    "Aldoria": "Aldorian",
    "Castrell": "Castrellan",
    "Mirovia": "Mirovian",
    "Tessaly": "Tessalian",
    "Korvane": "Korvanian",
}
REGIONS = ["Osk", "Derrin", "Halvard", "Upper Sella", "Marrow Vale", "Kestmoor"]
TOWNS = ["Belgrove", "Merrow", "Tarnhold", "Ostra", "Fennick", "Lowbridge", "Carrow", "Vellin"]
PEOPLE = [
    "Tomas Reigel",
    "Helena Strand",
    "Jonas Ebbe",
    "Darius Holm",
    "Ilse Varga",
    "Pavel Rusk",
    "Mira Dovan",
    "Anton Kessel",
    "Rena Sobel",
    "Otto Marwick",
]
OUTLETS = [
    "Osk Monitor",
    "Meridian Press",
    "Northern Herald",
    "Varnia Observer",
    "Kestrel Courier",
    "Halvard Daily",
]
NGOS = ["Lantern Rights Network", "Open Door Centre", "Civic Watch", "Torchlight Legal Aid"]
PERPETRATORS = [
    "regional police",
    "security forces",
    "officers of the State Security Service",
    "masked men in uniform",
    "border guards",
    "a militia loyal to the governor",
]
VICTIMS = [
    "men",
    "gay and bisexual men",
    "students",
    "opposition activists",
    "journalists",
    "members of the Sellan minority",
    "farmers",
]
FACILITIES = ["prisons", "facilities", "camps", "detention centres"]
FACILITY = ["prison", "facility", "camp", "detention centre"]
TIMES = [
    "last month",
    "last week",
    "on Monday",
    "on Tuesday",
    "yesterday",
    "earlier this year",
    "in February",
    "on 12 March",
]
NUMBER_WORDS = ["two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "twelve"]
QUALIFIERS = ["at least", "more than", "about", "up to", "", ""]

EVENT_SENTENCES = [
    "{q_cap} {n} {victims} were detained by {perp} in {town} {time}, {attr}.",
    "{perp_cap} arrested {q} {n} {victims} in {region} {time}, {attr}.",
    "{q_cap} {n} {victims} have been held in {k} secret {fac} in {region}, {attr}.",
    "Detainees were beaten and given electric shocks in a {fac_single} near {town}, {attr}.",
    "{victims_cap} were detained and tortured in {k} {fac} in {region}, "
    "not {k2} as originally reported, {attr}.",
    "Families were told to pay bribes of up to {money} crowns to {perp} for their release.",
    "{q_cap} {n} {victims} are missing after being taken from their homes in {town} {time}.",
    "A detainee told the {outlet} that guards threatened to kill him if he spoke to reporters.",
    "{person}, a journalist with the {outlet}, was forced to flee {country} after death threats.",
    "{q_cap} {n} {victims} have died in custody in {region} since {month}, {attr}.",
    'Governor {person} said {victims} should be "driven out of {region}" by {day} {month}.',
    "{victims_cap} were released {time} after their families paid police, {attr}.",
    "Police searched the homes of {n} {victims} in {town} and seized their phones.",
]
STATEMENT_SENTENCES = [
    "The {demonym} government {time} condemned the detention and torture of {victims} in {region}.",
    "{country}'s interior minister, {person}, denied the reports and said there was no reason "
    "to believe them.",
    '"There are no secret {fac} in {region}," Interior Minister {person} said.',
    "The government of {country} has not yet commented on the reports.",
    "The {ngo} called for an independent investigation into the allegations.",
    "{ngo} said it was deeply concerned about the fate of the detained {victims}.",
    "{demonym} Foreign Minister {person} demanded the immediate release of all detainees.",
    "{person} criticised the government's silence on the detentions in {region}.",
    "The interior ministry did not respond to a request for comment.",
]
BACKGROUND_SENTENCES = [
    "{region} has been governed by the same party since 1998.",
    "The town of {town} lies about 40 kilometres from the border with {country}.",
    "Parliament is due to debate the regional budget next month.",
    "The {outlet} is one of the few independent outlets still working in {region}.",
]
HEADLINES = [
    "{victims_cap} held in secret {fac} in {region}",
    "{country} denies reports of detentions in {region}",
    "Families in {town} say police demand bribes",
    "Journalist flees {country} after threats",
    "Rights group calls for inquiry into {region} detentions",
    "More {victims} detained in {region}, relatives say",
]
MONTHS = ["January", "February", "March", "April", "May", "June"]
MOST_READ = [
    "Five things to know about the new budget",
    "Cup final ends 2-1 after extra time",
    "Heavy snow expected this weekend",
    "Twelve new buses for the city line",
    "Ten films to watch this spring",
    "Storm leaves 20,000 homes without power",
]


@dataclass(frozen=True)
class GeneratedReport:
    """One generated report: its page, its article text and its publication date."""

    name: str
    title: str
    publisher: str
    published: dt.date
    paragraphs: tuple[str, ...]
    html: str

    @property
    def text(self) -> str:
        """The article text as a reader would copy it (title, then one paragraph a line)."""
        return "\n".join((self.title, *self.paragraphs))


def _fill(template: str, rng: random.Random) -> str:
    """Fill a sentence template with invented names, places, figures, dates and attributions."""
    country = rng.choice(COUNTRIES)
    victims = rng.choice(VICTIMS)
    perp = rng.choice(PERPETRATORS)
    qualifier = rng.choice(QUALIFIERS)
    number = rng.choice([str(rng.randint(3, 250)), rng.choice(NUMBER_WORDS)])
    k, k2 = rng.sample(range(2, 9), 2)
    outlet = rng.choice(OUTLETS)
    attribution = rng.choice(
        [
            f"according to the {outlet}",
            f"the {rng.choice(NGOS)} said",
            "relatives told reporters",
            f"a former detainee told the {outlet}",
            "officials said",
        ]
    )
    text = template.format(
        q=qualifier,
        q_cap=qualifier.capitalize(),
        n=number,
        victims=victims,
        victims_cap=victims[0].upper() + victims[1:],
        perp=perp,
        perp_cap=perp[0].upper() + perp[1:],
        town=rng.choice(TOWNS),
        region=rng.choice(REGIONS),
        time=rng.choice(TIMES),
        attr=attribution,
        k=NUMBER_WORDS[k - 2],
        k2=NUMBER_WORDS[k2 - 2],
        fac=rng.choice(FACILITIES),
        fac_single=rng.choice(FACILITY),
        money=f"{rng.randint(1, 9)},{rng.randint(0, 9)}00",
        outlet=outlet,
        person=rng.choice(PEOPLE),
        country=country,
        demonym=DEMONYMS[country],
        ngo=rng.choice(NGOS),
        month=rng.choice(MONTHS),
        day=rng.randint(1, 28),
    )
    text = " ".join(text.split()).replace(" ,", ",")
    return text[0].upper() + text[1:]


def _paragraphs(rng: random.Random) -> list[str]:
    """Eight to fourteen paragraphs of one to three sentences, mostly events and statements."""
    paragraphs = []
    for _ in range(rng.randint(8, 14)):
        pool = rng.choices(
            [EVENT_SENTENCES, STATEMENT_SENTENCES, BACKGROUND_SENTENCES], weights=[5, 4, 1]
        )[0]
        sentences = [_fill(rng.choice(pool), rng) for _ in range(rng.randint(1, 3))]
        paragraphs.append(" ".join(sentences))
    return paragraphs


def _page(
    title: str, publisher: str, published: dt.date, paragraphs: list[str], rng: random.Random
) -> str:
    """A news page with the furniture that text extraction must drop."""
    esc = html.escape
    body = "\n".join(f"    <p>{esc(p)}</p>" for p in paragraphs)
    most_read = "\n".join(
        f'      <li><a href="/n/{i}">{esc(t)}</a></li>'
        for i, t in enumerate(rng.sample(MOST_READ, 4))
    )
    video = (
        "    <p>Watch the minister's speech below.</p>\n"
        f'    <iframe src="https://video.example/embed/{rng.randint(1000, 9999)}"></iframe>\n'
        if rng.random() < 0.3
        else ""
    )
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{esc(title)} | {esc(publisher)}</title>
<meta property="og:site_name" content="{esc(publisher)}">
<meta property="og:title" content="{esc(title)}">
<meta property="article:published_time" content="{published.isoformat()}T08:00:00+00:00">
</head>
<body>
<header><a href="/">{esc(publisher)}</a>
  <nav><a href="/news">News</a> <a href="/world">World</a> <a href="/sport">Sport</a>
  <a href="/weather">Weather</a> <a href="/subscribe">Subscribe</a></nav>
</header>
<main>
  <article>
    <h1>{esc(title)}</h1>
    <p class="byline">By staff reporters · {published.strftime("%d %B %Y")}</p>
{body}
{video}    <div class="share">Share this article</div>
    <section class="comments"><p>{rng.randint(0, 90)} comments. Sign in to comment.</p></section>
  </article>
  <aside class="most-read"><h2>Most read</h2>
    <ol>
{most_read}
    </ol>
  </aside>
</main>
<footer><p>© {published.year} {esc(publisher)}. All rights reserved.</p></footer>
</body>
</html>
"""


def generate_reports(n: int, seed: int = 2025) -> list[GeneratedReport]:
    """`n` reports, the same for the same seed, so runs on different days compare."""
    rng = random.Random(seed)
    start = dt.date(2025, 1, 1)
    reports = []
    for index in range(n):
        paragraphs = _paragraphs(rng)
        title = _fill(rng.choice(HEADLINES), rng)
        publisher = rng.choice(OUTLETS)
        published = start + dt.timedelta(days=rng.randint(0, 300))
        page = _page(title, publisher, published, paragraphs, rng)
        reports.append(
            GeneratedReport(
                f"report-{index:05d}.html", title, publisher, published, tuple(paragraphs), page
            )
        )
    return reports


def write_reports(reports: list[GeneratedReport], directory: Path) -> list[Path]:
    """Write each report's page to `directory` and return the paths in order."""
    directory.mkdir(parents=True, exist_ok=True)
    paths = []
    for report in reports:
        path = directory / report.name
        path.write_text(report.html, encoding="utf-8")
        paths.append(path)
    return paths
