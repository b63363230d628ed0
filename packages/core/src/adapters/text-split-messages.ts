export type Localized = { zh: string; en: string };

/** What the adapter says about numbers written together; `sum` when the row's arithmetic chose the split. */
export const SPLIT_MESSAGES: Record<"split-numbers" | "ambiguous-split", { sum: Localized; digits: Localized }> & Record<"unsplit-numbers" | "split-too-long" | "short-row", Localized> = {
  "split-numbers": {
    sum: {
      zh: "“{{text}}”是连在一起写的几个数（{{row}}，共{{cells}}个单元格）。只有一种拆分能使本行的加总关系成立：{{split}}，已按此读取。请核对，并在原文中把各数分开。",
      en: '"{{text}}" is several numbers written together ({{row}}, {{cells}} cells). Only one split makes the row add up: {{split}}; it was read that way. Check it, and separate the numbers in the source.',
    },
    digits: {
      zh: "“{{text}}”是连在一起写的几个数（{{row}}，共{{cells}}个单元格）。只有一种拆分能让每个单元格各得一个数：{{split}}，已按此读取。请核对，并在原文中把各数分开。",
      en: '"{{text}}" is several numbers written together ({{row}}, {{cells}} cells). Only one split gives each cell a number: {{split}}; it was read that way. Check it, and separate the numbers in the source.',
    },
  },
  "ambiguous-split": {
    sum: {
      zh: "“{{text}}”是连在一起写的几个数（{{row}}，共{{cells}}个单元格），有不止一种拆分能使本行的加总关系成立：{{candidates}}。无法确定是哪一种，均未采用，本行的数未读取。请在原文中把各数分开。",
      en: '"{{text}}" is several numbers written together ({{row}}, {{cells}} cells), and more than one split makes the row add up: {{candidates}}. None was used, and the row\'s numbers were not read. Separate the numbers in the source.',
    },
    digits: {
      zh: "“{{text}}”是连在一起写的几个数（{{row}}，共{{cells}}个单元格），可以有不止一种拆分：{{candidates}}。无法确定是哪一种，均未采用，本行的数未读取。请在原文中把各数分开。",
      en: '"{{text}}" is several numbers written together ({{row}}, {{cells}} cells), and they split more than one way: {{candidates}}. None was used, and the row\'s numbers were not read. Separate the numbers in the source.',
    },
  },
  "unsplit-numbers": {
    zh: "{{row}}写了{{count}}个数“{{text}}”，而该行有{{cells}}个单元格；把其中的数字拆开，没有一种拆法能使本行的加总关系成立。无法确定各数属于哪一格，本行的数未读取。请核对是否漏填或连写，并在原文中把各数分开。",
    en: '{{row}} has {{count}} numbers, "{{text}}", for {{cells}} cells, and no split of their digits makes the row add up. Which number belongs in which cell cannot be told, so the row\'s numbers were not read. Check for a missing number or numbers written together, and separate them in the source.',
  },
  "short-row": {
    zh: "{{row}}写了{{count}}个数“{{text}}”，而该行有{{cells}}个单元格：有单元格没有数，但看不出是哪几格，本行的数未读取。请补全该行（无数据填 0）。",
    en: '{{row}} has {{count}} numbers, "{{text}}", for {{cells}} cells: some cells have no number, and which ones cannot be told, so the row\'s numbers were not read. Complete the row (0 where there is nothing to report).',
  },
  "split-too-long": {
    zh: "{{row}}写了{{count}}个数“{{text}}”，而该行有{{cells}}个单元格；数字太多（{{digits}}位），拆法太多，未尝试拆分，本行的数未读取。请在原文中把各数分开。",
    en: '{{row}} has {{count}} numbers, "{{text}}", for {{cells}} cells; with {{digits}} digits there are too many ways to split them, so none was tried and the row\'s numbers were not read. Separate the numbers in the source.',
  },
};
