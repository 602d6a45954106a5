"""The text front-end's reading of hard-wrapped paragraphs (front_text.join_wrapped), of a recipe's amounts
over its ingredients (join_amounts), and of lynx's index of links."""

from __future__ import annotations

import textwrap

from hypothesis import assume, given, settings
from hypothesis import strategies as st

from artextract import extract
from artextract.front_text import (
    AMOUNT_MIN_JOINS,
    WRAP_MIN_JOINS,
    WRAPPED_MAX_WIDTH,
    WRAPPED_MIN_LINES,
    display_width,
    read_lines,
    read_text,
    wrap_width,
)

PARAGRAPHS = [
    "The harbour board met on Tuesday evening and agreed, after a long and sometimes heated debate, to "
    "extend the ferry service to the islands through the winter months for the first time in decades.",
    "Fishermen had asked for the change for years, arguing that the boats were their only way to reach "
    "the market in town when storms closed the causeway, which happens several times every season.",
    "The extra crossings will cost the board some money, but the chair said the service would pay for "
    "itself within three years if the number of passengers keeps growing at the rate seen this summer.",
]


def wrapped_page(width: int = 62) -> str:
    """A plain-text page: a headline, a byline, and the paragraphs wrapped at `width` characters."""
    body = "\n\n".join(textwrap.fill(paragraph, width) for paragraph in PARAGRAPHS)
    return f"Ferries to run all winter\nby Jane Doe\n\n{body}\n\nShare this story\n"


def test_the_lines_of_a_wrapped_paragraph_are_one_block() -> None:
    page = wrapped_page()
    blocks = read_text(page).blocks
    texts = [block.text for block in blocks]
    assert texts == ["Ferries to run all winter", "by Jane Doe", *PARAGRAPHS, "Share this story"]
    assert [block.index for block in blocks] == list(range(len(blocks)))
    # the origin gives the lines of the paragraph; the blank lines around it stay as they were
    first = blocks[2]
    lines = textwrap.fill(PARAGRAPHS[0], 62).count("\n") + 1
    assert first.origin == f"lines 4-{3 + lines}"
    assert (first.blank_before, first.blank_after) == (1, 1)


def test_a_wrapped_article_reads_as_its_paragraphs() -> None:
    article = extract(wrapped_page(), input_format="text")
    body = [s for s in article.sections if s.type == "body"]
    assert article.headline == "Ferries to run all winter"
    assert [p for s in body for p in s.paragraphs] == PARAGRAPHS


def test_lines_are_joined_only_on_a_page_wrapped_throughout() -> None:
    # two lines that one line seems to carry on are a list's or a menu's on a page of unwrapped lines
    page = "\n".join(textwrap.wrap(PARAGRAPHS[0], 62)[:2])
    assert WRAP_MIN_JOINS > 1
    assert [block.text for block in read_text(page).blocks] == [block.text for block in read_lines(page)]


def test_a_byline_under_a_headline_is_not_its_next_line() -> None:
    headline = "Harbour board extends the ferry service to the islands"
    page = f"{headline}\nby Jane Doe and John Roe of the harbour desk\n\n{wrapped_page()}"
    texts = [block.text for block in read_text(page).blocks]
    assert texts[:2] == [headline, "by Jane Doe and John Roe of the harbour desk"]


def test_a_converters_bullets_are_items_not_a_paragraph() -> None:
    items = [f"o the {n}th crossing of the winter timetable leaves the harbour at {n} am" for n in range(4, 9)]
    page = f"{wrapped_page()}\n" + "\n".join(items)
    assert [block.text for block in read_text(page).blocks][-len(items):] == items


def test_a_line_longer_than_the_width_is_no_next_line() -> None:
    # a wrapped paragraph's lines all fit its width: a long line under a short one is a paragraph of its own
    long_line = "and " + PARAGRAPHS[1]
    page = f"{wrapped_page()}\nThe ferry will also stop at the small pier on the north side\n{long_line}"
    assert [block.text for block in read_text(page).blocks][-1] == long_line


#: paragraphs full of names and sentences: wrapped, many of their lines open with a capital or follow a
#: sentence's end, where only the width tells that a line goes on
NAMED = [
    "Anna Berg of Oslo and Carl Dunn of Bergen met Erik Falk in Geneva on Monday. Greta Holm said Ivar Juhl "
    "and Karin Lund would join them. Lars Moe thanked Nils Ohm, Per Qvist and Rolf Sand for the Tromso plan.",
    "The Tromso plan gives Uppsala, Vasteras and Orebro new trains. Stina Ulf of Umea said Tove Vik and Ulla "
    "Wik backed it. Berit Ek, Dag Fors and Elin Gran of Lulea voted for it. Frans Hed and Gun Is did not.",
    "Hans Jarl asked Inga Kull whether Jens Lind and Kjell Mark knew. Lena Nord said Mats Odd, Nina Pihl and "
    "Olle Rask did. Pia Sten of Kiruna, Quentin Tor and Rut Ulv wrote to Sven Vall. Tor Wall agreed.",
    "Ulrik Alm, Vera Bohm and Walter Cole of Narvik said Xena Dahl, Yngve Eng and Zara Frost would go too. "
    "Gustav Hall told Helga Ines that Ivan Jon and Julia Kent of Bodo had tickets. Karl Lee agreed with them.",
]


def test_a_page_wrapped_at_one_width_joins_lines_whatever_their_case() -> None:
    # `lynx -dump` and `w3m -dump` wrap a page at 80 columns: a line that opens with a name, or follows a
    # line that ends a sentence, goes on its paragraph where the width left no room for its first word
    width = 80
    wrapped = [textwrap.wrap(paragraph, width) for paragraph in NAMED]
    lines = [line for paragraph in wrapped for line in paragraph[1:]]
    assert sum(line[0].isupper() for line in lines) >= 3  # (what the lower-case reading alone would not join)
    page = "Trains for the north\n\n" + "\n\n".join("\n".join(p) for p in wrapped) + "\n\nShare this story\n"
    texts = [block.text for block in read_text(page).blocks]
    assert texts == ["Trains for the north", *NAMED, "Share this story"]
    assert wrap_width([display_width(line) for line in page.split("\n")]) in range(width - 15, width + 1)


def test_a_wrapped_page_keeps_its_items_headings_and_short_lines() -> None:
    width = 72
    body = "\n\n".join(textwrap.fill(paragraph, width) for paragraph in NAMED)
    # a full line over a list's item, a table's row, a title cut short and a line indented less
    tail = [
        "Anna Berg of Oslo and Carl Dunn of Bergen met Erik Falk in Geneva on a",
        "1. Lars Moe",
        "Greta Holm and Ivar Juhl of the Tromso board met Karin Lund in Umea...",
        "Stina Ulf",
        "    Olle Rask of Kiruna and Pia Sten of Lulea wrote to Sven Vall of Umea",
        "Tor Wall",
        "| Berit Ek | Dag Fors |",
    ]
    assert all(len(line) <= width for line in tail)
    page = f"{body}\n\n" + "\n".join(tail)
    texts = [block.text for block in read_text(page).blocks]
    assert texts[:len(NAMED)] == NAMED
    assert texts[len(NAMED):] == [block.text for block in read_lines("\n".join(tail))]


def test_a_list_items_next_lines_on_a_wrapped_page_are_the_item() -> None:
    # w3m and lynx indent an item's next lines under its text
    body = "\n\n".join(textwrap.fill(paragraph, 80) for paragraph in NAMED)
    items = [textwrap.fill(paragraph[:120], 80, initial_indent="  • ", subsequent_indent="    ")
             for paragraph in NAMED]
    assert all(item.count("\n") == 1 for item in items)
    page = f"{body}\n\nMore stories\n\n" + "\n".join(items)
    blocks = read_text(page).blocks
    assert [(block.kind, block.text) for block in blocks[-len(items):]] == [
        ("item", " ".join(paragraph[:120].split())) for paragraph in NAMED]


def test_a_rule_across_a_wrapped_page_carries_on_no_line() -> None:
    # w3m draws a rule as wide as the page: the line under it opens a paragraph of its own
    body = "\n\n".join(textwrap.fill(paragraph, 80) for paragraph in NAMED)
    page = f"{body}\n\n{'━' * 80}\nThank you for reading the Tromso plan\n"
    texts = [block.text for block in read_text(page).blocks]
    assert texts[-2:] == ["━" * 80, "Thank you for reading the Tromso plan"]


def test_only_a_page_of_one_narrow_width_is_read_as_wrapped() -> None:
    narrow = [len(line) for line in textwrap.wrap(" ".join(NAMED * 2), 80)]
    assert len(narrow) >= WRAPPED_MIN_LINES and wrap_width(narrow) > 0
    # a browser's copy: paragraphs on lines of hundreds of characters
    assert wrap_width([len(paragraph) for paragraph in NAMED * 4]) == 0
    assert wrap_width([len(line) for line in textwrap.wrap(" ".join(NAMED * 4), WRAPPED_MAX_WIDTH + 40)]) == 0
    # too few lines to tell
    assert wrap_width(narrow[:WRAPPED_MIN_LINES - 1]) == 0
    # lines of many lengths (a list of titles), few of them near the longest
    assert wrap_width([40 + 3 * n for n in range(20)]) == 0


def test_display_width_counts_two_columns_for_east_asian_wide_characters() -> None:
    assert display_width("abc") == 3
    assert display_width("Grüße") == 5
    assert display_width("漢字") == 4
    assert display_width("한국어 text") == 11
    assert display_width("ＡＢ") == 4


def test_a_wrapped_page_in_a_script_without_case_is_joined() -> None:
    # Korean text wrapped at 80 columns: each character two columns, no capitals to read
    sentence = "엘제이와 류화영의 다툼은 두 사람의 관계를 두고 대중들이 다시 생각해 보게 만든 일이다 "
    paragraphs = [(sentence * 4).strip() for _ in range(4)]
    wrapped = []
    for paragraph in paragraphs:
        lines, line = [], ""
        for word in paragraph.split():
            if line and display_width(line) + 1 + display_width(word) > 80:
                lines.append(line)
                line = word
            else:
                line = f"{line} {word}" if line else word
        wrapped.append("\n".join([*lines, line]))
    page = "\n\n".join(wrapped)
    assert [block.text for block in read_text(page).blocks] == paragraphs


def test_an_underlined_line_is_a_heading() -> None:
    # markdown's and reStructuredText's headings: "=" under level 1, "-" under level 2; the underline is no line
    page = "\n".join(["Trains for the north", "====================", "", PARAGRAPHS[0], "", "The winter timetable",
                      "---", PARAGRAPHS[1], "", "---", "", "A line over a list", "- an item", "---"])
    blocks = read_text(page).blocks
    assert [(b.kind, b.level, b.text) for b in blocks[:5]] == [
        ("heading", 1, "Trains for the north"), ("para", 0, PARAGRAPHS[0]), ("heading", 2, "The winter timetable"),
        ("para", 0, PARAGRAPHS[1]), ("para", 0, "---")]  # (a rule alone, under a blank line, stays)
    assert [b.text for b in blocks[5:]] == ["A line over a list", "an item", "---"]  # (no item is a heading)
    assert blocks[1].origin == "line 4" and [b.index for b in blocks] == list(range(len(blocks)))
    article = extract(page, input_format="text")
    assert article.headline == "Trains for the north"
    assert "The winter timetable" in [s.heading for s in article.sections if s.type == "body"]


def test_an_indented_o_is_a_converters_bullet() -> None:
    # inscriptis and lynx mark the items of a list nested in another with "o", indented
    page = "Sections\n  * News\n    + World\n      o Europe\n      o Asia\no mundo inteiro, e não só a cidade"
    blocks = read_lines(page)
    assert [(block.kind, block.text) for block in blocks[3:]] == [
        ("item", "Europe"), ("item", "Asia"), ("para", "o mundo inteiro, e não só a cidade")]


LYNX_PAGE = """   [1]Skip to content
     * [2]Home
     * [3]News

Ferries to run all winter

   The harbour board met on Tuesday and agreed to extend the [4]ferry service through the winter.

References

   Visible links:
   1. https://example.com/#content
   2. https://example.com/
   3. https://example.com/news/
   4. https://example.com/ferries/
"""


def test_lynx_link_index_and_marks_are_no_part_of_the_page() -> None:
    from artextract.front_text import without_link_index

    text = without_link_index(LYNX_PAGE)
    assert "References" not in text and "https://" not in text
    assert "extend the ferry service through" in text and "* Home" in text
    texts = [block.text for block in read_text(LYNX_PAGE).blocks]
    assert texts[-1] == "The harbour board met on Tuesday and agreed to extend the ferry service through the winter."


def test_a_references_section_of_the_text_itself_is_kept() -> None:
    from artextract.front_text import without_link_index

    # an article's own references, and link marks without lynx's index, are the text's
    own = "A study[1] found it.\n\nReferences\n\n1. Doe, J. (2020). A study of ferries. https://example.com/study\n"
    assert without_link_index(own) is own
    marks = "See [12]the harbour map and [13]the timetable.\n\nReferences\n\nThe board's minutes, 2024.\n"
    assert without_link_index(marks) is marks


def test_an_amount_alone_on_its_line_is_one_with_its_ingredient() -> None:
    page = "\n".join(["Ingredients", "1/4", "cup butter", "1 1/2", "cups flour", "2", "EL Zucker", "½", "tsp salt",
                      "3", "eggs", "Steps", "1", "cup of tea for the cook"])
    texts = [b.text for b in read_text(page).blocks]
    assert texts[:5] == ["Ingredients", "1/4 cup butter", "1 1/2 cups flour", "2 EL Zucker", "½ tsp salt"]
    # no unit under it: a count, a list's number, a vote ("3" over "eggs" stays two lines)
    assert texts[5:7] == ["3", "eggs"]
    # a page with a single one is no recipe's list (a vote count over a comment's author, a page number)
    assert AMOUNT_MIN_JOINS > 1
    assert [b.text for b in read_text("Ingredients\n1/4\ncup butter").blocks] == ["Ingredients", "1/4", "cup butter"]


#: pages of paragraphs wrapped at a width of 40 to 90 characters, and lines of words of their own between
#: them (short ones, sentences, a byline, a converter's bullets)
_WORDS = st.sampled_from(["the", "harbour", "board", "ferries", "winter", "and", "agreed", "Ferries", "by", "o",
                          "run,", "late.", "x" * 45, "1/4", "2", "cup", "cups"])
_PARAGRAPH = st.builds(lambda words, width: textwrap.wrap(" ".join(words), width),
                       st.lists(_WORDS, min_size=8, max_size=60), st.integers(40, 90))
_LINE = st.lists(_WORDS, min_size=1, max_size=16).map(lambda words: [" ".join(words)])
_LINES = st.lists(_PARAGRAPH | _LINE | st.just([""]), max_size=12).map(lambda parts: [x for p in parts for x in p])


@given(_LINES)
@settings(max_examples=500)
def test_joining_wrapped_lines_loses_and_moves_no_text(lines: list[str]) -> None:
    # joined or not, the blocks hold the lines' words in their order; a joined block spans its lines
    page = "\n".join(lines)
    alone, joined = read_lines(page), read_text(page).blocks
    assert " ".join(b.text for b in joined).split() == " ".join(b.text for b in alone).split()
    assert [b.index for b in joined] == list(range(len(joined)))
    assert len(joined) <= len(alone)


_WORD = st.text(alphabet="abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ", min_size=2, max_size=12)


@given(st.lists(st.lists(_WORD, min_size=30, max_size=80), min_size=4, max_size=8), st.integers(60, WRAPPED_MAX_WIDTH))
@settings(max_examples=200)
def test_paragraphs_wrapped_at_any_width_read_back_whole(paragraphs: list[list[str]], width: int) -> None:
    # whatever their words' case, paragraphs that a converter wrapped at one width come back as they were
    texts = [" ".join(words) for words in paragraphs]
    page = "\n\n".join(textwrap.fill(text, width) for text in texts)
    assume(sum(len(line) >= 40 for line in page.split("\n")) >= WRAPPED_MIN_LINES)  # (a page long enough to tell)
    assert [block.text for block in read_text(page).blocks] == texts
