"""Shared chrome of the fifth blind corpus: markup families, filler topics, page assembly.

Typing aid only: the files under sites/ are the corpus. Nothing here decides a label.
"""
from __future__ import annotations

import html
import re

AREAS = [
    ("Barn och utbildning", "barn-och-utbildning",
     ["Förskola", "Grundskola", "Gymnasieskola", "Fritidshem", "Skolskjuts", "Modersmål",
      "Vuxenutbildning", "Elevhälsa"]),
    ("Omsorg och stöd", "omsorg-och-stod",
     ["Hemtjänst", "Särskilt boende", "Färdtjänst", "Försörjningsstöd", "Stöd vid funktionsnedsättning",
      "Anhörigstöd", "Budget- och skuldrådgivning", "Våld i nära relationer"]),
    ("Bygga, bo och miljö", "bygga-bo-och-miljo",
     ["Bygglov", "Detaljplaner", "Avfall och återvinning", "Vatten och avlopp", "Energirådgivning",
      "Livsmedelskontroll", "Strandskydd", "Kartor och mätning"]),
    ("Trafik och infrastruktur", "trafik-och-infrastruktur",
     ["Gator och vägar", "Parkering", "Snöröjning", "Gång- och cykelvägar", "Kollektivtrafik",
      "Trafikstörningar", "Felanmälan", "Gatubelysning"]),
    ("Kultur och fritid", "kultur-och-fritid",
     ["Bibliotek", "Badhus", "Idrottsanläggningar", "Föreningsstöd", "Kulturskola", "Fritidsgårdar",
      "Friluftsliv", "Evenemangskalender"]),
    ("Näringsliv och arbete", "naringsliv-och-arbete",
     ["Starta företag", "Upphandling", "Tillstånd för företag", "Mark och lokaler", "Lediga jobb",
      "Arbetsmarknadsinsatser", "Feriearbete", "Turism"]),
    ("Kommun och politik", "kommun-och-politik",
     ["Kommunfullmäktige", "Kommunstyrelsen", "Nämnder", "Protokoll och handlingar", "Budget och ekonomi",
      "Organisation", "Synpunkter och klagomål", "Allmänna handlingar"]),
]

TOPIC = {
    "Förskola": "Barn från ett års ålder har rätt till plats i förskola när vårdnadshavarna arbetar eller studerar. Ansök senast fyra månader innan du behöver platsen.",
    "Grundskola": "Alla barn mellan sex och sexton år går i förskoleklass och grundskola. Här finns skolornas upptagningsområden och information om skolval inför höstterminen.",
    "Gymnasieskola": "Gymnasieskolan erbjuder nationella program och introduktionsprogram. Ansökan görs i den gemensamma antagningen i januari.",
    "Fritidshem": "Fritidshemmet tar emot elever före och efter skoldagen och under loven. Avgiften beräknas på hushållets inkomst enligt maxtaxan.",
    "Skolskjuts": "Elever som har lång väg till skolan kan få skolskjuts. Avståndsgränserna skiljer sig mellan lågstadiet och högstadiet.",
    "Modersmål": "Elever som talar ett annat språk än svenska hemma kan ansöka om modersmålsundervisning. Undervisningen ges oftast efter skoltid.",
    "Vuxenutbildning": "Komvux ger dig möjlighet att läsa in grundskole- eller gymnasiekurser, svenska för invandrare och yrkesutbildningar på distans eller på plats.",
    "Elevhälsa": "Skolsköterska, skolkurator, skolpsykolog och specialpedagog arbetar tillsammans för att eleverna ska må bra och nå målen.",
    "Hemtjänst": "Hemtjänsten hjälper dig som behöver stöd för att klara vardagen i din bostad, till exempel med städning, inköp eller personlig omvårdnad.",
    "Särskilt boende": "När behoven inte längre kan tillgodoses i hemmet kan du ansöka om plats på ett särskilt boende. Ansökan prövas av en biståndshandläggare.",
    "Färdtjänst": "Färdtjänst är ett komplement till kollektivtrafiken för dig som har svårt att resa på egen hand på grund av en funktionsnedsättning.",
    "Försörjningsstöd": "Om du inte kan försörja dig själv kan du ansöka om försörjningsstöd. Vi gör alltid en individuell bedömning av din situation.",
    "Stöd vid funktionsnedsättning": "Insatser enligt LSS kan vara ledsagarservice, kontaktperson, korttidsvistelse eller daglig verksamhet.",
    "Anhörigstöd": "Vårdar du en närstående? Anhörigkonsulenten erbjuder samtal, cirklar och avlösning i hemmet.",
    "Budget- och skuldrådgivning": "Budget- och skuldrådgivarna hjälper dig att få överblick över din ekonomi. Rådgivningen är kostnadsfri och du kan vara anonym.",
    "Våld i nära relationer": "Är du utsatt för våld eller hot av någon som står dig nära? Ring 112 vid akut fara. Socialtjänsten kan erbjuda skyddat boende och stödsamtal.",
    "Bygglov": "Du behöver bygglov för att bygga nytt, bygga till eller ändra användningen av en byggnad. Vissa åtgärder är bygglovsbefriade men kräver anmälan.",
    "Detaljplaner": "En detaljplan reglerar hur mark och vatten får användas. Här ser du planer som är ute på samråd och granskning just nu.",
    "Avfall och återvinning": "Hushållsavfallet hämtas varannan vecka. Grovavfall, farligt avfall och elavfall lämnar du på återvinningscentralen.",
    "Vatten och avlopp": "Kommunen ansvarar för det allmänna vatten- och avloppsnätet. Har du enskilt avlopp behöver du tillstånd från miljöenheten.",
    "Energirådgivning": "Den kommunala energi- och klimatrådgivningen ger opartiska råd om uppvärmning, solceller och energieffektivisering.",
    "Livsmedelskontroll": "Den som startar ett livsmedelsföretag ska registrera verksamheten minst två veckor innan den öppnar.",
    "Strandskydd": "Strandskyddet gäller normalt 100 meter från strandlinjen. Vill du bygga inom området behöver du söka dispens.",
    "Kartor och mätning": "Beställ nybyggnadskarta, utstakning och lägeskontroll. Webbkartan visar detaljplaner, fastighetsgränser och flygfoton.",
    "Gator och vägar": "Kommunen sköter gator, torg och parker inom tätorterna. Enskilda vägar sköts av vägföreningar som kan söka driftbidrag.",
    "Parkering": "Här hittar du parkeringsplatser, avgifter och regler för boendeparkering. Parkeringstillstånd för rörelsehindrade söks hos kommunen.",
    "Snöröjning": "Vi plogar när det har fallit mer än fem centimeter snö. Huvudgator och gång- och cykelvägar prioriteras före villagator.",
    "Gång- och cykelvägar": "Cykelvägnätet byggs ut enligt cykelplanen. Karta över cykelvägar och cykelparkeringar finns i webbkartan.",
    "Kollektivtrafik": "Busstrafiken sköts av det regionala trafikbolaget. Tidtabeller och biljetter hittar du i trafikbolagets app.",
    "Trafikstörningar": "Vägarbeten och avstängningar som påverkar framkomligheten i tätorten publiceras här.",
    "Felanmälan": "Har du sett en trasig gatlykta, ett potthål eller klotter? Gör en felanmälan så åtgärdar vi felet så snart vi kan.",
    "Gatubelysning": "Kommunen ansvarar för belysningen längs de flesta gator och gång- och cykelvägar i tätorterna.",
    "Bibliotek": "Biblioteken lånar ut böcker, ljudböcker, filmer och tidskrifter. Med lånekortet kan du också låna e-böcker.",
    "Badhus": "Simhallen har motionssim, familjebad och simskola. Under sommaren är friluftsbadet öppet.",
    "Idrottsanläggningar": "Boka tid i sporthallar, på konstgräsplaner och i ishallen. Föreningar har förtur vid säsongsfördelningen.",
    "Föreningsstöd": "Föreningar med verksamhet för barn och unga kan söka aktivitetsstöd två gånger per år.",
    "Kulturskola": "Kulturskolan erbjuder kurser i musik, dans, teater och bild för barn och unga mellan 6 och 19 år.",
    "Fritidsgårdar": "Fritidsgårdarna är öppna för ungdomar från årskurs sju. Här finns café, spel, musik och vuxna att prata med.",
    "Friluftsliv": "Motionsspår, vandringsleder, badplatser och vindskydd. Många av spåren är belysta under vinterhalvåret.",
    "Evenemangskalender": "Konserter, föreläsningar, marknader och barnaktiviteter. Arrangörer kan själva lägga in sina evenemang.",
    "Starta företag": "Funderar du på att starta eget? Näringslivsenheten bjuder in till rådgivning och informationsträffar varje månad.",
    "Upphandling": "Kommunen köper varor och tjänster för stora belopp varje år. Pågående upphandlingar annonseras i upphandlingsverktyget.",
    "Tillstånd för företag": "Serveringstillstånd, tobakstillstånd, tillstånd för markupplåtelse och anmälan om miljöfarlig verksamhet.",
    "Mark och lokaler": "Kommunen har mark för industri, handel och kontor i flera lägen längs riksvägen.",
    "Lediga jobb": "Kommunen är den största arbetsgivaren i kommunen med över 2 000 medarbetare. Se våra lediga tjänster.",
    "Arbetsmarknadsinsatser": "Arbetsmarknadsenheten hjälper dig som står långt från arbetsmarknaden med praktik, studier och coachning.",
    "Feriearbete": "Ungdomar som går i årskurs nio eller första året på gymnasiet kan söka feriearbete under sommarlovet.",
    "Turism": "Upptäck sjöarna, skogarna och de små samhällena. Turistbyrån håller öppet i biblioteket under sommaren.",
    "Kommunfullmäktige": "Kommunfullmäktige är kommunens högsta beslutande organ och har 41 ledamöter. Sammanträdena är öppna för allmänheten.",
    "Kommunstyrelsen": "Kommunstyrelsen leder och samordnar kommunens verksamheter och ansvarar för ekonomin.",
    "Nämnder": "Nämnderna ansvarar för var sitt område, till exempel barn och utbildning, socialtjänst och samhällsbyggnad.",
    "Protokoll och handlingar": "Kallelser, handlingar och protokoll från kommunfullmäktige, kommunstyrelsen och nämnderna.",
    "Budget och ekonomi": "Budgeten beslutas av kommunfullmäktige i november. Årsredovisningen visar hur pengarna användes.",
    "Organisation": "Kommunen är organiserad i förvaltningar under nämnderna. Kommundirektören är chef för hela organisationen.",
    "Synpunkter och klagomål": "Vi vill gärna veta vad du tycker om kommunens verksamheter. Lämna synpunkter via e-tjänsten.",
    "Allmänna handlingar": "Alla har rätt att ta del av allmänna handlingar. Begäran kan lämnas anonymt.",
    "Vision och mål": "Visionen beskriver hur kommunen ska utvecklas fram till 2040 och vilka mål fullmäktige har satt upp.",
}

ESERVICES = [
    "Ansök om förskoleplats", "Ansök om bygglov", "Beställ nybyggnadskarta", "Felanmälan gata och park",
    "Ansök om parkeringstillstånd", "Boka lokal", "Ansök om skolskjuts", "Anmäl frånvaro", "Ansök om färdtjänst",
    "Ansök om försörjningsstöd", "Beställ tömning av slamavskiljare", "Ändra avfallsabonnemang",
    "Ansök om serveringstillstånd", "Anmäl värmepump", "Lämna synpunkter", "Begär allmän handling",
    "Ansök om feriearbete", "Ansök om föreningsbidrag", "Registrera livsmedelsanläggning", "Anmäl flytt av elev",
    "Ansök om bostadsanpassning", "Beställ sophämtning av grovavfall",
]

EVENTS = [
    ("Sagostund för de minsta", "Biblioteket"), ("Öppet hus på kulturskolan", "Kulturhuset"),
    ("Seniorgympa i sporthallen", "Sporthallen"), ("Föredrag: Släktforskning för nybörjare", "Biblioteket"),
    ("Julmarknad på torget", "Stora torget"), ("Lovaktiviteter för unga", "Fritidsgården"),
    ("Konsert med kommunens storband", "Kulturhuset"), ("Kommunfullmäktige sammanträder", "Kommunhuset"),
    ("Vandring längs åleden", "Samling vid Kvarnbron"), ("Skridskodisco", "Ishallen"),
    ("Babysim", "Simhallen"), ("Informationsmöte om ny detaljplan", "Kommunhuset"),
    ("Bokcirkel", "Biblioteket"), ("Filmklubb för barn", "Bion"), ("Vårstädning i naturreservatet", "Naturreservatet"),
    ("Språkcafé", "Biblioteket"), ("Loppmarknad", "Folkets park"), ("Dans för 60+", "Träffpunkten"),
]

A_O = ["Avfall", "Badplatser", "Begravning", "Bibliotek", "Bostadsanpassning", "Bygglov", "Detaljplaner",
       "Energirådgivning", "Färdtjänst", "Förskola", "Gatubelysning", "Hemtjänst", "Kulturskola",
       "Lediga jobb", "Livsmedel", "Parkering", "Skolskjuts", "Snöröjning", "Strandskydd", "Vatten och avlopp",
       "Vigsel", "Äldreomsorg", "Överförmyndare"]
LETTERS = [*list("ABCDEFGHIJKLMNOPQRSTUVWXYZ"), "Å", "Ä", "Ö"]

COOKIE_JS = """<script>
(function(){var b=document.getElementById('kakbanner');if(!b)return;
if(document.cookie.indexOf('kakval=')>-1){b.hidden=true;}
var btns=b.querySelectorAll('button');for(var i=0;i<btns.length;i++){btns[i].addEventListener('click',function(){
document.cookie='kakval='+this.value+';path=/;max-age=31536000';b.hidden=true;});}})();
</script>"""

MENU_JS = """<script>
document.querySelectorAll('[data-toggle-sub]').forEach(function(t){t.addEventListener('click',function(e){
var id=t.getAttribute('data-toggle-sub');var p=document.getElementById(id);if(!p)return;e.preventDefault();
var open=t.getAttribute('aria-expanded')==='true';t.setAttribute('aria-expanded',open?'false':'true');
if(p.hasAttribute('hidden')){p.removeAttribute('hidden');}else{p.setAttribute('hidden','');}});});
</script>"""


def slug(text: str) -> str:
    t = text.lower()
    for a, b in (("å", "a"), ("ä", "a"), ("ö", "o"), ("é", "e"), (",", ""), (":", "")):
        t = t.replace(a, b)
    t = re.sub(r"[^a-z0-9]+", "-", t)
    return t.strip("-")


def esc(s: str) -> str:
    return html.escape(s, quote=True)


# ---------------------------------------------------------------------------
# Markup families. Each is a small dict of tags and class names; render() below
# uses them for header, primary navigation (with closed sub-levels), main, footer.
# ---------------------------------------------------------------------------
FAMILIES: dict[str, dict] = {
    "kentico": dict(
        header_open='<div id="p_lt_zoneHeader" class="zoneHeader">', header_close="</div>",
        nav_open='<div id="p_lt_zoneMenu_MainMenu" class="zoneMenu"><ul id="menuElem" class="CMSListMenuUL">',
        nav_close="</ul></div>",
        item='<li class="CMSListMenuLI" id="menuElem_{i}"><a class="CMSListMenuLink" href="{href}">{label}</a>'
             '<ul class="CMSListMenuUL level2" id="sub{i}" style="display:none">{subs}</ul></li>',
        sub='<li class="CMSListMenuLI level2"><a class="CMSListMenuLink" href="{href}">{label}</a></li>',
        main_open='<div id="p_lt_zoneContent" class="zoneContent"><div id="p_lt_ctl03_pageplaceholder_p_lt_ctl00">',
        main_close="</div></div>",
        footer_open='<div id="p_lt_zoneFooter" class="zoneFooter">', footer_close="</div>",
        section_open='<div class="webpart {cls}">', section_close="</div>",
        generator="Kentico CMS 12",
        body='class="LTR Safari ENSE"',
    ),
    "plone": dict(
        header_open='<header id="portal-top"><div id="portal-header">', header_close="</div></header>",
        nav_open='<nav id="portal-globalnav-wrapper"><ul class="plone-nav plone-navbar-nav" id="portal-globalnav">',
        nav_close="</ul></nav>",
        item='<li class="plone-nav-item has_subtree" id="portaltab-{i}"><a href="{href}" class="state-published">{label}</a>'
             '<ul class="has_subtree dropdown" aria-hidden="true" id="sub{i}">{subs}</ul></li>',
        sub='<li class="plone-nav-item"><a href="{href}" class="state-published">{label}</a></li>',
        main_open='<div id="portal-columns"><main id="portal-column-content"><article id="content">',
        main_close="</article></main></div>",
        footer_open='<footer id="portal-footer-wrapper"><div class="portletWrapper">', footer_close="</div></footer>",
        section_open='<section class="portlet {cls}">', section_close="</section>",
        generator="Plone - https://plone.org/",
        body='class="frontend icons-on portaltype-document site-plone template-document_view"',
    ),
    "contao": dict(
        header_open='<header id="header"><div class="inside">', header_close="</div></header>",
        nav_open='<nav class="mod_navigation block" id="huvudnavigation"><ul class="level_1">',
        nav_close="</ul></nav>",
        item='<li class="submenu sibling"><a href="{href}" class="submenu">{label}</a>'
             '<ul class="level_2 invisible" id="sub{i}">{subs}</ul></li>',
        sub='<li><a href="{href}">{label}</a></li>',
        main_open='<div id="wrapper"><div id="container"><main id="main"><div class="inside"><div class="mod_article block">',
        main_close="</div></div></main></div></div>",
        footer_open='<footer id="footer"><div class="inside">', footer_close="</div></footer>",
        section_open='<div class="ce_text block {cls}">', section_close="</div>",
        generator="Contao Open Source CMS",
        body='id="top" class="unknown-os web-kit ch12"',
    ),
    "webflow": dict(
        header_open='<div data-collapse="medium" data-animation="default" class="navbar w-nav" role="banner">',
        header_close="</div>",
        nav_open='<nav role="navigation" class="nav-menu w-nav-menu">', nav_close="</nav>",
        item='<div data-hover="true" class="dropdown w-dropdown"><a href="{href}" class="dropdown-toggle w-dropdown-toggle">'
             '<div class="w-icon-dropdown-toggle"></div><div>{label}</div></a>'
             '<nav class="dropdown-list w-dropdown-list" id="sub{i}">{subs}</nav></div>',
        sub='<a href="{href}" class="dropdown-link w-dropdown-link">{label}</a>',
        main_open='<div class="main-wrapper">', main_close="</div>",
        footer_open='<div class="footer wf-section">', footer_close="</div>",
        section_open='<div class="section wf-section {cls}"><div class="container w-container">',
        section_close="</div></div>",
        generator="Webflow",
        body='class="body"',
    ),
    "sitecore": dict(
        header_open='<div id="header" class="component container header"><div class="component-content">',
        header_close="</div></div>",
        nav_open='<nav class="component navigation navigation-main"><div class="component-content"><ul class="clearfix">',
        nav_close="</ul></div></nav>",
        item='<li class="level1 submenu item{i} rel-level1"><div class="navigation-title field-navigationtitle">'
             '<a href="{href}">{label}</a></div><ul class="clearfix" hidden id="sub{i}">{subs}</ul></li>',
        sub='<li class="level2 item rel-level2"><div class="navigation-title field-navigationtitle"><a href="{href}">{label}</a></div></li>',
        main_open='<main><div id="content" class="component container">', main_close="</div></main>",
        footer_open='<footer><div id="footer" class="component container footer">', footer_close="</div></footer>",
        section_open='<div class="component rich-text {cls}"><div class="component-content">',
        section_close="</div></div>",
        generator="Sitecore 10.2 SXA",
        body='class="default-device bodyclass"',
    ),
    "astra": dict(
        header_open='<header class="site-header header-main-layout-1 ast-primary-menu-enabled" id="masthead" itemscope itemtype="https://schema.org/WPHeader">',
        header_close="</header>",
        nav_open='<div class="main-header-bar-navigation"><nav class="site-navigation ast-flex-grow-1" aria-label="Webbplatsnavigering"><ul id="ast-hf-menu-1" class="main-header-menu ast-nav-menu ast-flex submenu-with-border">',
        nav_close="</ul></nav></div>",
        item='<li class="menu-item menu-item-type-post_type menu-item-has-children menu-item-{i}"><a href="{href}" class="menu-link">{label}</a>'
             '<button class="ast-menu-toggle" aria-expanded="false" data-toggle-sub="sub{i}">Visa undermeny</button>'
             '<ul class="sub-menu" id="sub{i}" hidden>{subs}</ul></li>',
        sub='<li class="menu-item menu-item-type-post_type"><a href="{href}" class="menu-link">{label}</a></li>',
        main_open='<div id="content" class="site-content"><div class="ast-container"><div id="primary" class="content-area primary"><main id="main" class="site-main">',
        main_close="</main></div></div></div>",
        footer_open='<footer class="site-footer" id="colophon" itemscope itemtype="https://schema.org/WPFooter">',
        footer_close="</footer>",
        section_open='<div class="wp-block-group {cls}"><div class="wp-block-group__inner-container">',
        section_close="</div></div>",
        generator="WordPress 6.6.2",
        body='class="home page-template-default page wp-embed-responsive ast-header-break-point"',
    ),
    "bulma": dict(
        header_open='<div class="hero-head"><div class="container">', header_close="</div></div>",
        nav_open='<nav class="navbar is-spaced" role="navigation" aria-label="huvudmeny"><div class="navbar-menu" id="navMenu"><div class="navbar-start">',
        nav_close="</div></div></nav>",
        item='<div class="navbar-item has-dropdown is-hoverable"><a class="navbar-link" href="{href}">{label}</a>'
             '<div class="navbar-dropdown is-hidden" id="sub{i}">{subs}</div></div>',
        sub='<a class="navbar-item" href="{href}">{label}</a>',
        main_open='<div id="innehall" class="page-body">', main_close="</div>",
        footer_open='<footer class="footer"><div class="container"><div class="columns">', footer_close="</div></div></footer>",
        section_open='<section class="section {cls}"><div class="container">', section_close="</div></section>",
        generator="Bulma 0.9 / Statamic",
        body='class="has-navbar-fixed-top"',
    ),
    "foundation": dict(
        header_open='<div class="title-bar-wrap"><div class="top-bar" id="huvudmeny">', header_close="</div></div>",
        nav_open='<div class="top-bar-left"><ul class="dropdown menu" data-dropdown-menu role="menubar">',
        nav_close="</ul></div>",
        item='<li class="is-dropdown-submenu-parent" role="none"><a href="{href}" role="menuitem">{label}</a>'
             '<ul class="menu vertical nested is-dropdown-submenu" id="sub{i}" style="display:none" role="menu">{subs}</ul></li>',
        sub='<li role="none"><a href="{href}" role="menuitem">{label}</a></li>',
        main_open='<main class="grid-container" id="huvudinnehall">', main_close="</main>",
        footer_open='<footer class="grid-x grid-padding-x sidfot">', footer_close="</footer>",
        section_open='<div class="grid-x grid-margin-x {cls}"><div class="cell">', section_close="</div></div>",
        generator="Foundation 6 / Craft",
        body='class="is-reveal-open"',
    ),
    "sveltekit": dict(
        header_open='<header class="site-head svelte-1k3d9qz">', header_close="</header>",
        nav_open='<nav class="mainnav svelte-1k3d9qz" aria-label="Meny"><ul class="svelte-1k3d9qz">',
        nav_close="</ul></nav>",
        item='<li class="svelte-1k3d9qz"><a href="{href}" class="toplink svelte-1k3d9qz" data-sveltekit-preload-data="hover">{label}</a>'
             '<ul class="flyout svelte-8xy2mw" hidden id="sub{i}">{subs}</ul></li>',
        sub='<li class="svelte-8xy2mw"><a href="{href}" class="svelte-8xy2mw">{label}</a></li>',
        main_open='<main class="svelte-1k3d9qz">', main_close="</main>",
        footer_open='<footer class="site-foot svelte-19wrqj6">', footer_close="</footer>",
        section_open='<section class="block {cls} svelte-4hq0n1">', section_close="</section>",
        generator="SvelteKit",
        body='data-sveltekit-preload-data="hover"',
    ),
    "hugo": dict(
        header_open='<header class="c-site-header" role="banner"><div class="l-container">', header_close="</div></header>",
        nav_open='<nav class="c-megamenu" aria-label="Huvudmeny"><ul class="c-megamenu__list">', nav_close="</ul></nav>",
        item='<li class="c-megamenu__item"><button class="c-megamenu__toggle" aria-expanded="false" aria-controls="mm-{i}" data-toggle-sub="mm-{i}">{label}</button>'
             '<div class="c-megamenu__panel" id="mm-{i}" hidden><p class="c-megamenu__all"><a href="{href}">Allt om {label_lc}</a></p>'
             '<ul class="c-megamenu__sub">{subs}</ul></div></li>',
        sub='<li><a href="{href}">{label}</a></li>',
        main_open='<main id="main" class="l-main">', main_close="</main>",
        footer_open='<footer class="c-site-footer"><div class="l-container">', footer_close="</div></footer>",
        section_open='<section class="c-section {cls}"><div class="l-container">', section_close="</div></section>",
        generator="Hugo 0.128.0",
        body='class="t-default"',
    ),
}

CSS = """<style>
*{box-sizing:border-box}body{margin:0;font-family:"Source Sans 3",Arial,sans-serif;color:#1d1d1b;line-height:1.5}
a{color:#0b5a8c}a:hover{text-decoration:none}.skip{position:absolute;left:-9999px}.skip:focus{left:1rem;top:1rem}
.topbar{background:#f2f2ef;font-size:.875rem;padding:.25rem 1rem;display:flex;gap:1rem;justify-content:flex-end}
.logo img{height:56px}.sokruta{display:flex;gap:.25rem}.sokruta input[type=search]{min-width:16rem}
.invisible,.is-hidden,.w-dropdown-list{display:none}.dropdown:hover .w-dropdown-list{display:block}
.hero{background:#e6eef3;padding:2rem 1rem}.kort{display:grid;grid-template-columns:repeat(auto-fill,minmax(14rem,1fr));gap:1rem}
.kort a{display:block;background:#fff;padding:1rem;border-radius:4px}.driftinfo{background:#fff4d6;padding:.5rem 1rem}
.nyheter article,.kalender li{margin-bottom:.75rem}.ao-bokstaver a{display:inline-block;width:2rem;text-align:center}
.sidfot,.footer,.site-footer,.zoneFooter,.c-site-footer{background:#22313f;color:#fff;padding:2rem 1rem}
.sidfot a,.footer a,.site-footer a,.zoneFooter a,.c-site-footer a{color:#fff}
#kakbanner{position:fixed;bottom:0;left:0;right:0;background:#fff;border-top:2px solid #0b5a8c;padding:1rem;z-index:99}
table.tider td,table.tider th{padding:.25rem .75rem;text-align:left}
@media (max-width:800px){.kort{grid-template-columns:1fr}.topbar{justify-content:flex-start;flex-wrap:wrap}}
</style>"""


def nav_html(fam: dict, areas: list[tuple[str, str, list[tuple[str, str]]]]) -> str:
    items = []
    for i, (label, href, subs) in enumerate(areas, 1):
        sub = "".join(fam["sub"].format(href=esc(h), label=esc(t)) for t, h in subs)
        items.append(fam["item"].format(i=i, href=esc(href), label=esc(label), label_lc=esc(label.lower()), subs=sub))
    return fam["nav_open"] + "\n" + "\n".join(items) + "\n" + fam["nav_close"]


def section(fam: dict, cls: str, inner: str) -> str:
    return fam["section_open"].format(cls=cls) + "\n" + inner + "\n" + fam["section_close"]
