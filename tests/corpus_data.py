"""Reviews written for the corpus tests (two invented films; no shared data)."""
from __future__ import annotations

import json
from pathlib import Path

REVIEWS = [
    ("r1", "«Северный ветер» — сильное кино. Режиссёр Пётр Волков снял честную историю. Ирина Белова в роли "
           "Анны Лебедевой великолепна, её игра держит весь фильм. Финал трогательный.\n\n9 из 10", {"film_id": 1}),
    ("r2", "Посмотрел «Северный ветер». Ирина Белова сыграла Анну Лебедеву убедительно, а вот сюжет затянут "
           "и скучен, финалом я разочарован. Музыка прекрасна.", {"film_id": 1}),
    ("r3", "Фильм «Северный ветер» (Northern Wind) меня не впечатлил. Актёры играют слабо, история глупая, "
           "режиссура Петра Волкова беспомощна. Зря потраченное время.\n\n3 из 10", {}),
    ("r4", "«Northern Wind» — лучшее, что я видел в этом году. Белова прекрасна, музыка великолепна.", {}),
    ("r5", "«Тихая гавань» — комедия, над которой смеёшься весь вечер. Олег Смирнов в роли Фёдора очень смешной, "
           "шутки удачные, юмор добрый. Режиссёр Мария Орлова отлично справилась.\n\n8 из 10", {}),
    ("r6", "«Тихая гавань» разочаровала: шутки плоские, Олег Смирнов переигрывает, сюжет предсказуемый.", {}),
]


def write_jsonl(path: Path, extra_bad: bool = True) -> Path:
    with open(path, "w", encoding="utf-8") as f:
        for rid, text, meta in REVIEWS:
            f.write(json.dumps({"id": rid, "text": text, **meta}, ensure_ascii=False) + "\n")
        if extra_bad:
            f.write("{this is not json\n")
            f.write(json.dumps({"id": "no-text", "title": "x"}) + "\n")
    return path


def write_many(path: Path, n: int) -> Path:
    """`n` records cycling through REVIEWS with new ids."""
    with open(path, "w", encoding="utf-8") as f:
        for i in range(n):
            _, text, meta = REVIEWS[i % len(REVIEWS)]
            f.write(json.dumps({"id": f"m{i:05d}", "text": text, **meta}, ensure_ascii=False) + "\n")
    return path
