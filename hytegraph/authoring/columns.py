"""The workbook's sheets and columns: a public contract (``docs/authoring.md``).

Each column has a canonical English id (what the first header row holds and what import reads
first), a title in Finnish, Swedish and English (the template's second header row; import accepts
a title in place of the id) and a note (the template's cell comment). Columns marked
``required`` must be filled on every row that needs them (see the notes).
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Column:
    id: str
    fi: str
    sv: str
    en: str
    note_fi: str
    note_en: str
    required: bool = False

    def title(self, lang: str) -> str:
        return {"fi": self.fi, "sv": self.sv, "en": self.en}[lang]

    def note(self, lang: str) -> str:
        return self.note_en if lang == "en" else self.note_fi if lang == "fi" else self.note_en


def _c(id: str, fi: str, sv: str, en: str, note_fi: str, note_en: str, required: bool = False):
    return Column(id, fi, sv, en, note_fi, note_en, required)


_EVIDENCE = (
    _c(
        "source",
        "lähde",
        "källa",
        "source",
        "Lähteen tunnus sources-välilehdeltä (tai graafissa jo oleva lähde).",
        "The id of a source on the sources sheet (or a source the graph already has).",
    ),
    _c(
        "item",
        "kohta",
        "punkt",
        "item",
        "Lähteen numeroidun kohdan numero (items-välilehti); tyhjä, jos lähteessä ei ole kohtia.",
        "The number of the source's item (items sheet); empty when the source has no numbered "
        "items.",
    ),
    _c(
        "respondent",
        "vastaaja",
        "svarande",
        "respondent",
        "Toimija, jonka vastauksesta lainaus on (lähteen ”Vastaaja”), jos lähde kertoo.",
        "The actor whose answer the quote comes from (the source's “Vastaaja”), if the source "
        "says.",
    ),
    _c(
        "quote",
        "lainaus",
        "citat",
        "quote",
        "Sanatarkka lainaus lähteen tekstistä (vain välilyönnit saavat erota), joka toteaa tiedon.",
        "A verbatim quote from the source text (only whitespace may differ) that states the fact.",
    ),
    _c(
        "evidence",
        "näytön tunnus",
        "beläggets id",
        "evidence id",
        "Vapaaehtoinen: lainauksen tunnus, jos sama lainaus halutaan nimetä (export täyttää).",
        "Optional: an id for the quote, to name it (export fills it).",
    ),
)

_LANGUAGE_TEXT = (
    _c(
        "topic_fi",
        "aihe (fi)",
        "ämne (fi)",
        "topic (fi)",
        "Aihe tai tarkoitus lähteen sanoin, suomeksi.",
        "The topic or purpose, in Finnish.",
    ),
    _c(
        "topic_sv",
        "aihe (sv)",
        "ämne (sv)",
        "topic (sv)",
        "Aihe ruotsiksi.",
        "The topic in Swedish.",
    ),
    _c(
        "topic_en",
        "aihe (en)",
        "ämne (en)",
        "topic (en)",
        "Aihe englanniksi.",
        "The topic in English.",
    ),
    _c(
        "note_fi",
        "huomautus (fi)",
        "anmärkning (fi)",
        "note (fi)",
        "Huomautus lukijalle, suomeksi (esim. miksi tieto on kirjattu näin).",
        "A note for the reader, in Finnish (e.g. why the fact is recorded so).",
    ),
    _c(
        "note_sv",
        "huomautus (sv)",
        "anmärkning (sv)",
        "note (sv)",
        "Huomautus ruotsiksi.",
        "The note in Swedish.",
    ),
    _c(
        "note_en",
        "huomautus (en)",
        "anmärkning (en)",
        "note (en)",
        "Huomautus englanniksi.",
        "The note in English.",
    ),
)

_CONFIDENCE = _c(
    "confidence",
    "varmuus",
    "säkerhet",
    "confidence",
    "Kuinka varma hytegraph extract on ehdotuksesta (0–1); import ei käytä tätä.",  # noqa: RUF001
    "How sure hytegraph extract is of the proposal (0–1); import ignores it.",  # noqa: RUF001
)

SHEETS: dict[str, tuple[Column, ...]] = {
    "sources": (
        _c(
            "id",
            "tunnus",
            "id",
            "id",
            "Lähteen lyhyt tunnus, esim. kauniainen-hyte-ohjausryhma (tulee osaksi IRI:tä).",
            "A short id for the source, e.g. kauniainen-hyte-ohjausryhma (becomes part of its "
            "IRI).",
            True,
        ),
        _c(
            "title",
            "otsikko",
            "titel",
            "title",
            "Asiakirjan otsikko lähteen kielellä.",
            "The document's title in its own language.",
            True,
        ),
        _c(
            "publisher",
            "julkaisija",
            "utgivare",
            "publisher",
            "Julkaisija: entities-välilehden tunnus tai graafissa jo olevan toimijan nimi.",
            "The publisher: an id of the entities sheet or the name of an entity the graph has.",
            True,
        ),
        _c(
            "date",
            "päiväys",
            "datum",
            "date",
            "Julkaisupäivä, -kuukausi tai -vuosi (13.3.2024, 2024-03, 2024); tyhjä, jos ei "
            "kerrota.",
            "The date, month or year of issue (13.3.2024, 2024-03, 2024); empty if not stated.",
        ),
        _c(
            "url",
            "osoite",
            "adress",
            "url",
            "Verkko-osoite, josta teksti on.",
            "The web address the text comes from.",
        ),
        _c(
            "file",
            "tekstitiedosto",
            "textfil",
            "text file",
            "Lähteen sanatarkka teksti UTF-8-tekstitiedostona, polku suhteessa työkirjaan.",
            "The source's verbatim text as a UTF-8 text file, relative to the workbook.",
            True,
        ),
        _c(
            "language",
            "kieli",
            "språk",
            "language",
            "Lähteen kieli: fi, sv tai en.",
            "The source's language: fi, sv or en.",
            True,
        ),
        _c(
            "name_fi",
            "nimi (fi)",
            "namn (fi)",
            "name (fi)",
            "Lähteen nimi suomeksi, jos otsikko on toisella kielellä.",
            "The source's name in Finnish, if the title is in another language.",
        ),
        _c(
            "name_sv",
            "nimi (sv)",
            "namn (sv)",
            "name (sv)",
            "Lähteen nimi ruotsiksi.",
            "The source's name in Swedish.",
        ),
        _c(
            "name_en",
            "nimi (en)",
            "namn (en)",
            "name (en)",
            "Lähteen nimi englanniksi.",
            "The source's name in English.",
        ),
        _c(
            "short_title_fi",
            "lyhyt nimi (fi)",
            "kort namn (fi)",
            "short title (fi)",
            "Lyhyt nimi, jolla hakujen taulukot nimeävät lähteen (esim. Espoon vastaukset 2023).",
            "A short name tables use for the source (e.g. Espoon vastaukset 2023).",
        ),
        _c(
            "short_title_sv",
            "lyhyt nimi (sv)",
            "kort namn (sv)",
            "short title (sv)",
            "Lyhyt nimi ruotsiksi.",
            "The short name in Swedish.",
        ),
        _c(
            "short_title_en",
            "lyhyt nimi (en)",
            "kort namn (en)",
            "short title (en)",
            "Lyhyt nimi englanniksi.",
            "The short name in English.",
        ),
        _c(
            "rights_holder",
            "oikeuksien haltija",
            "rättighetsinnehavare",
            "rights holder",
            "Tekijänoikeuksien haltija (entities-tunnus tai nimi).",
            "Who holds the rights (an entities id or a name).",
        ),
    ),
    "items": (
        _c("source", "lähde", "källa", "source", "Lähteen tunnus.", "The source's id.", True),
        _c(
            "number",
            "numero",
            "nummer",
            "number",
            "Kohdan numero lähteessä.",
            "The item's number in the source.",
            True,
        ),
        _c(
            "name_fi",
            "nimi (fi)",
            "namn (fi)",
            "name (fi)",
            "Kohdan otsikko suomeksi.",
            "The item's heading in Finnish.",
        ),
        _c(
            "name_sv",
            "nimi (sv)",
            "namn (sv)",
            "name (sv)",
            "Kohdan otsikko ruotsiksi.",
            "The item's heading in Swedish.",
        ),
        _c(
            "name_en",
            "nimi (en)",
            "namn (en)",
            "name (en)",
            "Kohdan otsikko englanniksi.",
            "The item's heading in English.",
        ),
        _c(
            "description",
            "kuvaus",
            "beskrivning",
            "description",
            "Kohdan teksti tai kuvaus lähteen kielellä.",
            "The item's text or description in the source's language.",
        ),
    ),
    "entities": (
        _c(
            "id",
            "tunnus",
            "id",
            "id",
            "Lyhyt tunnus, jolla tiedot-välilehti viittaa toimijaan (esim. kauniainen).",
            "A short id the facts sheet uses for the entity (e.g. kauniainen).",
            True,
        ),
        _c(
            "kind",
            "laji",
            "typ",
            "kind",
            "Toimijan laji alasvetovalikosta (esim. kunta, ohjausryhmä, henkilö, järjestö).",
            "The kind of entity, from the drop-down (e.g. municipality, steering_group).",
            True,
        ),
        _c(
            "name_fi",
            "nimi (fi)",
            "namn (fi)",
            "name (fi)",
            "Nimi suomeksi perusmuodossa, kuten lähde sen kirjoittaa.",
            "The name in Finnish, in its basic form, as the source writes it.",
            True,
        ),
        _c(
            "name_sv",
            "nimi (sv)",
            "namn (sv)",
            "name (sv)",
            "Virallinen ruotsinkielinen nimi, jos sellainen on.",
            "The official Swedish name, where one exists.",
        ),
        _c(
            "name_en",
            "nimi (en)",
            "namn (en)",
            "name (en)",
            "Nimi englanniksi (tarvitaan toimielimille ja organisaatioille).",
            "The name in English (needed for bodies and organisations).",
        ),
        _c(
            "other_names",
            "muut nimet",
            "andra namn",
            "other names",
            "Muut lähteen antamat nimet | -merkillä erotettuina; kieli perään, esim. Grankulla@sv.",
            "Other names the source gives, separated by |; a language after @, e.g. Grankulla@sv.",
        ),
        _c(
            "part_of",
            "osa toimijaa",
            "del av",
            "part of",
            "Yläorganisaatio (kunta toimialalleen ja toimielimilleen); vaatii lainauksen.",
            "The parent (a municipality for its divisions and bodies); needs a quote on this row.",
        ),
        _c(
            "county",
            "hyvinvointialue",
            "välfärdsområde",
            "wellbeing services county",
            "Kunnalle: hyvinvointialue, jonka alueeseen kunta kuuluu (lain 616/2021 7 §:n "
            "mukaan, tarkistettuna; ei lainausta).",
            "For a municipality: the wellbeing services county it is in (as section 7 of the Act "
            "616/2021 states it, checked; no quote).",
        ),
        _c(
            "wikidata",
            "Wikidata",
            "Wikidata",
            "Wikidata",
            "Wikidata-tunniste (Q-numero), vain tarkistettuna.",
            "The Wikidata item (a Q number), only when checked.",
        ),
        _c(
            "code",
            "koodi",
            "kod",
            "code",
            "Tilastokeskuksen kuntanumero tai hyvinvointialueen koodi.",
            "Statistics Finland's municipality or wellbeing services county code.",
        ),
        _c(
            "business_id",
            "Y-tunnus",
            "FO-nummer",
            "business ID",
            "Y-tunnus (esim. rekisteröidyllä yhdistyksellä).",
            "The business ID (Y-tunnus), e.g. of a registered association.",
        ),
        _c(
            "same_as",
            "sama kuin",
            "samma som",
            "same as",
            "Päätös: graafissa jo olevan toimijan IRI (esim. id/org/espoo) tai new (uusi toimija).",
            "A decision: the IRI of an entity the graph has (e.g. id/org/espoo), or new.",
        ),
        _c(
            "hidden_names",
            "taivutetut muodot",
            "böjda former",
            "hidden names",
            "Lähteen taivutetut muodot ja kirjoitusasut (löytyvät haulla, eivät näy).",
            "Inflected forms and spellings of the source (found by search, never shown).",
        ),
        _c(
            "possibly_same_as",
            "mahdollisesti sama kuin",
            "möjligen samma som",
            "possibly same as",
            "Toimijat, jotka voivat olla sama kuin tämä (lähde ei ratkaise), | -merkillä "
            "erotettuina.",
            "Entities that may be this one (the source does not settle it), separated by |.",
        ),
        _c(
            "identical_to",
            "sama asia muualla",
            "samma sak annanstans",
            "identical to",
            "Sama asia toisessa tietokannassa (esim. Wikidatan kohde Q47034 tai sen IRI), vain kun "
            "samuus on tarkistettu; kirjoitetaan owl:sameAs. Useampi | -merkillä erotettuina.",
            "The same thing in another database (e.g. the Wikidata item Q47034 or its IRI), only "
            "when the identity is checked; written owl:sameAs. Several separated by |.",
        ),
        _c(
            "collective_of",
            "joukon jäsenten laji",
            "gruppens medlemmar",
            "collective of",
            "Nimeämättömälle joukolle: jäsenten laji (esim. järjestö).",
            "For an unnamed collective: the kind of its members (e.g. ngo).",
        ),
        _c(
            "status",
            "tila",
            "status",
            "status",
            "Tila lähteen ajankohtana.",
            "The status at the time of the source.",
        ),
        _c(
            "start",
            "alku",
            "början",
            "start",
            "Milloin toimija aloitti (voimassa alkaen).",
            "When it began (in force from).",
        ),
        _c("end", "loppu", "slut", "end", "Milloin toimija päättyi.", "When it ended."),
        _c(
            "planned",
            "suunniteltu aika",
            "planerad tid",
            "planned",
            "Aika, jolloin jokin on määrä tehdä (esim. kevät 2023 tai 2023-08/2023-09).",
            "When something is to be done (e.g. spring 2023 or 2023-08/2023-09).",
        ),
        _c(
            "date",
            "päiväys",
            "datum",
            "date",
            "Asiakirjan päiväys tai kokouksen päivä.",
            "A document's date or a meeting's day.",
        ),
        *_LANGUAGE_TEXT,
        *_EVIDENCE,
        _CONFIDENCE,
    ),
    "facts": (
        _c(
            "kind",
            "tiedon laji",
            "typ av uppgift",
            "kind",
            "Tiedon laji alasvetovalikosta (esim. jäsenyys, vastuu, yhteistyö).",
            "The kind of fact, from the drop-down (e.g. membership).",
            True,
        ),
        _c(
            "actor",
            "toimija",
            "aktör",
            "actor",
            "Kuka: entities-tunnus tai graafissa jo olevan toimijan nimi.",
            "Who: an id of the entities sheet or the name of an entity the graph has.",
            True,
        ),
        _c(
            "role",
            "rooli",
            "roll",
            "role",
            "Jäsenyydelle rooli (puheenjohtaja, jäsen, varajäsen…); vastuulle vastuun laji.",
            "For a membership the role (chair, member, deputy_member, …); for a responsibility "
            "its kind.",
        ),
        _c(
            "target",
            "kohde",
            "mål",
            "target",
            "Mihin: toimielin, organisaatio, asiakirja (tunnus tai nimi); useampi | -merkillä.",
            "To what: a body, organisation, document (id or name); several separated by |.",
            True,
        ),
        _c(
            "on_behalf_of",
            "edustaa",
            "representerar",
            "on behalf of",
            "Taho, jota jäsen edustaa (esim. järjestö).",
            "The party the member represents (e.g. an NGO).",
        ),
        _c(
            "deputy_for",
            "varajäsen henkilölle",
            "ersättare för",
            "deputy for",
            "Jäsen, jonka henkilökohtainen varajäsen tämä on.",
            "The member for whom this is the personal deputy.",
        ),
        _c(
            "start",
            "alku",
            "början",
            "start",
            "Alkaen (13.3.2024, 2024-03, 2024, kevät 2023), jos lähde sanoo.",
            "From (13.3.2024, 2024-03, 2024, spring 2023), if the source says.",
        ),
        _c(
            "end",
            "loppu",
            "slut",
            "end",
            "Päättyen, jos lähde sanoo.",
            "Until, if the source says.",
        ),
        _c(
            "status",
            "tila",
            "status",
            "status",
            "Tila lähteen ajankohtana (alasvetovalikko).",
            "The status at the time of the source (drop-down).",
        ),
        *_EVIDENCE[:4],
        _c(
            "id",
            "tunnus",
            "id",
            "id",
            "Vapaaehtoinen: tiedon tunnus; samalla tunnuksella olevat rivit ovat yksi tieto.",
            "Optional: the fact's id; rows with the same id are one fact.",
        ),
        _EVIDENCE[4],
        _c(
            "context",
            "asiayhteys",
            "sammanhang",
            "context",
            "Yhteistyölle: toimielin, hanke, paikka tai toiminta, jossa se tapahtuu; jatkuvuudelle "
            "aika, jonka järjestelyin työ jatkuu.",
            "For cooperation: the body, project, place or activity where it happens; for a "
            "continuation the period whose arrangements continue.",
        ),
        _c(
            "planned",
            "suunniteltu aika",
            "planerad tid",
            "planned",
            "Aika, jolloin asia on määrä tehdä (esim. 2023 tai kevät 2023).",
            "When it is to be done (e.g. 2023 or spring 2023).",
        ),
        *_LANGUAGE_TEXT,
        _c(
            "until_fi",
            "kunnes (fi)",
            "tills (fi)",
            "until (fi)",
            "Ehto lähteen sanoin, johon asti tieto on voimassa.",
            "A condition, in the source's words, until which the fact holds.",
        ),
        _c(
            "until_sv",
            "kunnes (sv)",
            "tills (sv)",
            "until (sv)",
            "Ehto ruotsiksi.",
            "The condition in Swedish.",
        ),
        _c(
            "until_en",
            "kunnes (en)",
            "tills (en)",
            "until (en)",
            "Ehto englanniksi.",
            "The condition in English.",
        ),
        _CONFIDENCE,
    ),
    "roles": (
        _c(
            "id",
            "tunnus",
            "id",
            "id",
            "Uuden roolin tunnus, esim. agenda_preparer.",
            "The new role's id, e.g. agenda_preparer.",
            True,
        ),
        _c(
            "name_fi",
            "nimi (fi)",
            "namn (fi)",
            "name (fi)",
            "Roolin nimi suomeksi.",
            "The role's name in Finnish.",
            True,
        ),
        _c(
            "name_sv",
            "nimi (sv)",
            "namn (sv)",
            "name (sv)",
            "Roolin nimi ruotsiksi.",
            "The role's name in Swedish.",
        ),
        _c(
            "name_en",
            "nimi (en)",
            "namn (en)",
            "name (en)",
            "Roolin nimi englanniksi.",
            "The role's name in English.",
            True,
        ),
        _c(
            "definition_fi",
            "määritelmä (fi)",
            "definition (fi)",
            "definition (fi)",
            "Mitä rooli tarkoittaa, suomeksi.",
            "What the role means, in Finnish.",
        ),
        _c(
            "definition_en",
            "määritelmä (en)",
            "definition (en)",
            "definition (en)",
            "Mitä rooli tarkoittaa, englanniksi.",
            "What the role means, in English.",
        ),
    ),
    "ambiguities": (
        _c(
            "id",
            "tunnus",
            "id",
            "id",
            "Epäselvyyden tunnus; samalla tunnuksella olevat rivit ovat yksi epäselvyys.",
            "The ambiguity's id; rows with the same id are one.",
            True,
        ),
        _c(
            "question_fi",
            "kysymys (fi)",
            "fråga (fi)",
            "question (fi)",
            "Mikä on epäselvää, kysymyksenä suomeksi.",
            "What is unclear, as a question in Finnish.",
        ),
        _c(
            "question_sv",
            "kysymys (sv)",
            "fråga (sv)",
            "question (sv)",
            "Kysymys ruotsiksi.",
            "The question in Swedish.",
        ),
        _c(
            "question_en",
            "kysymys (en)",
            "fråga (en)",
            "question (en)",
            "Kysymys englanniksi.",
            "The question in English.",
        ),
        _c(
            "concerns",
            "koskee",
            "gäller",
            "concerns",
            "Toimijat, joita epäselvyys koskee (| -merkillä erotettuina).",
            "The entities the ambiguity concerns (separated by |).",
        ),
        _c(
            "reading_fi",
            "tulkinta (fi)",
            "tolkning (fi)",
            "reading (fi)",
            "Yksi mahdollinen tulkinta suomeksi (yksi riviä kohden).",
            "One possible reading in Finnish (one per row).",
        ),
        _c(
            "reading_sv",
            "tulkinta (sv)",
            "tolkning (sv)",
            "reading (sv)",
            "Tulkinta ruotsiksi.",
            "The reading in Swedish.",
        ),
        _c(
            "reading_en",
            "tulkinta (en)",
            "tolkning (en)",
            "reading (en)",
            "Tulkinta englanniksi.",
            "The reading in English.",
        ),
        *_EVIDENCE,
    ),
}

#: Sheets import needs (the others are optional).
REQUIRED_SHEETS = ("sources", "entities", "facts")
#: Sheet names in the other languages, accepted on import.
SHEET_TITLES = {
    "sources": ("lähteet", "källor"),
    "items": ("kohdat", "punkter"),
    "entities": ("toimijat", "aktörer"),
    "facts": ("tiedot", "uppgifter"),
    "roles": ("roolit", "roller"),
    "ambiguities": ("epäselvyydet", "oklarheter"),
}


def column_ids(sheet: str) -> list[str]:
    return [c.id for c in SHEETS[sheet]]


def header_key(text: str) -> str:
    return " ".join(text.casefold().replace("_", " ").split())


def column_for(sheet: str, header: str) -> str | None:
    """The column id a header cell names: its id or its title in any language."""
    key = header_key(header)
    for column in SHEETS[sheet]:
        if key in {
            header_key(column.id),
            header_key(column.fi),
            header_key(column.sv),
            header_key(column.en),
        }:
            return column.id
    return None


def sheet_for(name: str) -> str | None:
    key = header_key(name)
    for sheet, titles in SHEET_TITLES.items():
        if key == sheet or key in titles:
            return sheet
    return None


__all__ = [
    "REQUIRED_SHEETS",
    "SHEETS",
    "SHEET_TITLES",
    "Column",
    "column_for",
    "column_ids",
    "header_key",
    "sheet_for",
]
