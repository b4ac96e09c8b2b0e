"""A listing in a language the vocabulary does not read is said to be so, before its few English
loanwords pass for its skills: a real Dutch internship scored 85/100 on 'Online marketing' alone."""

from __future__ import annotations

from credstack.skills.languages import language_note, unread_language

DUTCH = ("Stagiair online marketing. Wij zoeken een enthousiaste stagiair voor ons team. Je werkt mee aan "
         "campagnes en je helpt bij het beheer van onze websites. Ook denk je mee over de strategie van "
         "onze klanten en wordt je begeleid door een ervaren collega.")
# Swedish writes a few French function words ("de", "en", "par"): the unread language must win
SWEDISH = ("Operationssjuksköterska till Umeå. Nu söker vi dig som är legitimerad sjuksköterska och vill arbeta "
           "på sjukhuset. Du kommer att arbeta på ortopeden och vi kan hjälpa till med resor och boende. "
           "Som konsult hos oss erbjuds du de bästa villkoren, en egen kontaktperson och en plats inom vården.")
POLISH = ("Administrator systemów IT. Do naszego zespołu szukamy osoby, która będzie odpowiedzialna za "
          "utrzymanie serwerów oraz wsparcie dla użytkowników. Praca w biurze w Warszawie lub zdalnie, "
          "jest też możliwość rozwoju i szkoleń dla nowych osób.")
JAPANESE = "看護師の求人。特別養護老人ホームでの看護業務です。日勤のみ、週休二日制。正看護師の資格が必要です。"
ENGLISH_WITH_CYRILLIC_NAME = ("Warehouse operative at ООО Логистика Групп. You will pick and pack orders, load "
                              "vans and keep the stock records up to date. We offer full training and a forklift "
                              "licence for the right person with a good eye for detail.")
FRENCH = ("Soudeur naval H/F. Nous recherchons un soudeur pour nos chantiers de Lorient. Vous assurez le "
          "soudage des coques et le contrôle de la qualité des assemblages avec notre équipe.")
GERMAN = ("Pflegefachkraft (m/w/d). Wir suchen für unser Team eine examinierte Pflegefachkraft. Sie sind "
          "verantwortlich für die Grundpflege und die Behandlungspflege der Patienten und arbeiten mit uns im Team.")


def test_languages_the_vocabulary_does_not_read_are_named():
    assert unread_language(DUTCH) == "Dutch"
    assert unread_language(SWEDISH) == "Swedish"
    assert unread_language(POLISH) == "Polish"
    assert unread_language(JAPANESE) == ""  # another script: no name guessed


def test_languages_it_reads_and_english_beside_another_script_give_no_note():
    for text in (ENGLISH_WITH_CYRILLIC_NAME, FRENCH, GERMAN, "Requirements: 3+ years of Python and SQL"):
        assert unread_language(text) is None and language_note(text) is None


def test_the_note_says_what_is_read_and_that_the_match_is_incomplete():
    note = language_note(DUTCH)
    assert note.startswith("This listing is in Dutch, which credstack does not read yet")
    assert "English, French, German, Spanish, Italian and Portuguese" in note and "incomplete" in note
    assert language_note(JAPANESE).startswith("This listing is in a language credstack does not read yet")
