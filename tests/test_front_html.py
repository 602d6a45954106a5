"""The HTML front-end on small pages written here: block kinds, text, hints, comments, captions."""

from __future__ import annotations

import json

import pytest

from artextract import extract
from artextract.blocks import Block, Page
from artextract.front_html import (
    MAX_CACHE,
    MAX_PATH_CHARS,
    HIDDEN_CLASSES,
    _Frame,
    _top_candidate,
    read_html,
    zone_words,
)

PROSE = (
    "The council met on Tuesday, and after a long debate, it approved the plan to rebuild the old "
    "bridge, which had been closed since the spring floods, at a cost of four million euros."
)


def page_of(body: str, head: str = "<title>Test page</title>") -> Page:
    return read_html(f"<html><head>{head}</head><body>{body}</body></html>")


def shown(body: str) -> list[str]:
    """The texts of the blocks a page of this body gives, its title's left out."""
    return [b.text for b in page_of(body).blocks if b.kind != "title"]


def find(page: Page, text: str) -> Block:
    """The block whose text starts with `text`."""
    for block in page.blocks:
        if block.text.startswith(text):
            return block
    raise AssertionError(f"no block starts with {text!r}: {[b.text for b in page.blocks]}")


# --- block kinds and text: (markup, text of the block, expected kind) ----------------------------------

KIND_CASES = [
    ("<p>Hello <b>big</b> world</p>", "Hello big world", "para"),
    ("<h2>Sub heading</h2>", "Sub heading", "heading"),
    ("<p><strong>A bold line alone</strong></p>", "A bold line alone", "heading"),
    ("<p><strong>A bold sentence that ends.</strong></p>", "A bold sentence that ends.", "para"),
    ("<ul><li>First item</li></ul>", "First item", "item"),
    ("<blockquote>Quoted words</blockquote>", "Quoted words", "quote"),
    ("<pre>line one\n  line two</pre>", "line one\n  line two", "code"),
    ("<table><tr><td>a</td><td>b</td></tr><tr><td>c</td><td>d</td></tr></table>", "a | b\nc | d", "table"),
    ("<figure><img src='x.jpg'><figcaption>A caption</figcaption></figure>", "A caption", "caption"),
    ("<div class='wp-caption'><p class='wp-caption-text'>Caption text</p></div>", "Caption text", "caption"),
    ("<div>Direct text<br>second line</div>", "Direct text\nsecond line", "para"),
    # characters no one sees, which a browser's copy leaves out too: soft hyphens, zero-width spaces; a zero-width
    # joiner stays (emoji sequences, Indic and Persian writing need it)
    ("<p>Mag\xadda\xadle\u200bna and \U0001F469\u200d\U0001F52C</p>", "Magdalena and \U0001F469\u200d\U0001F52C",
     "para"),
    # a ruby's reading over its characters is no part of the text
    ("<p>子<rt>こ</rt>ども and <ruby>漢<rp>(</rp><rt>kan</rt><rp>)</rp></ruby></p>", "子ども and 漢", "para"),
]


@pytest.mark.parametrize(("markup", "text", "kind"), KIND_CASES, ids=[c[2] + ":" + c[1][:20] for c in KIND_CASES])
def test_block_kind_and_text(markup: str, text: str, kind: str) -> None:
    block = find(page_of(markup), text.split("\n")[0])
    assert (block.text, block.kind) == (text, kind)


def test_a_layout_tables_cells_of_prose_are_blocks_of_their_own() -> None:
    # an old page's layout: a menu's cell beside the story's, its paragraphs parted by <br>, no <p>
    page = page_of("<table width='100%'><tr><td><a href='/'>Home</a><br><a href='/trips'>Trips</a></td>"
                   f"<td><b>My trip</b><br><br>{PROSE}<br><br>{PROSE}<br><br>{PROSE}</td></tr></table>")
    assert [b.text for b in page.blocks[1:]] == ["Home\nTrips", "My trip", PROSE, PROSE, PROSE]
    assert "table" not in [b.kind for b in page.blocks]
    # a data table's cells of a few words stay one table block
    assert find(page_of(KIND_CASES[7][0]), "a | b").kind == "table"


def test_two_line_breaks_end_a_paragraph() -> None:
    # text parted by <br><br> and no <p>, as a blog's editor or a forum writes it: one block a paragraph; one
    # <br> is a line break inside one; inside a link the text stays one block
    page = page_of(f"<div>{PROSE}<br> <br>\n{PROSE}<br>and a second line</div><a href='/x'>one<br><br>link</a>")
    assert [b.text for b in page.blocks[1:]] == [PROSE, f"{PROSE}\nand a second line", "one\nlink"]


def test_title_block_comes_first() -> None:
    page = page_of("<p>x</p>", head="<title>  The   title </title>")
    assert (page.blocks[0].kind, page.blocks[0].text) == ("title", "The title")


def test_heading_level() -> None:
    assert find(page_of("<h3>Three</h3>"), "Three").level == 3


def test_bold_heading_has_level_zero_and_bold() -> None:
    block = find(page_of("<p><b>Short bold</b></p>"), "Short bold")
    assert (block.level, block.bold) == (0, True)


LONG_PARAGRAPH = ("The new park opened on Monday with trees, benches and a pond, and by noon the benches were "
                  "full of neighbours who had waited three years for it.")


def test_a_bold_line_over_its_paragraph_in_one_element_is_a_heading_and_a_paragraph() -> None:
    page = page_of(f"<p><b>The pond</b><br>{LONG_PARAGRAPH}</p>")
    assert [(b.text, b.kind) for b in page.blocks if b.kind != "title"] == [
        ("The pond", "heading"), (LONG_PARAGRAPH, "para")]


@pytest.mark.parametrize("markup", [
    f"<p><b>Contact:</b><br>{LONG_PARAGRAPH}</p>",  # a label
    "<p><b>Jane Doe</b><br>Head of the parks office</p>",  # a name over a few words
    f"<p><b>The pond</b> and more<br>{LONG_PARAGRAPH}</p>",  # the line is not all bold
    f"<p><a href='/pond'><b>The pond</b></a><br>{LONG_PARAGRAPH}</p>",  # a link
    f"<li><b>The pond</b><br>{LONG_PARAGRAPH}</li>",  # a list's item
])
def test_other_bold_lines_over_a_break_stay_in_their_block(markup: str) -> None:
    assert len([b for b in page_of(markup).blocks if b.kind != "title"]) == 1


# --- what is skipped ------------------------------------------------------------------------------------

HIDDEN_CASES = [
    "<script>var x = 'hidden';</script>",
    "<style>.hidden { color: red }</style>",
    "<noscript>hidden</noscript>",
    "<template><p>hidden</p></template>",
    "<svg><text>hidden</text></svg>",
    "<p hidden>hidden</p>",
    "<p aria-hidden='true'>hidden</p>",
    "<div style='display: none'>hidden</div>",
    "<h2 class='sr-only'>hidden</h2>",
    "<h3 class='title screen-reader-text'>hidden</h3>",
]


@pytest.mark.parametrize("markup", HIDDEN_CASES)
def test_invisible_content_is_skipped(markup: str) -> None:
    assert shown(f"<p>shown</p>{markup}") == ["shown"]


def test_screen_reader_text_is_skipped_but_its_separators_stay() -> None:
    # a label, a button's words, a paragraph: shown to no sighted reader
    body = ("<p><span class='screen-reader-text'>Posted on</span> May 2</p><p class='sr-only'>Note</p>"
            "<p><a href='/a'>Read more<span class='element-invisible'> about Story A</span></a></p>")
    assert shown(body) == ["May 2", "Read more"]
    # a separator between a kicker and its title is what the page shows without its styles, and copied
    assert shown("<h1><span>Rail</span><span class='visually-hidden'>: </span><span>Night trains are back</span>"
                   "</h1>") == ["Rail: Night trains are back"]


@pytest.mark.parametrize("name", sorted(HIDDEN_CLASSES))
def test_each_hiding_class_is_skipped(name: str) -> None:
    body = f"<p>Shown <span class='x {name}'>for screen readers</span></p><div class='{name}'>Label</div>"
    assert shown(body) == ["Shown"]


def test_a_hidden_heading_of_a_related_list_or_comments_stays() -> None:
    # the list under it shows: its heading still labels it; a hidden notice does not show
    body = ("<p class='more hidden'><strong>More on this topic:</strong></p><ul><li><a href='/a'>A story"
            "</a></li></ul><div class='hidden'>Log in to read on</div><h2 class='sr-only'>Comments</h2>")
    assert shown(body) == ["More on this topic:", "A story", "Comments"]


def test_nothing_visible_is_dropped() -> None:
    assert shown("<nav><a href='/'>Home</a></nav><p>Body</p><footer>Foot</footer>") == ["Home", "Body", "Foot"]


# --- hints ----------------------------------------------------------------------------------------------

ARTICLE_PAGE = f"""
<nav class="menu"><ul><li><a href="/a">Section A</a></li><li><a href="/b">Section B</a></li></ul></nav>
<div id="main"><article class="post">
  <h1>The headline</h1>
  <p class="dek">A short standfirst for the story</p>
  <p>{PROSE}</p><p>{PROSE}</p><p>{PROSE}</p>
</article></div>
<aside class="sidebar"><p>Sidebar words about something else</p></aside>
<footer><p>Copyright words</p></footer>
"""

HINT_CASES = [
    ("Section A", "nav"),
    ("Section A", "outside"),
    ("The council", "main"),
    ("A short standfirst", "summary"),
    ("Sidebar words", "aside"),
    ("Sidebar words", "outside"),
    ("Copyright words", "footer"),
]


@pytest.mark.parametrize(("text", "hint"), HINT_CASES, ids=[f"{t[:12]}:{h}" for t, h in HINT_CASES])
def test_zone_hints(text: str, hint: str) -> None:
    assert hint in find(page_of(ARTICLE_PAGE), text).hints


def test_article_blocks_score_higher_than_sidebar() -> None:
    page = page_of(ARTICLE_PAGE)
    assert find(page, "The council").content_score > find(page, "Sidebar words").content_score


def test_page_wide_wrapper_class_does_not_hide_the_article() -> None:
    # a wrapper around everything whose class happens to hold a zone word ("ad-margins")
    page = page_of(f"<div class='page-ad-margins'><article><p>{PROSE}</p><p>{PROSE}</p></article></div>")
    block = find(page, "The council")
    assert "main" in block.hints and "ad" not in block.hints


def test_prose_under_a_furniture_word_is_the_article() -> None:
    # navigation and share bars hold no paragraphs of prose: a chapter under id="toc-2" is content
    intro = f"<p>{PROSE}</p>" * 5
    chapter = f"<div id='toc-2'><h2>Part two</h2><p>Later, {PROSE}</p><p>{PROSE}</p><p>{PROSE}</p></div>"
    page = page_of(f"<nav><a href='/'>Home</a></nav><article><h1>Head</h1>{intro}{chapter}</article>")
    block = find(page, "Later,")
    assert "main" in block.hints and "nav" not in block.hints
    assert "nav" in find(page, "Home").hints


def test_a_lede_in_a_box_of_its_own_does_not_stand_for_the_article() -> None:
    # the lede's box scores highest once the story's links (its sources) are counted against the story,
    # which holds many times its text and more points before its links are counted
    sources = " ".join(f"<a href='/s{n}'>Source number {n} for this claim</a>" for n in range(4))
    story = f"<p>{PROSE} {sources}</p>" * 6
    lede = f"<div><div class='intro-text'><p>Lede: {PROSE}</p></div><div>May 3, 2024</div></div>"
    page = page_of(f"<div>{lede}<div class='box'>{story}</div></div>")
    assert "main" in find(page, f"{PROSE} Source number 0").hints


def _scored(tag: str, parent: _Frame | None, score: float, text: int, links: int) -> _Frame:
    frame = _Frame(tag, parent, tag, frozenset(), 0)
    frame.scored, frame.score, frame.text_len, frame.link_len = True, score, text, links
    if parent is not None:
        parent.children = [*parent.children, frame]
    return frame


def test_a_short_article_box_widens_to_the_ancestor_of_the_blurbs_around_it() -> None:
    # a landing page (a browser's "what's new"): short blurbs, one note in a box of its own that scores
    # highest; each parent scores less than the box below it once its "Learn more" links count, but the
    # box holds less than Readability's 500 characters, and an ancestor scoring over half of it holds
    # five times its text, the text it adds mostly prose: that ancestor is the article
    body = _scored("body", None, 2.0, 2100, 500)
    wrapper = _scored("div", body, 8.46, 1681, 253)
    main = _scored("main", wrapper, 8.46, 1674, 246)
    section = _scored("section", main, 8.47, 746, 57)
    note = _scored("div", section, 11.47, 279, 10)
    _scored("ul", section, 0.93, 346, 47)
    other = _scored("section", main, 4.59, 928, 189)
    assert _top_candidate([note, section, main, wrapper, body, other]) is wrapper
    # the same with the note's box past 500 characters: it is the article
    note.text_len = 520
    assert _top_candidate([note, section, main, wrapper, body, other]) is note
    # or with the ancestors' added text mostly links: a list of stories around a short one
    note.text_len = 279
    wrapper.link_len, main.link_len = 430, 420
    assert _top_candidate([note, section, main, wrapper, body, other]) is note


def test_a_short_article_does_not_widen_over_a_list_of_links() -> None:
    story = "<p>The shop opens again on Monday, the owners said, after the flood of last week, and all is dry.</p>"
    links = "".join(f"<li><a href='/p{n}'>Another story of the week, number {n}, on the town</a></li>"
                    for n in range(12))
    page = page_of(f"<main><article><div><div>{story}</div></div><ul>{links}</ul>"
                   f"<p>More, from the town: see the list, it has it all.</p></article></main>")
    assert "main" in find(page, "The shop opens").hints
    assert "main" not in find(page, "Another story of the week, number 3").hints


def test_an_articles_own_header_with_its_lead_is_not_the_page_header() -> None:
    page = page_of(f"<header><a href='/'>Home</a></header><article><header><h1>Head</h1><p>Lead: {PROSE}</p>"
                   f"</header><div>{f'<p>{PROSE}</p>' * 4}</div></article>")
    assert "header" not in find(page, "Lead:").hints
    assert "header" in find(page, "Home").hints


def test_markup_in_a_script_template_is_read_and_data_is_not() -> None:
    page = page_of(f"<div class='post-body'><script type='text/template'><p>{PROSE}</p></script>"
                   "<script type='text/template'>{\"type\": \"Image\", \"html\": \"<p>no</p>\"}</script></div>")
    assert find(page, "The council").kind == "para"
    assert not any("Image" in b.text for b in page.blocks)


def test_link_density_and_url() -> None:
    page = page_of("<p><a href='https://example.org/x'>All of it a link</a></p><p>No link</p>")
    linked, plain = find(page, "All of it"), find(page, "No link")
    assert (linked.link_density, linked.url, plain.link_density, plain.url) == (
        1.0,
        "https://example.org/x",
        0.0,
        None,
    )


def test_the_blocks_a_link_wraps_take_its_address() -> None:
    # a teaser in one link: its heading and its summary are all that link's text
    page = page_of("<a href='https://example.org/story'><h3>Story title here</h3><div>What the story says.</div></a>"
                   "<p>After the link</p>")
    assert [find(page, text).url for text in ("Story title here", "What the story says.", "After the link")] == [
        "https://example.org/story", "https://example.org/story", None]
    # an empty link before a block's link (an icon's) does not take its address away
    page = page_of("<div><a href='https://example.org/icon'></a><a href='https://example.org/report'>Report</a></div>")
    assert find(page, "Report").url == "https://example.org/report"


def test_relative_link_resolved_against_page_url() -> None:
    page = read_html("<p><a href='/story'>Another story</a></p>", url="https://example.org/a/b")
    assert find(page, "Another story").url == "https://example.org/story"


def test_origin_is_a_css_like_path() -> None:
    assert find(page_of("<div id='main'><p>x</p><p>Here</p></div>"), "Here").origin == "body>div#main:1>p:2"


# --- captions and credits ------------------------------------------------------------------------------


def test_caption_gets_its_figure_image_and_markup_credit() -> None:
    page = page_of(
        "<figure><img src='/pic.jpg'><figcaption>The bridge at dawn "
        "<span class='credit'>Jane Doe/Agency</span></figcaption></figure>"
    )
    caption = find(page, "The bridge")
    assert (caption.kind, caption.image, caption.credit) == ("caption", "/pic.jpg", "Jane Doe/Agency")


GIF = "data:image/gif;base64,R0lGODlhAQABAAAAACw="


@pytest.mark.parametrize("img, url", [
    (f"<img src='{GIF}' data-src='/real.jpg'>", "/real.jpg"),
    ("<img src='/img/lazy-placeholder.png' data-lazy-src='/real.jpg'>", "/real.jpg"),
    ("<img src='/spacer.gif?v=2' srcset='/real-600.jpg 600w, /real-900.jpg 900w'>", "/real-600.jpg"),
    (f"<img src='{GIF}'>", None),
    ("<img src='/blank-page-ahead.jpg' data-src='/other.jpg'>", "/blank-page-ahead.jpg"),
])
def test_a_lazy_loaded_image_gives_its_real_address(img: str, url: str | None) -> None:
    caption = find(page_of(f"<figure>{img}<figcaption>The bridge at dawn</figcaption></figure>"), "The bridge")
    assert caption.image == url


def test_text_credit_is_left_for_the_classifier() -> None:
    page = page_of("<figure><img src='a.jpg'><figcaption>Bridge (Photo: Jane Doe)</figcaption></figure>")
    caption = find(page, "Bridge")
    assert (caption.text, caption.credit) == ("Bridge (Photo: Jane Doe)", None)


# --- comments -------------------------------------------------------------------------------------------

WORDPRESS_COMMENTS = f"""
<article><p>{PROSE}</p><p>{PROSE}</p></article>
<div id="comments" class="comments-area">
  <h2 class="comments-title">2 Comments</h2>
  <ol class="comment-list">
    <li id="comment-11" class="comment">
      <article class="comment-body">
        <footer class="comment-meta"><div class="comment-author vcard"><b class="fn">Anna</b></div>
        <div class="comment-metadata"><time datetime="2020-05-01T10:00:00+00:00">May 1, 2020</time></div></footer>
        <div class="comment-content"><p>First comment text here.</p></div>
      </article>
      <ul class="children">
        <li id="comment-12" class="comment"><article class="comment-body">
          <div class="comment-author"><b class="fn">Ben</b></div>
          <div class="comment-content"><p>A reply to Anna.</p></div></article></li>
      </ul>
    </li>
  </ol>
</div>
"""


def test_wordpress_comment_text_carries_its_comment() -> None:
    block = find(page_of(WORDPRESS_COMMENTS), "First comment")
    assert "comments" in block.hints
    assert block.comment is not None
    assert (block.comment.key, block.comment.parent, block.comment.author) == ("comment-11", None, "Anna")


def test_wordpress_reply_names_its_parent() -> None:
    reply = find(page_of(WORDPRESS_COMMENTS), "A reply").comment
    assert reply is not None and (reply.key, reply.parent, reply.author) == (
        "comment-12",
        "comment-11",
        "Ben",
    )


def test_comment_author_block_is_marked_byline() -> None:
    assert {"comments", "byline"} <= find(page_of(WORDPRESS_COMMENTS), "Anna").hints


def test_a_list_of_a_comments_parts_is_no_list_of_comments() -> None:
    # the author and the time as items of a list in the comment (<ul class="comment-meta">), beside a reply
    # list of the same kind of markup
    page = page_of(f"""
<article><p>{PROSE}</p><p>{PROSE}</p></article>
<div id="comments"><ol class="commentlist">
  <li id="li-comment-21"><article id="comment-21" class="comment">
    <ul class="comment-meta"><li class="comment-author">Anna Berg</li>
      <li class="comment-time">8. April 2019 @ 11:38</li></ul>
    <div class="comment-text"><p>First comment text here.</p></div></article>
    <ul class="comment-list"><li><p>A reply to Anna, in a plain item.</p></li></ul>
  </li>
</ol></div>""")
    comment = find(page, "First comment").comment
    assert comment is not None and (comment.author, comment.date) == ("Anna Berg", "2019-04-08")
    assert find(page, "Anna Berg").comment is comment
    reply = find(page, "A reply to Anna").comment
    assert reply is not None and reply is not comment


def test_a_comments_machine_date_is_read_as_iso() -> None:
    page = page_of(f"""
<article><p>{PROSE}</p><p>{PROSE}</p></article>
<div id="comments"><ol class="commentlist"><li id="comment-31">
  <strong>Betina</strong> sagt:<br><time datetime="1558595674000">23.05.2019 - 09:05</time><br>
  <p>First comment text here.</p></li></ol></div>""")
    comment = find(page, "First comment").comment
    assert comment is not None and comment.date == "2019-05-23T07:14:34Z"


def test_a_comments_date_element_with_the_name_run_into_it_is_read() -> None:
    page = page_of(f"""
<article><p>{PROSE}</p><p>{PROSE}</p></article>
<div id="comments"><ol class="commentlist"><li id="comment-41">
  <div class="comment-date"><span>macbacchi</span><span>28.09.19</span><span>14:40</span></div>
  <p>First comment text here.</p></li></ol></div>""")
    comment = find(page, "First comment").comment
    assert comment is not None and comment.date == "2019-09-28"


def test_comment_area_heading_is_marked() -> None:
    assert "comments" in find(page_of(WORDPRESS_COMMENTS), "2 Comments").hints


def test_article_text_is_not_a_comment() -> None:
    assert find(page_of(WORDPRESS_COMMENTS), "The council").comment is None


BLOGGER_COMMENTS = """
<div class="comments" id="comments"><h4>3 comments:</h4>
<div class="comment-thread"><ol>
  <li class="comment" id="c1001"><div class="comment-block">
    <div class="comment-header"><cite class="user">Carla</cite>
    <span class="datetime secondary-text"><a href="#c1001">12 March 2019 at 10:15</a></span></div>
    <p class="comment-content">Nice write-up, thanks.</p></div></li>
</ol></div></div>
"""


def test_blogger_comment() -> None:
    comment = find(page_of(BLOGGER_COMMENTS), "Nice write-up").comment
    assert comment is not None and (comment.key, comment.author) == ("c1001", "Carla")


def test_generic_comment_list_without_item_classes() -> None:
    page = page_of(
        f"<article><p>{PROSE}</p></article><div id='comments'>"
        "<div class='entry'><p>Reader one says this is a fine idea indeed.</p></div>"
        "<div class='entry'><p>Reader two thinks the cost is far too high.</p></div></div>"
    )
    first, second = find(page, "Reader one").comment, find(page, "Reader two").comment
    assert first is not None and second is not None and first.key != second.key


def test_comment_form_is_not_a_comment() -> None:
    page = page_of(
        f"<article><p>{PROSE}</p></article><div id='comments'><div id='respond'>"
        "<h3>Leave a Reply</h3><form><p>Name and e-mail address required here</p>"
        "<p>Comment text goes into the box below</p></form></div></div>"
    )
    assert all(block.comment is None for block in page.blocks)


def test_comment_item_classes_name_no_byline_or_date_zone() -> None:
    page = page_of(
        f"<article><p>{PROSE}</p></article><ol class='comment-list'>"
        "<li id='comment-7' class='comment byuser comment-author-jane bypostauthor comment-published'>"
        "<div class='comment-author'>Jane</div><p>Thanks for the clear write-up, it helped.</p></li></ol>"
    )
    text = find(page, "Thanks for")
    assert text.comment is not None and text.comment.author == "Jane"
    assert "comments" in text.hints and not {"byline", "date"} & text.hints


def test_siblings_whose_class_names_a_comment_are_comments() -> None:
    page = page_of(
        f"<article><p>{PROSE}</p></article><div>"
        "<div class='ForumComment'><p>Reader one says this is a fine idea indeed.</p></div>"
        "<div class='ForumComment'><p>Reader two thinks the cost is far too high.</p></div></div>"
    )
    first, second = find(page, "Reader one").comment, find(page, "Reader two").comment
    assert first is not None and second is not None and first.key != second.key


def _forum_post(author: str, text: str, quoted: str = "") -> str:
    """A forum's post: its replies and the opening post share one class that names a comment."""
    quote = f"<div class='Quote' id='comment-12'><div class='QuoteName'>Cleo</div><div>{quoted}</div></div>" \
        if quoted else ""
    return (f"<div class='ThreadComment'><div class='ThreadCommentInfo'><span>{author}</span></div>"
            f"<div class='ThreadCommentText'>{quote}{text}</div></div>")


def test_a_forum_threads_opening_post_is_the_article_and_its_replies_the_comments() -> None:
    from artextract import extract

    opening = ("Since the update my phone reaches the app store only on wifi. Mobile data works for every other "
               "app, and the store is allowed to use it in the settings. Has anyone seen this?")
    switch = "Check the mobile data switch for the store in the settings app."
    replies = [_forum_post("Ben", "Same here since the update, the store only loads on wifi for me."),
               _forum_post("Cleo", switch),
               # a post that quotes another: the quote, marked up as a comment of its own, leaves the
               # thread's posts a list of comments
               _forum_post("Dan", "That switch was on, so it is not that on my phone at least.", quoted=switch),
               _forum_post("Eve", "Resetting the network settings fixed it for me after a restart.")]
    html = ("<html><body><main><h2>The app store stopped working over mobile data</h2>"
            + _forum_post("Anna", opening) + "<h2 id='comments'>Comments</h2>" + "".join(replies)
            + "</main></body></html>")
    article = extract(html, input_format="html")
    assert opening in article.body_text
    comments = article.sections_of("comments")
    assert len(comments) == 1 and comments[0].heading == "Comments"
    texts = [c.text for c in article.comments]
    assert not any(opening in text for text in texts)
    for reply in ("Same here", "Check the mobile", "That switch", "Resetting"):
        assert any(reply in text for text in texts)


def test_repeated_no_comments_notices_are_not_comments() -> None:
    notice = "<div class='tab all_comments'><p>Sorry, no comments were found for this story.</p></div>"
    page = page_of(f"<article><p>{PROSE}</p></article><div>{notice * 3}</div>")
    assert all(block.comment is None for block in page.blocks)


def test_custom_elements_are_inline_and_read_their_class() -> None:
    page = page_of(f"<article><p>{PROSE} <my-note class='byline'>By Jane Doe</my-note></p></article>")
    assert find(page, "The council").text.endswith("By Jane Doe")


# --- related widgets --------------------------------------------------------------------------------


def test_related_posts_widget() -> None:
    page = page_of(
        f"<article><p>{PROSE}</p></article><div id='jp-relatedposts' class='jp-relatedposts'>"
        "<h3>Related</h3><p><a href='/other'>Another post title</a></p></div>"
    )
    block = find(page, "Another post")
    assert "related" in block.hints and block.url == "/other"


def test_related_heading_marks_its_list() -> None:
    page = page_of(
        f"<article><p>{PROSE}</p></article><div><h3>You may also like</h3>"
        "<ul><li><a href='/x'>Some other story</a></li></ul></div>"
    )
    assert "related" in find(page, "Some other story").hints


# --- vocabulary -----------------------------------------------------------------------------------------

ZONE_CASES = [
    ("sidebar", "aside"),
    ("mainSidebar", "aside"),
    ("commentlist", "comments"),
    ("breadcrumbs", "nav"),
    ("ad-slot", "ad"),
    ("entry-date", "date"),
    ("byline", "byline"),
    ("article__dek", "summary"),
    ("jp-relatedposts", "related"),
    ("video-playlist__items", "related"),  # a video player's list of other videos
    ("article__lede", "summary"),
    ("wp-caption-text", "caption"),
]


@pytest.mark.parametrize("value", ["lead-image", "image__lede article__lede-wrapper", "c-lead-media__frame"])
def test_the_lead_picture_is_no_summary(value: str) -> None:
    assert "summary" not in zone_words(value)[0]


@pytest.mark.parametrize(("value", "hint"), ZONE_CASES, ids=[v for v, _ in ZONE_CASES])
def test_zone_words(value: str, hint: str) -> None:
    assert hint in zone_words(value)[0]


# class weights, on names read with and without the regexes of the cold path: camelCase, non-ASCII, a
# name holding none of the vocabulary, Readability's whole-word "hid"
WEIGHT_CASES = [
    ("entry-content", 25),
    ("articleBody", 25),
    ("col-md-6", 0),
    ("Größe", 0),
    ("hid", -25),
    ("x-hid", -25),
    ("hid_y", 0),
    ("chid", 0),
    ("popularpost", 0),  # "post" is positive and "popular" negative
]


@pytest.mark.parametrize(("value", "weight"), WEIGHT_CASES, ids=[v for v, _ in WEIGHT_CASES])
def test_class_weight(value: str, weight: int) -> None:
    assert zone_words(value)[1] == weight


@pytest.mark.parametrize("value", ["header-lead", "leaderboard", "shadow", "loading", "trail"])
def test_short_zone_words_need_a_whole_word(value: str) -> None:
    assert "ad" not in zone_words(value)[0]


@pytest.mark.parametrize("value", ["has-sidebar", "has-submenu", "font--secondary", "bg-secondary-16", "has_menu"])
def test_a_class_that_says_what_an_element_holds_or_how_it_looks_names_no_zone(value: str) -> None:
    # "has-sidebar" on <body>: the page has a sidebar; "font--secondary" on a story's paragraph: its type face
    assert zone_words(value)[0] == frozenset()
    assert zone_words(value.replace("has", "main").replace("font", "col").replace("bg", "col"))[0]


def test_a_story_styled_with_a_secondary_font_is_in_the_article() -> None:
    paragraphs = "".join(f"<p class='font--secondary'>{PROSE}</p>" for _ in range(6))
    page = read_html(f"<html><body class='has-sidebar'><article><h1>Park opens</h1>{paragraphs}</article>"
                     "<aside class='sidebar'><p>Other stories, and a list of them.</p></aside></body></html>")
    story = [b for b in page.blocks if b.text == PROSE]
    assert len(story) == 6 and all("main" in b.hints and "aside" not in b.hints for b in story)
    assert "aside" in find(page, "Other stories, and a list of them.").hints


def _ld_page(body_text: str, shown: str) -> str:
    data = json.dumps({"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Bridge to reopen",
                       "articleBody": body_text})
    return (f"<html><head><title>Bridge to reopen | Example News</title><script type='application/ld+json'>{data}"
            f"</script></head><body><h1>Bridge to reopen</h1>{shown}<footer><p>Contact us</p></footer></body></html>")


@pytest.mark.parametrize("body_text", [
    f"{PROSE}\n\n{PROSE}",
    f"<p>{PROSE}</p><h2>Costs</h2><blockquote><p>{PROSE}</p></blockquote>",
])
def test_a_page_a_script_fills_gives_its_structured_datas_article_text(body_text: str) -> None:
    # an empty shell that a script fills in: the text is in the JSON-LD's articleBody
    page = read_html(_ld_page(body_text, "<div id='app'></div>"))
    story = [(b.kind, b.text) for b in page.blocks if b.origin == "script>articleBody"]
    assert [text for _, text in story if text != "Costs"] == [PROSE, PROSE]
    assert all("main" in b.hints for b in page.blocks if b.origin == "script>articleBody")
    assert [b.index for b in page.blocks] == list(range(len(page.blocks)))
    article = extract(_ld_page(body_text, "<div id='app'></div>"))
    assert "\n\n".join(s.text for s in article.sections if s.type == "body") == f"{PROSE}\n\n{PROSE}"


def test_a_plain_article_body_reads_its_character_references() -> None:
    page = read_html(_ld_page(f"{PROSE} Tom &amp; Jerry, over the bri\xaddge.\n\n{PROSE}", "<div id='app'></div>"))
    assert [b.text for b in page.blocks if b.origin == "script>articleBody"] == [
        f"{PROSE} Tom & Jerry, over the bridge.", PROSE]


def test_a_page_that_shows_its_article_is_read_as_shown() -> None:
    page = read_html(_ld_page(f"{PROSE}\n\nA longer text the page does not show, past a paywall.",
                              "".join(f"<p>{PROSE}</p>" for _ in range(2))))
    assert not [b for b in page.blocks if b.origin == "script>articleBody"]


# --- robustness -----------------------------------------------------------------------------------------

ODD_PAGES = [
    "",
    "plain text, no markup",
    "<html><body></body></html>",
    "<p>unclosed <b>bold <i>italic",
    "<div>" * 3000 + "deep" + "</div>" * 3000,
    "<table><tr><td><table><tr><td>nested</td></tr></table></td></tr></table>",
    "<pre></pre><table></table><ul><li></li></ul>",
]


@pytest.mark.parametrize("html", ODD_PAGES, ids=range(len(ODD_PAGES)))
def test_odd_markup_does_not_raise(html: str) -> None:
    page = read_html(html)
    assert page.format == "html"


def test_utf8_bytes_read_as_the_text() -> None:
    html = (
        "<html lang='ru'><head><title>Новости — Сайт</title><meta name='author' content='Иван Петров'></head><body>"
        "<article><h1>Новости дня</h1><p>Первый абзац, длинный и с запятыми, как в статье.</p>"
        "<script type='text/template'><p>Шаблон, вставленный скриптом страницы.</p></script></article></body></html>"
    )
    assert read_html(html.encode()) == read_html(html)


def test_deep_nesting_keeps_the_text() -> None:
    page = read_html("<div>" * 3000 + "deep" + "</div>" * 3000)
    assert [b.text for b in page.blocks] == ["deep"]


# --- boxes inside the article: (markup of a box placed between two paragraphs, text in it, zone word) ----

ARTICLE_BOX_CASES = [
    ("<div class='author-bio'><p>Jane writes about cities.</p></div>", "Jane writes", "aside"),
    ("<section class='about-the-author'><h3>About Jane</h3></section>", "About Jane", "aside"),
    ("<div class='newsletter'><h3>Get our newsletter</h3></div>", "Get our newsletter", "share"),
    ("<div class='affiliate-disclosure'><p>We earn a fee.</p></div>", "We earn a fee.", "ad"),
    ("<ul class='post-tags'><li>Bridges</li></ul>", "Bridges", "nav"),
    ("<div class='factbox'><p>The bridge in numbers.</p></div>", "The bridge in numbers.", "aside"),
]


@pytest.mark.parametrize(("box", "text", "zone"), ARTICLE_BOX_CASES, ids=[c[2] + ":" + c[1] for c in ARTICLE_BOX_CASES])
def test_box_inside_article_leaves_it(box: str, text: str, zone: str) -> None:
    page = page_of(f"<article><p>{PROSE}</p>{box}<p>{PROSE}</p></article>")
    block = find(page, text)
    assert zone in block.hints
    assert "outside" in block.hints and "main" not in block.hints
    assert "main" in page.blocks[1].hints


def test_form_inside_article_leaves_it() -> None:
    page = page_of(f"<article><p>{PROSE}</p><form><h4>Rate this article</h4></form><p>{PROSE}</p></article>")
    assert "outside" in find(page, "Rate this").hints


def test_form_holding_the_article_text_stays_in_it() -> None:
    # a shop's product form around the product's description: the form wraps the article's content
    page = page_of(f"<article><h1>A Warm Blanket</h1><form><p>Delivery: 15 days</p><p>{PROSE}</p>"
                   f"<p>{PROSE}</p><button>Add to cart</button></form></article>")
    assert "main" in find(page, "Delivery").hints
    assert "main" in find(page, PROSE[:30]).hints


def test_author_byline_is_not_a_box() -> None:
    page = page_of(f"<article><p class='author'>By Jane Doe</p><p>{PROSE}</p></article>")
    assert {"byline", "main"} <= find(page, "By Jane").hints


def test_heading_linking_back_to_contents_stays_a_heading() -> None:
    page = page_of(f"<article><h2><a class='toc-backref' href='#toc'>Setting up</a></h2><p>{PROSE}</p></article>")
    assert "nav" not in find(page, "Setting up").hints


@pytest.mark.parametrize("head, author, date", [
    ("<h3>Mira Kowalski</h3><p class='meta'>18/02/2020 à 16:42</p>", "Mira Kowalski", "2020-02-18"),
    ("<p class='meta'>Ana Lee on May 3, 2020 at 5:12 pm</p>", "Ana Lee", "2020-05-03"),
    ("<p class='meta'>3 March 2021, 09:30</p>", None, "2021-03-03"),
])
def test_a_comment_head_without_markup_gives_its_author_and_date(head: str, author: str | None, date: str) -> None:
    from artextract import extract

    html = (f"<html><head><title>T</title></head><body><article><h1>Bridge</h1><p>{PROSE}</p><p>{PROSE}</p>"
            f"</article><div id='comments'><h2>1 Comment</h2><ol class='commentlist'><li class='comment' "
            f"id='comment-7'><div class='comment-header'>{head}</div><div class='comment-body'>"
            f"<p>Well said, and the cost is worth it.</p></div></li></ol></div></body></html>")
    comments = next(s for s in extract(html).sections if s.type == "comments")
    item = comments.items[0]
    assert (item.author, item.date, item.text) == (author, date, "Well said, and the cost is worth it.")


def test_a_page_nested_thousands_deep_keeps_short_paths() -> None:
    """Unclosed tags nest elements thousands deep: paths stop growing, so memory stays linear."""
    depth = 5000
    page = read_html("<html><body>" + "<div>" * depth + "<p>Deep text that is still read.</p>" + "</div>" * depth)
    deep = [b for b in page.blocks if b.text == "Deep text that is still read."]
    assert deep and len(deep[0].origin) <= MAX_PATH_CHARS + 50


def test_class_name_cache_is_emptied_when_full_not_frozen() -> None:
    """A batch over many sites keeps caching the class names at hand, in bounded memory."""
    from artextract import front_html

    for n in range(MAX_CACHE + 10):
        zone_words(f"box-{n} sidebar")
    assert len(front_html._zone_cache) <= MAX_CACHE
    assert f"box-{MAX_CACHE + 9} sidebar" in front_html._zone_cache


def test_comments_in_a_definition_list_are_one_item_each() -> None:
    # a theme that lists comments as <dt> (author and date) and <dd> (text), both of the comment class
    from artextract import extract

    def comment(n: int, author: str, day: int, text: str) -> str:
        return (f"<dt class='comment depth-1' id='comment-{n}'><span class='comment_author'>{author}</span> "
                f"<span class='comment_time'><a href='#comment-{n}'>June {day}, 2015 at 10:25 pm</a></span></dt>"
                f"<dd class='comment depth-1'><div class='format_text'><p>{text}</p></div></dd>")

    thread = comment(1, "Armanox", 28, "Really, no Shagrath? And why is Fred even there?") \
        + comment(2, "Leo", 29, "Where is Mike Patton? He should be near the top of the list.")
    html = (f"<html><body><article><h1>The Hundred Best Singers</h1><p>{PROSE}</p><p>{PROSE}</p></article>"
            f"<div id='comments'><h3>2 comments</h3><dl id='comment_list'>{thread}</dl></div></body></html>")
    comments = [s for s in extract(html, input_format="html").sections if s.type == "comments"]
    assert len(comments) == 1
    items = comments[0].items
    assert [(c.author, c.date, c.text) for c in items] == [
        ("Armanox", "2015-06-28", "Really, no Shagrath? And why is Fred even there?"),
        ("Leo", "2015-06-29", "Where is Mike Patton? He should be near the top of the list."),
    ]


@pytest.mark.parametrize("text, date", [
    ("March 3, 2020 at 9:15 pm", "2020-03-03"), ("vor 3 Stunden", "vor 3 Stunden"), ("View", None),
    ("Permalink", None)])
def test_a_comments_date_element_gives_a_date_or_what_it_shows_with_a_digit(text: str, date: str | None) -> None:
    from artextract.front_html import _comment_date

    assert _comment_date(text) == date


def test_a_data_table_in_a_layout_tables_cell_is_one_table_block() -> None:
    month = ("<table><tr><th colspan='2'>May</th></tr><tr><td>Mo</td><td>Di</td></tr><tr><td>1</td><td>2</td></tr>"
             "</table>")
    page = page_of(f"<table><tr><td>{month}</td><td>{month}</td></tr></table>")
    assert [(b.kind, b.text) for b in page.blocks if b.kind != "title"] == [("table", "May\nMo | Di\n1 | 2")] * 2
