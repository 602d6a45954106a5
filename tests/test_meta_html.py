"""Metadata of HTML pages written here: title reconciliation, authors, dates, JSON-LD, OpenGraph."""

from __future__ import annotations

import pytest
from selectolax.lexbor import LexborHTMLParser

from artextract.blocks import PageMeta
from artextract.front_html import read_html
from artextract.bylines import clean_authors, tidy_name
from artextract.meta_html import META_ELEMENTS, MetaClues, choose_title, parse_date, read_meta

PROSE = (
    "The council met on Tuesday, and after a long debate, it approved the plan to rebuild the old "
    "bridge, which had been closed since the spring floods, at a cost of four million euros."
)


def meta_of(head: str, body: str = "", url: str | None = None) -> PageMeta:
    return read_html(f"<html lang='de'><head>{head}</head><body>{body}<p>{PROSE}</p></body></html>", url).meta


# --- dates: (text, ISO) -------------------------------------------------------------------------------

DATE_CASES = [
    ("2015-07-24T05:36:09+01:00", "2015-07-24T05:36:09+01:00"),
    ("2015-07-24", "2015-07-24"),
    # the time as RFC 3339 writes it (what datetime.fromisoformat reads)
    ("2015-07-24T05:36:09+0100", "2015-07-24T05:36:09+01:00"),
    ("2015-07-24 5:36", "2015-07-24T05:36"),
    ("2015-07-24T05:36:09.1234567Z", "2015-07-24T05:36:09.123456Z"),
    ("2015-07-24T25:36:09", "2015-07-24"),  # no time of day
    ("July 24, 2015", "2015-07-24"),
    ("Jul. 24th 2015", "2015-07-24"),
    ("24 July 2015", "2015-07-24"),
    ("24. Juli 2015", "2015-07-24"),
    ("3. März 2021, 10:15 Uhr", "2021-03-03"),
    ("24 juillet 2015", "2015-07-24"),
    ("24.07.2015", "2015-07-24"),
    ("07/24/2015", "2015-07-24"),
    ("2015/07/24", "2015-07-24"),
    ("Posted on Monday, 2 Dezember 2019", "2019-12-02"),
    ("no date here", None),
    ("31.02.", None),
]


@pytest.mark.parametrize(("text", "iso"), DATE_CASES, ids=[c[0] for c in DATE_CASES])
def test_parse_date(text: str, iso: str | None) -> None:
    assert parse_date(text) == iso


# --- authors: (raw strings, names) ----------------------------------------------------------------------

AUTHOR_CASES = [
    (["By Jane Doe"], ["Jane Doe"]),
    (["By Jane Doe and John Roe"], ["Jane Doe", "John Roe"]),
    (["Von Max Muster und Erika Muster"], ["Max Muster", "Erika Muster"]),
    (["Jane Doe, John Roe"], ["Jane Doe", "John Roe"]),
    (["https://www.facebook.com/janedoe"], []),
    (["jane@example.org"], []),
    (["By Jane Doe | 12 May 2015"], ["Jane Doe"]),
    (["Posted"], []),
    (["Quelle:"], []),  # a label alone
    (["Datum: 19.11.2021 Autor: Max Muster Quelle: dpa"], ["Max Muster"]),  # labelled fields
    (["22. Dezember 2019 von Max Muster"], ["Max Muster"]),  # "von" inside the line
    (["Rezept von"], []),
    (["Redaktion"], ["Redaktion"]),  # a desk is named as it is
    (["22. Dezember"], []),
    (["jdoe"], ["jdoe"]),  # a user name stays, as metadata gives it
    (["Jane Doe, PhD"], ["Jane Doe"]),  # a degree after the name is not a second author
    (["Jane Doe, M.D."], ["Jane Doe"]),
    (["Sarah E. Needleman"], ["Sarah E. Needleman"]),  # a middle initial, not Italian "e" ("and")
    (["Ana Cruz y Juan Roe"], ["Ana Cruz", "Juan Roe"]),
    (["ANA CRUZ Y JUAN ROE"], ["ANA CRUZ", "JUAN ROE"]),
    (["December 4, 2018"], []),  # a date alone: not its month's name
    (["Dec 4, 2018"], []),
    (["Mai 2019"], []),
    (["Jane Doe December 4, 2018"], ["Jane Doe"]),  # a date after a name: not a part of it
    (["April Roach"], ["April Roach"]),  # a month's name in a name
    (["Rachael Link, MS, RD"], ["Rachael Link"]),  # degrees after the name are not co-authors
    (["Print this article"], []),  # a byline element's buttons
    (["Contact us"], []),
    (["Jür\xadgen Rich\u200bter"], ["Jürgen Richter"]),  # a soft hyphen, a zero-width space: no one sees them
    (["ROBERT BURNS, AP National Security Writer"], ["ROBERT BURNS"]),  # a role after the name
    (["Max Muster, deutscher Journalist, Kolumnist"], ["Max Muster"]),
    (["Ann Writer"], ["Ann Writer"]),  # a name first is a name
    (["Example Verlag GmbH, Nürnberg, Germany"], ["Example Verlag GmbH"]),  # an organisation's address
    (["Jane Doe, John Roe, Ann Poe"], ["Jane Doe", "John Roe", "Ann Poe"]),  # three names, no address
]


@pytest.mark.parametrize(("raw", "names"), AUTHOR_CASES, ids=[c[0][0] for c in AUTHOR_CASES])
def test_clean_authors(raw: list[str], names: list[str]) -> None:
    assert clean_authors(raw) == names


@pytest.mark.parametrize(("name", "tidy"), [
    ("John\u00a0Gruber", "John Gruber"),
    ("Staff Reports -", "Staff Reports"),
    ("Meg James Staff Writer", "Meg James"),  # a role after the name
    ("Meg JamesStaff Writer", "Meg James"),  # copied text glued the name to the role
    ("Peter PanzerBusiness Columnist", "Peter Panzer"),
    ("ByJ.R. Stone", "J.R. Stone"), ("vonElisa Berg", "Elisa Berg"),  # copied text glued "By" to the name
    ("Bylund Berg", "Bylund Berg"),
    ("Jessica DeFino, Staff Writer", "Jessica DeFino"),  # a name with a capital inside is not parted
    ("Meg McDonaldStaff Writer", "Meg McDonald"),
    ("Ann Writer", "Ann Writer"),  # one word before the role: a name
    ("Brit Weirich (Medizinredakteurin. M.A.)", "Brit Weirich"), ("Jane Doe (Berlin)", "Jane Doe"),  # in parentheses
    ("(dpa)", "(dpa)"),  # an agency's sign, all in parentheses
])
def test_tidy_name(name: str, tidy: str) -> None:
    assert tidy_name(name) == tidy


@pytest.mark.parametrize("line", ["Por lo mismo, Herrera perdió la paciencia", "Von Atemschutzmaske über Exit"])
def test_a_sentence_shown_on_the_page_gives_no_author(line: str) -> None:
    assert clean_authors([line], shown=True) == []


# --- title: (title tag, headings, structured, site, expected) -------------------------------------------

TITLE_CASES = [
    ("Bridge to reopen | Example News", ["Bridge to reopen"], [], "Example News", "Bridge to reopen"),
    ("Example News - Bridge to reopen in May", [], [], "Example News", "Bridge to reopen in May"),
    ("Bridge to reopen – Example News", [], [], None, "Bridge to reopen"),
    ("Example News", ["Example News", "Bridge to reopen"], [], "Example News", "Example News"),
    ("Site", ["Menu", "The real headline"], ["The real headline"], "Site", "The real headline"),
    (None, [], ["Structured headline | Site"], "Site", "Structured headline"),
    ("Plain title", [], [], None, "Plain title"),
    # a sub-heading ending in a colon quotes a few words of the title; the title is whole elsewhere
    ("Tidal Power: A Guide for Towns | Site", ["Tidal Power:"], ["Tidal Power: A Guide for Towns"], "Site",
     "Tidal Power: A Guide for Towns"),
    # a separator left at the end, a domain name for the site, a known site name glued to its separator
    ("Harbour Ferry Timetable -", [], [], None, "Harbour Ferry Timetable"),
    ("harbourferries.de //   » Winter Timetable", [], [], None, "Winter Timetable"),
    ("Bridge to reopen in May | www.example-news.com", [], [], None, "Bridge to reopen in May"),
    ("EXAMPLE NEWS|Bridge to reopen", [], [], "Example News", "Bridge to reopen"),
    ("Bridge to reopen·Example News", [], [], "Example News", "Bridge to reopen"),
    # a product's name is no domain
    ("Node.js streams explained | Site", [], [], "Site", "Node.js streams explained"),
    # og:title writes three dots where the heading has an ellipsis: the same title
    ("All in good time… | Market Place For A Good Life", ["Market Place For A Good Life", "All in good time…"],
     ["All in good time..."], None,
     "All in good time…"),
]


@pytest.mark.parametrize(
    ("title", "headings", "structured", "site", "expected"), TITLE_CASES, ids=[c[4] for c in TITLE_CASES]
)
def test_choose_title(
    title: str | None, headings: list[str], structured: list[str], site: str | None, expected: str
) -> None:
    assert choose_title(title, headings, structured, site) == expected


@pytest.mark.parametrize(("title", "h1", "expected"), [
    ("Home", "Time to say goodbye.", "Time to say goodbye."),  # a page's name, one level-1 heading
    ("Home | Example News", "Time to say goodbye.", "Time to say goodbye."),
    ("Ferry Test", "Lorem", "Ferry Test"),  # two words: a title
    ("Home", None, "Home"),  # no single level-1 heading to take instead
])
def test_a_one_word_title_gives_way_to_the_single_h1(title: str, h1: str | None, expected: str) -> None:
    assert choose_title(title, [h1] if h1 else [], [], "Example News", h1) == expected


def test_title_never_the_site_name_when_a_headline_exists() -> None:
    meta = meta_of(
        "<title>Bridge to reopen | Example News</title><meta property='og:site_name' content='Example News'>",
        "<h1>Bridge to reopen</h1>",
    )
    assert meta.title == "Bridge to reopen"


def test_a_small_heading_that_the_title_holds_whole_wins_over_a_cut_title() -> None:
    meta = meta_of("<title>Weekly report 14. - 20. January - Snow Institute</title>",
                   "<h4>Weekly report 14. - 20. January</h4>")
    assert meta.title == "Weekly report 14. - 20. January"


def test_the_posts_heading_after_a_sidebars_headings_is_a_candidate() -> None:
    # a blog whose sidebar's widget titles come before its post's <h2>, under the site's name as the <h1>
    widgets = "".join(f"<h2 class='widgettitle'>{name}</h2><ul><li><a href='/x'>x</a></li></ul>"
                      for name in ("Categories", "Recent Posts", "Archive", "Recent Comments", "Blogroll"))
    meta = meta_of("<title>Saltmarsh Workshop &raquo; Blog &raquo; Riveting without a helper</title>",
                   f"<h1><a href='/'>Saltmarsh Workshop</a></h1><div id='sidebar'>{widgets}</div>"
                   f"<div class='post'><h2><a href='/riveting'>Riveting without a helper</a></h2>"
                   f"<p>{'A long paragraph of the post, with words and commas, to read as its text. ' * 6}</p></div>")
    assert meta.title == "Riveting without a helper"


# --- whole heads ---------------------------------------------------------------------------------------

JSON_LD = """<script type="application/ld+json">
{"@context": "https://schema.org", "@graph": [
  {"@type": "WebSite", "name": "Example News"},
  {"@type": "NewsArticle", "headline": "Bridge to reopen",
   "author": [{"@type": "Person", "name": "Jane Doe"}, {"@type": "Person", "name": "John Roe"}],
   "datePublished": "2015-07-24T05:36:09+01:00", "dateModified": "2015-07-25",
   "publisher": {"@type": "Organization", "name": "Example News"}}]}
</script>"""


def test_json_ld_graph() -> None:
    meta = meta_of(JSON_LD)
    assert (meta.title, meta.authors, meta.published, meta.modified, meta.site_name) == (
        "Bridge to reopen",
        ["Jane Doe", "John Roe"],
        "2015-07-24T05:36:09+01:00",
        "2015-07-25",
        "Example News",
    )


def test_json_ld_author_as_string_and_broken_json_is_ignored() -> None:
    meta = meta_of(
        '<script type="application/ld+json">{"@type": "BlogPosting", "author": "Jane Doe"}</script>'
        '<script type="application/ld+json">{not json</script>'
    )
    assert meta.authors == ["Jane Doe"]


def test_json_ld_is_read_beside_a_script_that_may_be_a_template() -> None:
    # a script type ending in "template" sends the page the slow way: metadata elements looked up again
    meta = meta_of(
        '<script type="text/ng-template"><p>not a post</p></script>'
        '<script type="application/ld+json">{"@type": "BlogPosting", "author": "Jane Doe"}</script>'
    )
    assert meta.authors == ["Jane Doe"]


def test_read_meta_given_the_elements_reads_as_it_would_alone() -> None:
    markup = f"<html><head>{JSON_LD}<meta property='og:site_name' content='Example News'></head><body></body></html>"
    tree = LexborHTMLParser(markup)
    found = read_meta(tree, MetaClues(), [], None, tree.css(META_ELEMENTS))
    assert found == read_meta(tree, MetaClues(), [], None)
    assert found.site_name == "Example News"


def test_opengraph_and_meta_tags() -> None:
    meta = meta_of(
        "<title>Ignored | Site</title><meta property='og:title' content='OG headline'>"
        "<meta property='og:site_name' content='Site'><meta name='author' content='By Jane Doe'>"
        "<meta property='article:published_time' content='2020-01-02T03:04:05Z'>"
        "<meta name='description' content='What it is about'><meta name='keywords' content='a, b'>"
        "<link rel='canonical' href='https://example.org/story'><meta property='og:image' content='/i.jpg'>"
    )
    assert (
        meta.title,
        meta.authors,
        meta.published,
        meta.description,
        meta.tags,
        meta.url,
        meta.image,
        meta.language,
    ) == (
        "OG headline",
        ["Jane Doe"],
        "2020-01-02T03:04:05Z",
        "What it is about",
        ["a", "b"],
        "https://example.org/story",
        "/i.jpg",
        "de",
    )


def test_a_meta_property_may_name_several_keys() -> None:
    meta = meta_of("<title>Ignored</title><meta property='og:title twitter:title' content='Shared headline'>"
                   "<meta property='dc:description og:description' content='Shared description'>")
    assert (meta.title, meta.description) == ("Shared headline", "Shared description")


def test_microdata_of_a_reference_is_not_the_pages() -> None:
    body = ('<article itemscope itemtype="http://schema.org/ScholarlyArticle"><h1>A study</h1>'
            '<meta itemprop="author" content="Ann Writer">{refs}</article>')
    ref = ('<li itemprop="{prop}" itemscope itemtype="http://schema.org/ScholarlyArticle">'
           '<meta itemprop="author" content="Q. Cited, R. Cited">Cited work</li>')
    assert meta_of("", body.format(refs="<ol>" + ref.format(prop="citation") * 3 + "</ol>")).authors == ["Ann Writer"]
    # an item that is the page's own (Blogger's blogPost inside the Blog) keeps its properties
    blog = ('<div itemscope itemtype="http://schema.org/Blog"><div itemprop="blogPost" itemscope '
            'itemtype="http://schema.org/BlogPosting"><meta itemprop="author" content="Ann Writer"></div></div>')
    assert meta_of("", blog).authors == ["Ann Writer"]


def test_meta_author_url_is_not_a_name() -> None:
    meta = meta_of(
        "<meta property='article:author' content='https://facebook.com/jane'>",
        "<article><span class='byline'>By Jane Doe</span></article>",
    )
    assert meta.authors == ["Jane Doe"]


def test_the_sites_name_among_the_authors_is_their_newsroom() -> None:
    site = "<meta property='og:site_name' content='Harbor Ledger'>"
    meta = meta_of(f"{site}<meta name='author' content='Jane Doe, John Roe and Ann Smith, Harbor Ledger'>", "")
    assert meta.authors == ["Jane Doe", "John Roe", "Ann Smith"]
    shown = meta_of(site, "<article><span class='byline'>By Jane Doe and John Roe, Harbor Ledger</span></article>")
    assert shown.authors == ["Jane Doe", "John Roe"]
    # the site's name alone stays where no person is named
    assert meta_of(f"{site}<meta name='author' content='Harbor Ledger'>", "").authors == ["Harbor Ledger"]


def test_time_element_gives_the_date() -> None:
    meta = meta_of("", "<article><h1>Head</h1><time datetime='2019-03-04'>4 March</time></article>")
    assert meta.published == "2019-03-04"


def test_date_line_under_the_headline() -> None:
    meta = meta_of("", "<h1>Head</h1><p>Veröffentlicht am 5. Mai 2018</p>")
    assert meta.published == "2018-05-05"


def test_byline_line_under_the_headline() -> None:
    assert meta_of("", "<h1>Head</h1><p>Von Max Muster</p>").authors == ["Max Muster"]


def test_the_headline_in_a_byline_element_is_no_author() -> None:
    # a theme classes the post's header as its byline: the headline there is no name, though a line of two
    # capitalised words and "and" reads as names ("Yellow Vests and I")
    article = "<p>A paragraph of the article, long enough to be one, with a comma.</p>" * 5
    header = "<header class='post-byline'><h1>Yellow Vests and I</h1><time>December 4, 2018</time>{}</header>"
    assert meta_of("", f"<article>{header.format('')}{article}</article>").authors == []
    # a name in the same element is the author
    named = header.format(" <span>Jane Doe</span>")
    assert meta_of("", f"<article>{named}{article}</article>").authors == ["Jane Doe"]


def test_a_sentence_that_opens_with_von_is_no_byline() -> None:
    # a hard-wrapped paragraph's line: the words after "von" are no names, though the first three read as one
    wrapped = "Experten gehen auf die Verbreitung\nvon Open Source Software (OSS) ein und entwickeln einen Leitfaden."
    assert meta_of("", f"<h1>Head</h1><p>Text.</p><pre>{wrapped}</pre>").authors == []
    assert meta_of("", "<h1>Head</h1><p>Text.</p><pre>Leitfaden\nvon Jane Doe</pre>").authors == ["Jane Doe"]


def test_a_menus_authors_item_is_no_label_over_a_name() -> None:
    menu = "<nav><ul><li><a href='/a'>Autoren</a></li><li><a href='/l'>Chemie-Lexikon</a></li></ul></nav>"
    assert meta_of("", f"{menu}<h1>Head</h1><p>Text.</p>").authors == []
    # the same two lines outside a menu: a label alone over the name
    assert meta_of("", "<h1>Head</h1><p>Text.</p><div><p>Autoren</p><p>Jane Doe</p></div>").authors == ["Jane Doe"]


def test_json_ld_author_names_read_their_character_references() -> None:
    # a page that escapes its JSON-LD as HTML too: the apostrophe's reference is no name's end
    ld = '<script type="application/ld+json">{"@type": "Article", "author": {"@type": "Person", ' \
         '"name": "Lindsey O&#039;Donnell"}}</script>'
    assert meta_of(ld, "<h1>Head</h1><p>Text.</p>").authors == ["Lindsey O'Donnell"]


def test_date_in_script_data_as_last_resort() -> None:
    script = '<script>window.__STATE__ = {"story": {"published_at": "2019-03-02T06:22:28+01:00"}};</script>'
    assert meta_of("", "<h1>Head</h1><p>Text.</p>" + script).published == "2019-03-02T06:22:28+01:00"
    assert meta_of("", "<h1>Head</h1><p>Text.</p><script>var updated = '2019-03-02';</script>").published is None


def test_labelled_date_anywhere_outside_comments() -> None:
    body = "<article><h1>Head</h1>" + "<p>A paragraph of the article.</p>" * 20 + \
        "<footer><p>Letzte Änderung: 31.10.2023<br>Erschienen am: 01.11.2023</p></footer></article>"
    assert meta_of("", body).published == "2023-11-01"


def test_structured_date_wins_over_body_text() -> None:
    meta = meta_of("<meta property='article:published_time' content='2021-06-01'>", "<h1>Head</h1><p>3 March 2010</p>")
    assert meta.published == "2021-06-01"


def test_date_from_url_as_last_resort() -> None:
    assert meta_of("", "<h1>Head</h1>", url="https://example.org/2014/05/29/story").published == "2014-05-29"


def test_json_ld_in_cdata() -> None:
    meta = meta_of(
        '<script type="application/ld+json"><![CDATA[{"@type": "Article", "datePublished": "2001-10-29"}]]></script>'
    )
    assert meta.published == "2001-10-29"


BYLINE_BODY = "<article><h1>Head</h1><div class='author'>von Jane Doe</div><p>Text.</p></article>"


@pytest.mark.parametrize("author", ["jane.doe", "Example News"])
def test_a_user_name_or_the_site_name_gives_way_to_the_byline_shown(author: str) -> None:
    head = (f'<meta property="og:site_name" content="Example News">'
            f'<script type="application/ld+json">{{"@type": "Article", "author": "{author}"}}</script>')
    assert meta_of(head, BYLINE_BODY).authors == ["Jane Doe"]
    assert meta_of(head, "<article><h1>Head</h1><p>Text.</p></article>").authors == [author]


@pytest.mark.parametrize("shown", ["Politik", "Redaktion"])
def test_the_site_name_does_not_give_way_to_a_word_in_a_byline_element(shown: str) -> None:
    # a byline element holding a section's name or one word is no person's name to take the site's place
    head = ('<meta property="og:site_name" content="Example News">'
            '<script type="application/ld+json">{"@type": "Article", "author": "Example News"}</script>')
    body = f"<article><h1>Head</h1><div class='author'>{shown}</div><p>Text.</p></article>"
    assert meta_of(head, body).authors == ["Example News"]


LONG_ARTICLE = "<article><h1>Head</h1>" + "<p>A paragraph of the article that runs on.</p>" * 20


@pytest.mark.parametrize("end", [
    "<p><b>Von:</b><br>Jane Doe</p></article>",  # a label over the name, at the article's end
    "<dl><dt>Author</dt><dd>Jane Doe</dd></dl></article>",
    "<p>05.02.2020 - Redaktion: Jane Doe (press office)</p></article>",
])
def test_labelled_author_anywhere_in_the_article(end: str) -> None:
    assert meta_of("", LONG_ARTICLE + end).authors == ["Jane Doe"]


def test_a_teasers_byline_in_its_link_names_no_author() -> None:
    # a forum's latest posts beside the article: each a link, its poster's byline in it
    teasers = "<div><ul><li><a href='/t/1'><p>A thread's title</p><span>von Jane Doe um 16:28</span></a></li>" \
        "</ul></div>"
    assert meta_of("", LONG_ARTICLE + "</article>" + teasers).authors == []
    assert meta_of("", LONG_ARTICLE + "</article><div><p>A note.</p><span>von Jane Doe um 16:28</span></div>"
                   ).authors == ["Jane Doe"]


def test_a_name_and_a_date_by_the_headline() -> None:
    assert meta_of("", "<article><h1>Head</h1><p>Benni 10. September 2017</p><p>Text.</p></article>").authors \
        == ["Benni"]
    assert meta_of("", "<article><h1>Head</h1><p>Le 10 septembre 2017</p><p>Text.</p></article>").authors == []


def test_a_later_metadata_source_adds_co_authors() -> None:
    head = ('<script type="application/ld+json">{"@type": "Article", "author": "Jane Doe"}</script>'
            '<meta name="author" content="Jane Doe, John Roe">')
    assert meta_of(head).authors == ["Jane Doe", "John Roe"]


def test_the_article_object_wins_over_a_video_in_it() -> None:
    meta = meta_of(
        '<script type="application/ld+json">[{"@type": "VideoObject", "author": "Video Desk"},'
        ' {"@type": "NewsArticle", "author": "Jane Doe"}]</script>'
    )
    assert meta.authors == ["Jane Doe"]


def test_json_ld_author_by_reference() -> None:
    meta = meta_of(
        '<script type="application/ld+json">{"@graph": [{"@type": "Article", "author": {"@id": "#jane"}},'
        ' {"@type": "Person", "@id": "#jane", "name": "Jane Doe"}]}</script>'
    )
    assert meta.authors == ["Jane Doe"]


def test_twitter_card_author_label() -> None:
    meta = meta_of("<meta name='twitter:label1' content='Written by'><meta name='twitter:data1' content='Jane Doe'>")
    assert meta.authors == ["Jane Doe"]


def test_tags_are_listed_once_in_their_first_spelling() -> None:
    """<meta name=keywords> and article:tag often repeat each other, and a keyword may come in two cases."""
    meta = meta_of(
        "<meta name='keywords' content='Hunting, forest,  Black   Forest'>"
        "<meta property='article:tag' content='hunting'><meta property='article:tag' content='Black Forest'>"
        "<meta property='article:tag' content='police'>"
    )
    assert meta.tags == ["Hunting", "forest", "Black Forest", "police"]


def test_json_ld_keywords_are_listed_once() -> None:
    meta = meta_of('<script type="application/ld+json">{"@type": "NewsArticle", "headline": "H",'
                   ' "keywords": ["Deals", "deals", " Deals ", "tech"]}</script>')
    assert meta.tags == ["Deals", "tech"]


@pytest.mark.parametrize("lang, tag", [
    ("en", "en"), ("EN", "en"), ("de-de", "de-DE"), ("en_US", "en-US"), ("pt_br", "pt-BR"),
    ("zh-hant-tw", "zh-Hant-TW"), ("es-419", "es-419"),
    ("de-DE-formal", "de-DE"),  # a variant dropped
    ("DE, AT, CH", "de"),  # a list: its first
    ("english", "en"), ("Deutsch", "de"),  # a name where the code belongs
    ("lang=", None), ("und", None), ("", None),  # no tag: the next source's, or a guess from the text
])
def test_the_stated_language_is_a_tag_in_its_usual_case(lang: str, tag: str | None) -> None:
    meta = read_meta(LexborHTMLParser(f"<html lang='{lang}'><head></head><body></body></html>"), MetaClues(), [],
                     None)
    assert meta.language == tag


def test_a_language_html_does_not_state_well_is_taken_from_the_meta_elements() -> None:
    markup = "<html lang='lang='><head><meta property='og:locale' content='fr_FR'></head><body></body></html>"
    assert read_meta(LexborHTMLParser(markup), MetaClues(), [], None).language == "fr-FR"
