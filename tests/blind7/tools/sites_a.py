"""Sites 9901-9906 (typing aid)."""
from __future__ import annotations

from common import SHORTCUTS, E, slug, sub_path, tel
from kit import base, news, news_pages, p, std_footer, std_pages, write_site


def shortcuts(ext, names=SHORTCUTS[:6]):
    paths = {"Lediga jobb": "/naringsliv-och-arbete/lediga-jobb", "Skolmat": "/barn-och-utbildning/skolmat",
             "Sophämtning": "/bygga-bo-och-miljo/avfall-och-atervinning", "Bygglov": "/bygga-bo-och-miljo/bygglov",
             "Förskoleplats": "/barn-och-utbildning/forskola", "Felanmälan": "/trafik-och-gator/felanmalan",
             "Kommunens kalender": "/kalender", "Driftinformation": "/driftinformation"}
    return [(n, p(paths[n], ext)) for n in names]


def sv_text(body, name="Text"):
    return (f'<div class="sv-text-portlet sv-use-margins"><div id="{name}"><!-- {name} --></div>'
            f'<div class="sv-text-portlet-content">{body}</div></div>')


# ------------------------------------------------------------------------------------------ 9901 Granhamra
def granhamra():
    x = ".html"
    svc = "/kommun-och-politik/kontaktcenter.html"
    s = base("9901", "Granhamra", "Granhamras", "21", "Gävleborgs län", "sitevision", "0980-319 200", "granhamra.se",
             "Storgatan 12", "999 31 Granhamra", "212000-9901", ext=x)
    s["topbar"] = [("Lättläst", "/om-webbplatsen/lattlast.html", ""), ("Teckenspråk", "/om-webbplatsen/teckensprak.html", ""),
                   ('<span class="gk-icon gk-icon--phone" aria-hidden="true"></span>Kontaktcenter', svc, 'data-variant="accent"'),
                   ("Mina sidor", "https://minasidor.granhamra.example/", "")]
    std_footer(s, contact_extra='<p>Organisationsnummer: 212000-9901</p>')
    items = news(s, [0, 2, 3], ["2026-11-27", "2026-11-25", "2026-11-18"], override=[
        ("Försäkringskassan och Skatteverket i nytt servicekontor", p("/nyheter/2026-11-29-statligt-servicekontor", x), "2026-11-29",
         "Statens servicecenter flyttar in i gamla posthuset. Där kan du få hjälp med frågor till flera myndigheter.")])
    s["front"] = dict(hero_h="Välkommen till Granhamra", hero_p="Här hittar du information om kommunens service, från förskola till äldreomsorg.",
                      shortcuts=shortcuts(x), news=items,
                      drift="Inga kända störningar i vatten, avlopp eller sophämtning just nu.")
    svc_body = (sv_text('<p class="preamble">Kontaktcenter är din första kontakt med Granhamra kommun. Hos oss får du svar direkt på de flesta '
                        'frågor, och när vi inte kan svara ser vi till att rätt person hör av sig till dig.</p>', "Ingress")
                + sv_text('<h2 class="subheading">Det här kan vi hjälpa dig med</h2><ul class="normal">'
                          '<li>köplats i förskolan och avgift för barnomsorg</li><li>sophämtning, slamtömning och budning av grovavfall</li>'
                          '<li>blanketter för bygglov och var ditt ärende befinner sig</li>'
                          '<li>felanmälan av gatubelysning, potthål och vattenläckor</li>'
                          '<li>parkeringstillstånd för personer med rörelsehinder</li><li>bokning av lokaler och idrottshallar</li></ul>'
                          '<h2 class="subheading">Så når du oss</h2><p class="normal">Telefon: <a href="tel:+46980319200">0980-319 200</a><br>'
                          'E-post: <a href="mailto:kontaktcenter@granhamra.se">kontaktcenter@granhamra.se</a></p>'
                          '<h3 class="subheading">Telefontider</h3><table class="sv-table-portlet-table"><thead><tr><th scope="col">Dag</th><th scope="col">Tid</th></tr></thead>'
                          '<tbody><tr><td>Måndag–torsdag</td><td>08.00–16.30</td></tr><tr><td>Fredag</td><td>08.00–15.00</td></tr>'
                          '<tr><td>Dag före helgdag</td><td>08.00–12.00</td></tr></tbody></table>'
                          '<p class="normal">Du är också välkommen att besöka oss i receptionen i kommunhuset, Storgatan 12.</p>'))
    aside = ('<div class="sv-script-portlet sv-portlet gk-contact-card"><div id="Kontaktkort"><!-- Kontaktkort --></div><h2 class="subheading">Kontakt</h2>'
             '<div class="env-profile env-profile--small"><img class="env-profile__image" src="/images/18.4b1e/karin-soderlund.jpg" alt="">'
             '<p class="env-profile__name env-text-h5">Karin Söderlund</p><p class="env-profile__title">Enhetschef Kontaktcenter</p>'
             '<p class="normal"><a href="tel:+46980319214">0980-319 214</a><br><a href="mailto:karin.soderlund@granhamra.se">karin.soderlund@granhamra.se</a></p></div></div>'
             '<div class="sv-script-portlet sv-portlet gk-related"><h2 class="subheading">Relaterade sidor</h2><ul class="env-list">'
             '<li><a href="/kommun-och-politik/synpunkter-och-klagomal.html">Synpunkter och klagomål</a></li>'
             '<li><a href="/trafik-och-gator/felanmalan.html">Felanmälan</a></li><li><a href="https://e-tjanster.granhamra.example/">E-tjänster</a></li></ul></div>')
    pages = {
        "/": dict(front=True, title="Startsida - Granhamra kommun"),
        svc: dict(h1="Kontaktcenter", crumbs=[("Kommun och politik", "/kommun-och-politik.html")], body=svc_body, aside=aside, updated="2026-10-14"),
        p("/nyheter/2026-11-29-statligt-servicekontor", x): dict(
            h1="Försäkringskassan och Skatteverket i nytt servicekontor", crumbs=[("Nyheter", "/nyheter.html")], updated="2026-11-29",
            body=sv_text('<p class="preamble">Statens servicecenter öppnar ett servicekontor i gamla posthuset vid torget den 12 januari.</p>'
                         '<p class="normal">På servicekontoret kan du få hjälp med ärenden till Försäkringskassan, Skatteverket och Pensionsmyndigheten, '
                         'till exempel id-kort och folkbokföring. Servicekontoret drivs av staten och har egna öppettider.</p>')),
        **news_pages(s, items), **std_pages(s)}
    search = {"path": "/sok.html", "param": "query", "hits": {"kontaktcenter": [svc], "kontaktcentret": [svc]}}
    write_site(s, pages, search=search,
               robots="User-agent: *\nDisallow: /sitevision/\nDisallow: /edit-\nDisallow: /sok.html\nSitemap: __ORIGIN__/sitemap.xml\n",
               sitemap=["/", svc, "/om-webbplatsen/tillganglighetsredogorelse.html", "/om-webbplatsen/kakor.html"])


# ------------------------------------------------------------------------------------------ 9902 Ljusvika
def ljusvika():
    x = "/"
    svc = "/kommun-och-politik/medborgarservice/"
    s = base("9902", "Ljusvika", "Ljusvikas", "14", "Västra Götalands län", "optimizely", "031-390 06 00", "ljusvika.se",
             "Rådhustorget 3", "999 42 Ljusvika", "212000-9902")
    s["topbar"] = [("Lättläst", "/lattlast/", ""), ("Teckenspråk", "/teckensprak/", ""), ("Kontakta oss", "/kontakta-oss/", ""),
                   ("Press", "/press/", "")]
    std_footer(s)
    s["contact_block"] = (
        '<div class="block-area block-area--contact container"><div class="block contactblock" data-epi-block-id="77">'
        '<section class="contact-block" aria-labelledby="contact-block-h"><h2 class="contact-block__heading" id="contact-block-h">Kontakta oss</h2>'
        '<div class="contact-block__grid"><div><p class="contact-block__unit"><strong>Medborgarservice</strong></p>'
        '<p>Telefon <a href="tel:+46313900600">031-390 06 00</a> (växel)<br>Vardagar 8.00–17.00</p>'
        f'<p><a class="contact-block__link" href="{svc}">Mer om Medborgarservice</a></p></div>'
        '<div><p><strong>Skriv till oss</strong></p><p><a href="mailto:kommun@ljusvika.se">kommun@ljusvika.se</a></p>'
        '<p><a href="/kommun-och-politik/synpunkter-och-klagomal/">Lämna en synpunkt</a></p></div></div></section></div></div>')
    items = news(s, [1, 4, 5, 3], ["2026-11-28", "2026-11-26", "2026-11-20", "2026-11-12"])
    s["front"] = dict(hero_h="Ljusvika – havet nära", hero_p="Kommunens tjänster, nyheter och evenemang samlade på ett ställe.",
                      shortcuts=shortcuts(x, [*SHORTCUTS[:5], "Kommunens kalender"]), news=items,
                      drift="Vattenavstängning på Ängsgatan tisdag 8–15. Inga övriga störningar.")
    svc_body = ('<p class="preamble">Medborgarservice är kommunens kundtjänst. Vi tar emot frågor om alla kommunens verksamheter '
                'och hjälper dig att komma rätt.</p>'
                '<h2>Vanliga ärenden</h2><p>De flesta som kontaktar oss har frågor om ansökan om förskoleplats, avgifter för vatten och avlopp, '
                'tömningsschema för sopkärl, hur man söker bygglov för altan eller attefallshus och var man ansöker om färdtjänst. '
                'Vi hjälper dig också att fylla i blanketter och att använda kommunens e-tjänster.</p>'
                '<h2>Besök oss</h2><p>Besöksadress: Rådhustorget 3, entréplan</p>'
                '<ul><li>Måndag–onsdag 8.00–17.00</li><li>Torsdag 8.00–18.00</li><li>Fredag 8.00–15.00</li></ul>'
                '<h2>Ring eller mejla</h2><p>Ring <a href="tel:+46313900600">031-390 06 00</a> eller skicka e-post till '
                '<a href="mailto:medborgarservice@ljusvika.se">medborgarservice@ljusvika.se</a>.</p>'
                '<p>Medborgarservice är en del av kommunledningskontoret.</p>')
    aside = ('<div class="block contactpersonblock"><h2 class="contact-person__heading">Kontaktperson</h2><div class="contact-person">'
             '<img src="/globalassets/medarbetare/ida-berg.jpg" alt="" width="96"><p class="contact-person__name">Ida Berg</p>'
             '<p class="contact-person__title">Kommunvägledare, Medborgarservice</p><p><a href="tel:+46313900612">031-390 06 12</a></p></div></div>'
             '<div class="block linklistblock"><h2>Se även</h2><ul><li><a href="https://etjanster.ljusvika.example/">E-tjänster</a></li>'
             '<li><a href="/kommun-och-politik/synpunkter-och-klagomal/">Synpunkter och klagomål</a></li></ul></div>')
    pages = {
        "/": dict(front=True, title="Startsida - Ljusvika kommun"),
        svc: dict(h1="Medborgarservice", crumbs=[("Kommun och politik", "/kommun-och-politik/")], body=svc_body, aside=aside,
                  meta=' · Sidansvarig: <a href="mailto:jonas.lund@ljusvika.se">Jonas Lund</a>', updated="2026-09-30"),
        "/kontakta-oss/": dict(h1="Kontakta oss", updated="2026-08-12",
                               body='<p class="preamble">Du når alla kommunens verksamheter via växeln eller med e-post.</p>'
                                    '<h2>Växel</h2><p>Telefon <a href="tel:+46313900600">031-390 06 00</a></p>'
                                    '<h2>E-post</h2><p>Skicka e-post till <a href="mailto:kommun@ljusvika.se">kommun@ljusvika.se</a>. '
                                    'All e-post till kommunen registreras och blir som regel allmän handling.</p>'
                                    '<h2>Postadress</h2><p>Ljusvika kommun, 999 42 Ljusvika</p>'
                                    '<h2>Press</h2><p>Journalister kan ringa kommunens presstelefon <a href="tel:+46313900699">031-390 06 99</a>.</p>'),
        **news_pages(s, items), **std_pages(s)}
    search = {"path": "/sok/", "param": "q", "hits": {"medborgarservice": [svc]}}
    write_site(s, pages, search=search, robots="User-agent: *\nDisallow: /episerver/\nDisallow: /util/\nSitemap: __ORIGIN__/sitemap.xml\n",
               sitemap=sorted(pages))


# ------------------------------------------------------------------------------------------ 9903 Bäckeby
def backeby():
    x = "/"
    svc = "/kommun-och-politik/servicecenter/"
    s = base("9903", "Bäckeby", "Bäckebys", "12", "Skåne län", "municipio", "040-628 04 00", "backeby.se",
             "Kyrkogatan 4", "999 53 Bäckeby", "212000-9903")
    s["topbar"] = [("Lättläst", "/lattlast/", ""), ("Teckenspråk", "/teckensprak/", ""), ("Kontakt", "/kontakt/", ""),
                   ("Logga in", "https://minasidor.backeby.example/", "")]
    std_footer(s)
    s["footer_cols"][1][1].append(("Bäckeby Energi – kundservice", "https://www.backebyenergi.example/kundservice"))
    items = news(s, [2, 0, 5], ["2026-11-30", "2026-11-22", "2026-11-15"])
    s["front"] = dict(hero_h="Hej Bäckeby!", hero_p="Vad vill du göra idag?",
                      shortcuts=[("Servicecenter", svc), *shortcuts(x, ["Lediga jobb", "Skolmat", "Sophämtning", "Bygglov", "Felanmälan"])],
                      news=items, drift="Sophämtningen i Norra Bäckeby är försenad en dag på grund av snöfall.")
    svc_body = ('<p class="c-typography c-typography__variant--lead">Servicecenter är kommunens gemensamma kundtjänst – ring, mejla, chatta eller kom förbi.</p>'
                '<h2 class="c-typography">Vad vi hjälper till med</h2>'
                '<p class="c-typography">Vi svarar på frågor inom kommunens alla områden, till exempel skolval och skolskjuts, '
                'renhållningsabonnemang, bidrag till bostadsanpassning, bygglov och tillstånd för eldning. Enklare ärenden löser vi direkt medan du väntar.</p>'
                '<h2 class="c-typography">Kontakta Servicecenter</h2>'
                '<ul class="c-list"><li>Telefon: <a href="tel:+46406280400">040-628 04 00</a></li>'
                '<li>E-post: <a href="mailto:servicecenter@backeby.se">servicecenter@backeby.se</a></li>'
                '<li>Besöksadress: Kyrkogatan 4 (Kommunhuset)</li></ul>'
                '<h3 class="c-typography">Öppettider</h3><p class="c-typography">Måndag–fredag 8.00–16.30. Lunchstängt i receptionen 12.00–13.00, telefonen är öppen.</p>'
                '<button type="button" class="c-button c-button__filled c-button__filled--secondary js-open-chat" aria-controls="chat-widget">'
                '<span class="c-button__label-text">Chatta med oss</span></button>'
                '<p class="c-typography c-typography__variant--meta">Chatten är öppen vardagar 9–15.</p>')
    aside = ('<div class="c-card c-card--panel"><div class="c-card__header"><h2 class="c-typography">Kontaktperson</h2></div>'
             '<div class="c-card__body"><p class="c-typography"><strong>Hampus Ek</strong><br>Samhällsvägledare</p>'
             '<p><a href="mailto:hampus.ek@backeby.se">hampus.ek@backeby.se</a></p></div></div>')
    pages = {
        "/": dict(front=True, title="Bäckeby kommun – Startsida"),
        svc: dict(h1="Servicecenter", crumbs=[("Kommun och politik", "/kommun-och-politik/")], body=svc_body, aside=aside,
                  meta='<p class="c-typography c-typography__variant--meta">Innehållsansvarig: Kommunikationsavdelningen</p>', updated="2026-11-03"),
        "/kontakt/": dict(h1="Kontakt", body='<p class="c-typography">Ring växeln på <a href="tel:+46406280400">040-628 04 00</a> så kopplar vi dig rätt.</p>'
                                             '<div class="c-collection"><a class="c-collection__item" href="/kommun-och-politik/servicecenter/">Servicecenter</a>'
                                             '<a class="c-collection__item" href="/press/">Press och media</a>'
                                             '<a class="c-collection__item" href="/kommun-och-politik/synpunkter-och-klagomal/">Synpunkter och klagomål</a></div>'),
        **news_pages(s, items), **std_pages(s)}
    search = {"path": "/", "param": "s", "hits": {"servicecenter": [svc]}}
    write_site(s, pages, search=search, suffix=" – Bäckeby kommun",
               robots="User-agent: *\nDisallow: /wp-admin/\nAllow: /wp-admin/admin-ajax.php\n\nSitemap: __ORIGIN__/sitemap.xml\n",
               sitemap=sorted(pages))


# ------------------------------------------------------------------------------------------ 9904 Torsvala
def torsvala():
    x = "/"
    svc = "/kontakt/kundcenter/"
    s = base("9904", "Torsvala", "Torsvalas", "08", "Kalmar län", "umbraco", "0980-319 230", "torsvala.se",
             "Stortorget 1", "999 64 Torsvala", "212000-9904")
    s["topbar"] = [("Lättläst", "/lattlast/", ""), ("Teckenspråk", "/teckensprak/", ""), ("Kontakt", "/kontakt/", "")]
    std_footer(s)
    s["footer_contact"] += ('<div class="footer-kundcenter"><h2>Kundcenter</h2><p>Telefon <a href="tel:+46980319230">0980-319 230</a><br>'
                            'E-post <a href="mailto:kundcenter@torsvala.se">kundcenter@torsvala.se</a><br>Vardagar 8.00–16.30</p>'
                            f'<p><a href="{svc}">Till Kundcenter</a></p></div>')
    items = news(s, [3, 1, 4], ["2026-11-29", "2026-11-21", "2026-11-19"])
    s["front"] = dict(hero_h="Torsvala – mitt i Småland", hero_p="Bo, leva och verka i Torsvala.",
                      shortcuts=shortcuts(x), news=items, drift="Just nu finns inga driftstörningar.")
    svc_body = ('<p class="lead">Kundcenter tar emot dina samtal, mejl och besök och ser till att du får rätt hjälp – snabbt och enkelt. '
                'Kan vi inte svara direkt kopplar vi dig vidare till den som kan.</p>'
                '<h2>Ring oss</h2><p><a href="tel:+46980319230">0980-319 230</a>, vardagar 8.00–16.30.</p>'
                '<h2>Besök oss</h2><p>Kundcenter finns i entrén i stadshuset, Stortorget 1. Välkommen in!</p>')
    aside = ('<div class="contact-card"><h2 class="contact-card__heading">Kontakt</h2><img src="/media/ab12cd34/linnea-holm.jpg?width=160" alt="">'
             '<p class="contact-card__name">Linnea Holm</p><p class="contact-card__role">Kundcenterchef</p>'
             '<p><a href="mailto:linnea.holm@torsvala.se">linnea.holm@torsvala.se</a></p></div>')
    cards = "".join(f'<li class="card-list__item"><a class="card" href="{h}"><h2 class="card__title">{t}</h2><p class="card__text">{d}</p></a></li>'
                    for t, h, d in [("Kundcenter", svc, "Kontaktuppgifter och öppettider"),
                                    ("Press", "/press/", "För dig som är journalist"),
                                    ("Synpunkter och klagomål", "/kommun-och-politik/synpunkter-och-klagomal/", "Tyck till om kommunens service"),
                                    ("Politiker", "/kommun-och-politik/politiker/", "Sök förtroendevalda")])
    pages = {
        "/": dict(front=True, title="Torsvala kommun"),
        "/kontakt/": dict(h1="Kontakt", body=f'<p class="lead">Välj vem du vill komma i kontakt med.</p><ul class="card-list">{cards}</ul>', updated="2026-05-06"),
        svc: dict(h1="Kundcenter", crumbs=[("Kontakt", "/kontakt/")], body=svc_body, aside=aside, updated="2026-10-01"),
        **news_pages(s, items), **std_pages(s)}
    search = {"path": "/sok/", "param": "query", "hits": {"kundcenter": [svc, "/kontakt/"]}}
    write_site(s, pages, search=search, suffix=" | Torsvala kommun",
               robots="User-agent: *\nDisallow: /umbraco/\nSitemap: __ORIGIN__/sitemap.xml\n", sitemap=sorted(pages))


# ------------------------------------------------------------------------------------------ 9905 Hälleberga
def halleberga():
    x = ""
    svc = "/invanarservice"
    s = base("9905", "Hälleberga", "Hällebergas", "01", "Stockholms län", "drupal", "08-465 004 00", "halleberga.se",
             "Torggatan 2", "999 75 Hälleberga", "212000-9905", ext=x)
    s["topbar"] = [("Lättläst", "/lattlast", ""), ("Teckenspråk", "/teckensprak", ""), ("Press", "/press", ""),
                   ("E-tjänster", "https://e-tjanster.halleberga.example/", "")]
    s["nav_extra"] = [("Kontakt", "/kontakt")]
    std_footer(s)
    items = news(s, [5, 1, 2], ["2026-11-27", "2026-11-24", "2026-11-17"])
    s["front"] = dict(hero_h="Välkommen till Hälleberga", hero_p="Skärgårdskommunen med närhet till storstaden.",
                      shortcuts=shortcuts(x), news=items, drift="Planerat elarbete vid Hamnvägen onsdag natt. Gatubelysningen kan vara släckt.")
    form = ('<form class="webform-submission-form webform-submission-add-form webform-submission-kontakta-invanarservice-form" '
            'action="/invanarservice" method="post" id="webform-submission-kontakta-invanarservice-add-form" accept-charset="UTF-8">'
            '<h2>Skicka ett meddelande till Invånarservice</h2>'
            '<div class="js-form-item form-item"><label for="edit-namn">Namn</label><input type="text" id="edit-namn" name="namn" class="form-text"></div>'
            '<div class="js-form-item form-item"><label for="edit-epost" class="js-form-required form-required">E-postadress</label>'
            '<input type="email" id="edit-epost" name="epost" class="form-email required" required></div>'
            '<div class="js-form-item form-item"><label for="edit-arende" class="js-form-required form-required">Ditt ärende</label>'
            '<textarea id="edit-arende" name="arende" rows="5" class="form-textarea required" required></textarea></div>'
            '<input type="hidden" name="form_id" value="webform_submission_kontakta_invanarservice_add_form">'
            '<div class="form-actions webform-actions"><input class="webform-button--submit button button--primary form-submit" type="submit" name="op" value="Skicka"></div></form>')
    svc_body = ('<p class="ingress">Invånarservice är kommunens gemensamma kontaktpunkt för dig som bor i, besöker eller driver företag i Hälleberga.</p>'
                '<p>Vi svarar på frågor om allt som rör kommunens verksamheter, till exempel avgifter för förskola och fritidshem, '
                'hämtning av grovsopor, båtplatser i kommunens hamnar, parkeringstillstånd och bokning av kommunens lokaler. '
                'Du kan också få hjälp att logga in och använda våra e-tjänster.</p>'
                '<h2>Ring oss</h2><p><a href="tel:+46846500400">08-465 004 00</a></p>'
                '<h2>Telefontider</h2><p>Måndag–torsdag 7.30–17.00, fredag 7.30–16.00.</p>'
                f'{form}'
                '<h2>Om oss</h2><p>Invånarservice är en del av kommunledningskontoret och leds av avdelningschef Frida Norén.</p>')
    pages = {
        "/": dict(front=True, title="Startsida | Hälleberga kommun"),
        svc: dict(h1="Invånarservice", body=svc_body, updated="2026-11-11",
                  aside='<div class="block"><h2>Relaterat</h2><ul><li><a href="/kommun-och-politik/synpunkter-och-klagomal">Synpunkter och klagomål</a></li>'
                        '<li><a href="https://e-tjanster.halleberga.example/">E-tjänster</a></li></ul></div>'),
        **news_pages(s, items), **std_pages(s)}
    search = {"path": "/sok", "param": "search_api_fulltext", "hits": {"invånarservice": [svc], "invanarservice": [svc]}}
    write_site(s, pages, search=search, suffix=" | Hälleberga kommun", redirects={"/kontakt": [svc, 301]},
               robots="# robots.txt\nUser-agent: *\nDisallow: /admin/\nDisallow: /user/\nDisallow: /node/add/\nDisallow: /search/\n"
                      "Disallow: /index.php/user/login\nSitemap: __ORIGIN__/sitemap.xml\n", sitemap=sorted(pages))


# ------------------------------------------------------------------------------------------ 9906 Norrvreta
def norrvreta():
    x = ".html"
    svc = "/kommun-och-politik/kontaktcenter.html"
    newsp = "/nyheter/2026-11-24-nu-oppnar-kontaktcentret-i-gamla-tingshuset.html"
    s = base("9906", "Norrvreta", "Norrvretas", "23", "Jämtlands län", "sitevision", "0980-319 240", "norrvreta.se",
             "Tingshusgatan 5", "999 86 Norrvreta", "212000-9906", ext=x, regional="jamtdalen")
    s["topbar"] = [("Lättläst", "/lattlast.html", ""), ("Teckenspråk", "/teckensprak.html", ""),
                   ("Kontakta oss", "/kontakta-oss.html", ""), ("Jämtdalens kommuner", "https://www.jamtdalen.example/", "")]
    std_footer(s)
    items = news(s, [0, 3], ["2026-11-20", "2026-11-10"], override=[
        ("Nu öppnar kontaktcentret i Gamla tingshuset", newsp, "2026-11-24",
         "Från den 1 december får du svar på dina frågor till kommunen på ett och samma ställe.")])
    s["front"] = dict(hero_h="Norrvreta – en del av Jämtdalen", hero_p="Fjäll, skog och korta avstånd.",
                      shortcuts=shortcuts(x), news=items, drift="Inga störningar rapporterade.")
    news_body = sv_text('<p class="preamble">Från den 1 december får du svar på dina frågor till kommunen på ett och samma ställe. '
                        'Då öppnar Norrvreta kommuns nya kontaktcenter i Gamla tingshuset.</p>'
                        '<p class="normal">Kontaktcentret svarar på frågor om bland annat förskoleköer, avfallstaxor, bygglov och snöröjning. '
                        'Du når kontaktcentret på 0980-319 240 eller kontaktcenter@norrvreta.se, måndag–fredag 8–16.</p>'
                        '<p class="normal">– Vi vill att det ska vara lätt att komma i kontakt med kommunen, och att du ska få svar direkt, '
                        'säger kommundirektör Eva Strand.</p>'
                        f'<p class="normal"><a href="{svc}">Läs mer på kontaktcentrets sida</a></p>')
    svc_body = (sv_text('<p class="preamble">Kontaktcenter är kommunens gemensamma ingång. Vi svarar på frågor om förskola, skola, '
                        'avfall, vatten och avlopp, bygglov och mycket annat.</p>', "Ingress")
                + sv_text('<h2 class="subheading">Ring oss</h2><p class="normal">Ring oss på 0980-319 240.</p>'
                          '<h2 class="subheading">Vi som arbetar här</h2><ul class="normal"><li>Sara Holmgren, kommunvägledare</li>'
                          '<li>Emil Persson, kommunvägledare</li><li>Aida Hadžić, kommunvägledare</li></ul>'))
    pages = {
        "/": dict(front=True, title="Norrvreta kommun"),
        newsp: dict(h1="Nu öppnar kontaktcentret i Gamla tingshuset", crumbs=[("Nyheter", "/nyheter.html")], body=news_body, updated="2026-11-24"),
        svc: dict(h1="Kontaktcenter", crumbs=[("Kommun och politik", "/kommun-och-politik.html")], body=svc_body, updated="2026-11-25"),
        "/kontakta-oss.html": dict(h1="Kontakta oss", updated="2026-04-11",
                                   body=sv_text('<p class="preamble">Här hittar du kommunens kontaktuppgifter.</p>'
                                                '<p class="normal">Växel: 0980-319 240<br>E-post: kommun@norrvreta.se<br>'
                                                'Postadress: Norrvreta kommun, 999 86 Norrvreta</p>'
                                                '<h2 class="subheading">Felanmälan</h2><p class="normal">Fel på gator, vatten eller belysning anmäler du i '
                                                '<a href="https://e-tjanster.norrvreta.example/felanmalan">e-tjänsten Felanmälan</a>.</p>')),
        **news_pages(s, items), **std_pages(s)}
    search = {"path": "/sok.html", "param": "query", "hits": {"kontaktcenter": [svc, newsp]}}
    write_site(s, pages, search=search,
               robots="User-agent: *\nDisallow: /sitevision/\nDisallow: /sok.html\nSitemap: __ORIGIN__/sitemap.xml\n", sitemap=sorted(pages))


def build():
    for f in (granhamra, ljusvika, backeby, torsvala, halleberga, norrvreta):
        f()


__all__ = ["E", "build", "slug", "sub_path", "tel"]
