import Testing
@testable import DocketCore

/// The board's Markdown renderer: what it supports, and that hostile input comes out inert.
@Suite struct MarkdownTests {
    static let cases: [(String, String)] = [
        ("# Title", "<h1>Title</h1>"),
        ("### Three ###", "<h3>Three</h3>"),
        ("####### seven", "<p>####### seven</p>"),
        ("#hashtag", "<p>#hashtag</p>"),
        ("one\ntwo\n\nthree", "<p>one\ntwo</p>\n<p>three</p>"),
        ("- a\n- b", "<ul><li>a</li><li>b</li></ul>"),
        ("* a\n+ b\n  more", "<ul><li>a</li><li>b\nmore</li></ul>"),
        ("1. a\n2) b", "<ol><li>a</li><li>b</li></ol>"),
        ("- a\n1. b", "<ul><li>a</li></ul>\n<ol><li>b</li></ol>"),
        ("*em* and _em_", "<p><em>em</em> and <em>em</em></p>"),
        ("**strong** and __strong__", "<p><strong>strong</strong> and <strong>strong</strong></p>"),
        ("***both***", "<p><strong><em>both</em></strong></p>"),
        ("snake_case_name", "<p>snake_case_name</p>"),
        ("2 * 3 * 4", "<p>2 * 3 * 4</p>"),
        ("`code <b>` and ``a ` b``", "<p><code>code &lt;b&gt;</code> and <code>a ` b</code></p>"),
        ("```swift\nlet a = \"<b>\" && b\n```", "<pre><code class=\"language-swift\">let a = &quot;&lt;b&gt;&quot; &amp;&amp; b</code></pre>"),
        ("~~~\n*not em*\n~~~", "<pre><code>*not em*</code></pre>"),
        ("[docs](https://example.com/a?b=1&c=2)", "<p><a href=\"https://example.com/a?b=1&amp;c=2\">docs</a></p>"),
        ("[mail](MAILTO:a@example.com) [web](http://x.test \"title\")", "<p><a href=\"MAILTO:a@example.com\">mail</a> <a href=\"http://x.test\">web</a></p>"),
        ("[**bold** link](https://x.test)", "<p><a href=\"https://x.test\"><strong>bold</strong> link</a></p>"),
        ("\\*literal\\* \\`tick\\`", "<p>*literal* `tick`</p>"),
        // Hostile input: markup, script, dangerous links and unbalanced markers stay inert.
        ("<script>alert(1)</script>", "<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>"),
        ("<img src=x onerror=alert(1)>", "<p>&lt;img src=x onerror=alert(1)&gt;</p>"),
        ("[x](javascript:alert(1))", "<p>x)</p>"),
        ("[x]( JavaScript:alert`1`)", "<p>x</p>"),
        ("[x](data:text/html;base64,PHNjcmlwdD4=)", "<p>x</p>"),
        ("[x](vbscript:msgbox)", "<p>x</p>"),
        ("[x](https://a.test/\"onmouseover=\"alert(1))", "<p><a href=\"https://a.test/&quot;onmouseover=&quot;alert(1\">x</a>)</p>"),
        ("[<b>](https://a.test)", "<p><a href=\"https://a.test\">&lt;b&gt;</a></p>"),
        ("# <i>heading</i>", "<h1>&lt;i&gt;heading&lt;/i&gt;</h1>"),
        ("```\"><script>\nx\n```", "<pre><code>x</code></pre>"),
        ("```\nunclosed <fence>", "<pre><code>unclosed &lt;fence&gt;</code></pre>"),
        ("**unclosed strong", "<p>**unclosed strong</p>"),
        ("*a **b* c**", "<p><em>a **b</em> c**</p>"),
        ("`unclosed code", "<p>`unclosed code</p>"),
        ("[unclosed link](https://a.test", "<p>[unclosed link](https://a.test</p>"),
        ("[[nested]](https://a.test)", "<p><a href=\"https://a.test\">[nested]</a></p>"),
        ("it's \"quoted\" & <done>", "<p>it&#39;s &quot;quoted&quot; &amp; &lt;done&gt;</p>"),
    ]

    @Test(arguments: cases)
    func rendersAsTheTableSays(markdown: String, html: String) {
        #expect(Markdown.html(markdown) == html)
    }

    @Test func thousandsOfUnclosedMarkersStayLiteral() {
        let text = "`" + String(repeating: "*a _b [d **e <x ", count: 5_000)
        let html = Markdown.html(text)
        #expect(!html.contains("<em>") && !html.contains("<strong>") && !html.contains("<code>") && !html.contains("<a "))
        #expect(html.hasPrefix("<p>`*a _b [d **e &lt;x *a"))
    }
}
