"""Writes docs/*.txt from the excerpts the search tool (corpus pages) returned, pasted here as JSON string literals.
Each doc = excerpt minus whole furniture lines at the top (drop), cut after the sentence ending with `end`."""
import json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
D = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), 'docs')
E = {}
for m in ('ex1', 'ex2', 'ex3'):
    E.update(__import__(m).E)
END = {
    'dc_2021.txt': '民生支出完成33,830万元,同比下降39.32%。',
    'qx_2021.txt': '以及2020年中央2万亿抗疫支出政策退出等因素影响。',
    'sy_2021.txt': '收支相抵,年终结余结转13.3亿元。',
    'gx_2019audit.txt': '有效保障了各项民生事业发展。',
    'gd_2019audit.txt': '完成预算的104.3%。',
    'hn_2020b.txt': '收支相抵,年终结余结转96.6亿元。',
    'ca_2023.txt': '债券收入4.63亿元。',
    'qz_2020.txt': '支出总计76237万元。',
    'wz_2023.txt': '3,717,632.50 元,项目支出 0元。',
    'wz_2025.txt': '具体支出预算如下:',
    'ts_2017_hant.txt': '及增加學(xué)前教育免保教費資金補助。',
    'da_2021.txt': '农林牧渔服务业增加值3.46亿元,增长5.2%。',
    'dp_2019.txt': '三次产业比例为26:27:47。',
    'gl_1958.txt': '资金利润率下降15.1%。',
    'hnj_1995.txt': '基础设施较落后的省份。',
    'hn_2000h1.txt': '利润总额居前三名的是:海口、文昌、澄迈;',
    'qz_2024m7.txt': '同比增长23.09%。',
    'hn_2022t_hant.txt': '在新增車輛中占比25.8%?高出全國13.1個百分點',
}

if __name__ == '__main__':
    os.makedirs(D, exist_ok=True)
    for name, (lit, drop, end) in E.items():
        end = END.get(name, end)
        t = json.loads(lit)
        assert t.startswith(drop), name
        t = t[len(drop):]
        if end:
            assert t.count(end) == 1, (name, t.count(end))
            t = t[:t.index(end) + len(end)]
        t = t.rstrip() + '\n'
        open(os.path.join(D, name), 'w', encoding='utf-8').write(t)
        print(name, len(t))
