"""The walker's passes over minutes' cover pages and signatures: the deciding members, deputies
and officials of a flattened cover page, the body whose minutes they are (its title, diary
numbers, certificate of posting) and the signatures at the end."""

from __future__ import annotations

import itertools
import re
from dataclasses import replace

from hytegraph.authoring.extract import morphology as m
from hytegraph.authoring.extract.findings import Finding, Walk
from hytegraph.authoring.extract.mentions import Mention, Token, tokens
from hytegraph.authoring.extract.passes.common import _MINUTES_STOP
from hytegraph.authoring.extract.segment import end_at

_MINUTES_PRESENT = re.compile(r"\b(?:Beslutande(?:\s+ledamöter)?|Päättäjät)\s*:?\s+")
_NAME_PARTY = re.compile(r"([A-ZÅÄÖ][\w-]+(?:\s+[A-ZÅÄÖ][\w-]+){1,2})\s*\([\w-]{1,6}\.?\)")
_SUBSTITUTE = re.compile(r"\bersättare\s+för\b", re.I)
#: "landshövdingen, som är ordförande i insynsrådet": the holder of an office said to chair
#: the body (the office's word without its definite ending).
_OFFICE_CHAIRS = re.compile(
    r"(?i)(?<![\w-])(?P<office>[a-zåäö]{4,}?)(?:en|n),?[ \t]+som[ \t]+är[ \t]+ordförande"
    r"[ \t]+(?:i|för)[ \t]+(?P<body>[a-zåäö]{3,})"
)
#: A title of honour before a person's name ("Dame Amelia Fawcett", "Sir Bo Lind").
_TITLE_OF_HONOUR = re.compile(r"(Dame|Sir|Lady|Lord)[ \t]+(?=[A-ZÅÄÖ])")
#: A signature with the office after the name ("A Berg, Ordförande B Lind, Sekreterare").
_SIGNED_AS_CHAIR = re.compile(
    r"\b([A-ZÅÄÖ][\w-]+(?:[ \t]+[A-ZÅÄÖ][\w-]+){1,2}),[ \t]*Ordförande\b(?![ \t]*[:.])"
)
#: The deciding members said to be all members but those named after ("Beslutande ledamöter
#: Samtliga ledamöter med undantag av A (S), B (M)", "alla ledamöter utom …"): those named are
#: members too, absent.
_ALL_MEMBERS_BUT = re.compile(
    r"\s*(?:[a-zåäö]\s+)?(?:[Ss]amtliga|[Aa]lla)\s+(?:ordinarie\s+)?ledamöter\s+"
    r"(?:med\s+undantag\s+(?:av|för)|utom)\s*:?\s*"
)
#: An official's title after a name on a cover ("Aino Berg, kommunsekreterare"): a
#: secretary of the administration, not of the body.
_STAFF_SECRETARY = re.compile(r"[ \t]*,[ \t]*(?:kommun|nämnd|förvaltnings|region)sekreterare\b")
#: A minutes' two signature labels printed before the two signed names, each name on its
#: dotted line ("Sekreterare Ordförande. Aino Berg.. Bo Lind", "Ordförande Sekreterare …").
_SIGNED_LABELS_FIRST = re.compile(
    r"\b(?:Sekreterare[ \t]+Ordförande[ \t]*\.*[ \t]+(?:[A-ZÅÄÖ][\w-]+[ \t]+){1,2}?[A-ZÅÄÖ][\w-]+"
    r"[ \t]*\.+[ \t]*(?P<chair>(?:[A-ZÅÄÖ][\w-]+[ \t]+){1,2}[A-ZÅÄÖ][\w-]+)|"
    r"Ordförande[ \t]+Sekreterare[ \t]*\.*[ \t]+"
    r"(?P<chair2>(?:[A-ZÅÄÖ][\w-]+[ \t]+){1,2}?[A-ZÅÄÖ][\w-]+)[ \t]*\.+)"
)
#: An office in lower case after a name's party, before the next name ("A (M), ordförande B").
_OFFICE_AFTER_PARTY = re.compile(
    r"\s*,?\s*((?:förste\s+|andre\s+)?(?:vice\s+)?ordförande)(?=\s+[A-ZÅÄÖ])"
)
#: The deputies' column's heading right after the deciding members' one ("Beslutande Ej
#: tjänstgörande ersättare").
_DEPUTY_COLUMN = re.compile(r"(?:Ej\s+tjänstgörande\s+)?[Ee]rsättare\b")
#: An entry of a minutes' column: "Name (Party)[, post]", "Name," (an organisation after it),
#: or "- (Party)" / "- Organisation" for a seat nobody took.
_COLUMN_ENTRY = re.compile(
    r"(?<![\w-])(?:(?P<name>[A-ZÅÄÖ][\w-]+(?:\s+[A-ZÅÄÖ][\w-]+){1,2})\s*"
    r"(?:\((?P<party>[\w-]{1,6})\)(?:,\s*(?P<post>(?:vice\s+)?[a-zåäö]+\.?))?|,)|"
    r"-\s+(?P<empty>\([\w-]{1,6}\)|[A-ZÅÄÖ]{2,}(?:\s+[A-ZÅÄÖ][\w/-]*)?|[A-ZÅÄÖ][\w-]*"
    r"(?:\s+[a-zåäö]+){0,4}))"
)
#: "Justerare Ersättare Jens Ek", "Pöytäkirjantarkastajat … varalla": the deputy of the minutes'
#: adjusters, a task at the meeting
_ADJUSTERS_DEPUTY = re.compile(
    r"(?:justerare|justera|pöytäkirjan\s*tarkastaj\w*)[ \t]+(?:ersättare|ers\.|varalla)[ \t]+$",
    re.I,
)
#: a document rehosted as a transcript: the host's header ends on a line of its own
_TRANSCRIPT = re.compile(r"(?m)^Transkript[ \t]*$")
#: A diary number prefixed with a committee's abbreviation: "BUN 2018/41", "Dnr SBN 2020/123",
#: "KS/2019:45", or the year's two digits glued before it ("14KFN", "15BUN112").
_DIARY_NUMBER = re.compile(
    r"(?<![\w/-])(?:(?P<abbr>[A-ZÅÄÖ]{2,4})[ \t]*/?[ \t]*(?:19|20)\d\d[/:.-]\d{1,5}|"
    r"\d\d(?P<glued>[A-ZÅÄÖ]{2,4})\d{0,5})(?![\w/-])"
)
#: "Allekirjoitus Aino Ek Puheenjohtaja Bo Lind Pöytäkirjanpitäjä": signatures flattened, each
#: name with its title after it
_SIGNED_THEN_TITLES = re.compile(
    r"(?<![\w-])Allekirjoitu(?:s|kset)\s+"
    r"(?P<first>[A-ZÅÄÖ][a-zåäö][\w-]*[ \t]+[A-ZÅÄÖ][a-zåäö][\w-]*)\s+Puheenjohtaja\s+"
    r"(?P<second>[A-ZÅÄÖ][a-zåäö][\w-]*[ \t]+[A-ZÅÄÖ][a-zåäö][\w-]*)\s+"
    r"(?:Pöytäkirjanpitäjä|Sihteeri)(?![\w-])"
)
#: "Ordförande Bo Lind" in a minutes' signatures: the name after the chair's word, up to the
#: next capitalised label or the end of the line
_CHAIR_SIGNS = re.compile(
    r"(?<![\w-])Ordförande(?P<dots>[ \t]*(?:\.{2,}|…))?[ \t]+"
    # ("Ordförande... Paragrafer Bo Lind": the next label of the form printed between)
    r"(?:Paragrafer[ \t]+)?"
    r"(?P<name>[A-ZÅÄÖ][\w-]+(?:[ \t]+[A-ZÅÄÖ][\w-]+){1,2})"
)
#: Minutes' signatures: each name with its role after it ("Esa Ek Puheenjohtaja Eva Salo").
_SIGNATURES = re.compile(
    r"(?<![\w-])(?:ALLEKIRJOITUKSET|Allekirjoitukset|UNDERSKRIFTER|Underskrifter)\s*:?\s+|"
    # "Sekreterare... A Ordförande... B": a form's dotted lines to sign on, with no heading
    r"(?<![\w-])Sekreterare(?=[ \t]*(?:\.{2,}|…))"
)
#: The signatures' headings run together after "Underskrifter", before the names signing
#: under them in the same order ("Sekreterare Ordförande Justerande.. A B. C D. E F").
_SIGN_HEADS = re.compile(
    r"\s*(?:Paragrafer[ \t]+[\d\s,\u2013-]*)?"
    r"(?P<heads>(?:(?:Sekreterare|Ordförande|Justerande|Justerare)(?:[ \t]*(?:\.+|…))?[ \t]+){2,4})"
)
#: The names after such headings: capitalised words, set apart by spaces or dotted lines.
_SIGN_NAMES = re.compile(
    r"(?:[A-ZÅÄÖ][a-zåäö][\w-]*|[A-ZÅÄÖ]\.)(?:(?:[ \t]*(?:\.+|…))?[ \t]+"
    r"(?:[A-ZÅÄÖ][a-zåäö][\w-]*|[A-ZÅÄÖ]\.))*"
)
_SIGNED = re.compile(
    r"(?P<name>[A-ZÅÄÖ][a-zåäö][\w'-]*\s+[A-ZÅÄÖ][a-zåäö][\w'-]*)\s+"
    r"(?P<role>[A-ZÅÄÖ][a-zåäö]+)(?![\w-])\s*"
)
#: A line of a place and a date, as minutes close before their signatures ("Testby: 9/3 -08.",
#: "Testby den 9 mars 2008", "Testby, 2008-03-09").
_DATELINE = re.compile(
    r"^[ \t]*[A-ZÅÄÖ][\w-]+(?:[ \t]+[A-ZÅÄÖ][\w-]+)?(?:[ \t]*[:,][ \t]*|[ \t]+den[ \t]+)"
    r"(?:\d{1,2}[ \t]*[/.][ \t]*\d{1,2}(?:[ \t]*[/.-][ \t]*-?[ \t]*\d{2,4})?"
    r"|\d{1,2}[ \t]+[a-zåäö]+\.?[ \t]+\d{4}|\d{4}-\d{2}-\d{2})[ \t]*\.?[ \t]*$",
    re.M,
)
#: A word only minutes print ("protokoll", "justeras", "pöytäkirja").
_MINUTES_TEXT = re.compile(r"(?i)protokoll|justera|pöytäkirj")
#: A line of minutes' signatures: a name (an office's short word after its comma), a label
#: ending in a colon, or a first name the page's cut leaves alone.
_SIGNATURE_LINE = re.compile(
    r"[A-ZÅÄÖ][\w'-]+(?:[ \t]+[A-ZÅÄÖ][\w'-]+){0,2}(?:,[ \t]*[a-zåäö]+\.?)?"
    r"|[A-ZÅÄÖ][a-zåäö]+(?:[ \t]+[a-zåäö]+)?[ \t]*:"
)
_SIGNATURE = re.compile(
    r"\b(Ordförande|Sekreterare|Puheenjohtaja|Sihteeri)\s*\.{2,}\s*(?:Paragrafer\s+|Pykälät\s+)?"
    r"([A-ZÅÄÖ][\w-]+(?:\s+[A-ZÅÄÖ][\w-]+(?![\w-]|\s*\.{2,})){1,2})"
)

#: A Swedish minutes' cover page flattened onto a run of words: the labels that open its
#: sections of people ("Beslutande", "Ej tjänstgörande ersättare", "Ersättare:") and those of
#: the sections that hold no seats ("Övriga deltagare", "Utses att justera", the signatures).
_COVER_LABEL = re.compile(
    r"\b(?:(?P<members>Beslutande(?:\s+[Ll]edamöter)?|BESLUTANDE(?:\s+LEDAMÖTER)?|"
    # "Närvarande Ledamöter Aino Berg (S) …": the members present, the deciding ones
    r"Närvarande\s+[Ll]edamöter|"
    # "Närvarande Övriga A, SN, B, FUB …": the present's and the others' column heads together
    r"Närvarande(?=\s+Övriga\s+[A-ZÅÄÖ][\w-]+\s+[A-ZÅÄÖ])|"
    # "Ledamöter Närv. Frånv Tjänstgörande ersättare …": an attendance table's members' head
    # with its presence columns
    r"Ledamöter(?=[ \t]+Närv\.?[ \t]+Frånv)|"
    # "Kallade ledamöter För kännedom Övriga kallade": a meeting notice's columns of those called
    r"Kallade\s+ledamöter)"
    r"(?!\s+organ|\s+ersättare)|"
    # ("Övriga närvarande ej tjänstgörande ersättare A (S)": the deputies' sub-heading under
    # the others' one, in lower case)
    r"(?P<deputies>(?:Ej|Icke|(?<=närvarande\s)ej|(?<=[Nn]ärvarande,\s)ej)\s+tjänstgörande(?:\s+ersättare)?|(?:Närvarande|Tjänstgörande|"
    r"Beslutande)\s+"
    r"ersättare|Ersättare|ERSÄTTARE|"
    # (the deputies a notice is sent to for their information, the column after the members')
    r"(?<=ledamöter[ \t])För\s+kännedom)|"
    r"(?P<place>Plats\s+och\s+tid|Tid\s+och\s+plats)|"
    r"(?P<others>Övriga(?:\s+(?:deltagande|deltagare|närvarande|kallade))?|"
    # ("Deltagande:" over the officials attending, a label of its own)
    r"Deltagande(?=[ \t]*:)|Utses\s+att\s+justera|Justerare|"
    r"Justerande|Justeringens|Sekreterare|Frånvarande|Paragrafer|Underskrift(?:er)?|Tjänstemän|"
    # ("Närvarande tjänstemän:", "Adjungerade (ständigt):": officials and the co-opted)
    r"Närvarande\s+tjänstem(?:än|ännen)|Adjungerade|"
    r"Tjänstepersoner|Närvarorätt|Insynsplats|ANSLAG|BEVIS|"
    # (an attendance table's column of the items each member took part in)
    r"Paragraf(?=[ \t]+[A-ZÅÄÖ][\w-]+[ \t]+[A-ZÅÄÖ][\w-]+[ \t]+\()))\b"
    # "Ersättare Närv. Frånv": the presence columns' heads printed after a section's label
    r"(?:[ \t]+Närv\.?[ \t]+Frånv\.?(?![\w-]))?\s*:?"
)
#: The certificate of a minutes' posting ("Bevis om anslag"): the label of the deciding body,
#: the certificate's other labels (printed before their values when the table is flattened),
#: a municipality's name printed beside them, and what ends the body's value.
_CERT_BODY = re.compile(r"\b(?:Beslutsinstans|Beslutande\s+organ|Instans)\b\s*[,:]?\s*")
_CERT_SKIP = re.compile(
    r"(?:Sammanträdesdatum|Datum\s+för\s+anslagets\s+(?:uppsättande|nedtagande)|"
    r"Datum\s+då\s+anslaget\s+(?:sätts\s+upp|tas\s+ned)|Förvaringsplats\s+för\s+protokollet|"
    r"Paragrafer|[A-ZÅÄÖ][\w-]+\s+(?:kommun|stad|region|landsting))\b\s*[,:]?\s*"
)
_CERT_VALUE = re.compile(
    r"[A-ZÅÄÖ][\w-]*(?:[ \t]+(?:och|för|i|med|[a-zåäö][\w-]*|[A-ZÅÄÖ][\w-]*)){0,5}"
)
_CERT_END = re.compile(
    r"\b(?:Underskrift|Sammanträdesdatum|Datum|Förvaringsplats|Paragrafer|Protokollet|Sekreterare|"
    r"Ordförande|Justerande)\b"
)
#: "Kultur- och fritidsutskottets beslut", "… protokoll från …", "Äldrenämndens
#: delegationsordning": a body's own decisions or rules, its name in the genitive before them
_OWNERS_DOCUMENT = re.compile(
    r"s\s+(?:beslut\b|protokoll(?=\s+(?:från|är|har)\b)|(?:delegations|arbets)ordning\b|"
    r"reglemente\b)"
)
#: A party's abbreviation printed after a name on a cover page: "(S)", "(fp)".
_COVER_PARTY = re.compile(r"\s*\([\w-]{1,6}\)")
#: The endings of Swedish surnames ("Nilsson", "Hanson", "Lindberg", "Holmström"), never of a
#: first name.
_SV_SURNAME_END = re.compile(
    r"(?:sson|[^aeiouyåäö]son|ström|berg|gren|lund|lind|qvist|kvist|holm|dahl|stedt|blad)\Z"
)
#: A star right before a name in a cover's column ("*Aino Berg", "* Aino Berg"), tested at
#: the name's start.
_COVER_STAR = re.compile(r"(?:^|[\s,])\*[ \t]?\Z")
#: A flattened page going on with the same column: its page number ("3 (40)", "Sida 3") and a
#: name, or a starred one, right after it.
_COVER_NEXT_PAGE = re.compile(
    r"[ \t]*(?:\([\w-]{1,6}\)[ \t]*)*\n[ \t]*\n[ \t]*(?:Sida[ \t]+)?\d{1,3}[ \t]*\(\d{1,3}\)"
    r"[ \t]+(?=\*?[ \t]?[A-ZÅÄÖ][\w-]+[ \t]+[A-ZÅÄÖ])"
)
#: The months' names in Swedish (written in lower case; in capitals before a surname, "Maj
#: Holmström", a first name).
_SV_MONTHS = frozenset(
    (
        "januari", "februari", "mars", "april", "maj", "juni",
        "juli", "augusti", "september", "oktober", "november", "december",
    )
)  # fmt: skip
#: "ersättare för", "ers PRO för", "tgj ers för", "ersätter": the person before serves for the
#: one after.
_COVER_SERVES_FOR = re.compile(
    r"\b(?:(?:tjänstgörande\s+|tj[gä]\.?\s+|tgj\.?\s+)?(?:ersättare|ers\.?)(?:\s+[^\s,]+)?\s+"
    r"för|(?:tjg|tgj)\.?\s+för|ersätter|i\s*stället\s+för|istället\s+för)\s*$"
)
#: ", FUB", ", SBN": an organisation's or a committee's abbreviation after a name in a minutes'
#: column of those present (a party's letters too).
_COVER_ABBR_TAG = re.compile(r",[ \t]*[A-ZÅÄÖ]{1,5}(?![\w-])")
#: ", tjg ers", ", tjänstgörande ersättare": a deputy serving in a member's seat.
_COVER_SERVING_TAG = re.compile(
    r"\s*,?\s*(?:tjg|tjänstgörande)\.?\s+ers(?:ättare|\.)?(?![\w-])(?!\s+för\b)"
)
#: A deputy present without serving, tagged so among the deciding members ("Eva Ek, ej
#: tjänstgörande ersättare").
_COVER_NOT_SERVING_TAG = re.compile(
    r"\s*(?:\([\w-]{1,6}\))?\s*,?\s*(?:ej|icke)\s+(?:tjg|tjänstgörande)\.?\s+ers(?:ättare|\.)?(?![\w-])"
)
#: One of the seats' labels printed after a column of "Name (party)" entries, in the same
#: order ("Ordförande 1:e vice ordförande ersättare för Aino Berg ledamot"): an office, a
#: member's or a deputy's word, or a deputy serving for the member named after it.
_COVER_SEAT_LABEL = re.compile(
    r"[\s,]*(?:(?:[Tt]jänstgörande\s+)?[Ee]rsättare\s+för\s+"
    r"(?P<serves>[A-ZÅÄÖ][\w-]+(?:\s+(?!Ordförande|Ledamot|Ersättare|Vice)[A-ZÅÄÖ][\w-]+){1,2})|"
    r"(?P<role>(?:\d\s?:\s?[ae]\s+|[Ff]örste\s+|[Aa]ndre\s+)?[Vv]ice\s+ordförande|[Oo]rdförande|"
    r"[Ll]edamot|(?:[Tt]jänstgörande\s+)?[Ee]rsättare))(?![\w-])"
)
#: "(KD), ej tjg ers", "(M), ersättare": a deputy present who does not serve, among the others
#: present.
_COVER_DEPUTY_TAG = re.compile(
    r"\s*(?:\([\w-]{1,6}\))?\s*,?\s*(?:(?:ej|icke)\s+(?:tjg|tjänstgörande)\.?\s+)?"
    r"ers(?:ättare|\.)?(?![\w-])(?!\s+för\b)"
)


class CoverPasses:
    """Passes of the :class:`~hytegraph.authoring.extract.walker.Walker` (a mixin)."""

    @staticmethod
    def _chair_signing_the_cover(text: str, out: Walk) -> None:
        """ "Underskrifter Sekreterare Eva Ek Ordförande Bo Lind Justerande …" on a minutes'
        cover flattened onto a line: the chair who signs is one of the deciding members the
        cover gave; that member's seat is the chair's."""
        for mt in _SIGNATURES.finditer(text):
            chair = _CHAIR_SIGNS.search(text, mt.end(), mt.end() + 200)
            dotted = chair is not None and bool(chair.group("dots"))
            if (heads := _SIGN_HEADS.match(text, mt.end())) is not None:
                # "Sekreterare Ordförande Justerande.. A B. C D. E F": the headings run
                # together before the names, which sign in the headings' order
                said = re.findall(r"[A-ZÅÄÖ][a-zåäö]+", heads.group("heads"))
                run = _SIGN_NAMES.match(text, heads.end())
                if run is None or "Ordförande" not in said:
                    continue
                parts = [p for p in re.split(r"\s*(?:\.+|…)\s*", run.group().strip()) if p]
                if len(parts) != len(said):
                    words = run.group().replace(".", " ").split()
                    if len(words) != 2 * len(said):
                        continue  # which name signs under which heading is not shown
                    parts = [" ".join(words[k : k + 2]) for k in range(0, len(words), 2)]
                name = parts[said.index("Ordförande")]
            elif chair is not None:
                name = chair.group("name")
            else:
                continue
            for f in out.findings:
                if (
                    f.kind == "membership"
                    and (
                        f.rule.startswith(("minutes", "cover"))
                        # "Underskrifter Sekreterare... A Ordförande... B": the dotted lines
                        # of a form's signatures, under members any rule read from the run
                        or (dotted and f.rule in ("text-role-before", "name-run"))
                    )
                    and f.role == "member"
                    and not f.status
                    and f.actor.start < mt.start()
                    and name.startswith(f.actor.written)
                ):
                    f.role = "chair"

    def _cover_page(self, text: str, out: Walk) -> None:
        """A Swedish minutes' cover page flattened onto a run of words ("Beslutande Aino Berg
        (S), ordförande Bo Lind (M) Eva Ek (S) ersättare för Olle Holm (S) Övriga deltagande
        … Ej tjänstgörande ersättare Per Ek (C) …"): the people of the "Beslutande" section are
        members of the minutes' body (an office after a name theirs), one serving "ersättare
        för" another a deputy and the member named after it a member; the people of a deputies'
        section ("Ej tjänstgörande", "Ersättare:") and those tagged "ej tjg ers" among the
        others present are deputies. Meeting officers, staff and signatures give no seats. The
        body is the one the minutes name (a "Forum" / "Organ" label, the cover's first line, the
        page's heading, or "Xs beslut"); nothing without one, nor when the minutes' own
        reading of their columns found the people already. Once the cover is read, what it
        says of its people stands: other readings of the same people's seats in the body (the
        signatures, a repeated cover, an office read from the next name's label) are dropped,
        as are names read from its labels."""
        if any(f.rule.startswith("minutes") for f in out.findings):
            return
        stacks = self._cover_stacks(text, list(_COVER_LABEL.finditer(text)))
        for first, head in enumerate(stacks):
            if not any(mt.group("members") for mt in head) and not (
                len(head) == 1 and head[0].group("place")
            ):
                continue
            cover = [st for st in stacks[first:] if st[0].start() < head[0].start() + 2500]
            read, found, named = self._cover_sections(text, cover)
            if any(f.role != "deputy_member" for f in found):
                break  # ("Beslutande ... 2" in a table of contents: no one named, the next)
        else:
            return
        deputies = {self._cover_key(f) for f in found if f.role == "deputy_member"}
        starred = [
            f for f in found if f.role == "member" and _COVER_STAR.search(text, 0, f.actor.start)
        ]
        if any(self._cover_key(f) in deputies for f in starred):
            # "Beslutande A B *C *D, , kl E" with C also among the deputies present on the
            # cover: the star marks the deputies serving in a member's seat, all of them
            for f in starred:
                f.role = "deputy_member"
            deputies |= {self._cover_key(f) for f in starred}
        found = [
            f for f in found if f.role == "deputy_member" or self._cover_key(f) not in deputies
        ]
        if not any(f.role == "chair" for f in found):
            # "Paragraf A, Ordförande B, Sekreterare C, Justerare": the chair's signature with
            # the office after the name gives a deciding member the chair
            # (the signed name's words: "Paragraf A Berg" holds the label before the name)
            signed = [set(mt.group(1).casefold().split()) for mt in _SIGNED_AS_CHAIR.finditer(text)]
            # "Sekreterare Ordförande. Aino Berg.. Bo Lind": the two signing lines' labels
            # printed before their names, in the same order
            signed += [
                set((mt.group("chair") or mt.group("chair2")).casefold().split())
                for mt in _SIGNED_LABELS_FIRST.finditer(text)
            ]
            chairs = [
                f
                for f in found
                if f.role == "member"
                and any(set(self._cover_key(f).split()) <= names for names in signed)
            ]
            if len(chairs) == 1:
                chairs[0].role = "chair"
        seen: set[tuple[str, str]] = set()
        kept: list[Finding] = []
        for f in found:
            if (self._cover_key(f), f.role) not in seen:
                seen.add((self._cover_key(f), f.role))
                kept.append(f)
        body = found[0].target.name.casefold() if found[0].target else ""
        words = [set(p.name.casefold().split()) for p in named if len(p.name.split()) > 1]
        marks = [(mt.start(), mt.end()) for st in cover for mt in st]

        # "Beslutande ledamöter Samtliga ledamöter med undantag av A (S) …": all members
        # decide, so the chair signing ("Ordförande Bo Lind") is the body's
        all_but = any(
            _ALL_MEMBERS_BUT.match(text, mt.end())
            for st in cover
            for mt in st
            if mt.group("members")
        )
        # "Aino Berg, kommunsekreterare": an official's title among the others present
        staff = {
            " ".join(sorted(p.name.casefold().split()))
            for p in named
            if _STAFF_SECRETARY.match(text, p.end)
        }

        def superseded(f: Finding) -> bool:
            if any(a <= f.actor.start < b for a, b in read):
                return True
            if any(f.actor.start < b and a < f.actor.end for a, b in marks):
                return True  # "Paragrafer Underskrifter": labels, no name
            if f.role == "secretary":
                # "Sekreterare Aino Berg" signing: the body's secretary may be, not an official
                return self._cover_key(f) in staff
            if (
                f.role == "chair"
                and all_but
                and re.search(
                    r"\bOrdförande[ \t]*:?[ \t]*\Z",
                    text[max(0, f.actor.start - 30) : f.actor.start],
                )
            ):
                return False
            target = f.target.name.casefold() if f.target else ""
            if not (target.startswith(body) or body.startswith(target)) or not target:
                return False
            have = set(f.actor.name.casefold().split())
            return any(w <= have for w in words)

        out.findings = [f for f in out.findings if f.kind != "membership" or not superseded(f)]
        out.findings += kept
        out.no_seat += read  # the staff and the others present: nor a guess of the tagger's

    @staticmethod
    def _cover_stacks(text: str, labels: list[re.Match[str]]) -> list[list[re.Match[str]]]:
        """A cover page's labels grouped where they follow each other with nothing between
        ("Beslutande Övriga närvarande Ersättare Tjänstemän Aino Berg (S) …": a table's
        column heads printed before its names)."""
        stacks: list[list[re.Match[str]]] = []
        for mt in labels:
            if stacks and not text[stacks[-1][-1].end() : mt.start()].strip(" \t\n:"):
                stacks[-1].append(mt)
            else:
                stacks.append([mt])
        return stacks

    def _cover_sections(
        self, text: str, stacks: list[list[re.Match[str]]]
    ) -> tuple[list[tuple[int, int]], list[Finding], list[Mention]]:
        """The spans read, the seats found and the people named in a cover page's sections,
        the first of ``stacks`` its deciding members' label (or the place and time, when the
        members' label is lost); none without a body. Where labels stand together before
        their names, or the names follow the place and time, the names with a party after them
        sit in the first of the labels giving seats ("Beslutande", "Ersättare"); the names
        after them (the staff, "Aino Berg, ekonom") hold none."""
        body = self._cover_body(text, stacks[0][0].start())
        if body is None:
            return [], [], []
        if body.name.isupper():
            # "VÅRD- OCH OMSORGSNÄMNDEN" over each page: the name as the page prints it elsewhere
            printed = next(
                (
                    mt.group()
                    for mt in re.finditer(re.escape(body.name), text, re.I)
                    if not mt.group().isupper()
                ),
                None,
            )
            if printed is not None:
                body = replace(body, name=printed)
        found: list[Finding] = []
        read: list[tuple[int, int]] = []
        named: list[Mention] = []
        columns: list[list[Finding]] = []
        had_members = False
        for k, stack in enumerate(stacks):
            mt = stack[-1]
            end = (
                stacks[k + 1][0].start() if k + 1 < len(stacks) else min(len(text), mt.end() + 600)
            )
            if k + 1 == len(stacks) and stack[0].group("members"):
                # the deciding members' column going on over a page break ("… Eva Ek (M) (S)
                # \n\n3 (40) *Bo Lind Aino Berg …"): the next page's run is the column's too
                line = text.find("\n", mt.end())
                turn = _COVER_NEXT_PAGE.match(text, line) if 0 <= line < end + 200 else None
                if turn is not None:
                    end = min(turn.end() + 600, end_at(text, turn.end()))
            kind = next(
                (g for m in stack for g in ("members", "deputies") if m.group(g)),
                "",
            )
            party = (len(stack) > 1 and kind != "") or (len(stack) == 1 and mt.group("place"))
            if kind == "members" and had_members:
                again = {
                    " ".join(sorted(p.name.casefold().split()))
                    for p in self._cover_people(text, mt.end(), end)
                }
                if not again or not again <= {self._cover_key(f) for f in found}:
                    break  # a second deciding section: another page's, not read
                # (the same people again: the cover repeated on a later page, read as read)
            if mt.group("deputies") and not party:
                # "Ersättare: Aino Ek (S), Bo Lind (M) samt sekreterare …": the staff after
                more = re.search(r"\bsamt\b|;", text[mt.end() : end])
                end = mt.end() + more.start() if more else end
            people = self._cover_people(text, mt.end(), end)
            seats_end = end
            if party:
                tagged, seats_end = self._cover_party_run(text, people, end)
                if not tagged and kind == "members":
                    # "Närvarande Övriga A, SN, ordförande B, FUB C, SRF D, handläggare": no
                    # parties; the members' column is the names with an organisation's or a
                    # committee's abbreviation after them, up to the first without one
                    tagged, seats_end = self._cover_party_run(text, people, end, _COVER_ABBR_TAG)
                    if len(tagged) < 3:
                        tagged, seats_end = [], end
                if not tagged and kind == "members":
                    # "Beslutande Övriga deltagande A B C, tjg ers D E": no parties; the
                    # deciding members' column ends with its serving deputies, listed last
                    tagged, seats_end = self._cover_serving_run(text, people, end)
                people = tagged
                if not kind:
                    after = stacks[k + 1] if k + 1 < len(stacks) else []
                    if len(people) < 3 or not any(m.group("deputies") for m in after):
                        # the place and time, and no column of names before deputies: a venue
                        # ("Konferensrum 105, Ale Kulturrum") names no one
                        read.append((stack[0].start(), end))
                        continue
                    kind = "members"  # the deciding members' label lost
            if not people:
                continue
            if (
                kind == "members"
                and not party
                and people[0].start > mt.end() + 1
                and not re.fullmatch(r"[A-ZÅÄÖ]{1,4}\s*|\s*\n\s*", text[mt.end() : people[0].start])
                and not self._appointed_for(text, mt.end(), people[0].start)
                and not _ALL_MEMBERS_BUT.fullmatch(text, mt.end(), people[0].start)
            ):
                return [], [], []  # "Beslutande vid mötet var …": prose, no cover's column
            if kind or stack[0].group().startswith(("Övriga", "Deltagande")) or party:
                read.append((stack[0].start(), end))  # (the signatures' names: read as they were)
                named += self._cover_people(text, mt.end(), end)
            # "Beslutande ledamöter Ej tjänstgörande ersättare …" printed before the names: the
            # deputies' column follows the members' in the same run
            # (the deputies' label right after the members': "Beslutande Övriga närvarande
            # Ersättare" prints the others' column between)
            column = (
                kind == "members"
                and bool(stack[0].group("members"))
                and len(stack) > 1
                and bool(stack[1].group("deputies"))
            )
            section = self._cover_section(text, kind, people, seats_end, body, column)
            if column and not any(f.role == "deputy_member" for f in section):
                columns.append(section)
            found += section
            named += people  # (as the section's column was cut into names)
            had_members = had_members or kind == "members"
        for section in columns:
            # "Ledamöter Tjänstgörande ersättare A (S) … K (C) L (S) M (M) Ersättare L (S) …":
            # the serving deputies listed after the members, the first of them listed again
            # among the deputies: that one and the names after are the serving deputies
            listed = {self._cover_key(f) for f in found if f.role == "deputy_member"}
            again = [k for k, f in enumerate(section) if self._cover_key(f) in listed]
            if again and again[0] >= 3 and len(section) - again[0] <= 4:
                for f in section[again[0] :]:
                    if f.role == "member":
                        f.role = "deputy_member"
            elif not again and (half := self._cover_halves(text, section)):
                # "Kallade ledamöter För kännedom A (M), ordförande B (S) … J (M) K (M) …": as
                # many deputies as members, the party order starting again with the deputies
                for f in section[half:]:
                    f.role = "deputy_member"
        return read, found, named

    @staticmethod
    def _cover_halves(text: str, section: list[Finding]) -> int:
        """Where the deputies begin in one run of a members' and a deputies' column with no
        mark between them: half way, when the run has an even number of six or more entries
        with a party each, the officers all in the first half, and the second half opening
        with the first one's party (both columns in the same party order); 0 when not."""
        n = len(section)
        if n < 6 or n % 2:
            return 0
        parties = [_COVER_PARTY.match(text, f.actor.end) for f in section]
        if not all(parties):
            return 0
        if any(f.role != "member" for f in section[n // 2 :]) or not any(
            f.role != "member" for f in section[: n // 2]
        ):
            return 0
        first, mid = parties[0], parties[n // 2]
        assert first is not None and mid is not None
        if first.group().strip().casefold() != mid.group().strip().casefold():
            return 0
        return n // 2

    def _appointed_for(self, text: str, start: int, end: int) -> bool:
        """Whether the words between ``start`` and ``end`` name the body that appointed the
        members after them ("Beslutande För Socialnämnden A (S) …"), no prose."""
        mt = re.fullmatch(r"\s*För\s+((?:[\w-]+\s+){0,3}[\w-]+)\s*", text[start:end])
        return mt is not None and self.lex.body_kind(mt.group(1).split()[-1].casefold()) is not None

    def _cover_party_run(
        self, text: str, people: list[Mention], end: int, tag: re.Pattern[str] = _COVER_PARTY
    ) -> tuple[list[Mention], int]:
        """The run of ``people`` with a party after each name ("Aino Berg (S) Bo Lind (M)"; or
        another ``tag``), from the first such, and where it ends: at the next name without
        one."""
        tagged = [bool(tag.match(text, p.end)) for p in people]
        if True not in tagged:
            return [], end
        first = tagged.index(True)
        last = first
        while last < len(people) and tagged[last]:
            last += 1
        return people[first:last], people[last].start if last < len(people) else end

    @staticmethod
    def _cover_serving_run(text: str, people: list[Mention], end: int) -> tuple[list[Mention], int]:
        """The run of ``people`` up to the last one tagged as a serving deputy ("Aino Berg Bo
        Lind, tjg ers Eva Ek"), and where it ends: at the next name; none without such a tag."""
        last = max(
            (k for k, p in enumerate(people) if _COVER_SERVING_TAG.match(text, p.end)), default=-1
        )
        if last < 1:
            return [], end
        run: list[Mention] = []
        for p in people[: last + 1]:
            words = list(re.finditer(r"\S+", text[p.start : p.end]))
            if len(words) not in (4, 6):
                run.append(p)
                continue
            # "Aino Berg Bo Lind": names of two words each with no separator in the column
            for a, b in zip(words[::2], words[1::2], strict=True):
                s, e = p.start + a.start(), p.start + b.end()
                run.append(
                    Mention(s, e, text[s:e], f"{a.group()} {b.group()}", "person", 0.6, "nom")
                )
        return run, people[last + 1].start if last + 1 < len(people) else end

    def _cover_section(
        self,
        text: str,
        kind: str,
        people: list[Mention],
        end: int,
        body: Mention,
        column: bool = False,
    ) -> list[Finding]:
        """The seats one section of a cover page gives its ``people`` (``kind`` "members",
        "deputies", or "" for the others present). With ``column`` the deputies' label stands
        after the members' before the names: the names after the last deputy who serves for a
        member ("A (S) ersätter B (S) C (M) D (L)") are the deputies' column."""
        found: list[Finding] = []

        def seat(person: Mention, role: str) -> None:
            found.append(
                Finding("membership", person, role, body, (person.start, person.end), 0.6,
                        "cover-page")
            )  # fmt: skip

        if kind == "members" and (labelled := self._cover_seat_labels(text, people, end)):
            for person, role in labelled:
                seat(person, role)
            return found
        labels = re.match(r"\s*(?:\([\w-]{1,6}\)\s*)?((?:[a-zåäö][\w-]*\s+)*[a-zåäö][\w-]*)",
                          text[people[-1].end : end])  # fmt: skip
        words = labels.group(1).split() if labels else []
        if kind == "" and len(people) > 1 and len(words) >= len(people):
            # "Aino Ek (S) Bo Lind (M) Eva Ek ersättare ersättare sekreterare": the labels of
            # a column detached after its names, one for each in order
            for person, said in zip(people, words, strict=False):
                if self.lex.role_of(said) == "deputy_member":
                    seat(person, "deputy_member")
            return found
        serving = None
        for k, person in enumerate(people):
            after = text[person.end : people[k + 1].start if k + 1 < len(people) else end]
            if kind in ("members", "deputies") and serving is not None:
                seat(person, "member")  # the member the deputy before serves for
                serving = None
                continue
            if kind == "members" and _COVER_NOT_SERVING_TAG.match(after):
                seat(person, "deputy_member")  # "Eva Ek, ej tjänstgörande ersättare"
                continue
            if kind == "members" and _COVER_SERVING_TAG.match(after):
                seat(person, "deputy_member")  # "Eva Ek, tjg ers": serving in a member's seat
                continue
            if kind in ("members", "deputies") and _COVER_SERVES_FOR.search(after):
                if k + 1 < len(people):
                    seat(person, "deputy_member")
                    serving = person
                continue
            if kind == "members":
                role = next(
                    (
                        r
                        for part in re.split(r"[,;()]", after)
                        # ", ordförande S Bo Lind": the next name's party letters after
                        if (r := self.lex.role_of(re.sub(r"\s+[A-ZÅÄÖ]{1,4}$", "", part.strip())))
                        in ("chair", "vice_chair", "member", "deputy_member")
                    ),
                    "member",
                )
                seat(person, role)
            elif kind == "deputies" or _COVER_DEPUTY_TAG.match(after):
                seat(person, "deputy_member")
        pairs = [k for k, f in enumerate(found) if f.role == "deputy_member"]
        if column and kind == "members" and pairs and pairs[-1] + 1 < len(found):
            for f in found[pairs[-1] + 2 :]:
                if f.role == "member":
                    f.role = "deputy_member"
        elif column and kind == "members" and not pairs and len(found) == len(people) > 4:
            # "A (S) ordförande, B (MP), C (S), D (KD) E (S), F (M)": in a run set apart by
            # commas, the first gap without one is where the deputies' column begins
            gaps = [
                "," in text[people[k].end : people[k + 1].start] for k in range(len(people) - 1)
            ]
            if gaps.count(False) == 1 and gaps.index(False) >= 2 and gaps[0]:
                for f in found[gaps.index(False) + 1 :]:
                    if f.role == "member":
                        f.role = "deputy_member"
        return found

    def _cover_seat_labels(
        self, text: str, people: list[Mention], end: int
    ) -> list[tuple[Mention, str]]:
        """The seats of a column of "Name (party)" entries whose labels are printed after the
        last of them, one for each in the same order, with nothing else up to ``end`` ("A (S)
        B (M) C (S) Ordförande vice ordförande ersättare för D"): each entry's role as its
        label says it, a deputy serving for a member named in the label, and that member a
        member too; none when the labels do not match the entries one for one."""
        run, _ = self._cover_party_run(text, people, end)
        if len(run) < 3 or run != people[: len(run)]:
            return []
        at = _COVER_PARTY.match(text, run[-1].end)
        if at is None:
            return []
        pos, labels = at.end(), []
        while (mt := _COVER_SEAT_LABEL.match(text, pos, end)) is not None:
            labels.append(mt)
            pos = mt.end()
        if len(labels) != len(run) or text[pos:end].strip(" \t\n,.:"):
            return []
        if not any(mt.group("role") and self.lex.role_of(mt.group("role")) == "chair"
                   for mt in labels):  # fmt: skip
            return []  # (a run of bare "ledamot" words: no column of seats shown)
        seats: list[tuple[Mention, str]] = []
        for person, mt in zip(run, labels, strict=True):
            if mt.group("serves"):
                seats.append((person, "deputy_member"))
                a, b = mt.span("serves")
                served = next(
                    (p for p in people[len(run) :] if a <= p.start < b),
                    Mention(a, b, text[a:b], " ".join(text[a:b].split()), "person", 0.6, "nom"),
                )
                seats.append((served, "member"))
            else:
                seats.append((person, self.lex.role_of(mt.group("role")) or "member"))
        return seats

    def _cover_people(self, text: str, start: int, end: int) -> list[Mention]:
        """The persons named in one section of a cover page, in order: runs of capitalised
        words set apart by parties in parentheses, organisations in capitals, bodies' names,
        offices and punctuation ("Aino Berg PRO, Ordförande Bo Lind Omsorgsnämnden"); a run of
        four or six words with no separator two names of two words each."""
        toks = tokens(text, start, end)
        spans = [(b.start, b.end) for b in self.reader.bodies(toks)]

        def name_word(t: Token) -> bool:
            return (
                t.is_word
                and t.is_cap
                and not (len(t.text) > 1 and t.text.isupper())
                and not any(a <= t.start < b for a, b in spans)
                and self.lex.role_of(t.text) is None
            )

        def party_letter(k: int) -> bool:
            # "… Höglund L Rolf Hallberg", "ordförande S Aino Berg": a party's letter before a
            # first name, or opening a run; "Lena O Jenemark": an initial
            return (
                len(toks[k].text) == 1
                and toks[k].text.isupper()
                and k + 1 < len(toks)
                and name_word(toks[k + 1])
                and (
                    k == 0
                    or not name_word(toks[k - 1])
                    or m.FIRST_NAME in self.reader.word_classes(toks[k + 1].text)
                )
            )

        skip = {k for k in range(len(toks)) if party_letter(k)}

        people: list[Mention] = []
        i = 0
        while i < len(toks):
            if not name_word(toks[i]) or i in skip:
                i += 1
                continue
            j = i + 1
            while (
                j < len(toks)
                and name_word(toks[j])
                and j not in skip
                and toks[j].start - toks[j - 1].end <= 1
            ):
                j += 1
            run = toks[i:j]
            # (also a longer even run, "A B C D E F G H": four names or more run together)
            even = len(run) >= 4 and len(run) % 2 == 0
            pairs = self._name_pairs(run) if even else []
            if not pairs and even:
                # names of two words with no separator, whatever first names are known
                pairs = [
                    Mention(a.start, b.end, text[a.start : b.end], f"{a.text} {b.text}",
                            "person", 0.6, "nom")
                    for a, b in zip(run[::2], run[1::2], strict=True)
                ]  # fmt: skip
            if pairs:
                people += pairs
            elif (
                len(run) == 2
                and run[0].text.casefold() in _SV_MONTHS
                and _COVER_PARTY.match(text, run[1].end)
                and self.reader.person_at(run, 0, in_list=True) is None
            ):
                # "Maj Holmström (M)": a month's name is written in lower case, so one in
                # capitals before a surname and a party is a first name
                a, b = run
                people.append(
                    Mention(a.start, b.end, text[a.start : b.end], f"{a.text} {b.text}",
                            "person", 0.6, "nom")
                )  # fmt: skip
            elif len(run) >= 5 and len(run) % 2 and (split := self._cover_split(text, run)):
                people += split
            else:
                k = 0
                while k < len(run):
                    person = self.reader.person_at(run, k, in_list=True)
                    if person is None:
                        k += 1
                        continue
                    people.append(person)
                    while k < len(run) and run[k].start < person.end:
                        k += 1
            i = j
        return people

    def _cover_split(self, text: str, run: list[Token]) -> list[Mention]:
        """An odd run of five or more capitalised words with nothing between them in a Swedish
        cover's column ("Aino Berg Eva Lind Holm Sven-Erik Nilsson"), cut into names of two or
        three words, the cut that reads best: a name opens with a known first name, a
        hyphenated one ("Sven-Erik") or one ending in -a ("Eva"), and ends with a surname's
        ending ("-sson", "-berg", "-ström"); such a surname opening a name, a first name
        inside one and a name of three words count against the cut. None for a Finnish
        text, nor unless the words are one space apart."""
        if self.reader.finnish or any(b.start - a.end != 1 for a, b in itertools.pairwise(run)):
            return []
        words = [t.text for t in run]

        def first(w: str) -> float:
            score = 0.0
            if m.FIRST_NAME in self.reader.word_classes(w):
                score += 2
            if re.fullmatch(r"[A-ZÅÄÖ][a-zåäöé]+-[A-ZÅÄÖ][a-zåäöé]+", w):
                score += 1
            if len(w) > 3 and w.endswith("a"):
                score += 1
            if _SV_SURNAME_END.search(w):
                score -= 3
            return score

        def inner(w: str) -> float:
            score = 0.0
            if self.reader.word_classes(w) == {m.FIRST_NAME}:
                score -= 2
            if "-" in w:
                score -= 1.5
            if len(w) > 3 and w.endswith("a"):
                score -= 1
            return score

        def name(a: int, b: int) -> float:
            score = first(words[a]) + sum(inner(w) for w in words[a + 1 : b])
            if _SV_SURNAME_END.search(words[b - 1]):
                score += 1
            return score - (1.5 if b - a == 3 else 0)

        n = len(words)
        best: list[tuple[float, list[int]] | None] = [None] * (n + 1)
        best[0] = (0.0, [])
        for b in range(2, n + 1):
            options = [
                (prev[0] + name(b - size, b), [*prev[1], b - size])
                for size in (2, 3)
                if b - size >= 0 and (prev := best[b - size]) is not None
            ]
            best[b] = max(options, key=lambda o: o[0]) if options else None
        done = best[n]
        if done is None:
            return []
        cuts = [*done[1], n]
        names = [words[a:b] for a, b in itertools.pairwise(cuts)]
        if any(inner(w) < 0 for name_ in names for w in name_[1:]):
            return []  # "Erik Lund Maria Olof Strand": which words make which name not shown
        shown = [
            bool(_SV_SURNAME_END.search(a[-1])) or first(b[0]) > 0
            for a, b in itertools.pairwise(names)
        ]
        if shown.count(False) > (len(names) - 1) // 4:
            return []  # most cuts between names must be shown by a surname or a first name
        out: list[Mention] = []
        for a, b in itertools.pairwise(cuts):
            s, e = run[a].start, run[b - 1].end
            out.append(Mention(s, e, text[s:e], " ".join(words[a:b]), "person", 0.6, "nom"))
        return out

    def _cover_body(self, text: str, at: int) -> Mention | None:
        """The body whose minutes a cover page at ``at`` opens: the one a "Forum" / "Organ"
        label names, else the one named on the cover's line before ``at``, in the page's first
        lines, or as the owner of the minutes' decisions ("Kultur- och fritidsutskottets
        beslut"); None when none is."""
        labelled = self._minutes_body(text)
        if labelled is not None:
            return labelled
        line = text.rfind("\n", 0, at) + 1
        windows = [(line, at), (0, min(len(text), 300))]
        if (shown := _TRANSCRIPT.search(text, 0, 600)) is not None:
            # "Download "…" / Transkript": a rehosted document's text begins after the host's
            # header; its first lines are those after it
            windows.append((shown.end(), min(len(text), shown.end() + 300)))
        for a, b in windows:
            for x in self.reader.bodies(tokens(text, a, b)):
                if not x.plural and x.case in ("", "nom", "gen"):
                    return replace(x, name=x.name[:1].upper() + x.name[1:])
        for mt in _OWNERS_DOCUMENT.finditer(text):
            s = max(text.rfind("\n", 0, mt.start()), mt.start() - 80)
            for x in self.reader.bodies(tokens(text, s, mt.start() + 1)):
                if x.end == mt.start() + 1 and not x.plural:
                    name = x.name[:-1] if x.name == x.written else x.name
                    words = name.split()
                    # "nämnden för arbete och välfärds protokoll": the head word first
                    head = words[0] if len(words) > 2 and words[1] == "för" else words[-1]
                    if self.lex.body_kind(head.casefold()) is not None:
                        return replace(x, name=name[:1].upper() + name[1:])
        return self._certificate_body(text) or self._diary_body(text)

    def _diary_body(self, text: str) -> Mention | None:
        """The committee whose abbreviation the minutes' diary numbers are prefixed with ("BUN
        2018/41", "Dnr SBN 2020/123", "14KFN"), for minutes that name their body in no words:
        the abbreviation most of the numbers have (none on a tie between two committees, nor
        for an abbreviation the lexicon does not know)."""
        known = dict(self.lex.diary_bodies)
        if not known:
            return None
        seen: dict[str, list[re.Match[str]]] = {}
        for mt in _DIARY_NUMBER.finditer(text):
            abbr = mt.group("abbr") or mt.group("glued")
            if abbr in known:
                seen.setdefault(abbr, []).append(mt)
        if not seen:
            return None
        counts = sorted((len(v) for v in seen.values()), reverse=True)
        if len(counts) > 1 and counts[0] == counts[1]:
            return None
        abbr, found = max(seen.items(), key=lambda kv: len(kv[1]))
        name = known[abbr]
        a, b = found[0].span("abbr") if found[0].group("abbr") else found[0].span("glued")
        kind = self.lex.body_kind(name.split()[-1].casefold()) or "body"
        return Mention(a, b, abbr, name, kind, 0.6)

    def _certificate_body(self, text: str) -> Mention | None:
        """The body a minutes' certificate of posting names after its "Beslutsinstans" /
        "Beslutande organ" label: right after it, or, where the certificate's labels are
        printed before their values ("Beslutsinstans Sammanträdesdatum Förvaringsplats för
        protokollet … Omsorg och Vård Underskrift"), the first value after them. A name
        without a body's head word ("Omsorg och Vård") is taken when its words are
        capitalised and nothing but a label or the text's end follows it."""
        for mt in _CERT_BODY.finditer(text):
            at = mt.end()
            while skip := _CERT_SKIP.match(text, at):
                at = skip.end()
            value = _CERT_VALUE.match(text, at)
            if value is None:
                continue
            words = value.group().split()
            stop = next((k for k, w in enumerate(words) if _CERT_END.fullmatch(w)), len(words))
            while stop and words[stop - 1] in ("och", "för", "i", "med"):
                stop -= 1
            words = words[:stop]
            if not words:
                continue
            name = " ".join(words)
            kind = self.lex.body_kind(words[-1].casefold())
            if kind is None and len(words) > 2 and words[1] in ("för", "i"):
                kind = self.lex.body_kind(words[0].casefold())  # "Nämnden för …"
            if kind is None:
                rest = text[at + len(name) :].lstrip(" \t,")
                if not all(
                    w[:1].isupper() or w in ("och", "för", "i", "med") for w in words
                ) or not (rest == "" or _CERT_END.match(rest)):
                    continue
                kind = "board"
            if text[at : at + len(name)] != name:
                continue
            return Mention(at, at + len(name), name, name, kind, 0.6)
        return None

    def _minutes(self, text: str) -> list[Finding]:
        """Minutes flattened to run-on lines: "Beslutande: Name (party) Name (party), ersättare
        för Name (party) Övriga deltagande …" gives the deciding members of the minutes' body
        (a substitute the deputy of the member named after "ersättare för", who holds the
        seat), and the signature block "Sekreterare... Name Ordförande... Name" its secretary
        and chair. Nothing when the text names no body after "Forum" / "Organ"."""
        present = _MINUTES_PRESENT.search(text)
        if present is None:
            return []
        body = self._minutes_body(text)
        if body is None:
            return []
        stop = _MINUTES_STOP.search(text, present.end())
        end = stop.start() if stop is not None else min(len(text), present.end() + 600)
        quote = (present.start(), end)
        if _DEPUTY_COLUMN.match(text, present.end()):
            columns = self._two_columns(text, present.end(), end, body)
            if columns:
                return columns
        found: list[Finding] = []
        people: list[tuple[Mention, bool]] = []  # (person, named after "ersättare för")
        offices: dict[int, str] = {}  # "A (M), ordförande": the office after the party
        pos = present.end()
        for mt in _NAME_PARTY.finditer(text, present.end(), end):
            person = self.reader.person_at(tokens(text, mt.start(1), mt.end(1)), 0, in_list=True)
            if person is None or person.end != mt.end(1):
                pos = mt.end()
                continue
            people.append((person, bool(_SUBSTITUTE.search(text, pos, mt.start()))))
            if (said := _OFFICE_AFTER_PARTY.match(text, mt.end())) is not None:
                offices[person.start] = self.lex.role_of(said.group(1)) or ""
            pos = mt.end()
        for k, (person, absent) in enumerate(people):
            if absent and k > 0:
                deputy = people[k - 1][0]
                found = [f for f in found if f.actor is not deputy]
                found.append(
                    Finding(
                        "membership", deputy, "deputy_member", body, quote, 0.7, "minutes",
                        deputy_for=person,
                    )
                )  # fmt: skip
            role = offices.get(person.start, "")
            role = role if role in ("chair", "vice_chair") else "member"
            found.append(Finding("membership", person, role, body, quote, 0.7, "minutes"))
        for mt in _SIGNATURE.finditer(text):
            role = self.lex.role_of(mt.group(1))
            person = self.reader.person_at(tokens(text, mt.start(2), mt.end(2)), 0, in_list=True)
            if role in ("chair", "secretary") and person is not None:
                found.append(
                    Finding(
                        "membership", person, role, body, (mt.start(), mt.end()), 0.7, "minutes"
                    )
                )
        return found

    def _two_columns(self, text: str, start: int, end: int, body: Mention) -> list[Finding]:
        """ "Beslutande Ej tjänstgörande ersättare …": the two columns' headings, then the
        columns one after the other, each a run of entries "Name (Party)[, post]", "Name,
        Organisation" or "- (Party)" / "- Organisation" (a seat nobody took). The deputies'
        column begins where the run of parties and organisations begins again; its people are
        deputies, the first column's members (a post after the name theirs). Nothing when the
        run does not begin again."""
        entries: list[tuple[Mention | None, str, str]] = []  # (person, affiliation, post)
        pos = start
        for mt in _COLUMN_ENTRY.finditer(text, start, end):
            ns, ne = mt.start(), mt.end("name")
            if mt.group("name") is not None:
                words = list(re.finditer(r"\S+", mt.group("name")))
                before = text[pos : mt.start()].split()
                if len(words) == 3 and before and before[-1].isupper():
                    # "SPF Röstånga Göte Hilding,": the place is the organisation's
                    ns = mt.start("name") + words[1].start()
            if text[pos:ns].strip() and entries:
                # the words between two entries: the last one's organisation
                person, affiliation, post = entries[-1]
                if not affiliation:
                    entries[-1] = (person, " ".join(text[pos:ns].split()), post)
            pos = mt.end()
            if mt.group("empty") is not None:
                entries.append((None, " ".join(mt.group("empty").split()), ""))
                continue
            ns = max(ns, mt.start("name"))
            if (
                entries
                and entries[-1][0] is None
                and len(seat := entries[-1][1].split()) == 2
                and seat[0].isupper()
                and m.FIRST_NAME in self.reader.word_classes(seat[1])
                and text[: mt.start()].rstrip().endswith(seat[1])
            ):
                # "- FUB Nils Alvar Eksten,": the first name is the next person's, not the
                # empty seat's organisation's
                ns = len(text[: mt.start()].rstrip()) - len(seat[1])
                entries[-1] = (None, seat[0], "")
            person = self.reader.person_at(tokens(text, ns, ne), 0, in_list=True)
            if person is not None and person.end != ne:
                person = None  # not a name as a whole: its seat still counts in the column
            entries.append((person, mt.group("party") or "", (mt.group("post") or "").strip()))
        if entries and text[pos:end].strip():
            person, affiliation, post = entries[-1]
            if not affiliation:
                entries[-1] = (person, " ".join(text[pos:end].split()), post)
        affiliations = [a.strip("()").casefold() for _p, a, _r in entries]
        split = next(
            (
                k
                for k in range(3, len(entries) - 2)
                if affiliations[k : k + 3] == affiliations[:3] and all(affiliations[:3])
            ),
            None,
        )
        if split is None:
            return []
        found: list[Finding] = []
        for k, (person, _a, post) in enumerate(entries):
            if person is None:
                continue
            role = "deputy_member" if k >= split else (self.lex.role_of(post) or "member")
            if role not in ("chair", "vice_chair", "secretary", "member", "deputy_member"):
                role = "member"
            found.append(
                Finding("membership", person, role, body, (person.start, person.end), 0.6,
                        "minutes-columns")
            )  # fmt: skip
        return found

    def _signed_names_then_titles(self, text: str, out: Walk) -> None:
        """ "Allekirjoitus Aino Ek Puheenjohtaja Bo Lind Pöytäkirjanpitäjä": minutes' signatures
        flattened, each title under its name; the chair's title is the name's before it, never
        the next name's. The seat is in the body the title was read in for the next name, else
        in the one whose minutes the page's head names; none without either."""
        for mt in _SIGNED_THEN_TITLES.finditer(text):
            first, second = mt.start("first"), mt.start("second")
            # (the body the chair's title was read in for the next name, else the head's)
            given = [
                f.target
                for f in out.findings
                if f.kind == "membership" and f.actor.start == second and f.role == "chair"
            ]
            body = given[0] if given and given[0] is not None else self._minutes_head_body(text)
            if body is None:
                continue
            out.findings = [
                f
                for f in out.findings
                if f.kind != "membership"
                or not (f.actor.start == first or (f.actor.start == second and f.role == "chair"))
            ]
            s0, e0 = mt.span("first")
            person = Mention(s0, e0, text[s0:e0], " ".join(text[s0:e0].split()), "person", 0.7)
            out.findings.append(
                Finding("membership", person, "chair", body, mt.span(), 0.7, "signed-then-title")
            )

    def _adjusters_deputy(self, text: str, out: Walk) -> None:
        """ "Utses att justera Justerare Ersättare Jens Ek": the deputy of the minutes'
        adjusters, a task at the meeting, is no deputy's seat in any body."""
        out.findings = [
            f
            for f in out.findings
            if not (
                f.kind == "membership"
                and f.role == "deputy_member"
                and _ADJUSTERS_DEPUTY.search(text, max(0, f.actor.start - 40), f.actor.start)
            )
        ]

    def _one_person_with_and_without_initial(self, out: Walk) -> None:
        """ "Karolina H Wessman" in the members' list and "Karolina Wessman" signing the
        minutes: one person, with the same seat read twice; the name without the initial
        gives way."""
        full = {}
        for f in out.findings:
            if f.kind == "membership" and f.target is not None:
                words = f.actor.name.split()
                bare = tuple(w for w in words if len(w.rstrip(".")) > 1)
                if len(bare) < len(words):
                    full[(bare, f.role, f.target.name.casefold())] = f
        if not full:
            return
        out.findings = [
            f
            for f in out.findings
            if not (
                f.kind == "membership"
                and f.target is not None
                and (tuple(f.actor.name.split()), f.role, f.target.name.casefold()) in full
            )
        ]

    @staticmethod
    def _one_person_with_and_without_hyphen(out: Walk) -> None:
        """ "Bo Berg-Lind (M)" among the deciding members and "ersätter Bo Berg Lind (M)"
        further on: one person, with the same seat read twice; the name without the hyphen
        gives way."""
        hyphened = {
            (f.actor.name.replace("-", " "), f.role, f.target.name.casefold())
            for f in out.findings
            if f.kind == "membership" and f.target is not None and "-" in f.actor.name
        }
        if not hyphened:
            return
        out.findings = [
            f
            for f in out.findings
            if not (
                f.kind == "membership"
                and f.target is not None
                and "-" not in f.actor.name
                and (f.actor.name, f.role, f.target.name.casefold()) in hyphened
            )
        ]

    @staticmethod
    def _title_of_honour_left_out(out: Walk) -> None:
        """ "Dame Amelia Fawcett", "Sir Bo Lind": a title of honour before a person's first
        and last name is no part of the name."""
        for f in out.findings:
            a = f.actor
            if a.kind != "person" or len(a.written.split()) < 3:
                continue
            mt = _TITLE_OF_HONOUR.match(a.written)
            if mt is None or not a.name.startswith(mt.group(1)):
                continue
            f.actor = replace(
                a,
                start=a.start + mt.end(),
                written=a.written[mt.end() :],
                name=a.name[len(mt.group(1)) :].lstrip(),
            )

    def _chair_by_office(self, text: str, out: Walk) -> None:
        """ "… förslag från landshövdingen, som är ordförande i insynsrådet" and, in the list
        of the council's members, "Carl Ek, landshövding Östergötland": the text says the
        holder of an office chairs the body; the one member listed with that office as the
        title after the name is the body's chair."""
        if self.lex.lang != "sv":
            return
        for mt in _OFFICE_CHAIRS.finditer(text):
            office = mt.group("office").casefold()
            if not self.lex.is_occupation(office):
                continue
            stem = re.sub(r"(?:et|en|n)$", "", mt.group("body").casefold())
            titled = [
                f
                for f in out.findings
                if f.kind == "membership"
                and f.role == "member"
                and not f.status
                and f.actor.kind == "person"
                and f.target is not None
                and f.target.name.casefold().startswith(stem)
                and f.quote[0] <= f.actor.start
                and re.match(
                    rf",[ \t]*{re.escape(office)}(?![\w-])", text[f.actor.end : f.quote[1]], re.I
                )
            ]
            if len(titled) == 1:
                titled[0].role = "chair"

    @staticmethod
    def _signatures_under_dateline(text: str, out: Walk) -> None:
        """ "Testby: 9/3 -10." / "Eva Lind, sekr." / "Justeras:" / "Karl Sund": in minutes, a
        line of a place and a date, then only short lines of names (an office's abbreviation
        after a name, a label ending in a colon) to the text's end: the signatures of the
        minutes, no seats (nor a guess)."""
        if not _MINUTES_TEXT.search(text):
            return
        lines = list(_DATELINE.finditer(text))
        if not lines:
            return
        mt = lines[-1]
        rest = [ln.strip() for ln in text[mt.end() :].splitlines() if ln.strip()]
        if not rest or len(rest) > 8 or not all(_SIGNATURE_LINE.fullmatch(ln) for ln in rest):
            return
        at = mt.end()
        out.findings = [
            f
            for f in out.findings
            # (a signature's own reading, "minutes-signature", is kept)
            if f.kind != "membership" or f.actor.start < at or f.rule.startswith("minutes-")
        ]
        out.no_seat.append((at, len(text)))

    def _signatures(self, text: str, out: Walk) -> None:
        """Minutes' signatures flattened ("ALLEKIRJOITUKSET Esa Ek Puheenjohtaja Eva Salo
        Pöytäkirjanpitäjä"): each role is the name's before it, never the next one's. The
        chair who signs holds the chair of the one body the attendance gave that person a
        seat in; the sentences' reading of the signatures is dropped."""
        for mt in _SIGNATURES.finditer(text):
            pos = mt.end()
            chairs: list[tuple[str, tuple[int, int]]] = []
            while (signed := _SIGNED.match(text, pos)) is not None:
                role = self.lex.role_of(signed.group("role"))
                if role is None:
                    break
                if role == "chair":
                    who = " ".join(sorted(signed.group("name").casefold().split()))
                    chairs.append((who, (signed.start(), signed.end("role"))))
                pos = signed.end()
            if pos == mt.end():
                continue
            until = pos + 40
            kept = [
                f
                for f in out.findings
                if f.kind != "membership"
                or f.rule.startswith("minutes-")
                or not mt.end() <= f.actor.start < until
            ]
            for name, quote in chairs:
                seats = [
                    f
                    for f in kept
                    if f.kind == "membership"
                    and f.rule.startswith("minutes-")
                    and f.target is not None
                    and " ".join(sorted(f.actor.name.casefold().split())) == name
                ]
                if len({f.target.name.casefold() for f in seats if f.target is not None}) == 1:
                    kept.append(
                        replace(seats[0], role="chair", quote=quote, rule="minutes-signature")
                    )
            out.findings = kept
