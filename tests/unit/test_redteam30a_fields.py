"""What an approved action's request sends, read as a server reads it (redteam30a): a form body whose first name
begins with a bracket still gives its fields, an address in a value gives its query's fields (a redirect endpoint
sends them on), and the approved page's own address, sent whole by analytics, is what the person was shown."""

from __future__ import annotations

from gofer.computer.browser.snapshot import Snapshot
from gofer.tools.browser_sent import Shown, sent_fields


def test_a_form_body_beginning_with_a_bracket_gives_its_fields() -> None:
    form = "application/x-www-form-urlencoded"
    assert ("amount", "999") in sent_fields("", "[x]=1&amount=999", form)
    assert ("amount", '999"}') in sent_fields("", '{"a":"b&amount=999"}', "text/plain")
    assert sent_fields("", '{"amount": 5}', "application/json") == [("amount", "5")]


def test_an_address_in_a_value_gives_its_query() -> None:
    sent = sent_fields("http://shop.test/go?u=http%3A%2F%2Fshop.test%2Forder%3Famount%3D999", "", "")
    assert ("amount", "999") in sent
    assert ("amount", "999") in sent_fields("http://shop.test/go?next=%2Forder%3Famount%3D999%23top", "", "")
    assert sent_fields("http://cdn.test/i.png?h=3f9a0c1e77", "", "") == [("h", "3f9a0c1e77")]


def test_the_approved_pages_own_address_sent_by_analytics_was_shown() -> None:
    snap = Snapshot(url="http://shop.test/pay?to=acct77123&amount=5", title="Pay", text="Pay $5", elements={})
    shown = Shown.of(snap)
    sent = sent_fields("http://stats.test/c?dl=" + "http%3A%2F%2Fshop.test%2Fpay%3Fto%3Dacct77123%26amount%3D5", "", "")
    assert [why for name, value in sent if (why := shown.differs(name, value))] == []
    moved = sent_fields("http://stats.test/c?dl=" + "http%3A%2F%2Fshop.test%2Fpay%3Fto%3Dacct99999", "", "")
    assert [why for name, value in moved if (why := shown.differs(name, value))] != []
