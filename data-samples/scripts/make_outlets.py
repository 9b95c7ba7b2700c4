#!/usr/bin/env python3
"""Writes data-samples/outlets.csv: the 江苏 outlet master (UTF-8 with BOM).

Deterministic: the places are fixed lists of real districts and streets of each city; the first
outlets of a city are 旗舰店, about half 标准店, the rest 社区店; every third outlet has aliases.
Run from anywhere: python3 data-samples/scripts/make_outlets.py
"""
import csv
import pathlib

CITIES = [
    ("南京", "025", "新街口 湖南路 河西万达 夫子庙 鼓楼 山西路 中央门 珠江路 江宁东山 百家湖 仙林 奥体 迈皋桥 大厂 "
                   "浦口江浦 六合雄州 溧水 高淳 中华门 龙江 光华路 孝陵卫 马群 汉中门 下关 燕子矶 月牙湖 南京南站 桥北 江心洲"),
    ("无锡", "0510", "中山路 崇安寺 太湖广场 南长街 滨湖蠡园 新区旺庄 梅村 惠山堰桥 洛社 江阴虹桥 江阴澄江 宜兴人民路 "
                    "宜兴丁蜀 锡山东亭 荡口 五爱路 广益 马山 硕放 华庄 玉祁 张泾 胡埭 钱桥"),
    ("徐州", "0516", "彭城广场 淮海路 中山北路 云龙万达 铜山新区 贾汪 金山桥 徐州东站 矿大南湖 黄楼 沛县汉城 丰县 邳州 "
                    "新沂 睢宁 湖滨 段庄 潘塘 二环北路 九里 大学路 翟山"),
    ("常州", "0519", "南大街 延陵西路 新北万达 武进湖塘 花园街 金坛 溧阳 怀德路 红梅 莱蒙 西林 邹区 横林 奔牛 湟里 "
                    "雪堰 罗溪 牛塘 青果巷 茶山"),
    ("苏州", "0512", "观前街 石路 南门 湖西 金鸡湖 独墅湖 狮山路 木渎 吴江松陵 相城元和 昆山前进路 昆山花桥 张家港杨舍 "
                    "常熟虞山 太仓城厢 东环路 十全街 干将路 平江路 胥口 浒墅关 甪直 同里 盛泽 周庄 陆家 阳澄湖 渭塘 黄埭 唯亭"),
    ("南通", "0513", "南大街 人民路 文峰 崇川 港闸 通州金沙 海门 启东 如皋 如东 海安 开发区 狼山 濠河 钟秀 唐闸 观音山 "
                    "平潮 石港 吕四 掘港 李堡"),
    ("连云港", "0518", "海州 新浦 连云 墟沟 赣榆 东海 灌云 灌南 苍梧路 花果山 板浦 朝阳 浦南 青口 牛山 伊山"),
    ("淮安", "0517", "淮海广场 清江浦 淮阴 淮安区 洪泽 涟水 盱眙 金湖 万达 水渡口 王营 河下 钵池山 高沟 涟城 黎城 "
                    "经济开发区 清河"),
    ("盐城", "0515", "建军路 解放路 亭湖 盐都 大丰 东台 射阳 阜宁 建湖 滨海 响水 宝龙 聚龙湖 新洋 南洋 龙冈 伍佑 城南 "
                    "大纵湖 开放大道"),
    ("扬州", "0514", "文昌阁 东关街 汶河 邗江 江都 仪征 高邮 宝应 瘦西湖 京华城 扬子津 湾头 杭集 仙女镇 真州 城北 双桥 "
                    "甘泉 头桥 大仪"),
    ("镇江", "0511", "大市口 解放路 京口 润州 丹徒 丹阳 句容 扬中 大港 宝塔路 苏宁广场 南门 谏壁 辛丰 宝华 高资"),
    ("泰州", "0523", "坡子街 海陵 高港 姜堰 兴化 靖江 泰兴 医药城 鼓楼路 凤城河 口岸 溱潼 戴南 黄桥 城东 梅兰 九龙 娄庄"),
    ("宿迁", "0527", "幸福路 宿城 宿豫 沭阳 泗阳 泗洪 洋河 项王故里 湖滨新区 井头 顺河 来龙 众兴 青阳 龙河 蔡集"),
]


def short(place: str) -> str:
    for suffix in ("街", "路", "广场", "大道"):
        if place.endswith(suffix) and len(place) > len(suffix) + 1:
            return place[: -len(suffix)]
    return place


def main() -> None:
    out = pathlib.Path(__file__).resolve().parent.parent / "outlets.csv"
    rows, codes, names, aliases_seen = [], set(), set(), set()
    for city, area, places in CITIES:
        places = places.split()
        flagships = 3 if len(places) >= 28 else 2 if len(places) >= 20 else 1
        for i, place in enumerate(places):
            level = "旗舰店" if i < flagships else "标准店" if i < flagships + len(places) // 2 else "社区店"
            suffix = {"旗舰店": "旗舰店", "标准店": "营业厅", "社区店": "社区营业厅"}[level]
            name = f"{city}{place}{suffix}"
            code = f"{area}{i // 20 + 1:02d}{i % 20 + 1:02d}"
            aliases = []
            if i % 3 == 0:
                alias = short(place) + "厅"
                if alias in aliases_seen:
                    alias = city + alias
                aliases.append(alias)
                if level == "旗舰店":
                    aliases.append(f"{city}{short(place)}旗舰厅")
                aliases_seen.update(aliases)
            assert code not in codes and name not in names, (code, name)
            codes.add(code)
            names.add(name)
            rows.append(["江苏", city, code, name, "|".join(aliases), level])
    with out.open("w", encoding="utf-8-sig", newline="") as f:
        writer = csv.writer(f, lineterminator="\r\n")
        writer.writerow(["省分", "地市", "营业厅编码", "营业厅名称", "别名", "级别"])
        writer.writerows(rows)
    print(f"{out}: {len(rows)} outlets")


if __name__ == "__main__":
    main()
