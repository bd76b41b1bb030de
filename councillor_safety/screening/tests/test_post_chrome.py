"""A screenshot's posts are screened by their own words, without the feed's around them."""

from __future__ import annotations

import textwrap

import pytest

from councillor_safety.screening.post_chrome import post_text, posts
from councillor_safety.screening.tests.attachment_files import FEEDS, feed_post
from councillor_safety.screening.tests.training_modules import load_training_module

POST = "You should be ashamed of yourself, Councillor. Everyone on this street knows."


@pytest.mark.parametrize("feed", FEEDS)
def test_each_feeds_names_times_and_buttons_are_taken_out(feed):
    assert post_text("\n".join(feed_post(POST, feed))) == "\n".join(textwrap.wrap(POST, 38))


def test_every_post_in_a_thread_of_comments_loses_its_furniture():
    thread = [
        *feed_post("The library should stay open.", "facebook_comment"),
        "Gary Pendle",
        "1h · Edited",
        "You are a disgrace to this town",
        "Councillor Jones",  # the post's own last line, above its buttons: kept
        "1h   Like   Reply",
    ]
    assert post_text("\n".join(thread)) == (
        "The library should stay open.\nYou are a disgrace to this town\nCouncillor Jones"
    )


def test_a_threads_posts_are_told_apart_by_the_feeds_lines_between_them():
    thread = [
        *feed_post("The library vote was a shame.", "x_timeline"),
        *feed_post("Gay people are evil.", "x_timeline"),
        *feed_post("Which day is the next meeting?", "x_timeline"),
    ]
    assert posts("\n".join(thread)) == [
        "The library vote was a shame.",
        "Gay people are evil.",
        "Which day is the next meeting?",
    ]


# Whole phone screenshots as Tesseract reads them: the status bar and icons come out as stray
# letters and signs.
PHONE_SCREENSHOTS = [
    (
        "9:41 al F 87%\n< Comments\nMost relevant v\nDave Smith\nYou should be ashamed\n"
        "2h Like Reply 12\nGary Pendle Author\nGet out of our town\n1h Like Reply\n"
        "Write a comment...",
        ["You should be ashamed", "Get out of our town"],
    ),
    (
        "9:41 87%\n< Post\nDave Smith @dsmith88 · 2h\nReplying to @cllrpryce\n"
        "You should be ashamed\nQ 12 tl 4 © 31 ila 1.2K\nShow more replies\nPost your reply",
        ["You should be ashamed"],
    ),
    (
        "09:41 a\nLiked by dsmith88 and 45 others\nView all 12 comments\ndsmith88 2d\n"
        "You should be ashamed\nReply See translation\nAdd a comment for cllrpryce...",
        ["You should be ashamed"],
    ),
]


@pytest.mark.parametrize(("words", "expected"), PHONE_SCREENSHOTS)
def test_a_phones_status_bar_icons_and_comment_box_are_taken_out(words, expected):
    assert posts(words) == expected


@pytest.mark.parametrize(
    "chat",
    [
        # WhatsApp: the other person's name by a back arrow, "online", the day, a time and
        # ticks after each message, the message box
        "9:41 87%\n< Dave Smith\nonline\nToday\nYou think you're clever 14:02\n"
        "I know where you live 14:03 W\nType a message",
        # Messages on an iPhone: the day and time over the messages, "Delivered" under them
        "9:41\nDave Smith\nText Message\nToday 14:02\nYou think you're clever\n"
        "I know where you live\nDelivered\niMessage",
    ],
)
def test_a_chats_heading_presence_days_times_and_message_box_are_taken_out(chat):
    """Abuse by text message reaches the council as a screenshot of the chat."""
    assert posts(chat)[-1] == "You think you're clever\nI know where you live"


def test_a_feeds_words_misread_in_a_small_screenshot_are_still_taken_out():
    """At a quarter of a phone's size OCR reads "12" as "i2" and "translation" as "transiation";
    left in, such lines carried neutral sentences over a threshold."""
    words = "Lots of refugees came to the fair.\nReply See transiation\ni2 replies"
    assert posts(words) == ["Lots of refugees came to the fair."]


def test_a_commenters_name_alone_over_the_comment_is_taken_out():
    """Facebook prints the name over a comment with nothing beside it, and the time below."""
    thread = "Dave Smith\nYou should be ashamed\n2h Like Reply\nGary Pendle\nGet out\n1h Like Reply"
    assert posts(thread) == ["You should be ashamed", "Get out"]


@pytest.mark.parametrize(
    "post",
    [
        "Black Lives Matter\nprotesters are thugs",  # a post's first line runs on
        "Black Mother Kills Four\nChildren In House Fire",  # a headline goes on in capitals
        "Disgusting\nYou should resign",  # one word is an exclamation, not a name
    ],
)
def test_a_posts_own_first_line_is_kept(post):
    assert posts(f"{post}\n2h Like Reply") == [post]


@pytest.mark.parametrize(
    "line",
    [
        "I will see you at 10:30",  # a time among a post's words
        "meet me outside at 10:30",  # a time the message names, not the time it was sent
        "for 7 days.",  # a post's sentence, however short, ends with a stop
        "western fan?",
        "just like",  # words a feed uses, but not as its buttons are written
        "comment",
        "Harry Potter author",  # a badge is capitalised: "Author"
        "@dsmith88 Shut up",  # a post that begins by naming whom it answers
        "house @parish_news",
        "Raped, KILLED Over 40 Years",  # shouted words and a comma are not a name
        "Kill Dave Smith now",
        "say 90% of you 1 in 10 say",  # numbers among short words are not icons' counts
        "of 1 to 10",
        "10:30 be there",
    ],
)
def test_a_posts_own_lines_are_kept(line):
    assert post_text(f"Dave Smith  2h\n{line}\nLike  Reply") == line


def test_a_text_that_is_all_furniture_gives_nothing():
    assert post_text("Dave Smith\n2h · Public\nLike  Comment  Share") == ""


def test_no_line_of_the_functional_suite_is_taken_for_furniture():
    """Every threat, insult and neutral sentence of the suite, wrapped as phones wrap posts,
    keeps every line."""
    for case in load_training_module("functional_suite").build():
        for width in (20, 30, 38):
            wrapped = "\n".join(textwrap.wrap(case.text, width))
            assert post_text(wrapped) == wrapped, case.text
