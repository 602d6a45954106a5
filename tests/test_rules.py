"""Rules and vocabularies, case by case: input → expected label or value, one test per case."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from artextract import extract
from artextract.areas import _shows_comments, find_areas
from artextract.assemble import _published, _text_comments, split_credit
from artextract.blocks import Block
from artextract.bylines import byline_names, comment_head, is_name, name_line
from artextract.classify import classify
from artextract.dates import parse_date, parse_timestamp
from artextract.decode import looks_like_html
from artextract.features import blocks_to_read, compute_features, is_boilerplate_line
from artextract.front_text import read_text
from artextract.language import _PUNCTUATION, SAMPLE_CHARS, STOPWORDS, guess_language, word_counts
from artextract.model import Metadata
from artextract.options import Options
from artextract.shape import (
    ends_sentence,
    fold_title,
    is_heading_like,
    is_title_like,
    letters,
    without_icons,
    words,
)
from artextract.vocab import (
    BOILERPLATE_LINE,
    BYLINE,
    COMMENTS_HEADING,
    CREDIT_AGENCIES,
    DATE,
    DATELINE,
    IMAGE_LABEL,
    MONTHS,
    PUBLISHED_LABEL,
    RELATED_HEADING,
    SUMMARY_LABEL,
    Caseless,
    holds_any,
)

PROSE = ("This is a paragraph of ordinary prose that runs long enough to read as part of an article, "
         "with commas, clauses and a full stop at the end of it.")


def labels(*lines: str) -> list[str]:
    page = read_text("\n\n".join(lines))
    return [c.label for c in classify(page)]


@pytest.mark.parametrize("line, pattern, matches", [
    ("Comments", COMMENTS_HEADING, True),
    ("12 comments", COMMENTS_HEADING, True),
    ("Post a Comment", COMMENTS_HEADING, True),
    ("Leave a Reply", COMMENTS_HEADING, True),
    ("3 responses to “Why we left”", COMMENTS_HEADING, True),
    ("12 comments… read them below or add one", COMMENTS_HEADING, True),
    ("12 comments... and counting", COMMENTS_HEADING, True),
    ("Kommentare", COMMENTS_HEADING, True),
    ("Commentaires (4)", COMMENTS_HEADING, True),
    ("Vos réactions (7)", COMMENTS_HEADING, True),
    ("Your comments", COMMENTS_HEADING, True),
    ("Leserkommentare", COMMENTS_HEADING, True),
    ("Ein Gedanke zu „Über uns“", COMMENTS_HEADING, True),  # WordPress in German, one comment
    ("Kommentare Schreibe einen Kommentar", COMMENTS_HEADING, True),  # the tab glued to the form's link
    ("Comments Leave a Reply", COMMENTS_HEADING, True),
    ("Kommentare zur Debatte", COMMENTS_HEADING, False),
    ("1 Meinungen:", COMMENTS_HEADING, True),  # Blogger in German
    ("Ein Gedanke, der bleibt", COMMENTS_HEADING, False),
    ("Réactions en chaîne dans la ville", COMMENTS_HEADING, False),
    ("Comments are closed for this article because it is old.", COMMENTS_HEADING, False),
    ("Popular posts from this blog", RELATED_HEADING, True),
    ("Related", RELATED_HEADING, True),
    ("Neueste Beiträge", RELATED_HEADING, True), ("Entradas recientes", RELATED_HEADING, True),  # a blog's widget
    ("Articles récents", RELATED_HEADING, True), ("Neueste Beiträge zum Thema Bahn", RELATED_HEADING, False),
    ("You may also like", RELATED_HEADING, True),
    ("More from The Daily Planet", RELATED_HEADING, True),
    ("Ähnliche Beiträge", RELATED_HEADING, True),
    ("Похожие статьи", RELATED_HEADING, True),
    ("相关文章", RELATED_HEADING, True),
    ("関連記事", RELATED_HEADING, True),
    ("관련 기사", RELATED_HEADING, True),
    ("เรื่องที่เกี่ยวข้อง", RELATED_HEADING, True),
    ("Baca juga:", RELATED_HEADING, True),
    ("Комментарии (12)", COMMENTS_HEADING, True),
    ("评论", COMMENTS_HEADING, True),
    ("댓글", COMMENTS_HEADING, True),
    ("По теме доклада выступили три человека.", RELATED_HEADING, False),
    ("Related research shows the effect is small.", RELATED_HEADING, False),
    ("Sie könnten auch an folgenden Artikeln interessiert sein", RELATED_HEADING, True),
    ("Weitere Pressemitteilungen dieses Verbands", RELATED_HEADING, True),
    ("Das könnte Dich auch interessieren:", RELATED_HEADING, True),
    ("Die meistgelesenen Artikel", RELATED_HEADING, True),
    ("Te puede interesar", RELATED_HEADING, True),
    ("Pour approfondir", RELATED_HEADING, True),
    ("Zum Weiterlesen", RELATED_HEADING, True),
    ("Empfohlen für dich", RELATED_HEADING, True),
    ("Meistgelesen", RELATED_HEADING, True),
    ("Passend dazu:", RELATED_HEADING, True),
    ("Les plus populaires", RELATED_HEADING, True),
    ("Mirá también", RELATED_HEADING, True),
    ("Das wird dir auch gefallen!", RELATED_HEADING, True),
    ("Zum Thema Hochwasser hat die Stadt einen Plan vorgelegt.", RELATED_HEADING, False),
    ("Polecamy", RELATED_HEADING, True),
    ("Die meistgelesenen Bücher des Jahres stammen aus Skandinavien.", RELATED_HEADING, False),
    ("Summary", SUMMARY_LABEL, True),
    ("Key points:", SUMMARY_LABEL, True),
    ("Zusammenfassung", SUMMARY_LABEL, True),
    ("Summary of the findings of the committee", SUMMARY_LABEL, False),
    ("Click to Enlarge", IMAGE_LABEL, True),
    ("Image 3 of 12", IMAGE_LABEL, True),
    ("By Jane Doe", BYLINE, True),
    ("Von Max Mustermann | 3. Mai 2024", BYLINE, True),
    ("Bystanders watched as the tower fell.", BYLINE, False),
    ("Updated March 3, 2024 at 5:12 p.m. EST", DATELINE, True),
    ("Veröffentlicht am 29.05.2014, 10:15 Uhr", DATELINE, True),
    ("3 hours ago", DATELINE, True),
    ("Hace 13 horas", DATELINE, True),
    ("il y a 3 heures", DATELINE, True),
    ("3 ore fa", DATELINE, True),
    ("2 uur geleden", DATELINE, True),
    ("hace mucho tiempo", DATELINE, False),
    ("Submitted on Mon, 2019-01-21 13:49", DATELINE, True),
    ("segunda-feira, 15 de março de 2021 às 9:41", DATELINE, True),  # a weekday, "de" before the month
    ("Miércoles, 04 de Mayo de 2022", DATELINE, True),
    ("22 de janeiro de 2018", DATE, True),
    ("March was the wettest month on record in the valley, and farmers are worried.", DATELINE, False),
])
def test_vocabulary(line: str, pattern, matches: bool) -> None:
    assert bool(pattern.match(line)) is matches


@pytest.mark.parametrize("line", ["Share on Facebook", "SHARE ON FACEBOOK", "Privacy Policy", "Zurück", "ZURÜCK",
                                  "Updated March 3, 2024", "The tower fell on March 3, 2024.", "İmpressum", "Sſkip",
                                  # alternatives that start otherwise than with a letter (see Caseless.matches)
                                  "(No ratings yet)", "12:30 Uhr", "Facebook Twitter", "Jetzt kommentieren", "Summary:",
                                  "Acme Inc. All rights reserved.", "(c) 2020 Acme", "© Acme", "View all (23)", ""])
@pytest.mark.parametrize("pattern", [BOILERPLATE_LINE, DATELINE, RELATED_HEADING, DATE, SUMMARY_LABEL])
def test_caseless_answers_as_its_pattern(line: str, pattern) -> None:
    caseless = Caseless(pattern)
    assert caseless.matches(line) is bool(pattern.match(line))
    assert caseless.found_in(line) is bool(pattern.search(line))
    found = pattern.search(line)
    assert caseless.start_in(line) == (found.start() if found else -1)
    assert [m.span() for m in caseless.finditer(line)] == [m.span() for m in pattern.finditer(line)]
    # the same with the lowered text given, as a caller that reads a line with several vocabularies does
    lowered = line.lower()
    assert caseless.matches(line, lowered) is bool(pattern.match(line))
    assert caseless.start_in(line, lowered) == (found.start() if found else -1)
    matched = pattern.match(line)
    assert [m.span() for m in (caseless.match(line), caseless.match(line, lowered)) if m] \
        == ([matched.span()] * 2 if matched else [])


@pytest.mark.parametrize("source", [r"^share$", r"^(?-i:[a-z]\w?)$", r"^Share$", r"\u0130", r"[a-ž]", r"ſ"])
def test_caseless_does_not_lower_where_it_would_change_the_answer(source: str) -> None:
    import re

    flags = 0 if source == r"^share$" else re.IGNORECASE  # the first is not case-insensitive at all
    caseless = Caseless(re.compile(source, flags))
    assert caseless.lowered is None
    assert caseless.matches("SHARE") is bool(caseless.pattern.match("SHARE"))


def test_vocabularies_read_the_faster_way_can_be() -> None:
    # a vocabulary edit that makes one unsafe to lower (an upper-case letter, "ı") keeps the answers
    # but loses the speed: this says which
    from artextract import bylines, dates, features

    wrapped = [value for module in (features, bylines, dates) for value in vars(module).values()
               if isinstance(value, Caseless)] + [c for c, _ in dates._NAMED_DATES]
    assert len(wrapped) >= 9
    assert [c.pattern.pattern[:30] for c in wrapped if c.lowered is None] == []


def test_characters_lower_does_not_fold_like_patterns() -> None:
    # the characters that a case-insensitive pattern equates with an ASCII letter and lower() does not
    # turn into it are the ones holds_any and Caseless allow for
    import re
    import sys
    from string import ascii_lowercase

    from artextract.vocab import _OTHER_CASES

    letters = set(ascii_lowercase + ascii_lowercase.upper())
    # a character that a pattern can equate with a letter has the letter among its cases
    near = [c for c in map(chr, range(0x80, sys.maxunicode + 1)) if letters & set(c.upper() + c.lower() + c.casefold())]
    odd = {c for c in near for a in ascii_lowercase if re.fullmatch(a, c, re.IGNORECASE) and c.lower() != a}
    assert odd == set(_OTHER_CASES)


@pytest.mark.parametrize("line", [
    "Photo: Jane Doe/Reuters", "CRÉDIT PHOTO : Jean Dupont", "Crédit: AFP", "Credit: NASA", "Illustration by Sam",
    "Bild: Keystone", "Quelle: dpa", "Source : AFP", "Fotos von Max", "PICTURE BY ANN", "Photographs: J. Doe",
    "AFP/Getty Images", "REUTERS/Jane Doe", "GETTY", "Jane Doe/Getty", "Photo: imago images",
    "Foto: picture alliance/dpa",
    "Der Rosengarten © Südtirol Wein", "Joe Biden / AFP", "el 11 de febrero pasado. EFE", "(c) 2020 Jane",
    "History[edit]", "Usage¶", "Top #", "Notes [ 1 ]",
])
def test_cheap_tests_pass_what_their_patterns_match(line: str) -> None:
    # each cheap test before a pattern lets through every line that the pattern matches
    from artextract.vocab import (
        CREDIT_LABEL,
        CREDIT_LABEL_WORDS,
        CREDIT_MARK,
        CREDIT_MARK_STARTS,
        CREDIT_ONLY,
        HEADING_END_MARK,
        HEADING_END_MARK_LAST,
    )

    matched = [CREDIT_LABEL.search(line), CREDIT_ONLY.match(line), CREDIT_MARK.search(line),
               HEADING_END_MARK.search(line)]
    assert any(matched)  # the examples are the patterns' own
    assert not matched[0] or holds_any(line, CREDIT_LABEL_WORDS)
    assert not matched[1] or holds_any(line, CREDIT_AGENCIES)
    assert not matched[2] or any(start in line for start in CREDIT_MARK_STARTS)
    assert not matched[3] or line.endswith(HEADING_END_MARK_LAST)


@pytest.mark.parametrize("line, holds", [
    ("AFP/Getty Images", True), ("Photo: REUTERS", True), ("Jane Doe", False), ("ſhutterſtock", True),
])
def test_holds_any(line: str, holds: bool) -> None:
    assert holds_any(line, CREDIT_AGENCIES) is holds


@pytest.mark.parametrize("line, after", [
    ("Letzte Änderung: 31.10.2023 Erschienen am: 01.11.2023", "01.11.2023"),
    ("Pressemitteilung vom 25. Januar 2022 | Berlin", "25. Januar 2022 | Berlin"),
    ("Published on May 3, 2024", "May 3, 2024"),
    ("Author: Jane Doe am 29.12.2010, 13:36 Uhr", "29.12.2010, 13:36 Uhr"),
    ("The date of the vote is not yet known.", None),
])
def test_published_label(line: str, after: str | None) -> None:
    found = PUBLISHED_LABEL.search(line)
    assert (line[found.end():] if found else None) == after


@pytest.mark.parametrize("line, names", [
    ("Von: Jane Doe", ["Jane Doe"]),
    ("*Posted on 9 July 2024 by Priya Raman*", ["Priya Raman"]),
    ("Jane Doe", ["Jane Doe"]),
    ("Kultur | Konzerte - Stadthalle", []),  # a teaser's parts, not a name
    ("October 12, 2024", []),
    ("Teilen 11. November 2022", []),
    ("Veröffentlicht am 12. Juni 2017 von jdoe42", ["jdoe42"]),  # after "von", a user name is a name
    ("jdoe42", []),  # ... but not alone
    ("Share by email", []),
    ("Jane Doe (Reuters)", ["Jane Doe"]),  # a role or an affiliation after the name
    ("Brit Weirich (Medizinredakteurin, M.A.)", ["Brit Weirich"]),
    ("(Reuters)", []),
])
def test_name_line(line: str, names: list[str]) -> None:
    assert name_line(line) == names


def _meta(published: str | None, modified: str | None = None) -> Metadata:
    return Metadata(published=published, modified=modified)


@pytest.mark.parametrize("published, modified, shown, expected", [
    (None, None, ["2024-05-03"], "2024-05-03"),  # nothing else dates the page
    ("2024-01-01T10:00:00Z", None, ["2024-05-03"], "2024-05-03"),  # metadata holds a date of import
    ("2024-05-03T10:00:00Z", None, ["2024-04-01", "2024-05-03"], "2024-05-03T10:00:00Z"),  # one agrees
    ("2024-05-03T10:00:00Z", "2024-05-04", ["2024-06-30"], "2024-05-03T10:00:00Z"),  # after the last change
    ("2024-05-03T10:00:00Z", "2024-05-03", ["2024-05-04"], "2024-05-04"),  # a day's slack: time zones
    ("2024-05-03T10:00:00Z", "2024-05-03", ["2019-01-18"], "2024-05-03T10:00:00Z"),  # never changed
    ("2024-05-03T10:00:00Z", None, [], "2024-05-03T10:00:00Z"),
])
def test_published_date_choice(published: str | None, modified: str | None, shown: list[str], expected: str) -> None:
    assert _published(_meta(published, modified), *shown) == expected


@pytest.mark.parametrize("caption, expected", [
    ("Abe speaks to reporters in Tokyo on May 29.(JIJI PRESS/AFP/Getty Images)",
     ("Abe speaks to reporters in Tokyo on May 29.", "JIJI PRESS/AFP/Getty Images")),
    ("Residents queue outside the hall. (Maria Alvarez/Reuters)",
     ("Residents queue outside the hall.", "Maria Alvarez/Reuters")),
    ("The new bridge at dusk. Photo: Jane Doe", ("The new bridge at dusk.", "Jane Doe")),
    ("Der Marktplatz am Morgen. Foto: dpa", ("Der Marktplatz am Morgen.", "dpa")),
    ("Credit: Sam Lee for The Times", ("", "Sam Lee for The Times")),
    ("A quiet street in the old town.", ("A quiet street in the old town.", None)),
    ("Das Hafen-Foto: Wie ein Bild die Stadt bewegt", ("Das Hafen-Foto: Wie ein Bild die Stadt bewegt", None)),
    # a picture's label over a caption that is a sentence: no credit, and the label cut
    ("Image: The mayor has agreed a deal to open the new bridge in the spring",
     ("The mayor has agreed a deal to open the new bridge in the spring", None)),
    ("Photo: Courtesy of the artist and the gallery", ("", "Courtesy of the artist and the gallery")),
    # a credit after the last sentence, its names and agency parted by a slash
    ("The harbour was quiet at dawn.Jane Doe/Getty",
     ("The harbour was quiet at dawn.", "Jane Doe/Getty")),
    ("Traders work on the floor on May 3, 2019. REUTERS/Jane Doe",
     ("Traders work on the floor on May 3, 2019.", "REUTERS/Jane Doe")),
    ("The senator speaks at the Capitol. J. Jane Doe / AP file",
     ("The senator speaks at the Capitol.", "J. Jane Doe / AP file")),
    ("A river at dusk. It flows north/south through the city.",
     ("A river at dusk. It flows north/south through the city.", None)),
])
def test_split_credit(caption: str, expected: tuple[str, str | None]) -> None:
    assert split_credit(caption) == expected


@pytest.mark.parametrize("text, name", [
    ("Jane Doe", True), ("Ana de la Cruz", True), ("J. R. Stone", True), ("LD", True), ("R. R.", True),
    ("DE FR IT", False),  # a menu of languages' codes
    ("Édition du", False),  # a name ends with a name, not a particle
    ("„Heikles“ Thema", False), ("EMBED <>More Videos", False),  # a title in quotes, markup
    ('Jane "JD" Doe', True), ("Jane “JD” Doe", True),  # a nickname in quotes
])
def test_is_name(text: str, name: bool) -> None:
    assert is_name(text) is name


@pytest.mark.parametrize("line, names", [
    ("By Jane Doe", ["Jane Doe"]),
    ("By Jane Doe and John Roe", ["Jane Doe", "John Roe"]),
    ("By Jane Doe | March 3, 2024", ["Jane Doe"]),
    ("Von Anna Schmidt und Paul Meier", ["Anna Schmidt", "Paul Meier"]),
    ("Written by Li Wei, Staff Writer", ["Li Wei"]),
    ("By the time we arrived, the hall was empty.", []),
    ("Von Jörg Staff am 16.11.2022", ["Jörg Staff"]),
    ("Autor*in: Brit Weirich", ["Brit Weirich"]),  # the label written for both genders
    ("By Erin Walsh March 18 at 3:57 PM", ["Erin Walsh"]),  # the names end where a date starts
    ("By Jane Doe May 3, 2024", ["Jane Doe"]),
    ("By Jane Doe 3 hours ago", ["Jane Doe"]),
    ("Von Jule Berger Vom 3. Februar 2022", ["Jule Berger"]),
    ("Jeff Foust — November 19, 2019", ["Jeff Foust"]),
    ("Kleinserien Klimaschutzprodukte (bis 31.12.2018)", []),  # a date in a note on a name: no byline
    ("By Chris Garner@cgarner", ["Chris Garner"]),  # a social media handle after the name
    ("By Ahiza Garcia @ahiza_garcia February 1, 2016", ["Ahiza Garcia"]),
    ("Autor_innen: Jane Doe", []),  # a site's page of its authors, not a label
    ("Autor: Petra Ruland", ["Petra Ruland"]),
    ("By Ana de la Cruz", ["Ana de la Cruz"]),
    ("Posted by Jane Doe at 2:33 PM", ["Jane Doe"]),  # Blogger's post footer
    ("Publicado por Ana García", ["Ana García"]),
    ("Geschrieben von Max Muster", ["Max Muster"]),
    ("Erstellt von Max Muster", ["Max Muster"]), ("Created by Jane Doe", ["Jane Doe"]),
    ("Geplaatst door Anna de Vries", ["Anna de Vries"]),
    ("Von: Anna Schmidt", ["Anna Schmidt"]),
    ("Text: Anna Schmidt", ["Anna Schmidt"]),
    ("1. Februar 2022, Anna Schmidt", ["Anna Schmidt"]),  # a date, then the name
    ("23.06.2016 um 16:14 Uhr - Max Muster - 91 Ergänzungen", ["Max Muster"]),
    ("06.11.2023 Von Anna Schmidt", ["Anna Schmidt"]),
    ("21.01.2022 Aktuelle Meldung", []),  # a date and a section's name
    ("05.02.2020 - Redaktion: Max Muster", []),  # a label is no name
    # the kind of piece before "by"
    ("Analysis by Jane Doe , CNN Senior Analyst", ["Jane Doe"]),
    ("Opinion by Jane Doe", ["Jane Doe"]),
    ("Review by the numbers: what the year told us", []),
    ("Eine Kolumne von Max Muster", ["Max Muster"]),  # the kind with its article, in the vocabularies' languages
    ("A column by Jane Doe", ["Jane Doe"]),
    ("Une chronique de Jean Dupont", ["Jean Dupont"]),
    ("Columna de Opinión", []),  # a box's heading: a kind of piece is no name
    ("De Política", []), ("DE INTERÉS", []), ("De Ana García", ["Ana García"]),  # "de" is "of" as often as "by"
    ("Eine Analyse von Daten zeigt, dass es so ist", []),
    ("Eingestellt von Max Muster um 21:11", ["Max Muster"]),  # Blogger's post footer in German
    ("// By Jane Doe • Nov 11, 2020", ["Jane Doe"]),  # a decoration before "By"
    ("Jane Doe / Oktober 25 2023", ["Jane Doe"]),  # a slash between the name and the date
    ("By Bruce Y. Lee", ["Bruce Y. Lee"]),  # a middle initial, not Spanish "y" ("and")
    ("Di Anna Rossi e Marco Bianchi", ["Anna Rossi", "Marco Bianchi"]),
    # a name, then its date after a weekday or a label
    ("Marie Martin | lundi 9 décembre 2019 à 09h08", ["Marie Martin"]),
    ("Jane Doe on Tuesday, May 3, 2024", ["Jane Doe"]),
    ("Jane Doe, Tue., May 3, 2024", ["Jane Doe"]),
    ("Anna Schmidt Zuletzt geändert am 06.11.2023", ["Anna Schmidt"]),
    ("Published Thursday 13 May 2021", []),  # a label and a weekday are no name
    ("Actualizado al 14/06/2021 10:05", []),
    # roles in parentheses
    ("by Jane Doe (reporting) and John Roe (photography)", ["Jane Doe", "John Roe"]),
    ("— Jane Doe (@janedoe) November 2, 2021", []),  # an embedded post's signature, no byline
    # the names end where another field's label or an e-mail address starts
    ("Von Anna Schmidt Kategorien: Mode 6. November 2023, 15:25 Uhr", ["Anna Schmidt"]),
    ("Por Ana García agarcia@example.com", ["Ana García"]),
    ("By Jane Doe jdoe@example.org(555) 123-4567", ["Jane Doe"]),
    ("By Jane Doe@janedoe Updated Jul 24, 2018", ["Jane Doe"]),  # a handle, no address: the name stays whole
    # French "le" before a date ends the names; "Le" in a name does not
    ("Par Jeanne Le Goff", ["Jeanne Le Goff"]),
    ("Par Jeanne Le Goff le 30 septembre 2018", ["Jeanne Le Goff"]),
    ("PAR JEANNE MARTIN LE 3 MAI 2020", ["JEANNE MARTIN"]),
    # a byline among a line's parts, beside a date
    ("Rubrique | Par Jeanne Martin | 30 septembre 2018", ["Jeanne Martin"]),
    ("Home | By Category | Archive", []),  # no date: a menu
    ("Dezember 26, 2019 von Jane Doe Kategorien: Allgemein", ["Jane Doe"]),  # a date, then the byline
    # a columnist's label, in the vocabularies' languages and German's gender forms
    ("Kolumnist*in: Jane Doe", ["Jane Doe"]), ("Kolumnistin: Anna Schmidt", ["Anna Schmidt"]),
    ("Columnist: Jane Doe", ["Jane Doe"]), ("Chroniqueuse : Jeanne Martin", ["Jeanne Martin"]),
])
def test_byline_names(line: str, names: list[str]) -> None:
    assert byline_names(line) == names


@pytest.mark.parametrize("name", sorted(MONTHS))
def test_every_month_that_dates_read_is_a_date_to_the_patterns(name: str) -> None:
    # one list of month names: what finds a date on a line (bylines, date lines) and what reads it agree
    for line in (f"3 {name} 2020", f"3. {name.capitalize()} 2020", f"{name.capitalize()} 3, 2020"):
        found = DATE.search(line)
        assert found is not None and found.group(0) == line
        assert parse_date(line) == f"2020-{MONTHS[name]:02d}-03"


@pytest.mark.parametrize("text, iso", [
    ("May 29, 2014", "2014-05-29"),
    ("29 May 2014", "2014-05-29"),
    ("29. Mai 2014", "2014-05-29"),
    ("24 juillet 2015", "2015-07-24"),
    ("29.05.2014", "2014-05-29"),
    ("2015-07-24T05:36:09+01:00", "2015-07-24T05:36:09+01:00"),
    ("31/12/2020", "2020-12-31"),
    ("no date here", None),
    ("February 30, 2020", None),
    ("18. 05. 2014 22:38", "2014-05-18"),
    ("JANE DOE3.11.2023", "2023-11-03"),
    ("27.01.2022Report", "2022-01-27"),
    ("version 1.2.3.4", None),
    # a year glued to the next date's day or to a time of day
    ("21. Januar 202221. Januar 2022", "2022-01-21"),
    ("3 de mayo de 202221:25", "2022-05-03"),
    ("24 July 201512345", None),
])
def test_parse_date(text: str, iso: str | None) -> None:
    assert parse_date(text) == iso


@pytest.mark.parametrize("value, iso", [
    ("2019-05-23T07:14:34+02:00", "2019-05-23T07:14:34+02:00"),
    ("2019-11-5", "2019-11-05"),
    ("1558595674", "2019-05-23T07:14:34Z"),  # seconds since 1970
    ("1558595674000", "2019-05-23T07:14:34Z"),  # milliseconds
    ("0123456789", None),  # ten digits of another kind: 1973
    ("42", None),
])
def test_parse_timestamp(value: str, iso: str | None) -> None:
    assert parse_timestamp(value) == iso


@pytest.mark.parametrize("text, lang", [
    ("The council voted on the plan and it was approved by the members of the board for the town.", "en"),
    ("Die Bäckerei ist nicht mehr mit den Preisen zufrieden, und das ist auch für die Kunden ein Problem.", "de"),
    ("Le conseil a voté pour le projet et les habitants sont dans la rue pour une fête avec des amis.", "fr"),
    ("ok", None),
])
def test_guess_language(text: str, lang: str | None) -> None:
    assert guess_language(text) == lang


def _counts_by_definition(text: str) -> list[int]:
    """word_counts as its docstring says it: the sample case-folded, split, its words stripped of
    punctuation and counted by the languages that list them."""
    words = [word.strip(_PUNCTUATION) for word in text[:SAMPLE_CHARS].casefold().split()]
    return [sum(word in listed for word in words) for listed in STOPWORDS.values()]


# the sample's words: listed ones in any case, with punctuation around or inside them, long words, an
# expanding fold ("ß"), other scripts, white space of several kinds
_SAMPLE_WORDS = st.sampled_from(sorted({w for ws in STOPWORDS.values() for w in ws})).map(
    lambda w: w.upper() if len(w) % 3 == 0 else w.capitalize() if len(w) % 3 == 1 else w)
_SAMPLE_PIECES = st.one_of(_SAMPLE_WORDS, st.sampled_from([
    "(", ")", "“", "”", ",", ".", "'", "«", "»", "[", "?", "-", "ß", "Straße", "ÉTÉ", "article", "x", "42", "日本"]))


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.lists(_SAMPLE_PIECES, min_size=1, max_size=3).map("".join),
                          st.sampled_from([" ", "\n", "\t", "\u00a0", "  "])), max_size=60))
def test_word_counts_read_as_their_definition(pieces: list[tuple[str, str]]) -> None:
    text = "".join(word + space for word, space in pieces)
    assert word_counts(text) == _counts_by_definition(text)


def test_guess_language_takes_the_first_of_equals() -> None:
    # "la" is French, Spanish and Italian: STOPWORDS' order decides, as max() over a dict would
    assert guess_language("la la la la la la") == "fr"


@pytest.mark.parametrize("text, html", [
    ("<!DOCTYPE html><html><body><p>x</p></body></html>", True),
    ("  \n<html lang='en'><head>", True),
    ("<div><p>a</p><p>b</p><p>c</p><div><span>d</span><a href=x>e</a><br><li>f</li></div></div>", True),
    # a post's body as a CMS exports it: headings, paragraphs and emphasis, no page around them
    ("<article><h1>T</h1><p>a</p><p>b</p><h2>S</h2><p><b>c</b></p><p>d</p><blockquote>e</blockquote></article>",
     True),
    ("Headline\n\nA paragraph mentioning <script> tags in passing.", False),
    ("Plain text page\n\nwith lines.", False),
    ("How to test a page\n\n" + "A paragraph of prose that explains the example below at some length. " * 4
     + "\n\n<!DOCTYPE html>\n<html>\n<head>\n<meta charset='utf-8'>\n<title>T</title>\n<link rel='x'>\n</head>"
     "\n<body><div><p>a</p><script src='x.js'></script></div></body>", False),
])
def test_looks_like_html(text: str, html: bool) -> None:
    assert looks_like_html(text) is html


# --- rules on small pages -------------------------------------------------------------------------


def test_short_line_between_prose_is_a_heading() -> None:
    assert labels("A Title For The Page", PROSE, "A Sub-heading", PROSE) == ["headline", "body", "heading", "body"]


def test_run_of_short_lines_is_not_a_heading() -> None:
    got = labels("A Title For The Page", PROSE, "Eggs\nMilk\nFlour", PROSE)
    assert "heading" not in got


def test_heading_under_a_list_in_lower_case_is_a_heading() -> None:
    page = read_text(f"A Title For The Page\n\n{PROSE}\n\nmemory dumps\ncode coverage\nlive debugging\nWarnings\n\n"
                     f"{PROSE}")
    assert [c.label for c in classify(page)][5] == "heading"


def test_heading_under_code_is_a_heading() -> None:
    page = read_text(f"A Title For The Page\n\n{PROSE}\n\nfetch(url).then(function(res) {{\n  return res;\n}});\n"
                     f"Future improvements\n\n{PROSE}")
    assert [c.label for c in classify(page)][5] == "heading"


def test_last_item_of_a_capitalised_list_is_not_a_heading() -> None:
    page = read_text(f"A Title For The Page\n\n{PROSE}\n\nEggs\nMilk\nFlour\nSugar\n\n{PROSE}")
    assert "heading" not in [c.label for c in classify(page)]


def test_heading_over_a_byline_is_a_heading_and_the_byline_is_not() -> None:
    page = read_text("A Title For The Page\n\n" + f"{PROSE}\n\n" * 8
                     + "The Second Story\nBy Jane Doe\nMay 3, 2024\n\n" + f"{PROSE}\n\n" * 4)
    got = [c.label for c in classify(page)]
    assert got[9] == "heading" and got[10] != "heading"


@pytest.mark.parametrize("note", ["Main article: Geography of the Islands", "Geography logo"])
def test_heading_echoed_by_a_note_under_it_is_a_heading(note: str) -> None:
    page = read_text(f"A Title For The Page\n\n{PROSE}\n\nGeography[edit]\n{note}\nThe Southern Alps\n\n{PROSE}")
    assert [c.label for c in classify(page)][2] == "heading"


@pytest.mark.parametrize("note", ["Main article: History of the Islands", "Further information: Rivers of the Islands",
                                  "Hauptartikel: Geschichte der Inseln"])
def test_a_note_pointing_to_another_article_is_no_heading(note: str) -> None:
    # the note stands alone between the section's heading and its prose: shaped like a heading itself
    got = labels("A Title For The Page", PROSE, "History", note, PROSE)
    assert got[2] == "heading" and got[3] != "heading"
    # a line shaped the same without the note's label is a sub-heading
    assert labels("A Title For The Page", PROSE, "History", "Early Settlers Of The Islands", PROSE)[3] == "heading"


def test_heading_over_its_note_and_pictures_is_a_heading() -> None:
    page = read_text(f"A Title For The Page\n\n{PROSE}\n\nGovernment and politics\n"
                     "Main articles: Government of the Islands and Politics of the Islands\n"
                     "The Queen of the Islands\nThe Prime Minister of the Islands\n\n" + PROSE)
    assert [c.label for c in classify(page)][2] == "heading"


@pytest.mark.parametrize("line, title_like", [
    ("Night Trains Run Late Again", True), ("2024", True), ("„Wirklich?“", True), ("東京の夜", True),
    ("━━━━━━━━━━━━━━━━━━━━", False), ("* * *", False), ("-----", False),  # rules drawn with characters
])
def test_a_title_has_a_letter_or_a_digit(line: str, title_like: bool) -> None:
    assert is_title_like(line) is title_like


@pytest.mark.parametrize("line, heading_like", [
    ("“Yes.”", False),
    ("“What do you mean?”", False),
    ("„Wirklich?“", False),
    ("‘We need to listen’", True),
    ("Why Neon Matters?", True),
])
def test_dialogue_is_not_heading_like(line: str, heading_like: bool) -> None:
    assert is_heading_like(line) is heading_like


def test_heading_over_a_sub_heading() -> None:
    got = labels("A Title For The Page", PROSE, "Main Part", "First Detail", PROSE)
    assert got[2:4] == ["heading", "heading"]


def test_navigation_before_headline_is_boilerplate() -> None:
    got = labels("Skip to main content", "Home", "News", "A Title For The Page", PROSE, PROSE)
    assert got[:3] == ["boilerplate"] * 3 and got[3] == "headline"


def test_headline_is_above_the_byline_not_the_first_line() -> None:
    got = labels("Weather Today", "Rating: 5", "The Real Headline Of This Story", "By Jane Doe", "May 3, 2024", PROSE)
    assert got[2] == "headline" and got[3] == "byline" and got[4] == "byline"


def test_a_name_over_a_follow_button_is_the_byline() -> None:
    page = "\n".join(["The Real Headline Of This Story", "Vincent Vallet", "Follow", "Oct 18, 2019 · 8 min read",
                      "", PROSE, "", PROSE])
    assert extract(page, input_format="text").metadata.authors == ["Vincent Vallet"]
    # a button to follow the site is no author's
    page = page.replace("Follow\n", "Follow us\n")
    assert extract(page, input_format="text").metadata.authors == []


def test_the_date_under_the_headline_beats_the_mastheads_day_over_it() -> None:
    page = "\n".join(["Wednesday, May 4, 2022", "Home", "News", "", "The Real Headline Of This Story",
                      "By Jane Doe", "May 3, 2022", "", PROSE, "", PROSE])
    assert extract(page, input_format="text").metadata.published == "2022-05-03"
    # with no date under the headline, the one over it is the page's
    page = page.replace("May 3, 2022", "Follow us")
    assert extract(page, input_format="text").metadata.published == "2022-05-04"


def test_a_labelled_date_under_the_article_dates_it() -> None:
    article = [line for _ in range(14) for line in ("", PROSE)]  # (past the lines around the headline)
    page = "\n".join(["The Real Headline Of This Story", *article, "", "Author: Jane Doe",
                      "Published: 03 December 2019", "", "Most read", "Other Story Title Here"])
    assert extract(page, input_format="text").metadata.published == "2019-12-03"
    # a date alone there is a teaser's or the footer's
    page = page.replace("Published: ", "")
    assert extract(page, input_format="text").metadata.published is None


def test_a_labelled_date_line_in_the_article_past_its_first_lines_is_a_byline() -> None:
    # the article's facts under its last paragraph, which the article's run takes in
    article = [line for _ in range(14) for line in ("", PROSE)]
    page = "\n".join(["The Real Headline Of This Story", *article, "", "Author: Jane Doe",
                      "Published: 03 December 2019", "", PROSE])
    got = extract(page, input_format="text")
    assert got.metadata.published == "2019-12-03"
    assert not any("03 December 2019" in s.text for s in got.sections)


def test_a_labelled_date_under_the_articles_closing_list_dates_it() -> None:
    # a summary's short points between the last paragraph and the facts: the date sits further down
    article = [line for _ in range(14) for line in ("", PROSE)]
    points = [f"{word} wins" for word in ("Speed", "Memory", "Size", "Cost", "Safety", "Reach", "Comfort", "Noise",
                                         "Weight", "Price")]
    page = "\n".join(["The Real Headline Of This Story", *article, "", "Conclusion", "In short:", *points, "",
                      "Author: Jane Doe", "Published: 03 December 2019", "", "Most read", "Other Story Title Here"])
    assert extract(page, input_format="text").metadata.published == "2019-12-03"


def test_a_labelled_date_in_the_facts_under_the_article_dates_it() -> None:
    # a box of the article's facts under a related list that follows it: the date the page shows nowhere else
    article = [line for _ in range(14) for line in ("", PROSE)]
    page = "\n".join(["The Real Headline Of This Story", *article, "", "Zum Thema:",
                      "Umfrage im Dorf: Der neue Radweg findet viele Freunde",
                      "Zwischen Markt und Rathaus: Wo im Sommer gebaut wird", "",
                      "Datum: 19.11.2021", "Autor: Max Muster", "Quelle: Dorfblatt", "", "Neuen Kommentar schreiben"])
    assert extract(page, input_format="text").metadata.published == "2021-11-19"
    # an update's date there is no publication's
    page = page.replace("Datum: ", "Aktualisiert: ")
    assert extract(page, input_format="text").metadata.published is None


def test_a_label_over_a_name_under_the_article_is_the_byline() -> None:
    page = "\n".join(["The Real Headline Of This Story", "", PROSE, "", PROSE, "", "Von:", "", "Jane Doe", "",
                      "Meist gesucht:", "Solar Wind Archiv"])
    assert extract(page, input_format="text").metadata.authors == ["Jane Doe"]
    # a name alone there is no byline
    assert extract(page.replace("Von:\n", ""), input_format="text").metadata.authors == []


def test_a_date_then_a_byline_under_the_share_buttons_is_the_byline() -> None:
    # WordPress's post footer, under the article's share and like buttons
    footer = "Dezember 26, 2019 von Jane Doe Kategorien: Allgemein | Hinterlasse einen Kommentar"
    page = "\n".join(["The Real Headline Of This Story", "", PROSE, "", PROSE, "", "Teilen mit:", "Teilen",
                      "Gefällt mir:", "Liken Lade …", "", footer, "", "Beitragsnavigation", "← Ein älterer Beitrag"])
    assert extract(page, input_format="text").metadata.authors == ["Jane Doe"]
    # a name before the date there is a comment's head or a teaser's, and no date before it, no footer
    for other in ("Jane Doe Dezember 26, 2019 Kategorien: Allgemein", "von Jane Doe Kategorien: Allgemein"):
        assert extract(page.replace(footer, other), input_format="text").metadata.authors == []


@pytest.mark.parametrize("line", ["Text: Jane Doe", "Autor: Jane Doe", "Author: Jane Doe"])
def test_a_labelled_author_line_in_the_article_is_its_byline(line: str) -> None:
    # a magazine's byline under the dek and the first paragraphs, past the lines around the headline
    page = "\n".join(["The Real Headline Of This Story", "", PROSE, "", PROSE, "", PROSE, "", PROSE, "", line, "",
                      PROSE, "", PROSE])
    assert extract(page, input_format="text").metadata.authors == ["Jane Doe"]
    # unlabelled, or with no name after the label, there is none
    assert extract(page.replace(line, "Jane Doe"), input_format="text").metadata.authors == []
    assert extract(page.replace(line, "Text: see the table below"), input_format="text").metadata.authors == []


BOX_BIO = "Jane Doe writes about wine and food for the magazine, and has tasted her way through the south."


def test_an_authors_box_under_the_article_names_its_author() -> None:
    page = "\n".join(["The Real Headline Of This Story", "", PROSE, "", PROSE, "", PROSE, "", "About the author",
                      "Jane Doe", BOX_BIO, "", "Most read", "Other Story Title Here"])
    article = extract(page, input_format="text")
    assert article.metadata.authors == ["Jane Doe"]
    assert not any("tasted her way" in s.text for s in article.sections)  # the bio is no part of the article
    # a bio that does not open with the name over it is no box's
    article = extract(page.replace(BOX_BIO, BOX_BIO.replace("Jane Doe", "She")), input_format="text")
    assert article.metadata.authors == []


def test_a_persons_name_over_a_paragraph_about_them_in_the_article_is_no_byline() -> None:
    # a profile's section, prose before and after it
    page = "\n".join(["The Real Headline Of This Story", "", PROSE, "", PROSE, "", "Jane Doe", BOX_BIO, "", PROSE, "",
                      PROSE, "", PROSE])
    article = extract(page, input_format="text")
    assert article.metadata.authors == []
    assert any("tasted her way" in s.text for s in article.sections)


@pytest.mark.parametrize("bio", [BOX_BIO, BOX_BIO.replace("Jane Doe", "Jane")])
def test_the_bylines_author_bio_under_the_article_is_no_part_of_it(bio: str) -> None:
    page = "\n".join(["The Real Headline Of This Story", "By Jane Doe", "", PROSE, "", PROSE, "", PROSE, "", bio, "",
                      "Most read", "Other Story Title Here"])
    article = extract(page, input_format="text")
    assert article.metadata.authors == ["Jane Doe"]
    assert not any("tasted her way" in s.text for s in article.sections)
    # in the article, with its prose under it, a paragraph on its author is the article's; so is a line that
    # names the author as a title or a brand does ("Jane Doe: …")
    for kept in ("\n".join(["The Real Headline Of This Story", "By Jane Doe", "", PROSE, "", bio, "", PROSE, "",
                            PROSE, "", PROSE]),
                 page.replace(bio, bio.replace(" writes", ": A Life. She writes", 1))):
        assert any("tasted her way" in s.text for s in extract(kept, input_format="text").sections)


def test_an_authors_box_gives_way_to_the_articles_byline() -> None:
    page = "\n".join(["The Real Headline Of This Story", "By John Roe", "", PROSE, "", PROSE, "", "Jane Doe", BOX_BIO])
    assert extract(page, input_format="text").metadata.authors == ["John Roe"]


def test_a_user_name_after_by_by_a_date_is_the_byline() -> None:
    page = "\n".join(["The Real Headline Of This Story", "2. August 2012", "By jdoe42", "", PROSE, "", PROSE])
    assert extract(page, input_format="text").metadata.authors == ["jdoe42"]
    # without the date by it, "By subject" is a menu's item
    assert extract(page.replace("2. August 2012\n", ""), input_format="text").metadata.authors == []


def test_a_blogs_latest_posts_widget_is_a_related_list_not_a_byline() -> None:
    # its heading over a post's date reads as a name over a date line
    page = "\n".join(["The Real Headline Of This Story", "", PROSE, "", PROSE, "", "Neueste Beiträge",
                      "20.02.2020", "Stammtisch im Dorfkrug am Markt", "13.02.2020", "Wanderung zum See im Februar"])
    article = extract(page, input_format="text")
    assert article.metadata.authors == []
    assert [s.heading for s in article.sections if s.type == "related"] == ["Neueste Beiträge"]


def test_two_words_joined_by_an_ampersand_over_a_date_are_a_section_not_a_byline() -> None:
    page = "\n".join(["The Real Headline Of This Story", "Energie & Umwelt", "May 3, 2024", "", PROSE, "", PROSE])
    assert extract(page, input_format="text").metadata.authors == []
    assert extract(page.replace("Energie & Umwelt", "Jane Doe"), input_format="text").metadata.authors == ["Jane Doe"]


def test_a_byline_that_names_no_one_gives_no_author() -> None:
    # a blog's footer where its writer hides the profile
    page = "\n".join(["The Real Headline Of This Story", "", PROSE, "", PROSE, "", "Posted by Unknown at 2:33 PM"])
    assert extract(page, input_format="text").metadata.authors == []
    assert extract(page.replace("Unknown", "Jane Doe"), input_format="text").metadata.authors == ["Jane Doe"]


def test_a_bylines_name_ends_without_the_lines_separator() -> None:
    page = "\n".join(["The Real Headline Of This Story", "By Staff Reports -", "May 3, 2024", "", PROSE, "", PROSE])
    assert extract(page, input_format="text").metadata.authors == ["Staff Reports"]


def test_a_byline_that_names_the_photographer_is_no_caption() -> None:
    got = labels("A Title For The Page", "by Jane Doe (text) and John Roe (photography)", PROSE, PROSE)
    assert got[1] == "byline"
    # in the article, such a line is a picture's or a chart's credit
    got = labels("A Title For The Page", PROSE, PROSE, PROSE, PROSE, PROSE,
                 "by Jane Doe (text) and John Roe (photography)", PROSE, PROSE)
    assert got[6] == "caption"


def test_caption_with_credit() -> None:
    got = labels("A Title For The Page", "Workers at the plant on Monday. (Jane Doe/Reuters)", PROSE, PROSE)
    assert got[1] == "caption"


def test_a_date_line_over_the_byline_is_no_dek() -> None:
    got = labels("A Title For The Page", "Published Thursday, May 2, 2024 at 10:15 AM", "By Jane Doe", PROSE, PROSE)
    assert got[1] == "byline" and got[2] == "byline"
    # a sentence there is the dek
    got = labels("A Title For The Page", "The council voted on Thursday to keep the old bridge open for another year.",
                 "By Jane Doe", PROSE, PROSE)
    assert got[1] == "summary"


def test_summary_label_covers_following_prose() -> None:
    got = labels("A Title For The Page", "Summary", PROSE, "Analysis", PROSE, PROSE)
    assert got[1:4] == ["summary_heading", "summary", "heading"]


def test_comment_area_after_article() -> None:
    got = labels("A Title For The Page", PROSE, PROSE, "2 comments", "Jane", "May 3, 2024", "Nice post, thanks!")
    assert got[3] == "comments_heading" and got[4:] == ["comment"] * 3


@pytest.mark.parametrize("lines, shows", [
    # under the form's heading, a sidebar's posts with their dates are no comments
    (("Leave a Reply", "Your email address will not be published.", "Recent Posts", "Night trains return",
      "3. Januar 2020"), False),
    (("Leave a Reply", "Jane Doe says:", "Nice post, thanks for writing it up!"), True),
    (("2 Comments", "May 3, 2024", "Nice post, thanks for writing it up!"), True),  # a dated comment
])
def test_a_comment_area_shows_comments(lines: tuple[str, ...], shows: bool) -> None:
    blocks = [Block(index=i, text=line) for i, line in enumerate(lines)]
    assert _shows_comments(blocks, compute_features(blocks), 0, len(blocks)) is shows


def test_a_word_or_two_under_the_comments_is_no_comment_but_a_short_sentence_is() -> None:
    # comment lines without an author line, each a paragraph, then a menu's lines
    lines = ["So wahr!", "Nice post, thanks for writing it up", "Weather", "Beitrags-Navigation"]
    items = _text_comments([Block(index=i, text=line) for i, line in enumerate(lines)])
    assert [item["text"] for item in items] == ["So wahr!", "Nice post, thanks for writing it up"]


def test_a_pingback_under_the_comments_is_no_comment() -> None:
    # another site's link to the post and its excerpt, listed among the comments; their label is no pingback
    # (it would take the comment under it as its excerpt), and a word alone
    lines = ["Jane says:", "Nice post, thanks for writing it up.", "Pingback: Ten links for Sunday – Example Blog",
             "[…] a post on night trains […]", "Trackbacks/Pingbacks", "So wahr!"]
    items = _text_comments([Block(index=i, text=line) for i, line in enumerate(lines)])
    assert [item["text"] for item in items] == ["Nice post, thanks for writing it up.", "So wahr!"]
    paragraphs = f"<p>{PROSE}</p>" * 4
    article = extract(f"<article><h1>Park opens</h1>{paragraphs}</article><div id='comments'><h2>Comments</h2>"
                      "<ol class='commentlist'><li id='comment-7' class='comment'><p>The pond is lovely.</p></li>"
                      "<li id='comment-8' class='pingback'><p>Pingback: <a href='https://example.net/'>Links for "
                      "Sunday</a></p></li></ol></div>")
    assert [c.text for s in article.sections if s.type == "comments" for c in s.items] == ["The pond is lovely."]


@pytest.mark.parametrize("label", ["By", "Von", "Autor:", "Written by"])
def test_byline_label_over_a_name_on_the_next_line(label: str) -> None:
    assert labels("A Title For The Page", label, "Jane Doe", PROSE, PROSE)[1:3] == ["byline", "byline"]


def test_a_word_over_a_name_is_no_byline() -> None:
    assert labels("A Title For The Page", "Photos", "Jane Doe", PROSE, PROSE)[1] != "byline"


@pytest.mark.parametrize("line, names", [
    ("Jane Doe /", ["Jane Doe"]),
    ("Por Jane Doe / John Roe", ["Jane Doe", "John Roe"]),  # two names parted by a slash
    ("HOME / NEWS", []),  # a trail's entries are no names
    ("View PDF/Print Mode", []),
])
def test_a_name_lines_slash(line: str, names: list[str]) -> None:
    from artextract.bylines import name_line

    assert name_line(line) == names


def test_a_byline_under_a_title_a_few_lines_into_the_article_in_text() -> None:
    # a teaser of the story over its title, dek and byline: the byline stands five lines into the article
    got = labels("Home", PROSE, PROSE.replace("night", "day"), "A Detective Story in Music", "A film about a family",
                 "von Jane Doe", PROSE.replace("night", "late"), PROSE.replace("night", "early"))
    assert got[5] == "byline"


def test_byline_under_the_article_in_text() -> None:
    got = labels("A Title For The Page", PROSE, PROSE, "Posted by Jane Doe at 2:33 PM", "Labels: travel")
    assert got[3] == "byline"
    assert labels("A Title For The Page", PROSE, PROSE, "Jane Doe", "Labels: travel")[3] != "byline"


#: what follows a comment heading in copied text when the page shows no comment: the form's lines, a
#: site's menu
COMMENT_FORM_LINES = ("Your email address will not be published. Required fields are marked with a star.",
                      "Name *", "Email *", "Website", "Post Comment")
SITE_MENU = ("News", "Sport", "Weather", "Contact us")


@pytest.mark.parametrize("heading, after", [
    ("Leave a Reply", COMMENT_FORM_LINES),  # the form's heading over the form
    ("0 comments", COMMENT_FORM_LINES),  # a count of none over the form
    ("Comments", SITE_MENU),  # an area heading over the site's menu
])
def test_comment_area_without_a_comment_is_furniture(heading: str, after: tuple[str, ...]) -> None:
    got = labels("A Title For The Page", PROSE, PROSE, heading, *after)
    assert "comments_heading" not in got and "comment" not in got


@pytest.mark.parametrize("heading, comment", [
    ("Comments", (PROSE,)),  # a comment's text, though no head is read
    ("Leave a Reply", ("Jane says:", "Nice post, thanks!")),  # under the form's heading, a comment with its head
    ("0 comments", ("May 3, 2024", "Nice post, thanks!")),
])
def test_comment_area_with_a_comment_is_kept(heading: str, comment: tuple[str, ...]) -> None:
    got = labels("A Title For The Page", PROSE, PROSE, heading, *comment)
    assert got[3] == "comments_heading" and got[4:] == ["comment"] * len(comment)


@pytest.mark.parametrize("icon", ["\u00b1 ", "\ue0b7 ", "\U0001f4ac"])  # an icon font's glyph, a speech balloon
def test_an_area_heading_opens_its_area_behind_an_icon(icon: str) -> None:
    got = labels("A Title For The Page", PROSE, PROSE, icon + "2 comments", "Jane", "May 3, 2024", "Nice post!")
    assert got[3] == "comments_heading" and got[4:] == ["comment"] * 3
    got = labels("A Title For The Page", PROSE, PROSE, icon + "You may also like", "Another Post Title", "A snippet")
    assert got[3] == "related_heading"


@pytest.mark.parametrize("heading", ["{ 12 comments… read them below or add one }", "[2 Comments]", "(2 comments)"])
def test_an_area_heading_opens_its_area_in_brackets(heading: str) -> None:
    got = labels("A Title For The Page", PROSE, PROSE, heading, "Jane", "May 3, 2024", "Nice post!")
    assert got[3] == "comments_heading" and got[4:] == ["comment"] * 3


def test_a_thread_longer_than_the_article_is_still_its_comments() -> None:
    # a paywalled story shows a few paragraphs; its thread, with each comment's head, runs far longer
    article = ("A Short Story Behind A Paywall", "By Jane Doe", *[PROSE] * 6)
    thread = [line for n in range(12) for line in (f"Reader{n} says:", "May 3, 2024 at 10:12 pm", PROSE * 3)]
    got = labels(*article, "12 comments", *thread)
    assert got[:2] == ["headline", "byline"] and got[2:8] == ["body"] * 6
    assert got[8] == "comments_heading" and set(got[9:]) == {"comment"}
    # without the comments' heads the longer run is the article's (a "Comments" link above it)
    got = labels(*article, "12 comments", *[PROSE * 3] * 12)
    assert "comment" not in got


def test_a_bare_comment_heading_is_an_empty_comment_area() -> None:
    assert labels("A Title For The Page", PROSE, PROSE, "Comments")[3] == "comments_heading"
    assert labels("A Title For The Page", PROSE, PROSE, "Leave a Reply")[3] != "comments_heading"


def test_related_area_after_article() -> None:
    got = labels("A Title For The Page", PROSE, PROSE, "You may also like", "Another Post Title", "A snippet of it")
    assert got[3] == "related_heading" and got[4:] == ["related_item"] * 2


BIO = "Jane Doe writes about railways and cities for the paper, and before that she drove night trains herself."
TEASERS = ("Night Trains Return", "City Rail Plans", "Timetables for Spring", "Older Trips")


def test_a_rank_or_a_date_in_a_related_list_is_no_item() -> None:
    text = "\n".join(["A Title For The Page", "", PROSE, "", PROSE, "", "Most Read",
                      "1", "Night Trains Return", "April 21, 2022", "2", "City Rail Plans", "03.02.2022",
                      "Timetables for Spring"])
    related = [s for s in extract(text, input_format="text").sections if s.type == "related"]
    assert [item.title for s in related for item in s.items] == \
        ["Night Trains Return", "City Rail Plans", "Timetables for Spring"]


def test_a_related_list_in_copied_text_ends_at_a_run_of_lines_that_are_no_story() -> None:
    # three teasers, a menu of four short items, then the footer's own list of links: the list ends at the menu
    menu = ["Politics", "Sports", "Weather", "Archive"]
    footer = ["Terms of Use for This Website Here", "Our Code of Ethics for Reporters"]
    got = labels("A Title For The Page", PROSE, PROSE, "Most Read", *TEASERS[:3], *menu, *footer)
    assert got[3] == "related_heading" and got[4:7] == ["related_item"] * 3
    assert "related_item" not in got[7:]
    # ranks and dates between the titles, and a menu of three items, end no list
    got = labels("A Title For The Page", PROSE, PROSE, "Most Read", "1", TEASERS[0], "April 21, 2022", "2",
                 TEASERS[1], *menu[:3], TEASERS[2], TEASERS[3])
    assert got[-2:] == ["related_item"] * 2


def test_a_word_alone_in_a_related_list_is_no_item() -> None:
    teasers = "".join(f"<li><a href='/section-{n}'>{name}</a></li>" for n, name in enumerate(("News", "Politik")))
    teasers += "<li><a href='/story'>Night Trains Return</a></li><li><a href='/zh'>又是看秋景的季節</a></li>"
    items = _related_items(f"<ul>{teasers}</ul>")
    assert [title for title, _, _ in items] == ["Night Trains Return", "又是看秋景的季節"]


def test_a_ranks_link_gives_its_item_the_title_after_it() -> None:
    ranks = "".join(f"<li><a href='/story-{n}'>0{n}</a><p>{title}</p></li>"
                    for n, title in enumerate(TEASERS[:3], start=1))
    paragraphs = f"<p>{PROSE}</p>" * 4
    article = extract(f"<article><h1>Park opens</h1>{paragraphs}</article>"
                      f"<aside class='popular'><h2>Most popular</h2><ol>{ranks}</ol></aside>", url="https://example.org/")
    related = [s for s in article.sections if s.type == "related"]
    assert [(item.title, item.url) for s in related for item in s.items] == [
        (title, f"https://example.org/story-{n}") for n, title in enumerate(TEASERS[:3], start=1)]


def _related_items(teasers: str) -> list[tuple[str, str | None, str | None]]:
    paragraphs = f"<p>{PROSE}</p>" * 4
    article = extract(f"<article><h1>Park opens</h1>{paragraphs}</article>"
                      f"<aside class='related'><h2>Related posts</h2>{teasers}</aside>", url="https://example.org/")
    return [(item.title, item.url, item.snippet) for s in article.sections if s.type == "related" for item in s.items]


def test_a_teaser_is_one_item_by_its_markup() -> None:
    # a kicker's link, the title as a heading without one, a date, a snippet and "Read more": one item
    teasers = "".join(f"<article><a href='/news'>News</a><h3>{title}</h3><span>May 3, 2024</span>"
                      f"<p>A few words on the story that follows.</p><a href='/story-{n}'>Read more</a></article>"
                      for n, title in enumerate(TEASERS[:3], start=1))
    assert _related_items(f"<div>{teasers}</div>") == [
        (title, f"https://example.org/story-{n}", "A few words on the story that follows.")
        for n, title in enumerate(TEASERS[:3], start=1)]


def test_a_teasers_address_is_its_read_more_where_its_title_has_none() -> None:
    teasers = "".join(f"<li><h3>{title}</h3><p>A few words on the story that follows.</p>"
                      f"<a href='/story-{n}'>Read more</a></li>" for n, title in enumerate(TEASERS[:3], start=1))
    assert [(title, url) for title, url, _ in _related_items(f"<ul>{teasers}</ul>")] == [
        (title, f"https://example.org/story-{n}") for n, title in enumerate(TEASERS[:3], start=1)]


def test_a_label_among_linked_teasers_is_neither_item_nor_snippet() -> None:
    teasers = [f"<article><h3><a href='/story-{n}'>{title}</a></h3><p>A few words on the story that follows.</p>"
               "</article>" for n, title in enumerate(TEASERS[:3], start=1)]
    items = _related_items("<div>" + teasers[0] + "<h4>Staff picks</h4>" + teasers[1] + teasers[2] + "</div>")
    assert items == [(title, f"https://example.org/story-{n}", "A few words on the story that follows.")
                     for n, title in enumerate(TEASERS[:3], start=1)]


def test_a_link_to_a_teasers_picture_file_leaves_it_one_item() -> None:
    # a gallery's link to the picture's file beside the title's link: one teaser, its title not its snippet too
    teasers = "".join(f"<li><div><p><a href='/story-{n}'>{title}</a></p>"
                      f"<p><a href='/uploads/pic-{n}.JPG'>Gallery</a></p>"
                      f"<h4><a href='/story-{n}'>{title}</a></h4></div></li>"
                      for n, title in enumerate(TEASERS[:3], start=1))
    assert _related_items(f"<ul>{teasers}</ul>") == [
        (title, f"https://example.org/story-{n}", None) for n, title in enumerate(TEASERS[:3], start=1)]


def test_a_label_that_comes_back_in_a_related_list_is_no_item() -> None:
    # a section's name over each teaser, and a shop's "Add to wishlist" under each, with links of their own
    teasers = "".join(f"<li><a href='/topics/rail'>Rail and Roads</a></li><li><a href='/story-{n}'>{title}</a></li>"
                      f"<li><a href='/wishlist/add/{n}'>Add to wishlist</a></li>"
                      for n, title in enumerate(TEASERS[:3], start=1))
    assert _related_items(f"<ul>{teasers}</ul>") == [
        (title, f"https://example.org/story-{n}", None) for n, title in enumerate(TEASERS[:3], start=1)]
    # two stories of one title of more words than a label's stay
    twins = "".join(f"<li><a href='/story-{n}'>Report in the Weser Courier</a></li>" for n in (1, 2))
    assert _related_items(f"<ul>{twins}<li><a href='/story-3'>{TEASERS[0]}</a></li></ul>") == [
        ("Report in the Weser Courier", "https://example.org/story-1", None),
        ("Report in the Weser Courier", "https://example.org/story-2", None),
        (TEASERS[0], "https://example.org/story-3", None)]


def test_a_related_list_shown_twice_gives_each_story_once() -> None:
    # a carousel's copies of its slides: the second showing has the snippets
    plain = "".join(f"<li><a href='/story-{n}'>{title}</a></li>" for n, title in enumerate(TEASERS[:3], start=1))
    full = "".join(f"<li><a href='/story-{n}'>{title}</a><p>A few words on the story that follows.</p></li>"
                   for n, title in enumerate(TEASERS[:3], start=1))
    assert _related_items(f"<ul>{plain}</ul><ul>{full}</ul>") == [
        (title, f"https://example.org/story-{n}", "A few words on the story that follows.")
        for n, title in enumerate(TEASERS[:3], start=1)]


def test_teaser_parts_with_one_address_are_one_item() -> None:
    # a kicker's own element over the title, and a snippet that links to the story too
    snippet = "A few words on the story that follows, with a link of its own."
    teasers = "".join(f"<li><a href='/story-{n}'>Late news</a></li><li><a href='/story-{n}'>{title}</a></li>"
                      f"<li><a href='/story-{n}'>{snippet}</a></li>" for n, title in enumerate(TEASERS[:3], start=1))
    assert _related_items(f"<ul>{teasers}</ul>") == [
        (title, f"https://example.org/story-{n}", snippet) for n, title in enumerate(TEASERS[:3], start=1)]


#: the snippet of the teasers of the tests below
_SNIPPET = "A few words on the story that follows."


def _three_teasers(markup: Callable[[int, str], str]) -> str:
    """The markup of three teasers, made by markup(n, title) for stories 1 to 3."""
    return "".join(markup(n, title) for n, title in enumerate(TEASERS[:3], start=1))


def _three_items(snippet: str | None) -> list[tuple[str, str | None, str | None]]:
    """The related items of those three stories, each with that snippet."""
    return [(title, f"https://example.org/story-{n}", snippet) for n, title in enumerate(TEASERS[:3], start=1)]


@pytest.mark.parametrize("markup", [
    # a category's link over the linked title and after the snippet, a like button's count
    lambda n, title: (
        f"<article><div><a href='/likes/{n}'>{40 + n} Likes</a></div><div><a href='/category/world'>The World "
        f"Around Us</a></div><h3><a href='/story-{n}'>{title}</a></h3><p>{_SNIPPET}</p><div><a href="
        "'/category/rail'>Rail</a></div></article>"),
    # the snippet and "Read more" in a box under the title's and the categories' (a WordPress theme's)
    lambda n, title: (
        f"<div><h3><a href='/story-{n}'>{title}</a></h3><ul><li><a href='/topics/a'>Blog</a></li><li><a href="
        f"'/topics/b'>Home</a></li></ul><div><p>{_SNIPPET}</p><div><a href='/story-{n}'>Read more »</a></div>"
        "</div></div>"),
], ids=["category-links-and-buttons", "snippet-boxed-with-read-more"])
def test_a_teasers_labels_buttons_and_boxes_leave_it_one_item(markup: Callable[[int, str], str]) -> None:
    assert _related_items(f"<div>{_three_teasers(markup)}</div>") == _three_items(_SNIPPET)


def test_a_title_that_comes_back_under_other_titles_is_kept_once() -> None:
    # in copied text, the same list twice: each story once
    lines = ["A Title For The Page", "", PROSE, "", PROSE, "", "Most Read", *TEASERS[:3], *TEASERS[:3]]
    related = [s for s in extract("\n".join(lines), input_format="text").sections if s.type == "related"]
    assert [item.title for s in related for item in s.items] == list(TEASERS[:3])


@pytest.mark.parametrize("head, author, date", [
    ("<p>geschrieben von jdoe42 am 23. Jan. 2015, 08:02 [ antworten ]</p>", "jdoe42", "2015-01-23"),
    ("<p>Anna Berg sagt:</p>", "Anna Berg", None),
    ("<p>Kommentar von Mareike<br>8. Dezember 2010 um 10:56</p>", "Mareike", "2010-12-08"),
])
def test_an_html_comments_head_line_gives_its_author(head: str, author: str, date: str | None) -> None:
    paragraphs = f"<p>{PROSE}</p>" * 4
    article = extract(f"<article><h1>Park opens</h1>{paragraphs}</article><div id='comments'><h2>2 Comments</h2>"
                      f"<ol class='commentlist'><li id='comment-7'>{head}<p>The pond is lovely in the morning.</p></li>"
                      f"<li id='comment-8'><p>Another comment on the park, and on its pond.</p></li></ol></div>")
    comments = [item for s in article.sections if s.type == "comments" for item in s.items]
    assert (comments[0].author, comments[0].date, comments[0].text) == \
        (author, date, "The pond is lovely in the morning.")


@pytest.mark.parametrize("title", [
    "<h2 id='c1507'>A fair point</h2>",  # a heading whose id reads as a comment's own: no comment of its own
    "<h3>A fair point</h3>",
])
def test_an_html_comments_title_opens_its_text_over_its_head(title: str) -> None:
    paragraphs = f"<p>{PROSE}</p>" * 4
    article = extract(f"<article><h1>Park opens</h1>{paragraphs}</article><div id='comments'><h2>Comments</h2>"
                      f"<ol class='commentlist'><li id='comment-7'>{title}"
                      "<p>geschrieben von jdoe42 am 23. Jan. 2015, 08:02</p><p>The pond is lovely in the morning.</p>"
                      "</li><li id='comment-8'><p>Another comment on the park, and on its pond.</p></li></ol></div>")
    comments = [item for s in article.sections if s.type == "comments" for item in s.items]
    assert [(c.author, c.date, c.text) for c in comments] == [
        ("jdoe42", "2015-01-23", "A fair point\n\nThe pond is lovely in the morning."),
        (None, None, "Another comment on the park, and on its pond.")]


def test_an_html_comments_heading_that_names_its_author_is_its_head() -> None:
    paragraphs = f"<p>{PROSE}</p>" * 4
    article = extract(f"<article><h1>Park opens</h1>{paragraphs}</article><div id='comments'><h2>Comments</h2>"
                      "<ol class='commentlist'><li id='comment-7'><h3>Anna Berg</h3><p>18/02/2020 à 16:42</p>"
                      "<p>The pond is lovely in the morning.</p></li></ol></div>")
    comments = [item for s in article.sections if s.type == "comments" for item in s.items]
    assert [(c.author, c.date, c.text) for c in comments] == [
        ("Anna Berg", "2020-02-18", "The pond is lovely in the morning.")]


def test_an_html_comment_areas_buttons_and_counts_are_no_comments() -> None:
    # a vote count over each comment, an editor's buttons and the area's tabs, each marked as a comment
    paragraphs = f"<p>{PROSE}</p>" * 4
    buttons = "".join(f"<li class='comment'><p>{label}</p></li>" for label in ("Bold", "Italic", "Comments4"))
    article = extract(f"<article><h1>Park opens</h1>{paragraphs}</article><div id='comments'><h2>Comments</h2>"
                      f"<ol class='commentlist'>{buttons}<li id='comment-7'><p>12</p><p>Ramón dijo:</p>"
                      "<p>The pond is lovely in the morning.</p></li><li id='comment-8'><p>So true!</p></li>"
                      "</ol></div>")
    comments = [item for s in article.sections if s.type == "comments" for item in s.items]
    assert [(c.author, c.text) for c in comments] == [
        ("Ramón", "The pond is lovely in the morning."), (None, "So true!")]


def test_a_small_piece_of_prose_after_a_gap_ends_no_article() -> None:
    # an author's bio after a list of teasers pays for the teasers, but is a small part of the page's prose
    got = labels("A Title For The Page", PROSE, PROSE, PROSE, PROSE, *TEASERS, BIO)
    assert got[1:5] == ["body"] * 4 and got[-1] != "body"


def test_the_article_goes_on_after_a_gap() -> None:
    # the article's last paragraphs after a list are a good part of its prose
    got = labels("A Title For The Page", PROSE, PROSE, PROSE, *TEASERS, PROSE, PROSE)
    assert got[-2:] == ["body", "body"]


def test_code_between_the_article_and_its_last_paragraph_is_no_gap() -> None:
    # a technical article's last paragraph after a listing of code
    code = ("const total = prices.reduce(add, 0);", "if (total > limit) {", "warn(total);", "}")
    got = labels("A Title For The Page", PROSE, PROSE, PROSE, PROSE, *code, BIO)
    assert got[-1] == "body"


def test_image_label_is_boilerplate() -> None:
    assert labels("A Title For The Page", PROSE, "Click to Enlarge", PROSE)[2] == "boilerplate"


@pytest.mark.parametrize("line, boilerplate", [
    ("Skip to main content", True),
    ("Lea también: Otra noticia del día", True),
    ("Read also: Five more things to know", True),
    ("Follow The Daily Planet on Twitter and Instagram for updates.", True),
    ("Subscribe now to our print edition for the full story.", True),
    ("*Werbung. Dieser Beitrag enthält Werbung für eine Marke.", True),
    ("Warning: Creating default object from empty value in /var/www/x.php on line 3", True),
    ("© 2024 Example Media. All rights reserved.", True),
    ("Valorar:", True),  # a rating widget
    ("Puntúalo 4 estrellas", True),
    ("Rated 4.5 out of 5 stars", True),
    ("Visto 314 veces", True),  # a view counter
    ("1,204 views", True),
    ("The hotel has 5 stars and a pool.", False),
    ("Нашли ошибку? Выделите текст и нажмите Ctrl+Enter", True),  # a typo-report notice
    ("Press Ctrl + Enter to send the fragment to the editors.", True),
    ("Kommentar verfassen", True),
    ("Comentar este artículo", True),
    ("Beitrag teilen", True),
    ("Podziel się", True),
    ("Externer Inhalt", True),
    ("View all (23)", True),
    ("Share on Google Plus", True),
    ("Share via Email", True),
    ("Facebook Twitter", True),
    ("Facebook | WhatsApp | E-Mail", True),
    ("Share Tweet", True), ("RSS Comments", True), ("Pin Share Email", True),  # a row of actions
    ("Save the Date", False),
    ("Facebook and Twitter ban the account", False),
    ("Share (1,204)", True),
    ("Advertisement -", True), ("Anzeige –", True),  # a label with a dash after it
    ("Back-to-school sales start early", False),
    ("Laden...", True), ("Cargando...", True), ("Laden", False),  # "Loading…"; "Laden" alone is a shop
    ("Mehr Info", True), ("Jetzt anmelden", True), ("Sign up now", True),
    ("Buy Now", False),  # a deals article's product boxes are its text
    ("Alle ansehen", True),
    ("Menü", True), ("In den Warenkorb", True), ("Add to cart", True), ("Ajouter au panier", True),
    ("Der Warenkorb der Inflation wird neu gewichtet", False),
    ("Impressum | Datenschutz", True), ("Sign in / Sign up", True), ("Subscribe Search My Account", True),
    ("SubscribeSign In", True), ("Anmelden Registrieren", True),
    ("Search and rescue teams reached the village", False), ("Home Office", False),
    ("The Last Days (1998)", False),
    ("Teilen Sie Ihre Erfahrungen mit uns in einem kurzen Fragebogen.", False),
    ("Sie kommentieren den Beschluss in einem offenen Brief an den Rat.", False),
    ("We use cookies to improve your experience on our site.", True),
    ("The council will follow the plan, the mayor said on Twitter last week.", False),
    ("Readers wrote in to say they had downloaded the report.", False),
])
def test_boilerplate_lines(line: str, boilerplate: bool) -> None:
    from artextract.features import is_boilerplate_line

    assert is_boilerplate_line(line) is boilerplate


ARTICLE_HTML = "<article><h1>Park opens</h1>" + "<p>The new park opened on Monday with trees and benches.</p>" * 12


def _comment_texts(html: str) -> list[str]:
    article = extract(html, input_format="html")
    return [item.text for s in article.sections if s.type == "comments" for item in s.items]


def test_comment_area_shown_by_its_text_in_html() -> None:
    comments = ("<div><div>Comments</div><div><div>Critic2010</div><div>06.11.2023, 13:47</div>"
                "<div>Hardly a leap forward, but a small step in the right direction.</div></div></div>")
    assert _comment_texts(ARTICLE_HTML + comments + "</article>") == \
        ["Hardly a leap forward, but a small step in the right direction."]


def test_comment_area_shown_by_its_text_behind_an_icon_in_html() -> None:
    comments = ("<div><div>\u00b1 2 Kommentare</div><div><div>Critic2010</div><div>06.11.2023, 13:47</div>"
                "<div>Hardly a leap forward, but a small step in the right direction.</div></div></div>")
    assert _comment_texts(ARTICLE_HTML + comments + "</article>") == \
        ["Hardly a leap forward, but a small step in the right direction."]


def test_comment_heading_over_a_form_gives_no_comments_in_html() -> None:
    form = "<div><div>Comments</div><div>Log in to write a comment.</div><div>Your name</div></div>"
    assert _comment_texts(ARTICLE_HTML + form + "</article>") == []


def _labels(html: str) -> dict[str, str]:
    article = extract(html, input_format="html", options=Options(explain=True))
    return {t.text: t.label for t in article.trace or []}


def test_a_short_line_all_in_links_in_the_article_is_not_body() -> None:
    labels = _labels(ARTICLE_HTML + "<p><a href='/jump'>Jump to the recipe</a> <a href='/print'>Print the recipe</a>"
                     "</p>"
                     "<p>The mayor, <a href='/mayor'>Jane Doe</a>, cut the ribbon at noon on Monday.</p></article>")
    assert labels["Jump to the recipe Print the recipe"] == "boilerplate"
    assert labels["The mayor, Jane Doe, cut the ribbon at noon on Monday."] == "body"


def test_a_script_link_is_text() -> None:
    labels = _labels(ARTICLE_HTML + "<p><a href='javascript:void(0)'>A paragraph the page wraps in a script "
                     "link.</a></p></article>")
    assert labels["A paragraph the page wraps in a script link."] == "body"


def test_a_lone_link_line_is_a_teaser_a_run_of_them_a_list() -> None:
    teaser = "<p><a href='/trip'>A road trip along the old coast road</a></p>"
    links = "".join(f"<p><a href='/film{n}'>A film about time, part {n}</a></p>" for n in range(4))
    labels = _labels(ARTICLE_HTML + teaser + "<p>The mayor cut the ribbon at noon on Monday, to applause.</p>"
                     + links + "<p>The park is open from dawn to dusk, every day of the year.</p></article>")
    assert labels["A road trip along the old coast road"] == "boilerplate"
    assert all(labels[f"A film about time, part {n}"] == "body" for n in range(4))


@pytest.mark.parametrize("line, label", [
    ("Am 5. November 2021 wird sie hundert Jahre alt. Herzlichen Glückwunsch.", "body"),
    ("Published 5 November 2021, 10:15", "byline"),
])
def test_a_sentence_with_a_date_is_no_date_line(line: str, label: str) -> None:
    labels = _labels(f"<article><h1>Head</h1><p>{line}</p>" + ARTICLE_HTML[ARTICLE_HTML.index("<p>"):] + "</article>")
    assert labels[line] == label


@pytest.mark.parametrize("line", ["3:59 PM", "Sorted by: Reset to default", "Síguenos en Telegram y Twitter",
                                  "(Noch keine Bewertungen)\nLoading..."])
def test_more_boilerplate_lines(line: str) -> None:
    assert is_boilerplate_line(line)


# --- the headline of copied text --------------------------------------------------------------------

TRAIN_PROSE = ("The night trains between the two cities ran late again this week, and the operator said the "
               "delays would last until the tracks are repaired in spring.")


def headline_of(*lines: str) -> str | None:
    got = labels(*lines)
    return lines[got.index("headline")] if "headline" in got else None


def test_headline_repeated_under_its_breadcrumb() -> None:
    # the trail ends with the title; the line right above the body only shares its words
    assert headline_of("Home News Night Trains Run Late Again", "Night Trains Run Late Again", "Delays and Repairs",
                       "Night Trains Run Late", TRAIN_PROSE, TRAIN_PROSE) == "Night Trains Run Late Again"


def test_headline_shown_twice() -> None:
    # the line right above the body shares more of its words but is not repeated
    assert headline_of("Weather Today", "Why the Trains Are Late", "Rating: 5", "Why the Trains Are Late",
                       "Delays Until the Tracks Are Repaired", TRAIN_PROSE, TRAIN_PROSE) == "Why the Trains Are Late"


@pytest.mark.parametrize("lines, echoes", [
    (["home news night trains", "night trains"], [(0, True)]),  # a trail just above the title
    (["the rail project: night trains", "night trains"], []),  # a title over its subtitle
    (["spiel-talstraße", "night trains"], []),  # the end of a word is no repeat
    (["night trains", "share", "night trains"], [(0, False)]),  # the title shown twice
    (["night trains", "x", "night trains", "y", "night trains"], []),  # a line shown three times
    (["home", "night trains", "maps", "home", "night trains", "maps"], []),  # a menu shown twice
])
def test_echoes(lines: list[str], echoes: list[tuple[int, bool]]) -> None:
    from artextract.areas import _echoes, _FoldedLines
    from artextract.blocks import Block

    folded = _FoldedLines([Block(index=k, text=line) for k, line in enumerate(lines)], [2] * len(lines), 0, len(lines))
    assert _echoes(folded, lines.index("night trains", 1)) == echoes


def test_headline_that_asks_a_question() -> None:
    # ten words in sentence case and a question mark read as prose; a headline's length keeps it a candidate
    assert headline_of("Home", "Why are the night trains running late again this week?", "Share on Twitter",
                       "Cities and Repairs", TRAIN_PROSE, TRAIN_PROSE) \
        == "Why are the night trains running late again this week?"


def test_headline_that_opens_the_run_of_prose() -> None:
    assert headline_of("Home", "Why are the night trains running late again this week?", TRAIN_PROSE,
                       TRAIN_PROSE) == "Why are the night trains running late again this week?"


def test_headline_over_its_author_not_over_a_date() -> None:
    # both lines share the body's words; a teaser shows a date too, an article's headline its author
    assert headline_of("Night Trains Run Late Again", "By Jane Doe", "The Trains Between Two Cities", "May 3, 2024",
                       TRAIN_PROSE, TRAIN_PROSE) == "Night Trains Run Late Again"


def test_a_title_under_the_byline_is_a_section_heading() -> None:
    # the article's headline stands over its byline; a title between the byline and the body heads its first
    # section (and shares the body's words as much)
    # (shares more of them than the headline does)
    lines = ("A Winter of Waiting on the Platform", "By Jane Doe", "Why the night trains run late", TRAIN_PROSE,
             TRAIN_PROSE)
    assert headline_of(*lines) == "A Winter of Waiting on the Platform"
    # without a title over the byline, the title under it is the headline
    assert headline_of("Home", "By Jane Doe", "Why the night trains run late", TRAIN_PROSE, TRAIN_PROSE) \
        == "Why the night trains run late"


def test_a_title_under_a_name_over_a_follow_button_is_a_section_heading() -> None:
    # a blog platform's byline is the author's name over a button to follow them, then the date
    lines = ("A Winter of Waiting for the Night Trains", "Jane Doe", "Follow", "May 3, 2024 · 8 min read",
             "Why the night trains run late", TRAIN_PROSE, TRAIN_PROSE)
    assert headline_of(*lines) == "A Winter of Waiting for the Night Trains"
    # a button to follow the site is no author's: the title nearer the body is the headline
    assert headline_of(*(line.replace("Follow", "Follow us") for line in lines)) == "Why the night trains run late"


PLAYLIST_TITLES = ("Storm closes schools across the county", "Mayor opens the new library branch downtown",
                   "Fans line up for the stadium's last concert", "Court hears arguments on the zoning appeal",
                   "Rail strike talks resume after the weekend", "Farmers count losses after the late frost",
                   "Museum returns a stolen painting to its owners", "Volunteers rebuild the flooded playground",
                   "Council delays its vote on parking fees again", "Bridge repairs will close two lanes for a month",
                   "Hospital opens a wing for children", "Ferry service returns to the island",
                   "Teachers vote to accept the new contract", "Police search for a missing hiker")


def test_headline_over_a_video_playlist() -> None:
    # a news site's playlist between the headline and the body: each video's title among the player's
    # labels and the video's length, which stand between a headline and its body as a byline does and
    # take less of the headline's nearness than the titles do
    playlist = [line for title in PLAYLIST_TITLES
                for line in ("Video Ad Feedback", title, "02:18", "Now playing", "- Source: Rail News")]
    assert headline_of("News", "Politics", "Night Trains Run Late Again", "By Jane Doe and John Roe",
                       "Updated 4:48 PM EST, Mon November 6, 2023", *playlist, "See More Videos",
                       TRAIN_PROSE, TRAIN_PROSE) == "Night Trains Run Late Again"


def test_a_dateline_over_the_body_is_no_headline() -> None:
    # the place and the agency that open the first paragraph, copied as a line of their own
    assert headline_of("Home", "By Jane Doe", "Rail Valley (Rail News) —", TRAIN_PROSE, TRAIN_PROSE) is None


@pytest.mark.parametrize("line, ingredient", [
    ("120g yellow noodles", True), ("1 1/2-2 tbsp fish sauce (or more to taste)", True),
    ("1 – 1 1/2 tbsp rice vinegar", True), ("1/2 block of tofu, diced", True), ("½ cup butter", True),
    ("250 g Mehl", True), ("2 EL Zucker", True),
    ("3 comments", False), ("2020 Olympics", False), ("12/05/2020 Politik", False), ("3/4", False),
    ("1. Why the trains run late", False),
])
def test_is_ingredient(line: str, ingredient: bool) -> None:
    from artextract.areas import _is_ingredient

    assert _is_ingredient(line, len(line.split())) is ingredient


def test_a_recipes_ingredients_do_not_part_its_story_from_its_steps() -> None:
    story = ("We made this cake for a birthday last spring, and it has been the one our friends ask for ever "
             "since, so here is how it goes. It keeps for three days under a cloth, if it lasts that long, and "
             "it travels well in a tin to a picnic or to the office.")
    step = ("Beat the butter and the sugar until pale, then fold in the flour and the eggs one by one, and "
            "bake the batter for forty minutes in a hot oven.")
    ingredients = ["250 g flour", "200 g sugar", "Some butter", "A pinch of salt", "For the topping:",
                   "2 tbsp honey", "1/2 cup cream", "3 cups berries", "1 tsp vanilla"]
    stories = (story, story.replace("spring", "summer"), story.replace("spring", "winter"))
    got = labels("Birthday Cake", *stories, "Print", "Servings", "8", "Prep time",
                 "20", "minutes", "Ingredients", *ingredients, "Directions", step, step.replace("forty", "fifty"),
                 step.replace("pale", "light"))
    assert got[-1] == "body" and got[1] == "body"


@pytest.mark.parametrize("lines, opens", [
    # the counts under the titles of a "Most commented" list
    (["Most Commented", "Butter cake", "40 comments", "Sponge cake", "34 comments", "Egg tart", "34 comments"],
     [False] * 3),
    (["24 COMMENTS", "24 Comments:"], [True, True]),  # a thread's heading shown twice
    (["1 Reply", "0 Comments"], [True, True]),  # a thread's heading beside its replies' count
])
def test_the_counts_of_a_most_commented_list_open_no_comments(lines: list[str], opens: list[bool]) -> None:
    from artextract.areas import _comment_openings

    blocks = [Block(index=k, text=line) for k, line in enumerate(lines)]
    found = _comment_openings(blocks, compute_features(blocks))
    assert [found[k] for k, line in enumerate(lines) if line[0].isdigit()] == opens


def test_a_teaser_box_inside_copied_text_is_a_related_list() -> None:
    prose = [TRAIN_PROSE.replace("this week", f"for the {n} time this month") + " " + TRAIN_PROSE
             for n in ("first", "second", "third", "fourth", "fifth", "sixth", "seventh")]
    # (a teaser's title right over the paragraph is longer than a heading)
    teasers = ["How one small town turned its old rail yard into a park",
               "Night buses return to the valley after the council found the money to run them again",
               "The ferry that outlived three railway companies", "What a ticket cost a hundred years ago"]
    lines = ["Night Trains Run Late Again", prose[0], prose[1], "Related", *teasers[:2], prose[2],
             "More on the railways", *teasers[2:], "Why the repairs take so long", *prose[3:]]
    got = dict(zip(lines, labels(*lines)))
    assert got["Related"] == got["More on the railways"] == "related_heading"
    assert [got[t] for t in teasers] == ["related_item"] * 4
    assert got["Why the repairs take so long"] == "heading"  # the short title right over the paragraph heads it
    assert [got[p] for p in prose] == ["body"] * len(prose)


def test_a_teaser_box_under_the_first_paragraph_leaves_it_in_the_article() -> None:
    # the box parts the article's first paragraph from the rest, which outweighs it: the article still
    # starts at that paragraph, under the headline, not at one of the box's titles
    prose = [TRAIN_PROSE.replace("this week", f"for the {n} time this month") + " " + TRAIN_PROSE
             for n in ("first", "second", "third", "fourth", "fifth", "sixth")]
    teasers = ["How one small town turned its old rail yard into a park",
               "Night buses return to the valley after the council found the money",
               "What a ticket on the night train from the capital cost a hundred years ago"]
    lines = ["Home", "Travel", "Night Trains Run Late Again", prose[0], "Read also", *teasers, *prose[1:]]
    got = dict(zip(lines, labels(*lines)))
    assert got["Night Trains Run Late Again"] == "headline"
    assert [got[p] for p in prose] == ["body"] * len(prose)
    assert got["Read also"] == "related_heading" and [got[t] for t in teasers] == ["related_item"] * 3


@pytest.mark.parametrize("line, alone", [("Related", True), ("Read more:", True), ("See also: Rail transport", False)])
def test_a_teaser_boxs_heading_is_a_label_alone(line: str, alone: bool) -> None:
    from artextract.rules.related import _label_alone

    assert _label_alone(line) is alone


@pytest.mark.parametrize("count, head", [
    ("91 Ergänzungen", "Jane Doe sagt:"),  # a thread's count in a word of its own
    ("12 Reaktionen", "1. Jane Doe sagt:"),  # a converter numbers the comments
])
def test_a_count_over_a_comments_head_opens_the_thread(count: str, head: str) -> None:
    article = extract("\n\n".join(["Night Trains Run Late Again", TRAIN_PROSE, TRAIN_PROSE, count, head,
                                     "23. Juni 2016 um 17:21 Uhr", "Ein guter Artikel, vielen Dank dafür.",
                                     "Antworten"]), input_format="text")
    comments = [s for s in article.sections if s.type == "comments"]
    assert [(c.heading, len(c.items)) for c in comments] == [(count, 1)]


def test_a_thread_without_a_heading_opens_at_its_first_head() -> None:
    # each comment a head, a title, its text and a reply button; no heading over the thread
    thread = [line for name, time in (("Jane Roe", "16:40"), ("John Poe", "17:07"))
              for line in (f"{name} | Di, 21. April 2020 - {time}", "Ein Titel", TRAIN_PROSE, "Antworten")]
    article = extract("\n\n".join(["Night Trains Run Late Again", TRAIN_PROSE, TRAIN_PROSE, *thread]),
                      input_format="text")
    comments = [s for s in article.sections if s.type == "comments"]
    assert [[c.author for c in s.items] for s in comments] == [["Jane Roe", "John Poe"]]
    # one head over one reply button is no thread: an article's byline over a share bar's buttons
    article = extract("\n\n".join(["Night Trains Run Late Again", TRAIN_PROSE, TRAIN_PROSE, *thread[:4]]),
                      input_format="text")
    assert [s.type for s in article.sections if s.type == "comments"] == []


def test_a_time_over_a_line_that_says_something_opens_no_thread() -> None:
    article = extract("\n\n".join(["Night Trains Run Late Again", TRAIN_PROSE, TRAIN_PROSE, "2:00 PM",
                                     "Leaves the library and says goodbye:", "4:20 PM", TRAIN_PROSE]),
                      input_format="text")
    assert [s.type for s in article.sections if s.type == "comments"] == []


def test_an_articles_numbered_list_of_titles_is_its_text() -> None:
    # the items, each over its link, end the article: the list is the article's, not a menu after it
    items = []
    for n, title in enumerate(["Star Wars bomber set", "Electric racing track", "Director's box set",
                               "Final cut of the film in 4K", "Collector's edition DVDs"], start=1):
        items += [f"{n}) {title}", f"http://example.org/item{n}"]
    got = labels("Gifts for the Nostalgic", PROSE, PROSE.replace("night", "day"), *items, "Leave a comment")
    assert [got[k] for k in range(3, 3 + len(items), 2)] == ["body"] * 5


@pytest.mark.parametrize("items", [
    ["1. Introduction", "2. The Environment", "3. Embracing Risk", "4. Service Levels"],  # a table of contents
    ["5. ^ Doe, Jane (2014). \"A Film\"", ". The Times. Retrieved 2017", "6. ^ Roe, John (2015). \"Another\"",
     ". The Post. Retrieved 2018", "7. ^ Poe, Ann (2016). \"A Third\"", ". The Mail. Retrieved 2019"],  # notes
])
def test_other_numbered_lists_are_no_articles_list(items: list[str]) -> None:
    from artextract.areas import _free_numbered_items

    blocks = [Block(index=k, text=line) for k, line in enumerate(items)]
    gains = [-50] * len(blocks)
    _free_numbered_items(blocks, compute_features(blocks), gains, list(range(len(blocks))))
    assert gains == [-50] * len(blocks)


def test_menu_item_is_no_headline() -> None:
    # the line nearer the body shares as many of its words, but a menu's next items follow it
    assert headline_of("Trains Run Late Again This Week", "Night Trains Between the Cities", "Sport", "Politics",
                       TRAIN_PROSE, TRAIN_PROSE) == "Trains Run Late Again This Week"


def test_headline_with_a_kicker() -> None:
    assert headline_of("Rail: Night Trains Run Late Again", "Night Trains Between the Cities", TRAIN_PROSE,
                       TRAIN_PROSE) == "Rail: Night Trains Run Late Again"


@pytest.mark.parametrize("kicker", ["NIGHT TRAINS: LATE AGAIN", "KOMMENTAR Night trains run late again",
                                    "“NIGHT TRAINS RUN LATE”"])
def test_a_kicker_in_capitals_over_the_headline_is_not_it(kicker: str) -> None:
    # the kicker shares more of the body's words; the headline under it is longer and not in capitals
    headline = "Operator says repairs will end the delays in spring"
    assert headline_of("Home", kicker, headline, TRAIN_PROSE, TRAIN_PROSE) == headline
    # a headline in capitals is the headline all the same
    assert headline_of("Home", "WHY THE NIGHT TRAINS RUN LATE AGAIN", TRAIN_PROSE, TRAIN_PROSE) \
        == "WHY THE NIGHT TRAINS RUN LATE AGAIN"


@pytest.mark.parametrize("kicker, headline", [
    # a short kicker in capitals over a headline in capitals
    ("NIGHT TRAINS: LATE AGAIN", "OPERATOR SAYS REPAIRS WILL END THE DELAYS ON THE NIGHT TRAINS IN SPRING"),
    # a section's and a topic's names
    ("Rail | Night trains", "Operator says repairs will end the delays in spring"),
])
def test_a_kickers_other_forms_over_the_headline_are_not_it(kicker: str, headline: str) -> None:
    assert headline_of("Home", kicker, headline, TRAIN_PROSE, TRAIN_PROSE) == headline


@pytest.mark.parametrize("line, kicker", [
    ("Lockdown: Churches stay open under strict rules", True),
    ("Review: A console that keeps up", True),
    ("Lives In: Pelican Town", False),  # a label and its value
    ("Author: Jane Doe", False),
    ("Notes from the field: two days", False),  # two words after the colon
    ("Night trains run late again", False),
])
def test_has_kicker(line: str, kicker: bool) -> None:
    from artextract.areas import _has_kicker
    from artextract.shape import words

    assert _has_kicker(line, words(line)) is kicker



@pytest.mark.parametrize("line, label", [
    ("Abbildung 2: Vergleich der Schneehöhen auf dem Gletscher im Januar.", "caption"),
    ("Figure: the detector array at the bottom of the mine.", "caption"),
    ("The figure shows the detector array at the bottom of the mine.", "body"),
])
def test_a_paragraph_opening_with_a_picture_label_is_a_caption(line: str, label: str) -> None:
    labels = _labels(ARTICLE_HTML + f"<p>{line}</p>" + "<p>More of the park story, told at length here.</p>"
                     + "</article>")
    assert labels[line] == label


def test_a_credit_element_in_the_article_is_no_body_paragraph() -> None:
    labels = _labels(ARTICLE_HTML + "<p class='photo-credit'>Jane Roe | Harbor Agency</p>"
                     + "<p>More of the park story, told at length here.</p></article>")
    assert labels["Jane Roe | Harbor Agency"] == "caption"


def test_a_heading_over_its_sub_heading_and_a_note_is_a_heading() -> None:
    page = read_text(f"A Title For The Page\n\n{PROSE}\n\nParts\nWater Supply\n"
                     f"Main article: Town Water Supply\n\n{PROSE}")
    got = [c.label for c in classify(page)]
    assert got[2] == "heading"


CONTENTS = "Contents\n1 Origins\n2 Routes\n3 Stations\n4 See also\n"
HARBOUR_CONTENTS = "Contents\n1 Origins of the Harbour Ferries\n2 Routes\n3 Stations\n4 See also\n"


def test_sections_a_table_of_contents_lists_are_headed_by_its_lines() -> None:
    # the first section's heading right under the list, the last one over a list rather than prose
    page = read_text(f"A Title For The Page\n\n{PROSE}\n\n{CONTENTS}Origins[edit]\n\n{PROSE}\n\nRoutes[edit]\n\n"
                     f"{PROSE}\n\nStations[edit]\n\n{PROSE}\n\nSee also[edit]\n" + "\n".join(TEASERS))
    got = {c.block.text: c.label for c in classify(page)}
    assert [got[f"{name}[edit]"] for name in ("Origins", "Routes", "Stations", "See also")] == ["heading"] * 4


def test_sections_a_table_of_contents_lists_are_the_article_across_long_code() -> None:
    code = "\n".join(f"step_{n}(data)" for n in range(40))
    page = read_text(f"A Title For The Page\n\n{CONTENTS}\nOrigins\n\n{PROSE}\n\n{code}\n\nRoutes\n\n{PROSE}\n\n"
                     f"{PROSE}\n\nStations\n\n{PROSE}\n\n{PROSE}\n\nSee also\n\n{PROSE}")
    features = compute_features(page.blocks, blocks_to_read(page.blocks, page.format))
    assert find_areas(page, features).core_start == 6  # "Origins", not the run after the code


MENU = "Home\nNews\nSport\nWeather\n"


@pytest.mark.parametrize("text", [
    # a menu that the footer repeats: its items come back with no prose under them
    f"{MENU}\nA Title For The Page\n\n{PROSE}\n\n{PROSE}\n\n{MENU}",
    # teasers under a related heading, each with its standfirst further down
    f"A Title For The Page\n\n{PROSE}\n\nRelated stories\n" + "\n".join(TEASERS[:3])
    + "".join(f"\n\n{teaser}\n\n{PROSE}" for teaser in TEASERS[:3]),
])
def test_lists_that_are_no_table_of_contents(text: str) -> None:
    page = read_text(text)
    features = compute_features(page.blocks, blocks_to_read(page.blocks, page.format))
    assert find_areas(page, features).listed_headings == set()


@pytest.mark.parametrize("above, headline", [
    # a headline written as sentences, its date under it, under a menu
    ("Home\nNews\nSport", "We Moved Our Offices Last Week. So Did the Whole Team."),
    # a sentence under a title of a few words is its dek
    ("Home\nNews\nA Quiet Move", None),
])
def test_a_headline_written_as_sentences_opens_the_article(above: str, headline: str | None) -> None:
    page = read_text(f"{above}\nWe Moved Our Offices Last Week. So Did the Whole Team.\nMay 3, 2024\n\n"
                     f"{PROSE}\n\n{PROSE}")
    got = [c.block.text for c in classify(page) if c.label == "headline"]
    assert got == [headline or "A Quiet Move"]


#: a consent notice of a share button: prose above an article's headline, no part of the article
SHARE_NOTICE = ("If you press this button, your data goes to the network of a social site, which may keep it "
                "for as long as it likes and use it as it likes; to learn more, read our privacy notes, which "
                "say what we keep and for how long.")


def test_a_notice_above_the_headline_is_no_part_of_the_article() -> None:
    page = read_text(f"{SHARE_NOTICE}\n\nNews\nThe Harbour Gets a New Ferry Line\nMay 3, 2024\n\n"
                     + "\n\n".join([PROSE] * 10))
    got = [c.label for c in classify(page)]
    assert got[2] == "headline" and got[0] != "body"


def test_a_second_wording_of_the_title_under_it_is_not_the_headline() -> None:
    page = read_text("Home\nNews\nHarbour Town Opens Its New Ferry Line in May\n"
                     "New Ferry Line: Harbour Town Opens It in May\nBy Jane Doe\n\n" + "\n\n".join([PROSE] * 3))
    got = [c.block.text for c in classify(page) if c.label == "headline"]
    assert got == ["Harbour Town Opens Its New Ferry Line in May"]


@pytest.mark.parametrize("caption", [
    "The harbour at dawn, with the new ferry at its pier © Harbour Town Press Office",
    "The mayor of Harbour Town at the new pier / AFP",
])
def test_a_caption_with_its_credit_is_not_the_headline(caption: str) -> None:
    page = read_text(f"Home\nNews\nFerry Line Opens\n{caption}\n\n" + "\n\n".join([PROSE] * 3))
    got = [c.block.text for c in classify(page) if c.label == "headline"]
    assert got == ["Ferry Line Opens"]


@pytest.mark.parametrize("title", ["Time to Say Goodbye.", "All Is New in May…"])
def test_a_short_title_may_end_with_a_stop(title: str) -> None:
    page = read_text(f"Home\nAbout\n{title}\nMay 3, 2024\n\n" + "\n\n".join([PROSE] * 3))
    got = [c.block.text for c in classify(page) if c.label == "headline"]
    assert got == [title]


def test_a_section_a_table_of_contents_lists_is_not_the_headline() -> None:
    # the contents and the first section's heading stand between the headline and the prose
    page = read_text(f"Home\nThe Harbour and Its Ferries\n\n{HARBOUR_CONTENTS}\nOrigins of the Harbour Ferries\n\n"
                     f"The ferries of the harbour {PROSE}\n\n"
                     f"Routes\n\n{PROSE}\n\nStations\n\n{PROSE}\n\nSee also\n\n{PROSE}")
    got = [c.block.text for c in classify(page) if c.label == "headline"]
    assert got == ["The Harbour and Its Ferries"]


def test_the_headline_words_come_back_in_the_first_paragraphs() -> None:
    # the line over the prose names what a later paragraph is about; the headline, what the first are
    lede = "The harbour ferry line opens this week, and {} of the town take it to work."
    paragraphs = [lede.format(who) for who in ("people", "pupils", "nurses", "bakers", "clerks")]
    paragraphs.append("The timetables for the spring season come out in March, with more boats at dawn.")
    page = read_text("Home\nHarbour Ferry Line Opens\nTimetables for Spring Season\n\n" + "\n\n".join(paragraphs))
    got = [c.block.text for c in classify(page) if c.label == "headline"]
    assert got == ["Harbour Ferry Line Opens"]


@pytest.mark.parametrize("filler", ["\xa0", "\xa0 \xa0\xa0", " \xa0\t\u200b "])
def test_a_line_of_no_break_spaces_is_a_blank_line(filler: str) -> None:
    page = read_text(f"A Title For The Page\n\n{filler}\n\n{PROSE}\n\nA line\xa0with a kept space.")
    assert [b.text for b in page.blocks] == ["A Title For The Page", PROSE, "A line\xa0with a kept space."]
    assert page.blocks[1].blank_before == 3


def test_a_notice_above_a_headline_under_its_date_is_no_part_of_the_article() -> None:
    page = read_text(f"{SHARE_NOTICE}\n\nNews\nMay 3, 2024 | Press\nThe Harbour Gets a New Ferry Line\n\n"
                     + "\n\n".join([PROSE] * 10))
    got = [c.label for c in classify(page)]
    assert got[3] == "headline" and got[0] != "body"


def test_a_button_with_its_count_is_no_sub_heading() -> None:
    page = read_text(f"A Title For The Page\n\n{PROSE}\n\nView all (12)\n\n{PROSE}\n\n{PROSE}")
    assert [c.label for c in classify(page)][2] not in ("heading", "body")


def test_the_caption_under_an_image_label_is_not_the_headline() -> None:
    page = read_text("Home\nThe Harbour Gets Its Ferry Line Back\n\nImage\n"
                     "The ferry line to the harbour runs again from the spring\nBy Jane Doe\n\n"
                     "The ferry line to the harbour runs again from the spring, the town said. " + PROSE
                     + f"\n\n{PROSE}\n\n{PROSE}")
    got = [c.block.text for c in classify(page) if c.label == "headline"]
    assert got == ["The Harbour Gets Its Ferry Line Back"]


@pytest.mark.parametrize("line, credit", [("GETTY", True), ("Getty", True), ("The Getty Center", False)])
def test_getty_alone_is_a_credit(line: str, credit: bool) -> None:
    from artextract.vocab import CREDIT_ONLY

    assert bool(CREDIT_ONLY.match(line)) is credit


def test_the_caption_over_a_credit_line_is_not_the_headline() -> None:
    lede = "The ferry boats are back at the harbour pier on this spring morning, and the town is glad of them."
    page = read_text("Home\nNews\nFerry Line Back\nMay 3, 2024\n\nThe ferry boats at the harbour pier this spring\n"
                     f"Photo by Jane Doe\n\n{lede}\n\n" + "\n\n".join([PROSE] * 6))
    got = [c.block.text for c in classify(page) if c.label == "headline"]
    assert got == ["Ferry Line Back"]



def test_summary_mark_counts_before_the_body_only() -> None:
    dek = "<p class='dek'>A short standfirst that tells what the story is about.</p>"
    # the same mark once the body has begun belongs to a box in it: a teaser's "description"
    teaser = "<div class='teaser'><p class='description'>A teaser for another story, further down the page.</p></div>"
    labels = _labels("<article><h1>Park opens</h1>" + dek
                     + "<p>The new park opened on Monday with trees, benches and a pond.</p>" * 6
                     + teaser + "<p>The mayor, Jane Doe, cut the ribbon at noon on Monday.</p>" * 6 + "</article>")
    assert labels["A short standfirst that tells what the story is about."] == "summary"
    assert labels["A teaser for another story, further down the page."] == "body"


def test_a_page_in_headed_parts_is_one_article() -> None:
    # a recipe in two <article>s of one <main>: its ingredients beside the method's prose; a gallery's box beside
    # them (the title again over captions) and a teaser after them are no part of it
    foods = (("125 g", "flour"), ("65 g", "sugar"), ("65 g", "butter"), ("1", "egg"), ("1 tsp", "baking powder"),
             ("500 ml", "milk"), ("3", "apples, peeled and sliced"))
    ingredients = "".join(f"<li>{amount} of {food}</li>" for amount, food in foods)
    method = "".join(f"<p>{PROSE}</p>" for _ in range(4))
    gallery = "<section><h2>Park opens</h2><figure><img src='/a.jpg'><figcaption>" + "A long caption. " * 12 \
              + "</figcaption></figure></section>"
    labels = _labels(f"<main><article><h1>Apple cake</h1><h2>Ingredients</h2><ul>{ingredients}</ul></article>"
                     f"<article><h2>Method</h2>{method}</article>{gallery}</main>"
                     "<article class='teaser'><h3><a href='/x'>Another cake</a></h3></article>")
    assert labels["125 g of flour"] == "body" and labels["Ingredients"] == "heading"
    assert labels["Another cake"] != "body" and labels["Park opens"] not in ("body", "heading")


def test_a_credit_alone_under_a_caption_is_its_credit() -> None:
    caption = "<div class='caption'>The new pond at the park, on its first morning.<br><br>Image credit: Jane Doe</div>"
    article = extract("<article><h1>Park opens</h1><img src='/pond.jpg'>" + caption
                      + "<p>The new park opened on Monday with trees, benches and a pond.</p>" * 6 + "</article>")
    assert [(s.text, s.credit) for s in article.sections if s.type == "caption"] == [
        ("The new pond at the park, on its first morning.", "Jane Doe")]


@pytest.mark.parametrize("label", ["Bild:", "Photo:", "Image credit:"])
def test_a_credits_label_alone_gives_the_next_line_as_the_credit(label: str) -> None:
    # the label in an element of its own, the credit after it in its parent's text
    caption = (f"<div class='caption'><p>The new pond at the park, on its first morning.</p>"
               f"<div class='source'><div class='label'>{label}</div> Jane Doe/Harbor Agency</div></div>")
    article = extract("<article><h1>Park opens</h1><img src='/pond.jpg'>" + caption
                      + "<p>The new park opened on Monday with trees, benches and a pond.</p>" * 6 + "</article>")
    assert [(s.text, s.credit) for s in article.sections if s.type == "caption"] == [
        ("The new pond at the park, on its first morning.", "Jane Doe/Harbor Agency")]


RUN_IN_PROSE = ("The new park opened on Monday with trees, benches and a pond, and by noon the benches were full "
                "of neighbours who had waited three years for it.")


def test_a_run_in_bold_head_is_a_section_where_no_heading_element_heads_one() -> None:
    article = extract("<article><h1>Park opens</h1>" + f"<p>{RUN_IN_PROSE}</p>" * 3
                      + f"<p><b>The pond</b><br>{RUN_IN_PROSE}</p>" + f"<p>{RUN_IN_PROSE}</p>" * 3 + "</article>")
    assert [s.heading for s in article.sections if s.type == "body"] == [None, "The pond"]


def test_a_run_in_bold_head_under_heading_elements_opens_its_paragraph() -> None:
    # the page's sections are headed by <h2>s: a bold lead-in inside a paragraph is the paragraph's
    article = extract("<article><h1>Park opens</h1>" + f"<p>{RUN_IN_PROSE}</p>" * 3 + "<h2>The grounds</h2>"
                      + f"<p><b>The pond</b><br>{RUN_IN_PROSE}</p>" + f"<p>{RUN_IN_PROSE}</p>" * 3 + "</article>")
    sections = [s for s in article.sections if s.type == "body"]
    assert [s.heading for s in sections] == [None, "The grounds"]
    assert sections[1].paragraphs[0] == "The pond\n" + RUN_IN_PROSE


def test_a_bold_heading_under_a_heading_element_is_its_sub_section() -> None:
    # the <h2> right over a bold line heads it, and is kept though no paragraph comes between them
    article = extract("<article><h1>Park opens</h1>" + f"<p>{RUN_IN_PROSE}</p>" * 3 + "<h2>The grounds</h2>"
                      + f"<p><b>The pond</b></p><p>{RUN_IN_PROSE}</p><h2>The opening</h2><p>{RUN_IN_PROSE}</p>"
                      + "</article>")
    assert [(s.heading, s.level) for s in article.sections if s.type == "body"] == [
        (None, 1), ("The grounds", 1), ("The pond", 2), ("The opening", 1)]


def test_a_summary_boxs_kicker_date_and_reading_time_are_no_summary() -> None:
    dek = "A short standfirst that tells what the story is about."
    box = f"<div class='dek'><p>Politics</p><p>March 31, 2020</p><p>{dek}</p><p>6 min</p></div>"
    article = extract("<article><h1>Park opens</h1>" + box
                      + "<p>The new park opened on Monday with trees, benches and a pond.</p>" * 6 + "</article>")
    assert [s.text for s in article.sections if s.type == "summary"] == [dek]


def test_a_caption_past_the_articles_end_is_not_the_articles() -> None:
    figure = "<figure><img src='/{0}.jpg'><figcaption>{1}</figcaption></figure>"
    labels = _labels("<main><article><h1>Park opens</h1>" + figure.format("park", "The pond at the new park")
                     + "<p>The new park opened on Monday with trees, benches and a pond.</p>" * 8 + "</article>"
                     + "<div class='grid'>" + figure.format("fair", "County fair draws record crowds")
                     + "</div></main>")
    assert labels["The pond at the new park"] == "caption"
    assert labels["County fair draws record crowds"] != "caption"


def test_a_credit_that_markup_marks_after_the_caption_stands_apart() -> None:
    figure = ("<figure><img src='/pond.jpg'><figcaption>The pond at the new park. "
              "<span class='photo-credit'>Jane Roe/Harbor Agency</span></figcaption></figure>")
    paragraphs = "<p>The new park opened on Monday with trees, benches and a pond.</p>" * 8
    article = extract(f"<main><article><h1>Park opens</h1>{figure}{paragraphs}</article></main>")
    captions = [s for s in article.sections if s.type == "caption"]
    assert [(c.text, c.credit) for c in captions] == [("The pond at the new park.", "Jane Roe/Harbor Agency")]


@pytest.mark.parametrize("figcaption, expected", [
    ("View gallery", []),  # a button under the picture: no caption
    ("Vergrößern <span class='photo-credit'>Jane Roe/Harbor Agency</span>", [("", "Jane Roe/Harbor Agency")]),
    ("© Harbor Agency", [("© Harbor Agency", None)]),  # a credit alone stays
])
def test_a_pictures_label_is_no_caption_text(figcaption: str, expected: list[tuple[str, str | None]]) -> None:
    figure = f"<figure><img src='/pond.jpg'><figcaption>{figcaption}</figcaption></figure>"
    paragraphs = "<p>The new park opened on Monday with trees, benches and a pond.</p>" * 8
    article = extract(f"<main><article><h1>Park opens</h1>{figure}{paragraphs}</article></main>")
    assert [(s.text, s.credit) for s in article.sections if s.type == "caption"] == expected


def test_a_summary_mark_around_the_whole_story_marks_the_body() -> None:
    paragraphs = "".join(f"<p>Paragraph {n} of the story, with a clause or two, runs on to its full stop.</p>"
                         for n in range(8))
    # a sidebar with much text: the marked wrapper is not the whole page
    sidebar = "<aside>" + "<p>Other news of the week from around the county.</p>" * 40 + "</aside>"
    labels = _labels(f"<article><h1>Park opens</h1><div class='text-summary'>{paragraphs}</div></article>{sidebar}")
    assert {labels[f"Paragraph {n} of the story, with a clause or two, runs on to its full stop."]
            for n in range(8)} == {"body"}


@pytest.mark.parametrize("text, least, most", [
    ("The park opened on Monday with trees.", 7, 7),
    # Thai and Burmese put no spaces between words: about four characters a word
    ("สวนสาธารณะแห่งใหม่เปิดให้บริการเมื่อวันจันทร์พร้อมต้นไม้และม้านั่ง", 12, 20),
    ("ပန်းခြံအသစ်ကို တနင်္လာနေ့က ဖွင့်လှစ်ခဲ့ပါတယ်", 8, 14),
])
def test_words_in_scripts_without_spaces(text: str, least: int, most: int) -> None:
    assert least <= words(text) <= most


def test_a_breadcrumb_that_ends_with_the_title_is_not_the_headline() -> None:
    title = "no App Store over mobile data since the update to iOS 13?"  # a forum's title, as its user wrote it
    got = labels("Sign in", f"Forum>iPhone>{title}", title, "jdoe 28.09.19 12:44", PROSE, PROSE)
    assert got[1] != "headline" and got[2] == "headline"


@pytest.mark.parametrize("text, bare", [
    ("\u00b1 6 Kommentare", "6 Kommentare"),  # a symbol an icon font draws as a speech balloon
    ("\ue0b7\ue0b8  Comments", "Comments"),  # private use glyphs, spaces after them
    ("\U0001f4acComments", "Comments"),  # an emoji without a space
    ("* Comments", "* Comments"), ("+ Kommentare", "+ Kommentare"),  # ASCII marks stay
    ("\u00c4hnliche Beitr\u00e4ge", "\u00c4hnliche Beitr\u00e4ge"), ("\u00b1", ""), ("", ""),
])
def test_without_icons(text: str, bare: str) -> None:
    assert without_icons(text) == bare


@pytest.mark.parametrize("text", ["यह पार्क सोमवार को खुला।", "ပန်းခြံကို ဖွင့်လှစ်ခဲ့ပါတယ်။", "Did the park open on Monday?"])
def test_sentence_ends_in_several_scripts(text: str) -> None:
    assert ends_sentence(text)


def test_a_title_over_every_slide_of_a_gallery_is_not_body() -> None:
    slides = "".join(f"<div><img src='/s{n}.jpg'><div>Weather threatens holiday plans</div></div>" for n in range(5))
    labels = _labels(ARTICLE_HTML + slides + "<p>The mayor, Jane Doe, cut the ribbon at noon on Monday.</p></article>")
    assert labels["Weather threatens holiday plans"] == "boilerplate"
    assert labels["The mayor, Jane Doe, cut the ribbon at noon on Monday."] == "body"


@pytest.mark.parametrize("last_paragraph, label", [
    # links under the article's last paragraph, in its box: the site's teasers
    ("", "boilerplate"),
    # a list of links the article gives, with its text going on below
    ("<p>The mayor, Jane Doe, cut the ribbon at noon on Monday.</p>", "body"),
])
def test_a_list_of_links_after_the_last_paragraph_is_teasers(last_paragraph: str, label: str) -> None:
    links = "".join(f"<p><a href='/story-{n}'>Another story of the week number {n}</a></p>" for n in range(5))
    labels = _labels(ARTICLE_HTML + links + last_paragraph + "</article>")
    assert labels["Another story of the week number 2"] == label


def test_a_dek_beside_the_text_box_is_the_summary() -> None:
    lead = "Rescuers found a fifth victim four days after the landslide buried several houses."
    labels = _labels("<main><section><article><h1>Five dead after landslide</h1>"
                     # a sentence beside the text's box reads as more of it: the core starts above the dek
                     "<p>Updated today at 17:40, with the police's figures.</p>"
                     f"<div class='article-lead'>{lead}</div><div class='article-text'>"
                     + "<p>The ground gave way at night, north of the capital, and took several houses with it.</p>" * 8
                     + "</div></article></section></main>")
    assert labels[lead] == "summary"


def test_a_sentence_headline_under_a_sign_in_notice_opens_the_article() -> None:
    notice = ("Log in with your account to create or edit your custom homepage and catch up on your "
              "notifications, which you can do at any time of the day.")
    got = labels(notice, "Register for a free account", "take the tour",
                 "How do migrating birds find their way across the open sea?",
                 "Published Thursday 13 May 2021", "By Ana Serrano", PROSE, PROSE, PROSE, PROSE)
    assert got[3] == "headline"


def test_a_list_item_is_never_the_headline() -> None:
    items = [f"+ Added the {name} block to the game" for name in ("Clay", "Moss", "Copper Door", "Flag")]
    got = labels("Blockworld News", "Blockworld 2.4 - The Harvest Update", *items, PROSE, PROSE, PROSE)
    assert "headline" not in got[2:6]


@pytest.mark.parametrize("line, label", [
    ("Jane Doe", "byline"),  # a name over the date line
    ("Jane Doe /", "byline"),  # a slash after it
    ("View PDF/Print Mode", "boilerplate"),  # a menu's two entries
    ("Recent Posts", "boilerplate"),  # a widget's heading over its first post's date
])
def test_a_name_over_a_date_line_is_a_byline_a_widget_heading_is_not(line: str, label: str) -> None:
    assert labels("Archive", line, "May 3, 2024", "A Title For The Page", PROSE, PROSE)[1] == label


@pytest.mark.parametrize("line, caption", [
    ("Peacekeepers at a refugee camp in the north on Monday.", True),
    ("Omikron: What You Should Know", False),  # a title under the label, not a caption
    ("Video", False),  # a label
])
def test_the_line_under_a_picture_label_is_its_caption(line: str, caption: bool) -> None:
    got = labels("A Title For The Page", PROSE, "Photo", line, PROSE, PROSE)
    assert (got[3] == "caption") == caption


@pytest.mark.parametrize("line, head", [
    ("Jane Doe am 9. Juni 2017 um 13:22", ("Jane Doe", "9. Juni 2017")),
    ("Ruby21:00", ("Ruby", None)),  # Blogger: the name and the time run together
    ("23.09.20 | 18:19    kochfan", ("kochfan", None)),  # a user name after a date in numbers
    ("Comment by Jane Doe — 17.07, 2011 @ 13:04", ("Jane Doe", None)),
    ("geschrieben von wanderer77 am 14. Feb. 2016, 08:15 [ antworten ]", ("wanderer77", "14. Feb. 2016")),
    ("Unknown07:56", ("Unknown", None)),  # the name Blogger gives a commenter without one
    # spans without space between the name, a short date and the time
    ("macbacchi28.09.1914:40", ("macbacchi", None)),
    ("Rainer55518.10.1919:13", ("Rainer555", None)),
    ("Anna Berg | Mi, 22. April 2020 - 09:56", ("Anna Berg", "22. April 2020")),  # a weekday's short name
    ("Am 5. Mai 2020 war ich dort.", None),  # a sentence with a date
    ("March 3, 2020 at 5:12 pm", None),  # a date alone
    ("Jane Doe", None),  # a name alone
])
def test_comment_head(line: str, head: tuple[str, str | None] | None) -> None:
    assert comment_head(line) == head


def test_text_comments_open_at_their_heads_without_their_buttons() -> None:
    page = "\n\n".join(["A Title For The Page", PROSE, PROSE, "2 Comments", "Jane Doe am 9. Juni 2017 um 13:22",
                        "Thanks for the post.", "Reply", "kochfan am 10. Juni 2017 um 08:01", "Same here.", "Reply"])
    comments = next(s for s in extract(page, input_format="text").sections if s.type == "comments")
    assert [(c.author, c.date, c.text) for c in comments.items] == [
        ("Jane Doe", "2017-06-09", "Thanks for the post."), ("kochfan", "2017-06-10", "Same here.")]


def test_the_headline_again_in_the_article_is_no_paragraph() -> None:
    title = "Park opens in the city"
    html = f"<h1>{title}</h1><article><div>{title}</div>" + ARTICLE_HTML[ARTICLE_HTML.index("<p>"):] + \
        f"<div>{title.upper()}</div></article>"
    article = extract(html, input_format="html")
    assert article.metadata.title == title or any(s.type == "headline" for s in article.sections)
    paragraphs = [p for s in article.sections if s.type == "body" for p in s.paragraphs]
    assert paragraphs and not any(p.casefold() == title.casefold() for p in paragraphs)


@pytest.mark.parametrize("line, kept", [
    ("✕", False),  # a button's glyph
    ("→", False),
    ("“", False),
    ("* * *", True),  # a scene break is the article's
    ("___", True),
])
def test_a_line_without_letters_or_digits(line: str, kept: bool) -> None:
    got = labels("A Title For The Page", PROSE, line, PROSE)
    assert (got[2] == "body") == kept
@pytest.mark.parametrize("text", ["", "Share", "3 new ways to cook", "Ça va, Zoë?", "日本語のテキスト", "a_b 42 --",
                                  "  x\ty "])
def test_letters_and_words_as_counted_one_by_one(text: str) -> None:
    # the faster counts (bytes.translate for ASCII letters, spaces for printable text) give the plain ones
    assert letters(text) == sum(map(str.isalpha, text))
    if not any(ch in text for ch in "日本"):
        assert words(text) == len(text.split())


@pytest.mark.parametrize("text", ["The Title", " The  Title ", "The\u00a0Title", "It's “quoted”", "\tTabbed\n"])
def test_fold_title_folds_white_space_and_quotes(text: str) -> None:
    assert fold_title(text) == fold_title(" ".join(text.split())) == " ".join(fold_title(text).split())


def test_a_line_without_digits_names_no_one_before_a_date() -> None:
    for line in ["By Jane Doe", "Jane Doe | May 3, 2024", "Jane Doe"]:
        has_digit = any(ch.isdigit() for ch in line)
        assert byline_names(line, has_digit) == byline_names(line)


def test_the_byline_label_cheap_test_passes_every_label() -> None:
    """is_byline_label tests length and last word before BYLINE_LABEL: every label the pattern reads
    must pass those tests."""
    from artextract.features import BYLINE_LABEL_ENDS, BYLINE_LABEL_MAX_CHARS, is_byline_label
    from artextract.vocab import BYLINE_LABEL, BYLINE_VERBS

    bys = ["by", "von", "par", "por", "di", "door"]
    labels_ = bys + [f"{verb} {by}" for verb in BYLINE_VERBS.split("|") for by in bys]
    labels_ += ["author", "autor", "autorin", "auteur", "autore", "verfasser", "autor*in", "autor:in", "autor_in",
                "autor/in"]
    forms = labels_ + [f"{x}:" for x in labels_] + [x.upper() for x in labels_] + [f"{x.title()} :" for x in labels_]
    read = [label for label in forms if BYLINE_LABEL.match(label)]
    assert len(read) == len(forms)  # the pattern reads every form
    for label in read:
        assert len(label) <= BYLINE_LABEL_MAX_CHARS and label.rstrip(" :").lower().endswith(BYLINE_LABEL_ENDS)
        assert is_byline_label(label)


def test_a_line_break_in_a_headline_or_heading_is_a_space() -> None:
    paragraphs = "<p>The new park opened on Monday with trees and benches.</p>" * 6
    article = extract(f"<article><h1>Park opens:<br>Town cheers</h1>{paragraphs}<h2>What is<br>next</h2>{paragraphs}"
                      "</article>", input_format="html")
    assert article.headline == "Park opens: Town cheers" == article.metadata.title
    assert [s.heading for s in article.sections if s.type == "body"] == [None, "What is next"]


@pytest.mark.parametrize("written, heading", [
    ("History [ edit ]", "History[edit]"),  # a converter's padding around an edit link (inscriptis)
    ("History[edit]", "History[edit]"),  # as a browser copies it
    ("Chapter 3 [PDF]", "Chapter 3 [PDF]"),  # the page's own space, no padding inside
    ("Notes [ draft ] later", "Notes [ draft ] later"),  # no end mark
])
def test_a_headings_padded_end_mark_is_written_as_the_page_shows_it(written: str, heading: str) -> None:
    page = "\n\n".join(["The Night Trains Between the Two Cities", PROSE, written, PROSE, PROSE])
    article = extract(page, input_format="text")
    assert [s.heading for s in article.sections if s.type == "body"] == [None, heading]


def test_a_list_of_teasers_written_as_items_is_no_part_of_the_article() -> None:
    # a converter writes the teasers under an article as list items, each over its author, date and lines
    teasers = [line for k in range(1, 6) for line in (
        f"* Why the night trains between the cities ran late for week {k} of the year", "Jane Doe",
        f"May {k}, 2024", f"Teaser number {k}: the operator said the delays would last until spring.")]
    page = "\n".join(["The Night Trains Run Late Again", "", PROSE, "", PROSE, "", PROSE, "", *teasers])
    assert "Teaser number" not in extract(page, input_format="text").body_text
    # an article's last item over its byline and date, written as items too, stays
    ending = ["* Map and filter are sometimes faster than a loop over the same items", "* Author: Jane Doe",
              "* Published: May 3, 2024"]
    page = "\n".join(["The Night Trains Run Late Again", "", PROSE, "", PROSE, "", PROSE, *ending])
    assert "Map and filter" in extract(page, input_format="text").body_text


def test_an_item_of_a_list_of_quantities_is_no_headline() -> None:
    ingredients = ("Ingredients", "350 g sugar", "500 ml milk", "5 eggs (size M)", "450 g soft butter", "350 g flour",
                   "1 pinch of salt", "Method")
    steps = ("For the cake, stir the cherries, 100 g of sugar, 100 ml of milk and the eggs into the batter in a bowl, "
             "then bake it until it is golden and let it cool before you serve it.",) * 4
    got = labels("Recipes", "Cakes", "Snow White Cake With Cherries", *ingredients, *steps)
    assert got[2] == "headline" and "headline" not in got[3:]


def test_a_list_that_a_sentence_opens_with_a_colon_is_the_articles() -> None:
    # copied text shows a list's items without their bullets: short lines, under the sentence that opens them
    points = ("Tuples save a bit of memory", "Generators save memory for large inputs", "Slotted classes save the most",
              "Map is sometimes faster than a comprehension")
    article = [line for _ in range(4) for line in ("", PROSE)]
    opener = "I know it is a lot of graphs, so here they are:"
    page = "\n".join(["The Real Headline Of This Story", *article, "", opener, *points, "", "Most read",
                      "Other Story Title Here"])
    body = [s.text for s in extract(page, input_format="text").sections if s.type == "body"]
    assert all(any(point in text for text in body) for point in points)
    # under a label of a few words ("Tags:"), the lines are no list of the article's
    page = page.replace(opener, "Tags:")
    body = [s.text for s in extract(page, input_format="text").sections if s.type == "body"]
    assert not any(point in text for text in body for point in points)


def test_a_program_listing_does_not_cut_a_technical_article() -> None:
    listing = ("// bird.js", "(function(exports) {", '"use strict";', "function Bird(name) {",
               'this.name = name || "Anon bird";', "}", "exports.Bird = Bird;", "})(this);")
    before = ("Now that the shop's scripts have tests, each new test makes it safer to change them, and the "
              "report below shows which lines of the code the tests have run through.",) * 2
    after = ("As an example, we reuse the bird we met in an earlier episode, and we run the suite again with the "
             "coverage adapter loaded, which prints what each test has run through.",) * 2
    got = labels("Measure What Your Tests Cover", *before, *listing, *after)
    assert got[-2:] == ["body", "body"]


def test_a_stray_template_line_is_no_listing() -> None:
    from artextract.areas import _free_listings

    lines = ["Menu", "{{ count }}", "News", "Sport", "{{ user }}", "Weather"]
    blocks = read_text("\n\n".join(lines)).blocks
    gains = [-50] * len(blocks)
    _free_listings(blocks, gains)
    assert gains == [-50] * len(blocks)


@pytest.mark.parametrize("label", ["am", "Erschienen am", "Date", "Brasília"])
def test_a_word_or_two_over_a_date_line_is_not_the_articles(label: str) -> None:
    """The label or the piece of it that markup split off from the date ("am" / "Mittwoch, 26.01.2022"),
    a place: not a paragraph of the article."""
    html = ("<article><h1>The Real Headline Of This Story</h1>"
            f"<div class='meta'><span>{label}</span><div>Mittwoch, 26.01.2022 - 14:30</div></div>"
            f"<p>{PROSE}</p><p>{PROSE}</p></article>")
    article = extract(html, input_format="html")
    assert label not in [p for s in article.sections if s.type == "body" for p in s.paragraphs]
    assert article.metadata.published == "2022-01-26"


@pytest.mark.parametrize("label", ["am", "mardi"])
def test_a_word_or_two_over_a_date_line_in_copied_text_is_not_the_articles(label: str) -> None:
    # past the lines around the headline (a capitalised line alone there reads as a sub-heading)
    got = labels("The Real Headline Of This Story", PROSE, label, "26.01.2022", PROSE, PROSE)
    assert got[2:4] == ["boilerplate", "byline"]


def test_a_name_or_a_sentence_over_a_date_line_stays() -> None:
    # two words that make a name are the byline's
    page = "\n".join(["The Real Headline Of This Story", "Jane Doe", "May 3, 2024", "", PROSE, "", PROSE])
    assert extract(page, input_format="text").metadata.authors == ["Jane Doe"]
    # a short sentence is the article's
    got = labels("The Real Headline Of This Story", PROSE, "Nice try.", "03/05/2022 21:44", PROSE, PROSE)
    assert got[2:4] == ["body", "byline"]


def test_a_caption_all_in_one_link_over_the_article_in_a_widget_is_not_one() -> None:
    # a video widget's titles over the article, each in its video's link; a caption in the article stays one
    widget = "".join(f"<a href='/video-{n}'><div><img src='/v{n}.jpg'></div><div class='video-caption'>{title}</div>"
                     "</a>" for n, title in enumerate(TEASERS[:2], start=1))
    labels = _labels(f"<aside id='watch-now'>{widget}</aside>" + ARTICLE_HTML + "<figure><img src='/p.jpg'>"
                     "<figcaption><a href='/gallery'>The new park at dawn</a></figcaption></figure></article>")
    assert [labels[title] for title in TEASERS[:2]] == ["boilerplate", "boilerplate"]
    assert labels["The new park at dawn"] == "caption"


def test_an_html_heading_with_nothing_under_it_is_no_section() -> None:
    html = (ARTICLE_HTML + "<h2>How it began</h2><p>The park was a rail yard until the line closed in 1990.</p>"
            "<h2>Watch more</h2><h2>What comes next</h2><p>A second phase opens next year with a pool.</p>"
            "<h2>The plans</h2><h3>North</h3><p>A playground on the north side.</p></article>")
    headings = [s.heading for s in extract(html).sections if s.type == "body" and s.heading]
    # a heading over its sub-heading heads a section; one over a heading of its own level heads nothing
    assert headings == ["How it began", "What comes next", "The plans", "North"]


@pytest.mark.parametrize("label", ["Geschrieben von:", "AUTOR*IN", "Von:"])
def test_a_byline_label_over_a_name_under_the_article_in_html_is_its_author_box(label: str) -> None:
    html = (ARTICLE_HTML + f"<div class='box'><p>{label}</p><p>Jane Doe</p></div>"
            "<p>The park stays open until ten every night of the summer.</p></article>")
    article = extract(html, input_format="html")
    body = [p for s in article.sections if s.type == "body" for p in s.paragraphs]
    assert label not in body and "Jane Doe" not in body
    assert article.metadata.authors == ["Jane Doe"]


def test_a_label_over_a_word_of_a_table_is_no_byline() -> None:
    html = ARTICLE_HTML + "<div><p>Von</p><p>Di</p><p>Bis</p><p>Sa</p></div><p>Open all summer long.</p></article>"
    article = extract(html, input_format="html")
    assert article.metadata.authors == []


def test_a_byline_label_over_a_name_and_its_role_in_parentheses() -> None:
    html = (ARTICLE_HTML + "<div class='box'><p>Autor:</p><p>Jane Doe (Redakteurin)</p></div>"
            "<p>The park stays open until ten every night of the summer.</p></article>")
    assert extract(html, input_format="html").metadata.authors == ["Jane Doe"]


def test_a_name_over_its_role_handle_and_date_is_the_byline() -> None:
    page = "\n".join(["The Real Headline Of This Story", "", "Jane Doe", "Political Editor", "@janedoe",
                      "Monday 14 June 2021 08:05", "", PROSE, "", PROSE])
    article = extract(page, input_format="text")
    assert article.metadata.authors == ["Jane Doe"]
    body = [p for s in article.sections if s.type == "body" for p in s.paragraphs]
    assert "Political Editor" not in body and "@janedoe" not in body


@pytest.mark.parametrize("lines", [
    ["Jane Doe", "|", "11 Jan 2019"],
    ["Jane Doe", "am", "Mittwoch, 26.01.2022 - 14:30"],
    ["Dienstag, 08. März 2022 09:40", ",", "Jane Doe"],
])
def test_a_name_and_its_date_with_a_joiners_line_between_is_the_byline(lines: list[str]) -> None:
    # a copied page breaks the byline's line at the name's link: a mark or an "on" alone between
    page = "\n".join(["The Real Headline Of This Story", "", *lines, "", PROSE, "", PROSE])
    assert extract(page, input_format="text").metadata.authors == ["Jane Doe"]
    # a word that joins nothing there leaves the name alone, which is no byline
    assert extract(page.replace("\n|\n", "\nand\n").replace("\nam\n", "\nand\n").replace("\n,\n", "\nand\n"),
                   input_format="text").metadata.authors == []
