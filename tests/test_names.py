"""Names in the nominative: (as written, expected) tables."""
import pytest

from kinolens.people.names import choose


@pytest.mark.parametrize("written, nominative", [
    ("Дакоты Фэннинг", "Дакота Фэннинг"),
    ("Дакота Фэннинг", "Дакота Фэннинг"),
    ("Тома Харди", "Том Харди"),
    ("Леонардо Ди Каприо", "Леонардо Ди Каприо"),
    ("Джима Кэвизела", "Джим Кэвизел"),
    ("Сергея Бодрова", "Сергей Бодров"),
    ("Джеймса Стюарта", "Джеймс Стюарт"),
    ("Кристен Стюарт", "Кристен Стюарт"),
    ("Беллы Мари Свон", "Белла Мари Свон"),
    ("Игги Попа", "Игги Поп"),
    ("Джона Траволты", "Джон Траволта"),
    ("Фореста Уитакера", "Форест Уитакер"),
    ("Кевином Костнером", "Кевин Костнер"),
    ("Уинстона Черчилля", "Уинстон Черчилль"),
    ("Дарьи Донцовой", "Дарья Донцова"),
    ("Кэтрин Зита-Джонс", "Кэтрин Зита-Джонс"),
    ("Бенисио Дель Торо", "Бенисио Дель Торо"),
    ("Дж. Р. Р. Толкином", "Дж. Р. Р. Толкин"),
    ("Takeshi Kitano", "Takeshi Kitano"),
    ("Хичкока", "Хичкок"),
    ("Сарумана", "Саруман"),
    ("Дженну Элфмэн", "Дженна Элфмэн"),  # a first name in -у is seldom undeclined
    ("Спайку Ли", "Спайк Ли"),
    ("Нику Сталу", "Ник Стал"),  # not the indeclinable Нику pymorphy3 also knows
    ("Лили Эванс", "Лили Эванс"),
    ("Зои Дешанель", "Зои Дешанель"),
    ("Лу Рида", "Лу Рид"),
    ("Дэвид Духовны", "Дэвид Духовны"),  # -ы, a dictionary word too
    ("Норы Джонс", "Нора Джонс"),  # a man's name as a woman's surname: not declined
    ("Эву Грин", "Эва Грин"),
    ("Тома Джонса", "Том Джонс"),
    ("Джонсом", "Джонс"),
    ("Николасом Кейджем", "Николас Кейдж"),  # -ем after a sibilant
    ("Сергея Маковецкого", "Сергей Маковецкий"),  # adjectival surnames
    ("Константина Хабенского", "Константин Хабенский"), ("Высоцкой", "Высоцкая"),
    ("Робертом Дауни-младшим", "Роберт Дауни-младший"),  # both parts of a -младший surname
    ("Фрэнка Абигнейла-старшего", "Фрэнк Абигнейл-старший"),
    ("Джозефа Гордона-Левитта", "Джозеф Гордон-Левитт"), ("Рис-Майерса", "Рис-Майерс"),  # double surnames decline both parts
    ("Жан-Клода Ван Дамма", "Жан-Клод Ван Дамм"), ("Мэри-Кейт Олсен", "Мэри-Кейт Олсен"),
    ("Домиником Сеной", "Доминик Сена"),  # a man's surname in -а
    ("Малфою", "Малфой"), ("Амелию", "Амелия"),  # a vowel before -ю
    ("Гэбриэлю", "Гэбриэль"), ("Рафаэлю", "Рафаэль"), ("Люси Лю", "Люси Лю"),  # -лю: -ль's dative, not Лю
    ("Лев Толстой", "Лев Толстой"),
    ("Кейджем", "Кейдж"),
    ("Ивана Дыховичного", "Иван Дыховичный"), ("Павлу Прилучному", "Павел Прилучный"),  # -ный surnames
    ("Саши Белого", "Саша Белый"), ("Двуликого", "Двуликий"), ("Чужого", "Чужой"),  # known adjectives
    ("Алентовой", "Алентова"), ("Булановой", "Буланова"),  # a woman's surname alone, not a man's in -ой
    ("Марису Томей", "Мариса Томей"),  # a woman's foreign surname in -й is not declined
    ("Марисы Томей", "Мариса Томей"), ("Евой Лонгорией", "Ева Лонгория"),  # consonant + -ей as is; -ией declines
    ("Альфреду Молина", "Альфред Молина"), ("Альфредом Молина", "Альфред Молина"),  # a man's -а surname as is
    ("Хью Джекмана", "Хью Джекман"),  # … where no declined reading fits
    ("Чебурашка", "Чебурашка"), ("Фрэнка", "Фрэнк"),  # no man's name ends in -шк
    ("Дрого", "Дрого"),  # a short name in -ого as written
    ("Гэри Олдмэну", "Гэри Олдмэн"), ("Ли Пу", "Ли Пу"),  # consonant + -у after a first name: a dative
    ("Льва Толстого", "Лев Толстой"), ("Максима Горького", "Максим Горький"),
    ("Джека Воробья", "Джек Воробей"), ("Средиземья", "Средиземья"),  # a fleeting -е-; no "Средиземьь"
    ("Анне Михалковой", "Анна Михалкова"), ("Алисе", "Алиса"),  # -е of a declined name, not an indeclinable one
    ("Рене Зеллвегер", "Рене Зеллвегер"),  # indeclinable only
])
def test_nominative(written, nominative):
    assert choose(written.split())[0] == nominative


@pytest.mark.parametrize("written, hint, nominative", [
    ("Булгакову", {"datv"}, "Булгаков"),
    ("Стефану Скайни", {"datv"}, "Стефан Скайни"),
])
def test_case_hint(written, hint, nominative):
    assert choose(written.split(), hint=frozenset(hint))[0] == nominative


@pytest.mark.parametrize("written, nominative", [
    ("Том Хэнкса", "Том Хэнкс"),  # a first name left undeclined: the known name wins
    ("Киану Ривза", "Киану Ривз"), ("Иван Петрова", "Иван Петрова"),  # an unknown name stays as read
    ("Р. Земекиса", "Р. Земекис"),  # an initial: a known surname tells the case
    ("Коппола", "Коппола"), ("Бойега", "Бойега"),  # a known surname alone, as written
    ("Миронова", "Миронов"),  # a Russian -ова alone is a man's genitive as often as a woman's name
])
def test_known_names(written, nominative):
    from kinolens.people.listed import listed_full_names

    assert choose(written.split(), known=listed_full_names())[0] == nominative


@pytest.mark.parametrize("written, nominative", [
    ("Альфреда Молина", "Альфред Молина"),  # a known cast's actor: a man's -а surname as written
    ("Юбаба", "Юбаба"), ("Грима", "Грима"), ("Вито Корлеоне", "Вито Корлеоне"),  # known characters, as the casts spell them
    ("Адриана", "Адриана"),  # a first name is no character's spelling to pull readings to (Адриан Дория)
    ("Ивана Петрова", "Иван Петров"),  # no known name: read as declined
])
def test_known_cast_names(written, nominative):
    from kinolens.people.mentions import spelled_names

    assert choose(written.split(), known=spelled_names())[0] == nominative


def test_gender_hint():
    assert choose("Флория Сигизмонди".split(), gender_hint=("f", "nomn"))[0] == "Флория Сигизмонди"


@pytest.mark.parametrize("word, dropped", [
    ("Ютуб-сериале", True), ("Давным-давно", True), ("Буси-до", True),
    ("Зита-Джонс", False), ("Мамин-Сибиряк", False), ("Жан-Клод", False),
])
def test_hyphened_common_words_are_not_names(word, dropped):
    from kinolens.people.shapes import hyphened_common

    assert hyphened_common(word) == dropped


@pytest.mark.parametrize("text, dropped", [
    ("Тусовался", True), ("Фактологические", True), ("Сайклосами", True),   # verb, adjective, plural
    ("Чтооо", True), ("Эхх", True), ("Оскаров", True),                      # shouting, an award
    ("Давным", True),                                                        # "Давным давно"
    ("Посопереживать", True), ("Антиутопический", True),                      # infinitive, adjective
    ("Вася", False), ("Денис", False), ("Мэттью", False), ("Ларс", False), ("Кэмерон Диас", False),
])
def test_word_shapes_that_are_no_name(text, dropped):
    from kinolens.people.shapes import is_stopword

    assert is_stopword(text) == dropped


@pytest.mark.parametrize("word, misspelt", [
    ("Улетный", True), ("Вобщем", True), ("Незнаю", True), ("Превосходая", True), ("Полуграмотный", True),
    ("Махершала", False), ("Джени", False), ("Гензеле", False), ("Сонни", False),  # guessed so, still names
    ("Дюфрейн", False), ("Ферлонг", False), ("Хороший", False),  # guessed as nouns; a word pymorphy3 knows
    ("Форрест", False), ("Клювокрыл", False), ("Тоесть", False),  # guessed as verbs: names as often as not
    ("Алентовой", False), ("Лобоцкого", False),  # a Russian surname's case reads like an adjective
])
def test_misspelt_words_opening_a_sentence(word, misspelt):
    from kinolens.people.shapes import misspelt_word

    assert misspelt_word(word) == misspelt


@pytest.mark.parametrize("text, people", [
    ("Улетный получился триллер. Мне понравился Том Круз.", {"Том Круз"}),
    ("Ханнем что необычного показал? Играет Чарли Ханнем.", {"Чарли Ханнем"}),
    ("Пример кино\nФранцузкий кинематограф силён. Играет Том Круз.", {"Том Круз"}),  # a line opens one too
])
def test_misspelt_word_is_no_person(text, people):
    from kinolens.analyzer import default_pipeline, make_doc

    assert {p.name for p in default_pipeline()(make_doc(text, "t")).people} == people


# a name that is also a word ("сет"), the NER's person twice inside a sentence, once after a character's word,
# never written in lower case: a name; once, or also in lower case, or never after such a word: a word
HERO_SET = "Вот и главный герой, Сет, хочет денег. К тому же Сету повезло. Постепенно Сет открывает шкафы."


@pytest.mark.parametrize("text, people", [
    (HERO_SET, {"Сет"}),
    (HERO_SET + " Теннисный сет длится долго.", set()),  # written in lower case too
    ("Вот и главный герой, Сет, хочет денег. Фильм хорош.", set()),  # once
    ("Вот и Сет хочет денег. К тому же Сету повезло. Постепенно Сет открывает шкафы.", set()),  # no hero's word
])
def test_name_that_is_a_word(text, people):
    test_misspelt_word_is_no_person(text, people)


@pytest.mark.parametrize("span, kept", [
    ("Браво Джексону", "Джексону"), ("Средиземья Толкина", "Толкина"), ("Тёмного Лорда", "Лорда"),
    ("Дакоты Фэннинг", "Дакоты Фэннинг"), ("Игорь Крутой", "Игорь Крутой"),
    ("Солярисом Тарковского", "Тарковского"), ("Кэрри Фишер", "Кэрри Фишер"),  # a known film, then its maker
    ("Шах Рукх Кхан-он", "Шах Рукх Кхан"), ("Жан-Клод", "Жан-Клод"),  # a pronoun glued by a hyphen
])
def test_first_word_that_is_no_name_is_trimmed(span, kept):
    from kinolens.doc import Doc
    from kinolens.people.shapes import trim_function_words

    doc = Doc(source=span, text=span)
    start, stop = trim_function_words(doc, 0, len(span))
    assert span[start:stop] == kept


@pytest.mark.parametrize("template, form, expected", [
    ("Тома", "том", "Том"), ("ТОМА", "том", "ТОМ"), ("тома", "том", "том"),
    ("Жан-Клода", "жан-клод", "Жан-Клод"), ("Рок-звезду", "рок-звезда", "Рок-звезда"),  # each part its own
    ("Нью-Йорке", "нью-йорк", "Нью-Йорк"), ("Человека-паука", "человек-паук", "Человек-паук"),
])
def test_recase(template, form, expected):
    from kinolens.people.names import recase

    assert recase(template, form) == expected
