using System.Text;
using Portal.Input.Assets;

namespace Portal.Tests.Input.Assets;

public sealed class SvgSafetyCheckTests
{
    private const string File = "assets/bild.svg";
    private const string Open = """<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" viewBox="0 0 100 100">""";
    private const string Script = "SVG images may not contain script";

    /// <summary>An SVG whose first line is the root's start tag, so the body starts on line 2.</summary>
    private static string Svg(string body) => $"{Open}\n{body}\n</svg>\n";

    private static string[] Check(string svg) => Check(Encoding.UTF8.GetBytes(svg));

    private static string[] Check(byte[] bytes) => [.. SvgSafetyCheck.Check(bytes, File).Select(d => d.ToString())];

    /// <summary>The check finds exactly <paramref name="problems"/>, in order.</summary>
    private static void AssertProblems(string svg, params string[] problems) => AssertProblems(Encoding.UTF8.GetBytes(svg), problems);

    private static void AssertProblems(byte[] bytes, params string[] problems) => Assert.That(Check(bytes), Is.EqualTo(problems));

    private static string Error(int line, int column, string message) => $"{File}:{line}:{column}: error PT0043: {message}";

    [Test]
    public void A_minimal_SVG_may_be_published()
    {
        Assert.That(Check(Svg("""  <circle cx="50" cy="50" r="40" fill="#005293"/>""")), Is.Empty);
    }

    [Test]
    public void A_typical_Inkscape_export_may_be_published()
    {
        const string inkscape = """
            <?xml version="1.0" encoding="UTF-8" standalone="no"?>
            <!-- Created with Inkscape (http://www.inkscape.org/) -->

            <svg
               xmlns:dc="http://purl.org/dc/elements/1.1/"
               xmlns:cc="http://creativecommons.org/ns#"
               xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"
               xmlns:svg="http://www.w3.org/2000/svg"
               xmlns="http://www.w3.org/2000/svg"
               xmlns:xlink="http://www.w3.org/1999/xlink"
               xmlns:osb="http://www.openswatchbook.org/uri/2009/osb"
               xmlns:sodipodi="http://sodipodi.sourceforge.net/DTD/sodipodi-0.dtd"
               xmlns:inkscape="http://www.inkscape.org/namespaces/inkscape"
               width="210mm"
               height="148mm"
               viewBox="0 0 210 148"
               version="1.1"
               id="svg8"
               inkscape:version="0.92.4 (5da689c313, 2019-01-14)"
               sodipodi:docname="vanorter.svg"
               inkscape:export-filename="/home/redaktor/Bilder/vanorter.png"
               inkscape:export-xdpi="96"
               inkscape:export-ydpi="96">
              <defs
                 id="defs2">
                <linearGradient
                   id="linearGradient845"
                   osb:paint="solid">
                  <stop
                     style="stop-color:#005293;stop-opacity:1;"
                     offset="0"
                     id="stop843" />
                </linearGradient>
                <linearGradient
                   inkscape:collect="always"
                   xlink:href="#linearGradient845"
                   id="linearGradient847"
                   x1="20"
                   y1="74"
                   x2="190"
                   y2="74"
                   gradientUnits="userSpaceOnUse" />
                <inkscape:perspective
                   sodipodi:type="inkscape:persp3d"
                   inkscape:vp_x="0 : 74 : 1"
                   inkscape:vp_y="0 : 1000 : 0"
                   inkscape:vp_z="210 : 74 : 1"
                   inkscape:persp3d-origin="105 : 49.333333 : 1"
                   id="perspective10" />
                <clipPath
                   clipPathUnits="userSpaceOnUse"
                   id="clipPath851">
                  <rect
                     style="fill:#ffffff"
                     width="170"
                     height="108"
                     x="20"
                     y="20"
                     id="rect849" />
                </clipPath>
              </defs>
              <sodipodi:namedview
                 id="base"
                 pagecolor="#ffffff"
                 bordercolor="#666666"
                 borderopacity="1.0"
                 inkscape:pageopacity="0.0"
                 inkscape:pageshadow="2"
                 inkscape:zoom="0.98994949"
                 inkscape:cx="396.85"
                 inkscape:cy="280.63"
                 inkscape:document-units="mm"
                 inkscape:current-layer="layer1"
                 showgrid="false"
                 inkscape:window-width="1920"
                 inkscape:window-height="1016"
                 inkscape:window-x="0"
                 inkscape:window-y="27"
                 inkscape:window-maximized="1">
                <inkscape:grid
                   type="xygrid"
                   id="grid853" />
                <sodipodi:guide
                   position="105,74"
                   orientation="1,0"
                   id="guide855"
                   inkscape:locked="false" />
              </sodipodi:namedview>
              <metadata
                 id="metadata5">
                <rdf:RDF>
                  <cc:Work
                     rdf:about="">
                    <dc:format>image/svg+xml</dc:format>
                    <dc:type
                       rdf:resource="http://purl.org/dc/dcmitype/StillImage" />
                    <dc:title>Vänorter i Norden</dc:title>
                    <dc:creator>
                      <cc:Agent>
                        <dc:title>Kommunikationsavdelningen</dc:title>
                      </cc:Agent>
                    </dc:creator>
                    <cc:license
                       rdf:resource="http://creativecommons.org/licenses/by-sa/4.0/" />
                  </cc:Work>
                  <cc:License
                     rdf:about="http://creativecommons.org/licenses/by-sa/4.0/">
                    <cc:permits
                       rdf:resource="http://creativecommons.org/ns#Reproduction" />
                    <cc:requires
                       rdf:resource="http://creativecommons.org/ns#Attribution" />
                  </cc:License>
                </rdf:RDF>
              </metadata>
              <g
                 inkscape:label="Lager 1"
                 inkscape:groupmode="layer"
                 id="layer1"
                 transform="translate(0,-149)">
                <rect
                   style="opacity:1;fill:url(#linearGradient847);fill-opacity:1;stroke:#000000;stroke-width:0.26458332"
                   id="rect10"
                   width="170"
                   height="108"
                   x="20"
                   y="169"
                   ry="4"
                   clip-path="url(#clipPath851)" />
                <path
                   style="fill:#fecb00;fill-rule:evenodd;stroke:none"
                   d="m 40,200 c 20,-30 60,-30 80,0 l -40,40 z"
                   id="path12"
                   inkscape:connector-curvature="0"
                   sodipodi:nodetypes="cccc"
                   inkscape:label="Våg" />
                <text
                   xml:space="preserve"
                   style="font-style:normal;font-weight:normal;font-size:10.58333302px;line-height:1.25;font-family:sans-serif;letter-spacing:0px;word-spacing:0px;fill:#000000;fill-opacity:1;stroke:none;stroke-width:0.26458332"
                   x="30"
                   y="260"
                   id="text16"><tspan
                     sodipodi:role="line"
                     id="tspan14"
                     x="30"
                     y="260"
                     style="stroke-width:0.26458332">Vanda &amp; Huddinge</tspan></text>
              </g>
            </svg>
            """;

        Assert.That(Check(inkscape), Is.Empty);
    }

    [Test]
    public void An_old_Illustrator_export_with_a_DOCTYPE_line_may_be_published()
    {
        const string illustrator = """
            <?xml version="1.0" encoding="utf-8"?>
            <!-- Generator: Adobe Illustrator 16.0.0, SVG Export Plug-In . SVG Version: 6.00 Build 0)  -->
            <!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" "http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd">
            <svg version="1.1" id="Layer_1" xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" x="0px" y="0px"
            	 width="200px" height="100px" viewBox="0 0 200 100" enable-background="new 0 0 200 100" xml:space="preserve">
            <g>
            	<rect x="10" y="10" fill="#005293" width="180" height="80"/>
            	<polygon fill="#FECB00" points="100,20 120,80 80,80 "/>
            </g>
            </svg>
            """;

        Assert.That(Check(illustrator), Is.Empty);
    }

    [Test]
    public void A_script_element_is_refused_at_its_tag()
    {
        AssertProblems(Svg("""  <script>alert(document.cookie)</script>"""),
            Error(2, 3, $"the SVG has a <script> element; {Script}: remove it, or export the image again as plain SVG (or as PNG)"));
    }

    [Test]
    public void A_script_with_the_SVG_prefix_is_a_script_too()
    {
        AssertProblems(Svg("""  <svg:script xmlns:svg="http://www.w3.org/2000/svg">alert(1)</svg:script>"""),
            Error(2, 3, $"the SVG has a <svg:script> element; {Script}: remove it, or export the image again as plain SVG (or as PNG)"));
    }

    [Test]
    public void An_onload_attribute_on_the_root_is_refused_at_the_attribute() =>
        AssertProblems(
            """<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><rect width="1" height="1"/></svg>""",
            Error(1, 41, $"the SVG has an event attribute onload on <svg>; {Script}: remove the attribute, or export the image again as plain SVG (or as PNG)"));

    [Test]
    public void An_event_attribute_is_refused_in_any_namespace_and_any_case() =>
        AssertProblems(
            Svg("""  <rect x:onclick="alert(1)" ONMOUSEOVER="alert(2)" xmlns:x="http://example.com/x" width="1" height="1"/>"""),
            Error(2, 9, $"the SVG has an event attribute x:onclick on <rect>; {Script}: remove the attribute, or export the image again as plain SVG (or as PNG)"),
            Error(2, 30, $"the SVG has an event attribute ONMOUSEOVER on <rect>; {Script}: remove the attribute, or export the image again as plain SVG (or as PNG)"));

    [Test]
    public void A_foreignObject_and_the_HTML_in_it_are_refused() =>
        AssertProblems(
            Svg("""
                  <foreignObject width="100" height="50">
                    <div xmlns="http://www.w3.org/1999/xhtml"><img src="x" onerror="alert(1)"/></div>
                  </foreignObject>
                """),
            Error(2, 3, "the SVG has a <foreignObject> element, which embeds HTML that can run script and load pages; remove it, or export the image again with its text as SVG text (or as PNG)"),
            Error(3, 5, "the SVG has an HTML element <div>; HTML inside an SVG image can run script and load pages: remove it, or export the image again as plain SVG (or as PNG)"),
            Error(3, 47, "the SVG has an HTML element <img>; HTML inside an SVG image can run script and load pages: remove it, or export the image again as plain SVG (or as PNG)"),
            Error(3, 60, $"the SVG has an event attribute onerror on <img>; {Script}: remove the attribute, or export the image again as plain SVG (or as PNG)"));

    [Test]
    public void An_HTML_script_inside_SVG_is_refused() =>
        AssertProblems(
            Svg("""  <html:script xmlns:html="http://www.w3.org/1999/xhtml">alert(1)</html:script>"""),
            Error(2, 3, $"the SVG has a <html:script> element; {Script}: remove it, or export the image again as plain SVG (or as PNG)"));

    [Test]
    public void A_javascript_link_is_refused() =>
        AssertProblems(
            Svg("""  <a href="javascript:alert(1)"><text y="20">Klicka</text></a>"""),
            Error(2, 6, "the link href of <a> is a javascript: address; links in an SVG image may only be http:, https:, mailto:, tel: or relative addresses: change or remove the link"));

    [Test]
    public void A_javascript_link_is_found_through_spaces_case_tabs_and_character_references() =>
        AssertProblems(
            Svg("""
                  <a xlink:href=" JaVaScRiPt:alert(1)"><text y="20">a</text></a>
                  <a xlink:href="javascript&#58;alert(2)"><text y="40">b</text></a>
                  <a href="&#x20;java&#9;script:alert(3)"><text y="60">c</text></a>
                  <a href="&#106;avascript:alert(4)"><text y="80">d</text></a>
                """),
            Error(2, 6, "the link xlink:href of <a> is a javascript: address; links in an SVG image may only be http:, https:, mailto:, tel: or relative addresses: change or remove the link"),
            Error(3, 6, "the link xlink:href of <a> is a javascript: address; links in an SVG image may only be http:, https:, mailto:, tel: or relative addresses: change or remove the link"),
            Error(4, 6, "the link href of <a> is a javascript: address; links in an SVG image may only be http:, https:, mailto:, tel: or relative addresses: change or remove the link"),
            Error(5, 6, "the link href of <a> is a javascript: address; links in an SVG image may only be http:, https:, mailto:, tel: or relative addresses: change or remove the link"));

    [Test]
    public void Links_to_the_web_mail_phone_the_site_and_the_image_itself_are_allowed()
    {
        var svg = Svg("""
              <a href="https://www.huddinge.se/"><text y="20">a</text></a>
              <a xlink:href="http://example.com/"><text y="40">b</text></a>
              <a href="mailto:info@huddinge.se"><text y="60">c</text></a>
              <a href="tel:+46812345678"><text y="80">d</text></a>
              <a href="../samarbeten/vanda.html"><text y="90">e</text></a>
              <a href="#karta"><text y="95">f</text></a>
            """);

        Assert.That(Check(svg), Is.Empty);
    }

    [Test]
    public void A_data_or_vbscript_link_is_refused() =>
        AssertProblems(
            Svg("""
                  <a href="data:text/html,&lt;script&gt;alert(1)&lt;/script&gt;"><text y="20">a</text></a>
                  <a href="vbscript:msgbox(1)"><text y="40">b</text></a>
                """),
            Error(2, 6, "the link href of <a> is a data: address; links in an SVG image may only be http:, https:, mailto:, tel: or relative addresses: change or remove the link"),
            Error(3, 6, "the link href of <a> is a vbscript: address; links in an SVG image may only be http:, https:, mailto:, tel: or relative addresses: change or remove the link"));

    [Test]
    public void A_use_of_another_file_is_refused() =>
        AssertProblems(
            Svg("""  <use href="https://evil.example/x.svg#a"/>"""),
            Error(2, 8, "the href of <use> refers to 'https://evil.example/x.svg#a', outside this file; <use> may only refer to an element in the same file ('#id'): copy what it refers to into the SVG, or remove the reference"));

    [Test]
    public void References_inside_the_file_are_allowed_with_spaces_around_the_fragment()
    {
        var svg = Svg("""
              <defs><path id="p" d="M0 0 L10 10"/><linearGradient id="g"/><linearGradient id="h" xlink:href="#g"/></defs>
              <use href="#p"/>
              <use xlink:href=" #p "/>
              <text><textPath href="#p">runt</textPath></text>
            """);

        Assert.That(Check(svg), Is.Empty);
    }

    [Test]
    public void A_reference_to_another_file_is_refused_for_a_gradient_and_feImage() =>
        AssertProblems(
            Svg("""
                  <linearGradient id="g" xlink:href="farger.svg#bla"/>
                  <filter id="f"><feImage href="//evil.example/x.png"/></filter>
                """),
            Error(2, 26, "the xlink:href of <linearGradient> refers to 'farger.svg#bla', outside this file; <linearGradient> may only refer to an element in the same file ('#id'): copy what it refers to into the SVG, or remove the reference"),
            Error(3, 27, "the href of <feImage> refers to '//evil.example/x.png', which is not a PNG, JPEG, GIF, WebP or AVIF picture embedded in base64; an SVG image may not load anything from elsewhere: embed the picture in the drawing program, or remove it"));

    [Test]
    public void An_image_from_the_web_is_refused() =>
        AssertProblems(
            Svg("""  <image href="http://evil.example/pixel.png" width="10" height="10"/>"""),
            Error(2, 10, "the href of <image> refers to 'http://evil.example/pixel.png', which is not a PNG, JPEG, GIF, WebP or AVIF picture embedded in base64; an SVG image may not load anything from elsewhere: embed the picture in the drawing program, or remove it"));

    [Test]
    public void An_image_of_data_that_is_not_a_picture_is_refused() =>
        AssertProblems(
            Svg("""
                  <image href="data:text/html,&lt;script&gt;alert(1)&lt;/script&gt;" width="10" height="10"/>
                  <image xlink:href="data:image/svg+xml;base64,PHN2Zz48L3N2Zz4=" width="10" height="10"/>
                """),
            Error(2, 10, "the href of <image> refers to 'data:text/html,<script>alert(1)</script>', which is not a PNG, JPEG, GIF, WebP or AVIF picture embedded in base64; an SVG image may not load anything from elsewhere: embed the picture in the drawing program, or remove it"),
            Error(3, 10, "the xlink:href of <image> refers to 'data:image/svg+xml;base64,PHN2Zz48L3N2Zz4=', which is not a PNG, JPEG, GIF, WebP or AVIF picture embedded in base64; an SVG image may not load anything from elsewhere: embed the picture in the drawing program, or remove it"));

    [Test]
    public void An_embedded_picture_is_allowed()
    {
        // Inkscape wraps the base64 over lines.
        var svg = Svg("""
              <image width="1" height="1" xlink:href="data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk
            +M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==" />
              <image width="1" height="1" href="DATA:image/JPEG;base64,/9j/4AAQSkZJRgABAQ=="/>
              <filter id="f"><feImage href="data:image/gif;base64,R0lGODlhAQABAAAAACw="/><feImage href="#logo"/></filter>
            """);

        Assert.That(Check(svg), Is.Empty);
    }

    [Test]
    public void Animating_a_link_into_javascript_is_refused() =>
        AssertProblems(
            Svg("""
                  <a href="https://www.huddinge.se/"><set attributeName="href" to="javascript:alert(1)"/><text y="20">a</text></a>
                  <a href="#"><animate attributeName=" xlink:href" values="javascript:alert(2)"/><text y="40">b</text></a>
                """),
            Error(2, 43, "<set> animates the attribute 'href'; animating a link or an event attribute can run script: remove the animation"),
            Error(3, 24, "<animate> animates the attribute 'xlink:href'; animating a link or an event attribute can run script: remove the animation"));

    [Test]
    public void Animating_an_event_attribute_is_refused() =>
        AssertProblems(
            Svg("""  <animate attributeName="onload" to="alert(1)" dur="1s"/>"""),
            Error(2, 12, "<animate> animates the attribute 'onload'; animating a link or an event attribute can run script: remove the animation"));

    [Test]
    public void Animating_colours_and_shapes_is_allowed()
    {
        var svg = Svg("""
              <rect id="r" width="10" height="10">
                <animate attributeName="fill" values="#005293;#fecb00;#005293" dur="3s" repeatCount="indefinite"/>
                <animateTransform attributeName="transform" type="rotate" from="0 5 5" to="360 5 5" dur="4s"/>
              </rect>
              <set href="#r" attributeName="opacity" to="0.5" begin="r.click"/>
            """);

        Assert.That(Check(svg), Is.Empty);
    }

    [Test]
    public void An_import_in_a_style_element_is_refused_where_it_is() =>
        AssertProblems(
            Svg("""
                  <style>
                    rect { fill: #005293 }
                    @import url(https://evil.example/x.css);
                  </style>
                """),
            Error(4, 5, "the CSS in <style> has an @import, which loads a stylesheet from elsewhere: copy the rules into the SVG's <style> instead"),
            Error(4, 13, "the CSS in <style> uses url(https://evil.example/x.css), which refers to something outside this file; url() may only refer to an element in the same file, such as url(#gradient): copy what it refers to into the SVG, or remove it"));

    [Test]
    public void CSS_split_by_a_comment_or_CDATA_is_read_as_the_browser_joins_it() =>
        AssertProblems(
            Svg("""
                  <style>@imp<!-- the browser drops this -->ort "x.css";</style>
                  <style><![CDATA[rect { fill: url(]]>http://evil.example/g.svg#g) }</style>
                """),
            Error(2, 10, "the CSS in <style> has an @import, which loads a stylesheet from elsewhere: copy the rules into the SVG's <style> instead"),
            Error(3, 32, "the CSS in <style> uses url(http://evil.example/g.svg#g), which refers to something outside this file; url() may only refer to an element in the same file, such as url(#gradient): copy what it refers to into the SVG, or remove it"));

    [Test]
    public void CSS_escapes_do_not_hide_a_reference_or_an_import() =>
        AssertProblems(
            Svg("""
                  <style>@\69mport "x.css"; rect { fill: \75 rl(http://evil.example/g.svg#g) }</style>
                  <rect width="1" height="1" style="fill: U\52L('https://evil.example/h.svg#h')"/>
                """),
            Error(2, 10, "the CSS in <style> has an @import, which loads a stylesheet from elsewhere: copy the rules into the SVG's <style> instead"),
            Error(2, 42, "the CSS in <style> uses url(http://evil.example/g.svg#g), which refers to something outside this file; url() may only refer to an element in the same file, such as url(#gradient): copy what it refers to into the SVG, or remove it"),
            Error(3, 30, "the style attribute of <rect> uses url('https://evil.example/h.svg#h'), which refers to something outside this file; url() may only refer to an element in the same file, such as url(#gradient): copy what it refers to into the SVG, or remove it"));

    [Test]
    public void Old_script_hooks_in_CSS_are_refused() =>
        AssertProblems(
            Svg("""  <style>rect { width: expression(alert(1)); -moz-binding: url(#x); behavior : url(#y) }</style>"""),
            Error(2, 24, "the CSS in <style> uses expression(), which runs script in old browsers: remove it"),
            Error(2, 46, "the CSS in <style> uses -moz-binding, which runs script in old browsers: remove it"),
            Error(2, 69, "the CSS in <style> uses behavior, which runs script in old browsers: remove it"));

    [Test]
    public void Other_functions_that_load_pictures_are_refused() =>
        AssertProblems(
            Svg("""  <rect width="1" height="1" style="fill: image-set('a.png' 1x); stroke: src(http://evil.example/s)"/>"""),
            Error(2, 30, "the style attribute of <rect> uses image-set(), which loads pictures from elsewhere: remove it"),
            Error(2, 30, "the style attribute of <rect> uses src(http://evil.example/s), which refers to something outside this file; src() may only refer to an element in the same file, such as url(#gradient): copy what it refers to into the SVG, or remove it"));

    [Test]
    public void Positions_in_a_CRLF_file_are_the_same_as_in_an_LF_file() =>
        AssertProblems(
            $"{Open}\r\n  <style>\r\n    rect {{ fill: red }}\r\n    @import \"x.css\";\r\n  </style>\r\n  <script/>\r\n</svg>\r\n",
            Error(4, 5, "the CSS in <style> has an @import, which loads a stylesheet from elsewhere: copy the rules into the SVG's <style> instead"),
            Error(6, 3, $"the SVG has a <script> element; {Script}: remove it, or export the image again as plain SVG (or as PNG)"));

    [Test]
    public void An_element_inside_a_style_element_is_refused() =>
        AssertProblems(
            Svg("""  <style>rect { fill: red }<g/></style>"""),
            Error(2, 28, "the <style> element contains an element <g>; a <style> may contain only CSS: remove the element"));

    [Test]
    public void A_paint_from_another_file_is_refused_and_one_from_this_file_allowed()
    {
        var refused = Svg("""  <rect width="10" height="10" fill="url(https://evil.example/p.svg#g)"/>""");
        var allowed = Svg("""
              <defs><linearGradient id="g"><stop offset="0" stop-color="#005293"/></linearGradient></defs>
              <rect width="10" height="10" fill="url(#g)" style="stroke: url( '#g' )"/>
            """);

        AssertProblems(refused,
            Error(2, 32, "the attribute fill of <rect> uses url(https://evil.example/p.svg#g), which refers to something outside this file; url() may only refer to an element in the same file, such as url(#gradient): copy what it refers to into the SVG, or remove it"));
        Assert.That(Check(allowed), Is.Empty);
    }

    [Test]
    public void A_background_from_the_web_in_a_style_attribute_is_refused() =>
        AssertProblems(
            Svg("""  <rect width="10" height="10" style="fill:#fff;background:url(http://evil.example/track.gif)"/>"""),
            Error(2, 32, "the style attribute of <rect> uses url(http://evil.example/track.gif), which refers to something outside this file; url() may only refer to an element in the same file, such as url(#gradient): copy what it refers to into the SVG, or remove it"));

    [Test]
    public void Processing_instructions_are_refused_and_xml_stylesheet_says_why() =>
        AssertProblems(
            """
                <?xml version="1.0"?>
                <?xml-stylesheet type="text/css" href="https://evil.example/x.css"?>
                <svg xmlns="http://www.w3.org/2000/svg">
                  <?php echo 1; ?>
                </svg>
                """,
            Error(2, 1, "the SVG has an <?xml-stylesheet?> instruction, which loads a stylesheet from elsewhere; remove it, and put the styles in a <style> element instead"),
            Error(4, 3, "the SVG has a processing instruction <?php?>, which an SVG image may not contain; remove it"));

    [Test]
    public void A_DOCTYPE_with_entities_is_refused_before_any_is_expanded()
    {
        const string laughs = """
            <?xml version="1.0"?>
            <!DOCTYPE svg [
              <!ENTITY lol "lol">
              <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
              <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
              <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
              <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
              <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
              <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
              <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
              <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
              <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
            ]>
            <svg xmlns="http://www.w3.org/2000/svg"><text>&lol9;</text></svg>
            """;

        var lines = Check(laughs);

        Assert.That(lines, Is.EqualTo(new[]
        {
            Error(2, 1, "the SVG's DOCTYPE has an internal subset (the part in [ ]), which can declare entities and attributes of its own; remove that part, or export the image again as plain SVG"),
        }));
    }

    [Test]
    public void A_DOCTYPE_that_declares_a_default_onload_is_refused() =>
        AssertProblems(
            """
                <!DOCTYPE svg [ <!ATTLIST svg onload CDATA "alert(1)"> ]>
                <svg xmlns="http://www.w3.org/2000/svg"/>
                """,
            Error(1, 1, "the SVG's DOCTYPE has an internal subset (the part in [ ]), which can declare entities and attributes of its own; remove that part, or export the image again as plain SVG"));

    [Test]
    public void A_DOCTYPE_that_names_a_DTD_outside_w3_org_is_refused() =>
        AssertProblems(
            """
                <!DOCTYPE svg SYSTEM "https://evil.example/svg.dtd">
                <svg xmlns="http://www.w3.org/2000/svg"/>
                """,
            Error(1, 1, "the SVG's DOCTYPE refers to the DTD 'https://evil.example/svg.dtd', which a browser might load; remove the DOCTYPE line"));

    [Test]
    public void An_undeclared_entity_is_refused_at_its_ampersand() =>
        AssertProblems(
            Svg("""  <text y="20">Vanda&nbsp;och Huddinge</text>"""),
            Error(2, 21, "the SVG uses the entity &nbsp;, which is not defined in SVG; write the character itself, or a numeric reference such as &#160;"));

    [Test]
    public void XML_base_is_refused() =>
        AssertProblems(
            Svg("""  <g xml:base="https://evil.example/"><use href="#a"/></g>"""),
            Error(2, 6, "the SVG has an xml:base attribute on <g>, which changes where the image's references point; remove it"));

    [Test]
    public void XML_that_is_not_well_formed_is_refused_at_the_parsers_position() =>
        AssertProblems(
            Svg("""
                  <g>
                    <rect width="10" height="10">
                  </g>
                """),
            Error(4, 5, "the SVG is not well-formed XML: The 'rect' start tag on line 3 position 6 does not match the end tag of 'g'; export the image again, or correct the file at this place"));

    [Test]
    public void Problems_before_the_XML_breaks_are_reported_too() =>
        AssertProblems(
            $"{Open}\n  <script>alert(1)</script>\n  <g>\n",
            Error(2, 3, $"the SVG has a <script> element; {Script}: remove it, or export the image again as plain SVG (or as PNG)"),
            Error(4, 1, "the SVG is not well-formed XML: Unexpected end of file has occurred. The following elements are not closed: g, svg; export the image again, or correct the file at this place"));

    [Test]
    public void An_empty_file_is_refused()
    {
        Assert.That(Check([]), Is.EqualTo(new[] { Error(1, 1, "the SVG file is empty; export the image again, or remove the file") }));
        Assert.That(Check([0xEF, 0xBB, 0xBF]), Is.EqualTo(new[] { Error(1, 1, "the SVG file is empty; export the image again, or remove the file") }));
        AssertProblems(" \n<!-- nothing -->\n",
            Error(1, 1, "the SVG is not well-formed XML: Root element is missing; export the image again, or correct the file at this place"));
    }

    [Test]
    public void A_PNG_renamed_to_svg_is_refused_as_a_PNG()
    {
        byte[] png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52];

        AssertProblems(png,
            Error(1, 1, "the file is a PNG image, not an SVG image; give it the extension .png"));
    }

    [Test]
    public void A_compressed_svgz_is_refused()
    {
        AssertProblems([0x1F, 0x8B, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00],
            Error(1, 1, "the file is compressed (gzip, as a .svgz is), not a plain SVG image; save it as plain, uncompressed SVG"));
    }

    [Test]
    public void Bytes_that_are_not_UTF8_are_refused_at_the_byte()
    {
        var bytes = Encoding.Latin1.GetBytes(Svg("""  <text y="20">Göteborg</text>"""));

        AssertProblems(bytes,
            Error(2, 17, "the SVG is not valid UTF-8: byte 0xF6 at byte offset 122 cannot be decoded; save the file as UTF-8"));
    }

    [Test]
    public void A_UTF8_file_with_a_BOM_may_be_published_with_positions_counted_after_the_BOM()
    {
        byte[] bom = [0xEF, 0xBB, 0xBF];
        var clean = Svg("""  <text y="20">Göteborg</text>""");
        var unsafeSvg = Svg("""  <script>alert(1)</script>""");

        Assert.That(Check([.. bom, .. Encoding.UTF8.GetBytes(clean)]), Is.Empty);
        AssertProblems([.. bom, .. Encoding.UTF8.GetBytes(unsafeSvg)],
            Error(2, 3, $"the SVG has a <script> element; {Script}: remove it, or export the image again as plain SVG (or as PNG)"));
    }

    [Test]
    public void A_UTF16_file_is_refused_with_or_without_a_BOM()
    {
        var svg = Svg("""  <text y="20">Göteborg</text>""");

        AssertProblems(Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes(svg)).ToArray(),
            Error(1, 1, "the SVG is saved as UTF-16, not UTF-8; save it as UTF-8 (an option when saving in the drawing program or a text editor)"));
        AssertProblems(Encoding.BigEndianUnicode.GetBytes(svg),
            Error(1, 1, "the SVG is saved as UTF-16, not UTF-8; save it as UTF-8 (an option when saving in the drawing program or a text editor)"));
    }

    [Test]
    public void A_declared_encoding_other_than_UTF8_is_refused() =>
        AssertProblems(
            """
                <?xml version="1.0" encoding="ISO-8859-1"?>
                <svg xmlns="http://www.w3.org/2000/svg"/>
                """,
            Error(1, 21, "the SVG declares encoding=\"ISO-8859-1\", but an SVG must be UTF-8; save the file as UTF-8, and write encoding=\"UTF-8\" in its first line"));

    [Test]
    public void A_root_without_the_SVG_namespace_is_refused_once()
    {
        AssertProblems("<svg><script>alert(1)</script></svg>",
            Error(1, 1, "the root element <svg> has no namespace, so browsers do not show it as an image; add xmlns=\"http://www.w3.org/2000/svg\" to it"));
        AssertProblems("""<html xmlns="http://www.w3.org/1999/xhtml"><body onload="alert(1)"/></html>""",
            Error(1, 1, "the file is not an SVG image: its root element is <html>, not <svg> in the SVG namespace; export the image again as SVG"));
    }

    [Test]
    public void Elements_of_other_namespaces_and_unknown_SVG_elements_are_refused_by_name() =>
        AssertProblems(
            Svg("""
                  <i:pgf xmlns:i="http://ns.adobe.com/AdobeIllustrator/10.0/" id="adobe_illustrator_pgf">eJzs</i:pgf>
                  <cursor xlink:href="pointer.png"/>
                  <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"/>
                  <g><blink xmlns=""/></g>
                """),
            Error(2, 3, "the SVG has an element <i:pgf> in the namespace http://ns.adobe.com/AdobeIllustrator/10.0/, which an SVG image may not use; remove it, or export the image again as plain SVG (or as PNG)"),
            Error(3, 3, "the SVG has a <cursor> element, which is not among the elements an SVG image may use; remove it, or export the image again as plain SVG (or as PNG)"),
            Error(3, 11, "the xlink:href of <cursor> refers to 'pointer.png', outside this file; <cursor> may only refer to an element in the same file ('#id'): copy what it refers to into the SVG, or remove the reference"),
            Error(4, 3, "the SVG has an element <rdf:RDF> outside <metadata>; RDF, Dublin Core and Creative Commons data belong inside <metadata>: move it there, or remove it"),
            Error(5, 6, "the SVG has an element <blink> with no namespace, which an SVG image may not use; remove it, or export the image again as plain SVG (or as PNG)"));

    [Test]
    public void Attributes_of_other_namespaces_are_refused_by_name() =>
        AssertProblems(
            Svg("""  <g xmlns:serif="http://www.serif.com/" serif:id="Lager 1" xlink:foo="x"/>"""),
            Error(2, 42, "the SVG has an attribute serif:id (namespace http://www.serif.com/) on <g>, which an SVG image may not use; remove it, or export the image again as plain SVG"),
            Error(2, 61, "the SVG has an attribute xlink:foo (namespace http://www.w3.org/1999/xlink) on <g>, which an SVG image may not use; remove it, or export the image again as plain SVG"));

    [Test]
    public void At_most_twenty_problems_are_listed_and_the_rest_counted()
    {
        var svg = Svg(string.Join("\n", Enumerable.Range(0, 25).Select(_ => "  <script/>")));

        var lines = Check(svg);

        Assert.That(lines, Has.Length.EqualTo(21));
        Assert.That(lines[19], Is.EqualTo(Error(21, 3, $"the SVG has a <script> element; {Script}: remove it, or export the image again as plain SVG (or as PNG)")));
        Assert.That(lines[20], Is.EqualTo(Error(22, 3, "… and 5 more problems in this SVG, not shown")));
    }

    [Test]
    public void A_five_megabyte_SVG_is_checked_whole()
    {
        var body = new StringBuilder();
        for (var i = 0; body.Length < 5 * 1024 * 1024; i++)
        {
            body.Append(
                $"""  <path id="p{i}" style="fill:url(#g);stroke:#000000;stroke-width:0.26" d="m {i % 200},{i % 150} c 20,-30 60,-30 80,0 l -40,40 z"/>""").Append('\n');
        }

        var clean = Svg($"""  <defs><linearGradient id="g"><stop offset="0" stop-color="#005293"/></linearGradient></defs>{"\n"}{body}""");
        var withScriptAtTheEnd = Svg($"""  <defs><linearGradient id="g"><stop offset="0" stop-color="#005293"/></linearGradient></defs>{"\n"}{body}  <script/>""");

        Assert.That(Encoding.UTF8.GetByteCount(clean), Is.GreaterThan(5 * 1024 * 1024));
        Assert.That(Check(clean), Is.Empty);
        Assert.That(Check(withScriptAtTheEnd), Has.Length.EqualTo(1).And.One.Contains("<script>"), "the whole file is read");
    }
}
